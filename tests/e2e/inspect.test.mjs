// The notification inspector (?view=notification, issue #15): a pasted
// webhook body decoded in the page, SuperOffice's own examples and hostile
// bodies alike, with not one request made while inspecting. The real
// built dist/ under the strict CSP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { useSites, openPage, root, waitFor } from "./harness.mjs";

let browser, api, pageSite;
useSites((s) => ({ browser, api, pageSite } = s));

const fixtures = path.join(root, "tests/fixtures");
const fixture = (name) => readFileSync(path.join(fixtures, name), "utf8");
const b64url = (s) => Buffer.from(s).toString("base64url");

/** The inspector, opened; every request from here on is recorded. */
async function inspector(query = "?view=notification") {
  await api.reset();
  const opened = await openPage(browser, `${pageSite.origin}/${query}`);
  await opened.page.waitForSelector("[data-part=inspector] [data-part=notification-input]");
  const requests = [];
  opened.page.on("request", (r) => requests.push(r.url()));
  return { ...opened, requests };
}

const text = (page, part) => page.locator(`[data-part=notification] [data-part=${part}]`).first().textContent();

test("SuperOffice's examples: change type with its meaning, tenant, versions, endpoint; a bad token beside the rest; no request", async () => {
  const { page, context, problems, requests } = await inspector();
  await page.fill("[data-part=notification-input]", fixture("notification-move.json"));
  await page.waitForSelector("[data-part=notification][data-change-type=Move]");
  assert.equal(await text(page, "change-type"), "Move (5)");
  assert.match(await text(page, "change-description"), /moved/i);
  assert.match(await text(page, "guidance"), /\S/);
  assert.equal(await text(page, "context-id"), "Cust12345");
  assert.equal(await text(page, "version-name"), "Release_10.3.8_2024.08.30-01");
  assert.equal(await text(page, "file-version"), "10.3.8.2024");
  assert.equal(await text(page, "public-endpoint"), "sod3.superoffice.com");
  // The documentation's token is not a JWT: its error shows next to the rest.
  assert.match(await text(page, "token-error"), /^The token could not be read: /);
  assert.equal(
    await text(page, "unverified"),
    "Not verified in the browser: verify the token on your server before you trust any of it.",
  );

  await page.fill("[data-part=notification-input]", fixture("notification-upgrade.json"));
  await page.waitForSelector("[data-part=notification][data-change-type=Upgrade]");
  assert.equal(await text(page, "change-type"), "Upgrade (0)");
  assert.equal(await text(page, "version-name"), "Release 8.4 R08");
  assert.equal(await page.getAttribute("[data-part=public-endpoint]", "data-sent"), "false");

  assert.deepEqual(requests, [], "nothing pasted leaves the page");
  assert.deepEqual(await api.log(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a well-formed token's claims are shown as text, unverified; hostile bodies give clear errors, never markup", async () => {
  const { page, context, problems, requests } = await inspector();
  const claims = { iss: "https://sod.superoffice.com", exp: 1767225600, name: "<img src=x onerror=window.pwned=1>" };
  const token = `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(JSON.stringify(claims))}.c2ln`;
  const body = JSON.stringify({ ChangeType: 2, ContextIdentifier: "Cust4", Token: token });
  await page.fill("[data-part=notification-input]", body);
  await page.waitForSelector("[data-part=notification][data-change-type=Suspend] [data-part=claims]");
  const rows = await page.$$eval("[data-part=claims] dt", (dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent]));
  assert.deepEqual(rows, [
    ["exp", "1767225600 (2026-01-01T00:00:00.000Z)"],
    ["iss", "https://sod.superoffice.com"],
    ["name", "<img src=x onerror=window.pwned=1>"],
  ]);
  assert.equal(await page.locator("[data-part=inspector] img").count(), 0);

  for (const [hostile, expected] of [
    ["{", /^Not a change notification: /],
    ["[]", /^Not a change notification: /],
    ['{"ContextIdentifier":"Cust1"}', /ChangeType/],
    ['{"ChangeType":"<script>window.pwned=1</script>","ContextIdentifier":"Cust1"}', /ChangeType/],
    [JSON.stringify({ ChangeType: 1, ContextIdentifier: "x".repeat(70_000) }), /^Not a change notification: /],
  ]) {
    await page.fill("[data-part=notification-input]", hostile);
    const error = await waitFor(
      () => page.locator("[data-part=inspect-error]").textContent({ timeout: 200 }).catch(() => null),
      `an error for ${hostile.slice(0, 40)}`,
    );
    assert.match(error, expected, hostile.slice(0, 60));
    assert.equal(await page.locator("[data-part=notification]").count(), 0);
  }
  // An unknown change type is kept, not refused.
  await page.fill("[data-part=notification-input]", '{"ChangeType":9,"ContextIdentifier":"Cust1","PublicEndpoint":"javascript:alert(1)"}');
  await page.waitForSelector("[data-part=notification]");
  assert.match(await text(page, "change-type"), /\(9\)$/);
  assert.equal(await page.locator("[data-part=notification] a").count(), 0, "no pasted text becomes a link");
  assert.equal(await text(page, "token-missing"), "No token was sent.");
  // Emptied: nothing shown.
  await page.fill("[data-part=notification-input]", "");
  await waitFor(async () => (await page.locator("[data-part=notification], [data-part=inspect-error]").count()) === 0, "cleared");

  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(requests, [], "nothing pasted leaves the page");
  assert.deepEqual(await api.log(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("linked from the page in its language, and back", async () => {
  await api.reset();
  const { page, context, problems } = await openPage(browser, `${pageSite.origin}/?lang=nb&env=sod&context=Cust1002&base=${encodeURIComponent(api.origin)}`);
  const link = page.locator("[data-part=inspect-link]");
  assert.equal(await link.textContent(), "Inspiser en endringsvarsling");
  await link.click();
  await page.waitForSelector("[data-part=inspector]");
  assert.match(page.url(), /\?view=notification&lang=nb$/);
  assert.equal(await page.textContent("h1"), "Inspektør for endringsvarsler");
  assert.equal(await page.getAttribute("html", "lang"), "nb");
  assert.equal(await page.getAttribute("[data-part=back]", "href"), "./?lang=nb");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the page loads the inspector on first use: a chunk the board never fetches", async () => {
  await api.reset();
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(new URL(r.url()).pathname));
  await page.goto(`${pageSite.origin}/?env=sod&context=Cust12345&base=${encodeURIComponent(api.origin)}`);
  await page.waitForSelector("[data-part=badge][data-context-id=Cust12345][data-check=fresh]");
  await page.waitForTimeout(500);
  // The board's page fetches the main module, then (after its first
  // badge) the chunk of what comes after it; never the inspector's.
  assert.equal(wasm[0], "/so-tenant-status_bg.wasm", `${wasm}`);
  assert.ok(wasm.some((p) => /^\/so-tenant-status\.after\.[0-9a-f]{16}\.wasm$/.test(p)), `${wasm}`);
  assert.ok(!wasm.some((p) => p.includes(".inspector.")), `the board's page never fetches the inspector: ${wasm}`);

  await page.goto(`${pageSite.origin}/?view=notification`);
  await page.waitForSelector("[data-part=inspector] [data-part=notification-input]");
  const chunks = wasm.filter((p) => /^\/so-tenant-status\.inspector\.[0-9a-f]{16}\.wasm$/.test(p));
  assert.equal(chunks.length, 1, `the inspector's chunk, content-hashed: ${wasm}`);
  await page.fill("[data-part=notification-input]", fixture("notification-move.json"));
  await page.waitForSelector("[data-part=notification][data-change-type=Move]");
  assert.deepEqual(problems, []);
  await context.close();
});
