// Accessibility, checked by axe-core (npm) in the real Chromium: 0
// violations for WCAG 2.0/2.1/2.2 A and AA on the page (cards and table,
// legends open), mount() and both elements in a host page, each in light
// and dark. And the contrast of every health's text and icon, computed
// from the rendered colours.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { openPage, waitBadge, waitLegends, root, useSites } from "./harness.mjs";

const AXE = readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCHEMES = ["light", "dark"];
// One tenant of each health, and a failed check.
const DEMO = ["Cust1001", "Cust1002", "Cust1004", "Cust1005", "Cust1009", "Cust1010", "Cust1099", "Cust4040"];

let browser, api, site, pageSite;
useSites((s) => ({ browser, api, site, pageSite } = s));

/** axe-core's violations on the page as it is now, one line each. */
async function violations(page) {
  // Evaluated through the DevTools protocol: the page's CSP does not apply.
  await page.evaluate(AXE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    TAGS,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(" ")}: ${v.nodes[0]?.failureSummary}`,
  );
}

/** Console lines other than the browser's own note of Cust4040's 404. */
const unexpected = (problems) => problems.filter((p) => !p.includes("status of 404"));

async function allFresh(page, ctxs) {
  for (const ctx of ctxs) await waitBadge(page, ctx, { "data-check": ctx === "Cust4040" ? "error" : "fresh" });
}

// German has the longest words: the page in table layout, in German, in
// both themes (the root's lang is "de", its text German).
for (const colorScheme of SCHEMES) {
  test(`axe: the page in German, table layout, legends open, ${colorScheme}: 0 violations`, async () => {
    const url = `${pageSite.origin}/?env=sod&context=${DEMO.join(",")}&base=${encodeURIComponent(api.origin)}&layout=table&lang=de`;
    const { page, context, problems } = await openPage(browser, url, { colorScheme });
    await allFresh(page, DEMO);
    await waitLegends(page);
    assert.equal(await page.getAttribute("html", "lang"), "de");
    await page.click("[data-part=badge][data-context-id=Cust1005] [data-part=expand]");
    await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  });
}

for (const colorScheme of SCHEMES) {
  for (const layout of ["cards", "table", "chips"]) {
    test(`axe: the page in ${layout} layout, legends open, ${colorScheme}: 0 violations`, async () => {
      const params = layout === "chips" ? "layout=cards&variant=chip" : `layout=${layout}`;
      const url = `${pageSite.origin}/?env=sod&context=${DEMO.join(",")}&base=${encodeURIComponent(api.origin)}&${params}`;
      const { page, context, problems } = await openPage(browser, url, { colorScheme });
      await allFresh(page, DEMO);
      await waitLegends(page);
      if (layout === "table") await page.click("[data-part=badge][data-context-id=Cust1005] [data-part=expand]");
      await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(unexpected(problems), []);
      await context.close();
    });
  }

  test(`axe: mount(), <so-tenant-status> and <so-tenant-board> in a host page, ${colorScheme}: 0 violations`, async () => {
    const { page, context, problems } = await openPage(browser, `${site.origin}/tests/e2e/a11y-host.html`, { colorScheme });
    await page.waitForFunction(() => window.hostReady === true);
    await page.evaluate(
      ([base, demo]) => {
        window.sots.mount(document.getElementById("a"), { contextId: "Cust1005", env: "sod", baseUrl: base, legends: true });
        const one = document.createElement("so-tenant-status");
        for (const [k, v] of [["context-id", "Cust1009"], ["env", "sod"], ["base-url", base], ["legends", ""]]) one.setAttribute(k, v);
        const board = document.createElement("so-tenant-board");
        for (const [k, v] of [["context-ids", demo.join(" ")], ["env", "sod"], ["base-url", base]]) board.setAttribute(k, v);
        document.getElementById("b").append(one, board);
      },
      [api.origin, DEMO],
    );
    await waitBadge(page, "Cust1005", { "data-check": "fresh" });
    await page.waitForFunction((demo) => {
      const board = document.querySelector("so-tenant-board")?.shadowRoot;
      const one = document.querySelector("so-tenant-status")?.shadowRoot;
      const done = (root, ctx) => ["fresh", "error"].includes(root?.querySelector(`[data-part=badge][data-context-id="${ctx}"]`)?.getAttribute("data-check"));
      return done(one, "Cust1009") && demo.every((ctx) => done(board, ctx));
    }, DEMO);
    await page.evaluate(() => {
      const roots = [document, ...[...document.querySelectorAll("so-tenant-status, so-tenant-board")].map((e) => e.shadowRoot)];
      for (const r of roots) r.querySelectorAll("details").forEach((d) => (d.open = true));
    });
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  });
}

/**
 * For every badge and row on the page: the WCAG contrast of its health
 * word and state name (text) and of its icon, each against the background
 * it is drawn on (the nearest opaque one, with the badge's own opacity
 * applied to the colour).
 */
function contrasts(page) {
  return page.evaluate(() => {
    const rgba = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) throw new Error(`colour ${c}`);
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.a === 1) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const opacity = (el) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const blend = (fg, bg, alpha) => ({ r: fg.r * alpha + bg.r * (1 - alpha), g: fg.g * alpha + bg.g * (1 - alpha), b: fg.b * alpha + bg.b * (1 - alpha) });
    const lum = ({ r, g, b }) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (el) => {
      const bg = background(el);
      const fg = blend(rgba(getComputedStyle(el).color), bg, rgba(getComputedStyle(el).color).a * opacity(el));
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      return (hi + 0.05) / (lo + 0.05);
    };
    return [...document.querySelectorAll("[data-part=badge]")].map((b) => ({
      ctx: b.getAttribute("data-context-id"),
      health: b.getAttribute("data-health") ?? b.getAttribute("data-check"),
      check: b.getAttribute("data-check"),
      text: Math.min(ratio(b.querySelector("[data-part=health]")), ratio(b.querySelector("[data-part=state]"))),
      icon: ratio(b.querySelector(".sots-badge__icon")),
    }));
  });
}

for (const colorScheme of SCHEMES) {
  for (const layout of ["cards", "table"]) {
    test(`contrast, ${layout}, ${colorScheme}: every health's text ≥ 4.5:1 and icon ≥ 3:1, fresh and stale`, async (t) => {
      await api.reset();
      const url = `${pageSite.origin}/?env=sod&context=${DEMO.join(",")}&base=${encodeURIComponent(api.origin)}&layout=${layout}`;
      const { page, context } = await openPage(browser, url, { colorScheme });
      await allFresh(page, DEMO);
      const fresh = await contrasts(page);
      // Every health is there, and a failed check.
      assert.deepEqual([...new Set(fresh.map((c) => c.health))].sort(), ["down", "error", "gone", "maintenance", "ok", "pending", "unknown"]);
      // Stale: the same tenants, their last known state kept after a failed check.
      const known = DEMO.filter((c) => c !== "Cust4040");
      for (const ctx of known) await api.scenario(ctx, "500");
      for (const ctx of known) {
        const row = `[data-part=badge][data-context-id=${ctx}]`;
        if (layout === "cards") {
          await page.click(`${row} [data-part=refresh]`);
        } else {
          await page.click(`${row} [data-part=expand]`);
          await page.click("[data-part=detail] [data-part=refresh]");
          await page.click(`${row} [data-part=expand]`);
        }
      }
      for (const ctx of known) await waitBadge(page, ctx, { "data-check": "stale" });
      const stale = await contrasts(page);
      assert.equal(stale.filter((c) => c.check === "stale").length, known.length);
      const all = [...fresh, ...stale];
      t.diagnostic(`lowest: text ${Math.min(...all.map((c) => c.text)).toFixed(2)}:1, icon ${Math.min(...all.map((c) => c.icon)).toFixed(2)}:1`);
      for (const c of all) {
        assert.ok(c.text >= 4.5, `${c.ctx} (${c.health}, ${c.check}) text ${c.text.toFixed(2)}:1`);
        assert.ok(c.icon >= 3, `${c.ctx} (${c.health}, ${c.check}) icon ${c.icon.toFixed(2)}:1`);
      }
      await context.close();
    });
  }
}

for (const colorScheme of SCHEMES) {
  test(`axe: the notification inspector with a decoded body and a token error, ${colorScheme}: 0 violations`, async () => {
    const { page, context, problems } = await openPage(browser, `${pageSite.origin}/?view=notification`, { colorScheme });
    await page.waitForSelector("[data-part=notification-input]");
    const body = readFileSync(path.join(root, "tests/fixtures", "notification-move.json"), "utf8");
    await page.fill("[data-part=notification-input]", body);
    await page.waitForSelector("[data-part=notification] [data-part=token-error]");
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  });
}
