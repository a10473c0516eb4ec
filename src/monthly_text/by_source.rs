//! The monthly report's "By source, to date" lines: each plan source with counts recorded,
//! against its own plan, at the deepest stage it recorded (the stage its pace is read at).

use super::words::pace_status;
use crate::engine::PlanReport;
use crate::i18n::Lang;
use crate::sla_text::Numbers;

/// One line per source with counts recorded; empty when none was recorded per source.
pub(super) fn source_lines(report: &PlanReport, lang: Lang, n: &dyn Numbers) -> Vec<String> {
    let Some(actuals) = report.actuals.as_ref() else { return Vec::new() };
    let mut lines = Vec::new();
    for source in &actuals.sources {
        let pace = &source.months;
        let Some(stage) = pace.overall_stage.and_then(|i| pace.stages.get(i)) else { continue };
        let pct = stage.pace.map(|p| format!(" ({})", n.percent(p.round_to(2)))).unwrap_or_default();
        let status = stage.status.map(|s| format!(", {}", pace_status(s, lang))).unwrap_or_default();
        let (done, due) = (n.count(stage.actual_to_date), n.count(stage.planned_to_date));
        lines.push(match lang {
            Lang::Fr => format!(
                "{}\u{a0}: {done} {} sur {due} prévus à date{pct}{status}.",
                source.source, stage.name
            ),
            Lang::En => {
                format!("{}: {done} {} of {due} planned to date{pct}{status}.", source.source, stage.name)
            }
        });
    }
    lines
}
