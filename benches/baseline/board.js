// The plain-JS baseline extended to the board: the same summary bar, search
// and table of tenants (worst health first) as the widget's board, built
// with createElement and textContent from states already decoded.
const ICON = { ok: "✓", maintenance: "⚙", pending: "…", unknown: "?", down: "✕", gone: "⊘" };
const LABEL = { ok: "OK", maintenance: "Maintenance", pending: "Pending", unknown: "Unknown", down: "Down", gone: "Gone" };
const RANK = ["gone", "down", "unknown", "pending", "maintenance", "ok"];
const HEADERS = [["health", "Health"], ["state", "State"], ["context-id", "Context id"], ["api", "API"], ["version", "Version"], ["checked", "Checked"]];

function el(tag, className, text, attrs) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
  return e;
}

const number = (id) => Number(id.slice(4));

/** `states`: decoded tenant states (decodeStateBaseline's output). */
export function renderBoardBaseline(target, states) {
  const board = el("section", "sots-board", null, { "data-part": "board", "data-layout": "table" });
  const counts = new Map();
  for (const s of states) counts.set(s.health, (counts.get(s.health) ?? 0) + 1);
  const toolbar = el("div", "sots-board__toolbar");
  const summary = el("div", "sots-board__summary", null, { "data-part": "summary", role: "group" });
  summary.append(el("button", "sots-count sots-count--total", String(states.length), { type: "button", "data-part": "count", "data-count": "total", "data-label": "All", "aria-pressed": "true" }));
  for (const h of RANK) {
    if (!counts.has(h)) continue;
    summary.append(el("button", `sots-count sots-count--${h}`, String(counts.get(h)), { type: "button", "data-part": "count", "data-health": h, "data-label": LABEL[h], "aria-pressed": "false" }));
  }
  const label = el("label", "sots-board__search");
  label.append(el("span", "sots-board__search-label", "Search"), el("input", null, null, { type: "search", "data-part": "search" }));
  toolbar.append(summary, label);
  const table = el("table", "sots-table", null, { "data-part": "tenants" });
  const head = el("tr");
  for (const [col, text] of HEADERS) {
    const th = el("th", null, null, { scope: "col", "data-col": col, "aria-sort": col === "health" ? "ascending" : "none" });
    th.append(el("button", null, text, { type: "button", "data-sort": col }));
    head.append(th);
  }
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  const sorted = [...states].sort((a, b) => RANK.indexOf(a.health) - RANK.indexOf(b.health) || number(a.contextIdentifier) - number(b.contextIdentifier));
  for (const s of sorted) {
    const tr = el("tr", `sots-row sots-row--${s.health} sots-row--fresh`, null, {
      "data-part": "badge", "data-context-id": s.contextIdentifier, "data-health": s.health, "data-state": s.state, "data-check": "fresh",
    });
    const health = el("td", null, null, { "data-col": "health" });
    health.append(el("span", "sots-badge__icon", ICON[s.health], { "aria-hidden": "true" }), " ", el("span", null, LABEL[s.health], { "data-part": "health" }));
    const state = el("td", null, null, { "data-col": "state" });
    state.append(el("span", null, s.state, { "data-part": "state", title: s.description }));
    const id = el("th", null, null, { scope: "row", "data-col": "context-id" });
    const button = el("button", "sots-row__expand", null, { type: "button", "data-part": "expand", "aria-expanded": "false" });
    button.append(el("span", null, "▸ ", { "aria-hidden": "true" }), el("span", null, s.contextIdentifier, { "data-part": "context-id" }));
    id.append(button);
    tr.append(
      health,
      state,
      id,
      el("td", null, s.apiAvailable ? "API available" : "API not available", { "data-col": "api", "data-part": "api" }),
      el("td", null, s.version ?? "", { "data-col": "version", "data-part": "version" }),
      el("td", null, "just now", { "data-col": "checked", "data-part": "checked" }),
    );
    tbody.append(tr);
  }
  table.append(thead, tbody);
  board.append(toolbar, table);
  target.append(board);
  return { unmount: () => board.remove() };
}
