//! The marketing–sales SLA as a document both teams can sign: its clauses worded from the
//! engine's `SlaReport` and the plan's terms, in French or English. Pure Rust (numbers come
//! already formatted through [`Numbers`]), so the exact wording is tested natively; the view
//! renders the same [`SlaDocument`] as HTML, plain text or Markdown.

mod capacity;
mod render;
pub use render::agreement_heading;
mod sources;
pub mod words;

use crate::engine::capacity::CapacityVerdict;
use crate::engine::sla::SlaReport;
use crate::engine::{Decimal, Plan, PlanReport};
use crate::i18n::Lang;
use words::{colon, noun, noun_n, over_period, weekday_name};

/// (French, English) singular and plural of the units the clauses count.
type Forms = ((&'static str, &'static str), (&'static str, &'static str));
const HOUR: Forms = (("heure", "heures"), ("hour", "hours"));
const DAY: Forms = (("jour", "jours"), ("day", "days"));
const ATTEMPT: Forms = (("tentative", "tentatives"), ("attempt", "attempts"));
const MINUTE: Forms = (("minute", "minutes"), ("minute", "minutes"));

/// How figures are written: the browser's Intl in the app, a fixed notation in tests.
pub trait Numbers {
    fn count(&self, n: u64) -> String;
    fn decimal(&self, value: Decimal, places: u32) -> String;
    fn percent(&self, fraction: Decimal) -> String;
    fn money(&self, value: Decimal) -> String;
}

/// Everything the agreement says, already worded in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct SlaDocument {
    pub title: &'static str,
    /// The shared goal and its period.
    pub goal_line: String,
    pub intro: &'static str,
    pub marketing_heading: &'static str,
    pub marketing: Vec<String>,
    pub sales_heading: &'static str,
    pub sales: Vec<String>,
    pub capacity_heading: &'static str,
    pub verdict: CapacityVerdict,
    pub verdict_label: &'static str,
    pub capacity: String,
    pub signatures_heading: &'static str,
    /// "Marketing lead", "Sales lead".
    pub signers: [&'static str; 2],
    /// "Name", "Date", "Signature": the lines each signer fills in.
    pub signature_fields: [&'static str; 3],
    /// The agreement as a living document (owners, dates, cadences, status, who agreed, what
    /// changed since): empty here, filled by `monthly_text::agreement_lines` when one is set.
    pub agreement: Vec<String>,
}

/// The verdict in words: "Enough" / "Short".
pub fn verdict_label(verdict: CapacityVerdict, lang: Lang) -> &'static str {
    match verdict {
        CapacityVerdict::Enough => lang.pick("Suffisante", "Enough"),
        CapacityVerdict::Short => lang.pick("Insuffisante", "Short"),
    }
}

/// The agreement for `plan` and its `report`; `None` when the report has no SLA part.
pub fn sla_document(plan: &Plan, report: &PlanReport, lang: Lang, n: &dyn Numbers) -> Option<SlaDocument> {
    let sla = report.sla.as_ref()?;
    // With lead scoring on, the hand-over is its sales-ready leads, and the document says so.
    // `one` after "each", `many` after a count.
    let (one, many) = if plan.scoring.enabled {
        (
            lang.pick("lead prêt pour la vente", "sales-ready lead"),
            lang.pick("leads prêts pour la vente", "sales-ready leads"),
        )
    } else {
        let name = report.stages.get(report.handover_stage).map_or("", |s| s.name.as_str());
        (name, name)
    };
    let goal_line = match lang {
        Lang::Fr => format!(
            "Objectif commun\u{a0}: {} de chiffre d'affaires {}, soit {} {}.",
            n.money(plan.goal),
            over_period(plan.periods.horizon, lang),
            n.count(report.customers),
            noun_n(report.customers, lang, ("nouveau client", "nouveaux clients"), ("customer", "customers")),
        ),
        Lang::En => format!(
            "Shared goal: {} in revenue {}, that is {} new {}.",
            n.money(plan.goal),
            over_period(plan.periods.horizon, lang),
            n.count(report.customers),
            noun_n(report.customers, lang, ("client", "clients"), ("customer", "customers")),
        ),
    };
    Some(SlaDocument {
        title: lang.pick(
            "Accord de niveau de service (SLA) marketing – ventes",
            "Marketing–sales service-level agreement (SLA)",
        ),
        goal_line,
        intro: lang.pick(
            "Cet accord fixe ce que chaque équipe s'engage à faire chaque semaine pour l'atteindre.",
            "This agreement sets what each team commits to every week to reach it.",
        ),
        marketing_heading: lang.pick("Engagements du marketing", "Marketing's commitments"),
        marketing: marketing_clauses(plan, report, many, lang, n),
        sales_heading: lang.pick("Engagements des ventes", "Sales' commitments"),
        sales: sales_clauses(plan, sla, one, lang, n),
        capacity_heading: lang.pick("Capacité de suivi", "Follow-up capacity"),
        verdict: sla.sales.capacity.verdict,
        verdict_label: verdict_label(sla.sales.capacity.verdict, lang),
        capacity: capacity::capacity_sentence(sla, one, lang, n),
        signatures_heading: lang.pick("Signatures", "Signatures"),
        signers: [
            lang.pick("Responsable marketing", "Marketing lead"),
            lang.pick("Responsable des ventes", "Sales lead"),
        ],
        signature_fields: [lang.pick("Nom", "Name"), "Date", "Signature"],
        agreement: Vec::new(),
    })
}

fn marketing_clauses(
    plan: &Plan,
    report: &PlanReport,
    stage: &str,
    lang: Lang,
    n: &dyn Numbers,
) -> Vec<String> {
    let Some(sla) = report.sla.as_ref() else { return Vec::new() };
    let m = &sla.marketing;
    let day = weekday_name(m.handover_day, lang);
    let (per_week, good_fit) = (n.count(m.handover_per_week), n.count(m.good_fit_per_week));
    let share = n.percent(plan.sla.good_fit_share);
    let mut clauses = vec![match lang {
        Lang::Fr => format!(
            "Le marketing livre {per_week} {stage} chaque {day}, dont {share} jugés adaptés (bon fit), \
             soit {good_fit} {stage} adaptés par semaine."
        ),
        Lang::En => format!(
            "Marketing delivers {per_week} {stage} every {day}, {share} of them expected to be a good fit: \
             {good_fit} good-fit {stage} a week."
        ),
    }];
    // Per source, the funnel's hand-over stage (scoring routes the total, not each source's).
    let handover = report.stages.get(report.handover_stage).map_or(stage, |s| s.name.as_str());
    clauses.extend(sources::per_source_clause(report, handover, lang, n));
    if plan.scoring.enabled {
        let funnel_stage = report.stages.get(report.handover_stage).map_or("", |s| s.name.as_str());
        clauses.push(match lang {
            Lang::Fr => format!(
                "Ce sont les leads que le scoring (adéquation × intérêt) envoie directement aux ventes, \
                 à la place du volume de l'étape {funnel_stage}\u{a0}; ils fixent aussi les heures de suivi."
            ),
            Lang::En => format!(
                "These are the leads lead scoring (fit × interest) routes straight to sales, in place of \
                 the {funnel_stage} stage's volume; they also size the follow-up hours."
            ),
        });
    }
    if let Some(per_rep) = m.per_rep {
        let reps = report.productive_reps;
        let per_rep = n.count(per_rep);
        let month = m.per_rep_per_month.map(|x| n.count(x)).unwrap_or_default();
        let team = team_words(plan, reps, lang, n);
        clauses.push(match lang {
            Lang::Fr => {
                format!("Chaque commercial reçoit {per_rep} {stage} par semaine, {month} par mois ({team}).")
            }
            Lang::En => format!("Each rep receives {per_rep} {stage} a week, {month} a month ({team})."),
        });
    }
    clauses
}

/// "1 rep on the team", or with hires or attrition "1.5 productive reps on average: hires
/// count as they ramp", since the per-rep figures divide by those productive reps.
fn team_words(plan: &Plan, reps: Decimal, lang: Lang, n: &dyn Numbers) -> String {
    let count = n.decimal(reps, 2);
    if reps == plan.team.reps {
        let people = noun(reps, lang, ("commercial", "commerciaux"), ("rep", "reps"));
        return match lang {
            Lang::Fr => format!("{count} {people} dans l'équipe"),
            Lang::En => format!("{count} {people} on the team"),
        };
    }
    match lang {
        Lang::Fr => format!(
            "{count} {} en moyenne sur la période{} les recrues comptent selon leur montée en charge",
            noun(reps, lang, ("commercial productif", "commerciaux productifs"), ("", "")),
            colon(lang)
        ),
        Lang::En => format!(
            "{count} productive {} on average over the period: hires count as they ramp",
            noun(reps, lang, ("", ""), ("rep", "reps"))
        ),
    }
}

/// Each deadline says what it covers, in the order they fall: first contact after the
/// hand-over, then accept or reject within the working days, then the follow-up attempts
/// for accepted leads, counted from acceptance.
fn sales_clauses(plan: &Plan, sla: &SlaReport, stage: &str, lang: Lang, n: &dyn Numbers) -> Vec<String> {
    let s = &sla.sales;
    let f = &s.follow_up;
    let hours = u64::from(s.first_contact_hours);
    let contact = match (hours, lang) {
        (0, Lang::Fr) => "dès sa livraison".to_string(),
        (0, Lang::En) => "as soon as it is handed over".to_string(),
        (h, Lang::Fr) => {
            format!("sous {} {} après sa livraison", n.count(h), noun_n(h, lang, HOUR.0, HOUR.1))
        }
        (h, Lang::En) => format!("within {} {} of hand-over", n.count(h), noun_n(h, lang, HOUR.0, HOUR.1)),
    };
    let attempts = u64::from(f.attempts);
    let window = u64::from(f.window_days);
    let offsets = f.day_offsets.iter().map(|d| n.count(u64::from(*d))).collect::<Vec<_>>().join(", ");
    let days_word = noun_n(f.day_offsets.len() as u64, lang, DAY.0, DAY.1);
    let qualify_days = plan.sla.qualify_within_days;
    let by_day = weekday_name(s.qualify_by, lang);
    let handover_day = weekday_name(sla.marketing.handover_day, lang);
    let working = format!(
        "{} {}",
        n.decimal(qualify_days, 0),
        noun(qualify_days, lang, ("jour ouvré", "jours ouvrés"), ("working day", "working days"))
    );
    let late = s.qualify_by_calendar_days >= 7;
    let calendar = n.count(s.qualify_by_calendar_days);
    let accept = match (qualify_days.is_zero(), lang) {
        (true, Lang::Fr) => format!("Elles acceptent ou rejettent chaque {stage} le jour même de sa livraison."),
        (true, Lang::En) => format!("It accepts or rejects each {stage} on the day it is handed over."),
        // A week or more later, "by Wednesday" alone would read as this week's: give the gap.
        (false, Lang::Fr) if late => format!(
            "Elles acceptent ou rejettent chaque {stage} sous {working}, soit d'ici le {by_day} \
             {calendar} jours après la livraison du {handover_day}."
        ),
        (false, Lang::En) if late => format!(
            "It accepts or rejects each {stage} within {working}: by the {by_day} {calendar} days after \
             the {handover_day} hand-over."
        ),
        (false, Lang::Fr) => format!(
            "Elles acceptent ou rejettent chaque {stage} sous {working}, soit d'ici {by_day} pour la livraison du {handover_day}."
        ),
        (false, Lang::En) => format!(
            "It accepts or rejects each {stage} within {working}: by {by_day} for the {handover_day} hand-over."
        ),
    };
    let k = format!("{} {}", n.count(attempts), noun_n(attempts, lang, ATTEMPT.0, ATTEMPT.1));
    let d = format!("{} {}", n.count(window), noun_n(window, lang, DAY.0, DAY.1));
    let minutes = plan.sla.minutes_per_attempt;
    let m = format!("{} {}", n.decimal(minutes, 2), noun(minutes, lang, MINUTE.0, MINUTE.1));
    match lang {
        Lang::Fr => vec![
            format!("Les ventes contactent chaque {stage} {contact}."),
            accept,
            format!(
                "Pour chaque {stage} accepté, elles font {k} sur {d} ({days_word} {offsets} après l'acceptation)."
            ),
            format!("Chaque tentative (appel, message vocal, notes) compte {m}."),
        ],
        Lang::En => vec![
            format!("The sales team contacts every {stage} {contact}."),
            accept,
            format!("For each accepted {stage}, it makes {k} over {d} ({days_word} {offsets} after acceptance)."),
            format!("Each attempt (call, voicemail, notes) takes {m}."),
        ],
    }
}
