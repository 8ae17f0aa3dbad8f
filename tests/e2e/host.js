// The host page's own module: the package imported as a plain ES module, and
// the custom element registered next to it. Tests drive it via window.sots.
import init, * as sots from "/pkg/so_tenant_status.js";
import "/pkg/element.js";

await init({ module_or_path: new URL("/pkg/so_tenant_status_bg.wasm", import.meta.url) });
window.sots = sots;
window.hostReady = true;
