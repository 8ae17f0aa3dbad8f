//! # so-tenant-status
//!
//! See, from a web page, whether a SuperOffice Online tenant is usable right
//! now. This crate is the WebAssembly side of the project:
//!
//! * `bindings` (feature `decoder`, default): the JavaScript decoder API (`decodeState`,
//!   `decodeNotification`, `describeChangeType`, `stateUrl`, `legend`, ...),
//!   thin exports over [`so_tenant_status_core`];
//! * with the `widget` feature (default): the Leptos tenant-health badge and
//!   legends, the shared refresh scheduler and fetching;
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
// pkg-lite/ (feature `lite`) is built without `std`: no formatting
// machinery, no std panic machinery, our own small allocator.
#![cfg_attr(feature = "lite", no_std)]
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

pub use so_tenant_status_core as core;

#[cfg(all(feature = "lite", feature = "widget"))]
compile_error!("feature `lite` (no_std decoder build) excludes `widget`");

#[cfg(all(target_arch = "wasm32", feature = "lite"))]
pub mod heap;

/// The no_std decoder build uses the small allocator. (The widget keeps
/// std's dlmalloc: std links it anyway, and it packs Leptos' many small,
/// long-lived allocations tighter than power-of-two blocks.)
#[cfg(all(target_arch = "wasm32", feature = "lite"))]
#[global_allocator]
static HEAP: heap::Heap = heap::Heap::new();

/// Without `std` a panic has nothing to print to: stop the call. (The
/// crates deny panicking code, so this is the last line of defence only.)
#[cfg(all(target_arch = "wasm32", feature = "lite"))]
#[panic_handler]
fn panic(_: &::core::panic::PanicInfo<'_>) -> ! {
    ::core::arch::wasm32::unreachable()
}

#[cfg(feature = "decoder")]
pub mod bindings;

#[cfg(feature = "widget")]
pub mod client;
#[cfg(feature = "embed")]
pub mod embed;
#[cfg(feature = "page")]
pub mod start;
#[cfg(feature = "widget")]
pub mod ui;
