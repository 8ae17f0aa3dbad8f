// pkg/ embedded in a plain host page: mount()/unmount() and <so-tenant-status>.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMock, launch, openPage, waitBadge, STRICT_CSP, sleep } from "./harness.mjs";

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

async function host() {
  const opened = await openPage(browser, `${site.origin}/tests/e2e/host.html`);
  await opened.page.waitForFunction(() => window.hostReady === true);
  return opened;
}

const count = async (ctx) => (await api.log()).filter((r) => r.ctx === ctx).length;

async function waitCount(ctx, n) {
  for (let i = 0; i < 100 && (await count(ctx)) < n; i++) await sleep(100);
  assert.equal(await count(ctx), n, `${ctx}: ${n} requests`);
}

function addElement(page, attrs) {
  return page.evaluate((attrs) => {
    const el = document.createElement("so-tenant-status");
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.append(el);
  }, attrs);
}

test("mount() renders a live badge; refresh() checks again; unmount() removes it and stops its requests", async () => {
  await api.reset();
  const { page, problems, context } = await host();
  await page.evaluate((base) => {
    window.h = window.sots.mount(document.getElementById("a"), { contextId: "Cust1004", env: "sod", baseUrl: base });
  }, api.origin);
  await waitBadge(page, "Cust1004", { "data-check": "fresh", "data-health": "down", "data-state": "Suspended" });
  await waitCount("Cust1004", 1);
  await page.evaluate(() => window.h.refresh());
  await waitCount("Cust1004", 2);
  await page.evaluate(() => window.h.unmount());
  assert.equal(await page.evaluate(() => document.getElementById("a").children.length), 0);
  assert.equal(await page.evaluate(() => window.h.mounted), false);
  await page.evaluate(() => window.h.refresh());
  await sleep(1500);
  assert.equal(await count("Cust1004"), 2, "no request after unmount");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a widget whose handle was dropped stays mounted after garbage collection", async () => {
  await api.reset();
  const { page, context } = await host();
  await page.evaluate((base) => {
    window.sots.mount(document.getElementById("a"), { contextId: "Cust1006", env: "sod", baseUrl: base });
  }, api.origin);
  await waitBadge(page, "Cust1006", { "data-check": "fresh", "data-health": "maintenance" });
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.gc());
    await sleep(200);
  }
  await page.click("[data-context-id=Cust1006] [data-part=refresh]");
  await waitCount("Cust1006", 2);
  await waitBadge(page, "Cust1006", { "data-check": "fresh" });
  await context.close();
});

test("mount() explains an invalid context id and requests nothing; bad arguments throw Errors", async () => {
  await api.reset();
  const { page, context } = await host();
  const text = await page.evaluate(() => {
    window.sots.mount(document.getElementById("a"), { contextId: "../Cust1" });
    return document.querySelector("[data-part=problem]").textContent;
  });
  assert.match(text, /Nothing was checked: contextId: expected Cust followed by 1 to 10 digits/);
  assert.equal(await page.getAttribute("[data-part=badge]", "data-check"), "error");
  const thrown = await page.evaluate(() => {
    const out = [];
    for (const args of [[null, { contextId: "Cust1" }], [document.body, {}], [document.body, { contextId: 5 }]]) {
      try {
        window.sots.mount(...args);
      } catch (e) {
        out.push(e instanceof Error ? e.message : `not an Error: ${e}`);
      }
    }
    return out;
  });
  assert.deepEqual(thrown, ["target: expected an HTML element or a shadow root", "options.contextId: missing", "options.contextId: expected a string, got a number"]);
  await sleep(500);
  assert.deepEqual(await api.log(), []);
  await context.close();
});

test("<so-tenant-status> renders in an open shadow root with its own stylesheet, follows attributes and cleans up", async () => {
  await api.reset();
  const { page, problems, context } = await host();
  await addElement(page, { id: "e1", "context-id": "Cust1002", env: "sod", "base-url": api.origin });
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
  const info = await page.evaluate(() => {
    const el = document.getElementById("e1");
    const state = el.shadowRoot.querySelector("[data-part=state]");
    return {
      mode: el.shadowRoot.mode,
      sheets: el.shadowRoot.adoptedStyleSheets.length,
      color: getComputedStyle(state).color,
      inLightDom: document.querySelectorAll("[data-part=badge]").length,
      border: getComputedStyle(el.shadowRoot.querySelector("[data-part=badge]")).borderLeftWidth,
      // mount() renders straight into the shadow root: the widget is all it holds.
      shadowChildren: [...el.shadowRoot.children].map((c) => c.getAttribute("data-part")),
    };
  });
  assert.deepEqual(info, { mode: "open", sheets: 1, color: info.color, inLightDom: 0, border: "6px", shadowChildren: ["widget"] });
  assert.notEqual(info.color, "rgb(255, 0, 0)", "host styles do not leak in");
  await page.evaluate(() => document.getElementById("e1").setAttribute("context-id", "Cust1004"));
  await waitBadge(page, "Cust1004", { "data-check": "fresh", "data-health": "down" });
  await page.evaluate(() => document.getElementById("e1").remove());
  assert.equal(await page.evaluate(() => document.getElementById("e1")), null);
  const before = (await api.log()).length;
  await sleep(1500);
  assert.equal((await api.log()).length, before);
  assert.deepEqual(problems, []);
  await context.close();
});

test("two embeds of one tenant make one request and share one wasm instance", async () => {
  await api.reset();
  const { page, context } = await host();
  await page.evaluate((base) => {
    window.sots.mount(document.getElementById("b"), { contextId: "Cust1005", env: "sod", baseUrl: base });
  }, api.origin);
  await addElement(page, { "context-id": "Cust1005", env: "sod", "base-url": api.origin });
  await addElement(page, { "context-id": "Cust1005", env: "sod", "base-url": api.origin });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("so-tenant-status")].every((e) => e.shadowRoot.querySelector("[data-check=fresh]")),
  );
  await waitBadge(page, "Cust1005", { "data-check": "fresh", "data-health": "maintenance" });
  await sleep(500);
  assert.equal(await count("Cust1005"), 1);
  const wasmLoads = await page.evaluate(() => performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).length);
  assert.equal(wasmLoads, 1);
  await context.close();
});

test("what one badge does not need loads on first use: the board and the legends are chunks fetched when drawn", async () => {
  await api.reset();
  const { page, problems, context } = await host();
  const wasm = () =>
    page.evaluate(() =>
      performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).map((r) => new URL(r.name).pathname.split("/").pop()),
    );
  await page.evaluate((base) => {
    window.sots.mount(document.getElementById("a"), { contextId: "Cust1002", env: "sod", baseUrl: base });
  }, api.origin);
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
  assert.deepEqual(await wasm(), ["so_tenant_status_bg.wasm"], "one badge: the main module only");
  await page.evaluate((base) => {
    window.sots.mount(document.getElementById("b"), { contextId: "Cust1004", env: "sod", baseUrl: base, legends: true });
  }, api.origin);
  await page.waitForSelector("#b [data-part=state-legend] [data-state=Suspended]", { state: "attached" });
  assert.ok((await wasm()).some((f) => /^so_tenant_status\.legends\.[0-9a-f]{16}\.wasm$/.test(f)), "the legends' chunk");
  assert.ok(!(await wasm()).some((f) => f.includes(".board.")), "no board yet");
  await page.evaluate((base) => {
    const c = document.body.appendChild(document.createElement("div"));
    c.id = "c";
    window.sots.mountBoard(c, { contextIds: "Cust1002 Cust1004", env: "sod", baseUrl: base });
  }, api.origin);
  await page.waitForSelector("#c [data-part=badge][data-context-id=Cust1004][data-health=down]");
  assert.ok((await wasm()).some((f) => /^so_tenant_status\.board\.[0-9a-f]{16}\.wasm$/.test(f)), "the board's chunk");
  assert.deepEqual(problems, []);
  await context.close();
});

test("pkg/ bundled unchanged by Vite: decoder, mount() and the element work in the built app", async () => {
  await api.reset();
  const { page, problems, context } = await openPage(browser, `${site.origin}/target/bundler/index.html?base=${encodeURIComponent(api.origin)}`);
  await page.waitForFunction(() => window.appReady === true);
  assert.equal(await page.evaluate(() => window.decoded.health), "down");
  await waitBadge(page, "Cust1004", { "data-check": "fresh", "data-health": "down" });
  await waitBadge(page, "Cust1002", { "data-check": "fresh", "data-health": "ok" });
  const wasmLoads = await page.evaluate(() => performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).length);
  assert.equal(wasmLoads, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("mountStatic() renders badges for states the host already has, without requests", async () => {
  await api.reset();
  const { page, context } = await host();
  const out = await page.evaluate(() => {
    const h = window.sots.mountStatic(document.getElementById("a"), [
      '{"ContextIdentifier":"Cust5","State":"Suspended"}',
      { ContextIdentifier: "Cust6", State: 2, Endpoint: "https://online2.superoffice.com/Cust6" },
      "not json",
    ]);
    const badges = [...document.querySelectorAll("#a [data-part=badge]")].map((b) => [
      b.getAttribute("data-context-id"),
      b.getAttribute("data-health"),
      b.getAttribute("data-check"),
      b.querySelector("[data-part=problem]")?.getAttribute("data-error") ?? null,
      !!b.querySelector("[data-part=refresh]"),
    ]);
    h.unmount();
    return { badges, left: document.querySelectorAll("#a [data-part=badge]").length };
  });
  assert.deepEqual(out.badges, [
    ["Cust5", "down", "fresh", null, false],
    ["Cust6", "ok", "fresh", null, false],
    ["", null, "error", "invalid-payload", false],
  ]);
  assert.equal(out.left, 0);
  await sleep(300);
  assert.deepEqual(await api.log(), []);
  await context.close();
});

test("theme: auto follows the user's preference, light and dark override it, on the element, the board and mount(); the root carries the language written", async () => {
  const DARK_BG = "rgb(22, 27, 34)";
  const LIGHT_BG = "rgb(255, 255, 255)";
  for (const scheme of ["light", "dark"]) {
    const opened = await openPage(browser, `${site.origin}/tests/e2e/host.html`, { colorScheme: scheme });
    const { page, problems, context } = opened;
    await page.waitForFunction(() => window.hostReady === true);
    await page.evaluate((base) => {
      const add = (tag, attrs) => {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.body.append(el);
      };
      for (const theme of ["auto", "light", "dark"]) {
        add("so-tenant-status", { id: `s-${theme}`, "context-id": "Cust1002", env: "sod", "base-url": base, theme, lang: "de-DE" });
        add("so-tenant-board", { id: `b-${theme}`, "context-ids": "Cust1002", env: "sod", "base-url": base, theme, lang: "nb-NO" });
        const div = Object.assign(document.createElement("div"), { id: `m-${theme}` });
        document.body.append(div);
        window.sots.mount(div, { contextId: "Cust1002", env: "sod", baseUrl: base, theme, lang: "nl" });
      }
    }, api.origin);
    await page.waitForFunction(() =>
      ["auto", "light", "dark"].every((t) =>
        [`s-${t}`, `b-${t}`, `m-${t}`].every((id) => {
          const el = document.getElementById(id);
          return (el.shadowRoot ?? el).querySelector("[data-part=badge][data-check=fresh]");
        }),
      ),
    );
    const seen = await page.evaluate(() =>
      Object.fromEntries(
        ["auto", "light", "dark"].flatMap((t) =>
          [`s-${t}`, `b-${t}`, `m-${t}`].map((id) => {
            const el = document.getElementById(id);
            const root = (el.shadowRoot ?? el).querySelector("[data-part=widget]");
            const surface = id.startsWith("b-") ? root.querySelector(".sots-board") ?? root : root.querySelector("[data-part=badge]");
            return [id, { bg: getComputedStyle(surface).backgroundColor, lang: root.getAttribute("lang") }];
          }),
        ),
      ),
    );
    for (const [id, { bg, lang }] of Object.entries(seen)) {
      const theme = id.slice(2);
      const dark = theme === "dark" || (theme === "auto" && scheme === "dark");
      if (!id.startsWith("b-")) assert.equal(bg, dark ? DARK_BG : LIGHT_BG, `${id} under ${scheme}`);
      const written = { s: "de", b: "nb", m: "nl" }[id[0]];
      assert.equal(lang, written, `${id}: the root says which language its text is in`);
    }
    // The board's own surface follows the same scheme as its badges.
    const boardBadge = await page.evaluate(() => [...["auto", "light", "dark"]].map((t) => getComputedStyle(document.getElementById(`b-${t}`).shadowRoot.querySelector("[data-part=badge]")).color));
    assert.notEqual(boardBadge[1], boardBadge[2], `board light and dark text differ under ${scheme}`);
    // A theme changed on the element follows.
    await page.evaluate(() => document.getElementById("s-light").setAttribute("theme", "dark"));
    await page.waitForFunction((bg) => {
      const badge = document.getElementById("s-light").shadowRoot.querySelector("[data-part=badge][data-check=fresh]");
      return badge && getComputedStyle(badge).backgroundColor === bg;
    }, DARK_BG);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
