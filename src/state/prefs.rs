//! View preferences that are not part of the plan: section shown, period shown, currency,
//! theme. Kept apart so the `Plan` stays what the engine needs and nothing more.

/// The sections a user moves between.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Funnel,
    Team,
    Budget,
    Tracking,
    /// Month after month: actuals, SLA compliance, the agreement, the monthly report.
    Monthly,
    Scoring,
    Risk,
    Share,
    Embed,
    Sources,
}

impl Section {
    pub const ALL: [Section; 10] = [
        Section::Funnel,
        Section::Sources,
        Section::Team,
        Section::Budget,
        Section::Tracking,
        Section::Monthly,
        Section::Scoring,
        Section::Risk,
        Section::Share,
        Section::Embed,
    ];

    /// Stable id used in element ids and test selectors.
    pub fn id(self) -> &'static str {
        match self {
            Section::Funnel => "funnel",
            Section::Team => "team",
            Section::Budget => "budget",
            Section::Tracking => "tracking",
            Section::Monthly => "monthly",
            Section::Scoring => "scoring",
            Section::Risk => "risk",
            Section::Share => "share",
            Section::Embed => "embed",
            Section::Sources => "sources",
        }
    }
}

/// The period results are shown per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ShownPeriod {
    Year,
    Quarter,
    #[default]
    Month,
    Week,
    WorkingDay,
}

impl ShownPeriod {
    pub const ALL: [ShownPeriod; 5] = [
        ShownPeriod::Year,
        ShownPeriod::Quarter,
        ShownPeriod::Month,
        ShownPeriod::Week,
        ShownPeriod::WorkingDay,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        match code {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// Currencies offered in the picker (any ISO 4217 code works with Intl; these are the common
/// ones for our users).
pub const CURRENCIES: [&str; 6] = ["EUR", "USD", "GBP", "CHF", "CAD", "XOF"];

/// Default currency for a language: EUR for French, USD for English.
pub fn default_currency(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::Fr => "EUR",
        crate::i18n::Lang::En => "USD",
    }
}

/// Accepts a three-letter ISO 4217 code in any case.
pub fn valid_currency(code: &str) -> Option<String> {
    let upper = code.trim().to_ascii_uppercase();
    (upper.len() == 3 && upper.bytes().all(|b| b.is_ascii_uppercase())).then_some(upper)
}
