//! Field-level validation errors: a path into the `Plan` and a reason code the view translates.

use serde::{Deserialize, Serialize};

/// Why a field was rejected. The view owns the wording, in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Nothing was entered where a value is needed.
    Required,
    /// The text is not a number.
    NotANumber,
    /// Below zero where only zero or more makes sense.
    Negative,
    /// Zero where a positive value is needed (a 0 % rate makes the goal unreachable).
    MustBePositive,
    /// A rate or share above 100 %.
    AboveHundredPercent,
    /// Larger than the engine accepts (see `decimal::MAX_INPUT`), or a result too large to count.
    TooLarge,
    /// More decimals than the engine keeps.
    TooPrecise,
    /// A list is empty or shorter than needed (e.g. fewer than two funnel stages).
    TooFew,
    /// A list is longer than allowed.
    TooMany,
    /// A whole number was expected.
    NotWhole,
    /// Outside the allowed range for this field (e.g. a month outside 1–12).
    OutOfRange,
    /// The plan's `version` is newer than this engine understands.
    UnsupportedVersion,
    /// The sources' percentages of the goal do not add up to exactly 100 %.
    SharesNotHundred,
    /// The sources' fixed amounts exceed the new-business goal, or (with no percentage to
    /// take the rest) do not add up to it.
    AmountsNotGoal,
    /// A name longer than allowed (a stage name above `funnel::MAX_NAME_CHARS` characters).
    TooLong,
    /// The plan uses a section whose code is not loaded yet (the build with parts:
    /// `assemble::occasional`); reported on the path "" (the whole plan).
    NotLoaded,
}

/// One rejected field: `path` is dotted with indices, e.g. `funnel.stages.2.rate`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub path: String,
    pub reason: Reason,
}

impl FieldError {
    pub fn new(path: impl Into<String>, reason: Reason) -> FieldError {
        FieldError { path: path.into(), reason }
    }
}

/// Collects errors while a plan is checked, so the user sees every problem at once.
#[derive(Default, Debug)]
pub struct Errors(pub Vec<FieldError>);

impl Errors {
    pub fn push(&mut self, path: impl Into<String>, reason: Reason) {
        self.0.push(FieldError::new(path, reason));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.0)
        }
    }
}
