//! Each import problem in words, French and English: the line, what was found and why it
//! was not used, so the user can fix the file.

use super::dates::DateError;
use super::{CountError, Problem, Reason};
use crate::i18n::Lang;

impl Problem {
    /// "Ligne 4 : date illisible « 2026/13/45 »" / "Line 4: unreadable date “2026/13/45”".
    pub fn describe(&self, lang: Lang) -> String {
        let line = self.line;
        match lang {
            Lang::Fr => format!("Ligne {line}\u{a0}: {}", reason_fr(&self.reason)),
            Lang::En => format!("Line {line}: {}", reason_en(&self.reason)),
        }
    }
}

/// Spreadsheet column letter of a 0-based index: A, B… Z, AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

fn reason_fr(reason: &Reason) -> String {
    let q = |t: &str| format!("«\u{a0}{t}\u{a0}»");
    match reason {
        Reason::UnterminatedQuote => {
            "guillemet ouvert jamais fermé (la suite du fichier est lue comme un seul champ)".into()
        }
        Reason::BadDate { text, error } => match error {
            DateError::Empty => "date vide".into(),
            DateError::Unreadable => {
                format!("date illisible {} (attendu jj/mm/aaaa, mm/jj/aaaa ou aaaa-mm-jj)", q(text))
            }
            DateError::NoSuchDay => format!("date inexistante {}", q(text)),
        },
        Reason::UnknownStatus(s) => format!("statut {} associé à aucune étape", q(s)),
        Reason::MissingCell { column } => format!("pas de cellule en colonne {}", column_letter(*column)),
        Reason::BadCount { column, text, error } => {
            let why = match error {
                CountError::NotANumber => "n'est pas un nombre",
                CountError::NotWhole => "n'est pas un nombre entier",
                CountError::Negative => "est négatif",
                CountError::TooLarge => "est trop grand",
            };
            format!("colonne {}, {} {why}", column_letter(*column), q(text))
        }
        Reason::UnknownStage(s) => {
            format!("{} ne correspond à aucune étape du funnel (colonne ignorée)", q(s))
        }
        Reason::BadPeriod(s) => format!("période {} illisible (un numéro de mois ou aaaa-mm)", q(s)),
        Reason::NoStartMonth(s) => format!("mois {} : indiquez d'abord le mois de début du plan", q(s)),
        Reason::OutsideHorizon(s) => format!("période {} hors de l'horizon du plan", q(s)),
        Reason::DuplicatePeriod(p) => format!("période {p} déjà lue plus haut (première valeur gardée)"),
        Reason::NoStages => {
            "ni la première ligne ni la première colonne ne nomment une étape du funnel".into()
        }
    }
}

fn reason_en(reason: &Reason) -> String {
    let q = |t: &str| format!("“{t}”");
    match reason {
        Reason::UnterminatedQuote => {
            "a quote is opened and never closed (the rest of the file reads as one field)".into()
        }
        Reason::BadDate { text, error } => match error {
            DateError::Empty => "empty date".into(),
            DateError::Unreadable => {
                format!("unreadable date {} (expected dd/mm/yyyy, mm/dd/yyyy or yyyy-mm-dd)", q(text))
            }
            DateError::NoSuchDay => format!("no such date {}", q(text)),
        },
        Reason::UnknownStatus(s) => format!("status {} is mapped to no stage", q(s)),
        Reason::MissingCell { column } => format!("no cell in column {}", column_letter(*column)),
        Reason::BadCount { column, text, error } => {
            let why = match error {
                CountError::NotANumber => "is not a number",
                CountError::NotWhole => "is not a whole number",
                CountError::Negative => "is negative",
                CountError::TooLarge => "is too large",
            };
            format!("column {}, {} {why}", column_letter(*column), q(text))
        }
        Reason::UnknownStage(s) => format!("{} matches no funnel stage (column ignored)", q(s)),
        Reason::BadPeriod(s) => format!("unreadable period {} (a month number or yyyy-mm)", q(s)),
        Reason::NoStartMonth(s) => format!("month {}: set the plan's start month first", q(s)),
        Reason::OutsideHorizon(s) => format!("period {} is outside the plan's horizon", q(s)),
        Reason::DuplicatePeriod(p) => format!("period {p} was already read above (first value kept)"),
        Reason::NoStages => "neither the first row nor the first column names a funnel stage".into(),
    }
}
