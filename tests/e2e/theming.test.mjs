// Theming as a host sees it: ?theme= on the page, --sots-* custom
// properties reaching inside the shadow roots, the host's font, reduced
// motion and forced colours (Windows high contrast). The real built dist/
// and pkg/ in Chromium, against the real mock state API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMock, launch, openPage, waitBadge, STRICT_CSP } from "./harness.mjs";

let browser, api, site, pageSite;
before(async () => {
  browser = await launch();
  api = await startMock();
  site = await startMock({ staticDir: ".", csp: STRICT_CSP(api.origin) });
  pageSite = await startMock({ staticDir: "dist", csp: STRICT_CSP(api.origin) });
});
after(async () => {
  await browser?.close();
  site?.stop();
  pageSite?.stop();
  api?.stop();
});

const pageUrl = (extra) => `${pageSite.origin}/?env=sod&context=Cust1002,Cust1004&base=${encodeURIComponent(api.origin)}${extra}`;
const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(22, 27, 34)";

for (const [theme, scheme, bg, body] of [
  ["dark", "light", DARK_BG, "rgb(13, 17, 23)"],
  ["light", "dark", LIGHT_BG, "rgb(243, 245, 248)"],
]) {
  test(`?theme=${theme} on a ${scheme} system: badges and the page are ${theme}, and the form keeps it`, async () => {
    const { page, context, problems } = await openPage(browser, pageUrl(`&theme=${theme}`), { colorScheme: scheme });
    await waitBadge(page, "Cust1002", { "data-check": "fresh" });
    const seen = await page.evaluate(() => ({
      html: document.documentElement.getAttribute("data-theme"),
      body: getComputedStyle(document.body).backgroundColor,
      badge: getComputedStyle(document.querySelector("[data-part=badge]")).backgroundColor,
      kept: document.querySelector("[data-part=form] input[name=theme]")?.value,
    }));
    assert.deepEqual(seen, { html: theme, body, badge: bg, kept: theme });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("?theme= that is not a theme: shown as an input problem, the page follows the system, tenants still shown", async () => {
  const { page, context } = await openPage(browser, pageUrl(`&theme=${encodeURIComponent("<img src=x onerror=alert(1)>")}`), { colorScheme: "dark" });
  await waitBadge(page, "Cust1002", { "data-check": "fresh" });
  const text = await page.textContent("[data-part=input-errors]");
  assert.match(text, /^theme: expected "auto", "light" or "dark", got "<img src=x onerror=alert\(1\)>"/);
  assert.equal(await page.evaluate(() => document.querySelectorAll("img").length), 0, "the value is text");
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-theme")), null);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("[data-part=badge]")).backgroundColor), DARK_BG);
  await context.close();
});

/** The host page with a mount(), a <so-tenant-status> and a <so-tenant-board>, each showing Cust1002 (Running: ok). */
async function host(options = {}) {
  await api.reset();
  const opened = await openPage(browser, `${site.origin}/tests/e2e/a11y-host.html`, options);
  const { page } = opened;
  await page.waitForFunction(() => window.hostReady === true);
  await page.evaluate((base) => {
    const a = document.getElementById("a");
    window.sots.mount(a, { contextId: "Cust1002", env: "sod", baseUrl: base });
    const one = document.createElement("so-tenant-status");
    for (const [k, v] of [["context-id", "Cust1002"], ["env", "sod"], ["base-url", base]]) one.setAttribute(k, v);
    const board = document.createElement("so-tenant-board");
    for (const [k, v] of [["context-ids", "Cust1002 Cust1004"], ["env", "sod"], ["base-url", base], ["layout", "cards"]]) board.setAttribute(k, v);
    document.getElementById("b").append(one, board);
  }, api.origin);
  await page.waitForFunction(() => {
    const roots = [document, ...[...document.querySelectorAll("so-tenant-status, so-tenant-board")].map((e) => e.shadowRoot)];
    return roots.every((r) => r?.querySelector("[data-part=badge][data-context-id=Cust1002][data-check=fresh]"));
  });
  return opened;
}

/** Computed styles of Cust1002's badge in the mount, the element and the board. */
function styles(page) {
  return page.evaluate(() => {
    const where = {
      mount: document.getElementById("a"),
      element: document.querySelector("so-tenant-status").shadowRoot,
      board: document.querySelector("so-tenant-board").shadowRoot,
    };
    const out = {};
    for (const [name, root] of Object.entries(where)) {
      const badge = root.querySelector("[data-part=badge][data-context-id=Cust1002]");
      const health = badge.querySelector("[data-part=health]");
      const icon = badge.querySelector(".sots-badge__icon");
      const s = (el) => getComputedStyle(el);
      out[name] = {
        healthColor: s(health).color,
        border: s(badge).borderLeftColor,
        font: s(badge).fontFamily,
        iconBorder: s(icon).borderTopStyle,
        borderStyle: s(badge).borderLeftStyle,
        transition: s(badge).transitionDuration,
        downBorder: (() => {
          const down = root.querySelector("[data-part=badge][data-context-id=Cust1004]");
          return down ? `${s(down).borderLeftStyle} ${s(down).borderLeftWidth}` : null;
        })(),
      };
    }
    return out;
  });
}

test("--sots-health-ok set by the host on <so-tenant-status>, <so-tenant-board> and mount()'s container changes the OK colour inside; unset, the default stays", async () => {
  const { page, context, problems } = await host();
  const before = await styles(page);
  for (const s of Object.values(before)) assert.equal(s.healthColor, "rgb(30, 123, 60)", "the default OK colour, light");
  // Only the element first: the others keep the default.
  await page.evaluate(() => document.querySelector("so-tenant-status").style.setProperty("--sots-health-ok", "#0a7d38"));
  let after = await styles(page);
  assert.equal(after.element.healthColor, "rgb(10, 125, 56)");
  assert.equal(after.element.border, "rgb(10, 125, 56)", "the accent border too");
  assert.equal(after.board.healthColor, "rgb(30, 123, 60)");
  assert.equal(after.mount.healthColor, "rgb(30, 123, 60)");
  // Then the board and mount()'s container; the older name still works.
  await page.evaluate(() => {
    document.querySelector("so-tenant-board").style.setProperty("--sots-health-ok", "#0a7d38");
    document.getElementById("a").style.setProperty("--sots-ok", "#0a7d38");
  });
  after = await styles(page);
  for (const s of Object.values(after)) assert.equal(s.healthColor, "rgb(10, 125, 56)");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the widget takes the host's font, and --sots-font overrides it", async () => {
  const { page, context } = await host();
  await page.evaluate(() => document.body.style.setProperty("font-family", '"DejaVu Serif", serif'));
  for (const s of Object.values(await styles(page))) assert.equal(s.font, '"DejaVu Serif", serif');
  await page.evaluate(() => document.body.style.setProperty("--sots-font", "monospace"));
  for (const s of Object.values(await styles(page))) assert.equal(s.font, "monospace");
  await context.close();
});

test("prefers-reduced-motion: a transition a host's styles add to our elements is cancelled", async () => {
  const { page, context } = await host({ colorScheme: "light" });
  await page.evaluate(() => document.querySelector("#a [data-part=badge]").style.setProperty("transition", "opacity 5s"));
  assert.equal((await styles(page)).mount.transition, "5s", "without the preference, the host's transition applies");
  await page.emulateMedia({ reducedMotion: "reduce" });
  assert.equal((await styles(page)).mount.transition, "0s");
  await context.close();
});

test("forced-colors: active: icon and word outlined, and each health keeps its own border style", async () => {
  const { page, context } = await host();
  const normal = await styles(page);
  assert.equal(normal.board.iconBorder, "none");
  await page.emulateMedia({ forcedColors: "active" });
  const forced = await styles(page);
  for (const s of Object.values(forced)) assert.equal(s.iconBorder, "solid");
  assert.equal(forced.board.borderStyle, "solid", "ok");
  assert.equal(forced.board.downBorder, "solid 10px", "down is wider");
  // Every health's border differs from every other's.
  const borders = await page.evaluate(() => {
    const probe = document.createElement("div");
    document.body.append(probe);
    const out = {};
    for (const h of ["ok", "maintenance", "pending", "down", "gone", "unknown"]) {
      probe.className = `sots-widget`;
      probe.replaceChildren();
      const b = document.createElement("article");
      b.className = `sots-badge sots-badge--${h} sots-badge--fresh`;
      probe.append(b);
      const s = getComputedStyle(b);
      out[h] = `${s.borderLeftStyle} ${s.borderLeftWidth}`;
    }
    probe.remove();
    return out;
  });
  assert.equal(new Set(Object.values(borders)).size, 6, JSON.stringify(borders));
  await context.close();
});
