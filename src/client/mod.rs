//! Browser I/O: fetching the state API (gloo-net), the clock, timers and
//! page visibility. Nothing here decides anything; decisions are the core's.

pub mod clock;
pub mod fetch;
pub mod history;
pub mod lang;
pub mod live;
pub mod notify;
pub mod report;
pub mod scheduler;
pub mod tabs;
