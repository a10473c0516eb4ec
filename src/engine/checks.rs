//! Shared range checks for plan fields; each pushes a `FieldError` instead of failing fast.

use super::decimal::{Decimal, MAX_INPUT};
use super::error::{Errors, Reason};

/// A strictly positive amount (goal, deal size).
pub fn positive(errors: &mut Errors, path: &str, value: Decimal) -> bool {
    let reason = if value.is_negative() {
        Some(Reason::Negative)
    } else if value.is_zero() {
        Some(Reason::MustBePositive)
    } else if value > MAX_INPUT {
        Some(Reason::TooLarge)
    } else {
        None
    };
    report(errors, path, reason)
}

/// Zero or more (optional amounts such as current recurring revenue).
pub fn non_negative(errors: &mut Errors, path: &str, value: Decimal) -> bool {
    let reason = if value.is_negative() {
        Some(Reason::Negative)
    } else if value > MAX_INPUT {
        Some(Reason::TooLarge)
    } else {
        None
    };
    report(errors, path, reason)
}

/// A conversion rate as a fraction in (0, 1]: 0 would make every later stage unreachable.
pub fn rate(errors: &mut Errors, path: &str, value: Decimal) -> bool {
    let reason = if value.is_negative() {
        Some(Reason::Negative)
    } else if value.is_zero() {
        Some(Reason::MustBePositive)
    } else if value > Decimal::ONE {
        Some(Reason::AboveHundredPercent)
    } else {
        None
    };
    report(errors, path, reason)
}

/// A share as a fraction in [0, 1].
pub fn share(errors: &mut Errors, path: &str, value: Decimal) -> bool {
    let reason = if value.is_negative() {
        Some(Reason::Negative)
    } else if value > Decimal::ONE {
        Some(Reason::AboveHundredPercent)
    } else {
        None
    };
    report(errors, path, reason)
}

/// A whole number within `min..=max`.
pub fn whole_in(errors: &mut Errors, path: &str, value: Decimal, min: i64, max: i64) -> bool {
    let reason = if value.floor() != value.ceil() {
        Some(Reason::NotWhole)
    } else if value < min || value > max {
        Some(Reason::OutOfRange)
    } else {
        None
    };
    report(errors, path, reason)
}

fn report(errors: &mut Errors, path: &str, reason: Option<Reason>) -> bool {
    match reason {
        Some(r) => {
            errors.push(path, r);
            false
        }
        None => true,
    }
}
