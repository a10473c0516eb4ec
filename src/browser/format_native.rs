//! Number output for the native build (the build-time prerender of the first screen, README
//! "How the first screen is made"): the same strings `Intl.NumberFormat` gives in fr-FR and
//! en-US, written by hand for the options `format.rs` uses. The e2e test
//! `tests/e2e/prerender.test.mjs` compares the prerendered screen with what the app draws
//! through Intl, so a difference between the two fails a test.

use crate::engine::Decimal;
use crate::i18n::Lang;

/// The space before "€" and "%" in fr-FR is a no-break space, the group separator a narrow one
/// (`group_digits`; checked in Chromium 156: "60\u{a0}%", "1\u{202f}234,00\u{a0}€").
const NBSP: char = '\u{a0}';

/// `value` rounded to at most `places` decimals (Intl drops trailing zeros down to `min`),
/// grouped by thousands in `lang`'s style, without a sign.
fn digits(value: Decimal, lang: Lang, min: u32, places: u32) -> String {
    let text = value.round_to(places).to_string();
    let text = text.trim_start_matches('-');
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let mut frac = frac.to_string();
    while (frac.len() as u32) < min {
        frac.push('0');
    }
    let point = match lang {
        Lang::Fr => ',',
        Lang::En => '.',
    };
    let mut out = crate::i18n::number::group_digits(whole, lang);
    if !frac.is_empty() {
        out.push(point);
        out.push_str(&frac);
    }
    out
}

fn signed(value: Decimal, body: String) -> String {
    if value.round_to(2).is_negative() {
        format!("-{body}")
    } else {
        body
    }
}

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
        cents,
        match lang {
            Lang::Fr => format!("{body}{NBSP}{symbol}"),
            Lang::En if symbol.chars().count() > 1 && symbol.chars().all(|c| c.is_ascii_uppercase()) => {
                format!("{symbol}{NBSP}{body}")
            }
            Lang::En => format!("{symbol}{body}"),
        },
    )
}

/// A fraction as a percentage: 0.045 → "4,5 %" / "4.5%".
pub fn percent(fraction: Decimal, lang: Lang) -> String {
    let hundredths = fraction.checked_mul(Decimal::HUNDRED).unwrap_or_default();
    let body = digits(hundredths, lang, 0, 2);
    let body = signed(hundredths, body);
    match lang {
        Lang::Fr => format!("{body}{NBSP}%"),
        Lang::En => format!("{body}%"),
    }
}

/// A plain number with at most `places` decimals: "2,5" / "2.5".
pub fn decimal(value: Decimal, lang: Lang, places: u32) -> String {
    signed(value.round_to(places), digits(value, lang, 0, places))
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
