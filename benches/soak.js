// The soak page (`make soak`, benches/soak.mjs): n tenants on one board
// (?surface=board, the wall screen) or as n mount()s (?surface=mounts), on
// Playwright's fake clock. It counts the requests the widget has in flight
// at the fetch() it calls, and reports the wasm memory next to the JS heap.
import init, { mount, mountBoard, schedulerStats } from "/pkg/so_tenant_status.js";

const q = new URLSearchParams(location.search);
const n = Number(q.get("n") ?? 1000);
const base = q.get("base");

// State API requests in flight, as the browser sees them (gloo-net calls
// window.fetch; the .wasm's own fetch is not counted).
const counts = { inFlight: 0, maxInFlight: 0, fetches: 0, maxSchedulerInFlight: 0 };
const realFetch = window.fetch;
window.fetch = function fetch(...args) {
  if (!String(args[0]?.url ?? args[0]).includes("/api/state/")) return realFetch.apply(this, args);
  counts.fetches++;
  counts.inFlight++;
  counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
  const answer = realFetch.apply(this, args);
  const done = () => counts.inFlight--;
  answer.then(done, done);
  return answer;
};

const exports = await init({ module_or_path: "/pkg/so_tenant_status_bg.wasm" });
const ids = Array.from({ length: n }, (_, i) => `Cust${20000 + i}`);
const app = document.getElementById("app");
if (q.get("surface") === "mounts") {
  for (const contextId of ids) {
    const div = document.createElement("div");
    app.append(div);
    mount(div, { contextId, env: "sod", baseUrl: base });
  }
} else {
  mountBoard(app, { contextIds: ids, env: "sod", baseUrl: base, layout: "table" });
}

/** Yields to the event loop without a timer (the timers are fake). */
const yieldNow = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

window.soak = {
  /** Resolves once no check is in flight (real time; the fake clock stands still). */
  async settle() {
    for (;;) {
      const { inFlight } = schedulerStats();
      counts.maxSchedulerInFlight = Math.max(counts.maxSchedulerInFlight, inFlight);
      if (inFlight === 0 && counts.inFlight === 0) return;
      await yieldNow();
    }
  },
  stats() {
    const badges = [...app.querySelectorAll("[data-part=badge]")];
    return {
      ...counts,
      scheduler: schedulerStats(),
      wasmBytes: exports.memory.buffer.byteLength,
      badges: badges.length,
      fresh: badges.filter((b) => b.getAttribute("data-check") === "fresh").length,
    };
  },
};
document.body.dataset.ready = "true";
