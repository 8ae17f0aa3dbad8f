// A bundler consumer of pkg/: imported by package name, bundled by Vite,
// unchanged. The e2e test loads the built app and checks what it shows.
import init, { decodeState, mount } from "so-tenant-status";
import "so-tenant-status/widget.css";
import "so-tenant-status/element.js";

await init();
const params = new URLSearchParams(location.search);
window.decoded = decodeState('{"ContextIdentifier":"Cust1","State":"Suspended"}');
mount(document.getElementById("tenant"), { contextId: "Cust1004", env: "sod", baseUrl: params.get("base") });
const el = document.createElement("so-tenant-status");
el.setAttribute("context-id", "Cust1002");
el.setAttribute("env", "sod");
el.setAttribute("base-url", params.get("base"));
document.body.append(el);
window.appReady = true;
