//! The monthly report the seeds ask to share with the whole company: the month's plan vs
//! actual, SLA compliance, what changed since the agreed version and the next actions, worded
//! in French or English from the engine's report (numbers through `sla_text::Numbers`).

mod by_source;
mod document;
mod render;
mod sections;
pub mod words;

use crate::engine::actuals::pace::StageToDate;
use crate::engine::funnel::Team;
use crate::engine::{Plan, PlanReport};
use crate::i18n::Lang;
use crate::sla_text::Numbers;
pub use document::document_lines;
use sections::{agreement_lines, compliance_lines, next_actions};
use words::pace_status;

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One heading and its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: &'static str,
    pub lines: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MonthlyReport {
    pub title: String,
    pub sections: Vec<Section>,
}

/// "mars 2026" with a start month, else "mois 3" / "month 3".
pub fn month_label(plan: &Plan, month: u32, lang: Lang) -> String {
    match plan.actuals.start.and_then(|s| s.plus(i64::from(month) - 1)) {
        Some(m) => {
            let names = lang.pick_list();
            format!("{} {}", names.get(m.month() as usize - 1).copied().unwrap_or(""), m.year())
        }
        None => format!("{} {month}", lang.pick("mois", "month")),
    }
}

trait MonthNames {
    fn pick_list(self) -> &'static [&'static str; 12];
}

impl MonthNames for Lang {
    fn pick_list(self) -> &'static [&'static str; 12] {
        match self {
            Lang::Fr => &MONTHS_FR,
            Lang::En => &MONTHS_EN,
        }
    }
}

pub(crate) fn team_name(team: Team, lang: Lang) -> &'static str {
    match team {
        Team::Marketing => "Marketing",
        Team::Sales => lang.pick("Ventes", "Sales"),
    }
}

/// The report for plan month `month` (1 first); `None` when the report has no actuals.
pub fn monthly_report(
    plan: &Plan,
    report: &PlanReport,
    month: u32,
    lang: Lang,
    n: &dyn Numbers,
) -> Option<MonthlyReport> {
    let actuals = report.actuals.as_ref()?;
    let c = lang.pick("\u{a0}:", ":");
    let label = month_label(plan, month, lang);
    let title = format!("{} — {label}", lang.pick("Rapport mensuel", "Monthly report"));
    let row = actuals.months.periods.get(month.checked_sub(1)? as usize);
    let mut plan_lines = Vec::new();
    for (i, stage) in actuals.months.stages.iter().enumerate() {
        let cell = row.and_then(|r| r.stages.get(i));
        plan_lines.push(match cell.and_then(|x| x.actual.map(|a| (a, x))) {
            Some((a, x)) => {
                let pct = x.pace.map(|p| format!(" ({})", n.percent(p.round_to(2)))).unwrap_or_default();
                let status = x.status.map(|s| format!(", {}", pace_status(s, lang))).unwrap_or_default();
                let (done, due) = (n.count(stage.actual_to_date), n.count(stage.planned_to_date));
                match lang {
                    Lang::Fr => format!(
                        "{}{c} {} sur {} prévus{pct}{status}{}cumul {done} sur {due}.",
                        stage.name,
                        n.count(a),
                        n.count(x.planned),
                        "\u{a0}; "
                    ),
                    Lang::En => format!(
                        "{}: {} of {} planned{pct}{status}; to date {done} of {due}.",
                        stage.name,
                        n.count(a),
                        n.count(x.planned)
                    ),
                }
            }
            None => format!("{}{c} {}.", stage.name, lang.pick("pas de données", "no data")),
        });
    }
    if let Some(s) = actuals.months.overall_stage.and_then(|i| actuals.months.stages.get(i)) {
        plan_lines.extend(projection(s, lang, n));
    }
    if let Some(b) = row.and_then(|r| r.bottleneck.as_ref()) {
        let from = actuals.months.stages.get(b.from_stage).map_or("", |s| s.name.as_str());
        plan_lines.push(format!(
            "{}{c} {from} → {} ({}), {} {} {}.",
            lang.pick("Goulot du mois", "Bottleneck this month"),
            b.unit,
            team_name(b.owner, lang),
            n.count(b.owed),
            b.unit,
            lang.pick("manquants", "short")
        ));
    }
    let mut sections =
        vec![Section { heading: lang.pick("Prévu et réalisé", "Plan vs actual"), lines: plan_lines }];
    let by_source = by_source::source_lines(report, lang, n);
    if !by_source.is_empty() {
        sections.push(Section {
            heading: lang.pick("Par source, à date", "By source, to date"),
            lines: by_source,
        });
    }
    let (sla_lines, missed) = compliance_lines(report, month, lang, n);
    sections.push(Section { heading: lang.pick("Respect du SLA", "SLA compliance"), lines: sla_lines });
    sections.push(Section {
        heading: lang.pick("Changements depuis la version acceptée", "Changes since the agreed version"),
        lines: agreement_lines(plan, report, lang, n),
    });
    sections.push(Section {
        heading: lang.pick("Prochaines actions", "Next actions"),
        lines: next_actions(report, &missed, lang, n),
    });
    Some(MonthlyReport { title, sections })
}

fn projection(s: &StageToDate, lang: Lang, n: &dyn Numbers) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(p) = s.projected {
        out.push(match lang {
            Lang::Fr => format!(
                "À ce rythme\u{a0}: {} {} d'ici la fin de l'horizon (prévu\u{a0}: {}).",
                n.count(p),
                s.name,
                n.count(s.planned_total)
            ),
            Lang::En => format!(
                "At this pace: {} {} by the end of the horizon (plan: {}).",
                n.count(p),
                s.name,
                n.count(s.planned_total)
            ),
        });
    }
    if let Some(t) = &s.in_time {
        out.push(match lang {
            Lang::Fr => format!(
                "Dont {} assez tôt pour signer dans l'horizon (prévu\u{a0}: {}), soit {} clients.",
                n.count(t.projected),
                n.count(t.planned),
                n.count(t.customers)
            ),
            Lang::En => format!(
                "Of which {} early enough to close within the horizon (plan: {}): {} customers.",
                n.count(t.projected),
                n.count(t.planned),
                n.count(t.customers)
            ),
        });
    }
    out
}
