// A host page that adds nothing to `window` itself: it notes the window's
// own keys before the package loads, mounts everything the package offers,
// and writes what the package added to `window` (nothing is promised) into
// <body data-added>. The API origin comes from `?api=`.
const before = new Set(Object.keys(window));
const api = new URL(location.href).searchParams.get("api");
const sots = await import("/pkg/so_tenant_status.js");
await import("/pkg/element.js");
await sots.default({ module_or_path: new URL("/pkg/so_tenant_status_bg.wasm", import.meta.url) });
const element = Object.assign(document.createElement("so-tenant-status"), { id: "element" });
const board = Object.assign(document.createElement("so-tenant-board"), { id: "board" });
for (const [el, ids] of [[element, ["context-id", "Cust1002"]], [board, ["context-ids", "Cust1002,Cust1004,Cust1006"]]]) {
  el.setAttribute(...ids);
  el.setAttribute("env", "sod");
  el.setAttribute("base-url", api);
}
document.getElementById("elements").append(element, board);
const handle = sots.mount(document.getElementById("mount"), { contextId: "Cust1004", env: "sod", baseUrl: api });
handle.applyNotification({ ChangeType: 3, ContextIdentifier: "Cust1004" });
document.body.dataset.added = JSON.stringify(Object.keys(window).filter((k) => !before.has(k)));
document.body.dataset.ready = "true";
