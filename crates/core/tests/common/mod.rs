//! Shared helpers for the native tests: the fixtures in `tests/fixtures/`.
#![allow(dead_code)]

use std::path::PathBuf;

/// The folder of SuperOffice's documented example payloads, the project's
/// own copy: `<repo>/tests/fixtures`.
pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// A fixture's text, exactly as shipped.
pub fn fixture(name: &str) -> String {
    let path = fixtures_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}
