//! Shared helpers for the native tests: the fixtures in `../shared/fixtures/`.
#![allow(dead_code)]

use std::path::PathBuf;

/// The folder of SuperOffice's documented example payloads
/// (`SOTS_FIXTURES` overrides `<repo>/../shared/fixtures`).
pub fn fixtures_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("SOTS_FIXTURES") {
        return PathBuf::from(dir);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures")
}

/// A fixture's text, exactly as shipped.
pub fn fixture(name: &str) -> String {
    let path = fixtures_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}
