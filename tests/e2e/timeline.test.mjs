// Health timelines and observed availability on the built page, on a
// fixed clock: a tenant that this browser saw down for a known 1 h 20 min
// yesterday evening. Segment lengths, the bar's role="img" name, the
// tooltip by keyboard, the "Last 24 h" column sorted both ways, the 7-day
// bar in the expanded row, the board's availability, and axe on the new
// parts (with the export and alerts tools) in both themes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { root, useSites, waitFor } from "./harness.mjs";
import { seedHistory, MIN, HOUR, DAY } from "./timeline-seed.mjs";

const AXE = readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// A whole minute: the bars are drawn to the minute.
const NOW = Date.parse("2026-12-06T12:00:00Z");
const IDS = ["Cust1002", "Cust3001", "Cust3002"];

let browser, api, pageSite;
useSites((s) => ({ browser, api, pageSite } = s));

/** The page on a clock held at NOW (UTC, en-US), with this browser's history seeded. */
async function openSeeded(colorScheme = "light", extra = "") {
  await api.reset();
  await api.clock(NOW);
  const url = `${pageSite.origin}/?env=sod&context=${IDS.join(",")}&base=${encodeURIComponent(api.origin)}&layout=table&lang=en${extra}`;
  const context = await browser.newContext({ colorScheme, locale: "en-US", timezoneId: "UTC", viewport: { width: 1280, height: 900 } });
  await context.clock.setFixedTime(new Date(NOW));
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  const seed = seedHistory(NOW, {
    // Watched for the whole day; Suspended from 14:00 to 12:40 hours ago.
    Cust1002: {
      watched: [[DAY + HOUR, MIN]],
      changes: [
        [DAY + HOUR, "Running", "ok"],
        [14 * HOUR, "Suspended", "down"],
        [12 * HOUR + 40 * MIN, "Running", "ok"],
      ],
    },
    // Running and watched all day (and not watched 3 of the last 7 days).
    Cust3001: { watched: [[7 * DAY, 4 * DAY], [3 * DAY, MIN]], changes: [[7 * DAY, "Running", "ok"]] },
  });
  await context.addInitScript((seed) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("so-tenant-status:history", seed);
      sessionStorage.setItem("seeded", "1");
    }
  }, seed);
  await page.goto(url);
  // Every tenant has answered and drawn its bar (from the chunk fetched
  // after the first answers).
  await page.waitForFunction(
    (n) => document.querySelectorAll("tr[data-part=badge] [data-part=timeline-bar]").length === n,
    IDS.length,
    { timeout: 20000 },
  );
  return { page, context, problems };
}

const bar = (page, ctx) => `tr[data-part=badge][data-context-id=${ctx}] [data-part=timeline-bar]`;

test("a tenant down for a known time: segment lengths, its name, availability", async () => {
  const { page, context, problems } = await openSeeded();
  const segments = await page.$$eval(`${bar(page, "Cust1002")} [data-part=segment]`, (els) =>
    els.map((e) => ({
      health: e.dataset.health,
      minutes: (Date.parse(e.dataset.to) - Date.parse(e.dataset.from)) / 60000,
      width: Number.parseFloat(e.getAttribute("width")),
    })),
  );
  assert.deepEqual(
    segments.map(({ health, minutes }) => [health, minutes]),
    [["ok", 600], ["down", 80], ["ok", 760]],
  );
  // Drawn to scale: 600 of 1,440 minutes is 41.667 % of the bar.
  assert.ok(Math.abs(segments[0].width - (600 / 1440) * 100) < 0.01, JSON.stringify(segments));
  assert.ok(Math.abs(segments[1].width - (80 / 1440) * 100) < 0.01);
  assert.equal(await page.getAttribute(bar(page, "Cust1002"), "role"), "img");
  assert.equal(
    await page.getAttribute(bar(page, "Cust1002"), "aria-label"),
    "Last 24 hours: OK 22 h 40 min, Down 1 h 20 min",
  );
  const availability = (ctx) =>
    page.$eval(`tr[data-part=badge][data-context-id=${ctx}] [data-part=availability]`, (e) => ({
      shown: e.querySelector("[aria-hidden]").textContent,
      said: e.textContent.includes("observed from this browser") || e.textContent.includes("Observed from this browser"),
      permille: e.dataset.permille ?? null,
    }));
  assert.deepEqual(await availability("Cust1002"), { shown: "94.4%", said: true, permille: "944" });
  assert.deepEqual(await availability("Cust3001"), { shown: "100%", said: true, permille: "1000" });
  // Cust3002 has only just answered: nothing watched yet, not "100 %".
  assert.deepEqual(await availability("Cust3002"), { shown: "–", said: true, permille: null });
  assert.equal(
    await page.getAttribute(bar(page, "Cust3002"), "aria-label"),
    "Last 24 hours: not watched 24 h",
  );
  // The board sums the watched time of every tenant: (1,360 + 1,440) / (1,440 + 1,440).
  const board = await page.$eval("[data-part=board-availability]", (e) => ({ text: e.textContent, permille: e.dataset.permille }));
  assert.equal(board.permille, "972");
  assert.match(board.text, /observed from this browser: OK 97\.2%/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("each segment's from–to, state and health by keyboard and on hover", async () => {
  const { page, context, problems } = await openSeeded();
  const tip = () =>
    page.$eval(`tr[data-part=badge][data-context-id=Cust1002] [data-part=timeline-tip]`, (e) => ({
      hidden: e.hidden,
      text: e.textContent,
      visible: e.getBoundingClientRect().height > 0,
    }));
  assert.equal((await tip()).hidden, true, "no tip until asked for");
  await page.focus(bar(page, "Cust1002"));
  const describedBy = await page.$eval(bar(page, "Cust1002"), (e) => document.getElementById(e.getAttribute("aria-describedby"))?.dataset.part);
  assert.equal(describedBy, "timeline-tip");
  // Focus shows the current segment; ← the one before: the outage.
  assert.deepEqual(await tip(), { hidden: false, visible: true, text: "11:20 PM–12:00 PM: Running, ok" });
  await page.keyboard.press("ArrowLeft");
  assert.deepEqual(await tip(), { hidden: false, visible: true, text: "10:00 PM–11:20 PM: Suspended, down" });
  await page.keyboard.press("Home");
  assert.equal((await tip()).text, "12:00 PM–10:00 PM: Running, ok");
  await page.keyboard.press("End");
  assert.match((await tip()).text, /^11:20 PM–12:00 PM/);
  await page.keyboard.press("Escape");
  assert.equal((await tip()).hidden, true);
  // Blur hides it; the pointer over a segment shows that one.
  await page.keyboard.press("Shift+Tab");
  await page.hover(`${bar(page, "Cust1002")} [data-part=segment][data-health=down]`, { force: true });
  await waitFor(async () => (await tip()).text.includes("Suspended"), "the hovered segment's tip");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the Last 24 h column sorts by observed availability, never-watched last", async () => {
  const { page, context, problems } = await openSeeded();
  const order = () => page.$$eval("tbody tr[data-part=badge]", (els) => els.map((e) => e.dataset.contextId));
  const header = page.locator("thead th[data-col=observed]");
  assert.equal((await header.textContent()).trim(), "Last 24 h");
  await page.click("thead th[data-col=observed] button");
  assert.equal(await header.getAttribute("aria-sort"), "ascending");
  assert.deepEqual(await order(), ["Cust1002", "Cust3001", "Cust3002"]);
  // And by keyboard, the other way.
  await page.focus("thead th[data-col=observed] button");
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-sort"), "descending");
  assert.deepEqual(await order(), ["Cust3001", "Cust1002", "Cust3002"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the expanded row shows the last 7 days, day marks at local midnights", async () => {
  const { page, context, problems } = await openSeeded();
  await page.click("tr[data-part=badge][data-context-id=Cust3001] [data-part=expand]");
  const week = "[data-part=detail] [data-part=timeline][data-window='7d']";
  await page.waitForSelector(week);
  assert.equal(
    await page.getAttribute(`${week} [data-part=timeline-bar]`, "aria-label"),
    "Last 7 days: OK 6 d, not watched 24 h",
  );
  assert.equal(await page.$eval(`${week} [data-part=availability]`, (e) => e.dataset.permille), "1000");
  // The context runs in UTC: seven midnights in the last 7 days.
  assert.equal(await page.$$eval(`${week} line.sots-timeline__day`, (els) => els.length), 7);
  assert.ok(await page.$("[data-part=detail] [data-part=timeline][data-window='24h']"));
  assert.deepEqual(problems, []);
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe: timelines, the column, the 7-day bar and the tools, ${colorScheme}: 0 violations`, async () => {
    const { page, context, problems } = await openSeeded(colorScheme);
    await page.click("tr[data-part=badge][data-context-id=Cust1002] [data-part=expand]");
    await page.waitForSelector("[data-part=detail] [data-part=timeline][data-window='7d']");
    await page.waitForSelector("[data-part=alerts]");
    await page.focus(bar(page, "Cust1002"));
    await page.evaluate(AXE);
    const result = await page.evaluate(
      (tags) =>
        window.axe.run(
          { include: [["[data-part=tenants]"], ["[data-part=export]"], [".sots-board__alerts"], ["[data-part=board-availability]"]] },
          { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
        ),
      TAGS,
    );
    const lines = result.violations.map((v) => `${v.id}: ${v.help}; ${v.nodes[0]?.target.join(" ")}`);
    assert.deepEqual(lines, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
