// <so-tenant-status context-id="Cust12345" env="online" base-url="..." legends theme="dark" variant="chip" lang="de">
// <so-tenant-board context-ids="Cust1 Cust2" env="online" base-url="..." layout="table" theme="auto" lang="nb-NO">
//
// Importing this module registers the element (once, however often it is
// imported). It initialises the wasm itself (the .wasm next to this module),
// renders into an open shadow root styled by a constructable stylesheet (so it
// works under `style-src 'self'` and host styles do not leak in), follows
// attribute changes and cleans up when disconnected. Every element on the
// page shares one wasm instance and one refresh scheduler. The sots-* host
// events are fired in the shadow root and cross it (composed), so listeners
// on the element hear them.
import init, { mount, mountBoard } from "./so_tenant_status.js";

const WIDGET_CSS = __WIDGET_CSS__;

let ready = null;
/** Initialises the shared wasm instance once. */
export function whenReady() {
  ready ??= init({ module_or_path: new URL("./so_tenant_status_bg.wasm", import.meta.url) });
  return ready;
}

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
  }
  return sheet;
}

/**
 * What both elements share: an open shadow root, rendering once the shared
 * wasm is ready (a newer render or a disconnect in the meantime wins), and
 * the handle's refresh(), applyNotification() and clean-up. Subclasses say
 * how to mount (`mountInto`).
 */
class MountedElement extends HTMLElement {
  handle = null;
  #generation = 0;
  #messages = null;

  constructor() {
    super();
    if (!this.shadowRoot) this.attachShadow({ mode: "open" });
  }

  connectedCallback() {
    this.render();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#teardown();
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected) this.render();
  }

  /** The host's own texts, `{ "badge-refresh": "Hent på nytt" }` (keys in docs/languages.md); setting them draws the element again. */
  get messages() {
    return this.#messages;
  }

  set messages(value) {
    this.#messages = value ?? null;
    if (this.isConnected) this.render();
  }

  /** Checks now. */
  refresh() {
    this.handle?.refresh();
  }

  /** Applies a change notification to this element's tenants; returns how many it reached (0 before the wasm is ready). Throws as decodeNotification() does. */
  applyNotification(input) {
    return this.handle ? this.handle.applyNotification(input) : 0;
  }

  #teardown() {
    this.handle?.unmount();
    this.handle?.free();
    this.handle = null;
  }

  /** Attributes as options: `[[attribute, option], ...]`, set when present and not empty. */
  options(base, names) {
    for (const [attr, key] of names) {
      const value = this.getAttribute(attr);
      if (value) base[key] = value;
    }
    if (this.#messages) base.messages = this.#messages;
    // The maintenance rhythm and the stuck threshold (issue #15): checked by
    // mount() like any option, so a bad value is refused with its name.
    const upgradeWeekOf = this.getAttribute("upgrade-week-of");
    if (upgradeWeekOf || this.hasAttribute("summer-time")) {
      base.maintenance = { summerTime: this.hasAttribute("summer-time") };
      if (upgradeWeekOf) base.maintenance.upgradeWeekOf = upgradeWeekOf;
    }
    const stuck = this.getAttribute("stuck-after-hours");
    if (stuck) base.stuckAfterHours = stuck.trim() !== "" && Number.isFinite(Number(stuck)) ? Number(stuck) : stuck;
    return base;
  }

  async render() {
    const generation = ++this.#generation;
    await whenReady();
    // A newer render or a disconnect happened while the wasm loaded.
    if (generation !== this.#generation || !this.isConnected) return;
    this.#teardown();
    const root = this.shadowRoot;
    root.adoptedStyleSheets = [styles()];
    try {
      this.handle = this.mountInto(root);
    } catch (e) {
      // A bad attribute (e.g. layout="grid"): say so where the widget would be.
      const problem = Object.assign(document.createElement("p"), { textContent: String(e?.message ?? e), role: "alert", className: "sots-problem" });
      problem.dataset.part = "problem";
      problem.dataset.error = "invalid";
      root.replaceChildren(problem);
    }
  }
}

/** Attributes both elements read for the forecast and the history notes. */
const WATCH_ATTRIBUTES = ["upgrade-week-of", "summer-time", "stuck-after-hours"];

export class SoTenantStatusElement extends MountedElement {
  static observedAttributes = ["context-id", "env", "base-url", "legends", "theme", "variant", "lang", ...WATCH_ATTRIBUTES];

  mountInto(root) {
    const base = { contextId: this.getAttribute("context-id") ?? "", legends: this.hasAttribute("legends") };
    return mount(root, this.options(base, [["env", "env"], ["base-url", "baseUrl"], ["theme", "theme"], ["variant", "variant"], ["lang", "lang"]]));
  }
}

export class SoTenantBoardElement extends MountedElement {
  static observedAttributes = ["context-ids", "env", "base-url", "layout", "theme", "variant", "lang", "alerts", ...WATCH_ATTRIBUTES];

  attributeChangedCallback(name, oldValue, newValue) {
    // A new id list keeps the board (filter, sort, tenants on both lists).
    if (name === "context-ids" && oldValue !== newValue && this.handle) this.handle.setContextIds(newValue ?? "");
    else super.attributeChangedCallback(name, oldValue, newValue);
  }

  /** The board as a report (see `BoardHandle.exportBoard`): resolves to the text. */
  exportBoard(options) {
    if (!this.handle) return Promise.reject(new Error("so-tenant-board: not rendered yet"));
    return this.handle.exportBoard(options);
  }

  mountInto(root) {
    const base = { contextIds: this.getAttribute("context-ids") ?? "", alerts: this.hasAttribute("alerts") };
    return mountBoard(root, this.options(base, [["env", "env"], ["base-url", "baseUrl"], ["layout", "layout"], ["theme", "theme"], ["variant", "variant"], ["lang", "lang"]]));
  }
}

if (!customElements.get("so-tenant-status")) {
  customElements.define("so-tenant-status", SoTenantStatusElement);
}
if (!customElements.get("so-tenant-board")) {
  customElements.define("so-tenant-board", SoTenantBoardElement);
}
