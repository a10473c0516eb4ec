//! Number output in the user's language. Counts, percentages, decimals and money's digits are
//! written in Rust with Intl's fr-FR and en-US separators (`i18n::written`); only the text
//! around money's digits is asked of the browser's `Intl.NumberFormat`, once per language and
//! currency, so no locale or currency tables ship in the wasm and a keystroke that shows a
//! dozen figures makes no call into JS.

use crate::engine::Decimal;
use crate::i18n::written::{digits, signed};
use crate::i18n::Lang;
use js_sys::{Array, Intl, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

pub use crate::i18n::written::{decimal, percent};

/// A whole count of people: "2 500" / "2,500".
pub fn count(n: u64, lang: Lang) -> String {
    crate::i18n::number::whole_count(n, lang)
}

/// Money to the cent (cents hidden when zero): "100 000 €" / "$100,000".
pub fn money(value: Decimal, lang: Lang, currency: &str) -> String {
    let cents = value.round_to(2);
    let fraction = if cents.round_to(0) == cents { 0 } else { 2 };
    let (before, after) = affixes(lang, currency, cents.is_negative());
    before + &digits(cents, lang, fraction, fraction) + &after
}

/// The text before and after the digits, for a positive then a negative amount.
type Sides = [(String, String); 2];

thread_local! {
    /// Intl's text around the digits of 1 and of -1 for the last language and currency (the
    /// app shows one currency at a time). Building an `Intl.NumberFormat` costs far more than
    /// reading this.
    static AFFIXES: RefCell<Option<(Lang, String, Sides)>> = const { RefCell::new(None) };
}

/// The text Intl writes before and after the digits of an amount in `currency` ("$" and "",
/// or "" and "\u{a0}€"), for a negative amount when `negative`.
fn affixes(lang: Lang, currency: &str, negative: bool) -> (String, String) {
    let pick = |sides: &Sides| sides[usize::from(negative)].clone();
    let known = AFFIXES.with(|last| match &*last.borrow() {
        Some((l, c, sides)) if *l == lang && c == currency => Some(pick(sides)),
        _ => None,
    });
    if let Some(known) = known {
        return known;
    }
    let sides = intl_sides(lang, currency);
    let found = pick(&sides);
    AFFIXES.with(|last| *last.borrow_mut() = Some((lang, currency.to_string(), sides)));
    found
}

/// Intl's "1" and "-1" in `currency`, cut around the digit. Without Intl (or a currency code
/// it refuses), the code after the digits, as Intl writes an unknown code.
fn intl_sides(lang: Lang, currency: &str) -> Sides {
    let options = Object::new();
    for (key, value) in [
        ("style", JsValue::from_str("currency")),
        ("currency", currency.into()),
        ("maximumFractionDigits", 0.into()),
    ] {
        let _ = Reflect::set(&options, &key.into(), &value);
    }
    let format = Intl::NumberFormat::new(&Array::of1(&lang.tag().into()), &options).format();
    let side = |one: &str| {
        let text =
            format.call1(&JsValue::NULL, &one.into()).ok().and_then(|t| t.as_string()).unwrap_or_default();
        match text.split_once('1') {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (signed(one.starts_with('-'), String::new()), String::from("\u{a0}") + currency),
        }
    };
    [side("1"), side("-1")]
}

/// The symbol Intl uses for `currency` in `lang` ("€", "$", "CHF"): the text it writes
/// around the digits, without spaces (the currency's code when there is none).
pub fn currency_symbol(currency: &str, lang: Lang) -> String {
    let (before, after) = affixes(lang, currency, false);
    let symbol: String = (before + &after).chars().filter(|c| !c.is_whitespace()).collect();
    if symbol.is_empty() {
        currency.to_string()
    } else {
        symbol
    }
}
