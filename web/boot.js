// Starts the static page. An external module (not an inline script) so the
// page runs under `script-src 'self' 'wasm-unsafe-eval'`.
import init, { startPage } from "./so-tenant-status.js";

await init({ module_or_path: new URL("./so-tenant-status_bg.wasm", import.meta.url) });
startPage();
