// A host page that embeds with Subresource Integrity, as README
// "Subresource Integrity" shows: the modules are checked by the page's
// import map ("integrity"), the wasm by fetch(…, { integrity })
// handed to init() before element.js is imported (element.js then reuses
// that instance). The wasm's hash comes from <meta name="sots-wasm-integrity">
// so the test can give a right or a wrong one.
import init from "/pkg/so_tenant_status.js";

const integrity = document.querySelector('meta[name="sots-wasm-integrity"]').content;
try {
  await init({ module_or_path: fetch("/pkg/so_tenant_status_bg.wasm", { integrity }) });
  await import("/pkg/element.js");
  document.body.dataset.ready = "true";
} catch (e) {
  document.body.dataset.failed = e.message;
}
