// The partner board on the built static page (dist/): 60 tenants with
// totals, filters, search, sort, row expansion and pasted ids, each by
// mouse and by keyboard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMock, launch, openPage, STRICT_CSP, sleep } from "./harness.mjs";

// One tenant per documented state, an unrecognised one, a 404, and 47
// Running ones: 60 in all.
const STATES = {
  Cust1000: "unknown", Cust1001: "pending", Cust1002: "ok", Cust1003: "gone",
  Cust1004: "down", Cust1005: "maintenance", Cust1006: "maintenance", Cust1008: "down",
  Cust1010: "gone", Cust1011: "gone", Cust1012: "pending", Cust1099: "unknown",
};
const RUNNING = Array.from({ length: 47 }, (_, i) => `Cust${3001 + i}`);
const SIXTY = [...Object.keys(STATES), "Cust4040", ...RUNNING];

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

const boardUrl = (ids, extra = "") =>
  `${site.origin}/?env=sod&context=${encodeURIComponent(ids.join(","))}&base=${encodeURIComponent(api.origin)}${extra}`;

/** `{ key: number }` for every count in the summary bar. */
const counts = (page) =>
  page.$$eval("[data-part=summary] [data-part=count]", (els) =>
    Object.fromEntries(
      els.map((e) => [e.dataset.health ?? (e.dataset.check ? "error" : e.dataset.count), Number(e.textContent)]),
    ),
  );
// The rows in the layout: filtered-out ones are hidden (no boxes at all).
const rows = (page) => page.$$eval("tbody tr[data-part=badge]", (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.dataset.contextId));
const rowHealths = (page) => page.$$eval("tbody tr[data-part=badge]", (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.dataset.health));

async function openBoard(extra = "") {
  await api.reset();
  const opened = await openPage(browser, boardUrl(SIXTY, extra));
  // Every tenant has answered: 59 states and one failed check.
  await opened.page.waitForFunction(
    () => document.querySelectorAll("tr[data-part=badge][data-check=fresh]").length === 59
      && document.querySelectorAll("tr[data-part=badge][data-check=error]").length === 1,
    null,
    { timeout: 20000 },
  );
  return opened;
}

test("60 tenants open as a table with totals that follow the live data", async () => {
  const { page, context, problems } = await openBoard();
  assert.equal(await page.$eval("[data-part=board]", (e) => e.dataset.layout), "table");
  assert.equal(await page.$$eval("table[data-part=tenants] thead th[scope=col]", (e) => e.length), 8);
  assert.deepEqual(
    await page.$$eval("table[data-part=tenants] thead th[scope=col]", (els) => els.map((e) => e.textContent.trim())),
    ["Health", "State", "Context id", "API", "Version", "Checked", "Changed", "Last 24 h"],
  );
  assert.equal((await rows(page)).length, 60);
  assert.deepEqual(await counts(page), {
    total: 60, gone: 3, down: 2, unknown: 2, pending: 2, maintenance: 2, ok: 48, error: 1,
  });
  const rank = ["gone", "down", "unknown", "pending", "maintenance", "ok"];
  const healths = (await rowHealths(page)).filter(Boolean);
  assert.deepEqual(healths, [...healths].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)), "worst first");
  // A row has the badge's hooks and its columns.
  const row = await page.$eval("tr[data-context-id=Cust1004]", (tr) => ({
    state: tr.dataset.state,
    check: tr.dataset.check,
    cells: [...tr.cells].map((c) => c.innerText.trim()),
  }));
  assert.equal(row.state, "Suspended");
  assert.equal(row.check, "fresh");
  assert.match(row.cells[0], /Down/);
  assert.equal(row.cells[1], "Suspended");
  assert.match(row.cells[2], /Cust1004/);
  assert.equal(row.cells[3], "API not available");
  assert.equal(row.cells[4], "Release_11.10_2026.02.24-02");
  assert.match(row.cells[5], /^(now|\d+ sec\. ago)$/);
  // A failed check says why in a few words; the whole sentence is its title.
  const failed = page.locator("tr[data-context-id=Cust4040] [data-part=problem]");
  assert.equal(await failed.textContent(), "Not found (404)");
  assert.equal(await failed.getAttribute("data-error"), "not-found");
  assert.match(await failed.getAttribute("title"), /does not know this tenant/);
  // Counts follow the live data: a tenant turns Suspended.
  await api.scenario("Cust3001", "Suspended");
  await page.click("tr[data-context-id=Cust3001] [data-part=expand]");
  await page.click("[data-part=detail] [data-part=refresh]");
  await page.waitForFunction(() => document.querySelector("[data-part=count][data-health=down]")?.textContent === "3");
  assert.equal((await counts(page)).ok, 47);
  // Chromium logs the 404 of Cust4040 itself; nothing else may be logged.
  assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
  await context.close();
});

test("count toggles filter by health (mouse and keyboard), the URL keeps the filter, and reopens filtered", async () => {
  const { page, context } = await openBoard();
  const down = page.locator("[data-part=count][data-health=down]");
  assert.equal(await down.getAttribute("aria-pressed"), "false");
  await down.click();
  assert.equal(await down.getAttribute("aria-pressed"), "true");
  assert.deepEqual((await rowHealths(page)), ["down", "down"]);
  // The keyboard: Space on the maintenance toggle adds it.
  await page.focus("[data-part=count][data-health=maintenance]");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => [...document.querySelectorAll("tbody tr[data-part=badge]")].filter((e) => e.getClientRects().length).length === 4);
  assert.deepEqual(new Set(await rowHealths(page)), new Set(["down", "maintenance"]));
  // Filtered-out tenants are not in the layout: hidden, so they take no room.
  assert.equal(await page.$$eval("[data-part=badge][data-health=ok]", (els) => els.filter((e) => e.getClientRects().length > 0).length), 0);
  assert.equal(await page.locator("[data-part=badge][data-health=ok]").first().isVisible(), false);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("health"), "maintenance,down");
  // The failed-check toggle.
  await page.click("[data-part=count][data-check=error]");
  await page.waitForFunction(() => [...document.querySelectorAll("tbody tr[data-part=badge]")].filter((e) => e.getClientRects().length).length === 5);
  await page.click("[data-part=count][data-check=error]");

  // Reopened from the URL: filtered the same way.
  const again = await openPage(browser, page.url());
  await again.page.waitForFunction(() => [...document.querySelectorAll("tbody tr[data-part=badge][data-check=fresh]")].filter((e) => e.getClientRects().length).length === 4);
  assert.deepEqual(new Set(await rowHealths(again.page)), new Set(["down", "maintenance"]));
  assert.equal(await again.page.getAttribute("[data-part=count][data-health=down]", "aria-pressed"), "true");
  assert.equal(await again.page.getAttribute("[data-part=count][data-health=ok]", "aria-pressed"), "false");
  // "All" clears the filter.
  await again.page.click("[data-part=count][data-count=total]");
  await again.page.waitForFunction(() => [...document.querySelectorAll("tbody tr[data-part=badge]")].filter((e) => e.getClientRects().length).length === 60);
  assert.equal(new URL(again.page.url()).searchParams.get("health"), null);
  await again.context.close();
  await context.close();
});

test("search filters by context id ignoring case; ?q= restores it", async () => {
  const { page, context } = await openBoard();
  await page.focus("[data-part=search]");
  await page.keyboard.type("cust100");
  await page.waitForFunction(() => [...document.querySelectorAll("tbody tr[data-part=badge]")].filter((e) => e.getClientRects().length).length === 8);
  assert.deepEqual((await rows(page)).sort(), ["Cust1000", "Cust1001", "Cust1002", "Cust1003", "Cust1004", "Cust1005", "Cust1006", "Cust1008"]);
  assert.equal(new URL(page.url()).searchParams.get("q"), "cust100");
  await page.fill("[data-part=search]", "CUST4040");
  await page.waitForFunction(() => [...document.querySelectorAll("tbody tr[data-part=badge]")].filter((e) => e.getClientRects().length).length === 1);
  const again = await openPage(browser, boardUrl(SIXTY, "&q=1099"));
  await again.page.waitForFunction(() => [...document.querySelectorAll("tbody tr[data-part=badge]")].filter((e) => e.getClientRects().length).length === 1);
  assert.equal(await again.page.inputValue("[data-part=search]"), "1099");
  assert.deepEqual(await rows(again.page), ["Cust1099"]);
  await again.context.close();
  await context.close();
});

test("clicking a header sorts by it with aria-sort; Enter on it does the same", async () => {
  const { page, context } = await openBoard();
  const th = (col) => page.locator(`thead th[data-col=${col}]`);
  assert.equal(await th("health").getAttribute("aria-sort"), "ascending", "worst first is the default");
  await page.click("thead th[data-col=context-id] button");
  assert.equal(await th("context-id").getAttribute("aria-sort"), "ascending");
  assert.equal(await th("health").getAttribute("aria-sort"), "none");
  let ids = await rows(page);
  assert.deepEqual(ids.slice(0, 3), ["Cust1000", "Cust1001", "Cust1002"]);
  assert.equal(ids.at(-1), "Cust4040");
  await page.focus("thead th[data-col=context-id] button");
  await page.keyboard.press("Enter");
  assert.equal(await th("context-id").getAttribute("aria-sort"), "descending");
  ids = await rows(page);
  assert.equal(ids[0], "Cust4040");
  await page.click("thead th[data-col=state] button");
  const states = await page.$$eval("tbody tr[data-part=badge]", (els) => els.map((e) => e.dataset.state).filter(Boolean));
  assert.deepEqual(states, [...states].sort(), "by state name");
  await context.close();
});

test("a row expands to the full badge by mouse and by keyboard", async () => {
  const { page, context } = await openBoard();
  const expand = page.locator("tr[data-context-id=Cust1004] [data-part=expand]");
  assert.equal(await expand.getAttribute("aria-expanded"), "false");
  await expand.click();
  assert.equal(await expand.getAttribute("aria-expanded"), "true");
  const detail = page.locator("[data-part=detail][data-context-id=Cust1004]");
  await detail.waitFor();
  assert.match(await detail.locator("[data-part=description]").textContent(), /suspended/i);
  assert.match(await detail.locator("[data-part=link-endpoint]").getAttribute("href"), /^https:\/\/sod2\.superoffice\.com\/Cust1004$/);
  const before = (await api.log()).filter((r) => r.ctx === "Cust1004").length;
  await detail.locator("[data-part=refresh]").click();
  for (let i = 0; i < 50 && (await api.log()).filter((r) => r.ctx === "Cust1004").length === before; i++) await sleep(100);
  assert.equal((await api.log()).filter((r) => r.ctx === "Cust1004").length, before + 1, "refresh from the expanded row");
  // Keyboard: Enter collapses it again; Space opens another.
  await expand.focus();
  await page.keyboard.press("Enter");
  assert.equal(await expand.getAttribute("aria-expanded"), "false");
  assert.equal(await page.$$eval("[data-part=detail]", (e) => e.length), 0);
  await page.focus("tr[data-context-id=Cust4040] [data-part=expand]");
  await page.keyboard.press("Space");
  await page.locator("[data-part=detail][data-context-id=Cust4040] [data-part=problem]").waitFor();
  await context.close();
});

test("ids pasted from a spreadsheet column: duplicates dropped, Cust case ignored, invalid ones listed and never requested", async () => {
  await api.reset();
  const { page, context } = await openPage(browser, `${site.origin}/?env=sod&context=Cust1&base=${encodeURIComponent(api.origin)}`);
  await page.waitForSelector("textarea[name=context]");
  await page.waitForSelector("[data-part=badge][data-check=fresh]");
  await api.reset();
  await page.fill("textarea[name=context]", "");
  await page.focus("textarea[name=context]");
  // What a spreadsheet column pastes: one id per line, CRLF, a stray cell.
  await page.keyboard.insertText("Cust1002\r\ncust1004\r\nCUST1004\r\nnot an id\r\nCust1003\r\n");
  await page.focus("form button[type=submit]");
  await Promise.all([page.waitForURL(/context=/), page.keyboard.press("Enter")]);
  await page.waitForFunction(() => document.querySelectorAll("[data-part=badge][data-check=fresh]").length === 3);
  const shown = await page.$$eval("[data-part=badge]", (els) => els.map((e) => e.dataset.contextId).sort());
  assert.deepEqual(shown, ["Cust1002", "Cust1003", "Cust1004"]);
  assert.equal(await page.$eval("[data-part=board]", (e) => e.dataset.layout), "cards", "12 or fewer: cards");
  const errors = await page.textContent("[data-part=input-errors]");
  assert.match(errors, /"not"/);
  assert.match(errors, /"an"/);
  assert.deepEqual([...new Set((await api.log()).map((r) => r.ctx))].sort(), ["Cust1002", "Cust1003", "Cust1004"]);
  // The layout switch: a table for three, then back to cards.
  await page.click("[data-part=layout] [data-layout=table]");
  assert.equal((await rows(page)).length, 3);
  assert.equal(new URL(page.url()).searchParams.get("layout"), "table");
  await context.close();
});
