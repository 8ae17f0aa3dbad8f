/**
 * `<so-tenant-status context-id="Cust12345" env="online" base-url="..." legends>`.
 * Importing `so-tenant-status/element.js` registers the element once and
 * initialises the shared wasm instance on first use.
 */
export declare class SoTenantStatusElement extends HTMLElement {
  static observedAttributes: string[];
  /** Checks the tenant now. */
  refresh(): void;
}

/** Resolves when the shared wasm instance is initialised. */
export declare function whenReady(): Promise<unknown>;

declare global {
  interface HTMLElementTagNameMap {
    "so-tenant-status": SoTenantStatusElement;
  }
}
