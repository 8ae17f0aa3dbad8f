// A TypeScript consumer of the package: `tsc --noEmit --strict` over this file
// proves the .d.ts gives real types (not `any`) for every export.
import init, {
  decodeState,
  decodeStates,
  decodeNotification,
  describeChangeType,
  stateUrl,
  legend,
  guidance,
  nextMaintenance,
  type MaintenanceWindow,
  type MaintenanceKind,
  type TenantState,
  type TenantNotification,
  type ChangeTypeInfo,
  type StateInfo,
  type Health,
} from "so-tenant-status";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_proof?: T): void => undefined;

export async function main(): Promise<void> {
  await init();
  const state: TenantState = decodeState("{}");
  assertType<Equals<ReturnType<typeof decodeState>, TenantState>>();
  assertType<Equals<TenantState["stateCode"], number | null>>();
  assertType<Equals<TenantState["validUntil"], string | null>>();
  assertType<Equals<TenantState["warnings"], string[]>>();
  assertType<Equals<TenantState["health"], "ok" | "maintenance" | "pending" | "down" | "gone" | "unknown">>();
  const health: Health = state.health;
  const fromObject: TenantState = decodeState({ ContextIdentifier: "Cust1", State: 2 });

  const n: TenantNotification = decodeNotification({ ChangeType: 5 });
  assertType<Equals<TenantNotification["token"]["verified"], false>>();
  assertType<Equals<TenantNotification["publicEndpoint"], string | null>>();
  const claims: Record<string, unknown> | null = n.token.claims;

  const info: ChangeTypeInfo = describeChangeType(5);
  assertType<Equals<ReturnType<typeof describeChangeType>, ChangeTypeInfo>>();
  const url: string = stateUrl("online", "Cust12345", "http://127.0.0.1:8787");
  const rows: StateInfo[] = legend().states;
  const german: StateInfo[] = legend({ lang: "de" }).states;
  const norwegian: TenantState = decodeState("{}", { lang: "nb-NO" });
  const danish: ChangeTypeInfo = describeChangeType(5, { lang: "da" });
  console.log(german.length, norwegian.description, danish.badge);
  // @ts-expect-error: lang is a string
  decodeState("{}", { lang: 7 });
  const types: ChangeTypeInfo[] = legend().changeTypes;
  for (const r of decodeStates([state, "{}"])) {
    if (r.ok) console.log(r.value.health);
    else console.log(r.error.toUpperCase());
  }
  // @ts-expect-error: the code is a number
  describeChangeType("5");
  // @ts-expect-error: not a field of TenantState
  console.log(state.notAField);
  console.log(health, fromObject, claims, info, url, rows, types);
  const line: string = guidance("Running", { lang: "de", validUntilMs: 0 });
  const rowGuidance: string = legend().states[0].guidance;
  const windows: MaintenanceWindow[] = nextMaintenance(Date.now(), { upgradeWeekOf: "2026-12-01", summerTime: false });
  const kind: MaintenanceKind = windows[0].kind;
  nextMaintenance(Date.now(), "online");
  // @ts-expect-error: not an environment
  nextMaintenance(Date.now(), "prod");
  // @ts-expect-error: a state is a name or a number
  guidance(true);
  console.log(line, rowGuidance, kind, state.guidance.length);
}
