//! # so-tenant-status
//!
//! See, from a web page, whether a SuperOffice Online tenant is usable right
//! now. This crate is the WebAssembly side of the project:
//!
//! * `bindings` (feature `decoder`, default): the JavaScript decoder API (`decodeState`,
//!   `decodeNotification`, `describeChangeType`, `stateUrl`, `legend`, ...),
//!   thin exports over [`so_tenant_status_core`]: objects cross the boundary
//!   with `serde-wasm-bindgen`, text is read by `serde_json`;
//! * with the `widget` feature (default): the Leptos tenant-health badge and
//!   legends (every element a `view!`), the shared refresh scheduler and
//!   fetching with `gloo-net`;
//! * `embed` (default): `mount()`, `mountStatic()` and `WidgetHandle`;
//! * `page` (default): `startPage()`, the static page (`dist/` is built with
//!   this one alone).
//!
//! All domain logic lives in the pure core crate, re-exported here as
//! [`core`].
//!
//! ## JavaScript
//!
//! ```js
//! import init, { decodeState, stateUrl } from "so-tenant-status";
//! await init();
//! const res = await fetch(stateUrl("online", "Cust12345"));
//! const tenant = decodeState(await res.text());
//! if (!tenant.apiAvailable) console.warn(tenant.state, tenant.description);
//! ```
//!
//! ## Rust
//!
//! ```
//! let tenant = so_tenant_status::core::decode_state(
//!     r#"{"ContextIdentifier":"Cust1","State":"OfflineMaintenance"}"#,
//! ).unwrap();
//! assert_eq!(tenant.health().as_str(), "maintenance");
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

pub use so_tenant_status_core as core;

#[cfg(feature = "decoder")]
pub mod bindings;
#[cfg(any(feature = "decoder", feature = "embed"))]
mod js;

#[cfg(feature = "widget")]
pub mod client;
#[cfg(feature = "embed")]
pub mod embed;
#[cfg(feature = "page")]
pub mod start;
#[cfg(feature = "widget")]
pub mod ui;
