// make soak: n tenants (default 1,000) on one page for a simulated day on
// Playwright's fake clock, against the real mock state API.
//
//   node benches/soak.mjs [--tenants 1000] [--hours 24] [--valid-for 300]
//                         [--step 5] [--surface board|mounts] [--warmup 2]
//
// The page's clock moves `--step` seconds at a time; between steps the real
// requests run to the end while the fake clock stands still, and the mock's
// `ValidUntil` counts from the page's clock. It prints, and writes to
// target/soak/summary.json:
// - requests against the schedule: every gap between two checks of a tenant
//   must lie within the core's policy (ValidUntil ±10 % jitter, clamped to
//   15 s..5 min, plus one step), and the total within what those bounds allow;
// - the most requests ever in flight (at window.fetch and in the scheduler);
// - JS heap (after a forced GC) plus wasm memory each simulated hour, and its
//   growth per hour after the warm-up (least-squares slope over the mean);
// - how many badges end fresh.
// It exits 1 when a bound is broken: at most 6 in flight, growth < 1 %/h,
// every gap within the policy, every badge fresh.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root, startMock, launch } from "../tests/e2e/harness.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const TENANTS = Number(arg("tenants", 1000));
const HOURS = Number(arg("hours", 24));
const VALID_FOR_S = Number(arg("valid-for", 300));
const STEP_MS = Number(arg("step", 5)) * 1000;
const SURFACE = arg("surface", "board");
const WARMUP_H = Number(arg("warmup", 2));
// The core's policy (crates/core/src/schedule.rs).
const MIN_INTERVAL_MS = 15_000;
const MAX_INTERVAL_MS = 300_000;
const JITTER = 0.1;
const MAX_IN_FLIGHT = 6;
const HOUR = 3_600_000;

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const gapLo = clamp(VALID_FOR_S * 1000 * (1 - JITTER), MIN_INTERVAL_MS, MAX_INTERVAL_MS);
const gapHi = clamp(VALID_FOR_S * 1000 * (1 + JITTER), MIN_INTERVAL_MS, MAX_INTERVAL_MS) + STEP_MS;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const mib = (b) => (b / 1048576).toFixed(2);

const api = await startMock({ staticDir: ".", validFor: VALID_FOR_S });
const browser = await launch();
const context = await browser.newContext();
const problems = [];
await context.addInitScript(() => addEventListener("unhandledrejection", (e) => console.error(`unhandled rejection: ${e.reason}`)));
await context.clock.install();
await context.clock.pauseAt(Date.parse("2026-12-01T00:00:00Z"));
const page = await context.newPage();
page.on("pageerror", (e) => problems.push(e.message));
page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
const cdp = await context.newCDPSession(page);

const pageNow = () => page.evaluate(() => Date.now());
const start = await pageNow();
await api.clock(start);
const started = performance.now();
await page.goto(`${api.origin}/benches/soak.html?n=${TENANTS}&surface=${SURFACE}&base=${encodeURIComponent(api.origin)}`);
await page.waitForFunction(() => document.body.dataset.ready === "true");

async function memory() {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { wasmBytes } = await page.evaluate(() => window.soak.stats());
  return { js: usedSize, wasm: wasmBytes, total: usedSize + wasmBytes };
}

const hourly = [];
await api.clock(start);
await context.clock.runFor(1000); // the first tick: every tenant is due
await page.evaluate(() => window.soak.settle());
hourly.push({ hour: 0, ...(await memory()), requests: (await api.log()).length });
const steps = Math.round((HOURS * HOUR) / STEP_MS);
const stepsPerHour = Math.round(HOUR / STEP_MS);
for (let i = 1; i <= steps; i++) {
  await api.clock(start + 1000 + i * STEP_MS);
  await context.clock.runFor(STEP_MS);
  await page.evaluate(() => window.soak.settle());
  if (i % stepsPerHour === 0) {
    const m = await memory();
    const requests = (await api.log()).length;
    hourly.push({ hour: i / stepsPerHour, ...m, requests });
    const realS = ((performance.now() - started) / 1000).toFixed(0);
    console.error(`  hour ${String(i / stepsPerHour).padStart(2)}: ${requests} requests, JS ${mib(m.js)} MiB + wasm ${mib(m.wasm)} MiB (${realS} s real)`);
  }
}
const end = await pageNow();
const stats = await page.evaluate(() => window.soak.stats());
const log = await api.log();
await browser.close();
api.stop();

// ---- requests against the schedule --------------------------------------
const byTenant = new Map();
for (const { ctx, t } of log) (byTenant.get(ctx) ?? byTenant.set(ctx, []).get(ctx)).push(t);
const gaps = [];
let outside = 0;
let lowest = 0;
let highest = 0;
for (const times of byTenant.values()) {
  times.sort((a, b) => a - b);
  for (let i = 1; i < times.length; i++) {
    const g = times[i] - times[i - 1];
    gaps.push(g);
    if (g < gapLo || g > gapHi) outside++;
  }
  // What the policy allows from this tenant's first check to the end.
  const span = end - times[0];
  lowest += 1 + Math.floor(span / gapHi);
  highest += 1 + Math.floor(span / gapLo);
}
const missing = TENANTS - byTenant.size;

// ---- memory growth after warm-up ----------------------------------------
const after = hourly.filter((h) => h.hour >= WARMUP_H);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mx = mean(after.map((h) => h.hour));
const my = mean(after.map((h) => h.total));
const slope =
  after.reduce((a, h) => a + (h.hour - mx) * (h.total - my), 0) / after.reduce((a, h) => a + (h.hour - mx) ** 2, 0);
const growthPctPerHour = (slope / my) * 100;

const summary = {
  tenants: TENANTS,
  surface: SURFACE,
  simulated_hours: (end - start) / HOUR,
  step_s: STEP_MS / 1000,
  valid_for_s: VALID_FOR_S,
  requests: log.length,
  fetches_seen_by_page: stats.fetches,
  schedule_allows: [lowest, highest],
  gap_bounds_s: [gapLo / 1000, gapHi / 1000],
  gaps_outside: outside,
  median_gap_s: median(gaps) / 1000,
  tenants_never_asked: missing,
  max_in_flight_fetch: stats.maxInFlight,
  max_in_flight_scheduler: stats.maxSchedulerInFlight,
  memory_after_warmup_mib: [mib(after[0].total), mib(after.at(-1).total)],
  growth_pct_per_hour: Number(growthPctPerHour.toFixed(3)),
  badges: stats.badges,
  fresh: stats.fresh,
  page_problems: problems.length,
  real_seconds: Math.round((performance.now() - started) / 1000),
  hourly,
};
mkdirSync(path.join(root, "target/soak"), { recursive: true });
writeFileSync(path.join(root, "target/soak/summary.json"), JSON.stringify(summary, null, 2));

console.log(`soak: ${TENANTS} tenants (${SURFACE}), ${summary.simulated_hours.toFixed(2)} simulated hours in ${summary.real_seconds} s, ValidUntil +${VALID_FOR_S} s, step ${STEP_MS / 1000} s`);
console.log(`requests          ${log.length} (page fetches ${stats.fetches}); the schedule allows ${lowest}..${highest}`);
console.log(`gaps              median ${summary.median_gap_s.toFixed(1)} s; ${outside} of ${gaps.length} outside ${gapLo / 1000}..${gapHi / 1000} s`);
console.log(`in flight         at most ${stats.maxInFlight} at fetch(), ${stats.maxSchedulerInFlight} in the scheduler (bound ${MAX_IN_FLIGHT})`);
console.log(`memory            JS heap + wasm ${summary.memory_after_warmup_mib[0]} -> ${summary.memory_after_warmup_mib[1]} MiB after ${WARMUP_H} h warm-up; growth ${growthPctPerHour.toFixed(3)} %/h (bound 1 %/h)`);
console.log(`badges            ${stats.fresh} of ${stats.badges} fresh (${TENANTS} tenants)`);
console.log(`page errors       ${problems.length}${problems.length ? `: ${problems.slice(0, 3).join(" | ")}` : ""}`);

const broken = [];
if (stats.maxInFlight > MAX_IN_FLIGHT || stats.maxSchedulerInFlight > MAX_IN_FLIGHT) broken.push("more than 6 in flight");
if (!(growthPctPerHour < 1)) broken.push("memory grows 1 %/h or more");
if (outside > 0 || missing > 0 || log.length < lowest || log.length > highest) broken.push("requests off the schedule");
if (stats.fresh !== TENANTS || stats.badges !== TENANTS) broken.push("not every badge ends fresh");
if (problems.length) broken.push("page errors");
if (stats.fetches !== log.length) broken.push("the page's fetches and the mock's log disagree");
if (broken.length) {
  console.log(`FAILED: ${broken.join("; ")}`);
  process.exit(1);
}
console.log("within every bound");
