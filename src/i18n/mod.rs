//! The two languages: `Lang` (picking a French or English string), the texts shared across the
//! view (`Text`), error reasons in words, number notation for typing (`number`), case rules
//! (`case`) and the default stage names. Strings used once are written in place as
//! `lang.pick(fr, en)`. Pure Rust, so the wording and the number parsing are tested natively.

pub mod case;
pub mod number;
pub mod sources;
mod texts;
pub mod verdict;
pub mod written;

pub use texts::Text;

use crate::engine::decimal::ParseError;
use crate::engine::Reason;

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Fr,
    #[default]
    En,
}

impl Lang {
    /// BCP 47 tag used for `lang=` and for the browser's Intl formatting.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fr => "fr-FR",
            Lang::En => "en-US",
        }
    }

    /// Short code stored in the URL and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// First supported language in the browser's preference list; English otherwise.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::from_code).unwrap_or_default()
    }

    pub fn t(self, text: Text) -> &'static str {
        texts::lookup(self, text)
    }

    /// What is wrong with a field, and what is allowed, in this language.
    pub fn reason(self, reason: Reason) -> &'static str {
        self.t(match reason {
            Reason::Required => Text::ErrRequired,
            Reason::NotANumber => Text::ErrNotANumber,
            Reason::Negative => Text::ErrNegative,
            Reason::MustBePositive => Text::ErrMustBePositive,
            Reason::AboveHundredPercent => Text::ErrAboveHundred,
            Reason::TooLarge => Text::ErrTooLarge,
            Reason::TooPrecise => Text::ErrTooPrecise,
            Reason::TooFew => Text::ErrTooFew,
            Reason::TooMany => Text::ErrTooMany,
            Reason::NotWhole => Text::ErrNotWhole,
            Reason::OutOfRange => Text::ErrOutOfRange,
            Reason::UnsupportedVersion => Text::ErrUnsupportedVersion,
            Reason::SharesNotHundred => Text::ErrSharesNotHundred,
            Reason::AmountsNotGoal => Text::ErrAmountsNotGoal,
            Reason::TooLong => Text::ErrTooLong,
            Reason::NotLoaded => Text::ErrNotLoaded,
        })
    }
}

/// Maps a text-parsing failure to the engine's reason codes, so one wording serves both.
pub fn parse_reason(err: ParseError) -> Reason {
    match err {
        ParseError::Empty => Reason::Required,
        ParseError::NotANumber => Reason::NotANumber,
        ParseError::TooLarge => Reason::TooLarge,
        ParseError::TooPrecise => Reason::TooPrecise,
    }
}

impl Lang {
    /// Picks the French or English wording written next to each other at the call site, for
    /// section-specific strings that live with their component.
    pub fn pick(self, fr: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

/// The default funnel's stage names (seed 004's vocabulary) in each language, so a French
/// user starts with Visiteur … Client and a language switch renames untouched defaults.
pub const DEFAULT_STAGE_NAMES: [(&str, &str); 6] = [
    ("Visiteur", "Visitor"),
    ("Prospect", "Lead"),
    ("MQL", "MQL"),
    ("SQL", "SQL"),
    ("Opportunité", "Opportunity"),
    ("Client", "Customer"),
];

/// Renames stages still carrying a default name of `from` to that name in `to`; names the
/// user typed are left alone.
pub fn localize_stage_names(stages: &mut [crate::engine::funnel::Stage], from: Lang, to: Lang) {
    for stage in stages {
        if let Some(pair) = DEFAULT_STAGE_NAMES.iter().find(|p| from.pick(p.0, p.1) == stage.name) {
            stage.name = to.pick(pair.0, pair.1).to_string();
        }
    }
}
