//! # so-tenant-status-core
//!
//! The pure domain core of **so-tenant-status**: everything about SuperOffice
//! Online tenant status that does not need a browser.
//!
//! * [`decode_state`]: the state API answer (`GET /api/state/CustNNNN`) into a
//!   [`TenantState`] with its [`Health`], API availability and warnings;
//! * [`decode_notification`]: a change notification into a
//!   [`TenantNotification`], with its JWT claims decoded (never verified);
//! * [`ChangeType`], [`State`]: the documented enums, with `Unrecognised`
//!   variants that keep what was sent;
//! * [`state_url`]: the state API URL, refusing anything that is not a
//!   context id;
//! * [`legend`]: rows for the state and change-type legends;
//! * [`schedule`]: when to check a tenant again;
//! * [`status`]: what a check outcome means for what the badge shows;
//! * [`badge`], [`page`]: what a badge and the page *say*, as plain view
//!   models the Leptos views only place;
//! * [`options`]: the embedding options (`mount()`, `<so-tenant-status>`);
//! * [`board`]: the partner board (pasted id lists, counts, filter, search,
//!   sort, layout);
//! * [`export`]: the board as a CSV or JSON report;
//! * [`alerts`]: which health changes notify, grouped, and the page's title;
//! * [`host`]: the events the host page is told (`sots-statuschange`, ...);
//! * [`i18n`]: every word the widget writes, in six languages (Fluent files compiled at build time);
//! * [`guidance`]: what each state means for a partner integration;
//! * [`maintenance`]: the published maintenance rhythm and the forecast;
//! * [`history`]: each tenant's transitions, their notes and stored form;
//! * [`timeline`]: health timelines and observed availability from the
//!   transitions and the spans in which checks ran;
//! * [`inspect`]: a pasted change notification, as the inspector shows it.
//!
//! Payloads are read with `serde_json` into `serde`-derived types; outputs
//! derive `Serialize` with camelCase names, so the JavaScript layer hands
//! them over with `serde-wasm-bindgen`. No web-sys, js-sys, wasm-bindgen or
//! Leptos: this crate is tested natively with `cargo test`. It never panics
//! (clippy denies `unwrap`, `expect`, `panic!` and slice indexing outside
//! tests).
//!
//! ```
//! use so_tenant_status_core::{decode_state, Health};
//!
//! let state = decode_state(r#"{"ContextIdentifier":"Cust1","State":"Suspended"}"#).unwrap();
//! assert_eq!(state.health(), Health::Down);
//! assert!(!state.api_available());
//! ```
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod alerts;
pub mod badge;
pub mod board;
pub mod change_type;
pub mod error;
pub mod export;
pub mod field;
pub mod guidance;
pub mod health;
pub mod history;
pub mod host;
pub mod i18n;
pub mod inspect;
pub mod legend;
pub mod maintenance;
pub mod notification;
pub mod options;
pub mod page;
pub mod schedule;
pub mod state;
pub mod status;
pub mod time;
pub mod timeline;
pub mod url;

pub use change_type::{ChangeType, ChangeTypeInfo};
pub use error::{DecodeError, MAX_INPUT_BYTES};
pub use health::Health;
pub use i18n::{Lang, Texts};
pub use notification::{
    decode_notification, Claims, NotificationPayload, TenantNotification, Token,
};
pub use state::{decode_state, RawState, State, StatePayload, TenantState};
pub use url::{safe_link, state_url, url_host, validate_context_id, Env, UrlError};
