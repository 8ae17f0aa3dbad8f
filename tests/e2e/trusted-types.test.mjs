// Trusted Types and the window: the page, mount() and both elements run
// under `require-trusted-types-for 'script'; trusted-types 'none'` (no
// policy may even be created) on top of the strict CSP, with 0 violations,
// and add nothing to `window`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMock, launch, waitBadge, waitLegends, STRICT_CSP } from "./harness.mjs";

export const TT_CSP = (api) => `${STRICT_CSP(api)}; require-trusted-types-for 'script'; trusted-types 'none'`;

let browser, api, site, host;
before(async () => {
  browser = await launch();
  api = await startMock();
  site = await startMock({ staticDir: "dist", csp: TT_CSP(api.origin) });
  host = await startMock({ staticDir: ".", csp: TT_CSP(api.origin) });
});
after(async () => {
  await browser?.close();
  for (const m of [api, site, host]) m?.stop();
});

async function open(url) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const violations = [];
    Object.defineProperty(window, "__violations", { value: violations, enumerable: false });
    Object.defineProperty(window, "__keysBefore", { value: Object.keys(window), enumerable: false });
    document.addEventListener("securitypolicyviolation", (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  // The API's own 404 (Cust4040) is logged by the browser; anything else is a problem.
  page.on("console", (m) => m.type() === "error" && !/status of 404/.test(m.text()) && problems.push(m.text()));
  const response = await page.goto(url);
  assert.match(response.headers()["content-security-policy"], /require-trusted-types-for 'script'; trusted-types 'none'/);
  return { page, context, problems };
}

test("the page under Trusted Types: 0 violations, badges answered, legends opened, no new globals", async () => {
  const { page, context, problems } = await open(`${site.origin}/?env=sod&context=Cust1002,Cust1004,Cust1099,Cust4040,bad&base=${encodeURIComponent(api.origin)}`);
  for (const ctx of ["Cust1002", "Cust1004", "Cust1099"]) await waitBadge(page, ctx, { "data-check": "fresh" });
  await waitBadge(page, "Cust4040", { "data-check": "error" });
  await waitLegends(page);
  // The page's interactive parts: legends, both layouts, a row's details, a refresh, the filter.
  for (const summary of await page.locator("summary").all()) await summary.click();
  for (const layout of ["table", "cards", "table"]) await page.locator(`[data-part=layout] button[data-layout=${layout}], [data-part=layout] button:has-text("${layout}")`).first().click();
  await page.locator(".sots-row__expand").first().click();
  await page.locator("[data-part=refresh]").first().click();
  await page.locator(".sots-board__search input").fill("zzz");
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(await page.evaluate(() => Object.keys(window).filter((k) => !window.__keysBefore.includes(k))), [], "globals added by the page");
  assert.deepEqual(problems, []);
  await context.close();
});

test("mount(), <so-tenant-status> and <so-tenant-board> under Trusted Types: 0 violations, no new globals", async () => {
  const { page, context, problems } = await open(`${host.origin}/tests/e2e/tt-host.html?api=${encodeURIComponent(api.origin)}`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
  await page.waitForFunction(() => {
    const el = document.getElementById("element").shadowRoot?.querySelector("[data-part=badge]");
    const board = document.getElementById("board").shadowRoot?.querySelectorAll("[data-part=badge][data-check=fresh]");
    const mounted = document.querySelector("#mount [data-part=badge][data-check=fresh]");
    return el?.getAttribute("data-check") === "fresh" && board?.length === 3 && mounted;
  });
  // Legends and the board's table, then a refresh and a notification on the element.
  await page.evaluate(() => {
    document.getElementById("element").setAttribute("legends", "");
    document.getElementById("board").setAttribute("layout", "table");
    document.getElementById("element").applyNotification({ ChangeType: 5, ContextIdentifier: "Cust1002", PublicEndpoint: "sod2.superoffice.com" });
  });
  await page.waitForTimeout(800);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(JSON.parse(await page.evaluate(() => document.body.dataset.added)), [], "globals added by the package");
  assert.deepEqual(await page.evaluate(() => Object.keys(window).filter((k) => !window.__keysBefore.includes(k))), [], "globals after everything");
  assert.deepEqual(problems, []);
  await context.close();
});
