// Alerts that reach a person, on the built page: the Alerts toggle asks
// for permission only when pressed and explains a refusal; three tenants
// going down together make one notification, first answers none; with
// three tabs open only the polling tab notifies; a click on the
// notification shows the tenant; the title and favicon follow the worst
// health. The Notification API is a recording stand-in (a headless
// browser shows no notifications), so what the page asked for is exact.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMock, launch, STRICT_CSP, waitFor } from "./harness.mjs";

const IDS = ["Cust3001", "Cust3002", "Cust3003", "Cust3004"];
// ValidUntil in the past: the page asks again after its shortest interval (15 s).
const body = (ctx, State) => JSON.stringify({ ContextIdentifier: ctx, State, ValidUntil: "2026-01-01T00:00:00Z" });
const running = (ctx) => body(ctx, "Running");
const suspended = (ctx) => body(ctx, "Suspended");

let browser, api, site;
before(async () => {
  browser = await launch();
  api = await startMock();
  site = await startMock({ staticDir: "dist", csp: STRICT_CSP(api.origin) });
});
after(async () => {
  await browser?.close();
  site?.stop();
  api?.stop();
});

/** A context whose Notification API records: `permission` as given, `answer` what asking gives. */
async function recordingContext({ permission = "granted", answer = permission, remembered = false } = {}) {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await context.addInitScript(
    ([permission, answer, remembered]) => {
      window.__notes = [];
      window.__asked = 0;
      let current = permission;
      class RecordingNotification {
        constructor(title, options = {}) {
          this.title = title;
          window.__notes.push({ title, body: options.body, tag: options.tag, at: Date.now(), notification: this });
        }
        static get permission() {
          return current;
        }
        static requestPermission() {
          window.__asked += 1;
          current = answer;
          return Promise.resolve(current);
        }
      }
      window.Notification = RecordingNotification;
      if (remembered) localStorage.setItem("so-tenant-status:alerts", "on");
    },
    [permission, answer, remembered],
  );
  return context;
}

async function openBoard(context) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${site.origin}/?env=sod&context=${IDS.join(",")}&base=${encodeURIComponent(api.origin)}&lang=en`);
  // Answered (stale at once: their ValidUntil has passed).
  await page.waitForFunction((n) => document.querySelectorAll("[data-part=badge][data-health=ok]").length === n, IDS.length, { timeout: 20000 });
  await page.waitForSelector("[data-part=alerts]");
  return { page, problems };
}

const notes = (page) => page.evaluate(() => window.__notes.map(({ title, body, tag }) => ({ title, body, tag })));
const favicon = (page) => page.getAttribute("link[rel=icon]", "href");

async function allRunning() {
  await api.reset();
  for (const ctx of IDS) await api.answer(ctx, running(ctx));
}

test("three tenants down together: one notification, none for first answers; title, favicon and a click follow", async () => {
  await allRunning();
  const context = await recordingContext();
  const { page, problems } = await openBoard(context);
  assert.equal(await page.title(), "SuperOffice tenant status");
  assert.equal(await favicon(page), "favicon.svg");
  const toggle = page.locator("[data-part=alerts]");
  assert.equal(await toggle.getAttribute("aria-pressed"), "false", "off until pressed");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.equal(await page.evaluate(() => window.__asked), 0, "already allowed: not asked again");
  assert.equal(await page.textContent("[data-part=alerts-status]"), "On: a notification when a tenant's health changes.");
  assert.equal(await page.evaluate(() => localStorage.getItem("so-tenant-status:alerts")), "on", "remembered for the origin");
  assert.deepEqual(await notes(page), [], "first answers make no notification");
  for (const ctx of IDS.slice(0, 3)) await api.answer(ctx, suspended(ctx));
  await page.waitForFunction(() => document.querySelectorAll("[data-part=badge][data-health=down]").length === 3, null, { timeout: 30000 });
  // Grouped: said once, five seconds after the first change.
  await waitFor(async () => (await notes(page)).length > 0, "the notification", 10000);
  await page.waitForTimeout(6000);
  const said = await notes(page);
  assert.equal(said.length, 1, JSON.stringify(said));
  // The tenants in the order their changes were seen.
  const [, listed] = said[0].title.match(/^3 tenants down: (.*)$/) ?? [];
  const order = listed?.split(", ") ?? [];
  assert.deepEqual([...order].sort(), ["Cust3001", "Cust3002", "Cust3003"], said[0].title);
  assert.equal(said[0].body, order.map((ctx) => `${ctx} was ok`).join("; "));
  assert.equal(said[0].tag, `so-tenant-status:${order[0]}`);
  await waitFor(async () => (await page.title()) === "(3 down) SuperOffice tenant status", "the title");
  assert.equal(await favicon(page), "favicon-down.svg");
  // A click on the notification shows the first tenant.
  await page.evaluate(() => window.__notes[0].notification.onclick());
  await waitFor(
    () => page.evaluate((ctx) => document.activeElement?.closest("[data-context-id]")?.dataset.contextId === ctx, order[0]),
    `focus on ${order[0]}`,
  );
  // Back to OK: the title and icon follow, and that change is said too.
  for (const ctx of IDS.slice(0, 3)) await api.answer(ctx, running(ctx));
  await waitFor(async () => (await page.title()) === "SuperOffice tenant status", "the plain title", 30000);
  assert.equal(await favicon(page), "favicon.svg");
  await waitFor(async () => (await notes(page)).length === 2, "the second notification", 10000);
  assert.match((await notes(page))[1].title, /^3 tenants ok: Cust300\d, Cust300\d, Cust300\d$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("permission is asked only on the click; a refusal is explained", async () => {
  await allRunning();
  const context = await recordingContext({ permission: "default", answer: "denied" });
  const { page, problems } = await openBoard(context);
  assert.equal(await page.evaluate(() => window.__asked), 0, "not asked before the click");
  const toggle = page.locator("[data-part=alerts]");
  assert.equal(await toggle.getAttribute("data-permission"), "ask");
  await toggle.click();
  await waitFor(async () => (await toggle.getAttribute("data-permission")) === "denied", "the refusal");
  assert.equal(await page.evaluate(() => window.__asked), 1);
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  const status = await page.textContent("[data-part=alerts-status]");
  assert.match(status, /blocked for this site/);
  assert.match(status, /site settings/);
  // The status is the toggle's description, so it is read with it.
  assert.equal(
    await page.evaluate(() => document.getElementById(document.querySelector("[data-part=alerts]").getAttribute("aria-describedby"))?.dataset.part),
    "alerts-status",
  );
  // Pressing again explains again; it does not ask (the browser would not show a prompt).
  await toggle.click();
  assert.equal(await page.evaluate(() => window.__asked), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("with three tabs open only the polling tab notifies", async () => {
  await allRunning();
  const context = await recordingContext({ remembered: true });
  const tabs = [];
  for (let i = 0; i < 3; i++) tabs.push(await openBoard(context));
  for (const { page } of tabs) {
    assert.equal(await page.getAttribute("[data-part=alerts]", "aria-pressed"), "true", "remembered: on in every tab");
  }
  for (const ctx of IDS.slice(0, 3)) await api.answer(ctx, suspended(ctx));
  for (const { page } of tabs) {
    await page.waitForFunction(() => document.querySelectorAll("[data-part=badge][data-health=down]").length === 3, null, { timeout: 30000 });
  }
  const count = async () => (await Promise.all(tabs.map(({ page }) => notes(page)))).map((n) => n.length);
  await waitFor(async () => (await count()).some((n) => n > 0), "a notification", 10000);
  await tabs[0].page.waitForTimeout(6000);
  const counts = await count();
  assert.deepEqual([...counts].sort(), [0, 0, 1], `one tab of three notifies: ${counts}`);
  for (const { problems } of tabs) assert.deepEqual(problems, []);
  await context.close();
});
