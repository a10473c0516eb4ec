//! Typed text of number fields: reading it as a value of the field's kind in the user's
//! language, and writing a value back for editing.

use super::registry::{self, Kind};
use crate::engine::{Decimal, Reason};
use crate::i18n::number::{edit_percent, edit_text, parse_number, parse_percent};
use crate::i18n::{parse_reason, Lang};

/// Reads typed text as the field at `path` (its kind and optionality from the registry);
/// `Ok(None)` is an empty optional field.
pub(super) fn read_text(text: &str, path: &str, lang: Lang) -> Result<Option<Decimal>, Reason> {
    let (kind, optional) =
        registry::lookup(path).map_or((Kind::Count, false), |(spec, _)| (spec.kind, spec.optional));
    if optional && text.trim().is_empty() {
        return Ok(None);
    }
    let parsed = match kind {
        Kind::Percent => parse_percent(text, lang),
        _ => parse_number(text, lang),
    };
    parsed.map(Some).map_err(parse_reason)
}

/// Writes a value for editing in `lang`.
pub fn write(value: Decimal, kind: Kind, lang: Lang) -> String {
    match kind {
        Kind::Percent => edit_percent(value, lang),
        _ => edit_text(value, lang),
    }
}
