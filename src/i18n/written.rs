//! Percentages and decimals written for reading in each language, to the character as the
//! browser's `Intl.NumberFormat` writes them in fr-FR and en-US (checked against Intl by the
//! component test `web_components.rs`): no call into JS at every keystroke, and the same text
//! in the build-time prerender. Money's digits come from here too (`browser::format`).

use super::number::group_digits;
use super::Lang;
use crate::engine::Decimal;

/// The space before "%" (and "€") in fr-FR: a no-break space.
pub const NBSP: char = '\u{a0}';

/// `value` rounded half away from zero to at most `places` decimals, trailing zeros dropped
/// down to `min` decimals, grouped by thousands in `lang`'s style, without a sign.
pub fn digits(value: Decimal, lang: Lang, min: u32, places: u32) -> String {
    let text = value.round_to(places).to_string();
    let text = text.trim_start_matches('-');
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let mut out = group_digits(whole, lang);
    if !frac.is_empty() || min > 0 {
        out.push(match lang {
            Lang::Fr => ',',
            Lang::En => '.',
        });
        out.push_str(frac);
        (frac.len() as u32..min).for_each(|_| out.push('0'));
    }
    out
}

/// `body` with a minus sign when `negative` (Intl writes "-", not "−", in both languages).
pub fn signed(negative: bool, mut body: String) -> String {
    if negative {
        body.insert(0, '-');
    }
    body
}

/// A fraction as a percentage to at most two decimals: 0.045 → "4,5 %" / "4.5%". A negative
/// fraction keeps its sign even when it rounds to zero ("-0 %"), as Intl writes it.
pub fn percent(fraction: Decimal, lang: Lang) -> String {
    let hundredths = fraction.checked_mul(Decimal::HUNDRED).unwrap_or_default();
    let mut body = signed(fraction.is_negative(), digits(hundredths, lang, 0, 2));
    if lang == Lang::Fr {
        body.push(NBSP);
    }
    body.push('%');
    body
}

/// A plain number with at most `places` decimals: "2,5" / "2.5" (grouped: "1 234,5").
pub fn decimal(value: Decimal, lang: Lang, places: u32) -> String {
    let rounded = value.round_to(places);
    signed(rounded.is_negative(), digits(rounded, lang, 0, places))
}
