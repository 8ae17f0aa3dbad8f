// N live widgets sharing the page's scheduler: ?n=1000&base=...
import init, { mount, schedulerStats } from "/pkg/so_tenant_status.js";

await init({ module_or_path: "/pkg/so_tenant_status_bg.wasm" });
const q = new URLSearchParams(location.search);
const n = Number(q.get("n") ?? 1000);
const app = document.getElementById("app");
for (let i = 0; i < n; i++) {
  const div = document.createElement("div");
  app.append(div);
  mount(div, { contextId: `Cust${20000 + i}`, env: "sod", baseUrl: q.get("base") });
}
window.schedulerStats = schedulerStats;
window.liveReady = true;
