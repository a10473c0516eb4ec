//! The plan's verdict in words, French and English: its status, each check and the section
//! that explains it, and the next actions as plain sentences ("add 1 rep by month 7, or cut
//! follow-up attempts to 4"). Figures come formatted through the SLA's [`Numbers`].

use super::Lang;
use crate::engine::verdict::{Action, CheckKind, Section, Status, Verdict};
use crate::sla_text::words::noun_n;
use crate::sla_text::Numbers;

/// "The plan holds" / "holds, with risks" / "does not hold".
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Holds => lang.pick("Le plan tient", "The plan holds"),
        Status::HoldsWithRisks => lang.pick("Le plan tient, avec des risques", "The plan holds, with risks"),
        Status::DoesNotHold => lang.pick("Le plan ne tient pas", "The plan does not hold"),
    }
}

/// What a check looks at, as a short label.
pub fn check_label(kind: CheckKind, lang: Lang) -> &'static str {
    match kind {
        CheckKind::Capacity => lang.pick("Capacité des commerciaux (quota)", "Reps' capacity (quota)"),
        CheckKind::Hours => lang.pick("Heures de suivi", "Follow-up hours"),
        CheckKind::Budget => lang.pick("Budget face au coût du funnel", "Budget against the funnel's cost"),
        CheckKind::Pace => lang.pick("Rythme face au réalisé", "Pace against actuals"),
        CheckKind::Chance => lang.pick("Chance d'atteindre l'objectif", "Chance of reaching the goal"),
    }
}

/// A check's outcome in one word.
pub fn check_status(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Holds => lang.pick("tient", "holds"),
        Status::HoldsWithRisks => lang.pick("à risque", "at risk"),
        Status::DoesNotHold => lang.pick("ne tient pas", "does not hold"),
    }
}

/// The section that explains a check, as its tab is named.
pub fn section_label(section: Section, lang: Lang) -> &'static str {
    match section {
        Section::Team => lang.pick("Équipe", "Team"),
        Section::Sla => "SLA",
        Section::Budget => "Budget",
        Section::Tracking => lang.pick("Suivi", "Tracking"),
        Section::Risk => lang.pick("Risque", "Risk"),
    }
}

/// One action as a sentence fragment (lower case, no final stop). `stages` are the funnel's
/// stage names, top first, to name a rate or a volume.
pub fn action_text(action: &Action, stages: &[String], lang: Lang, n: &dyn Numbers) -> String {
    let stage = |i: usize| stages.get(i).map_or("", String::as_str);
    match action {
        Action::AddReps { count, by_month, .. } => {
            let reps = noun_n(*count, lang, ("commercial", "commerciaux"), ("rep", "reps"));
            let c = n.count(*count);
            let m = n.count(u64::from(*by_month));
            match (lang, *by_month) {
                (Lang::Fr, 1) => format!("ajouter {c} {reps} dès le mois 1"),
                (Lang::En, 1) => format!("add {c} {reps} from month 1"),
                (Lang::Fr, _) => format!("ajouter {c} {reps} au plus tard au mois {m}"),
                (Lang::En, _) => format!("add {c} {reps} by month {m}"),
            }
        }
        Action::CutAttempts { to } => {
            let t = n.count(u64::from(*to));
            either(
                lang,
                format!("réduire les tentatives de suivi à {t}"),
                format!("cut follow-up attempts to {t}"),
            )
        }
        Action::RaiseBudget { by } => {
            let by = n.money(*by);
            either(
                lang,
                format!("augmenter le budget de {by} par an"),
                format!("raise the budget by {by} a year"),
            )
        }
        Action::RaiseRate { stage: i, to } => {
            let (from, next, to) = (stage(*i), stage(i + 1), n.percent(*to));
            either(lang, format!("porter {from} → {next} à {to}"), format!("raise {from} → {next} to {to}"))
        }
        Action::RaiseVolume { stage: i, to } => {
            let (name, to) = (stage(*i), n.count(*to));
            either(
                lang,
                format!("produire {to} {name} pour 80\u{a0}% de chances"),
                format!("produce {to} {name} for an 80% chance"),
            )
        }
    }
}

/// The next actions as one sentence per check, alternatives for the same check joined with
/// "or" ("Add 1 rep by month 7, or cut follow-up attempts to 4.").
pub fn actions_sentences(verdict: &Verdict, stages: &[String], lang: Lang, n: &dyn Numbers) -> Vec<String> {
    let mut groups: Vec<(Option<CheckKind>, Vec<String>)> = Vec::new();
    for action in &verdict.actions {
        let kind = match action {
            Action::AddReps { check, .. } => Some(*check),
            Action::CutAttempts { .. } => Some(CheckKind::Hours),
            _ => None,
        };
        let text = action_text(action, stages, lang, n);
        match groups.last_mut() {
            Some((k, texts)) if kind.is_some() && *k == kind => texts.push(text),
            _ => groups.push((kind, vec![text])),
        }
    }
    groups
        .into_iter()
        .map(|(_, texts)| {
            let joined = texts.join(lang.pick(", ou ", ", or "));
            let mut chars = joined.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase()).into_iter();
            format!("{}.", first.chain(chars).collect::<String>())
        })
        .collect()
}

/// The French or the English of two worded sentences.
fn either(lang: Lang, fr: String, en: String) -> String {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}
