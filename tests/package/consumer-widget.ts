// The widget part of the full package's typings (pkg/ only).
import { mount, type MountOptions, type WidgetHandle } from "so-tenant-status";
import { SoTenantStatusElement, whenReady } from "so-tenant-status/element.js";

export function embed(target: HTMLElement): WidgetHandle {
  const options: MountOptions = { contextId: "Cust12345", env: "online", legends: true };
  const handle = mount(target, options);
  handle.refresh();
  const mounted: boolean = handle.mounted;
  if (mounted) handle.unmount();
  // @ts-expect-error: contextId is required
  mount(target, { env: "online" });
  const el: SoTenantStatusElement = document.createElement("so-tenant-status");
  el.refresh();
  void whenReady();
  return handle;
}
