//! The JavaScript API: thin wasm-bindgen exports over the core.
//!
//! Rust values go out as plain JSON-compatible objects through
//! `serde-wasm-bindgen` (absent values are `null`, never `undefined`);
//! payloads come in as JSON text (read by `serde_json`) or as objects (read
//! by `serde-wasm-bindgen` into the same derived payload types). Failures
//! are thrown as JS `Error` objects whose message names the field and the
//! problem.

use serde::{Deserialize, Serialize};
use so_tenant_status_core as core;
use so_tenant_status_core::change_type::integer_code;
use so_tenant_status_core::field::{Field, ObjectOf};
use so_tenant_status_core::i18n::{Lang, Texts};
use so_tenant_status_core::options::check_lang;
use so_tenant_status_core::state::TenantStateIn;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::js::{error, read_notification, read_state, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** How usable a tenant is, derived from its state. */
export type Health = "ok" | "maintenance" | "pending" | "down" | "gone" | "unknown";

/** A decoded state API answer (`GET https://{env}.superoffice.com/api/state/{contextId}`). */
export interface TenantState {
  /** `ContextIdentifier`, e.g. "Cust12345". */
  contextIdentifier: string;
  /** `Endpoint`: root of the tenant installation; changes routinely, never cache it past `validUntil`. */
  endpoint: string | null;
  /** `Api`: tenant API root. */
  api: string | null;
  /** Canonical state name ("Running"), or the raw value when unrecognised. */
  state: string;
  /** Documented number; the raw number when unrecognised but numeric; else null. */
  stateCode: number | null;
  /** Whether the state is in SuperOffice's documented table. */
  recognised: boolean;
  /** `IsRunning` as reported (false when absent). */
  isRunning: boolean;
  /** Whether the tenant API may be called: true only for Running and OnlineMaintenance. */
  apiAvailable: boolean;
  /** Health of the state; "unknown" for Unknown and anything unrecognised. */
  health: Health;
  /** One sentence saying what the state means. */
  description: string;
  /** What the state means for a partner integration ("API calls allowed.", "Pause calls until 2026-02-23 09:52 UTC.", ...). */
  guidance: string;
  /** `ValidUntil` as ISO 8601 UTC with three fractional digits. */
  validUntil: string | null;
  /** `ValidUntil` in epoch milliseconds. */
  validUntilMs: number | null;
  /** `Version`, e.g. "Release_11.10_2026.02.24-02". */
  version: string | null;
  /** Optional fields that were present but unusable, each naming the field. */
  warnings: string[];
}

/** A change type of a tenant change notification. */
export interface ChangeTypeInfo {
  /** The numeric `ChangeType`. */
  code: number;
  /** "Upgrade", "BackupRestored", "Suspend", "Resume", "Delete", "Move" or "Unrecognised". */
  name: string;
  /** One sentence saying what happened. */
  description: string;
  /** Whether the code is documented (0-5). */
  recognised: boolean;
  /** What the change means for a partner integration. */
  integration: string;
  /** What the change means for the status badge. */
  badge: string;
}

/** One row of the state legend. */
export interface StateInfo {
  code: number;
  name: string;
  health: Health;
  apiAvailable: boolean;
  description: string;
  /** What the state means for a partner integration. */
  guidance: string;
}

/** The notification's `Token`. Claims are decoded for display only: a browser cannot verify the signature, so `verified` is always false. Verify server side. */
export interface NotificationToken {
  raw: string | null;
  claims: Record<string, unknown> | null;
  verified: false;
  error: string | null;
}

/** A decoded tenant change notification (webhook body). */
export interface TenantNotification {
  changeType: ChangeTypeInfo;
  contextIdentifier: string;
  versionName: string | null;
  fileVersion: string | null;
  /** The new bare host, sent with Move (e.g. "sod3.superoffice.com"). */
  publicEndpoint: string | null;
  token: NotificationToken;
  /** Optional fields that were present but unusable, each naming the field. */
  warnings: string[];
}

/** The language of the `description` texts (and the change types' `badge` and `integration`): a BCP 47 tag; `en`, `nb`, `sv`, `da`, `de` and `nl` are spoken (`nb-NO` gives `nb`), anything else gives English, the default. A malformed tag throws. */
export interface DecodeOptions {
  lang?: string;
}

/** `guidance()`'s options: the language, and the `ValidUntil` a pause names (epoch ms; UTC to the minute). */
export interface GuidanceOptions extends DecodeOptions {
  validUntilMs?: number;
}

/** A kind of published maintenance window (times UTC+1): the nightly recycle (01:00-03:00), the Thursday patch window (22:00-06:00), the Saturday maintenance window (20:00-06:00), upgrades on Tuesdays and Fridays every third week (20:00-05:00). */
export type MaintenanceKind = "recycle" | "patch" | "maintenance" | "upgrade";

/** One maintenance window. */
export interface MaintenanceWindow {
  kind: MaintenanceKind;
  startsAtMs: number;
  endsAtMs: number;
}

/** How the published rhythm is read. `env` is checked (one rhythm is published for every environment). `upgradeWeekOf`: a date in a week with upgrades, e.g. "2026-12-01" (the docs give none, so by default no upgrade is forecast). `summerTime`: read the UTC+1 times as CET/CEST wall-clock time (off: UTC+1 all year). */
export interface MaintenanceOptions {
  env?: "sod" | "qaonline" | "stage" | "online";
  upgradeWeekOf?: string;
  summerTime?: boolean;
}

/** All documented states and change types. */
export interface Legend {
  states: StateInfo[];
  changeTypes: ChangeTypeInfo[];
}

/** One result of `decodeStates`: the state, or the error message for that item. */
export type DecodeResult = { ok: true; value: TenantState } | { ok: false; error: string };
"#;

/// The `{ lang }` of the decoder's calls, as sent.
#[derive(Deserialize, Default)]
#[serde(default)]
struct LangOptions {
    lang: Field<String>,
}

/// The words for the `description` texts: `{ lang }` when given and
/// spoken (`nb-NO` gives Norwegian), English otherwise: without options,
/// and for a language the widget does not speak.
///
/// # Errors
/// `options: expected an object`, `options.lang: expected a string`, or a
/// malformed language tag.
fn texts_of(options: Option<JsValue>) -> Result<&'static Texts, JsError> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(Texts::english());
    };
    let ObjectOf(options) = serde_wasm_bindgen::from_value::<ObjectOf<LangOptions>>(options)
        .map_err(|_| JsError::new("options: expected an object such as { lang: \"de\" }"))?;
    let options = options.map_err(|found| {
        JsError::new(&format!(
            "options: expected an object such as {{ lang: \"de\" }}, got {found}"
        ))
    })?;
    let lang = match options.lang {
        Field::Value(tag) => check_lang(&tag).map_err(error)?,
        Field::Absent | Field::Null => None,
        Field::Wrong(found) => {
            return Err(JsError::new(&format!(
                "options.lang: expected a string, got {found}"
            )))
        }
    };
    Ok(Texts::shared(
        lang.as_deref().and_then(Lang::matching).unwrap_or_default(),
    ))
}

/// Decodes a state API answer (JSON text or an already parsed object).
/// `options.lang` chooses the language of `description` (English by
/// default; `en`, `nb`, `sv`, `da`, `de`, `nl`, region tags matched).
///
/// # Errors
/// Throws an `Error` naming the field and the problem (`State: missing`).
#[wasm_bindgen(js_name = decodeState, unchecked_return_type = "TenantState")]
pub fn decode_state(
    #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DecodeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let texts = texts_of(options)?;
    to_js(&TenantStateIn(&read_state(input).map_err(error)?, texts))
}

/// One item of `decodeStates`: `{ ok: true, value }` or `{ ok: false, error }`.
#[derive(Serialize)]
#[serde(untagged)]
enum DecodeResult<'a> {
    Decoded { ok: bool, value: TenantStateIn<'a> },
    Failed { ok: bool, error: String },
}

/// Decodes many state API answers in one call; a bad item gives
/// `{ ok: false, error }` instead of failing the batch.
///
/// # Errors
/// Throws when `inputs` is not an array.
#[wasm_bindgen(js_name = decodeStates, unchecked_return_type = "DecodeResult[]")]
pub fn decode_states(
    #[wasm_bindgen(unchecked_param_type = "Array<string | object>")] inputs: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DecodeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let texts = texts_of(options)?;
    let array = inputs
        .dyn_into::<js_sys::Array>()
        .map_err(|_| JsError::new("inputs: expected an array"))?;
    let decoded: Vec<Result<_, String>> = array.iter().map(read_state).collect();
    let results: Vec<DecodeResult> = decoded
        .iter()
        .map(|result| match result {
            Ok(value) => DecodeResult::Decoded {
                ok: true,
                value: TenantStateIn(value, texts),
            },
            Err(error) => DecodeResult::Failed {
                ok: false,
                error: error.clone(),
            },
        })
        .collect();
    to_js(&results)
}

/// Decodes a tenant change notification (JSON text or an object). A
/// malformed `Token` does not fail: see `token.error`.
///
/// # Errors
/// Throws an `Error` naming the field and the problem (`ChangeType: missing`).
#[wasm_bindgen(js_name = decodeNotification, unchecked_return_type = "TenantNotification")]
pub fn decode_notification(
    #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
) -> Result<JsValue, JsError> {
    let notification = read_notification(input).map_err(error)?;
    let out = to_js(&notification)?;
    if let Some(claims) = &notification.token.claims {
        // The claims are the sender's JSON text: JSON.parse reads them, so
        // every number is exactly what JavaScript reads from the token
        // (1e400, -0 and 17-digit values included), which no f64 detour
        // through Rust can promise.
        let claims = js_sys::JSON::parse(claims.json())
            .map_err(|_| JsError::new("internal: claims are not JSON"))?;
        let token = js_sys::Reflect::get(&out, &"token".into())
            .map_err(|_| JsError::new("internal: no token"))?;
        js_sys::Reflect::set(&token, &"claims".into(), &claims)
            .map_err(|_| JsError::new("internal: token is not an object"))?;
    }
    Ok(out)
}

/// Describes a change type code (0-5 documented; other integers
/// unrecognised), its texts in `options.lang` (English by default).
///
/// # Errors
/// Throws when `code` is not an integer.
#[wasm_bindgen(js_name = describeChangeType, unchecked_return_type = "ChangeTypeInfo")]
pub fn describe_change_type(
    #[wasm_bindgen(unchecked_param_type = "number")] code: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DecodeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let texts = texts_of(options)?;
    let integer = code.as_f64().and_then(integer_code).ok_or_else(|| {
        let shown = js_sys::JSON::stringify(&code)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| "undefined".to_owned());
        JsError::new(&format!("code: expected an integer, got {shown}"))
    })?;
    to_js(&core::ChangeType::from_code(integer).info(texts))
}

/// Builds the state API URL for a tenant. `baseUrl` replaces
/// `https://{env}.superoffice.com` (e.g. a same-origin proxy).
///
/// # Errors
/// Throws when `env`, `contextId` or `baseUrl` is invalid.
#[wasm_bindgen(js_name = stateUrl)]
pub fn state_url(
    env: &str,
    #[wasm_bindgen(js_name = contextId)] context_id: &str,
    #[wasm_bindgen(js_name = baseUrl)] base_url: Option<String>,
) -> Result<String, JsError> {
    core::state_url(env, context_id, base_url.as_deref()).map_err(error)
}

/// Every documented state (in documented order) and change type, the
/// texts in `options.lang` (English by default).
///
/// # Errors
/// Throws when `options` is not an object or its `lang` is malformed.
#[wasm_bindgen(js_name = legend, unchecked_return_type = "Legend")]
pub fn legend(
    #[wasm_bindgen(unchecked_optional_param_type = "DecodeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    to_js(&core::legend::legend(texts_of(options)?))
}

/// `guidance()`'s options as sent.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct GuidanceOptions {
    valid_until_ms: Field<f64>,
}

/// What a state (a name such as `"Suspended"`, or its number) means for a
/// partner integration, in `options.lang` (English by default). A pause
/// names `options.validUntilMs` (UTC, to the minute) when given. An
/// unrecognised state is "treat as unavailable".
///
/// # Errors
/// Throws when `state` is neither a string nor a number, or the options
/// are malformed.
#[wasm_bindgen(js_name = guidance)]
pub fn guidance(
    #[wasm_bindgen(unchecked_param_type = "string | number")] state: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "GuidanceOptions")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let state = if let Some(name) = state.as_string() {
        core::State::from_name(&name)
    } else if let Some(number) = state.as_f64() {
        // `2` and `2.0` are Running; any other number is unrecognised.
        core::State::from_name(&number.to_string())
    } else {
        return Err(JsError::new("state: expected a state name or number"));
    };
    let until = match options.clone().filter(|o| o.is_object()) {
        Some(o) => match serde_wasm_bindgen::from_value::<GuidanceOptions>(o) {
            Ok(GuidanceOptions {
                valid_until_ms: Field::Value(ms),
            }) if ms.is_finite() => core::guidance::until_utc(ms as i64),
            Ok(GuidanceOptions {
                valid_until_ms: Field::Absent | Field::Null,
            }) => None,
            _ => {
                return Err(JsError::new(
                    "options.validUntilMs: expected epoch milliseconds",
                ))
            }
        },
        None => None,
    };
    let texts = texts_of(options)?;
    Ok(core::guidance::guidance(&state, until.as_deref(), texts))
}

/// The next published maintenance window of each kind at `nowMs` (the one
/// in progress counts), earliest first. `env` is an environment name or
/// `MaintenanceOptions`.
///
/// # Errors
/// Throws when `nowMs` is not a finite number or the options are malformed.
#[wasm_bindgen(js_name = nextMaintenance, unchecked_return_type = "MaintenanceWindow[]")]
pub fn next_maintenance(
    #[wasm_bindgen(js_name = nowMs)] now_ms: f64,
    #[wasm_bindgen(
        unchecked_optional_param_type = "MaintenanceOptions | \"sod\" | \"qaonline\" | \"stage\" | \"online\""
    )]
    env: Option<JsValue>,
) -> Result<JsValue, JsError> {
    if !now_ms.is_finite() {
        return Err(JsError::new("nowMs: expected epoch milliseconds"));
    }
    let rhythm = rhythm_of(env)?;
    to_js(&rhythm.next(now_ms as i64))
}

/// The rhythm of `nextMaintenance`'s and `mount()`'s maintenance options.
pub(crate) fn rhythm_of(options: Option<JsValue>) -> Result<core::maintenance::Rhythm, JsError> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(core::maintenance::Rhythm::default());
    };
    if let Some(env) = options.as_string() {
        core::Env::parse(&env).map_err(error)?;
        return Ok(core::maintenance::Rhythm::default());
    }
    let ObjectOf(read) =
        serde_wasm_bindgen::from_value::<ObjectOf<core::maintenance::MaintenanceOptions>>(options)
            .map_err(|_| JsError::new("env: expected an environment name or an object"))?;
    read.map_err(|found| {
        JsError::new(&format!(
            "env: expected an environment name or an object, got {found}"
        ))
    })?
    .check()
    .map_err(|e| JsError::new(&e))
}

/// Whether a URL may be rendered as a link: `https:` on `superoffice.com`
/// or a sub-domain, with no user info.
#[wasm_bindgen(js_name = isSafeLink)]
pub fn is_safe_link(url: &str) -> bool {
    core::safe_link(url).is_some()
}

/// The package version (from Cargo.toml).
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
