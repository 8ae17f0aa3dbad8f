// Beyond a status light (issue #15): what a state means for an
// integration, whether maintenance is expected, the next published window
// in the viewer's zone and language, and each tenant's transitions kept in
// localStorage. The real built pkg/ and dist/ against the real mock state
// API; the page's Date is Playwright's, fixed where the day matters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSites, waitBadge, waitFor, sleep } from "./harness.mjs";

let browser, api, site, pageSite;
useSites((s) => ({ browser, api, site, pageSite } = s));

/** The host page in Oslo's time zone, its Date fixed at `iso` when given. */
async function host({ iso, locale = "en-GB" } = {}) {
  await api.reset();
  const context = await browser.newContext({ locale, timezoneId: "Europe/Oslo" });
  if (iso) {
    await context.clock.setFixedTime(new Date(iso));
    await api.clock(Date.parse(iso));
  } else {
    await api.clock(Date.now());
  }
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${site.origin}/tests/e2e/host.html`);
  await page.waitForFunction(() => window.hostReady === true);
  return { page, context, problems };
}

/** Mounts `ctx` in a new element of the host page; returns nothing. */
function mount(page, ctx, options = {}) {
  return page.evaluate(
    ([ctx, base, options]) => {
      const el = document.createElement("div");
      el.id = `m-${ctx}-${options.lang ?? "x"}`;
      document.body.append(el);
      window.handles = window.handles ?? {};
      window.handles[el.id] = window.sots.mount(el, { contextId: ctx, env: "sod", baseUrl: base, ...options });
    },
    [ctx, api.origin, options],
  );
}

const part = (page, ctx, name) =>
  page.locator(`[data-part=badge][data-context-id="${ctx}"] [data-part=${name}]`).first();

test("Saturday night: offline maintenance is expected, the call is paused, the window in progress is named", async () => {
  const { page, context, problems } = await host({ iso: "2026-12-05T21:00:00Z" }); // 22:00 in Oslo
  await mount(page, "Cust1006"); // OfflineMaintenance
  await waitBadge(page, "Cust1006", { "data-check": "fresh" });
  assert.match(await part(page, "Cust1006", "guidance").textContent(), /^Pause calls until \d\d:\d\d\.$/);
  const label = part(page, "Cust1006", "maintenance");
  assert.equal(await label.getAttribute("data-maintenance"), "expected");
  assert.equal(await label.textContent(), "Expected: in the Saturday maintenance window");
  const forecast = part(page, "Cust1006", "forecast");
  assert.equal(await forecast.getAttribute("data-window"), "maintenance");
  // 05:00 UTC is 06:00 in Oslo in December.
  assert.equal(await forecast.textContent(), "Now: Saturday maintenance window, until 06:00");
  assert.deepEqual(problems, []);
  await context.close();
});

test("Wednesday noon: maintenance is unscheduled, Running may be called, the next window is Thursday's in the viewer's zone and language", async () => {
  const { page, context, problems } = await host({ iso: "2026-12-02T11:00:00Z" });
  await mount(page, "Cust1006");
  await mount(page, "Cust1002", { lang: "de" });
  await waitBadge(page, "Cust1006", { "data-check": "fresh" });
  await waitBadge(page, "Cust1002", { "data-check": "fresh" });
  const label = part(page, "Cust1006", "maintenance");
  assert.equal(await label.getAttribute("data-maintenance"), "unscheduled");
  assert.equal(await label.textContent(), "Unscheduled: outside the published maintenance windows");
  assert.match(
    await part(page, "Cust1006", "forecast").textContent(),
    /^Next window: Thu 22:00–06:00 \((tomorrow|in 1 day)\), Thursday patch window$/,
  );
  assert.equal(await part(page, "Cust1002", "guidance").textContent(), "API-Aufrufe erlaubt.");
  assert.equal(await part(page, "Cust1002", "maintenance").count(), 0, "Running is not maintenance");
  const german = await part(page, "Cust1002", "forecast").textContent();
  assert.match(german, /^Nächstes Fenster: Do\.?,? 22:00–06:00 \(morgen\), Patch-Fenster am Donnerstag$/);
  // The JS API agrees with what is shown.
  const next = await page.evaluate(() => window.sots.nextMaintenance(Date.now()).map((w) => w.kind));
  assert.deepEqual(next, ["recycle", "patch", "maintenance"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("history: transitions are listed, kept across reloads in one versioned key, noted, and cleared", async () => {
  const { page, context, problems } = await host();
  await mount(page, "Cust1002");
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-state": "Running" });
  await api.scenario("Cust1002", "Unknown");
  await page.evaluate(() => window.handles["m-Cust1002-x"].refresh());
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-state": "Unknown" });
  const items = page.locator("[data-part=badge][data-context-id=Cust1002] [data-part=history] li");
  await waitFor(async () => (await items.count()) === 2, "two transitions listed");
  assert.deepEqual(await items.evaluateAll((els) => els.map((e) => e.dataset.state)), ["Unknown", "Running"]);
  const summary = await page.locator("[data-part=badge][data-context-id=Cust1002] [data-part=history] summary").textContent();
  assert.match(summary, /^Recent changes: Unknown since \d\d:\d\d; Running \d\d:\d\d–\d\d:\d\d$/);
  assert.equal(
    await page.locator("[data-part=badge][data-context-id=Cust1002] [data-part=notes] [data-note=incident]").textContent(),
    "Likely incident, not maintenance",
  );
  const history = await page.evaluate(() => window.sots.history("Cust1002"));
  assert.deepEqual(history.map((t) => [t.state, t.health]), [["Running", "ok"], ["Unknown", "unknown"]]);
  assert.ok(history[0].atMs <= history[1].atMs && history[1].atMs <= Date.now());
  // Written once the changes settle, under one namespaced, versioned key.
  const stored = await waitFor(
    () => page.evaluate(() => localStorage.getItem("so-tenant-status:history")),
    "history stored",
  );
  const parsed = JSON.parse(stored);
  assert.equal(parsed.v, 1);
  assert.deepEqual(parsed.tenants.Cust1002.map((t) => t.state), ["Running", "Unknown"]);
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("so-tenant-status"))),
    ["so-tenant-status:history"],
  );

  // Another page of the origin reads it back: the same answer adds nothing.
  const again = await context.newPage();
  await again.goto(`${site.origin}/tests/e2e/host.html`);
  await again.waitForFunction(() => window.hostReady === true);
  await mount(again, "Cust1002");
  await waitBadge(again, "Cust1002", { "data-check": "fresh", "data-state": "Unknown" });
  assert.equal(await again.locator("[data-part=badge][data-context-id=Cust1002] [data-part=history] li").count(), 2);

  // clearHistory() forgets it everywhere on that page and in storage.
  await again.evaluate(() => window.sots.clearHistory());
  await waitFor(
    async () => (await again.locator("[data-context-id=Cust1002] [data-part=history]").count()) === 0,
    "history gone from the badge",
  );
  assert.equal(await again.evaluate(() => localStorage.getItem("so-tenant-status:history")), null);
  assert.deepEqual(await again.evaluate(() => window.sots.history("Cust1002")), []);
  assert.match(
    await again.evaluate(() => {
      try {
        window.sots.history("<b>");
      } catch (e) {
        return e.message;
      }
    }),
    /contextId/,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("history: a corrupt or foreign stored entry is ignored, and stored text is never HTML", async () => {
  const { page, context, problems } = await host();
  const hostile = JSON.stringify({
    v: 1,
    tenants: {
      Cust1002: [{ atMs: Date.now() - 60_000, state: "<img src=x onerror=window.pwned=1>", health: "ok", endpoint: null }],
      "javascript:alert(1)": [{ atMs: Date.now(), state: "Running", health: "ok", endpoint: null }],
    },
  });
  await page.evaluate((text) => localStorage.setItem("so-tenant-status:history", text), hostile);
  await mount(page, "Cust1002");
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-state": "Running" });
  const items = page.locator("[data-part=badge][data-context-id=Cust1002] [data-part=history] li");
  await waitFor(async () => (await items.count()) === 2, "stored and new transitions");
  assert.match(await items.last().textContent(), /^<img src=x onerror=window\.pwned=1> /);
  assert.equal(await page.locator("[data-part=history] img").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  // This tab writes its transitions a second later, over what is stored:
  // the foreign entry is not written back. Then it closes, so that its
  // write cannot land on the garbage below.
  const stored = () => page.evaluate(() => localStorage.getItem("so-tenant-status:history") ?? "");
  await waitFor(async () => (await stored()).includes("sod2.superoffice.com"), "this tab's transitions stored");
  assert.ok(!(await stored()).includes("javascript:"), "the foreign entry is dropped, not stored again");
  await page.close();

  // Garbage and other versions: an empty history, and the widget works.
  for (const bad of ["{garbage", JSON.stringify({ v: 2, tenants: {} }), "[1,2]"]) {
    const other = await context.newPage();
    await other.addInitScript((text) => localStorage.setItem("so-tenant-status:history", text), bad);
    await other.goto(`${site.origin}/tests/e2e/host.html`);
    await other.waitForFunction(() => window.hostReady === true);
    assert.deepEqual(await other.evaluate(() => window.sots.history("Cust1002")), [], bad);
    await other.close();
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("board: a Changed column to sort by, the forecast line, and the expanded row's transitions", async () => {
  await api.reset();
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/Oslo" });
  const page = await context.newPage();
  await page.goto(`${pageSite.origin}/?env=sod&context=Cust1002,Cust1004,Cust1006&base=${encodeURIComponent(api.origin)}&layout=table`);
  for (const ctx of ["Cust1002", "Cust1004", "Cust1006"]) await waitBadge(page, ctx, { "data-check": "fresh" });
  assert.match(await page.locator("[data-part=forecast]").first().textContent(), /^(Next window|Now): /);
  const header = page.locator("th[data-col=changed]");
  assert.equal((await header.textContent()).trim(), "Changed");
  // Cust1004 changes last.
  await sleep(1100);
  await api.scenario("Cust1004", "Running");
  await page.locator("[data-part=badge][data-context-id=Cust1004] [data-part=expand]").click();
  await page.locator("[data-part=detail] [data-part=refresh]").first().click();
  await waitBadge(page, "Cust1004", { "data-check": "fresh", "data-state": "Running" });
  await header.locator("button").click();
  assert.equal(await header.getAttribute("aria-sort"), "ascending");
  const order = await page.locator("tbody tr[data-part=badge]").evaluateAll((rows) => rows.map((r) => r.dataset.contextId));
  assert.equal(order[0], "Cust1004", `changed last comes first: ${order}`);
  const detail = page.locator("[data-part=detail] [data-part=history] li");
  await waitFor(async () => (await detail.count()) === 2, "the expanded row lists both");
  await context.close();
});

test("elements: upgrade-week-of, summer-time and stuck-after-hours read the rhythm and the threshold; bad values are refused by name", async () => {
  // Tuesday 1 December 2026, 12:00 in Oslo: with upgrades in this week, the
  // next window is tonight's upgrade; without, Thursday's patch window.
  const { page, context, problems } = await host({ iso: "2026-12-01T11:00:00Z" });
  await page.evaluate((base) => {
    const add = (id, attrs) => {
      const el = document.createElement("so-tenant-status");
      el.id = id;
      for (const [k, v] of Object.entries({ "context-id": "Cust1002", env: "sod", "base-url": base, ...attrs })) el.setAttribute(k, v);
      document.body.append(el);
    };
    add("plain", {});
    add("cycle", { "upgrade-week-of": "2026-12-01", "summer-time": "", "stuck-after-hours": "48" });
    add("bad-week", { "context-id": "Cust1004", "upgrade-week-of": "soon" });
    add("bad-stuck", { "context-id": "Cust1004", "stuck-after-hours": "0" });
    add("bad-stuck-text", { "context-id": "Cust1004", "stuck-after-hours": "a day" });
  }, api.origin);
  const inside = (id, selector) =>
    page.waitForFunction(
      ([id, selector]) => document.getElementById(id)?.shadowRoot?.querySelector(selector)?.textContent ?? null,
      [id, selector],
      { timeout: 15_000 },
    ).then((h) => h.jsonValue());
  const windowOf = (id) =>
    page.waitForFunction(
      (id) => document.getElementById(id)?.shadowRoot?.querySelector("[data-part=forecast]")?.getAttribute("data-window") ?? null,
      id,
      { timeout: 15_000 },
    ).then((h) => h.jsonValue());
  assert.equal(await windowOf("plain"), "patch");
  assert.equal(await windowOf("cycle"), "upgrade");
  assert.match(await inside("cycle", "[data-part=forecast]"), /^Next window: Tue 20:00–05:00 \(in 8 (hours|hr\.)\), upgrade window$/);
  assert.match(await inside("bad-week", "[data-part=problem]"), /upgradeWeekOf/);
  assert.match(await inside("bad-stuck", "[data-part=problem]"), /stuckAfterHours/);
  assert.match(await inside("bad-stuck-text", "[data-part=problem]"), /stuckAfterHours/);
  // Changing an attribute draws the element again with the new reading.
  await page.evaluate(() => document.getElementById("cycle").removeAttribute("upgrade-week-of"));
  await waitFor(async () => (await windowOf("cycle")) === "patch", "the forecast follows the attribute");
  // The refused elements (Cust1004) asked nothing: only the good ones did.
  assert.deepEqual([...new Set((await api.log()).map((r) => r.ctx))], ["Cust1002"]);
  assert.deepEqual(problems, []);
  await context.close();
});
