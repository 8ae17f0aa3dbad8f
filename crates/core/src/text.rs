//! Building message text without `core::fmt`.
//!
//! `format!` pulls the whole formatting machinery (and its tables) into the
//! WebAssembly decoder, which would more than double its size. The decoder's
//! messages are all "literal + value + literal", so they are built with these
//! few helpers instead. Code that only the widget runs may still use
//! `format!`.

use alloc::string::String;

/// Concatenates `parts` into one string.
///
/// ```
/// use so_tenant_status_core::text::cat;
/// assert_eq!(cat(&["State", ": ", "missing"]), "State: missing");
/// ```
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// Appends the decimal digits of `n` (with a leading `-` when negative),
/// left-padded with zeros to at least `width` digits.
pub fn push_int(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    let mut magnitude = n.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut len = 0;
    while let Some(slot) = digits.get_mut(len) {
        *slot = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        len += 1;
        if magnitude == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    for d in digits.iter().take(len).rev() {
        out.push(char::from(*d));
    }
}

/// The decimal digits of `n`.
///
/// ```
/// use so_tenant_status_core::text::int;
/// assert_eq!(int(-42), "-42");
/// assert_eq!(int(i64::MIN), "-9223372036854775808");
/// ```
pub fn int(n: i64) -> String {
    let mut out = String::new();
    push_int(&mut out, n, 0);
    out
}

/// `|x|` (`f64::abs` is not in `core` on our minimum Rust).
pub(crate) fn abs(x: f64) -> f64 {
    if x < 0.0 {
        -x
    } else {
        x
    }
}

/// `x` as an integer when it is exactly one within ±2^53.
pub(crate) fn exact_integer(x: f64) -> Option<i64> {
    if abs(x) <= 9_007_199_254_740_992.0 {
        let i = x as i64;
        (i as f64 == x).then_some(i)
    } else {
        None
    }
}

/// `10^n` by repeated squaring (what `f64::powi` does, without `std`).
pub(crate) fn pow10i(mut n: u32) -> f64 {
    let mut base = 10.0f64;
    let mut result = 1.0f64;
    while n > 0 {
        if n & 1 == 1 {
            result *= base;
        }
        base *= base;
        n >>= 1;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_match_display() {
        for n in [
            0i64,
            7,
            -7,
            10,
            99,
            100,
            -1000,
            1234567890123,
            i64::MAX,
            i64::MIN,
        ] {
            assert_eq!(int(n), n.to_string());
        }
        let mut s = String::new();
        push_int(&mut s, 5, 3);
        push_int(&mut s, 2026, 4);
        push_int(&mut s, 123, 2);
        assert_eq!(s, "00520261 23".replace(' ', ""));
    }

    #[test]
    fn float_helpers_match_std() {
        for x in [
            0.0,
            -0.0,
            1.0,
            -3.0,
            2.5,
            9_007_199_254_740_992.0,
            1e300,
            f64::NAN,
        ] {
            let std = (x.fract() == 0.0 && x.abs() <= 9_007_199_254_740_992.0).then_some(x as i64);
            assert_eq!(exact_integer(x), std, "{x}");
        }
        for n in 0..=308 {
            assert_eq!(pow10i(n), 10f64.powi(n as i32), "10^{n}");
        }
    }
}
