// SuperOffice down for two minutes behind the shipped deploy/nginx/ config
// (Debian's real nginx, the built page on the same origin): 50 viewers keep
// asking, upstream is asked at most once per tenant per 15 s cache window,
// and every viewer keeps the last good answer, marked stale.
//
// First minute: each tenant fails its own way (503, 500, a reset
// connection, no answer within the fetcher's 8 s). Second minute: the
// upstream is gone (connection refused). The mock's own log judges the first
// minute; nginx's fetcher log (every attempt upstream, refused ones too)
// judges both.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { root, startMock, launch, waitBadge, STRICT_CSP, sleep } from "./harness.mjs";
import { startNginx } from "./nginx.mjs";

const VIEWERS = 50;
const WINDOW_MS = 15_000;
const FAILURES = { Cust5101: "503", Cust5102: "500", Cust5103: "reset", Cust5104: "timeout" };
const TENANTS = Object.keys(FAILURES);

let browser, api, proxy;
const contexts = [];
before(async () => {
  browser = await launch();
  api = await startMock({ validFor: 20 });
  proxy = await startNginx({ upstream: api.origin, docRoot: path.join(root, "dist"), csp: STRICT_CSP() });
});
after(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => {})));
  await browser?.close();
  await proxy?.stop();
  api?.stop();
});

const pageUrl = () => `${proxy.origin}/?env=sod&context=${TENANTS.join(",")}&base=${encodeURIComponent(`${proxy.origin}/so/sod`)}`;

/** Every badge of every viewer, as { ctx: [health, state, check] } per viewer. */
async function viewersSee(pages) {
  return Promise.all(
    pages.map((page) =>
      page.evaluate((ids) => {
        const out = {};
        for (const id of ids) {
          const el = document.querySelector(`[data-part=badge][data-context-id="${id}"]`);
          out[id] = el ? [el.getAttribute("data-health"), el.getAttribute("data-state"), el.getAttribute("data-check")] : null;
        }
        return out;
      }, TENANTS),
    ),
  );
}

/** Asserts that no two attempts for one tenant share a cache window; returns the counts. */
function onePerWindow(attempts, what) {
  const counts = {};
  for (const ctx of TENANTS) {
    const times = attempts.filter((a) => a.ctx === ctx).map((a) => a.t).sort((a, b) => a - b);
    counts[ctx] = times.length;
    for (let i = 1; i < times.length; i++) {
      assert.ok(times[i] - times[i - 1] >= WINDOW_MS - 1000, `${what}: ${ctx} asked ${times[i] - times[i - 1]} ms after the previous attempt`);
    }
  }
  return counts;
}

test("50 viewers through a 2-minute outage: at most one upstream request per tenant per window, and every viewer keeps the last good answer, marked stale", async () => {
  // The viewers open (ten at a time, so that 2 cores start them in
  // reasonable time) and all see every tenant running.
  const pages = [];
  for (let batch = 0; batch < VIEWERS; batch += 10) {
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        const context = await browser.newContext();
        contexts.push(context);
        const page = await context.newPage();
        pages.push(page);
        await page.goto(pageUrl());
        for (const ctx of TENANTS) await waitBadge(page, ctx, { "data-check": "fresh", "data-health": "ok" }, 30000);
      }),
    );
  }

  // The outage, first minute: each tenant fails its own way.
  const started = Date.now();
  for (const [ctx, failure] of Object.entries(FAILURES)) await api.scenario(ctx, failure);
  const sample = async (label) => {
    const seen = await viewersSee(pages);
    seen.forEach((badges, i) => {
      for (const ctx of TENANTS) {
        const [health, state] = badges[ctx] ?? [];
        assert.equal(health, "ok", `${label}: viewer ${i} shows ${ctx} as ${JSON.stringify(badges[ctx])}`);
        assert.equal(state, "Running", `${label}: viewer ${i} shows ${ctx} as ${JSON.stringify(badges[ctx])}`);
      }
    });
  };
  for (const at of [20_000, 40_000, 60_000]) {
    await sleep(started + at - Date.now());
    await sample(`${at / 1000} s into the outage`);
  }
  const firstMinute = (await api.log()).filter((r) => TENANTS.includes(r.ctx) && r.t >= started);

  // Second minute: the upstream is gone, connections are refused.
  api.stop();
  api = null;
  for (const at of [80_000, 100_000, 120_000]) {
    await sleep(started + at - Date.now());
    await sample(`${at / 1000} s into the outage`);
  }
  const ended = Date.now();

  // Every viewer still has the last good answer, and says it is stale.
  const seen = await viewersSee(pages);
  seen.forEach((badges, i) => {
    for (const ctx of TENANTS) assert.deepEqual(badges[ctx], ["ok", "Running", "stale"], `viewer ${i}, ${ctx} after the outage`);
  });

  // What the viewers asked, and what reached upstream.
  const inOutage = (l) => l.t >= started && l.t <= ended && TENANTS.some((ctx) => l.uri.endsWith(`/${ctx}`));
  const asked = proxy.log().filter(inOutage);
  const attempts = proxy
    .log({ fetcher: true })
    .filter(inOutage)
    .filter((l) => l.upstream !== "-") // served from the fetcher's memory without asking: none expected
    .map((l) => ({ ctx: l.uri.split("/").pop(), t: l.t, status: l.status, cache: l.cache }));
  const mockCounts = onePerWindow(firstMinute.map((r) => ({ ctx: r.ctx, t: r.t })), "upstream (mock log, first minute)");
  const fetcherCounts = onePerWindow(attempts, "upstream (nginx fetcher log, both minutes)");
  const windows = Math.ceil((ended - started) / WINDOW_MS) + 1;
  for (const ctx of TENANTS) assert.ok(fetcherCounts[ctx] <= windows, `${ctx}: ${fetcherCounts[ctx]} attempts in ${windows} windows`);
  // The fetcher served the last good copy for every failed attempt.
  for (const a of attempts) assert.equal(a.status, 200, `${a.ctx} at ${a.t - started} ms: ${a.status} (${a.cache})`);
  const total = Object.values(fetcherCounts).reduce((a, b) => a + b, 0);
  assert.ok(asked.length >= VIEWERS * TENANTS.length, `only ${asked.length} viewer requests during the outage`);
  console.log(
    `# outage ${((ended - started) / 1000).toFixed(0)} s: ${asked.length} viewer requests, ${total} upstream attempts ` +
      `(${JSON.stringify(fetcherCounts)}; mock saw ${JSON.stringify(mockCounts)} in the first minute), ${windows} windows`,
  );
});
