// A partner portal's header: one <so-tenant-status> element, from pkg/.
import "/pkg/element.js";

const el = document.createElement("so-tenant-status");
el.setAttribute("context-id", "Cust1002");
el.setAttribute("env", "sod");
const base = new URLSearchParams(location.search).get("base");
if (base) el.setAttribute("base-url", base);
document.getElementById("tenant").append(el);
