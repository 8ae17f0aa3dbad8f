// Both sides of every in-page benchmark, loaded into one page so they run in
// the same browser session. Driven by benches/run.mjs.
import initFull, * as full from "/pkg/so_tenant_status.js";
import initLite, * as lite from "/pkg-lite/so_tenant_status.js";
import { decodeStateBaseline } from "/benches/baseline/decoder.js";
import { renderBaseline } from "/benches/baseline/badges.js";
import { renderBoardBaseline } from "/benches/baseline/board.js";

const fullOut = await initFull({ module_or_path: "/pkg/so_tenant_status_bg.wasm" });
await initLite({ module_or_path: "/pkg-lite/so_tenant_status_bg.wasm" });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Milliseconds per call of fn, over enough calls that the sample lasts >= minMs. */
function perCall(fn, minMs = 10) {
  for (let n = 1; ; n *= 2) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    const dt = performance.now() - t0;
    if (dt >= minMs) return dt / n;
  }
}

/** Median per-call times of a and b over `rounds`, warmed up, order rotated. */
function compare(a, b, rounds = 21) {
  for (let i = 0; i < 300; i++) (a(i), b(i));
  const ta = [], tb = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2) (tb.push(perCall(b)), ta.push(perCall(a)));
    else (ta.push(perCall(a)), tb.push(perCall(b)));
  }
  return { a: median(ta), b: median(tb), ratio: median(ta) / median(tb) };
}

function badgeSummary(root) {
  return [...root.querySelectorAll("[data-part=badge]")].map((b) => ({
    attrs: ["data-health", "data-state", "data-check", "data-context-id", "role", "class"].map((k) => b.getAttribute(k)),
    parts: ["state", "health", "api", "description", "context-id", "version", "stale"].map((p) => b.querySelector(`[data-part=${p}]`)?.textContent ?? null),
    links: [...b.querySelectorAll("[data-part^=link-]")].map((l) => [l.tagName, l.getAttribute("href"), l.textContent]),
  }));
}

/** [building, building + style and layout] in ms. */
function renderOnce(render, payloads) {
  const target = document.getElementById("b");
  const t0 = performance.now();
  const handle = render(target, payloads);
  const built = performance.now() - t0;
  void target.offsetHeight; // include style and layout
  const dt = performance.now() - t0;
  handle.unmount();
  if (handle.free) handle.free();
  return [built, dt];
}

window.bench = {
  full,
  lite,
  decodeStateBaseline,
  sameDecoding(payloads) {
    return payloads.map((p) => {
      const a = JSON.stringify(lite.decodeState(p));
      const b = JSON.stringify(decodeStateBaseline(p));
      return a === b ? null : { a, b };
    }).filter(Boolean);
  },
  sameDom(payloads) {
    const a = document.getElementById("a");
    const h = full.mountStatic(a, payloads);
    const widget = badgeSummary(a);
    h.unmount();
    const base = renderBaseline(a, payloads);
    const baseline = badgeSummary(a);
    base.unmount();
    return { widget, baseline };
  },
  decode(text) {
    const r = compare(() => lite.decodeState(text), () => decodeStateBaseline(text));
    return { wasmMs: r.a, baselineMs: r.b, ratio: r.ratio };
  },
  decodeBatch(texts) {
    const r = compare(() => lite.decodeStates(texts), () => texts.map(decodeStateBaseline), 15);
    return { wasmMsPerItem: r.a / texts.length, baselineMsPerItem: r.b / texts.length, ratio: r.ratio };
  },
  dashboard(payloads, rounds = 15) {
    const widget = (t, p) => full.mountStatic(t, p);
    renderOnce(widget, payloads);
    renderOnce(renderBaseline, payloads);
    const ta = [], tb = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2) (tb.push(renderOnce(renderBaseline, payloads)), ta.push(renderOnce(widget, payloads)));
      else (ta.push(renderOnce(widget, payloads)), tb.push(renderOnce(renderBaseline, payloads)));
    }
    const total = (xs) => median(xs.map((x) => x[1]));
    const built = (xs) => median(xs.map((x) => x[0]));
    return {
      widgetMs: total(ta), baselineMs: total(tb), ratio: total(ta) / total(tb),
      // The part each side's own code takes (layout, the same DOM for both, excluded).
      widgetBuildMs: built(ta), baselineBuildMs: built(tb), buildRatio: built(ta) / built(tb),
    };
  },
  /**
   * Mounts a board of `ids` and waits until every tenant has answered; the
   * statuses then live in the page's scheduler, so later boards of the same
   * tenants render without a request.
   */
  async loadBoard(ids, base) {
    const target = document.getElementById("a");
    this.loaded = full.mountBoard(target, { contextIds: ids, env: "sod", baseUrl: base, layout: "table" });
    for (let i = 0; i < 1200; i++) {
      if (target.querySelectorAll("tr[data-part=badge][data-check=fresh]").length === ids.length) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the board's tenants did not all answer");
  },
  /**
   * A toggle of the `down` filter to the next frame, `rounds` times each way
   * (ms): on (1,000 rows to the ~180 down ones) and off (all again).
   */
  async boardFilter(rounds = 15) {
    const target = document.getElementById("a");
    const button = target.querySelector("[data-part=count][data-health=down]");
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const on = [], off = [];
    for (let r = 0; r < rounds * 2 + 2; r++) {
      await frame();
      const t0 = performance.now();
      button.click();
      await frame();
      void target.offsetHeight;
      const dt = performance.now() - t0;
      if (r >= 2) (r % 2 ? off : on).push(dt); // two warm-up toggles
    }
    const rows = target.querySelectorAll("tbody tr[data-part=badge]").length;
    // The browser's floor: the same rows hidden and shown again by hand.
    const trs = [...target.querySelectorAll("tbody tr[data-part=badge]")].filter((tr) => tr.dataset.health !== "down");
    const floorOn = [], floorOff = [];
    for (let r = 0; r < rounds * 2 + 2; r++) {
      await frame();
      const t0 = performance.now();
      for (const tr of trs) tr.hidden = r % 2 === 0;
      await frame();
      void target.offsetHeight;
      const dt = performance.now() - t0;
      if (r >= 2) (r % 2 ? floorOff : floorOn).push(dt);
    }
    // Headline: the slower direction (showing every row again).
    return {
      onMs: median(on), offMs: median(off), ms: Math.max(median(on), median(off)), rows,
      floorOnMs: median(floorOn), floorOffMs: median(floorOff),
    };
  },
  /** 1,000 rows: a second board of the loaded tenants vs the baseline table. */
  async boardRender(ids, base, states, rounds = 15) {
    const target = document.getElementById("b");
    const widget = () => {
      const t0 = performance.now();
      const h = full.mountBoard(target, { contextIds: ids, env: "sod", baseUrl: base, layout: "table" });
      void target.offsetHeight;
      const dt = performance.now() - t0;
      if (target.querySelectorAll("tbody tr[data-part=badge]").length !== ids.length) throw new Error("board rows missing");
      h.unmount();
      h.free();
      return dt;
    };
    const baseline = () => {
      const t0 = performance.now();
      const h = renderBoardBaseline(target, states);
      void target.offsetHeight;
      const dt = performance.now() - t0;
      h.unmount();
      return dt;
    };
    const settle = () => new Promise((r) => setTimeout(r, 20));
    widget(); await settle(); baseline(); await settle();
    const ta = [], tb = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2) (tb.push(baseline()), await settle(), ta.push(widget()));
      else (ta.push(widget()), await settle(), tb.push(baseline()));
      await settle();
    }
    return { widgetMs: median(ta), baselineMs: median(tb), ratio: median(ta) / median(tb) };
  },
  memoryAfter(which, payloads) {
    if (window.gc) window.gc();
    const before = performance.memory.usedJSHeapSize;
    const target = document.getElementById("a");
    const wasmBefore = fullOut.memory.buffer.byteLength;
    const h = which === "widget" ? full.mountStatic(target, payloads) : renderBaseline(target, payloads);
    void target.offsetHeight;
    if (window.gc) window.gc();
    const heap = performance.memory.usedJSHeapSize;
    const wasm = which === "widget" ? fullOut.memory.buffer.byteLength - wasmBefore : 0;
    h.unmount();
    return { heapDelta: heap - before, heap, wasm, wasmTotal: fullOut.memory.buffer.byteLength };
  },
};
window.benchReady = true;
