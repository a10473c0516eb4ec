//! Typed text of number fields: reading it as a value of the field's kind in the user's
//! language, writing a value back for editing, and which fields may stay empty.

use super::fields::{self, Kind, Slot};
use crate::engine::{Decimal, Plan, Reason};
use crate::i18n::number::{edit_percent, edit_text, parse_number, parse_percent};
use crate::i18n::{parse_reason, Lang};

/// Whether the field at `path` may be left empty.
pub(super) fn optional(path: &str) -> bool {
    let mut probe = Plan::default();
    matches!(fields::slot(&mut probe, path), Some(Slot::Optional(_)))
}

pub(super) fn is_stage_indexed(path: &str) -> bool {
    [
        "funnel.stages.",
        "cycle.days_to_close.",
        "budget.stage_costs.",
        "pipeline.open_value_by_stage.",
        "tracking.actuals.",
        "risk.stages.",
    ]
    .iter()
    .any(|prefix| path.starts_with(prefix))
}

/// Reads typed text as a field of `kind`; `Ok(None)` is an empty optional field.
pub(super) fn read_text(
    text: &str,
    kind: Kind,
    lang: Lang,
    optional: bool,
) -> Result<Option<Decimal>, Reason> {
    if optional && text.trim().is_empty() {
        return Ok(None);
    }
    let parsed = match kind {
        Kind::Percent => parse_percent(text, lang),
        Kind::Money | Kind::Number => parse_number(text, lang),
    };
    parsed.map(Some).map_err(parse_reason)
}

/// Writes a value for editing in `lang`.
pub fn write(value: Decimal, kind: Kind, lang: Lang) -> String {
    match kind {
        Kind::Percent => edit_percent(value, lang),
        Kind::Money | Kind::Number => edit_text(value, lang),
    }
}
