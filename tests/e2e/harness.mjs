// Shared e2e harness: the real built dist/ and pkg/, served by the real mock
// state API (tools/mock-state-api) on loopback ports, driven in Debian's
// Chromium through playwright-core.
import * as nodeTest from "node:test";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const mockBin = path.join(root, "target/release/mock-state-api");

export const STRICT_CSP = (apiOrigin = "") =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'${apiOrigin ? " " + apiOrigin : ""}`;

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a mock state API; `staticDir` also serves a page from it. */
export async function startMock({ staticDir, csp, validFor = 20 } = {}) {
  const port = await freePort();
  const args = ["--port", String(port), "--valid-for", String(validFor)];
  if (staticDir) args.push("--static", path.resolve(root, staticDir));
  if (csp) args.push("--csp", csp);
  const child = spawn(mockBin, args, { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", resolve);
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    async log() {
      return (await (await fetch(`${origin}/__mock/log`)).json()).requests;
    },
    async scenario(ctx, name) {
      await fetch(`${origin}/__mock/scenario/${ctx}/${name}`, { method: "POST" });
    },
    async reset() {
      await fetch(`${origin}/__mock/reset`, { method: "POST" });
    },
    /** The tenant answers 200 with exactly `body` until given a scenario. */
    async answer(ctx, body) {
      await fetch(`${origin}/__mock/answer/${ctx}`, { method: "POST", body });
    },
    /** `ValidUntil` counts from `ms` (a page on a fake clock), not from the real now. */
    async clock(ms) {
      await fetch(`${origin}/__mock/clock/${Math.round(ms)}`, { method: "POST" });
    },
    stop() {
      child.kill();
    },
  };
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--js-flags=--expose-gc",
      ...extraArgs,
    ],
  });
}

/** A page that records console errors, page errors and CSP violations. */
export async function openPage(browser, url, { colorScheme = "light", hidden = false, locale } = {}) {
  const context = await browser.newContext({ colorScheme, locale, viewport: { width: 1280, height: 900 } });
  if (hidden) {
    await context.addInitScript(() => {
      Object.defineProperty(document, "hidden", { get: () => true, configurable: true });
      Object.defineProperty(document, "visibilityState", { get: () => "hidden", configurable: true });
    });
  }
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, context, problems };
}

/** The page's legends, which come with the chunk it fetches after its first badge. */
export const waitLegends = (page) => page.waitForSelector("[data-part=state-legend] ~ [data-part=change-legend]", { state: "attached" });

/** The badge of one tenant. */
export const badge = (page, ctx) => page.locator(`[data-part=badge][data-context-id="${ctx}"]`);

/** Waits until the badge of `ctx` has every attribute value in `attrs`. */
export async function waitBadge(page, ctx, attrs, timeout = 15000) {
  await page.waitForFunction(
    ([ctx, attrs]) => {
      const roots = [document, ...[...document.querySelectorAll("so-tenant-status")].map((e) => e.shadowRoot)];
      for (const root of roots) {
        const el = root?.querySelector(`[data-part=badge][data-context-id="${ctx}"]`);
        if (el && Object.entries(attrs).every(([k, v]) => el.getAttribute(k) === v)) return true;
      }
      return false;
    },
    [ctx, attrs],
    { timeout },
  );
}

/** Attributes and text of the badge of `ctx` (light DOM). */
export async function readBadge(page, ctx) {
  return page.evaluate((ctx) => {
    const el = document.querySelector(`[data-part=badge][data-context-id="${ctx}"]`);
    if (!el) return null;
    const part = (p) => el.querySelector(`[data-part=${p}]`);
    return {
      health: el.getAttribute("data-health"),
      state: el.getAttribute("data-state"),
      check: el.getAttribute("data-check"),
      role: el.getAttribute("role"),
      label: el.getAttribute("aria-label"),
      title: part("state")?.textContent,
      healthLabel: part("health")?.textContent,
      api: part("api")?.textContent,
      problem: part("problem")?.textContent ?? null,
      error: part("problem")?.getAttribute("data-error") ?? null,
      stale: part("stale")?.textContent ?? null,
      text: el.textContent,
    };
  }, ctx);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` every 100 ms until it returns something truthy (returned); fails naming `what` after `timeout` ms. */
export async function waitFor(fn, what, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * The usual servers of a test file, started before its tests and stopped
 * after them: a browser, the mock state API, and two static sites under a
 * strict CSP that lets them call it, the repository (`site`, for host
 * pages) and `dist/` (`pageSite`, the page). `use` receives them:
 * `useSites((s) => ({ browser, api, site, pageSite } = s));`
 */
export function useSites(use) {
  const s = {};
  nodeTest.before(async () => {
    s.browser = await launch();
    s.api = await startMock();
    s.site = await startMock({ staticDir: ".", csp: STRICT_CSP(s.api.origin) });
    s.pageSite = await startMock({ staticDir: "dist", csp: STRICT_CSP(s.api.origin) });
    use(s);
  });
  nodeTest.after(async () => {
    await s.browser?.close();
    s.site?.stop();
    s.pageSite?.stop();
    s.api?.stop();
  });
}

/**
 * The partner host page (`tests/e2e/host.html` on `site`, the real pkg/
 * loaded as `window.sots`), opened on a reset mock `api` and ready.
 */
export async function openHost(browser, site, api, options) {
  await api.reset();
  const opened = await openPage(browser, `${site.origin}/tests/e2e/host.html`, options);
  await opened.page.waitForFunction(() => window.hostReady === true);
  return opened;
}
