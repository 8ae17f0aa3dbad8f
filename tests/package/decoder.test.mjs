// The built package (pkg/ or pkg-lite/, chosen by SOTS_PKG) imported from
// Node 20 exactly as a consumer would, exercised on SuperOffice's fixtures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgDir = path.resolve(root, process.env.SOTS_PKG ?? "pkg");
const fixtures = path.join(root, "tests/fixtures");
const fixture = (name) => readFileSync(path.join(fixtures, name), "utf8");

const manifest = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
const sots = await import(path.join(pkgDir, manifest.main));
sots.initSync({ module: readFileSync(path.join(pkgDir, "so_tenant_status_bg.wasm")) });

// Only JSON-compatible values: no undefined, no Map, no class instances.
function assertPlain(value, where = "value") {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return;
  assert.notEqual(value, undefined, `${where} is undefined`);
  if (Array.isArray(value)) return value.forEach((v, i) => assertPlain(v, `${where}[${i}]`));
  assert.equal(Object.getPrototypeOf(value), Object.prototype, `${where} is not a plain object`);
  for (const [k, v] of Object.entries(value)) assertPlain(v, `${where}.${k}`);
}

function assertThrowsError(fn, message) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown instanceof Error, `expected an Error, got ${String(thrown)}`);
  assert.equal(thrown.message, message);
}

test("package.json is a usable ES module package", () => {
  assert.equal(manifest.type, "module");
  assert.equal(manifest.version, readFileSync(path.join(root, "Cargo.toml"), "utf8").match(/^version = "(.+)"/m)[1]);
  for (const key of ["main", "types", "files", "sideEffects", "exports"]) assert.ok(key in manifest, key);
  const shipped = readdirSync(pkgDir);
  for (const file of manifest.files) {
    // "so_tenant_status.*.wasm": the lazy chunks, named by their content.
    const glob = new RegExp(`^${file.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]+")}$`);
    assert.ok(shipped.some((f) => glob.test(f)), `${file} is in the package`);
  }
  // Every chunk the loader fetches is shipped, and nothing else is.
  if (shipped.includes("__wasm_split.js")) {
    const loader = readFileSync(path.join(pkgDir, "__wasm_split.js"), "utf8");
    const fetched = [...loader.matchAll(/"\.\/([^"]+\.wasm)"/g)].map((m) => m[1]).sort();
    const chunks = shipped.filter((f) => /^so_tenant_status\..+\.wasm$/.test(f)).sort();
    assert.ok(fetched.length >= 3, `the loader fetches ${fetched.length} chunks`);
    assert.deepEqual(fetched, chunks);
  }
  assert.equal(typeof sots.default, "function", "default init");
  assert.equal(typeof sots.initSync, "function");
  assert.equal(sots.version(), manifest.version);
});

test("decodeState: the older documented example", () => {
  const s = sots.decodeState(fixture("state-running.json"));
  assertPlain(s);
  assert.deepEqual(
    { ...s, description: typeof s.description },
    {
      contextIdentifier: "Cust37911",
      endpoint: "https://sod2.superoffice.com/Cust37911",
      api: "https://sod2.superoffice.com/Cust37911/api",
      state: "Running",
      stateCode: 2,
      recognised: true,
      isRunning: true,
      apiAvailable: true,
      health: "ok",
      description: "string",
      guidance: "API calls allowed.",
      validUntil: "2020-10-05T09:52:01.934Z",
      validUntilMs: Date.parse("2020-10-05T09:52:01.934Z"),
      version: null,
      warnings: [],
    },
  );
});

test("decodeState: the newer example, from text and from an object alike", () => {
  const text = fixture("state-running-with-version.json");
  const fromText = sots.decodeState(text);
  const fromObject = sots.decodeState(JSON.parse(text));
  assert.deepEqual(fromObject, fromText);
  assert.equal(fromText.version, "Release_11.10_2026.02.24-02");
  assert.equal(fromText.validUntil, "2026-02-23T09:52:01.934Z");
});

test("decodeState: every documented state by name and number", () => {
  const { states } = sots.legend();
  assert.equal(states.length, 11);
  for (const row of states) {
    for (const value of [row.name, row.name.toLowerCase(), row.code]) {
      const s = sots.decodeState({ ContextIdentifier: "Cust1", State: value });
      assert.equal(s.state, row.name);
      assert.equal(s.stateCode, row.code);
      assert.equal(s.health, row.health);
      assert.equal(s.apiAvailable, row.apiAvailable);
      assert.equal(s.recognised, true);
    }
  }
});

test("decodeState: unrecognised states keep their raw value", () => {
  assert.deepEqual(
    (({ state, stateCode, recognised, health, apiAvailable }) => ({ state, stateCode, recognised, health, apiAvailable }))(
      sots.decodeState('{"ContextIdentifier":"Cust1","State":"Hibernating"}'),
    ),
    { state: "Hibernating", stateCode: null, recognised: false, health: "unknown", apiAvailable: false },
  );
  const numeric = sots.decodeState('{"ContextIdentifier":"Cust1","State":9}');
  assert.equal(numeric.state, "9");
  assert.equal(numeric.stateCode, 9);
  assert.equal(numeric.recognised, false);
});

test("decodeState: wrong-typed optional fields are null with warnings", () => {
  const s = sots.decodeState({ ContextIdentifier: "Cust1", State: "Running", IsRunning: true, ValidUntil: "soon", Api: 3 });
  assert.equal(s.validUntil, null);
  assert.equal(s.validUntilMs, null);
  assert.equal(s.api, null);
  assert.equal(s.warnings.length, 2);
  assert.match(s.warnings[0], /^Api: /);
  assert.match(s.warnings[1], /^ValidUntil: /);
});

test("decodeState: failures are Error objects naming the field", () => {
  assertThrowsError(() => sots.decodeState('{"ContextIdentifier":"Cust1"}'), "State: missing");
  assertThrowsError(() => sots.decodeState({ ContextIdentifier: 5, State: 2 }), "ContextIdentifier: expected a string, got a number");
  assertThrowsError(() => sots.decodeState("<html>"), "invalid JSON: expected value at line 1 column 1");
  assertThrowsError(() => sots.decodeState(42), "input: expected a JSON string or an object");
  assert.throws(() => sots.decodeState("x".repeat(70000)), /64 KiB/);
});

test("decodeState: text and objects are refused alike when they are not state objects", () => {
  for (const [input, message] of [
    [[1, 2], "expected a JSON object, got an array"],
    ["[1, 2]", "expected a JSON object, got an array"],
    ['"Running"', "expected a JSON object, got a string"],
    [{ ContextIdentifier: "Cust1", State: true }, "State: expected a name or a number, got a boolean"],
    ['{"ContextIdentifier":"Cust1","State":true}', "State: expected a name or a number, got a boolean"],
    [{ ContextIdentifier: "Cust1", State: { deep: [[[]]] } }, "State: expected a name or a number, got an object"],
    ['{"ContextIdentifier":"Cust1","State":2,"state":3}', "duplicate field `State` at line 1 column 46"],
    [null, "input: expected a JSON string or an object"],
    [undefined, "input: expected a JSON string or an object"],
  ]) {
    assertThrowsError(() => sots.decodeState(input), message);
  }
  // Members of the wrong type inside an object are skipped without being built.
  let deep = [];
  for (let i = 0; i < 10000; i++) deep = [deep];
  const s = sots.decodeState({ ContextIdentifier: "Cust1", State: "Running", Version: deep, Extra: deep });
  assert.equal(s.version, null);
  assert.deepEqual(s.warnings, ["Version: expected a string, got an array; ignored"]);
});

test("decodeStates: a batch keeps going past a bad item", () => {
  const results = sots.decodeStates([fixture("state-running.json"), "{}", { ContextIdentifier: "Cust2", State: 4 }]);
  assertPlain(results);
  assert.equal(results.length, 3);
  assert.equal(results[0].ok, true);
  assert.equal(results[0].value.contextIdentifier, "Cust37911");
  assert.deepEqual(results[1], { ok: false, error: "ContextIdentifier: missing" });
  assert.equal(results[2].value.health, "down");
  assertThrowsError(() => sots.decodeStates("nope"), "inputs: expected an array");
});

test("decodeNotification: the upgrade example, with its invalid sample token", () => {
  const n = sots.decodeNotification(fixture("notification-upgrade.json"));
  assertPlain(n);
  assert.equal(n.changeType.code, 0);
  assert.equal(n.changeType.name, "Upgrade");
  assert.equal(n.changeType.recognised, true);
  assert.equal(n.contextIdentifier, "Cust12345");
  assert.equal(n.versionName, "Release 8.4 R08");
  assert.equal(n.fileVersion, "8.4.12.1234");
  assert.equal(n.publicEndpoint, null);
  assert.equal(n.token.raw, "eyJ234ASD...1234#");
  assert.equal(n.token.claims, null);
  assert.equal(n.token.verified, false);
  assert.match(n.token.error, /^Token: not a well-formed JWT/);
});

test("decodeNotification: the move example names the new endpoint", () => {
  const n = sots.decodeNotification(JSON.parse(fixture("notification-move.json")));
  assert.equal(n.changeType.name, "Move");
  assert.equal(n.publicEndpoint, "sod3.superoffice.com");
  assert.equal(n.token.claims, null);
  assert.equal(n.token.verified, false);
});

test("decodeNotification: a well-formed JWT has its claims decoded, unverified", () => {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const token = `${b64({ alg: "RS256" })}.${b64({ iss: "https://sod.superoffice.com", exp: 1767225600 })}.sig`;
  const n = sots.decodeNotification({ ChangeType: 2, ContextIdentifier: "Cust1", Token: token });
  assert.deepEqual(n.token, { raw: token, claims: { iss: "https://sod.superoffice.com", exp: 1767225600 }, verified: false, error: null });
  assertThrowsError(() => sots.decodeNotification({ ContextIdentifier: "Cust1" }), "ChangeType: missing");
});

test("decodeNotification: claims hold exactly the numbers JSON.parse reads from the payload", () => {
  const b64 = (s) => Buffer.from(s).toString("base64url");
  const numbers = ["4.35e-200", "1.2345678901234567e-30", "2.2250738585072014e-308", "5e-324",
    "1.7976931348623157e308", "1e400", "-0", "0.1", "123456789012345678901234567890", "1E21", "2.50"];
  const payload = `{${numbers.map((text, i) => `"n${i}":${text}`).join(",")}}`;
  const token = `${b64('{"alg":"RS256"}')}.${b64(payload)}.sig`;
  const { claims } = sots.decodeNotification({ ChangeType: 0, ContextIdentifier: "Cust1", Token: token }).token;
  const expected = JSON.parse(payload);
  for (const key of Object.keys(expected)) {
    assert.ok(Object.is(claims[key], expected[key]), `${key}: ${claims[key]} vs ${expected[key]}`);
  }
});

test("decodeState: an unrecognised numeric state keeps the number as sent", () => {
  const s = sots.decodeState({ ContextIdentifier: "Cust1", State: 4.35e-200 });
  assert.equal(s.stateCode, 4.35e-200);
  assert.equal(s.recognised, false);
  assert.equal(sots.decodeState('{"ContextIdentifier":"Cust1","State":2.0}').state, "Running");
});

test("describeChangeType: all six, unrecognised integers, and non-integers throw", () => {
  const names = ["Upgrade", "BackupRestored", "Suspend", "Resume", "Delete", "Move"];
  names.forEach((name, code) => {
    const info = sots.describeChangeType(code);
    assertPlain(info);
    assert.equal(info.name, name);
    assert.equal(info.code, code);
    assert.equal(info.recognised, true);
    assert.ok(info.description.length > 10 && info.integration.length > 10);
  });
  const other = sots.describeChangeType(42);
  assert.equal(other.recognised, false);
  assert.equal(other.code, 42);
  assertThrowsError(() => sots.describeChangeType(1.5), "code: expected an integer, got 1.5");
  assertThrowsError(() => sots.describeChangeType("3"), 'code: expected an integer, got "3"');
  assertThrowsError(() => sots.describeChangeType(NaN), "code: expected an integer, got null");
});

test("stateUrl: environments, base URLs, and refusals", () => {
  assert.equal(sots.stateUrl("online", "Cust12345"), "https://online.superoffice.com/api/state/Cust12345");
  assert.equal(sots.stateUrl("stage", "Cust1"), "https://qaonline.superoffice.com/api/state/Cust1");
  assert.equal(sots.stateUrl("sod", "Cust1", "http://127.0.0.1:8787/"), "http://127.0.0.1:8787/api/state/Cust1");
  assert.equal(sots.stateUrl("sod", "Cust1", undefined), "https://sod.superoffice.com/api/state/Cust1");
  assertThrowsError(() => sots.stateUrl("sod", "Cust1/../x"), 'contextId: expected Cust followed by 1 to 10 digits (e.g. Cust12345), got "Cust1/../x"');
  assertThrowsError(() => sots.stateUrl("prod", "Cust1"), 'env: expected sod, qaonline, online or stage, got "prod"');
  assertThrowsError(() => sots.stateUrl("sod", "Cust1", "https://u:p@example.com"), "baseUrl: must not contain user info");
});

test("legend: 11 states in documented order and 6 change types", () => {
  const l = sots.legend();
  assertPlain(l);
  assert.deepEqual(l.states.map((s) => s.code), [0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 12]);
  assert.deepEqual(l.changeTypes.map((c) => c.name), ["Upgrade", "BackupRestored", "Suspend", "Resume", "Delete", "Move"]);
  assert.deepEqual(Object.keys(l.states[0]).sort(), ["apiAvailable", "code", "description", "guidance", "health", "name"]);
});

test("isSafeLink: only https on superoffice.com", () => {
  assert.equal(sots.isSafeLink("https://online2.superoffice.com/Cust1"), true);
  assert.equal(sots.isSafeLink("javascript:alert(1)"), false);
  assert.equal(sots.isSafeLink("https://superoffice.com.evil.example/"), false);
});

test("{ lang }: descriptions in the six languages, English by default and for any other", () => {
  const text = fixture("state-running.json");
  const english = sots.decodeState(text).description;
  const seen = new Set([english]);
  for (const lang of ["nb", "sv", "da", "de", "nl"]) {
    const s = sots.decodeState(text, { lang });
    assert.equal(s.state, "Running", "names stay as SuperOffice writes them");
    assert.notEqual(s.description, english, lang);
    seen.add(s.description);
    const l = sots.legend({ lang });
    assert.equal(l.states.length, 11);
    assert.equal(l.states[2].name, "Running");
    assert.equal(l.states[2].description, s.description);
  }
  assert.equal(seen.size, 6, "six different sentences");
  assert.equal(sots.decodeState(text, { lang: "nb-NO" }).description, sots.decodeState(text, { lang: "nb" }).description);
  assert.equal(sots.decodeState(text, { lang: "no" }).description, sots.decodeState(text, { lang: "nb" }).description);
  assert.equal(sots.decodeState(text, { lang: "fr" }).description, english);
  assert.equal(sots.decodeState(text, {}).description, english);
  assert.equal(sots.decodeState(text, null).description, english);
  assert.throws(() => sots.decodeState(text, { lang: "<b>" }), /^Error: options\.lang: expected a BCP 47 language tag/);
  assert.throws(() => sots.legend({ lang: 7 }), /^Error: options\.lang: expected a string, got a number/);
  assert.match(sots.describeChangeType(5, { lang: "sv" }).integration, /^Glöm cachade slutpunkter/);
});

test("guidance: what each state means for an integration, typed lines from the docs", () => {
  assert.equal(sots.guidance("Running"), "API calls allowed.");
  assert.equal(sots.guidance(5), "API calls allowed; background maintenance is running.");
  assert.equal(sots.guidance("offlinemaintenance"), "Pause calls until the time in ValidUntil.");
  assert.equal(
    sots.guidance("MigrationPending", { validUntilMs: Date.parse("2026-02-23T09:52:01.934Z") }),
    "Pause calls until 2026-02-23 09:52 UTC.",
  );
  assert.equal(sots.guidance("Suspended"), "Stop scheduled jobs; resume them on a Resume notification.");
  assert.equal(sots.guidance("Deleting"), "Stop, and purge cached data.");
  assert.equal(sots.guidance("Hibernating"), "Treat as unavailable; check status.superoffice.com.");
  assert.equal(sots.guidance(7), sots.guidance("Unknown"), "an unassigned number is unavailable");
  assert.equal(sots.guidance("Suspended", { lang: "de" }), "Geplante Jobs stoppen; bei einer Resume-Benachrichtigung fortsetzen.");
  assert.throws(() => sots.guidance(null), /^Error: state: expected a state name or number/);
  assert.throws(() => sots.guidance("Running", { validUntilMs: "soon" }), /^Error: options\.validUntilMs/);
  // Part of TenantState and of the legend rows, additively.
  const running = sots.decodeState(fixture("state-running.json"));
  assert.equal(running.guidance, "API calls allowed.");
  assert.equal(running.description, "The tenant is running normally and its API can be used.");
  const rows = sots.legend({ lang: "nl" }).states;
  assert.equal(rows.length, 11);
  for (const row of rows) assert.equal(row.guidance, sots.guidance(row.name, { lang: "nl" }));
});

test("nextMaintenance: the next published window of each kind, UTC+1", () => {
  const now = Date.parse("2026-12-02T18:00:00Z"); // Wednesday 19:00 UTC+1
  const next = sots.nextMaintenance(now);
  assertPlain(next);
  assert.deepEqual(
    next.map((w) => [w.kind, new Date(w.startsAtMs).toISOString(), new Date(w.endsAtMs).toISOString()]),
    [
      ["recycle", "2026-12-03T00:00:00.000Z", "2026-12-03T02:00:00.000Z"],
      ["patch", "2026-12-03T21:00:00.000Z", "2026-12-04T05:00:00.000Z"],
      ["maintenance", "2026-12-05T19:00:00.000Z", "2026-12-06T05:00:00.000Z"],
    ],
  );
  assert.deepEqual(sots.nextMaintenance(now, "online"), next, "one rhythm for every environment");
  const withUpgrades = sots.nextMaintenance(now, { env: "sod", upgradeWeekOf: "2026-12-01" });
  assert.deepEqual(withUpgrades.find((w) => w.kind === "upgrade"), {
    kind: "upgrade",
    startsAtMs: Date.parse("2026-12-04T19:00:00Z"),
    endsAtMs: Date.parse("2026-12-05T04:00:00Z"),
  });
  const summer = sots.nextMaintenance(Date.parse("2027-07-01T12:00:00Z"), { summerTime: true });
  assert.equal(new Date(summer.find((w) => w.kind === "maintenance").startsAtMs).toISOString(), "2027-07-03T18:00:00.000Z");
  assert.throws(() => sots.nextMaintenance(now, "prod"), /^Error: env: expected sod, qaonline, online or stage/);
  assert.throws(() => sots.nextMaintenance(now, { upgradeWeekOf: "soon" }), /^Error: upgradeWeekOf: expected a date like 2026-12-01/);
  assert.throws(() => sots.nextMaintenance(Number.NaN), /^Error: nowMs: expected epoch milliseconds/);
});
