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
//! * [`badge`]: every string a badge displays, decided natively.
//!
//! No web-sys, js-sys, wasm-bindgen or Leptos: this crate is tested natively
//! with `cargo test`. It never panics (clippy denies `unwrap`, `expect`,
//! `panic!` and slice indexing outside tests).
//!
//! ```
//! use so_tenant_status_core::{decode_state, Health};
//!
//! let state = decode_state(r#"{"ContextIdentifier":"Cust1","State":"Suspended"}"#).unwrap();
//! assert_eq!(state.health(), Health::Down);
//! assert!(!state.api_available());
//! ```
#![deny(missing_docs)]
// No `std`: the decoder-only WebAssembly build is `no_std` to stay small.
// Tests use `std` as usual.
#![cfg_attr(not(test), no_std)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

extern crate alloc;

/// What `std`'s prelude would bring, from `alloc`.
mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec;
    pub use alloc::vec::Vec;
}

pub mod badge;
pub mod change_type;
pub mod error;
pub mod health;
pub mod json;
pub mod json_out;
pub mod legend;
pub mod markup;
pub mod notification;
pub mod page;
pub mod schedule;
pub mod state;
pub mod status;
pub mod text;
pub mod time;
pub mod url;

pub use change_type::ChangeType;
pub use error::DecodeError;
pub use health::Health;
pub use notification::{decode_notification, TenantNotification, Token};
pub use state::{decode_state, RawState, State, TenantState};
pub use url::{safe_link, state_url, validate_context_id, Env, UrlError};
