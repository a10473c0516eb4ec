//! Number output through the browser's `Intl.NumberFormat` (whole counts apart, grouped in
//! Rust): no locale tables in the wasm.
//! Decimals are passed as strings, which Intl formats exactly.

use crate::engine::Decimal;
use crate::i18n::Lang;
use js_sys::{Array, Function, Intl, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// Intl formatters by language and options. Building an `Intl.NumberFormat` costs far more
    /// than using one (the first one per locale loads its data), and a screen formats hundreds
    /// of numbers per keystroke. A cache of immutable browser objects, not app state. A few
    /// dozen entries at most, so a list searched in order (a hash map cost ~5 KB of wasm).
    static FORMATTERS: RefCell<Vec<(String, Function)>> = const { RefCell::new(Vec::new()) };
}

/// An option's value: text or a small whole number (a digit count).
#[derive(Clone, Copy)]
enum Opt<'a> {
    Text(&'a str),
    Digits(u32),
}

/// The cache key: language tag and options, e.g. `en-US|style=currency|currency=EUR|...`,
/// built from Rust values, so a formatter already made costs no call into JS but its own.
fn cache_key(lang: Lang, options: &[(&str, Opt)]) -> String {
    let mut key = String::from(lang.tag());
    for (name, value) in options {
        key.push('|');
        key.push_str(name);
        key.push('=');
        match value {
            Opt::Text(text) => key.push_str(text),
            Opt::Digits(n) => key.push_str(&n.to_string()),
        }
    }
    key
}

fn formatter(lang: Lang, options: &[(&str, Opt)]) -> Function {
    let key = cache_key(lang, options);
    let found =
        FORMATTERS.with(|cache| cache.borrow().iter().find(|(k, _)| *k == key).map(|(_, f)| f.clone()));
    if let Some(found) = found {
        return found;
    }
    let opts = Object::new();
    for (key, val) in options {
        let val = match val {
            Opt::Text(text) => JsValue::from_str(text),
            Opt::Digits(n) => JsValue::from(*n),
        };
        let _ = Reflect::set(&opts, &JsValue::from_str(key), &val);
    }
    let locales = Array::of1(&JsValue::from_str(lang.tag()));
    let format: Function = Intl::NumberFormat::new(&locales, &opts).format();
    FORMATTERS.with(|cache| cache.borrow_mut().push((key, format.clone())));
    format
}

fn format_with(lang: Lang, options: &[(&str, Opt)], value: &str) -> String {
    formatter(lang, options)
        .call1(&JsValue::NULL, &JsValue::from_str(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| value.to_string())
}

/// A whole count of people: "2 500" / "2,500" (grouped in Rust, the same text as Intl's:
/// `crate::i18n::number::whole_count`).
pub fn count(n: u64, lang: Lang) -> String {
    crate::i18n::number::whole_count(n, lang)
}

/// Money to the cent (cents hidden when zero): "100 000 €" / "$100,000".
pub fn money(value: Decimal, lang: Lang, currency: &str) -> String {
    let cents = value.round_to(2);
    let fraction = if cents.round_to(0) == cents { 0 } else { 2 };
    format_with(
        lang,
        &[
            ("style", Opt::Text("currency")),
            ("currency", Opt::Text(currency)),
            ("minimumFractionDigits", Opt::Digits(fraction)),
            ("maximumFractionDigits", Opt::Digits(fraction)),
        ],
        &cents.to_string(),
    )
}

/// A fraction as a percentage: 0.045 → "4,5 %" / "4.5%".
pub fn percent(fraction: Decimal, lang: Lang) -> String {
    format_with(
        lang,
        &[("style", Opt::Text("percent")), ("maximumFractionDigits", Opt::Digits(2))],
        &fraction.to_string(),
    )
}

/// A plain number with at most `places` decimals: "2,5" / "2.5".
pub fn decimal(value: Decimal, lang: Lang, places: u32) -> String {
    format_with(lang, &[("maximumFractionDigits", Opt::Digits(places))], &value.round_to(places).to_string())
}

thread_local! {
    /// The last symbol asked for: every money field asks at every render, for the same one.
    static SYMBOL: RefCell<Option<(Lang, String, String)>> = const { RefCell::new(None) };
}

/// The symbol Intl uses for `currency` in `lang` ("€", "$", "CHF").
pub fn currency_symbol(currency: &str, lang: Lang) -> String {
    let known = SYMBOL.with(|last| match &*last.borrow() {
        Some((l, c, symbol)) if *l == lang && c == currency => Some(symbol.clone()),
        _ => None,
    });
    if let Some(symbol) = known {
        return symbol;
    }
    let symbol = symbol_from_intl(currency, lang);
    SYMBOL.with(|last| *last.borrow_mut() = Some((lang, currency.to_string(), symbol.clone())));
    symbol
}

fn symbol_from_intl(currency: &str, lang: Lang) -> String {
    let zero = money(Decimal::ZERO, lang, currency);
    let symbol: String = zero
        .chars()
        .filter(|c| {
            !c.is_ascii_digit() && !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '.' | ',')
        })
        .collect();
    if symbol.is_empty() {
        currency.to_string()
    } else {
        symbol
    }
}
