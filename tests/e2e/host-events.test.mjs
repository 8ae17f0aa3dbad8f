// What a host page hears and can say: the sots-* events of mount(),
// mountBoard() and both elements, applyNotification(), and endpoint moves.
// The real built pkg/ in a plain page, against the real mock state API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { startMock, launch, openPage, waitBadge, waitFor, root, STRICT_CSP, sleep } from "./harness.mjs";

// SuperOffice's documented Move notification, as shipped.
const MOVE = JSON.parse(readFileSync(path.join(root, "tests/fixtures/notification-move.json"), "utf8"));
const UPGRADE = JSON.parse(readFileSync(path.join(root, "tests/fixtures/notification-upgrade.json"), "utf8"));

let browser, site, api;
before(async () => {
  browser = await launch();
  api = await startMock();
  site = await startMock({ staticDir: ".", csp: STRICT_CSP(api.origin) });
});
after(async () => {
  await browser?.close();
  site?.stop();
  api?.stop();
});

/** The host page, recording every sots-* event that reaches `document`. */
async function host() {
  await api.reset();
  const opened = await openPage(browser, `${site.origin}/tests/e2e/host.html`);
  await opened.page.waitForFunction(() => window.hostReady === true);
  await opened.page.evaluate(() => {
    window.heard = [];
    for (const type of ["sots-statuschange", "sots-checkerror", "sots-endpointchange"]) {
      document.addEventListener(type, (e) => {
        window.heard.push({ type, target: e.target.id || e.target.localName, detail: e.detail, bubbles: e.bubbles, composed: e.composed });
      });
    }
  });
  return opened;
}

const heard = (page, type) => page.evaluate((type) => window.heard.filter((e) => !type || e.type === type), type);
const requests = async (ctx) => (await api.log()).filter((r) => r.ctx === ctx).length;

test("sots-statuschange: the first answer (previous null), a change, and nothing for an unchanged refresh", async () => {
  const { page, context } = await host();
  await page.evaluate((base) => {
    window.h = window.sots.mount(document.getElementById("a"), { contextId: "Cust3100", env: "sod", baseUrl: base });
  }, api.origin);
  const [first] = await waitFor(async () => (await heard(page, "sots-statuschange")).length === 1 && heard(page, "sots-statuschange"), "the first answer");
  assert.equal(first.target, "a");
  assert.equal(first.bubbles, true);
  assert.equal(first.composed, true);
  assert.equal(first.detail.contextIdentifier, "Cust3100");
  assert.equal(first.detail.env, "sod");
  assert.equal(first.detail.previous, null);
  assert.equal(first.detail.current.state, "Running");
  assert.equal(first.detail.current.health, "ok");
  assert.equal(first.detail.current.apiAvailable, true);

  // Unchanged refresh: a request, no event.
  await page.evaluate(() => window.h.refresh());
  await waitFor(async () => (await requests("Cust3100")) === 2, "the second request");
  await sleep(500);
  assert.equal((await heard(page, "sots-statuschange")).length, 1);

  // A change: Running -> Suspended.
  await api.scenario("Cust3100", "Suspended");
  await page.evaluate(() => window.h.refresh());
  const events = await waitFor(async () => {
    const e = await heard(page, "sots-statuschange");
    return e.length === 2 && e;
  }, "the change");
  assert.equal(events[1].detail.previous.state, "Running");
  assert.equal(events[1].detail.current.state, "Suspended");
  assert.equal(events[1].detail.current.health, "down");
  assert.deepEqual(await heard(page, "sots-checkerror"), []);
  await context.close();
});

test("sots-checkerror fires once per run of failures, with kind, status and message", async () => {
  const { page, context } = await host();
  await page.evaluate((base) => {
    window.h = window.sots.mount(document.getElementById("a"), { contextId: "Cust3101", env: "sod", baseUrl: base });
  }, api.origin);
  await waitBadge(page, "Cust3101", { "data-check": "fresh" });
  await api.scenario("Cust3101", "500");
  for (let n = 2; n <= 4; n++) {
    await page.evaluate(() => window.h.refresh());
    await waitFor(async () => (await requests("Cust3101")) === n, `request ${n}`);
    await waitBadge(page, "Cust3101", { "data-check": "stale" });
  }
  await sleep(300);
  const errors = await heard(page, "sots-checkerror");
  assert.equal(errors.length, 1, "one event for three failures");
  assert.deepEqual(
    { ...errors[0].detail, error: { ...errors[0].detail.error, message: typeof errors[0].detail.error.message } },
    { contextIdentifier: "Cust3101", env: "sod", error: { kind: "server", status: 500, message: "string" } },
  );
  assert.match(errors[0].detail.error.message, /had an error \(500\)/);
  // The run ends with a good answer; the next failure is a new run.
  await api.scenario("Cust3101", "Running");
  await page.evaluate(() => window.h.refresh());
  await waitBadge(page, "Cust3101", { "data-check": "fresh" });
  await api.scenario("Cust3101", "404");
  await page.evaluate(() => window.h.refresh());
  const again = await waitFor(async () => {
    const e = await heard(page, "sots-checkerror");
    return e.length === 2 && e;
  }, "the second run");
  assert.equal(again[1].detail.error.kind, "notFound");
  assert.equal(again[1].detail.error.status, 404);
  assert.equal((await heard(page, "sots-statuschange")).length, 1, "failures are not state changes");
  await context.close();
});

test("an endpoint that changes between answers is a move: event, line on the badge, links follow", async () => {
  const { page, context } = await host();
  await page.evaluate((base) => {
    window.h = window.sots.mount(document.getElementById("a"), { contextId: "Cust4212", env: "sod", baseUrl: base });
  }, api.origin);
  await waitBadge(page, "Cust4212", { "data-check": "fresh" });
  assert.equal(await page.textContent("[data-part=link-endpoint]"), "https://sod2.superoffice.com/Cust4212");
  await page.evaluate(() => window.h.refresh());
  const [move] = await waitFor(async () => {
    const e = await heard(page, "sots-endpointchange");
    return e.length === 1 && e;
  }, "the move");
  assert.deepEqual(move.detail, {
    contextIdentifier: "Cust4212",
    env: "sod",
    from: { endpoint: "https://sod2.superoffice.com/Cust4212", api: "https://sod2.superoffice.com/Cust4212/api" },
    to: { endpoint: "https://sod3.superoffice.com/Cust4212", api: "https://sod3.superoffice.com/Cust4212/api" },
    publicEndpoint: null,
    reason: "check",
  });
  await page.waitForSelector("[data-part=moved]");
  assert.match(await page.textContent("[data-part=moved]"), /^Moved from sod2\.superoffice\.com to sod3\.superoffice\.com at \d/);
  assert.equal(await page.getAttribute("[data-part=link-endpoint]", "href"), "https://sod3.superoffice.com/Cust4212");
  assert.equal((await heard(page, "sots-statuschange")).length, 1, "same state: no status change");
  // The line stays for the rest of the page's life.
  await page.evaluate(() => window.h.refresh());
  await waitFor(async () => (await requests("Cust4212")) === 3, "a third answer");
  await sleep(300);
  assert.equal(await page.$$eval("[data-part=moved]", (e) => e.length), 1);
  assert.equal((await heard(page, "sots-endpointchange")).length, 1);
  await context.close();
});

test("a 421 followed by an answer on a new endpoint is shown as a move", async () => {
  const { page, context } = await host();
  await page.evaluate((base) => {
    window.h = window.sots.mount(document.getElementById("a"), { contextId: "Cust3102", env: "sod", baseUrl: base });
  }, api.origin);
  await waitBadge(page, "Cust3102", { "data-check": "fresh" });
  // The tenant moves: the old host answers 421 once, then the new place.
  await api.scenario("Cust3102", "421-then-moved");
  await page.evaluate(() => window.h.refresh());
  const [move] = await waitFor(async () => {
    const e = await heard(page, "sots-endpointchange");
    return e.length === 1 && e;
  }, "the move");
  assert.equal(move.detail.to.endpoint, "https://sod3.superoffice.com/Cust3102");
  assert.equal(await requests("Cust3102"), 3, "first answer, the 421, the re-check");
  await page.waitForSelector("[data-part=moved]");
  assert.deepEqual(await heard(page, "sots-checkerror"), [], "a 421 answered by the re-check is no failure");
  await context.close();
});

test("applyNotification() marks every widget showing the tenant, re-checks it with one request, and names the Move's new host", async () => {
  const { page, context } = await host();
  // Cust7001 answers after 2 s: the mark is visible while the re-check runs.
  await page.evaluate((base) => {
    const b = document.createElement("div");
    b.id = "board";
    document.body.append(b);
    window.w1 = window.sots.mount(document.getElementById("a"), { contextId: "Cust7001", env: "sod", baseUrl: base });
    window.w2 = window.sots.mount(document.getElementById("b"), { contextId: "Cust7001", env: "sod", baseUrl: base });
    window.board = window.sots.mountBoard(b, { contextIds: ["Cust7001", "Cust1002"], env: "sod", baseUrl: base, layout: "cards" });
  }, api.origin);
  await waitFor(async () => (await heard(page, "sots-statuschange")).filter((e) => e.detail.contextIdentifier === "Cust7001").length === 3, "three first answers", 15000);
  assert.equal(await requests("Cust7001"), 1, "three mounts, one request");

  const reached = await page.evaluate((n) => window.sots.applyNotification(JSON.stringify(n)), { ...MOVE, ContextIdentifier: "Cust7001" });
  assert.equal(reached, 3);
  const marked = await page.$$eval("[data-part=badge][data-context-id=Cust7001]", (els) =>
    els.map((e) => ({ notified: e.dataset.notified, line: e.querySelector("[data-part=notified]")?.textContent, state: e.dataset.state })),
  );
  assert.equal(marked.length, 3);
  for (const m of marked) {
    assert.equal(m.notified, "Move");
    assert.match(m.line, /^Move notified at \d.*moving to sod3\.superoffice\.com, confirming…$/);
    assert.equal(m.state, "Running", "a notification is never a state");
  }
  const moves = await heard(page, "sots-endpointchange");
  assert.deepEqual(new Set(moves.map((e) => e.target)), new Set(["a", "b", "board"]));
  for (const e of moves) {
    assert.equal(e.detail.reason, "notification");
    assert.equal(e.detail.publicEndpoint, "sod3.superoffice.com");
    assert.equal(e.detail.from.endpoint, "https://sod2.superoffice.com/Cust7001");
    assert.equal(e.detail.to, null);
  }
  // One re-check for all three, and the mark goes when it answers.
  await waitFor(async () => (await requests("Cust7001")) === 2, "the re-check");
  await page.waitForFunction(() => document.querySelectorAll("[data-part=badge][data-notified]").length === 0, null, { timeout: 10000 });
  await sleep(500);
  assert.equal(await requests("Cust7001"), 2, "exactly one request");

  // Handles reach only their own widget; an unknown tenant reaches none.
  const counts = await page.evaluate((n) => {
    const other = JSON.stringify({ ...n, ContextIdentifier: "Cust999" });
    const mine = JSON.stringify({ ...n, ContextIdentifier: "Cust1002" });
    return [window.sots.applyNotification(other), window.w1.applyNotification(mine), window.board.applyNotification(mine), document.querySelector("so-tenant-status") === null];
  }, UPGRADE);
  assert.deepEqual(counts, [0, 0, 1, true]);
  await waitFor(async () => (await requests("Cust1002")) === 2, "the board's tenant re-checked");
  // It throws as decodeNotification() does.
  const thrown = await page.evaluate(() => {
    const out = [];
    for (const input of ['{"ChangeType":"x"}', "not json", 5]) {
      for (const fn of [window.sots.applyNotification, window.sots.decodeNotification]) {
        try {
          fn(input);
          out.push("no error");
        } catch (e) {
          out.push(e.message);
        }
      }
    }
    return out;
  });
  for (let i = 0; i < thrown.length; i += 2) {
    assert.notEqual(thrown[i], "no error");
    assert.equal(thrown[i], thrown[i + 1]);
  }
  await context.close();
});

test("mountBoard(): events on its element, setContextIds keeps known tenants, refresh and unmount", async () => {
  const { page, context } = await host();
  await page.evaluate((base) => {
    window.board = window.sots.mountBoard(document.getElementById("a"), { contextIds: "Cust1002 cust1004\nnope", env: "sod", baseUrl: base });
  }, api.origin);
  await waitFor(async () => (await heard(page, "sots-statuschange")).length === 2, "two first answers");
  assert.deepEqual(new Set((await heard(page)).map((e) => e.target)), new Set(["a"]));
  assert.match(await page.textContent("#a [data-part=invalid-ids]"), /"nope"/);
  assert.equal(await page.$$eval("#a [data-part=summary] [data-part=count]", (e) => e.length), 3, "total, down, ok");
  await page.evaluate(() => window.board.setContextIds(["Cust1004", "Cust1003"]));
  await waitFor(async () => (await heard(page, "sots-statuschange")).length === 3, "the new tenant's first answer");
  assert.equal(await requests("Cust1004"), 1, "a tenant on both lists is not asked again");
  assert.equal((await heard(page, "sots-statuschange")).at(-1).detail.contextIdentifier, "Cust1003");
  assert.equal(await page.$$eval("#a [data-part=badge]", (e) => e.length), 2);
  await page.evaluate(() => window.board.refresh());
  await waitFor(async () => (await requests("Cust1003")) === 2, "refresh()");
  const thrown = await page.evaluate(() => {
    try {
      window.sots.mountBoard(document.body, { contextIds: [], layout: "grid" });
    } catch (e) {
      return e.message;
    }
  });
  assert.equal(thrown, 'options.layout: expected "table" or "cards", got "grid"');
  await page.evaluate(() => window.board.unmount());
  assert.equal(await page.evaluate(() => document.getElementById("a").children.length), 0);
  const before = (await api.log()).length;
  await sleep(1200);
  assert.equal((await api.log()).length, before);
  await context.close();
});

test("<so-tenant-board> renders the board in its shadow root; its events reach listeners on the element", async () => {
  const { page, context, problems } = await host();
  await page.evaluate((base) => {
    window.elHeard = [];
    const el = document.createElement("so-tenant-board");
    el.id = "tb";
    el.setAttribute("context-ids", "Cust1002 Cust1004 Cust1005");
    el.setAttribute("env", "sod");
    el.setAttribute("base-url", base);
    el.setAttribute("layout", "table");
    el.addEventListener("sots-statuschange", (e) => window.elHeard.push([e.target.id, e.detail.contextIdentifier]));
    document.body.append(el);
  }, api.origin);
  await page.waitForFunction(() => window.elHeard.length === 3);
  assert.deepEqual((await page.evaluate(() => window.elHeard)).map((e) => e[0]), ["tb", "tb", "tb"]);
  const inside = await page.evaluate(() => {
    const root = document.getElementById("tb").shadowRoot;
    return {
      rows: root.querySelectorAll("tr[data-part=badge]").length,
      total: root.querySelector("[data-part=count][data-count=total]").textContent,
      light: document.querySelectorAll("[data-part=badge]").length,
    };
  });
  assert.deepEqual(inside, { rows: 3, total: "3", light: 0 });
  await page.evaluate(() => document.getElementById("tb").setAttribute("context-ids", "Cust1002,Cust1003"));
  await page.waitForFunction(() => document.getElementById("tb").shadowRoot.querySelectorAll("tr[data-part=badge]").length === 2);
  assert.equal(await page.evaluate((n) => document.getElementById("tb").applyNotification({ ...n, ContextIdentifier: "Cust1003" }), MOVE), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
