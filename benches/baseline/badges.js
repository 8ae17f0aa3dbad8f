// The plain-JS baseline badge: the same DOM as the widget's static badge
// (classes, data-* hooks, parts and texts), built with createElement and
// textContent, for N tenants.
import { decodeStateBaseline } from "./decoder.js";

const ICON = { ok: "✓", maintenance: "⚙", pending: "…", unknown: "?", down: "✕", gone: "⊘" };
const LABEL = { ok: "OK", maintenance: "Maintenance", pending: "Pending", unknown: "Unknown", down: "Down", gone: "Gone" };

function el(tag, className, text, attrs) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
  return e;
}

function link(label, url) {
  const li = el("li");
  li.append(el("span", "sots-badge__label", `${label}: `));
  const part = `link-${label.toLowerCase()}`;
  if (/^https:\/\/([a-z0-9-]+\.)*superoffice\.com(\/|$)/i.test(url)) {
    li.append(el("a", null, url, { href: url, rel: "noopener noreferrer", target: "_blank", "data-part": part }));
  } else li.append(el("span", "sots-badge__url", url, { "data-part": part }));
  return li;
}

const STALE = "Last known state: the latest check failed or is overdue, so this may be out of date.";
let next = 0;
export function renderBaseline(target, payloads) {
  const grid = el("div", "sots-grid", null, { "data-part": "tenants" });
  for (const p of payloads) {
    const s = decodeStateBaseline(p);
    const check = s.validUntilMs !== null && Date.now() > s.validUntilMs + 60000 ? "stale" : "fresh";
    const b = el("article", `sots-badge sots-badge--${s.health} sots-badge--${check}`, null, {
      "data-part": "badge", role: "group", "aria-label": `${s.contextIdentifier}: ${s.state}, ${s.health}`, "data-context-id": s.contextIdentifier,
      "data-health": s.health, "data-state": s.state, "data-check": check,
    });
    const head = el("div", "sots-badge__head");
    const id = `base-desc-${next++}`;
    head.append(
      el("span", "sots-badge__icon", ICON[s.health], { "aria-hidden": "true" }),
      el("span", "sots-badge__state", s.state, { "data-part": "state", tabindex: "0", "aria-describedby": id, title: s.description }),
      el("span", "sots-badge__health", LABEL[s.health], { "data-part": "health" }),
    );
    const meta = el("p", "sots-badge__meta");
    meta.append(el("span", null, s.contextIdentifier, { "data-part": "context-id" }));
    if (s.version) meta.append(" · ", el("span", null, s.version, { "data-part": "version" }));
    const links = el("ul", "sots-badge__links");
    if (s.endpoint) links.append(link("Endpoint", s.endpoint));
    if (s.api) links.append(link("Api", s.api));
    b.append(
      head,
      el("p", "sots-badge__desc", s.description, { id, role: "tooltip", "data-part": "description" }),
      meta,
      el("p", "sots-badge__api", s.apiAvailable ? "API available" : "API not available", { "data-part": "api" }),
      ...(check === "stale" ? [el("p", "sots-badge__stale", STALE, { "data-part": "stale" })] : []),
      el("p", "sots-badge__timing", "checked just now", { "data-part": "timing" }),
      links,
    );
    grid.append(b);
  }
  target.append(grid);
  return { unmount: () => grid.remove() };
}
