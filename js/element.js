// <so-tenant-status context-id="Cust12345" env="online" base-url="..." legends>
// <so-tenant-board context-ids="Cust1 Cust2" env="online" base-url="..." layout="table">
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

export class SoTenantStatusElement extends HTMLElement {
  static observedAttributes = ["context-id", "env", "base-url", "legends"];

  #handle = null;
  #generation = 0;

  constructor() {
    super();
    if (!this.shadowRoot) this.attachShadow({ mode: "open" });
  }

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#teardown();
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected) this.#render();
  }

  /** Checks the tenant now. */
  refresh() {
    this.#handle?.refresh();
  }

  /** Applies a change notification if this element shows its tenant; returns 1 or 0. Throws as decodeNotification() does. */
  applyNotification(input) {
    if (!this.#handle) {
      // Not rendered yet (the wasm is loading): nothing to reach.
      return 0;
    }
    return this.#handle.applyNotification(input);
  }

  #teardown() {
    this.#handle?.unmount();
    this.#handle?.free();
    this.#handle = null;
  }

  async #render() {
    const generation = ++this.#generation;
    await whenReady();
    // A newer render or a disconnect happened while the wasm loaded.
    if (generation !== this.#generation || !this.isConnected) return;
    this.#teardown();
    const root = this.shadowRoot;
    root.adoptedStyleSheets = [styles()];
    const options = { contextId: this.getAttribute("context-id") ?? "", legends: this.hasAttribute("legends") };
    const env = this.getAttribute("env");
    const baseUrl = this.getAttribute("base-url");
    if (env) options.env = env;
    if (baseUrl) options.baseUrl = baseUrl;
    this.#handle = mount(root, options);
  }
}

export class SoTenantBoardElement extends HTMLElement {
  static observedAttributes = ["context-ids", "env", "base-url", "layout"];

  #handle = null;
  #generation = 0;

  constructor() {
    super();
    if (!this.shadowRoot) this.attachShadow({ mode: "open" });
  }

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#teardown();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    // A new id list keeps the board (filter, sort, tenants on both lists).
    if (name === "context-ids" && this.#handle) this.#handle.setContextIds(newValue ?? "");
    else this.#render();
  }

  /** Checks every tenant now. */
  refresh() {
    this.#handle?.refresh();
  }

  /** Applies a change notification to the board's tenant; returns 1 or 0. Throws as decodeNotification() does. */
  applyNotification(input) {
    return this.#handle ? this.#handle.applyNotification(input) : 0;
  }

  #teardown() {
    this.#handle?.unmount();
    this.#handle?.free();
    this.#handle = null;
  }

  async #render() {
    const generation = ++this.#generation;
    await whenReady();
    if (generation !== this.#generation || !this.isConnected) return;
    this.#teardown();
    const root = this.shadowRoot;
    root.adoptedStyleSheets = [styles()];
    const options = { contextIds: this.getAttribute("context-ids") ?? "" };
    for (const [attr, key] of [["env", "env"], ["base-url", "baseUrl"], ["layout", "layout"]]) {
      const value = this.getAttribute(attr);
      if (value) options[key] = value;
    }
    try {
      this.#handle = mountBoard(root, options);
    } catch (e) {
      // A bad layout attribute: say so where the board would be.
      root.replaceChildren(Object.assign(document.createElement("p"), { textContent: String(e.message ?? e), role: "alert" }));
    }
  }
}

if (!customElements.get("so-tenant-status")) {
  customElements.define("so-tenant-status", SoTenantStatusElement);
}
if (!customElements.get("so-tenant-board")) {
  customElements.define("so-tenant-board", SoTenantBoardElement);
}
