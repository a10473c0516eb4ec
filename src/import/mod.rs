//! Actuals brought in from outside: a range pasted from a spreadsheet (`grid`) or a CRM export
//! in CSV counted per month (`crm`). Pure Rust, run in the browser: nothing is uploaded. Every
//! row or cell not used is listed with its line and reason, never silently dropped.

pub mod crm;
pub mod dates;
pub mod grid;
pub mod table;
pub mod words;

use crate::engine::caseless::lower;
use crate::engine::time::calendar::YearMonth;
use dates::DateError;

/// Why a whole count could not be read from a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountError {
    NotANumber,
    NotWhole,
    Negative,
    TooLarge,
}

/// Why a row, a cell or a column was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A quote opened on this line is never closed.
    UnterminatedQuote,
    BadDate {
        text: String,
        error: DateError,
    },
    /// A status no stage is mapped to.
    UnknownStatus(String),
    /// The row has no cell in this (0-based) column.
    MissingCell {
        column: usize,
    },
    BadCount {
        column: usize,
        text: String,
        error: CountError,
    },
    /// A header naming no stage of the funnel.
    UnknownStage(String),
    /// A period label that is neither a plan period number nor a month.
    BadPeriod(String),
    /// A calendar month was given but the plan has no start month to place it.
    NoStartMonth(String),
    /// A period before the plan's start or after its horizon.
    OutsideHorizon(String),
    /// The same period appears twice; the first one is kept.
    DuplicatePeriod(u32),
    /// Neither the first row nor the first column names a stage.
    NoStages,
}

/// One problem, on the 1-based line of the text where its row starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub reason: Reason,
}

impl Problem {
    pub fn new(line: usize, reason: Reason) -> Problem {
        Problem { line, reason }
    }
}

/// The stage a cell names: equal to a stage name, ignoring case and surrounding spaces.
pub fn stage_named(text: &str, stage_names: &[String]) -> Option<usize> {
    let wanted = lower(text.trim());
    (!wanted.is_empty()).then_some(())?;
    stage_names.iter().position(|n| lower(n.trim()) == wanted)
}

/// Plan period of a calendar month: 1 for `start`, `None` before it.
pub fn period_of(month: YearMonth, start: YearMonth) -> Option<u32> {
    u32::try_from(month.months_since(start) + 1).ok().filter(|p| *p >= 1)
}
