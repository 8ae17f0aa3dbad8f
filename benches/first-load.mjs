// Bytes a browser fetches for each way in: `gzip -9` of every wasm, js and css
// response before the first answered badge, and of those fetched after it
// (lazy parts, loaded on first use). Part of `make bench`; also runs alone:
//   node benches/first-load.mjs           (needs dist/, pkg/ and the mock built)
//   node benches/first-load.mjs --before  (one `way bytes` line each: scripts/sizes.sh --guard)
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { startMock, launch, sleep } from "../tests/e2e/harness.mjs";

const COUNTED = /\.(wasm|m?js|css)(\?|$)/;
/** `gzip -9` of a body, as the size ceilings measure (Node's zlib gives other byte counts). */
const gzip9 = (body) => spawnSync("gzip", ["-9", "-c"], { input: body, maxBuffer: 1 << 26 }).stdout.length;

/** The ways in, as pages of `origin` (the mock serving the repository, which also answers the state API). */
export function waysIn(origin) {
  const base = encodeURIComponent(origin);
  const twenty = Array.from({ length: 20 }, (_, i) => `Cust${2001 + i}`).join(",");
  return {
    page_20_tenants: `${origin}/dist/index.html?env=sod&context=${twenty}&base=${base}`,
    mount_one_badge: `${origin}/benches/first-load/portal.html?way=mount&base=${base}`,
    element_one_badge: `${origin}/benches/first-load/portal.html?way=element&base=${base}`,
  };
}

/**
 * Loads `url` in a fresh context and sorts every counted response by when
 * it finished: before the first answered badge (in the page or any shadow
 * root), or after it within `settleMs`. Returns gzip bytes and file lists.
 */
export async function bytesOf(browser, url, { settleMs = 3000 } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const fresh = (root) =>
      root.querySelector("[data-part=badge][data-check=fresh]") ||
      [...root.querySelectorAll("*")].some((el) => el.shadowRoot && fresh(el.shadowRoot));
    let seen = false;
    const check = () => {
      if (seen || !document.documentElement || !fresh(document)) return;
      seen = true;
      window.__firstBadgeAt = performance.now();
      console.debug("__first_badge");
    };
    // In the task that puts the badge in the page (light DOM), or within
    // 5 ms (shadow roots, which a document observer does not see).
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-check"] });
    const timer = setInterval(() => (check(), seen && clearInterval(timer)), 5);
  });
  const page = await context.newPage();
  const pending = [];
  page.on("requestfinished", (request) => {
    if (!COUNTED.test(new URL(request.url()).pathname)) return;
    pending.push(
      request.response().then(async (response) => {
        const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        return { url: request.url(), file: new URL(request.url()).pathname, gzip: gzip9(body) };
      }),
    );
  });
  const badge = page.waitForEvent("console", { predicate: (m) => m.text() === "__first_badge", timeout: 20000 });
  await page.goto(url);
  await badge;
  await sleep(settleMs);
  // Before or after the badge by the page's own clock (Resource Timing),
  // not by when the test heard of each: a chunk fetched as the badge
  // appears must not race the console message.
  const { badgeAt, ends } = await page.evaluate(() => ({
    badgeAt: window.__firstBadgeAt,
    ends: performance.getEntriesByType("resource").map((e) => [e.name, e.responseEnd]),
  }));
  const endOf = new Map(ends);
  const files = (await Promise.all(pending)).map(({ url, file, gzip }) => ({
    file,
    gzip,
    // A file the page's timeline does not list (the document's own
    // preloads are listed) counts as before: the stricter reading.
    before: !(endOf.get(url) > badgeAt),
  }));
  await context.close();
  const sum = (list) => list.reduce((a, f) => a + f.gzip, 0);
  const before = files.filter((f) => f.before);
  const later = files.filter((f) => !f.before);
  return { before: sum(before), later: sum(later), files };
}

/** Every way in, `runs` times each; the median of each figure (bytes do not vary, but a late response might). */
export async function firstLoad(browser, origin, runs = 3) {
  const out = {};
  for (const [name, url] of Object.entries(waysIn(origin))) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await bytesOf(browser, url));
    results.sort((a, b) => a.before - b.before);
    out[name] = results[Math.floor(results.length / 2)];
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = await launch();
  const site = await startMock({ staticDir: ".", validFor: 60 });
  try {
    const figures = await firstLoad(browser, site.origin, 1);
    if (process.argv.includes("--before")) {
      // scripts/sizes.sh --guard: `way bytes` lines, bytes before the first answered badge.
      for (const [name, f] of Object.entries(figures)) console.log(`${name} ${f.before}`);
    } else for (const [name, f] of Object.entries(figures)) {
      console.log(`${name}: ${f.before} B gzip before the first answered badge, ${f.later} B later`);
      for (const file of f.files) console.log(`  ${file.before ? "before" : "later "} ${String(file.gzip).padStart(8)}  ${file.file}`);
    }
  } finally {
    await browser.close();
    site.stop();
  }
}
