//! Messages quote what was sent, safely: short, and with bidi controls escaped.

use so_tenant_status_core::error::quoted;

#[test]
fn a_quote_is_cut_at_eighty_characters() {
    let long = "W".repeat(10 * 1024);
    let q = quoted(&long);
    assert_eq!(q, format!("\"{}\"…", "W".repeat(80)));
    assert_eq!(quoted(&"é".repeat(80)), format!("\"{}\"", "é".repeat(80)));
}

#[test]
fn bidi_controls_are_written_as_escapes() {
    assert_eq!(quoted("\u{202e}evil.exe"), "\"\\u202eevil.exe\"");
    assert_eq!(quoted("a\u{2067}b"), "\"a\\u2067b\"");
    assert_eq!(quoted("<script>"), "\"<script>\"");
}
