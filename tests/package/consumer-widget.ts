// The widget part of the full package's typings (pkg/ only).
import {
  applyNotification,
  clearHistory,
  history,
  type Transition,
  mount,
  mountBoard,
  type BoardHandle,
  type BoardOptions,
  type CheckErrorDetail,
  type CheckErrorKind,
  type EndpointChangeDetail,
  type MountOptions,
  type StatusChangeDetail,
  type TenantState,
  type WidgetHandle,
} from "so-tenant-status";
import { SoTenantBoardElement, SoTenantStatusElement, whenReady } from "so-tenant-status/element.js";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_proof?: T): void => undefined;

export function embed(target: HTMLElement): WidgetHandle {
  const options: MountOptions = { contextId: "Cust12345", env: "online", legends: true };
  const handle = mount(target, options);
  handle.refresh();
  const mounted: boolean = handle.mounted;
  const reached: number = handle.applyNotification({ ChangeType: 2, ContextIdentifier: "Cust12345" });
  if (mounted && reached === 0) handle.unmount();
  // @ts-expect-error: contextId is required
  mount(target, { env: "online" });
  const el: SoTenantStatusElement = document.createElement("so-tenant-status");
  el.refresh();
  el.applyNotification("{}");
  void whenReady();
  return handle;
}

export function board(target: HTMLElement): BoardHandle {
  const options: BoardOptions = { contextIds: ["Cust1", "Cust2"], env: "sod", layout: "table" };
  const handle = mountBoard(target, options);
  handle.setContextIds("Cust1 Cust3");
  handle.setContextIds(["Cust4"]);
  handle.refresh();
  const n: number = handle.applyNotification('{"ChangeType":5,"ContextIdentifier":"Cust1"}');
  const all: number = applyNotification({ ChangeType: 5, ContextIdentifier: "Cust1", PublicEndpoint: "sod3.superoffice.com" });
  if (n + all > 0 && handle.mounted) handle.unmount();
  // @ts-expect-error: only "table" or "cards"
  mountBoard(target, { contextIds: [], layout: "grid" });
  const el: SoTenantBoardElement = document.createElement("so-tenant-board");
  el.refresh();
  return handle;
}

/** The events are typed on elements, on both custom elements and on shadow roots. */
export function listen(target: HTMLElement, el: SoTenantBoardElement, root: ShadowRoot): void {
  target.addEventListener("sots-statuschange", (e) => {
    assertType<Equals<typeof e.detail, StatusChangeDetail>>();
    const previous: TenantState | null = e.detail.previous;
    const current: TenantState = e.detail.current;
    console.log(e.detail.contextIdentifier, e.detail.env, previous?.state, current.health);
  });
  el.addEventListener("sots-checkerror", (e) => {
    assertType<Equals<typeof e.detail, CheckErrorDetail>>();
    const kind: CheckErrorKind = e.detail.error.kind;
    const status: number | null = e.detail.error.status;
    console.log(kind, status, e.detail.error.message);
  });
  root.addEventListener("sots-endpointchange", (e) => {
    assertType<Equals<typeof e.detail, EndpointChangeDetail>>();
    const reason: "check" | "notification" = e.detail.reason;
    console.log(reason, e.detail.from?.endpoint, e.detail.to?.api, e.detail.publicEndpoint);
  });
  document.querySelector("so-tenant-board")?.addEventListener("sots-statuschange", (e) => {
    assertType<Equals<typeof e, CustomEvent<StatusChangeDetail>>>();
  });
}

export function transitions(): number {
  const list: Transition[] = history("Cust12345");
  const last: number = list.length ? list[list.length - 1].atMs : 0;
  clearHistory();
  // @ts-expect-error: a context id is a string
  history(12345);
  return last;
}
