// The fault matrix: one case per fault the state API, the network or the
// page's life can throw at a badge. Each asserts four things:
//   1. the right check outcome is shown, never a tenant state;
//   2. no unhandled rejection and no page error;
//   3. recovery by itself once the fault clears (no click);
//   4. the right number of requests at the mock.
// The page's clock is Playwright's fake clock, held still: backoff,
// Retry-After and hidden time pass only when a case says so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMock, launch, readBadge, waitBadge, STRICT_CSP, sleep } from "./harness.mjs";

let browser, site, api, host;
before(async () => {
  browser = await launch();
  api = await startMock();
  site = await startMock({ staticDir: "dist", csp: STRICT_CSP(api.origin) });
  host = await startMock({ staticDir: ".", csp: STRICT_CSP(api.origin) });
});
after(async () => {
  await browser?.close();
  site?.stop();
  host?.stop();
  api?.stop();
});

const pageUrl = (ctx) => `${site.origin}/?env=sod&context=${ctx}&base=${encodeURIComponent(api.origin)}`;
const count = async (ctx) => (await api.log()).filter((r) => r.ctx === ctx).length;

/** Waits (real time) until the mock has seen `n` requests for `ctx`, then a little longer to catch extras. */
async function expectCount(ctx, n, why) {
  for (let i = 0; i < 100 && (await count(ctx)) < n; i++) await sleep(50);
  await sleep(300);
  assert.equal(await count(ctx), n, `${ctx}: ${n} requests ${why}`);
}

/** A context on the fake clock, trapping unhandled rejections and page errors. */
async function open(url) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__rejections = [];
    addEventListener("unhandledrejection", (e) => window.__rejections.push(String(e.reason)));
  });
  await context.clock.install();
  await context.clock.pauseAt(Date.now() + 1000);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  const clean = async () => {
    assert.deepEqual(errors, [], "no page error");
    assert.deepEqual(await page.evaluate(() => window.__rejections), [], "no unhandled rejection");
  };
  return { page, context, clean, run: (ms) => context.clock.runFor(ms) };
}

/** Shows the fault's outcome (never a state), then clears it and waits for recovery with no click. */
async function fault({ ctx, scenario, kind, words, requests, clearAfterMs, recoverWithinMs, answerAfterMs }) {
  await api.reset();
  await api.scenario(ctx, scenario);
  const { page, context, clean, run } = await open(pageUrl(ctx));
  if (answerAfterMs) {
    // The request has started; its timeout runs on the page's (fake) clock.
    await expectCount(ctx, 1, "the request started");
    await run(answerAfterMs);
  }
  await waitBadge(page, ctx, { "data-check": "error" }, 20000);
  const b = await readBadge(page, ctx);
  assert.equal(b.error, kind, `${ctx}: outcome`);
  assert.match(b.problem, words);
  assert.equal(b.state, null, "a failed check shows no tenant state");
  assert.equal(b.health, null, "a failed check shows no health");
  await expectCount(ctx, requests, "for the fault");
  if (clearAfterMs) {
    // Still inside the wait the answer asked for: nothing is asked.
    await run(clearAfterMs);
    await expectCount(ctx, requests, "while the fault's wait runs");
  }
  await api.scenario(ctx, "Running");
  // The answer's ValidUntil counts from the page's clock, however far the case moved it.
  await api.clock(await page.evaluate(() => Date.now()));
  await run(recoverWithinMs);
  await waitBadge(page, ctx, { "data-check": "fresh", "data-health": "ok", "data-state": "Running" });
  await expectCount(ctx, requests + 1, "after recovery");
  // Recovered: the next check waits for ValidUntil (20 s, never below 15 s).
  await run(12_000);
  await expectCount(ctx, requests + 1, "once recovered");
  await clean();
  await context.close();
}

test("404: not found, asked again on the backoff, recovers", () =>
  fault({ ctx: "Cust4040", scenario: "404", kind: "not-found", words: /does not know this tenant \(404\)/, requests: 1, recoverWithinMs: 2_000 }));

// Chromium itself repeats a request answered 421 once, on a fresh connection
// (its answer to connection coalescing), so the page's two checks reach the
// mock as four requests.
test("421 twice, then OK: one immediate re-check, then the backoff", () =>
  fault({ ctx: "Cust4210", scenario: "421", kind: "misdirected", words: /421/, requests: 4, recoverWithinMs: 2_000 }));

test("429 with Retry-After: 30 s is honoured to the second", () =>
  fault({ ctx: "Cust4290", scenario: "429", kind: "rate-limited", words: /slow down \(429\)/, requests: 1, clearAfterMs: 29_000, recoverWithinMs: 1_100 }));

test("429 with Retry-After: 3600 is capped at 5 minutes", () =>
  fault({ ctx: "Cust4291", scenario: "429-after-3600", kind: "rate-limited", words: /429/, requests: 1, clearAfterMs: 298_000, recoverWithinMs: 2_100 }));

test("500: a server error, recovers on the backoff", () =>
  fault({ ctx: "Cust5000", scenario: "500", kind: "server", words: /error \(500\)/, requests: 1, recoverWithinMs: 2_000 }));

test("503 with Retry-After: 20 s is honoured", () =>
  fault({ ctx: "Cust5030", scenario: "503-after-20", kind: "server", words: /error \(503\)/, requests: 1, clearAfterMs: 19_000, recoverWithinMs: 1_100 }));

test("slow beyond the timeout: timed out, then recovers", () =>
  fault({ ctx: "Cust7002", scenario: "timeout", kind: "timeout", words: /did not answer in time/, requests: 1, answerAfterMs: 10_000, recoverWithinMs: 2_000 }));

test("connection reset: unreachable, then recovers", () =>
  fault({ ctx: "Cust7006", scenario: "reset", kind: "network", words: /Could not reach/, requests: 1, recoverWithinMs: 2_000 }));

test("truncated JSON: an unusable answer, then recovers", () =>
  fault({ ctx: "Cust7003", scenario: "truncated", kind: "invalid-payload", words: /not with a usable state/, requests: 1, recoverWithinMs: 2_000 }));

test("an HTML error page with 200: an unusable answer, then recovers", () =>
  fault({ ctx: "Cust7004", scenario: "html", kind: "invalid-payload", words: /not with a usable state/, requests: 1, recoverWithinMs: 2_000 }));

test("an empty 200: an unusable answer, then recovers", () =>
  fault({ ctx: "Cust7007", scenario: "empty", kind: "invalid-payload", words: /not with a usable state/, requests: 1, recoverWithinMs: 2_000 }));

test("no CORS header: unreachable (the answer is blocked), then recovers", () =>
  fault({ ctx: "Cust7005", scenario: "nocors", kind: "network", words: /CORS/, requests: 1, recoverWithinMs: 2_000 }));

test("offline, then back online: re-checked when `online` fires, without waiting out the backoff", async () => {
  await api.reset();
  const { page, context, clean, run } = await open(pageUrl("Cust1002"));
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
  await expectCount("Cust1002", 1, "while online");
  await context.setOffline(true);
  await run(25_000); // past ValidUntil: the check fails offline
  await waitBadge(page, "Cust1002", { "data-check": "stale" });
  const b = await readBadge(page, "Cust1002");
  assert.equal(b.error, "network");
  assert.match(b.stale, /Last known state/);
  // Several failures: the backoff has grown past what the test waits.
  await run(2_000);
  await run(4_000);
  await run(8_000);
  await expectCount("Cust1002", 1, "offline: nothing reaches the API");
  await context.setOffline(false);
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
  await expectCount("Cust1002", 2, "back online: one check at once");
  await clean();
  await context.close();
});

test("unmount in the middle of a request: aborted quietly, nothing more asked", async () => {
  await api.reset();
  const { page, context, clean, run } = await open(`${host.origin}/tests/e2e/host.html`);
  await page.waitForFunction(() => window.hostReady === true);
  await page.evaluate((base) => {
    window.h = window.sots.mount(document.getElementById("a"), { contextId: "Cust7001", env: "sod", baseUrl: base });
  }, api.origin);
  await waitBadge(page, "Cust7001", { "data-check": "loading" });
  await expectCount("Cust7001", 1, "the slow request started");
  await page.evaluate(() => window.h.unmount());
  assert.equal(await page.evaluate(() => document.getElementById("a").children.length), 0);
  await sleep(2_500); // the slow answer (2 s) would have come by now
  await run(60_000);
  await expectCount("Cust7001", 1, "after unmount");
  await clean();
  await context.close();
});

test("a tab hidden for 10 minutes, then shown: one re-check at once, not a burst", async () => {
  await api.reset();
  const { page, context, clean, run } = await open(pageUrl("Cust1002"));
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
  await expectCount("Cust1002", 1, "the first answer");
  const setHidden = (hidden) =>
    page.evaluate((hidden) => {
      Object.defineProperty(document, "hidden", { get: () => hidden, configurable: true });
      Object.defineProperty(document, "visibilityState", { get: () => (hidden ? "hidden" : "visible"), configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  await setHidden(true);
  await run(600_000);
  await expectCount("Cust1002", 1, "while hidden");
  await api.clock(await page.evaluate(() => Date.now()));
  await setHidden(false);
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
  await expectCount("Cust1002", 2, "on being shown: exactly one");
  await run(12_000);
  await expectCount("Cust1002", 2, "and no burst after it");
  await clean();
  await context.close();
});
