//! Small bilingual words the SLA wording is built from: weekday names, plurals, the plan's
//! period. Pure Rust, shared by the view (selects, figures) and the SLA document.

use crate::engine::time::periods::Horizon;
use crate::engine::weekday::Weekday;
use crate::engine::Decimal;
use crate::i18n::Lang;

/// Every weekday, Monday first, for selects.
pub const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// The day as written inside a sentence: "lundi" / "Monday".
pub fn weekday_name(day: Weekday, lang: Lang) -> &'static str {
    let (fr, en) = match day {
        Weekday::Monday => ("lundi", "Monday"),
        Weekday::Tuesday => ("mardi", "Tuesday"),
        Weekday::Wednesday => ("mercredi", "Wednesday"),
        Weekday::Thursday => ("jeudi", "Thursday"),
        Weekday::Friday => ("vendredi", "Friday"),
        Weekday::Saturday => ("samedi", "Saturday"),
        Weekday::Sunday => ("dimanche", "Sunday"),
    };
    lang.pick(fr, en)
}

/// The day as a stand-alone label (select option, table cell): "Lundi" / "Monday".
pub fn weekday_label(day: Weekday, lang: Lang) -> String {
    let name = weekday_name(day, lang);
    let mut chars = name.chars();
    match chars.next() {
        // Every day name starts with an ASCII letter, so the ASCII mapping is the full one and
        // spares the wasm Unicode's case tables (about 25 KB).
        Some(first) => std::iter::once(first.to_ascii_uppercase()).chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether a quantity takes the plural: French from 2 up ("1,5 heure", "0 jour"), English
/// for anything but exactly 1.
pub fn is_plural(value: Decimal, lang: Lang) -> bool {
    match lang {
        Lang::Fr => value >= Decimal::from_int(2),
        Lang::En => value != Decimal::ONE,
    }
}

/// The singular or plural word for `value` in `lang`.
pub fn noun(
    value: Decimal,
    lang: Lang,
    fr: (&'static str, &'static str),
    en: (&'static str, &'static str),
) -> &'static str {
    let (singular, plural) = lang.pick_pair(fr, en);
    if is_plural(value, lang) {
        plural
    } else {
        singular
    }
}

/// `noun` for a whole count.
pub fn noun_n(
    n: u64,
    lang: Lang,
    fr: (&'static str, &'static str),
    en: (&'static str, &'static str),
) -> &'static str {
    noun(Decimal::from_count(i128::from(n)).unwrap_or(Decimal::ONE), lang, fr, en)
}

/// "sur l'année" / "over the year", for the goal's period.
pub fn over_period(horizon: Horizon, lang: Lang) -> &'static str {
    match horizon {
        Horizon::Year => lang.pick("sur l'année", "over the year"),
        Horizon::Quarter => lang.pick("sur le trimestre", "over the quarter"),
        Horizon::Month => lang.pick("sur le mois", "over the month"),
    }
}

/// The colon before a value: " :" in French typography, ":" in English.
pub fn colon(lang: Lang) -> &'static str {
    lang.pick("\u{a0}:", ":")
}

trait PickPair {
    fn pick_pair<T>(self, fr: T, en: T) -> T;
}

impl PickPair for Lang {
    fn pick_pair<T>(self, fr: T, en: T) -> T {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}
