//! The monthly report's SLA, agreement and next-action sections, worded from the engine's
//! compliance, agreement and pace results.

use super::team_name;
use super::words::{clause_name, clause_status, commitment_status, describe};
use crate::engine::actuals::compliance::{ClauseStatus, Granularity};
use crate::engine::actuals::pace::TeamGap;
use crate::engine::{Plan, PlanReport};
use crate::i18n::Lang;
use crate::sla_text::Numbers;

/// The month's clauses (monthly records) or the weeks' missed clauses, and what was missed.
pub(super) fn compliance_lines(
    report: &PlanReport,
    month: u32,
    lang: Lang,
    n: &dyn Numbers,
) -> (Vec<String>, Vec<crate::engine::clause::Clause>) {
    let c = lang.pick("\u{a0}:", ":");
    let none = (
        vec![lang
            .pick("Aucun chiffre SLA saisi pour ce mois.", "No SLA figures recorded for this month.")
            .to_string()],
        Vec::new(),
    );
    let Some(comp) = report.actuals.as_ref().and_then(|a| a.compliance.as_ref()) else { return none };
    if comp.granularity == Granularity::Week {
        let missed: Vec<String> = comp
            .missed
            .iter()
            .map(|(w, cl)| format!("{} {w}{c} {}", lang.pick("Semaine", "Week"), clause_name(*cl, lang)))
            .collect();
        let mut lines =
            vec![lang.pick("Clauses non tenues par semaine\u{a0}:", "Clauses missed by week:").to_string()];
        if missed.is_empty() {
            lines = vec![lang.pick("Toutes les clauses tenues.", "Every clause met.").to_string()];
        }
        lines.extend(missed);
        return (lines, comp.missed.iter().map(|(_, cl)| *cl).collect());
    }
    let Some(p) = comp.periods.iter().find(|p| p.period == month) else { return none };
    let mut lines: Vec<String> = p
        .clauses
        .iter()
        .map(|x| {
            let figure = match (x.clause, x.actual, x.status) {
                (_, None, _) | (_, _, ClauseStatus::NoData) => String::new(),
                (crate::engine::clause::Clause::HandoverVolume, Some(a), _) => {
                    format!(" ({} / {})", n.decimal(a, 0), n.decimal(x.target, 0))
                }
                (_, Some(a), _) => format!(" ({} / {})", n.percent(a.round_to(2)), n.percent(x.target)),
            };
            format!(
                "{} — {}{c} {}{figure}",
                team_name(x.owner, lang),
                clause_name(x.clause, lang),
                clause_status(x.status, lang)
            )
        })
        .collect();
    lines.push(if p.missed.is_empty() {
        lang.pick("Toutes les clauses tenues.", "Every clause met.").to_string()
    } else {
        let names: Vec<&str> = p.missed.iter().map(|cl| clause_name(*cl, lang)).collect();
        format!("{}{c} {}.", lang.pick("Clauses non tenues", "Clauses missed"), names.join(", "))
    });
    if !p.reasons.is_empty() {
        let reasons: Vec<String> = p.reasons.iter().map(|(r, k)| format!("{r} ({})", n.count(*k))).collect();
        lines.push(format!(
            "{}{c} {}.",
            lang.pick("Motifs de rejet", "Rejection reasons"),
            reasons.join(", ")
        ));
    }
    (lines, p.missed.clone())
}

pub(super) fn agreement_lines(plan: &Plan, report: &PlanReport, lang: Lang, n: &dyn Numbers) -> Vec<String> {
    let agreed = plan.agreement.agreed.is_some();
    let Some(a) = report.agreement.as_ref().filter(|_| agreed) else {
        let text = lang.pick(
            "Les deux équipes n'ont pas encore accepté l'accord.",
            "The two teams have not agreed to the terms yet.",
        );
        return vec![text.to_string()];
    };
    let mut lines: Vec<String> = a.changes.iter().map(|ch| describe(ch, lang, n)).collect();
    if lines.is_empty() {
        let on = a.agreed_on.map(|d| d.to_string()).unwrap_or_default();
        lines.push(match (lang, on.is_empty()) {
            (Lang::Fr, false) => format!("Aucun changement depuis la version acceptée le {on}."),
            (Lang::Fr, true) => "Aucun changement depuis la version acceptée.".into(),
            (Lang::En, false) => format!("No change since the version agreed on {on}."),
            (Lang::En, true) => "No change since the agreed version.".into(),
        });
    }
    for s in a.commitments.iter().filter(|s| s.changed_since_agreed) {
        lines.push(format!(
            "{} — {}",
            clause_name(s.commitment.clause, lang),
            commitment_status(s.status, lang)
        ));
    }
    lines
}

pub(super) fn next_actions(
    report: &PlanReport,
    missed: &[crate::engine::clause::Clause],
    lang: Lang,
    n: &dyn Numbers,
) -> Vec<String> {
    let mut out = Vec::new();
    let actuals = report.actuals.as_ref();
    let gaps: [Option<&TeamGap>; 2] =
        [actuals.and_then(|a| a.months.marketing.as_ref()), actuals.and_then(|a| a.months.sales.as_ref())];
    for g in gaps.into_iter().flatten() {
        let Some(needed) = g.next_needed else { continue };
        let team = team_name(g.team, lang);
        out.push(match (lang, g.shortfall) {
            (Lang::Fr, 0) => {
                format!("{team}\u{a0}: tenir le plan, {} {} le mois prochain.", n.count(needed), g.name)
            }
            (Lang::En, 0) => format!("{team}: keep to the plan, {} {} next month.", n.count(needed), g.name),
            (Lang::Fr, s) => format!(
                "{team}\u{a0}: {} {} le mois prochain pour rattraper le retard ({} de retard).",
                n.count(needed),
                g.name,
                n.count(s)
            ),
            (Lang::En, s) => format!(
                "{team}: {} {} next month to catch up ({} behind).",
                n.count(needed),
                g.name,
                n.count(s)
            ),
        });
    }
    for clause in missed {
        let team = team_name(clause.team(), lang);
        out.push(match lang {
            Lang::Fr => {
                format!("{team}\u{a0}: rétablir «\u{a0}{}\u{a0}» (non tenu).", clause_name(*clause, lang))
            }
            Lang::En => format!("{team}: restore “{}” (missed).", clause_name(*clause, lang)),
        });
    }
    if report.agreement.as_ref().is_some_and(|a| !a.changes.is_empty()) {
        out.push(
            lang.pick(
                "Faire accepter les termes modifiés par les deux équipes.",
                "Have both teams agree to the changed terms.",
            )
            .into(),
        );
    }
    if out.is_empty() {
        out.push(
            lang.pick("Rien à rattraper\u{a0}: tenir le plan.", "Nothing to catch up: keep to the plan.")
                .into(),
        );
    }
    out
}
