// The hostile-input matrix: every string field of a state answer and of a
// change notification, times every payload an attacker (or a broken server)
// would send, shown on every way in: the page, mount(), <so-tenant-status>
// and <so-tenant-board>. Plus hostile attributes on both elements.
//
// On every surface, after everything has been shown:
//   - the `window.__pwned` trap was never set, and no CSP violation fired;
//   - the only links are https:// links on superoffice.com;
//   - nothing from the data became markup (no script, img, svg, iframe,
//     no on* attribute, no style attribute);
//   - API text with a bidi override is isolated from the text around it;
//   - nothing overflows its badge or the page (10 KB strings wrap);
//   - markup-like text is shown as the text it is.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startMock, launch, STRICT_CSP, root } from "./harness.mjs";

const fixtures = path.join(root, "tests/fixtures");
const STATE = JSON.parse(fs.readFileSync(path.join(fixtures, "state-running-with-version.json"), "utf8"));
const MOVE = JSON.parse(fs.readFileSync(path.join(fixtures, "notification-move.json"), "utf8"));
const UPGRADE = JSON.parse(fs.readFileSync(path.join(fixtures, "notification-upgrade.json"), "utf8"));

/** What an attacker puts in a string. Each trap names itself in `__pwned`. */
export const PAYLOADS = {
  script: "<script>window.__pwned='script'</script>",
  handler: "\"><img src=x onerror=\"window.__pwned='img'\">",
  js: "javascript:window.__pwned='js'",
  data: "data:text/html,<script>window.__pwned='data'</script>",
  svg: "<svg onload=\"window.__pwned='svg'\"><circle r='9'/></svg>",
  css: "x\" style=\"background:url(javascript:window.__pwned='css')\" y=\"",
  bidi: "\u202Eevil.exe",
  long: "W".repeat(10 * 1024),
  surrogate: "\ud800",
  offsite: "https://evil.example/Cust12345",
  lookalike: "https://online2.superoffice.com.evil.example/Cust12345",
};
const STATE_FIELDS = ["ContextIdentifier", "Endpoint", "State", "ValidUntil", "Api", "Version"];
const NOTIFICATION_FIELDS = ["ContextIdentifier", "VersionName", "FileVersion", "Token", "PublicEndpoint", "ChangeType"];

/** One tenant per (field, payload): Cust8FFPP. */
const cases = [];
STATE_FIELDS.forEach((field, f) =>
  Object.entries(PAYLOADS).forEach(([name, payload], p) => {
    const ctx = `Cust8${String(f).padStart(2, "0")}${String(p).padStart(2, "0")}`;
    const body = { ...STATE, ContextIdentifier: ctx, ValidUntil: new Date(Date.now() + 3_600_000).toISOString() };
    body[field] = payload;
    cases.push({ ctx, field, name, payload, body: JSON.stringify(body) });
  }),
);
const CONTEXTS = cases.map((c) => c.ctx);

let browser, site, api, host;
before(async () => {
  browser = await launch();
  api = await startMock({ validFor: 3600 });
  site = await startMock({ staticDir: "dist", csp: STRICT_CSP(api.origin) });
  host = await startMock({ staticDir: ".", csp: STRICT_CSP(api.origin) });
  for (const c of cases) await api.answer(c.ctx, c.body);
});
after(async () => {
  await browser?.close();
  site?.stop();
  host?.stop();
  api?.stop();
});

/** A page with the traps set before anything of ours runs. */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, context, errors, requests };
}

/** Waits until every tenant in `contexts` has been answered (or refused) on every surface. */
async function settled(page, contexts, timeout = 30_000) {
  await page.waitForFunction(
    (contexts) => {
      const roots = [document];
      for (let i = 0; i < roots.length; i++)
        for (const el of roots[i].querySelectorAll("*")) if (el.shadowRoot) roots.push(el.shadowRoot);
      const done = new Set();
      for (const r of roots)
        for (const b of r.querySelectorAll("[data-part=badge][data-context-id]"))
          if (!["loading", "idle", ""].includes(b.getAttribute("data-check") ?? "")) done.add(b.getAttribute("data-context-id"));
      return contexts.every((c) => done.has(c));
    },
    contexts,
    { timeout, polling: 200 },
  );
}

/** Everything the matrix asserts, gathered in the page over the document and every shadow root. */
function inspect() {
  const roots = [document];
  for (let i = 0; i < roots.length; i++)
    for (const el of roots[i].querySelectorAll("*")) if (el.shadowRoot) roots.push(el.shadowRoot);
  const widgets = roots.flatMap((r) => [...r.querySelectorAll(".sots-widget, .sots-board, .sots-page, [data-part=badge]")]);
  const found = { links: [], markup: [], handlers: [], styles: [], overflow: [], bidi: [], badges: 0 };
  const seen = new Set();
  for (const w of widgets) {
    for (const el of [w, ...w.querySelectorAll("*")]) {
      if (seen.has(el)) continue;
      seen.add(el);
      const tag = el.localName;
      // Our own drawings: a timeline's bar and the Alerts toggle's bell
      // (aria-hidden, built node by node; no data reaches their markup).
      const ours = tag === "svg" && (el.parentElement?.dataset.part === "timeline-bar" || el.classList.contains("sots-board__bell"));
      if (!ours && ["script", "img", "svg", "iframe", "object", "embed", "style", "link", "math", "base", "meta"].includes(tag)) found.markup.push(tag);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.handlers.push(`${tag}[${a.name}]`);
        if (a.name === "style") found.styles.push(`${tag}[style=${a.value.slice(0, 60)}]`);
      }
      if (tag === "a" && el.hasAttribute("href")) found.links.push({ href: el.href, page: location.origin + location.pathname });
      if (el.getAttribute("data-part") === "badge") {
        found.badges++;
        if (el.scrollWidth > el.clientWidth + 1) found.overflow.push(`${el.getAttribute("data-context-id")}: ${el.scrollWidth} > ${el.clientWidth}`);
      }
      for (const node of el.childNodes) {
        if (node.nodeType !== 3 || !/[\u202A-\u202E\u2066-\u2069]/.test(node.data)) continue;
        // The text sits in an element that isolates it from what is around
        // it: bidi isolation, or a block of its own (a paragraph ends an override).
        const style = getComputedStyle(el);
        const isolated = ["isolate", "isolate-override", "plaintext"].includes(style.unicodeBidi) || tag === "bdi" || !style.display.startsWith("inline");
        if (!isolated) found.bidi.push(`${tag}.${el.className}: ${JSON.stringify(node.data.slice(0, 40))}`);
      }
    }
  }
  return {
    ...found,
    pwned: window.__pwned ?? null,
    violations: window.__violations,
    pageOverflow: document.documentElement.scrollWidth > window.innerWidth + 1,
  };
}

function assertSafe(r, what) {
  assert.equal(r.pwned, null, `${what}: the __pwned trap fired`);
  assert.deepEqual(r.violations, [], `${what}: CSP violations`);
  assert.deepEqual(r.markup, [], `${what}: markup from data`);
  assert.deepEqual(r.handlers, [], `${what}: event-handler attributes`);
  assert.deepEqual(r.styles, [], `${what}: style attributes`);
  for (const { href, page } of r.links) {
    const u = new URL(href);
    // The page's own views (the notification inspector, the way back) are
    // links to this very document with only its own options in the query.
    const ownView = u.origin + u.pathname === page && !u.hash && [...u.searchParams.keys()].every((k) => ["view", "lang"].includes(k));
    const superOffice = u.protocol === "https:" && /(^|\.)superoffice\.com$/.test(u.hostname) && !u.username;
    assert.ok(ownView || superOffice, `${what}: unsafe link ${href}`);
  }
  assert.deepEqual(r.bidi, [], `${what}: bidi overrides not isolated`);
  assert.deepEqual(r.overflow, [], `${what}: badges overflow`);
  assert.equal(r.pageOverflow, false, `${what}: the page scrolls sideways`);
}

/** Markup-like text from the answer is shown as that text: the Version field's payloads. */
async function assertShownAsText(page, what) {
  const shown = await page.evaluate((ids) => {
    const roots = [document];
    for (let i = 0; i < roots.length; i++)
      for (const el of roots[i].querySelectorAll("*")) if (el.shadowRoot) roots.push(el.shadowRoot);
    const out = {};
    for (const r of roots)
      for (const id of ids) {
        const b = r.querySelector(`[data-part=badge][data-context-id="${id}"]`);
        if (b && out[id] === undefined) out[id] = b.textContent;
      }
    return out;
  }, cases.filter((c) => c.field === "Version").map((c) => c.ctx));
  for (const c of cases.filter((c) => c.field === "Version" && ["script", "handler", "svg", "css"].includes(c.name))) {
    assert.ok(shown[c.ctx]?.includes(c.payload), `${what}: ${c.ctx} shows the Version ${c.name} payload as text`);
  }
}

test("the page: every hostile state field, in cards and in the table", async () => {
  for (const layout of ["cards", "table"]) {
    const url = `${site.origin}/?env=sod&context=${CONTEXTS.join(",")}&base=${encodeURIComponent(api.origin)}&layout=${layout}`;
    const { page, context, errors } = await open(url);
    try {
      await settled(page, CONTEXTS);
      assertSafe(await page.evaluate(inspect), `page (${layout})`);
      if (layout === "cards") await assertShownAsText(page, "page");
      assert.deepEqual(errors, []);
    } finally {
      // A failed case must not leave a polling page behind for the next one.
      await context.close();
    }
  }
});

/** A host page with every tenant shown by `how` (mount / element / board). */
async function hostWith(how) {
  const { page, context, errors, requests } = await open(`${host.origin}/tests/e2e/host.html`);
  await page.waitForFunction(() => window.hostReady === true);
  await page.evaluate(
    ({ how, contexts, base }) => {
      window.handles = {};
      const holder = document.getElementById("a");
      if (how === "board") {
        const board = document.createElement("so-tenant-board");
        board.setAttribute("env", "sod");
        board.setAttribute("base-url", base);
        board.setAttribute("context-ids", contexts.join(","));
        holder.append(board);
        window.handles.board = board;
        return;
      }
      for (const ctx of contexts) {
        const div = document.createElement("div");
        holder.append(div);
        if (how === "mount") {
          window.handles[ctx] = window.sots.mount(div, { contextId: ctx, env: "sod", baseUrl: base });
        } else {
          const el = document.createElement("so-tenant-status");
          el.setAttribute("context-id", ctx);
          el.setAttribute("env", "sod");
          el.setAttribute("base-url", base);
          div.append(el);
          window.handles[ctx] = el;
        }
      }
    },
    { how, contexts: CONTEXTS, base: api.origin },
  );
  await settled(page, CONTEXTS);
  return { page, context, errors, requests };
}

/** Hostile notifications for the tenants shown: every field × every payload. */
async function notifyAll(page, how) {
  const notes = [];
  NOTIFICATION_FIELDS.forEach((field, f) =>
    Object.entries(PAYLOADS).forEach(([name, payload], p) => {
      const shown = cases[(f * 11 + p) % cases.length].ctx;
      const base = field === "ChangeType" || f % 2 ? MOVE : UPGRADE;
      const n = { ...base, ContextIdentifier: shown };
      n[field] = payload;
      notes.push({ ctx: shown, n, what: `${field}/${name}` });
    }),
  );
  // Plus the same payloads as a JSON text (a lone surrogate as sent over the wire).
  notes.push({ ctx: CONTEXTS[0], n: `{"ChangeType":5,"ContextIdentifier":"${CONTEXTS[0]}","PublicEndpoint":"\\ud800"}`, what: "raw surrogate" });
  return page.evaluate(
    ({ notes, how }) =>
      notes.map(({ ctx, n, what }) => {
        const target = how === "board" ? window.handles.board : window.handles[ctx];
        try {
          return { what, reached: target.applyNotification(n) };
        } catch (e) {
          return { what, error: String(e?.message ?? e) };
        }
      }),
    { notes, how },
  );
}

for (const how of ["mount", "element", "board"]) {
  test(`${how === "mount" ? "mount()" : how === "element" ? "<so-tenant-status>" : "<so-tenant-board>"}: every hostile state field, then every hostile notification field`, async () => {
    const { page, context, errors, requests } = await hostWith(how);
    assertSafe(await page.evaluate(inspect), `${how}: answers`);
    if (how !== "board") await assertShownAsText(page, how);
    const results = await notifyAll(page, how);
    // A bad notification is refused with an error naming its field; a good one reaches its tenant.
    for (const r of results) {
      if (r.error) assert.match(r.error, /ChangeType|ContextIdentifier|PublicEndpoint|VersionName|FileVersion|Token|JSON|surrogate|line \d+/, `${how}: ${r.what}: ${r.error}`);
      else assert.ok(r.reached >= 0, `${how}: ${r.what}`);
    }
    assert.ok(results.some((r) => r.reached > 0), `${how}: some notifications reached their tenant`);
    assert.ok(results.some((r) => r.error), `${how}: some notifications were refused`);
    await page.waitForTimeout(1500); // the re-checks they asked for
    assertSafe(await page.evaluate(inspect), `${how}: notifications`);
    const foreign = requests.filter((u) => !u.startsWith(host.origin) && !u.startsWith(api.origin));
    assert.deepEqual(foreign, [], `${how}: requests only to the page and the API`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/** Attribute values a hostile or careless host page could set. */
const HOSTILE_ATTRIBUTES = {
  "context-id": ["javascript:alert(1)", "<img src=x onerror=alert(1)>", "Cust1002/../../admin", "Cust1002?x=1", "Cust1002#x", "../Cust1002", "Cust 1002", "X".repeat(10240), "Cust\u202E2001"],
  env: ["javascript:alert(1)", "evil.example", "sod.evil.example/", "<svg onload=alert(1)>", "sod/../", "SOD\u0000"],
  "base-url": ["javascript:alert(1)//", "data:text/html,<script>alert(1)</script>", "//evil.example", "https://user:pw@evil.example", "https://evil.example/?q=<script>", "https://evil.example/#x", "ftp://evil.example", "https://evil.example/a/../b", "https://evil example"],
  lang: ["<img src=x onerror=alert(1)>", "en\" onload=\"alert(1)", "javascript:alert(1)", "de_DE!", "x".repeat(10240), "en\u202E"],
  theme: ["<style>*{display:none}</style>", "dark; background:url(https://evil.example/x)", "javascript:alert(1)", "DARKEST", "x".repeat(10240)],
  variant: ["<img src=x onerror=alert(1)>", "chip\" onmouseover=\"alert(1)", "javascript:alert(1)", "pill", "x".repeat(10240)],
};

test("hostile attributes on <so-tenant-status> and <so-tenant-board>: refused with their own message, and no request", async () => {
  const { page, context, errors, requests } = await open(`${host.origin}/tests/e2e/host.html`);
  await page.waitForFunction(() => window.hostReady === true);
  await api.reset();
  const shown = await page.evaluate(
    ({ attrs, base }) => {
      const out = [];
      for (const [attr, values] of Object.entries(attrs))
        for (const value of values)
          for (const tag of ["so-tenant-status", "so-tenant-board"]) {
            const el = document.createElement(tag);
            const name = tag === "so-tenant-board" && attr === "context-id" ? "context-ids" : attr;
            el.setAttribute(tag === "so-tenant-board" ? "context-ids" : "context-id", "Cust1002");
            el.setAttribute("env", "sod");
            if (name !== "base-url") el.setAttribute("base-url", base);
            el.setAttribute(name, value);
            document.getElementById("b").append(el);
            out.push({ tag, attr: name, value, el });
          }
      window.hostile = out;
      return out.length;
    },
    { attrs: HOSTILE_ATTRIBUTES, base: api.origin },
  );
  await page.waitForTimeout(1500);
  const read = await page.evaluate(() =>
    window.hostile.map(({ tag, attr, value, el }) => {
      const root = el.shadowRoot ?? el;
      const problem = root.querySelector("[data-part=problem], .sots-board__invalid, [data-part=invalid]");
      return { tag, attr, value: value.slice(0, 40), problem: problem?.textContent ?? null, error: problem?.getAttribute("data-error") ?? null };
    }),
  );
  assert.equal(read.length, shown);
  const option = { "context-id": /contextId|context id|context-id/i, "context-ids": /contextIds?|context id|context-ids/i, env: /env/i, "base-url": /baseUrl|base URL|base-url/i, lang: /\blang\b/, theme: /\btheme\b/, variant: /\bvariant\b/ };
  for (const r of read) {
    assert.ok(r.problem, `${r.tag} ${r.attr}=${JSON.stringify(r.value)}: a message is shown`);
    assert.match(r.problem, option[r.attr], `${r.tag} ${r.attr}=${JSON.stringify(r.value)}: the message names the attribute: ${r.problem}`);
  }
  assert.deepEqual(await api.log(), [], "no request reached the API");
  const foreign = requests.filter((u) => !u.startsWith(host.origin));
  assert.deepEqual(foreign, [], "no request anywhere else");
  assertSafe(await page.evaluate(inspect), "hostile attributes");
  assert.deepEqual(errors, []);
  await context.close();
});
