// The built static page (dist/) against the real mock state API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startMock, launch, openPage, waitBadge, waitLegends, readBadge, root, STRICT_CSP, sleep } from "./harness.mjs";

const STATES = [
  ["Cust1000", "Unknown", "unknown", false],
  ["Cust1001", "Provisioning", "pending", false],
  ["Cust1002", "Running", "ok", true],
  ["Cust1003", "Deleted", "gone", false],
  ["Cust1004", "Suspended", "down", false],
  ["Cust1005", "OnlineMaintenance", "maintenance", true],
  ["Cust1006", "OfflineMaintenance", "maintenance", false],
  ["Cust1008", "ProvisioningFailed", "down", false],
  ["Cust1010", "Deleting", "gone", false],
  ["Cust1011", "DeleteFailed", "gone", false],
  ["Cust1012", "MigrationPending", "pending", false],
  ["Cust1099", "Hibernating", "unknown", false],
];

let browser, site, api;
before(async () => {
  browser = await launch();
  api = await startMock();
  site = await startMock({ staticDir: "dist", csp: STRICT_CSP(api.origin) });
});
after(async () => {
  await browser?.close();
  site?.stop();
  api?.stop();
});

const pageUrl = (ctxs, base = api.origin, env = "sod") =>
  `${site.origin}/?env=${env}&context=${ctxs.join(",")}&base=${encodeURIComponent(base)}`;

test("every state renders its health, name and API availability, worst first, with zero console errors under a strict CSP", async () => {
  const { page, problems, context } = await openPage(browser, pageUrl(STATES.map((s) => s[0])));
  for (const [ctx, state, health] of STATES) await waitBadge(page, ctx, { "data-check": "fresh", "data-state": state, "data-health": health });
  for (const [ctx, state, health, api] of STATES) {
    const b = await readBadge(page, ctx);
    assert.equal(b.title, state);
    assert.equal(b.role, "group");
    assert.equal(b.label, `${ctx}: ${state}, ${health}`);
    assert.equal(b.api, api ? "API available" : "API not available");
    assert.match(b.text, /checked (now|\d+ sec\. ago) · next check \d/);
  }
  const order = await page.$$eval("[data-part=badge]", (els) => els.map((e) => e.getAttribute("data-health")));
  const rank = ["gone", "down", "unknown", "pending", "maintenance", "ok"];
  assert.deepEqual(order, [...order].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)), "worst health first");
  await waitLegends(page);
  const legendStates = await page.$$eval("[data-part=state-legend] [data-state]", (els) => els.map((e) => e.getAttribute("data-state")));
  assert.equal(legendStates.length, 11);
  const changeTypes = await page.$$eval("[data-part=change-legend] [data-change-type]", (els) => els.map((e) => e.getAttribute("data-change-type")));
  assert.deepEqual(changeTypes, ["0", "1", "2", "3", "4", "5"]);
  assert.equal(await page.$eval("[data-part=state-legend]", (d) => d.open), false, "compact with several tenants");
  assert.equal(await page.evaluate(() => document.querySelectorAll("script:not([src]), style, [style]").length), 0, "no inline script or style");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the description shows on keyboard focus and the state's text is announced", async () => {
  const { page, context } = await openPage(browser, pageUrl(["Cust1004"]));
  await waitBadge(page, "Cust1004", { "data-check": "fresh" });
  const desc = page.locator("[data-part=description]");
  assert.equal(await desc.isVisible(), false);
  await page.focus("[data-part=state]");
  assert.equal(await desc.isVisible(), true);
  assert.match(await desc.textContent(), /suspended/i);
  await waitLegends(page);
  assert.equal(await page.$eval("[data-part=state-legend]", (d) => d.open), true, "open with one tenant");
  await context.close();
});

const FAULTS = [
  ["Cust4040", "not-found", /404/],
  ["Cust4210", "misdirected", /421/],
  ["Cust4290", "rate-limited", /429/],
  ["Cust5000", "server", /500/],
  ["Cust5030", "server", /503/],
  ["Cust7003", "invalid-payload", /not with a usable state/],
  ["Cust7004", "invalid-payload", /not with a usable state/],
  ["Cust7005", "network", /blocked by CORS, offline, or the proxy is down/],
];

test("every fault shows its own outcome, never a tenant health, and recovers when the mock recovers", async () => {
  await api.reset();
  const { page, context } = await openPage(browser, pageUrl(FAULTS.map((f) => f[0])));
  for (const [ctx, kind, words] of FAULTS) {
    await waitBadge(page, ctx, { "data-check": "error" });
    const b = await readBadge(page, ctx);
    assert.equal(b.health, null, `${ctx}: a failed check has no health`);
    assert.equal(b.state, null);
    assert.equal(b.error, kind, ctx);
    assert.match(b.problem, words, ctx);
    assert.match(b.text, /Retry/);
  }
  for (const [ctx] of FAULTS) await api.scenario(ctx, "Running");
  for (const [ctx] of FAULTS) {
    await page.click(`[data-context-id=${ctx}] [data-part=refresh]`);
    await waitBadge(page, ctx, { "data-check": "fresh", "data-health": "ok" });
  }
  await context.close();
});

test("a 421 is re-checked once at once; a slow answer shows loading first", async () => {
  await api.reset();
  const { page, context } = await openPage(browser, pageUrl(["Cust4211", "Cust7001"]));
  await waitBadge(page, "Cust7001", { "data-check": "loading" });
  await waitBadge(page, "Cust4211", { "data-check": "fresh", "data-health": "ok" });
  await waitBadge(page, "Cust7001", { "data-check": "fresh", "data-health": "ok" });
  const log = (await api.log()).filter((r) => r.ctx === "Cust4211");
  assert.equal(log.length, 2, "one 421, one immediate re-check");
  await context.close();
});

// The page's clock is held still, so its wait for first answers
// (FIRST_PAINT_WAIT_MS) passes only when the test says so.
async function openHeld(url) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // What the document holds the first time any badge is in it.
    new MutationObserver((_, obs) => {
      const badges = [...document.querySelectorAll("[data-part=badge]")];
      if (!badges.length) return;
      window.__firstSight = {
        badges: badges.map((b) => [b.dataset.contextId, b.dataset.check, b.dataset.health ?? null]),
        legends: document.querySelectorAll("[data-part=state-legend], [data-part=change-legend]").length,
      };
      obs.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await context.clock.install();
  await context.clock.pauseAt(Date.now() + 1000);
  const page = await context.newPage();
  await page.goto(url);
  return { page, context };
}

test("answers that come at once are on the first paint: no loading badge flashes, already worst first", async () => {
  await api.reset();
  const { page, context } = await openHeld(pageUrl(["Cust1002", "Cust1004", "Cust1003"]));
  await page.waitForFunction(() => window.__firstSight);
  assert.deepEqual(await page.evaluate(() => window.__firstSight), {
    badges: [
      ["Cust1003", "fresh", "gone"],
      ["Cust1004", "fresh", "down"],
      ["Cust1002", "fresh", "ok"],
    ],
    // The legends come from the chunk fetched once the first badge is
    // painted: not on the first paint, soon after it.
    legends: 0,
  });
  await page.clock.runFor(100);
  await page.waitForFunction(() => document.querySelectorAll("[data-part=state-legend], [data-part=change-legend]").length === 2);
  await context.close();
});

test("a page whose answers are slow shows itself after its short wait, with loading badges", async () => {
  await api.reset();
  const { page, context } = await openHeld(pageUrl(["Cust1002", "Cust7001"]));
  await sleep(500);
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-part=badge]").length), 0, "held while the wait lasts");
  await page.clock.runFor(100);
  await page.waitForFunction(() => window.__firstSight);
  assert.deepEqual(await page.evaluate(() => window.__firstSight), {
    badges: [
      ["Cust7001", "loading", null],
      ["Cust1002", "fresh", "ok"],
    ],
    legends: 0,
  });
  await page.clock.runFor(100);
  await page.waitForFunction(() => document.querySelectorAll("[data-part=state-legend], [data-part=change-legend]").length === 2);
  await waitBadge(page, "Cust7001", { "data-check": "fresh", "data-health": "ok" });
  await context.close();
});

test("a timeout is its own outcome", async () => {
  await api.reset();
  const { page, context } = await openPage(browser, pageUrl(["Cust7002"]));
  await waitBadge(page, "Cust7002", { "data-check": "error" }, 20000);
  assert.equal((await readBadge(page, "Cust7002")).error, "timeout");
  await context.close();
});

test("a failing refresh keeps the last known state, marked stale", async () => {
  await api.reset();
  const { page, context } = await openPage(browser, pageUrl(["Cust1002"]));
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
  await api.scenario("Cust1002", "503");
  await page.click("[data-part=refresh]");
  await waitBadge(page, "Cust1002", { "data-check": "stale", "data-health": "ok" });
  const b = await readBadge(page, "Cust1002");
  assert.equal(b.title, "Running");
  assert.match(b.stale, /Last known state/);
  assert.equal(b.error, "server");
  await context.close();
});

test("hostile payloads render as text and execute nothing", async () => {
  const { page, problems, context } = await openPage(browser, pageUrl(["Cust6660"]));
  await waitBadge(page, "Cust6660", { "data-check": "fresh" });
  const b = await readBadge(page, "Cust6660");
  assert.match(b.title, /<script>window.__pwned=1<\/script>/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval("[data-part=badge] script, [data-part=badge] img", (e) => e.length), 0);
  assert.equal(await page.$$eval("[data-part=badge] a", (e) => e.length), 0, "javascript: and off-site URLs are not links");
  assert.match(await page.textContent("[data-part=link-api]"), /evil\.example\/<script>/);
  assert.match(await page.textContent("[data-part=warnings]"), /Endpoint: expected an absolute http\(s\) URL, got "javascript:/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("invalid context ids are explained and never requested", async () => {
  await api.reset();
  const { page, context } = await openPage(browser, pageUrl(["Cust1/../x", "nope", "Cust1002"]));
  await waitBadge(page, "Cust1002", { "data-check": "fresh" });
  const errors = await page.textContent("[data-part=input-errors]");
  assert.match(errors, /"Cust1\/\.\.\/x"/);
  assert.match(errors, /"nope"/);
  assert.deepEqual((await api.log()).map((r) => r.ctx), ["Cust1002"]);
  assert.equal(await page.$$eval("[data-part=badge]", (e) => e.length), 1);
  await context.close();
});

test("a hidden page makes no requests", async () => {
  await api.reset();
  const { page, context } = await openPage(browser, pageUrl(["Cust1002", "Cust1004"]), { hidden: true });
  await page.waitForSelector("[data-part=badge][data-check=loading]");
  await sleep(2500);
  assert.deepEqual(await api.log(), []);
  await context.close();
});

test("the form puts everything in the query string", async () => {
  const { page, context } = await openPage(browser, `${site.origin}/?env=online&context=Cust1&base=`);
  await page.selectOption("select[name=env]", "sod");
  await page.fill("textarea[name=context]", "Cust1002, Cust1004");
  await page.fill("input[name=base]", api.origin);
  await Promise.all([page.waitForURL(/context=/), page.click("form button[type=submit]")]);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("env"), "sod");
  assert.equal(url.searchParams.get("context"), "Cust1002, Cust1004");
  await waitBadge(page, "Cust1004", { "data-health": "down" });
  await context.close();
});

test("the demo opens with no parameters; screenshots in light and dark", async () => {
  const demo = await startMock({ staticDir: "dist", csp: STRICT_CSP() });
  const out = path.join(root, "target", "screenshots"); // copied to docs/ for the README
  mkdirSync(out, { recursive: true });
  try {
    for (const colorScheme of ["light", "dark"]) {
      const { page, context } = await openPage(browser, `${demo.origin}/`, { colorScheme });
      // The page (note, badges, legends) arrives in one piece once its wasm has run.
      assert.ok(await page.waitForSelector("[data-part=demo-note]", { state: "visible" }));
      await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
      await waitBadge(page, "Cust4040", { "data-check": "error" });
      // 25 tenants: the board opens as a table, with its summary bar.
      assert.equal(await page.$$eval("tr[data-part=badge]", (e) => e.length), 25);
      assert.equal(await page.$eval("[data-part=count][data-count=total]", (e) => e.textContent), "25");
      await page.screenshot({ path: path.join(out, `demo-${colorScheme}.png`) });
      await context.close();
    }
  } finally {
    demo.stop();
  }
});
