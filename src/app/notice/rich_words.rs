//! What the notices raised once a part of the app is in say, in French and English (the
//! reader's part carries them, `rich`): composed for repairs and limits, which list the parts
//! reset and the bounds reached.

use super::words::with_held;
use crate::i18n::Lang;
use crate::state::keep::{KeptAside, Repairs};
use crate::state::limits::{Limit, Overflows};
use crate::state::Notice;

/// A part of the saved session (a key of `keep::PARTS`) as the user knows it.
fn part(lang: Lang, key: &str) -> &'static str {
    match key {
        "goal" => lang.pick("l'objectif", "the goal"),
        "deal_size" => lang.pick("la vente moyenne", "the average deal size"),
        "funnel" => lang.pick("l'entonnoir", "the funnel"),
        "revenue" => lang.pick("les sources de revenu", "the revenue sources"),
        "periods" => lang.pick("les périodes", "the periods"),
        "cycle" => lang.pick("le cycle de vente", "the sales cycle"),
        "team" => lang.pick("l'équipe", "the team"),
        "sla" => lang.pick("le SLA", "the SLA"),
        "budget" => lang.pick("le budget", "the budget"),
        "economics" => lang.pick("l'économie unitaire", "the unit economics"),
        "pipeline" => lang.pick("le pipeline", "the pipeline"),
        "goal_seek" => lang.pick("la recherche d'objectif", "goal seek"),
        "tracking" => lang.pick("le suivi", "tracking"),
        "sensitivity" => lang.pick("la sensibilité", "sensitivity"),
        "scoring" => lang.pick("le scoring des leads", "lead scoring"),
        "risk" => lang.pick("le risque", "risk"),
        "sources" => lang.pick("les sources de prospects", "the lead sources"),
        "actuals" => lang.pick("le réalisé mois par mois", "the monthly actuals"),
        "agreement" => lang.pick("l'accord (responsables, statut)", "the agreement (owners, status)"),
        "settings" => lang.pick("la langue, la devise ou le thème", "the language, currency or theme"),
        "drafts" => lang.pick("le texte saisi", "the typed text"),
        _ => lang.pick("la version", "the version"),
    }
}

fn limit(lang: Lang, limit: Limit) -> &'static str {
    match limit {
        Limit::Stages => lang.pick(
            "plus de 200 étapes (les 200 premières gardées)",
            "more than 200 stages (the first 200 kept)",
        ),
        Limit::StageName => {
            lang.pick("des noms d'étape de plus de 60 caractères", "stage names over 60 characters")
        }
        Limit::Hires => lang.pick("plus de 100 recrutements", "more than 100 hires"),
        Limit::ScoreCells => lang.pick("plus de 100 cases de scoring", "more than 100 scoring cells"),
        Limit::StageList => {
            lang.pick("des listes par étape de plus de 200 entrées", "per-stage lists over 200 entries")
        }
        Limit::Seasonality => lang.pick("plus de 12 coefficients mensuels", "more than 12 monthly weights"),
        Limit::Drafts => lang.pick("du texte saisi trop long", "typed text too long"),
        Limit::Scenarios => lang.pick("plus de 50 scénarios", "more than 50 scenarios"),
        Limit::ScenarioName => {
            lang.pick("des noms de scénario de plus de 80 caractères", "scenario names over 80 characters")
        }
    }
}

fn limits(lang: Lang, over: Overflows) -> String {
    over.iter().map(|l| limit(lang, l)).collect::<Vec<_>>().join(", ")
}

fn repaired(lang: Lang, r: Repairs) -> String {
    let mut text = Vec::new();
    if r.unreadable {
        text.push(lang.pick(
            "Une partie de ce que ce navigateur avait enregistré est illisible : elle est remplacée par les valeurs par défaut.",
            "Part of what this browser had saved could not be read: it is replaced by the defaults.",
        ).to_string());
    }
    let parts: Vec<&str> = r.parts().map(|p| part(lang, p)).collect();
    if !parts.is_empty() {
        text.push(format!(
            "{} {}.",
            lang.pick(
                "Le plan enregistré était abîmé ; le reste est intact, mais ceci a repris sa valeur par défaut :",
                "The saved plan was damaged; the rest is as you left it, but this went back to its default:",
            ),
            parts.join(", ")
        ));
    }
    if r.scenarios_dropped > 0 {
        let label = lang.pick("Scénarios illisibles écartés :", "Unreadable scenarios set aside:");
        text.push(format!("{label} {}.", r.scenarios_dropped));
    }
    if r.scenarios_repaired > 0 {
        let label = lang.pick("Scénarios réparés :", "Scenarios repaired:");
        text.push(format!("{label} {}.", r.scenarios_repaired));
    }
    if !r.overflows.is_empty() {
        text.push(format!(
            "{} {}.",
            lang.pick(
                "Ce qui dépassait les limites de l'application a été coupé :",
                "What went past the app's limits was cut:"
            ),
            limits(lang, r.overflows)
        ));
    }
    text.push(match r.kept {
        KeptAside::NotKept => lang.pick(
            "L'original n'a pas pu être mis de côté (stockage plein) : téléchargez-le ; rien n'est enregistré tant que vous n'avez pas choisi.",
            "The original could not be copied aside (storage full): download it; nothing is saved until you choose.",
        ),
        _ => lang.pick(
            "L'original est gardé de côté dans ce navigateur : vous pouvez le télécharger.",
            "The original is kept aside in this browser: you can download it.",
        ),
    }.to_string());
    text.join(" ")
}

/// The words of a notice `words::basic` does not draw.
pub fn text(notice: Notice, lang: Lang) -> String {
    let text = match notice {
        Notice::BrokenLink => lang.pick(
            "Ce lien de partage est illisible : le plan par défaut est ouvert.",
            "This share link could not be read: the default plan is open instead.",
        ),
        Notice::NewerLink => lang.pick(
            "Ce lien vient d'une version plus récente : le plan par défaut est ouvert.",
            "This link comes from a newer version: the default plan is open instead.",
        ),
        Notice::LinkTooLarge => lang.pick(
            "Ce lien dépasse tout ce que l'application produit : il n'est pas ouvert, le plan par défaut l'est.",
            "This link is larger than any plan this app makes: it was not opened; the default plan is open instead.",
        ),
        Notice::BrokenFile => lang.pick(
            "Le plan enregistré dans ce fichier est illisible : le plan par défaut est ouvert.",
            "The plan saved in this file could not be read: the default plan is open instead.",
        ),
        Notice::Repaired(r) => return repaired(lang, r),
        Notice::Limited(over) if over.iter().eq([Limit::StageName]) => lang.pick(
            "Un nom d'étape compte au plus 60 caractères : la suite a été coupée.",
            "Stage names are limited to 60 characters: the rest was cut.",
        ),
        Notice::Limited(over) => {
            return format!(
                "{} {}.",
                lang.pick("Limites de l'application atteintes, le surplus est coupé :", "The app's limits were reached; the excess was cut:"),
                limits(lang, over)
            )
        }
        Notice::SaveFailed => lang.pick(
            "Cette modification n'a pas pu être enregistrée dans le navigateur (stockage plein ou bloqué). Gardez votre plan en le téléchargeant ou en copiant son lien ; l'enregistrement sera retenté à la prochaine modification.",
            "This change could not be saved in the browser (storage full or blocked). Keep your plan by downloading it or copying its link; saving is tried again at the next change.",
        ),
        Notice::Reset => lang.pick("Le plan a été réinitialisé.", "The plan was reset."),
        Notice::MixAdopted => lang
            .pick("Le mix de sources le moins cher est adopté.", "The cheapest mix of sources was adopted."),
        Notice::BadImport => lang.pick(
            "Ce fichier n'est pas un plan valide : rien n'a changé.",
            "This file is not a valid plan: nothing changed.",
        ),
        Notice::NoStandalone => lang.pick(
            "La version en un seul fichier est introuvable ici : aucun fichier n'a été enregistré.",
            "The single-file version of the app is not available here: no file was saved.",
        ),
        // Drawn by the main module (`words::basic`).
        Notice::StorageBlocked | Notice::WriterMissing | Notice::ChangeNotMade | Notice::PartMissing => "",
    };
    with_held(notice, lang, text)
}
