// The keyboard alone: each state's description is reached by Tab and shown
// on focus, legends open with Enter and Space, focus is visible in both
// themes, and the tab order follows the reading order. The real built
// page in Chromium, against the real mock state API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMock, launch, openPage, waitBadge, waitLegends, STRICT_CSP } from "./harness.mjs";

let browser, api, pageSite;
before(async () => {
  browser = await launch();
  api = await startMock();
  pageSite = await startMock({ staticDir: "dist", csp: STRICT_CSP(api.origin) });
});
after(async () => {
  await browser?.close();
  pageSite?.stop();
  api?.stop();
});

const CTXS = ["Cust1002", "Cust1004", "Cust1010"];
const url = () => `${pageSite.origin}/?env=sod&context=${CTXS.join(",")}&base=${encodeURIComponent(api.origin)}&layout=cards`;

/** What has focus now: its part, the badge it is in, its box and its outline. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.localName,
      part: el.getAttribute("data-part") ?? el.className,
      ctx: el.closest("[data-part=badge]")?.getAttribute("data-context-id") ?? null,
      top: Math.round(box.top + scrollY),
      left: Math.round(box.left + scrollX),
      outline: `${s.outlineStyle} ${s.outlineWidth}`,
      outlineColor: s.outlineColor,
      describedBy: el.getAttribute("aria-describedby"),
    };
  });

for (const colorScheme of ["light", "dark"]) {
  test(`Tab reaches each state's description and every control in reading order, focus visible (${colorScheme})`, async () => {
    const { page, context, problems } = await openPage(browser, url(), { colorScheme });
    for (const ctx of CTXS) await waitBadge(page, ctx, { "data-check": "fresh" });
    const stops = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (!f) break;
      stops.push(f);
      // Up to the second legend (a badge's history is a <summary> too).
      if (f.tag === "summary" && !f.ctx && stops.filter((s) => s.tag === "summary" && !s.ctx).length === 2) break;
    }
    // Every badge's state name is a stop, and focusing it shows its description.
    for (const ctx of CTXS) {
      const stop = stops.find((s) => s.ctx === ctx && s.part === "state");
      assert.ok(stop, `${ctx}'s state is reached by Tab: ${JSON.stringify(stops.map((s) => `${s.ctx}:${s.part}`))}`);
      assert.ok(stop.describedBy, "described by its description");
    }
    await page.focus("[data-part=badge][data-context-id=Cust1004] [data-part=state]");
    const desc = await page.evaluate(() => {
      const state = document.activeElement;
      const d = document.getElementById(state.getAttribute("aria-describedby"));
      return { shown: d.getBoundingClientRect().height > 0, text: d.textContent };
    });
    assert.ok(desc.shown, "the description is shown on focus");
    assert.match(desc.text, /suspend/i);
    // Focus is visible on every stop inside the widget.
    for (const s of stops.filter((s) => s.ctx || s.tag === "summary")) {
      assert.notEqual(s.outline.split(" ")[0], "none", `${s.ctx}:${s.part} shows focus`);
    }
    // Reading order: the badges' stops come badge by badge, in the order
    // the badges are laid out (left to right, then top to bottom).
    const badgeOrder = await page.$$eval("[data-part=badge]", (els) => els.map((e) => e.getAttribute("data-context-id")));
    const visited = [...new Set(stops.filter((s) => s.ctx).map((s) => s.ctx))];
    assert.deepEqual(visited, badgeOrder);
    const positions = await page.$$eval("[data-part=badge]", (els) => els.map((e) => [Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().left)]));
    for (let i = 1; i < positions.length; i++) {
      const [[t0, l0], [t1, l1]] = [positions[i - 1], positions[i]];
      assert.ok(t1 > t0 || (t1 === t0 && l1 > l0), `badge ${i} comes after badge ${i - 1} in reading order`);
    }
    assert.equal(await page.evaluate(() => document.querySelectorAll("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").length), 0, "no positive tabindex");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("legends open and close with Enter and with Space", async () => {
  const { page, context } = await openPage(browser, url());
  await waitBadge(page, "Cust1002", { "data-check": "fresh" });
  await waitLegends(page);
  for (const part of ["state-legend", "change-legend"]) {
    const isOpen = () => page.$eval(`[data-part=${part}]`, (d) => d.open);
    assert.equal(await isOpen(), false, "closed with several tenants");
    await page.focus(`[data-part=${part}] > summary`);
    await page.keyboard.press("Enter");
    assert.equal(await isOpen(), true, `${part}: Enter opens`);
    await page.keyboard.press("Enter");
    assert.equal(await isOpen(), false, `${part}: Enter closes`);
    await page.keyboard.press("Space");
    assert.equal(await isOpen(), true, `${part}: Space opens`);
    await page.keyboard.press("Space");
    assert.equal(await isOpen(), false, `${part}: Space closes`);
  }
  await context.close();
});

test("table layout: a row's expand button (its keyboard stop) is described by the state's description, shown while it has focus", async () => {
  await api.reset();
  const tableUrl = url().replace("layout=cards", "layout=table");
  const { page, context, problems } = await openPage(browser, tableUrl);
  for (const ctx of CTXS) await waitBadge(page, ctx, { "data-check": "fresh" });
  const row = "[data-part=badge][data-context-id=Cust1004]";
  const desc = () =>
    page.$eval(row, (tr) => {
      const d = tr.querySelector("[data-part=description]");
      const button = tr.querySelector("[data-part=expand]");
      return { visible: d.getBoundingClientRect().height > 0, text: d.textContent, describes: button.getAttribute("aria-describedby") === d.id };
    });
  const before = await desc();
  assert.equal(before.visible, false, "hidden until asked for");
  assert.ok(before.describes, "the button is described by it");
  assert.match(before.text, /suspend/i);
  // Tab until the row's button has focus.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((row) => document.activeElement?.closest(row) !== null && document.activeElement?.getAttribute("data-part") === "expand", row)) break;
  }
  assert.equal((await desc()).visible, true, "shown while the button has focus");
  assert.deepEqual(problems, []);
  await context.close();
});
