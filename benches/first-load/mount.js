// A partner portal's header: one badge through mount(), from pkg/.
import init, { mount } from "/pkg/so_tenant_status.js";

const base = new URLSearchParams(location.search).get("base") ?? undefined;
await init();
mount(document.getElementById("tenant"), { contextId: "Cust1002", env: "sod", baseUrl: base });
