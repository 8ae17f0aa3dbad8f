// A partner portal's header with one badge from pkg/, the way `?way=` says:
// `mount` (mount() plus widget.css) or `element` (<so-tenant-status>). Each
// way imports only what it needs, so the bench counts only its bytes.
const query = new URLSearchParams(location.search);
const base = query.get("base") ?? undefined;
const target = document.getElementById("tenant");

if (query.get("way") === "element") {
  await import("/pkg/element.js");
  const el = document.createElement("so-tenant-status");
  el.setAttribute("context-id", "Cust1002");
  el.setAttribute("env", "sod");
  if (base) el.setAttribute("base-url", base);
  target.append(el);
} else {
  const css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/pkg/widget.css";
  document.head.append(css);
  const { default: init, mount } = await import("/pkg/so_tenant_status.js");
  await init();
  mount(target, { contextId: "Cust1002", env: "sod", baseUrl: base });
}
