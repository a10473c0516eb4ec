//! Words of the monthly report: clause names, statuses, cadences and each change since the
//! agreed version, in French and English.

use crate::engine::actuals::compliance::ClauseStatus;
use crate::engine::agreement::diff::{Change, SlaTerm};
use crate::engine::agreement::{CommitmentStatus, ReviewCadence};
use crate::engine::clause::Clause;
use crate::engine::time::periods::Horizon;
use crate::engine::tracking::PaceStatus;
use crate::i18n::Lang;
use crate::sla_text::words::weekday_name;
use crate::sla_text::Numbers;

pub fn clause_name(clause: Clause, lang: Lang) -> &'static str {
    match clause {
        Clause::HandoverVolume => lang.pick("Volume livré aux ventes", "Hand-over volume"),
        Clause::GoodFitShare => lang.pick("Part de leads adaptés (bon fit)", "Good-fit share"),
        Clause::FirstContact => lang.pick("Premier contact dans le délai", "First contact in time"),
        Clause::FollowUp => lang.pick("Toutes les relances dans la fenêtre", "All attempts in the window"),
        Clause::QualifyBy => {
            lang.pick("Acceptés ou rejetés dans le délai", "Accepted or rejected by the deadline")
        }
    }
}

pub fn clause_status(status: ClauseStatus, lang: Lang) -> &'static str {
    match status {
        ClauseStatus::Met => lang.pick("tenu", "met"),
        ClauseStatus::Missed => lang.pick("non tenu", "missed"),
        ClauseStatus::NoData => lang.pick("pas de données", "no data"),
    }
}

pub fn pace_status(status: PaceStatus, lang: Lang) -> &'static str {
    match status {
        PaceStatus::Ahead => lang.pick("en avance", "ahead"),
        PaceStatus::OnTrack => lang.pick("dans les temps", "on track"),
        PaceStatus::Behind => lang.pick("en retard", "behind"),
    }
}

pub fn commitment_status(status: CommitmentStatus, lang: Lang) -> &'static str {
    match status {
        CommitmentStatus::Proposed => lang.pick("proposé", "proposed"),
        CommitmentStatus::Agreed => lang.pick("accepté", "agreed"),
    }
}

pub fn cadence(review: ReviewCadence, lang: Lang) -> &'static str {
    match review {
        ReviewCadence::Monthly => lang.pick("chaque mois", "monthly"),
        ReviewCadence::Quarterly => lang.pick("chaque trimestre", "quarterly"),
        ReviewCadence::Yearly => lang.pick("chaque année", "yearly"),
    }
}

fn horizon(h: Horizon, lang: Lang) -> &'static str {
    match h {
        Horizon::Year => lang.pick("l'année", "a year"),
        Horizon::Quarter => lang.pick("le trimestre", "a quarter"),
        Horizon::Month => lang.pick("le mois", "a month"),
    }
}

fn term_name(term: SlaTerm, lang: Lang) -> &'static str {
    match term {
        SlaTerm::GoodFitShare => lang.pick("part de leads adaptés", "good-fit share"),
        SlaTerm::FirstContactHours => {
            lang.pick("délai de premier contact (heures)", "first-contact window (hours)")
        }
        SlaTerm::Attempts => lang.pick("nombre de relances", "follow-up attempts"),
        SlaTerm::WindowDays => lang.pick("fenêtre de relance (jours)", "follow-up window (days)"),
        SlaTerm::MinutesPerAttempt => lang.pick("minutes par relance", "minutes per attempt"),
        SlaTerm::QualifyWithinDays => {
            lang.pick("délai de qualification (jours ouvrés)", "qualification delay (working days)")
        }
        SlaTerm::SellingHoursPerRep => lang.pick("heures de vente par commercial", "selling hours per rep"),
    }
}

/// One change in a sentence: "Objectif : 100 000 € → 120 000 €" / "Goal: $100,000 → $120,000".
pub fn describe(change: &Change, lang: Lang, n: &dyn Numbers) -> String {
    let c = lang.pick("\u{a0}:", ":");
    let none = lang.pick("(aucun)", "(none)");
    let or_none = |s: &str| if s.is_empty() { none.to_string() } else { s.to_string() };
    match change {
        Change::Goal { from, to } => {
            format!("{}{c} {} → {}", lang.pick("Objectif", "Goal"), n.money(*from), n.money(*to))
        }
        Change::DealSize { from, to } => {
            format!("{}{c} {} → {}", lang.pick("Panier moyen", "Deal size"), n.money(*from), n.money(*to))
        }
        Change::Horizon { from, to } => {
            format!(
                "{}{c} {} → {}",
                lang.pick("Horizon", "Horizon"),
                horizon(*from, lang),
                horizon(*to, lang)
            )
        }
        Change::StageAdded { name } => format!("{}{c} {name}", lang.pick("Étape ajoutée", "Stage added")),
        Change::StageRemoved { name } => format!("{}{c} {name}", lang.pick("Étape retirée", "Stage removed")),
        Change::StageRenamed { from, to } => {
            format!("{}{c} {from} → {to}", lang.pick("Étape renommée", "Stage renamed"))
        }
        Change::StageRate { name, from, to } => {
            format!(
                "{} {name}{c} {} → {}",
                lang.pick("Taux de l'étape", "Rate of"),
                n.percent(*from),
                n.percent(*to)
            )
        }
        Change::HandoverStage { from, to } => {
            format!("{}{c} {from} → {to}", lang.pick("Étape livrée aux ventes", "Hand-over stage"))
        }
        Change::HandoverDay { from, to } => format!(
            "{}{c} {} → {}",
            lang.pick("Jour de livraison", "Hand-over day"),
            weekday_name(*from, lang),
            weekday_name(*to, lang)
        ),
        Change::Sla { term, from, to } => {
            let (from, to) = match term {
                SlaTerm::GoodFitShare => (n.percent(*from), n.percent(*to)),
                _ => (n.decimal(*from, 2), n.decimal(*to, 2)),
            };
            let name = term_name(*term, lang);
            let mut chars = name.chars();
            let name: String = chars
                .next()
                .map(|f| crate::i18n::case::upper(&f.to_string()) + chars.as_str())
                .unwrap_or_default();
            format!("{name}{c} {from} → {to}")
        }
        Change::Owner { clause, from, to } => format!(
            "{} « {} »{c} {} → {}",
            lang.pick("Responsable de", "Owner of"),
            clause_name(*clause, lang),
            or_none(from),
            or_none(to)
        )
        .replace("« ", lang.pick("«\u{a0}", "“"))
        .replace(" »", lang.pick("\u{a0}»", "”")),
        Change::Effective { clause, from, to } => {
            let date = |d: &Option<crate::engine::time::calendar::Date>| {
                d.map_or(none.to_string(), |d| d.to_string())
            };
            format!(
                "{} {}{c} {} → {}",
                lang.pick("Date d'effet,", "Effective date,"),
                clause_name(*clause, lang),
                date(from),
                date(to)
            )
        }
        Change::Review { clause, from, to } => format!(
            "{} {}{c} {} → {}",
            lang.pick("Revue,", "Review,"),
            clause_name(*clause, lang),
            cadence(*from, lang),
            cadence(*to, lang)
        ),
    }
}
