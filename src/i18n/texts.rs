//! The string table: one key per user-facing text, each with its French and English wording.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    AppTitle,
    Tagline,
    LanguageLabel,
    GoalLabel,
    GoalHelp,
    DealSizeLabel,
    DealSizeHelp,
    RateLabel,
    RateHelp,
    CustomersLabel,
    CustomersHow,
    LeadsLabel,
    LeadsHow,
    ResultsHeading,
    InputsHeading,
    StaleNotice,
    ErrRequired,
    ErrNotANumber,
    ErrNegative,
    ErrMustBePositive,
    ErrAboveHundred,
    ErrTooLarge,
    ErrTooPrecise,
    ErrTooFew,
    ErrTooMany,
    ErrNotWhole,
    ErrOutOfRange,
    ErrTooLong,
    ErrNotLoaded,
    ErrUnsupportedVersion,
    ErrSharesNotHundred,
    ErrAmountsNotGoal,
    CrashTitle,
    CrashBody,
}

pub(super) fn lookup(lang: Lang, text: Text) -> &'static str {
    let (fr, en) = pair(text);
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

fn pair(text: Text) -> (&'static str, &'static str) {
    use Text::*;
    match text {
        AppTitle => ("Planificateur d'entonnoir", "Funnel Planner"),
        Tagline => (
            "Partez du chiffre d'affaires visé et remontez l'entonnoir jusqu'aux prospects.",
            "Start from the revenue goal and work back up the funnel to the leads you need.",
        ),
        LanguageLabel => ("Langue", "Language"),
        GoalLabel => ("Objectif de chiffre d'affaires", "Revenue goal"),
        GoalHelp => ("Le revenu à atteindre sur l'année.", "The revenue to reach over the year."),
        DealSizeLabel => ("Vente moyenne", "Average deal size"),
        DealSizeHelp => {
            ("Revenu moyen apporté par un nouveau client.", "Average revenue from one new customer.")
        }
        RateLabel => ("Taux de conversion prospect → client", "Lead → customer conversion rate"),
        RateHelp => (
            "Part des prospects qui deviennent clients, entre 0 et 100 %.",
            "Share of leads who become customers, between 0 and 100 %.",
        ),
        CustomersLabel => ("Clients nécessaires", "Customers needed"),
        CustomersHow => (
            "Objectif ÷ vente moyenne, arrondi au client supérieur.",
            "Goal ÷ average deal size, rounded up to a whole customer.",
        ),
        LeadsLabel => ("Prospects nécessaires", "Leads needed"),
        LeadsHow => (
            "Clients ÷ taux de conversion, arrondi au prospect supérieur.",
            "Customers ÷ conversion rate, rounded up to a whole lead.",
        ),
        ResultsHeading => ("Ce qu'il vous faut", "What you need"),
        InputsHeading => ("Votre objectif", "Your goal"),
        StaleNotice => (
            "Résultat précédent : corrigez le champ signalé pour le mettre à jour.",
            "Previous result: fix the highlighted field to update it.",
        ),
        ErrRequired => ("Saisissez une valeur.", "Enter a value."),
        ErrNotANumber => {
            ("Ce n'est pas un nombre. Exemple : 1 234,5", "This is not a number. Example: 1,234.5")
        }
        ErrNegative => ("La valeur ne peut pas être négative.", "The value cannot be negative."),
        ErrMustBePositive => (
            "La valeur doit être supérieure à 0 (0 rend l'objectif inatteignable).",
            "The value must be above 0 (0 makes the goal unreachable).",
        ),
        ErrAboveHundred => ("Un taux ne peut pas dépasser 100 %.", "A rate cannot exceed 100 %."),
        ErrTooLarge => (
            "Valeur trop grande : 1 million de milliards au plus.",
            "Value too large: at most one quadrillion.",
        ),
        ErrTooPrecise => ("Trop de décimales.", "Too many decimal places."),
        ErrTooFew => ("Il faut au moins deux étapes.", "At least two stages are needed."),
        ErrTooMany => ("Trop d'éléments (200 au plus).", "Too many items (200 at most)."),
        ErrNotWhole => ("Saisissez un nombre entier.", "Enter a whole number."),
        ErrOutOfRange => ("Valeur hors des limites permises.", "Value outside the allowed range."),
        ErrTooLong => ("Nom trop long : 60 caractères au plus.", "Name too long: 60 characters at most."),
        ErrNotLoaded => (
            "Une partie de l'application est encore en chargement : le plan sera calculé dès qu'elle sera là.",
            "Part of the app is still loading: the plan is worked out as soon as it is in.",
        ),
        ErrUnsupportedVersion => (
            "Ce plan vient d'une version plus récente de l'outil.",
            "This plan comes from a newer version of the tool.",
        ),
        ErrSharesNotHundred => (
            "Les parts des sources doivent faire 100 % au total.",
            "The sources' shares must add up to 100 %.",
        ),
        ErrAmountsNotGoal => (
            "Les montants fixes des sources dépassent l'objectif de nouveaux clients, ou ne l'atteignent pas sans source en pourcentage.",
            "The sources' fixed amounts exceed the new-business goal, or fall short of it with no source by percentage.",
        ),
        CrashTitle => ("Une erreur inattendue est survenue.", "Something went wrong."),
        CrashBody => ("Rechargez la page : votre plan est conservé.", "Reload the page: your plan is kept."),
    }
}
