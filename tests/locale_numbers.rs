//! Numbers typed the way people write them, in French and English.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::decimal::ParseError;
use funnel_planner::engine::Decimal;
use funnel_planner::i18n::number::{edit_percent, parse_number, parse_percent};
use funnel_planner::i18n::Lang;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn french_numbers_accept_spaces_commas_and_euro() {
    assert_eq!(parse_number("1 234,5", Lang::Fr), Ok(d("1234.5")));
    assert_eq!(parse_number("1\u{202f}234,5", Lang::Fr), Ok(d("1234.5")));
    assert_eq!(parse_number("10 000 €", Lang::Fr), Ok(d("10000")));
    assert_eq!(parse_number("4.5", Lang::Fr), Ok(d("4.5")));
    assert_eq!(parse_number("1.234.567", Lang::Fr), Ok(d("1234567")));
}

#[test]
fn english_numbers_accept_grouping_commas_and_dollar() {
    assert_eq!(parse_number("1,234.5", Lang::En), Ok(d("1234.5")));
    assert_eq!(parse_number("$10,000", Lang::En), Ok(d("10000")));
    assert_eq!(parse_number("10000 USD", Lang::En), Ok(d("10000")));
}

#[test]
fn misplaced_group_marks_are_errors_not_silent_guesses() {
    assert_eq!(parse_number("4,5", Lang::En), Err(ParseError::NotANumber));
    assert_eq!(parse_number("1,23.4", Lang::En), Err(ParseError::NotANumber));
}

#[test]
fn percent_text_becomes_an_exact_fraction() {
    assert_eq!(parse_percent("4,5 %", Lang::Fr), Ok(d("0.045")));
    assert_eq!(parse_percent("4.5%", Lang::En), Ok(d("0.045")));
    assert_eq!(parse_percent("2", Lang::En), Ok(d("0.02")));
    assert_eq!(edit_percent(d("0.045"), Lang::Fr), "4,5");
}

#[test]
fn empty_and_garbage_are_distinguished() {
    assert_eq!(parse_number("  ", Lang::Fr), Err(ParseError::Empty));
    assert_eq!(parse_number("abc", Lang::En), Err(ParseError::NotANumber));
    assert_eq!(parse_number("1e308", Lang::En), Err(ParseError::NotANumber));
    assert_eq!(parse_number("99999999999999999999", Lang::En), Err(ParseError::TooLarge));
    assert_eq!(parse_number("--5", Lang::En), Err(ParseError::NotANumber));
}

#[test]
fn language_follows_the_first_supported_browser_preference() {
    assert_eq!(Lang::from_preferences(["de-DE", "fr-CA", "en"]), Lang::Fr);
    assert_eq!(Lang::from_preferences(["en-GB", "fr"]), Lang::En);
    assert_eq!(Lang::from_preferences(["de"]), Lang::En);
}

#[test]
fn whole_counts_are_grouped_by_thousands_as_each_language_writes_them() {
    use funnel_planner::i18n::number::whole_count;
    let cases: [(u64, &str, &str); 8] = [
        (0, "0", "0"),
        (7, "7", "7"),
        (999, "999", "999"),
        (1_000, "1\u{202f}000", "1,000"),
        (2_500, "2\u{202f}500", "2,500"),
        (12_345, "12\u{202f}345", "12,345"),
        (1_234_567, "1\u{202f}234\u{202f}567", "1,234,567"),
        (
            u64::MAX,
            "18\u{202f}446\u{202f}744\u{202f}073\u{202f}709\u{202f}551\u{202f}615",
            "18,446,744,073,709,551,615",
        ),
    ];
    for (n, fr, en) in cases {
        assert_eq!(whole_count(n, Lang::Fr), fr, "{n} in French");
        assert_eq!(whole_count(n, Lang::En), en, "{n} in English");
    }
}
