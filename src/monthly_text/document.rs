//! The agreement's part of the SLA document: each commitment's owner, effective date, review
//! cadence and status, who agreed and when, and what changed since the agreed version.

use super::sections::agreement_lines;
use super::words::{cadence, clause_name, commitment_status};
use crate::engine::{Plan, PlanReport};
use crate::i18n::Lang;
use crate::sla_text::Numbers;

/// The lines, or none until an owner, a date or an agreement is set (`report.agreement`).
pub fn document_lines(plan: &Plan, report: &PlanReport, lang: Lang, n: &dyn Numbers) -> Vec<String> {
    let Some(a) = report.agreement.as_ref() else { return Vec::new() };
    let c = lang.pick("\u{a0}:", ":");
    let mut lines: Vec<String> = a
        .commitments
        .iter()
        .map(|s| {
            let owner = s.commitment.owner.trim();
            let owner = if owner.is_empty() {
                lang.pick("responsable de l'équipe", "the team's lead")
            } else {
                owner
            };
            let from = s.commitment.effective.map(|d| match lang {
                Lang::Fr => format!(", en vigueur le {d}"),
                Lang::En => format!(", effective {d}"),
            });
            format!(
                "{}{c} {owner}{}, {} {}{c} {}.",
                clause_name(s.commitment.clause, lang),
                from.unwrap_or_default(),
                lang.pick("revu", "reviewed"),
                cadence(s.commitment.review, lang),
                commitment_status(s.status, lang)
            )
        })
        .collect();
    if let Some(v) = plan.agreement.agreed.as_ref() {
        let on = v.on.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
        let by = if v.by.is_empty() { "—".to_string() } else { v.by.join(", ") };
        lines.push(match lang {
            Lang::Fr => format!("Accepté le {on} par {by}."),
            Lang::En => format!("Agreed on {on} by {by}."),
        });
        lines.extend(agreement_lines(plan, report, lang, n));
    }
    lines
}
