// Theming as a host sees it: ?theme= on the page, --sots-* custom
// properties reaching inside the shadow roots, the host's font, reduced
// motion and forced colours (Windows high contrast). The real built dist/
// and pkg/ in Chromium, against the real mock state API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, waitBadge, useSites } from "./harness.mjs";

let browser, api, site, pageSite;
useSites((s) => ({ browser, api, site, pageSite } = s));

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
    const board = document.querySelector("so-tenant-board")?.shadowRoot;
    return (
      roots.every((r) => r?.querySelector("[data-part=badge][data-context-id=Cust1002][data-check=fresh]")) &&
      board?.querySelector("[data-part=badge][data-context-id=Cust1004][data-check=fresh]")
    );
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

/** Every badge in the page and in open shadow roots, as a chip would be judged. */
function chips(page) {
  return page.evaluate(() => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll("*")) {
        if (el.matches("[data-part=badge]")) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return all.map((el) => {
      const box = el.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(el).lineHeight);
      return {
        ctx: el.getAttribute("data-context-id"),
        variant: el.getAttribute("data-variant"),
        check: el.getAttribute("data-check"),
        label: el.getAttribute("aria-label"),
        height: box.height,
        oneLine: box.height < 2 * line + 12,
        fits: (() => {
          let parent = el.parentElement ?? el.getRootNode().host;
          while (parent && getComputedStyle(parent).display === "contents") parent = parent.parentElement ?? parent.getRootNode().host;
          const p = parent?.getBoundingClientRect();
          return el.scrollWidth <= Math.ceil(box.width) + 1 && (!p || (box.left >= p.left - 1 && box.right <= p.right + 1));
        })(),
        id: el.querySelector("[data-part=context-id]")?.textContent ?? null,
        links: el.querySelectorAll("a").length,
        buttons: el.querySelectorAll("button").length,
        state: el.querySelector("[data-part=state]")?.textContent,
        health: el.querySelector("[data-part=health]")?.textContent,
        icon: el.querySelector(".sots-badge__icon")?.textContent,
      };
    });
  });
}

test("variant=chip on the page: one line per tenant (icon, state, health word), no links or buttons, the description on focus", async () => {
  await api.reset();
  const { page, context, problems } = await openPage(browser, pageUrl("&variant=chip&layout=cards"));
  await waitBadge(page, "Cust1004", { "data-check": "fresh" });
  await waitBadge(page, "Cust1002", { "data-check": "fresh" });
  const seen = await chips(page);
  assert.equal(seen.length, 2);
  for (const c of seen) {
    assert.equal(c.variant, "chip");
    assert.ok(c.oneLine, `${c.ctx}: one line (${c.height}px)`);
    assert.ok(c.fits, `${c.ctx}: nothing overflows`);
    assert.equal(c.links + c.buttons, 0, "link- and button-free");
    assert.ok(c.icon && c.state && c.health);
  }
  for (const c of seen) assert.equal(c.id, c.ctx, "a board's chip names its tenant");
  const down = seen.find((c) => c.ctx === "Cust1004");
  assert.deepEqual([down.icon, down.state, down.health, down.label], ["✕", "Suspended", "Down", "Cust1004: Suspended, down"]);
  const hiddenDesc = await page.$eval("[data-context-id=Cust1004] [data-part=description]", (d) => d.getBoundingClientRect().height);
  assert.equal(hiddenDesc, 0, "the description is hidden until asked for");
  await page.focus("[data-context-id=Cust1004] [data-part=state]");
  const desc = await page.$eval("[data-context-id=Cust1004] [data-part=description]", (d) => ({ h: d.getBoundingClientRect().height, text: d.textContent }));
  assert.ok(desc.h > 0, "shown on focus");
  assert.match(desc.text, /suspend/i);
  assert.equal(await page.$eval("[data-part=form] input[name=variant]", (i) => i.value), "chip", "the form keeps it");
  assert.deepEqual(problems, []);
  await context.close();
});

test("variant=chip on mount(), <so-tenant-status> and <so-tenant-board>: chips that fit a 14rem table cell, and a failed check says why on focus", async () => {
  await api.reset();
  const { page, context, problems } = await openPage(browser, `${site.origin}/tests/e2e/a11y-host.html`);
  await page.waitForFunction(() => window.hostReady === true);
  await page.evaluate((base) => {
    // A host's table: one chip per cell.
    const table = document.createElement("table");
    const cell = () => {
      const td = document.createElement("td");
      td.style.setProperty("width", "14rem");
      td.style.setProperty("max-width", "14rem");
      table.append(td);
      return td;
    };
    const a = cell();
    window.sots.mount(a, { contextId: "Cust1002", env: "sod", baseUrl: base, variant: "chip" });
    const one = document.createElement("so-tenant-status");
    for (const [k, v] of [["context-id", "Cust1004"], ["env", "sod"], ["base-url", base], ["variant", "chip"]]) one.setAttribute(k, v);
    cell().append(one);
    const failing = document.createElement("so-tenant-status");
    for (const [k, v] of [["context-id", "Cust5000"], ["env", "sod"], ["base-url", base], ["variant", "chip"]]) failing.setAttribute(k, v);
    failing.id = "failing";
    cell().append(failing);
    document.getElementById("a").append(table);
    const board = document.createElement("so-tenant-board");
    for (const [k, v] of [["context-ids", "Cust1002 Cust1010"], ["env", "sod"], ["base-url", base], ["layout", "cards"], ["variant", "chip"]]) board.setAttribute(k, v);
    document.getElementById("b").append(board);
  }, api.origin);
  await page.waitForFunction(() => {
    const roots = [document, ...[...document.querySelectorAll("so-tenant-status, so-tenant-board")].map((e) => e.shadowRoot)];
    const badges = roots.flatMap((r) => [...(r?.querySelectorAll("[data-part=badge]") ?? [])]);
    return badges.length === 5 && badges.every((b) => ["fresh", "error"].includes(b.getAttribute("data-check")));
  });
  const seen = await chips(page);
  for (const c of seen) {
    assert.equal(c.variant, "chip", c.ctx);
    assert.ok(c.oneLine, `${c.ctx}: one line (${c.height}px)`);
    assert.ok(c.fits, `${c.ctx}: fits its cell`);
    assert.equal(c.links + c.buttons, 0);
  }
  assert.deepEqual(seen.filter((c) => c.id).map((c) => c.id).sort(), ["Cust1002", "Cust1010"], "only the board's chips name their tenant (a host's table row does)");
  const failed = seen.find((c) => c.ctx === "Cust5000");
  assert.equal(failed.check, "error");
  assert.equal(failed.label, "Cust5000: check failed");
  const why = await page.evaluate(() => {
    const root = document.getElementById("failing").shadowRoot;
    root.querySelector("[data-part=state]").focus();
    const d = root.querySelector("[data-part=description]");
    return { h: d.getBoundingClientRect().height, problem: d.querySelector("[data-part=problem]")?.getAttribute("data-error"), text: d.textContent };
  });
  assert.ok(why.h > 0);
  assert.equal(why.problem, "server");
  assert.match(why.text, /500/);
  // Back to a card when the attribute goes.
  await page.evaluate(() => document.querySelector("so-tenant-status").removeAttribute("variant"));
  await page.waitForFunction(() => document.querySelector("so-tenant-status").shadowRoot.querySelector("[data-part=badge][data-variant=card]"));
  assert.deepEqual(problems.filter((p) => !p.includes("status of 500")), []);
  await context.close();
});
