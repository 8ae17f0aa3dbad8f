// The board as a report: "Download CSV" and "Copy as JSON" on the built
// page, and exportBoard() on a mountBoard() handle from the real pkg/. The
// rows match the board as filtered and sorted; state names and versions
// an API could send that a spreadsheet would run are written inert;
// Nordic letters survive the round trip; nothing leaves the browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { openPage, openHost, useSites, waitFor } from "./harness.mjs";

let browser, api, site, pageSite;
useSites((s) => ({ browser, api, site, pageSite } = s));

// What an API could send: each cell a spreadsheet would run as a formula,
// and the letters a Nordic or German partner writes.
const ANSWERS = {
  Cust3001: { State: "Running", Version: "Tromsø Ærø Straße Åsgårdstrand" },
  Cust3002: { State: "=1+1", Version: '=HYPERLINK("http://evil.example","x")' },
  Cust3003: { State: "+SUM(A1:A9)", Version: "-2+3" },
  Cust3004: { State: "@cmd", Version: "\tTab" },
  Cust3005: { State: "\rCR", Version: 'a,b "q"' },
  Cust3006: { State: "Running", Version: "=cmd|' /C calc'!A0" },
  Cust3010: { State: "Suspended", Version: "V1" },
};
const IDS = Object.keys(ANSWERS);
const FORMULA = /^[=+\-@\t\r]/;

async function answerAll() {
  for (const [ctx, body] of Object.entries(ANSWERS)) {
    await api.answer(ctx, JSON.stringify({ ContextIdentifier: ctx, ...body }));
  }
}

/** The board filtered (search "Cust300") and sorted by context id, descending. */
async function openFiltered() {
  await api.reset();
  await answerAll();
  const url = `${pageSite.origin}/?env=sod&context=${IDS.join(",")}&base=${encodeURIComponent(api.origin)}&layout=table&lang=en`;
  const opened = await openPage(browser, url);
  const { page } = opened;
  await page.waitForFunction((n) => document.querySelectorAll("tr[data-part=badge][data-check=fresh]").length === n, IDS.length, { timeout: 20000 });
  await page.waitForSelector("[data-part=export] [data-format=csv]");
  await page.fill("[data-part=search]", "Cust300");
  await page.click("thead th[data-col=context-id] button");
  await page.click("thead th[data-col=context-id] button");
  assert.equal(await page.getAttribute("thead th[data-col=context-id]", "aria-sort"), "descending");
  return opened;
}

const shownIds = (page) =>
  page.$$eval("tbody tr[data-part=badge]", (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.dataset.contextId));

/** Requests the page makes from now on, other than to its own origin's files. */
function outgoing(page, origin) {
  const seen = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(`${origin}/`) || !/\.(wasm|js)$/.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
}

test("Download CSV: the rows as shown, RFC 4180 with a BOM, formulas inert, Nordic letters intact", async () => {
  const { page, context, problems } = await openFiltered();
  const shown = await shownIds(page);
  assert.deepEqual(shown, ["Cust3006", "Cust3005", "Cust3004", "Cust3003", "Cust3002", "Cust3001"]);
  const sent = outgoing(page, pageSite.origin);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-part=export] [data-format=csv]")]);
  assert.match(download.suggestedFilename(), /^so-tenant-status-sod-\d{4}-\d\d-\d\dT\d{4}Z\.csv$/);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark");
  const text = bytes.toString("utf8");
  assert.ok(text.endsWith("\r\n") && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, "")), "CRLF line ends outside quotes");
  const rows = parse(bytes, { bom: true, columns: true, relax_quotes: false });
  assert.deepEqual(rows.map((r) => r.contextId), shown, "the rows as filtered and sorted");
  assert.deepEqual(Object.keys(rows[0]), [
    "contextId", "environment", "health", "state", "apiAvailable", "version", "checked", "observed24h", "observed7d",
  ]);
  const row = (ctx) => rows.find((r) => r.contextId === ctx);
  assert.equal(row("Cust3001").version, "Tromsø Ærø Straße Åsgårdstrand");
  assert.equal(row("Cust3001").health, "ok");
  assert.equal(row("Cust3001").environment, "sod");
  assert.match(row("Cust3001").checked, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  // Every cell a spreadsheet would run starts with ' (shown as text), and
  // keeps what was sent after it.
  for (const r of rows) {
    for (const [key, cell] of Object.entries(r)) assert.doesNotMatch(cell, FORMULA, `${r.contextId}.${key}: ${JSON.stringify(cell)}`);
  }
  for (const [ctx, { State, Version }] of Object.entries(ANSWERS)) {
    if (ctx === "Cust3010") continue;
    const inert = (v) => (FORMULA.test(v) ? `'${v}` : v);
    assert.equal(row(ctx).state, inert(State), ctx);
    assert.equal(row(ctx).version, inert(Version), ctx);
  }
  assert.equal(row("Cust3002").health, "unknown");
  assert.match(await page.textContent("[data-part=export-status]"), /^Saved 6 rows as so-tenant-status-sod-.*\.csv\.$/);
  assert.deepEqual(sent, [], "nothing leaves the browser");
  assert.deepEqual(problems, []);
  await context.close();
});

test("Copy as JSON: the same rows, text as sent", async () => {
  const { page, context, problems } = await openFiltered();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: pageSite.origin });
  const sent = outgoing(page, pageSite.origin);
  await page.click("[data-part=export] [data-format=json]");
  await waitFor(async () => (await page.textContent("[data-part=export-status]")) === "Copied 6 rows as JSON.", "the copy");
  const rows = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(rows.map((r) => r.contextId), await shownIds(page));
  const row = (ctx) => rows.find((r) => r.contextId === ctx);
  assert.equal(row("Cust3002").state, "=1+1", "JSON is data: kept as sent");
  assert.equal(row("Cust3001").version, "Tromsø Ærø Straße Åsgårdstrand");
  assert.equal(row("Cust3001").apiAvailable, true);
  assert.equal(typeof row("Cust3001").observed24h === "number" || row("Cust3001").observed24h === null, true);
  assert.deepEqual(sent, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Copy as JSON without clipboard permission says so", async () => {
  const { page, context, problems } = await openFiltered();
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await page.click("[data-part=export] [data-format=json]");
  await waitFor(async () => (await page.getAttribute("[data-part=export-status]", "data-error")) === "true", "the refusal");
  assert.equal(await page.textContent("[data-part=export-status]"), "Not copied: the browser refused the clipboard.");
  assert.deepEqual(problems, []);
  await context.close();
});

test("exportBoard() on a mountBoard() handle: CSV by default, JSON, and a clear error", async () => {
  const { page, context, problems } = await openHost(browser, site, api);
  await answerAll();
  await page.evaluate(
    ([base, ids]) => {
      window.board = window.sots.mountBoard(document.getElementById("a"), { contextIds: ids, env: "sod", baseUrl: base, layout: "table" });
    },
    [api.origin, IDS],
  );
  await page.waitForFunction((n) => document.querySelectorAll("#a tr[data-part=badge][data-check=fresh]").length === n, IDS.length, { timeout: 20000 });
  const csv = await page.evaluate(() => window.board.exportBoard());
  const rows = parse(csv, { bom: true, columns: true });
  assert.equal(rows.length, IDS.length);
  assert.equal(rows[0].contextId, "Cust3010", "worst health first, as the board shows it");
  assert.equal(rows.find((r) => r.contextId === "Cust3004").state, "'@cmd");
  const json = JSON.parse(await page.evaluate(() => window.board.exportBoard({ format: "json" })));
  assert.deepEqual(json.map((r) => r.contextId), rows.map((r) => r.contextId));
  const thrown = await page.evaluate(() => {
    try {
      window.board.exportBoard({ format: "xlsx" });
    } catch (e) {
      return e.message;
    }
  });
  assert.equal(thrown, 'options.format: expected "csv" or "json", got "xlsx"');
  assert.deepEqual(problems, []);
  await context.close();
});
