// Where the board's cells land: the static page with 60 tenants at 1280,
// 1024 and 390 px wide, light and dark, English and Norwegian. Each row's
// cells share one line, every header sits over its column, nothing runs
// past the viewport and the page never scrolls sideways. Below 720 px the
// table keeps health, state and context id and lets the other columns go.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { root, useSites, waitLegends } from "./harness.mjs";

// One tenant per documented state, an unrecognised one, a 404, a hostile
// payload with long texts, and Running ones: 60 in all.
const STATES = ["Cust1000", "Cust1001", "Cust1002", "Cust1003", "Cust1004", "Cust1005", "Cust1006", "Cust1008", "Cust1010", "Cust1011", "Cust1012", "Cust1099"];
const SIXTY = [...STATES, "Cust4040", "Cust6660", "Cust1234567890", ...Array.from({ length: 45 }, (_, i) => `Cust${3001 + i}`)];
const NARROW_KEPT = ["health", "state", "context-id"];

// `site` is dist/ under a strict CSP that lets it call the mock `api`.
let browser, site, api;
useSites((s) => ({ browser, api, pageSite: site } = s));

/** Everything about where the table's cells and the page's boxes are (`boxes`: measureBoxes, passed in the page). */
function measure(boxes) {
  const visible = (el) => el.getClientRects().length > 0;
  const rows = [...document.querySelectorAll("table[data-part=tenants] tr")].filter((tr) => visible(tr) && !tr.matches("[data-part=detail-row]"));
  const cells = (tr) => [...tr.children].filter(visible).map((c) => ({ col: c.dataset.col, rect: c.getBoundingClientRect() }));
  const header = rows.find((tr) => tr.parentElement.tagName === "THEAD");
  const headerCols = Object.fromEntries(cells(header).map((c) => [c.col, { left: c.rect.left, right: c.rect.right }]));
  const rowProblems = [];
  for (const tr of rows) {
    const list = cells(tr);
    const name = tr.dataset.contextId ?? "header";
    const top = Math.min(...list.map((c) => c.rect.top));
    for (const c of list) {
      if (Math.abs(c.rect.top - top) > 1) rowProblems.push(`${name}: ${c.col} starts ${Math.round(c.rect.top - top)} px below the row's line`);
      const head = headerCols[c.col];
      if (!head) rowProblems.push(`${name}: ${c.col} has no header`);
      else if (Math.abs(head.left - c.rect.left) > 1 || Math.abs(head.right - c.rect.right) > 1) {
        rowProblems.push(`${name}: ${c.col} at ${Math.round(c.rect.left)}-${Math.round(c.rect.right)}, its header at ${Math.round(head.left)}-${Math.round(head.right)}`);
      }
    }
  }
  return { rows: rows.length, columns: Object.keys(headerCols), rowProblems: rowProblems.slice(0, 10), rowProblemCount: rowProblems.length, ...boxes() };
}

/** Every element with a box, in the page and in shadow roots, inside the viewport (closed <details> have none to show). */
function measureBoxes() {
  const visible = (el) => el.getClientRects().length > 0;
  const width = document.documentElement.clientWidth;
  const outside = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (!visible(el) || el.closest(".sots-visually-hidden")) continue;
      const details = el.parentElement?.closest("details");
      if (details && !details.open && !el.closest("summary")) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
        outside.push(`${el.tagName.toLowerCase()}${el.dataset.part ? `[data-part=${el.dataset.part}]` : ""}${el.dataset.col ? `[data-col=${el.dataset.col}]` : ""} ${Math.round(r.left)}-${Math.round(r.right)}`);
      }
    }
  };
  walk(document);
  return {
    outside: outside.slice(0, 10),
    outsideCount: outside.length,
    board: Math.round(document.querySelector("[data-part=board]")?.getBoundingClientRect().width ?? 0),
    scrollWidth: document.scrollingElement.scrollWidth,
    clientWidth: document.scrollingElement.clientWidth,
  };
}

for (const width of [1280, 1024, 390]) {
  for (const theme of ["light", "dark"]) {
    for (const lang of ["en", "nb"]) {
      test(`${width} px, ${theme}, ${lang}: 60 rows each on one line under their headers, nothing past the viewport`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, locale: lang });
        try {
          const page = await context.newPage();
          const url = `${site.origin}/?env=sod&lang=${lang}&theme=${theme}&context=${encodeURIComponent(SIXTY.join(","))}&base=${encodeURIComponent(api.origin)}`;
          await page.goto(url);
          await page.waitForFunction(
            () => document.querySelectorAll("tr[data-part=badge]:is([data-check=fresh],[data-check=error])").length === 60,
            null,
            { timeout: 20000 },
          );
          assert.equal(await page.$eval("[data-part=board]", (e) => e.dataset.layout), "table");
          const m = await page.evaluate(`(${measure})(${measureBoxes})`);
          // For the README and for looking at (target/screenshots/).
          const out = path.join(root, "target", "screenshots");
          mkdirSync(out, { recursive: true });
          await page.locator("[data-part=board]").scrollIntoViewIfNeeded();
          await page.screenshot({ path: path.join(out, `board-${width}-${theme}-${lang}.png`) });
          assert.equal(m.rows, 61, "the header and 60 rows");
          if (width < 720) assert.deepEqual(m.columns, NARROW_KEPT, "a phone keeps health, state and context id");
          else assert.equal(m.columns.length, 8, `every column at ${width} px: ${m.columns}`);
          assert.equal(m.rowProblemCount, 0, m.rowProblems.join("\n"));
          assert.equal(m.outsideCount, 0, `past the viewport (${width} px; the board ${m.board} px wide):\n${m.outside.join("\n")}`);
          assert.ok(m.scrollWidth <= m.clientWidth, `the page scrolls sideways: ${m.scrollWidth} > ${m.clientWidth}`);
        } finally {
          await context.close();
        }
      });
    }
  }
}

test("on a phone the legends, opened, fit too: no legend row runs past the viewport", async () => {
  for (const lang of ["en", "da", "de"]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, locale: lang });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/?env=sod&lang=${lang}&context=Cust1002,Cust1004&base=${encodeURIComponent(api.origin)}`);
      await page.waitForSelector("[data-part=badge][data-check=fresh]");
      await waitLegends(page);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const m = await page.evaluate(`(${measureBoxes})()`);
      assert.equal(m.outsideCount, 0, `${lang}: ${m.outside.join("\n")}`);
      assert.ok(m.scrollWidth <= m.clientWidth, `${lang}: the page scrolls sideways: ${m.scrollWidth} > ${m.clientWidth}`);
      if (lang === "en") {
        mkdirSync(path.join(root, "target", "screenshots"), { recursive: true });
        await page.screenshot({ path: path.join(root, "target", "screenshots", "legends-390.png"), fullPage: true });
      }
    } finally {
      await context.close();
    }
  }
});

test("on a phone the rest of a tenant is one tap away: the expanded row shows API, version and checked, inside the viewport", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 }, locale: "en" });
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/?env=sod&lang=en&context=${encodeURIComponent(SIXTY.join(","))}&base=${encodeURIComponent(api.origin)}`);
    await page.waitForFunction(() => document.querySelectorAll("tr[data-part=badge][data-check=fresh]").length >= 58, null, { timeout: 20000 });
    const row = page.locator('tr[data-part=badge][data-context-id="Cust1004"]');
    await row.locator("[data-part=expand]").click();
    const detail = page.locator("tr[data-part=detail-row] [data-part=detail]");
    await detail.waitFor();
    const text = await detail.textContent();
    assert.match(text, /Suspended/);
    assert.match(text, /API/i);
    const box = await detail.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390.5, `detail at ${box.x}-${box.x + box.width}`);
    const m = await page.evaluate(`(${measure})(${measureBoxes})`);
    assert.equal(m.outsideCount, 0, m.outside.join("\n"));
    assert.ok(m.scrollWidth <= m.clientWidth, `${m.scrollWidth} > ${m.clientWidth}`);
  } finally {
    await context.close();
  }
});
