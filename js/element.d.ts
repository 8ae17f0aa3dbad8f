/**
 * `<so-tenant-status context-id="Cust12345" env="online" base-url="..." legends theme="auto" variant="chip" lang="de">`.
 * `theme` is `auto` (default), `light` or `dark`; `variant` `card` (default)
 * or `chip` (one line for a table cell); `lang` a BCP 47 tag (`en`, `nb`, `sv`, `da`, `de`, `nl` are spoken; without it the closest `[lang]`, the document's, then the browser's languages decide; anything else is English). A value
 * that cannot be (e.g. `theme="<b>"`) is refused with a message naming it
 * (`[data-part=problem]`) and no request.
 * Importing `so-tenant-status/element.js` registers the element once and
 * initialises the shared wasm instance on first use.
 */
export declare class SoTenantStatusElement extends HTMLElement {
  static observedAttributes: string[];
  /** The host's own texts over the language's: message key to a one-line Fluent pattern (keys in docs/languages.md). Setting it draws the element again; a bad key or text is shown as the element's problem. */
  messages: Record<string, string> | null;
  /** Checks the tenant now. */
  refresh(): void;
  /** Applies a change notification if this element shows its tenant; returns 1 or 0. Throws as `decodeNotification()` does. */
  applyNotification(input: string | object): number;
}

/**
 * `<so-tenant-board context-ids="Cust1 Cust2" env="online" base-url="..." layout="table" theme="dark" lang="nl">`:
 * the partner board. `context-ids` takes ids separated by spaces, commas or
 * new lines; changing it keeps the board's filter and the tenants on both lists.
 * `variant="chip"` draws the cards layout as one-line chips; `alerts` adds
 * the Alerts toggle (desktop notifications) to its toolbar.
 */
export declare class SoTenantBoardElement extends HTMLElement {
  static observedAttributes: string[];
  /** The host's own texts over the language's (as on `<so-tenant-status>`). */
  messages: Record<string, string> | null;
  /** Checks every tenant now. */
  refresh(): void;
  /** Applies a change notification to the board's tenant; returns 1 or 0. Throws as `decodeNotification()` does. */
  applyNotification(input: string | object): number;
  /** The board as a report, as shown (filter, search, sort): resolves to CSV (default) or JSON text. */
  exportBoard(options?: { format?: "csv" | "json" }): Promise<string>;
}

/** Resolves when the shared wasm instance is initialised. */
export declare function whenReady(): Promise<unknown>;

declare global {
  interface HTMLElementTagNameMap {
    "so-tenant-status": SoTenantStatusElement;
    "so-tenant-board": SoTenantBoardElement;
  }
}
