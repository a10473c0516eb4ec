//! The SLA document's capacity paragraph: follow-up hours needed against selling hours, and
//! what is missing when they fall short.

use super::words::{colon, noun, noun_n};
use super::{Numbers, HOUR};
use crate::engine::capacity::CapacityVerdict;
use crate::engine::sla::SlaReport;
use crate::engine::Decimal;
use crate::i18n::Lang;

/// The paragraph for `sla`; `stage` is the hand-over's name after "every".
pub fn capacity_sentence(sla: &SlaReport, stage: &str, lang: Lang, n: &dyn Numbers) -> String {
    let c = &sla.sales.capacity;
    let hours = |v: Decimal| format!("{} {}", n.decimal(v, 1), noun(v.round_to(1), lang, HOUR.0, HOUR.1));
    let available = n.decimal(c.hours_available_per_rep, 1);
    let mut text = match (c.hours_needed_per_rep, lang) {
        (Some(h), Lang::Fr) => format!(
            "Le suivi demande {} par commercial et par semaine, pour {available} heures de vente disponibles.",
            hours(h)
        ),
        (Some(h), Lang::En) => {
            format!("Follow-up takes {} per rep per week, against {available} selling hours available.", hours(h))
        }
        (None, Lang::Fr) => {
            format!("Le suivi demande {} par semaine et l'équipe ne compte aucun commercial.", hours(c.hours_needed_total))
        }
        (None, Lang::En) => format!("Follow-up takes {} a week and the team has no reps.", hours(c.hours_needed_total)),
    };
    let missing = hours(c.hours_missing_total);
    let more = match (c.verdict, c.reps_needed, c.reps_missing) {
        (CapacityVerdict::Enough, _, _) => match lang {
            Lang::Fr => format!(" L'équipe a le temps de suivre chaque {stage}."),
            Lang::En => format!(" The team has the time to follow up every {stage}."),
        },
        (CapacityVerdict::Short, Some(needed), Some(extra)) => {
            let (needed_n, extra_n) = (n.count(needed), n.decimal(extra, 1));
            let people = noun_n(needed, lang, ("commercial", "commerciaux"), ("rep", "reps"));
            match lang {
                Lang::Fr => format!(
                    " Il manque {missing} par semaine{} il faut {needed_n} {people} au total, soit {extra_n} de plus.",
                    colon(lang)
                ),
                Lang::En => format!(
                    " Missing: {missing} a week; the follow-up needs {needed_n} {people} in all, {extra_n} more than today."
                ),
            }
        }
        (CapacityVerdict::Short, _, _) => match lang {
            Lang::Fr => {
                format!(" Il manque {missing} par semaine et aucun commercial n'a d'heures de vente.")
            }
            Lang::En => format!(" Missing: {missing} a week, and no rep has selling hours."),
        },
    };
    text.push_str(&more);
    text
}
