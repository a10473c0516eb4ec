//! Number output for the native build (the build-time prerender of the first screen, README
//! "How the first screen is made"): counts, percentages and decimals as in the browser
//! (`i18n::written`), and money with the currency's text by hand where the browser asks Intl
//! (`format.rs`). The e2e test `tests/e2e/prerender.test.mjs` compares the prerendered screen
//! with what the app draws, so a difference between the two fails a test.

use crate::engine::Decimal;
use crate::i18n::written::{digits, signed, NBSP};
use crate::i18n::Lang;

pub use crate::i18n::written::{decimal, percent};

/// A whole count of people: "2 500" / "2,500".
pub fn count(n: u64, lang: Lang) -> String {
    crate::i18n::number::whole_count(n, lang)
}

/// Money to the cent (cents hidden when zero): "100 000 €" / "$100,000".
pub fn money(value: Decimal, lang: Lang, currency: &str) -> String {
    let cents = value.round_to(2);
    let fraction = if cents.round_to(0) == cents { 0 } else { 2 };
    let body = digits(cents, lang, fraction, fraction);
    let symbol = currency_symbol(currency, lang);
    signed(
        cents.is_negative(),
        match lang {
            Lang::Fr => format!("{body}{NBSP}{symbol}"),
            Lang::En if symbol.chars().count() > 1 && symbol.chars().all(|c| c.is_ascii_uppercase()) => {
                format!("{symbol}{NBSP}{body}")
            }
            Lang::En => format!("{symbol}{body}"),
        },
    )
}

/// The symbol Intl uses for `currency` in `lang` (CLDR data for the currencies the picker
/// offers; others are shown by their code, as Intl does).
pub fn currency_symbol(currency: &str, lang: Lang) -> String {
    match (currency, lang) {
        ("EUR", _) => "€",
        ("USD", Lang::En) => "$",
        ("USD", Lang::Fr) => "$US",
        ("GBP", Lang::En) => "£",
        ("GBP", Lang::Fr) => "£GB",
        ("CAD", Lang::En) => "CA$",
        ("CAD", Lang::Fr) => "$CA",
        ("XOF", _) => "F\u{202f}CFA",
        _ => currency,
    }
    .to_string()
}
