//! Exact fixed-point decimal used for every rate, amount and ratio in the engine, so that
//! "2 %" is exactly 0.02 and a count of people is never off by one from binary floating point.

use std::cmp::Ordering;

mod serde_impl;
mod text;

/// Number of decimal places kept. Nine places represent a rate such as 0.000000001 (a
/// millionth of a percent), far below anything a user types, while leaving room in an `i128`
/// for amounts up to about 10^29.
pub const PLACES: u32 = 9;
const SCALE: i128 = 1_000_000_000;

/// Largest magnitude accepted from input. Above this, products of two inputs could leave the
/// range of `i128`; such values are reported as "too large" instead of overflowing.
pub const MAX_INPUT: Decimal = Decimal(1_000_000_000_000_000 * SCALE);

/// An exact decimal number: `units / 10^PLACES`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Decimal(i128);

/// Why a text could not be read as a decimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    NotANumber,
    TooLarge,
    TooPrecise,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal(0);
    pub const ONE: Decimal = Decimal(SCALE);
    pub const HUNDRED: Decimal = Decimal(100 * SCALE);

    pub const fn from_int(n: i64) -> Decimal {
        Decimal(n as i128 * SCALE)
    }

    /// Builds `mantissa × 10^-places` exactly (e.g. `(2, 2)` is 0.02).
    pub fn from_parts(mantissa: i64, places: u32) -> Option<Decimal> {
        let shift = PLACES.checked_sub(places)?;
        (mantissa as i128).checked_mul(10i128.pow(shift)).map(Decimal)
    }

    pub fn units(self) -> i128 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn is_positive(self) -> bool {
        self.0 > 0
    }

    pub fn checked_add(self, rhs: Decimal) -> Option<Decimal> {
        self.0.checked_add(rhs.0).map(Decimal)
    }

    pub fn checked_sub(self, rhs: Decimal) -> Option<Decimal> {
        self.0.checked_sub(rhs.0).map(Decimal)
    }

    /// Product truncated toward zero at the ninth decimal place. Exact whenever the true
    /// product has at most nine decimals (always the case for a count times a rate).
    pub fn checked_mul(self, rhs: Decimal) -> Option<Decimal> {
        // Split self into whole and fractional units so the intermediate stays in range
        // whenever the result does.
        let whole = self.0 / SCALE;
        let frac = self.0 % SCALE;
        let a = whole.checked_mul(rhs.0)?;
        let b = frac.checked_mul(rhs.0)? / SCALE;
        a.checked_add(b).map(Decimal)
    }

    /// Quotient truncated toward zero at the ninth decimal place.
    pub fn checked_div(self, rhs: Decimal) -> Option<Decimal> {
        if rhs.0 == 0 {
            return None;
        }
        // self.0 * SCALE / rhs.0, split so the intermediate stays in range when the result does.
        let q = self.0 / rhs.0;
        let r = self.0 % rhs.0;
        let hi = q.checked_mul(SCALE)?;
        let lo = r.checked_mul(SCALE)? / rhs.0;
        hi.checked_add(lo).map(Decimal)
    }

    /// The smallest whole number ≥ `self / rhs`, computed exactly. `None` when `rhs` is zero or
    /// the result does not fit.
    pub fn ceil_div(self, rhs: Decimal) -> Option<i128> {
        if rhs.0 == 0 {
            return None;
        }
        let (n, d) = if rhs.0 < 0 { (-self.0, -rhs.0) } else { (self.0, rhs.0) };
        let q = n.div_euclid(d);
        Some(if n.rem_euclid(d) == 0 { q } else { q + 1 })
    }

    /// The largest whole number ≤ `self / rhs`, computed exactly.
    pub fn floor_div(self, rhs: Decimal) -> Option<i128> {
        if rhs.0 == 0 {
            return None;
        }
        let (n, d) = if rhs.0 < 0 { (-self.0, -rhs.0) } else { (self.0, rhs.0) };
        Some(n.div_euclid(d))
    }

    /// Smallest whole number ≥ self.
    pub fn ceil(self) -> i128 {
        self.0.div_euclid(SCALE) + i128::from(self.0.rem_euclid(SCALE) != 0)
    }

    /// Largest whole number ≤ self.
    pub fn floor(self) -> i128 {
        self.0.div_euclid(SCALE)
    }

    /// Whole count as a decimal; `None` if out of range.
    pub fn from_count(n: i128) -> Option<Decimal> {
        n.checked_mul(SCALE).map(Decimal)
    }

    /// Rounds half away from zero to `places` decimals (money to the cent uses 2).
    pub fn round_to(self, places: u32) -> Decimal {
        let places = places.min(PLACES);
        let step = 10i128.pow(PLACES - places);
        let half = step / 2;
        let r = self.0.rem_euclid(step);
        let down = self.0 - r;
        // `r != 0` first: at nine places the step is 1, the half 0, and an exact value is a "tie".
        let up = r != 0 && (r > half || (r == half && self.0 >= 0));
        Decimal(if up { down + step } else { down })
    }

    pub fn min(self, other: Decimal) -> Decimal {
        Ord::min(self, other)
    }

    pub fn max(self, other: Decimal) -> Decimal {
        Ord::max(self, other)
    }

    /// Nearest `f64`, for charts and probabilities only, never for counts.
    /// Rounded exactly as parsing the decimal text would round it (to nearest, ties to even),
    /// but in integer arithmetic: a float parser costs several KB of wasm.
    pub fn to_f64(self) -> f64 {
        let n = self.0.unsigned_abs();
        // Scale n by 2^s so that q = n·2^s / 10^9 has at least 55 bits: the 53 kept, the
        // rounding bit and one below it, where a non-zero remainder is recorded ("sticky"),
        // so the single rounding of `q as f64` is the correct one. n·2^s stays below 2^85.
        let bits = 128 - n.leading_zeros();
        let s = 85u32.saturating_sub(bits);
        let scaled = n << s;
        let q = scaled / SCALE as u128;
        let sticky = u128::from(!scaled.is_multiple_of(SCALE as u128));
        // 2^-s is exact, and so is the product (no overflow or subnormal at these sizes).
        let v = (q | sticky) as f64 * f64::from_bits(u64::from(1023 - s) << 52);
        if self.0 < 0 {
            -v
        } else {
            v
        }
    }

    /// Reads an `f64` through its shortest decimal representation, so `0.07` becomes exactly
    /// 0.07 and not 0.070000000000000006661. Non-finite values are rejected.
    pub fn from_f64(v: f64) -> Result<Decimal, ParseError> {
        if !v.is_finite() {
            return Err(ParseError::NotANumber);
        }
        if v.abs() > 1e15 {
            return Err(ParseError::TooLarge);
        }
        // `{}` prints the shortest text that reads back as the same f64 and never uses
        // exponent notation for f64 Display.
        let text = format!("{v}");
        text.parse::<Decimal>().or_else(|err| match err {
            // More than nine decimals from a float is float noise: round it.
            ParseError::TooPrecise => Ok(round_text(&text)),
            other => Err(other),
        })
    }
}

fn round_text(text: &str) -> Decimal {
    let (int_part, frac) = text.split_once('.').unwrap_or((text, ""));
    let negative = int_part.starts_with('-');
    let keep: String = frac.chars().take(PLACES as usize + 1).collect();
    let mut padded = keep.clone();
    while padded.len() < PLACES as usize + 1 {
        padded.push('0');
    }
    let extended: i128 = format!("{}{}", int_part.trim_start_matches('-'), padded).parse().unwrap_or(0);
    let rounded = (extended + 5) / 10;
    Decimal(if negative { -rounded } else { rounded })
}

impl PartialOrd<i64> for Decimal {
    fn partial_cmp(&self, other: &i64) -> Option<Ordering> {
        Some(self.0.cmp(&(*other as i128 * SCALE)))
    }
}

impl PartialEq<i64> for Decimal {
    fn eq(&self, other: &i64) -> bool {
        self.0 == *other as i128 * SCALE
    }
}
