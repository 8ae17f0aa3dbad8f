//! Leptos views. They render signals derived from core values; every
//! decision is a core function.

pub mod badge;
pub mod legend;
pub mod markup;
pub mod page;
pub mod widget;

pub use badge::{BadgeView, TenantBadge};
pub use legend::{ChangeTypeLegend, StateLegend};
pub use page::Page;
pub use widget::Widget;
