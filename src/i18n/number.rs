//! Reads numbers the way people type them in each language ("1 234,5", "4,5 %", "10 000 €",
//! "1,234.5", "4.5%") into exact decimals, and writes whole counts of people with each
//! language's digit grouping (percentages, decimals and money's digits: `written`).

use super::Lang;
use crate::engine::decimal::ParseError;
use crate::engine::Decimal;

/// Parses an amount or count typed in `lang`. Currency signs and codes, spaces of any kind
/// and the language's group separator are ignored; the language's decimal mark is honoured.
pub fn parse_number(text: &str, lang: Lang) -> Result<Decimal, ParseError> {
    let compact: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\'' | '€' | '$' | '£'))
        .collect();
    let compact = strip_currency_code(&compact);
    if compact.is_empty() {
        return Err(if text.trim().is_empty() { ParseError::Empty } else { ParseError::NotANumber });
    }
    let (decimal_mark, group_mark) = match lang {
        // A French user pasting "4.5" means 4,5: a lone dot with no comma is a decimal mark,
        // while "1.234.567" stays a grouped number.
        Lang::Fr if !compact.contains(',') && compact.matches('.').count() == 1 => ('.', ','),
        Lang::Fr => (',', '.'),
        Lang::En => ('.', ','),
    };
    let chars: Vec<char> = compact.chars().collect();
    let mut plain = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '0'..='9' => plain.push(c),
            '-' | '\u{2212}' if i == 0 => plain.push('-'),
            '+' if i == 0 => {}
            c if c == decimal_mark => plain.push('.'),
            // A group mark must be followed by exactly three digits, so "4,5" in English is
            // an error rather than a silent 45.
            c if c == group_mark && group_of_three_follows(&chars[i + 1..]) && !plain.contains('.') => {}
            _ => return Err(ParseError::NotANumber),
        }
    }
    plain.parse()
}

fn group_of_three_follows(rest: &[char]) -> bool {
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    digits == 3
}

fn strip_currency_code(text: &str) -> &str {
    for code in ["EUR", "USD", "GBP", "CHF", "CAD"] {
        if let Some(rest) = text.strip_suffix(code).or_else(|| text.strip_prefix(code)) {
            return rest;
        }
    }
    text
}

/// Parses a percentage typed in `lang` ("4,5 %", "4.5%", "4.5") into a fraction (0.045).
pub fn parse_percent(text: &str, lang: Lang) -> Result<Decimal, ParseError> {
    let without_sign = text.trim().trim_end_matches('%').trim_end();
    let percent = parse_number(without_sign, lang)?;
    // Dividing by 100 adds two decimal places; refuse rather than silently truncate.
    let fraction = percent.checked_div(Decimal::HUNDRED).ok_or(ParseError::TooLarge)?;
    match fraction.checked_mul(Decimal::HUNDRED) {
        Some(back) if back == percent => Ok(fraction),
        _ => Err(ParseError::TooPrecise),
    }
}

/// Writes a decimal back as text the user can edit in `lang` (no grouping, local mark).
pub fn edit_text(value: Decimal, lang: Lang) -> String {
    let text = value.to_string();
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// Writes a fraction back as a percentage the user can edit ("4,5").
pub fn edit_percent(fraction: Decimal, lang: Lang) -> String {
    let percent = fraction.checked_mul(Decimal::HUNDRED).unwrap_or(fraction);
    edit_text(percent, lang)
}

/// A whole count grouped by thousands exactly as `Intl.NumberFormat` writes it for the app's
/// two locales: "2 500" (a narrow no-break space, U+202F) in French, "2,500" in English. Written
/// here rather than asked of Intl because a keystroke formats a few hundred counts and each
/// trip to the browser and back costs more than the grouping (checked against Intl in the
/// browser tests, `web_components`).
pub fn whole_count(n: u64, lang: Lang) -> String {
    group_digits(&n.to_string(), lang)
}

/// A run of digits grouped by thousands in `lang`'s style (Intl's fr-FR and en-US separators).
pub fn group_digits(digits: &str, lang: Lang) -> String {
    let separator = match lang {
        Lang::Fr => '\u{202f}',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}
