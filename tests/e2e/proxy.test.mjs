// The production path: the shipped deploy/nginx/ config in Debian's real
// nginx, in front of the mock state API, serving the built page (dist/) on
// the same origin. The mock's request log is the judge of what reached
// upstream.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { root, startMock, launch, waitBadge, readBadge, STRICT_CSP, sleep } from "./harness.mjs";
import { startNginx, checkShipped } from "./nginx.mjs";

const PARTNER = "https://portal.example.com";
let browser, api, proxy;
before(async () => {
  browser = await launch();
  api = await startMock({ validFor: 20 });
  proxy = await startNginx({ upstream: api.origin, docRoot: path.join(root, "dist"), csp: STRICT_CSP(), corsOrigin: PARTNER });
});
after(async () => {
  await browser?.close();
  await proxy?.stop();
  api?.stop();
});

const upstreamFor = async (ctxs) => (await api.log()).filter((r) => ctxs.includes(r.ctx));
const pageUrl = (ctxs) => `${proxy.origin}/?env=sod&context=${ctxs.join(",")}&base=${encodeURIComponent(`${proxy.origin}/so/sod`)}`;

/** A raw request (any method, any header), answered with { status, headers, body }. */
function request(pathname, { method = "GET", headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${proxy.origin}${pathname}`, { method, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("nginx -t passes on the shipped config, as shipped and as rendered for loopback", (t) => {
  assert.ok(proxy.configTest.ok, proxy.configTest.output);
  if (process.getuid?.() !== 0) {
    t.skip("the config as shipped keeps its cache under /var/cache/nginx: nginx -t needs root for that");
    return;
  }
  const shipped = checkShipped();
  assert.ok(shipped.ok, shipped.output);
});

test("50 viewers of the same 20 tenants make at most one upstream request per tenant per cache window", async () => {
  await api.reset();
  const tenants = Array.from({ length: 20 }, (_, i) => `Cust${2001 + i}`);
  const viewers = 50;
  const statuses = () => {
    const h = {};
    for (const l of proxy.log().filter((l) => l.uri.startsWith("/so/sod/api/state/Cust2"))) h[l.status] = (h[l.status] ?? 0) + 1;
    return JSON.stringify(h);
  };
  // Ten viewers at a time, each batch closed once all its badges are fresh:
  // all 50 kept open refresh 1,000 badges from one address, ~60 requests a
  // second, twice the shipped per-address rate limit (30 r/s, see
  // deploy/nginx), and on a slow machine the burst allowance runs out before
  // the last batch is fresh. The limit is tested on its own below.
  for (let batch = 0; batch < viewers; batch += 10) {
    const contexts = [];
    try {
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          const context = await browser.newContext();
          contexts.push(context);
          const page = await context.newPage();
          await page.goto(pageUrl(tenants));
          for (const ctx of tenants) {
            await waitBadge(page, ctx, { "data-check": "fresh", "data-health": "ok" }, 30000).catch((e) => {
              throw new Error(`${e.message}; proxy answers so far by status: ${statuses()}`);
            });
          }
        }),
      );
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  }
  const pageRequests = proxy.log().filter((l) => l.uri.startsWith("/so/sod/api/state/Cust2"));
  assert.ok(pageRequests.length >= viewers * tenants.length, `${pageRequests.length} page requests (by status: ${statuses()})`);
  const upstream = await upstreamFor(tenants);
  for (const ctx of tenants) {
    const times = upstream.filter((r) => r.ctx === ctx).map((r) => r.t).sort((a, b) => a - b);
    assert.ok(times.length >= 1, `${ctx} reached upstream`);
    // The cache holds an answer for 15 s: a second upstream request for the
    // same tenant belongs to a later window.
    for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] >= 14000, `${ctx}: upstream requests ${times[i] - times[i - 1]} ms apart`);
  }
  const spanMs = Math.max(...upstream.map((r) => r.t)) - Math.min(...upstream.map((r) => r.t));
  const windows = Math.floor(spanMs / 15000) + 1;
  assert.ok(upstream.length <= tenants.length * windows, `${upstream.length} upstream requests in ${windows} window(s) for ${pageRequests.length} page requests`);
});

test("invalid ids, other paths and other methods never reach upstream", async () => {
  await api.reset();
  const refused = [
    ["/so/sod/api/state/Cust%2e%2e", 404],
    ["/so/sod/api/state/cust1", 404],
    ["/so/sod/api/state/Cust12345678901", 404],
    ["/so/sod/api/state/Cust1/x", 404],
    ["/so/sod/api/state/1", 404],
    ["/so/prod/api/state/Cust1", 404],
    ["/so/stage/api/state/Cust1", 404],
    ["/so/sod/api/version", 404],
    ["/so/sod/", 404],
    ["/so/", 404],
  ];
  for (const [pathname, status] of refused) assert.equal((await request(pathname)).status, status, pathname);
  for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"]) {
    assert.equal((await request("/so/sod/api/state/Cust1", { method })).status, 405, method);
  }
  assert.deepEqual(await api.log(), []);
  // A valid lookup does reach it, once, and comes back without upstream's cookies or CORS.
  const ok = await request("/so/sod/api/state/Cust1002");
  assert.equal(ok.status, 200);
  assert.equal(ok.headers["x-cache-status"], "MISS");
  assert.equal(ok.headers["set-cookie"], undefined);
  assert.equal(ok.headers["access-control-allow-origin"], undefined, "same origin: no CORS header");
  assert.equal((await request("/so/sod/api/state/Cust1002")).headers["x-cache-status"], "HIT");
  assert.deepEqual((await api.log()).map((r) => r.ctx), ["Cust1002"]);
  // HEAD is a lookup too; a 404 (unknown tenant) is cached like a 200.
  assert.equal((await request("/so/sod/api/state/Cust1002", { method: "HEAD" })).status, 200);
  assert.equal((await request("/so/sod/api/state/Cust4040")).headers["x-cache-status"], "MISS");
  const again = await request("/so/sod/api/state/Cust4040");
  assert.equal(again.status, 404);
  assert.equal(again.headers["x-cache-status"], "HIT");
  assert.deepEqual((await api.log()).map((r) => r.ctx), ["Cust1002", "Cust4040"]);
});

test("CORS is granted to the one named partner origin only, never to any origin", async () => {
  const named = await request("/so/online/api/state/Cust1002", { headers: { Origin: PARTNER } });
  assert.equal(named.headers["access-control-allow-origin"], PARTNER);
  assert.equal(named.headers["access-control-allow-credentials"], undefined);
  const other = await request("/so/online/api/state/Cust1002", { headers: { Origin: "https://evil.example" } });
  assert.equal(other.headers["access-control-allow-origin"], undefined);
});

test("an upstream 503 while a copy is cached serves the last good copy: the widget shows the last state, stale once its ValidUntil has passed", async () => {
  await api.reset();
  const ctx = "Cust3001";
  assert.equal((await request(`/so/sod/api/state/${ctx}`)).headers["x-origin-status"], "UPSTREAM");
  await api.scenario(ctx, "503");
  // Wait for the gate's copy to expire (15 s): the fetcher then asks
  // upstream, gets 503, and answers with the last good copy.
  let last;
  for (let i = 0; i < 60; i++) {
    last = await request(`/so/sod/api/state/${ctx}`);
    if (last.headers["x-origin-status"] === "LAST-GOOD" && (await upstreamFor([ctx])).length >= 2) break;
    await sleep(500);
  }
  assert.equal(last.status, 200);
  assert.equal(last.headers["x-origin-status"], "LAST-GOOD");
  assert.equal(JSON.parse(last.body).State, "Running");
  // The viewer's clock two minutes on: the copy's ValidUntil is long past.
  const context = await browser.newContext();
  await context.clock.install({ time: Date.now() + 120_000 });
  const page = await context.newPage();
  await page.goto(pageUrl([ctx]));
  await waitBadge(page, ctx, { "data-health": "ok", "data-state": "Running" });
  const badge = await readBadge(page, ctx);
  assert.equal(badge.check, "stale");
  assert.equal(badge.error, null, "a cached answer is not an error");
  await context.close();
});

test("upstream gets only the request and our User-Agent: nothing of the viewer's, from a raw client or from a page", async () => {
  await api.reset();
  const viewer = {
    Referer: "https://portal.example/admin/tenants?env=sod&context=Cust3101&session=s3cr3t",
    Cookie: "portal_session=s3cr3t",
    Authorization: "Bearer s3cr3t",
    "Proxy-Authorization": "Basic czNjcjN0",
    "X-Api-Key": "s3cr3t",
    "X-Forwarded-For": "203.0.113.9",
    "X-Forwarded-Host": "portal.example",
    "X-Forwarded-Proto": "https",
    Forwarded: "for=203.0.113.9",
    "X-Real-IP": "203.0.113.9",
    "User-Agent": "Viewer-Browser/1.0",
    "Accept-Language": "nb-NO",
    Origin: PARTNER,
  };
  assert.equal((await request("/so/sod/api/state/Cust3101", { headers: viewer })).status, 200);
  // And from the real page, whose Referer carries the portal's query.
  const context = await browser.newContext({ userAgent: "Viewer-Browser/2.0" });
  await context.setExtraHTTPHeaders({ "X-Api-Key": "s3cr3t", Authorization: "Bearer s3cr3t" });
  const page = await context.newPage();
  await page.goto(`${pageUrl(["Cust3102"])}&portal_session=s3cr3t`);
  await waitBadge(page, "Cust3102", { "data-check": "fresh" });
  await context.close();
  const seen = await upstreamFor(["Cust3101", "Cust3102"]);
  assert.deepEqual(seen.map((r) => r.ctx).sort(), ["Cust3101", "Cust3102"]);
  for (const r of seen) {
    const names = Object.keys(r.headers).sort();
    console.log(`# headers upstream for ${r.ctx}: ${names.map((n) => `${n}: ${r.headers[n]}`).join("; ")}`);
    assert.deepEqual(names, ["accept", "connection", "host", "user-agent"], `${r.ctx}: ${JSON.stringify(r.headers)}`);
    assert.equal(r.headers["user-agent"], "so-tenant-status-proxy/1 (nginx)");
    assert.equal(r.headers.accept, "application/json");
    assert.doesNotMatch(JSON.stringify(r.headers), /s3cr3t|203\.0\.113|Viewer-Browser|portal\.example/);
  }
});

test("an upstream 421 and 429 pass through uncached; the 429 reaches the widget as rate limited", async () => {
  await api.reset();
  for (let i = 0; i < 2; i++) {
    const r = await request("/so/sod/api/state/Cust4210");
    assert.equal(r.status, 421);
    assert.equal(r.headers["x-cache-status"], "MISS");
  }
  assert.equal((await upstreamFor(["Cust4210"])).length, 2);
  const ctx = "Cust4290";
  for (let i = 0; i < 2; i++) {
    const r = await request(`/so/sod/api/state/${ctx}`);
    assert.equal(r.status, 429);
    assert.equal(r.headers["retry-after"], "30");
    assert.equal(r.headers["x-cache-status"], "MISS");
  }
  assert.equal((await upstreamFor([ctx])).length, 2, "both reached upstream");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl([ctx]));
  await waitBadge(page, ctx, { "data-check": "error" });
  assert.equal((await readBadge(page, ctx)).error, "rate-limited");
  assert.equal((await upstreamFor([ctx])).length, 3);
  await context.close();
});

test("the per-address rate limit lets a burst of 1,000 through at once, then answers 429 without asking upstream", async () => {
  // Its own nginx: the limiter's memory of earlier tests must not count here.
  const own = await startNginx({ upstream: api.origin });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  try {
    await api.reset();
    const get = () =>
      new Promise((resolve, reject) => {
        http.get(`${own.origin}/so/sod/api/state/Cust1002`, { agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode));
        }).on("error", reject);
      });
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: 1300 }, get));
    const seconds = (Date.now() - started) / 1000;
    const count = (s) => statuses.filter((x) => x === s).length;
    const tally = `${count(200)} × 200, ${count(429)} × 429 in ${seconds.toFixed(2)} s`;
    assert.equal(count(200) + count(429), statuses.length, tally);
    // 1 + burst (1,000) at once, plus what 30 r/s refills while they run.
    assert.ok(count(200) >= 1001, tally);
    assert.ok(count(200) <= 1001 + Math.ceil(seconds * 30) + 1, tally);
    assert.ok(count(429) >= 1, tally);
    assert.deepEqual((await api.log()).map((r) => r.ctx), ["Cust1002"], "one upstream request: the rest were cached or refused");
  } finally {
    agent.destroy();
    await own.stop();
  }
});
