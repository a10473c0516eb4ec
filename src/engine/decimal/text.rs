//! Decimals as plain text: the exact ASCII reader (`FromStr`) and the shortest exact writer
//! (`Display`). Locale-aware reading and formatting live in `i18n` and the browser layer.

use super::{Decimal, ParseError, MAX_INPUT, PLACES, SCALE};
use std::fmt;

impl std::str::FromStr for Decimal {
    type Err = ParseError;

    /// Plain ASCII decimal: optional sign, digits, optional `.` and digits. Locale-aware
    /// parsing (spaces, commas, %, currency signs) belongs to the view layer.
    fn from_str(s: &str) -> Result<Decimal, ParseError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ParseError::Empty);
        }
        let (negative, body) = match s.as_bytes()[0] {
            b'-' => (true, &s[1..]),
            b'+' => (false, &s[1..]),
            _ => (false, s),
        };
        let (int_part, frac_part) = body.split_once('.').unwrap_or((body, ""));
        let digits_ok = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if (int_part.is_empty() && frac_part.is_empty()) || !digits_ok(int_part) || !digits_ok(frac_part) {
            return Err(ParseError::NotANumber);
        }
        let frac_trimmed = frac_part.trim_end_matches('0');
        if frac_trimmed.len() > PLACES as usize {
            return Err(ParseError::TooPrecise);
        }
        let int_trimmed = int_part.trim_start_matches('0');
        if int_trimmed.len() > 16 {
            return Err(ParseError::TooLarge);
        }
        let whole: i128 = if int_trimmed.is_empty() {
            0
        } else {
            int_trimmed.parse().map_err(|_| ParseError::NotANumber)?
        };
        let mut frac: i128 = 0;
        for (i, b) in frac_trimmed.bytes().enumerate() {
            frac += i128::from(b - b'0') * 10i128.pow(PLACES - 1 - i as u32);
        }
        let value = Decimal(whole * SCALE + frac);
        if value > MAX_INPUT {
            return Err(ParseError::TooLarge);
        }
        Ok(if negative { Decimal(-value.0) } else { value })
    }
}

impl fmt::Display for Decimal {
    /// Shortest exact representation: `0.02`, `1000`, `-3.5`. Digits are written by hand in
    /// `u64` steps: `u128`'s own formatting costs more wasm than this whole impl.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Sign, up to 30 whole digits, the point and 9 decimals.
        let mut buf = [0u8; 48];
        let mut at = buf.len();
        let abs = self.0.unsigned_abs();
        let mut frac = (abs % SCALE as u128) as u64;
        if frac != 0 {
            let mut places = PLACES;
            while frac.is_multiple_of(10) {
                frac /= 10;
                places -= 1;
            }
            at = write_digits(&mut buf, at, frac, places);
            at -= 1;
            buf[at] = b'.';
        }
        // Below 2^128 / 10^9, so at most 30 digits: a 19-digit low part and a high part.
        const TEN_19: u128 = 10_000_000_000_000_000_000;
        let whole = abs / SCALE as u128;
        if whole >= TEN_19 {
            at = write_digits(&mut buf, at, (whole % TEN_19) as u64, 19);
            at = write_digits(&mut buf, at, (whole / TEN_19) as u64, 1);
        } else {
            at = write_digits(&mut buf, at, whole as u64, 1);
        }
        if self.0 < 0 {
            at -= 1;
            buf[at] = b'-';
        }
        // Only ASCII digits, '.' and '-' were written.
        f.write_str(std::str::from_utf8(&buf[at..]).unwrap_or_default())
    }
}

/// Writes `n` in decimal, at least `min_digits` long (zero-padded), so that it ends just before
/// `end`; returns where it starts.
fn write_digits(buf: &mut [u8], mut end: usize, mut n: u64, min_digits: u32) -> usize {
    let mut written = 0;
    while n != 0 || written < min_digits {
        end -= 1;
        buf[end] = b'0' + (n % 10) as u8;
        n /= 10;
        written += 1;
    }
    end
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
