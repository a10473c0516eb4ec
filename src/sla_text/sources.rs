//! The hand-over clause per source: with two or more sources, what each one brings every week
//! (its hand-over stage at an even weekly pace), so each source's owner knows its part.

use super::Numbers;
use crate::engine::PlanReport;
use crate::i18n::sources::default_source_name;
use crate::i18n::Lang;

/// "Per source, every week: Inbound 30 MQL, Outbound 20 MQL." `None` with fewer than two
/// sources, or when a source's weekly split is out of reach.
pub fn per_source_clause(report: &PlanReport, stage: &str, lang: Lang, n: &dyn Numbers) -> Option<String> {
    let sources = &report.sources.sources;
    if sources.len() < 2 {
        return None;
    }
    let parts: Vec<String> = sources
        .iter()
        .map(|s| {
            let weekly = s.handover_weekly.as_ref()?.pace;
            let name = if s.name.trim().is_empty() { default_source_name(lang) } else { s.name.trim() };
            Some(format!("{name} {} {stage}", n.count(weekly)))
        })
        .collect::<Option<_>>()?;
    let list = parts.join(", ");
    Some(match lang {
        Lang::Fr => format!("Par source, chaque semaine\u{a0}: {list}."),
        Lang::En => format!("Per source, every week: {list}."),
    })
}
