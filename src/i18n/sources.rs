//! Words for sources in both languages: who owns a source, and the name of the default one.

use super::Lang;
use crate::engine::sources::{Owner, Source};

/// Name shown for a source left unnamed (the plan's single default source).
pub fn default_source_name(lang: Lang) -> &'static str {
    lang.pick("Toutes les sources", "All sources")
}

/// A source's name as shown: its own, or the default name when blank.
pub fn source_name(lang: Lang, source: &Source) -> String {
    let name = source.name.trim();
    if name.is_empty() {
        default_source_name(lang).to_string()
    } else {
        name.to_string()
    }
}

/// Who brings a source's deals in.
pub fn owner_label(lang: Lang, owner: Owner) -> &'static str {
    match owner {
        Owner::Marketing => lang.pick("Marketing", "Marketing"),
        Owner::SalesOutbound => lang.pick("Ventes (prospection sortante)", "Sales (outbound)"),
        Owner::Partners => lang.pick("Partenaires", "Partners"),
    }
}

/// The owner's side of the marketing-sourced / sales-sourced split, as a short adjective.
pub fn owner_sourced(lang: Lang, owner: Owner) -> &'static str {
    match owner {
        Owner::Marketing => lang.pick("issu du marketing", "marketing-sourced"),
        Owner::SalesOutbound => lang.pick("issu des ventes", "sales-sourced"),
        Owner::Partners => lang.pick("issu des partenaires", "partner-sourced"),
    }
}
