// One poller for every open tab (issue #15): eight tabs of the page, fifty
// tenants each (225 in all, overlapping), in one browser profile. One tab
// holds the Web Lock and asks; the others render its answers over a
// BroadcastChannel and make no request. When it closes, another tab takes
// over. Counted at the real mock state API and per tab in the browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSites, waitFor, sleep } from "./harness.mjs";

let browser, api, site, pageSite;
useSites((s) => ({ browser, api, site, pageSite } = s));

const VALID_FOR_MS = 20_000; // the mock's ValidUntil window (harness default)
// After a good answer the next check is at ValidUntil ±10 %, never sooner.
const MIN_INTERVAL_MS = VALID_FOR_MS * 0.9;

const fresh = (page) => page.$$eval("[data-part=badge][data-check=fresh]", (els) => els.length);

test("8 tabs × 50 tenants: one request per tenant per ValidUntil window, from one tab; closing it hands over", { timeout: 180_000 }, async () => {
  await api.reset();
  const context = await browser.newContext();
  const tabs = [];
  const start = Date.now();
  for (let i = 0; i < 8; i++) {
    const ids = Array.from({ length: 50 }, (_, k) => `Cust${3000 + i * 25 + k}`);
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => r.url().startsWith(api.origin) && requests.push(r.url()));
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${pageSite.origin}/?env=sod&context=${ids.join(",")}&base=${encodeURIComponent(api.origin)}&layout=table`);
    tabs.push({ page, ids, requests, errors });
  }
  const union = new Set(tabs.flatMap((t) => t.ids));
  assert.equal(union.size, 225);
  for (const [i, t] of tabs.entries()) {
    await waitFor(async () => (await fresh(t.page)) === 50, `tab ${i}: every badge fresh`, 30_000);
  }
  // Then one whole ValidUntil window, counted on its own: every tenant is
  // asked once in it (eight tabs polling each for itself would make 400).
  const windowStart = (await api.log()).length;
  await sleep(VALID_FOR_MS);
  const inWindow = (await api.log()).length - windowStart;
  // Checks are spread ±10 % around ValidUntil, so one window holds between
  // 225 × 20/22 and 225 × 20/18 of them on average, give or take the luck of
  // where the window falls; eight tabs each asking for itself would make 400.
  assert.ok(inWindow >= 150 && inWindow <= 250, `about one request per tenant in a window: ${inWindow}`);
  await sleep(6_000);
  const elapsed = Date.now() - start;
  const perTenant = new Map();
  for (const r of await api.log()) perTenant.set(r.ctx, [...(perTenant.get(r.ctx) ?? []), r.t]);
  const allowed = 1 + Math.floor(elapsed / MIN_INTERVAL_MS);
  for (const ctx of union) {
    const n = perTenant.get(ctx)?.length ?? 0;
    assert.ok(n >= 1 && n <= allowed, `${ctx}: ${n} requests in ${elapsed} ms (at most ${allowed})`);
  }
  // The figure: requests per tenant per ValidUntil window, from the mean
  // time between two checks of the same tenant (1.0 is one per window).
  const gaps = [...perTenant.values()].flatMap((ts) => ts.slice(1).map((t, i) => t - ts[i]));
  const perWindow = VALID_FOR_MS / (gaps.reduce((a, b) => a + b, 0) / gaps.length);
  console.log(`requests_per_window_8_tabs: ${perWindow.toFixed(3)} (${inWindow} requests in one window for 225 tenants in 8 tabs of 50)`);
  assert.ok(perWindow > 0.8 && perWindow < 1.12, `one request per tenant per window: ${perWindow}`);
  assert.ok(Math.min(...gaps) >= MIN_INTERVAL_MS - 1_000, `no tenant asked twice within a window: ${Math.min(...gaps)} ms`);
  const asking = tabs.filter((t) => t.requests.length > 0);
  assert.equal(asking.length, 1, `one tab asks: ${tabs.map((t) => t.requests.length)}`);

  // The leader goes: another tab takes over and the checks go on.
  const leader = asking[0];
  await leader.page.close();
  const rest = tabs.filter((t) => t !== leader);
  const before = rest.map((t) => t.requests.length);
  await waitFor(() => rest.some((t, i) => t.requests.length > before[i]), "another tab asks", VALID_FOR_MS + 8_000);
  // A tenant changes, and a following tab's refresh reaches it through the
  // new leader.
  const newLeader = rest.find((t, i) => t.requests.length > before[i]);
  const follower = rest.find((t) => t !== newLeader);
  const ctx = follower.ids[0];
  await api.scenario(ctx, "Suspended");
  const followerAsked = follower.requests.length;
  await follower.page.click(`[data-part=badge][data-context-id=${ctx}] [data-part=expand]`);
  await follower.page.click(`[data-part=detail] [data-part=refresh]`);
  await waitFor(
    async () => (await follower.page.getAttribute(`tr[data-part=badge][data-context-id=${ctx}]`, "data-state")) === "Suspended",
    "the follower shows the new state",
    10_000,
  );
  assert.equal(follower.requests.length, followerAsked, "the follower still asked nothing itself");
  assert.equal(rest.filter((t) => t.requests.length > before[rest.indexOf(t)]).length, 1, "one tab asks");
  for (const t of tabs) assert.deepEqual(t.errors, []);
  await context.close();
});

/** A tab whose visibility the test sets (`window.__hidden`), as a user switching tabs would. */
async function tab(context, url, hidden) {
  const page = await context.newPage();
  await page.addInitScript((hidden) => {
    window.__hidden = hidden;
    Object.defineProperty(document, "hidden", { get: () => window.__hidden, configurable: true });
    Object.defineProperty(document, "visibilityState", { get: () => (window.__hidden ? "hidden" : "visible"), configurable: true });
  }, hidden);
  const requests = [];
  page.on("request", (r) => r.url().startsWith(api.origin) && requests.push(r.url()));
  await page.goto(url);
  return { page, requests };
}

const hide = (page, hidden) =>
  page.evaluate((hidden) => {
    window.__hidden = hidden;
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);

test("a hidden leading tab checks while another tab is visible, and nothing is asked once every tab is hidden", { timeout: 90_000 }, async () => {
  await api.reset();
  const context = await browser.newContext();
  const ids = ["Cust4001", "Cust4002", "Cust4003"];
  const url = `${pageSite.origin}/?env=sod&context=${ids.join(",")}&base=${encodeURIComponent(api.origin)}`;
  // The first tab leads, and is in the background: alone, it asks nothing.
  const leader = await tab(context, url, true);
  await leader.page.waitForSelector("[data-part=badge][data-check=loading]");
  await sleep(3_000);
  assert.deepEqual(await api.log(), [], "a hidden tab alone asks nothing");
  // A visible tab opens: the hidden leader checks for it, and it asks nothing itself.
  const viewer = await tab(context, url, false);
  await waitFor(async () => (await fresh(viewer.page)) === 3, "the visible tab's badges turn fresh", 15_000);
  assert.deepEqual(viewer.requests, [], "the visible tab follows");
  assert.equal(leader.requests.length, 3, "the hidden leading tab asked once per tenant");
  // Every tab hidden: no more checks, even past ValidUntil.
  await hide(viewer.page, true);
  await sleep(1_000);
  const asked = (await api.log()).length;
  await sleep(VALID_FOR_MS + 4_000);
  assert.equal((await api.log()).length, asked, "nothing asked while every tab is hidden");
  // Shown again: what has come due is checked at once.
  await hide(viewer.page, false);
  await waitFor(async () => (await api.log()).length >= asked + 3, "checks resume when a tab is shown", 8_000);
  assert.deepEqual(viewer.requests, [], "still only the leading tab asks");
  await context.close();
});

test("mount() in two tabs of a partner portal: schedulerStats() names the leader, the follower's badge is fresh without a request of its own", { timeout: 60_000 }, async () => {
  await api.reset();
  const context = await browser.newContext();
  const open = async () => {
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => r.url().startsWith(api.origin) && requests.push(r.url()));
    await page.goto(`${site.origin}/tests/e2e/host.html`);
    await page.waitForFunction(() => window.hostReady === true);
    await page.evaluate((base) => window.sots.mount(document.getElementById("a"), { contextId: "Cust4101", env: "sod", baseUrl: base }), api.origin);
    await page.waitForSelector("[data-part=badge][data-context-id=Cust4101][data-check=fresh]", { timeout: 15_000 });
    return { page, requests };
  };
  const first = await open();
  const second = await open();
  const role = (t) => t.page.evaluate(() => window.sots.schedulerStats().tab);
  assert.equal(await role(first), "leader");
  assert.equal(await role(second), "follower");
  assert.equal(first.requests.length, 1);
  assert.deepEqual(second.requests, [], "the follower's badge came from the leader's answer");
  await first.page.close();
  await waitFor(async () => (await role(second)) === "leader", "the second tab takes the lead", 5_000);
  await context.close();
});

for (const [missing, script] of [
  ["Web Locks", () => Object.defineProperty(Navigator.prototype, "locks", { get: () => undefined, configurable: true })],
  ["BroadcastChannel", () => { delete window.BroadcastChannel; }],
]) {
  test(`without ${missing} every tab polls for itself, as before`, { timeout: 60_000 }, async () => {
    await api.reset();
    const context = await browser.newContext();
    await context.addInitScript(script);
    const open = async () => {
      const page = await context.newPage();
      const requests = [];
      page.on("request", (r) => r.url().startsWith(api.origin) && requests.push(r.url()));
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${site.origin}/tests/e2e/host.html`);
      await page.waitForFunction(() => window.hostReady === true);
      await page.evaluate((base) => window.sots.mount(document.getElementById("a"), { contextId: "Cust4201", env: "sod", baseUrl: base }), api.origin);
      await page.waitForSelector("[data-part=badge][data-context-id=Cust4201][data-check=fresh]", { timeout: 15_000 });
      return { page, requests, errors };
    };
    try {
      const first = await open();
      const second = await open();
      for (const t of [first, second]) {
        assert.equal(await t.page.evaluate(() => window.sots.schedulerStats().tab), "alone");
        assert.equal(t.requests.length, 1, "each tab asked for its own tenant");
        assert.deepEqual(t.errors, []);
      }
      assert.equal((await api.log()).filter((r) => r.ctx === "Cust4201").length, 2);
    } finally {
      await context.close();
    }
  });
}
