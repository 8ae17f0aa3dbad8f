// The plain-JS baseline: what a partner would hand-write instead of the wasm
// decoder. Same output as decodeState() for the documented payloads (the
// benchmark proves it before timing anything); none of its checks.
const STATES = [
  [0, "Unknown", "unknown", false, "The tenant is unknown or the environment is in trouble; if the tenant was in another state before, this is likely an incident."],
  [1, "Provisioning", "pending", false, "The tenant is being created and will be ready shortly."],
  [2, "Running", "ok", true, "The tenant is running normally and its API can be used."],
  [3, "Deleted", "gone", false, "The tenant has been deleted for good."],
  [4, "Suspended", "down", false, "The tenant is suspended on its way to termination; the customer can still have it reactivated."],
  [5, "OnlineMaintenance", "maintenance", true, "Background maintenance tasks are running; normal operation continues."],
  [6, "OfflineMaintenance", "maintenance", false, "The tenant is offline for maintenance, typically an upgrade, usually for a few minutes."],
  [8, "ProvisioningFailed", "down", false, "Creating the tenant failed."],
  [10, "Deleting", "gone", false, "The tenant is being deleted."],
  [11, "DeleteFailed", "gone", false, "Deleting the tenant failed; it will be retried."],
  [12, "MigrationPending", "pending", false, "The tenant's migration to Online has not finished; this often takes days or weeks."],
];
const BY_NAME = new Map(STATES.map((s) => [s[1].toLowerCase(), s]));
const BY_CODE = new Map(STATES.map((s) => [s[0], s]));
// What each state means for an integration (SUPEROFFICE.md §3), in English.
const GUIDANCE = {
  Running: "API calls allowed.",
  OnlineMaintenance: "API calls allowed; background maintenance is running.",
  Suspended: "Stop scheduled jobs; resume them on a Resume notification.",
  Deleted: "Stop, and purge cached data.",
  Deleting: "Stop, and purge cached data.",
  DeleteFailed: "Stop, and purge cached data.",
};
const PAUSED = new Set(["Provisioning", "OfflineMaintenance", "MigrationPending"]);
function guidanceBaseline(state, ms) {
  if (PAUSED.has(state)) {
    if (Number.isNaN(ms)) return "Pause calls until the time in ValidUntil.";
    const iso = new Date(ms).toISOString();
    return `Pause calls until ${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC.`;
  }
  return GUIDANCE[state] ?? "Treat as unavailable; check status.superoffice.com.";
}

export function decodeStateBaseline(text) {
  const j = typeof text === "string" ? JSON.parse(text) : text;
  const row = typeof j.State === "number" ? BY_CODE.get(j.State) : BY_NAME.get(String(j.State).toLowerCase());
  const ms = j.ValidUntil ? Date.parse(j.ValidUntil.replace(/(\.\d{3})\d+/, "$1")) : NaN;
  return {
    contextIdentifier: j.ContextIdentifier,
    endpoint: j.Endpoint ?? null,
    api: j.Api ?? null,
    state: row ? row[1] : String(j.State),
    stateCode: row ? row[0] : null,
    recognised: !!row,
    isRunning: j.IsRunning === true,
    apiAvailable: row ? row[3] : false,
    health: row ? row[2] : "unknown",
    description: row ? row[4] : "",
    guidance: guidanceBaseline(row ? row[1] : "", ms),
    validUntil: Number.isNaN(ms) ? null : new Date(ms).toISOString(),
    validUntilMs: Number.isNaN(ms) ? null : ms,
    version: j.Version ?? null,
    warnings: [],
  };
}
