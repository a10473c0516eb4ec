//! Calendar months and days (`engine::time::calendar`), which no test of the funnel-time group
//! pinned directly (issue 16's mutation run): the Gregorian leap-year rule (every 4th year,
//! not every 100th, yet every 400th), month lengths, month arithmetic across years and at the
//! 1–9999 limits, clamping a day into a shorter month, and the ISO text both ways.
//! Expected values are the calendar's, worked by hand.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::time::calendar::{days_in_month, Date, YearMonth};

fn ym(year: i32, month: u32) -> YearMonth {
    YearMonth::new(year, month).unwrap()
}

fn date(year: i32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).unwrap()
}

#[test]
fn months_have_thirty_or_thirty_one_days_and_february_twenty_eight() {
    let lengths: Vec<u32> = (1..=12).map(|m| days_in_month(2026, m)).collect();
    assert_eq!(lengths, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
}

#[test]
fn february_has_twenty_nine_days_in_gregorian_leap_years() {
    let february = |year| days_in_month(year, 2);
    // Divisible by 4: leap.
    assert_eq!((february(2024), february(4), february(9996)), (29, 29, 29));
    // Not divisible by 4: common.
    assert_eq!((february(2026), february(2023), february(1)), (28, 28, 28));
    // Divisible by 100 but not by 400: common.
    assert_eq!((february(1900), february(2100), february(100)), (28, 28, 28));
    // Divisible by 400: leap.
    assert_eq!((february(2000), february(2400), february(400)), (29, 29, 29));
}

#[test]
fn a_day_exists_only_within_its_month() {
    assert_eq!(Date::new(2024, 2, 29).map(Date::day), Some(29));
    assert_eq!(Date::new(2026, 2, 29), None);
    assert_eq!(Date::new(2026, 4, 30).map(Date::day), Some(30));
    assert_eq!(Date::new(2026, 4, 31), None);
    assert_eq!(Date::new(2026, 1, 31).map(Date::day), Some(31));
    assert_eq!(Date::new(2026, 1, 0), None);
    assert_eq!(Date::new(2026, 13, 1), None);
    assert_eq!(Date::new(2026, 0, 1), None);
    assert_eq!(Date::new(2026, 1, 256), None); // past u8, not wrapped to day 0
    let d = date(2026, 3, 5);
    assert_eq!((d.year_month(), d.day()), (ym(2026, 3), 5));
}

#[test]
fn years_run_from_one_to_nine_thousand_nine_hundred_and_ninety_nine() {
    assert_eq!(YearMonth::new(0, 1), None);
    assert_eq!(YearMonth::new(10_000, 1), None);
    assert_eq!(YearMonth::new(2026, 0), None);
    assert_eq!(YearMonth::new(2026, 13), None);
    assert_eq!(YearMonth::new(2026, 256 + 3), None); // past u8, not wrapped to March
    let first = ym(1, 1);
    let last = ym(9999, 12);
    assert_eq!((first.year(), first.month(), last.year(), last.month()), (1, 1, 9999, 12));
}

#[test]
fn months_since_counts_across_years_and_backwards() {
    // November 2025 → March 2026: December, January, February, March = 4.
    assert_eq!(ym(2026, 3).months_since(ym(2025, 11)), 4);
    assert_eq!(ym(2025, 11).months_since(ym(2026, 3)), -4);
    assert_eq!(ym(2026, 3).months_since(ym(2026, 3)), 0);
    // Ten whole years and two months.
    assert_eq!(ym(2036, 5).months_since(ym(2026, 3)), 122);
}

#[test]
fn plus_moves_across_years_both_ways_and_stops_at_the_limits() {
    assert_eq!(ym(2026, 11).plus(3), Some(ym(2027, 2)));
    assert_eq!(ym(2026, 3).plus(-3), Some(ym(2025, 12)));
    assert_eq!(ym(2026, 1).plus(-1), Some(ym(2025, 12)));
    assert_eq!(ym(2026, 12).plus(1), Some(ym(2027, 1)));
    assert_eq!(ym(2026, 3).plus(0), Some(ym(2026, 3)));
    assert_eq!(ym(2026, 3).plus(-27), Some(ym(2023, 12)));
    assert_eq!(ym(9999, 12).plus(1), None);
    assert_eq!(ym(1, 1).plus(-1), None);
    assert_eq!(ym(1, 1).plus(9999 * 12 - 1), Some(ym(9999, 12)));
}

#[test]
fn plus_months_keeps_the_day_inside_a_shorter_month() {
    assert_eq!(date(2026, 1, 31).plus_months(1), Some(date(2026, 2, 28)));
    assert_eq!(date(2024, 1, 31).plus_months(1), Some(date(2024, 2, 29)));
    assert_eq!(date(2026, 3, 31).plus_months(-1), Some(date(2026, 2, 28)));
    assert_eq!(date(2026, 3, 31).plus_months(1), Some(date(2026, 4, 30)));
    assert_eq!(date(2026, 5, 15).plus_months(12), Some(date(2027, 5, 15)));
    assert_eq!(date(9999, 12, 1).plus_months(1), None);
}

#[test]
fn months_and_days_write_as_padded_iso_text_and_read_back() {
    assert_eq!(String::from(ym(2026, 3)), "2026-03");
    assert_eq!(ym(1, 1).to_string(), "0001-01");
    assert_eq!(String::from(date(2026, 3, 5)), "2026-03-05");
    assert_eq!(date(12, 11, 10).to_string(), "0012-11-10");
    assert_eq!(YearMonth::try_from("2026-03".to_string()), Ok(ym(2026, 3)));
    assert_eq!(YearMonth::try_from("0012-11".to_string()), Ok(ym(12, 11)));
    assert_eq!(Date::try_from("2026-03-05".to_string()), Ok(date(2026, 3, 5)));
    assert_eq!(Date::try_from("2024-02-29".to_string()), Ok(date(2024, 2, 29)));
    // Through serde, as a plan's JSON holds them.
    assert_eq!(serde_json::to_string(&date(2026, 3, 5)).unwrap(), "\"2026-03-05\"");
    assert_eq!(serde_json::from_str::<YearMonth>("\"2026-03\"").unwrap(), ym(2026, 3));
}

#[test]
fn text_that_is_not_a_real_month_or_day_is_refused() {
    for bad in ["2026", "2026-13", "20226-01", "x-01", "2026-x", "0-01"] {
        assert!(YearMonth::try_from(bad.to_string()).is_err(), "{bad}");
    }
    for bad in ["2026-03", "2026-02-29", "2026-04-31", "2026-03-x", "2026-03-05-1", "99999-01-01"] {
        assert!(Date::try_from(bad.to_string()).is_err(), "{bad}");
    }
}
