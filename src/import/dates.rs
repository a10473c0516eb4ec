//! Dates as CRM exports write them: `yyyy-mm-dd` always, and `dd/mm/yyyy` or `mm/dd/yyyy` as
//! the user says (the two cannot be told apart on 03/04/2026). A time after the date is
//! ignored; two-digit years are refused rather than guessed.

use crate::engine::time::calendar::Date;

/// How a date with the year last is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// `dd/mm/yyyy` (France, most of Europe).
    #[default]
    DayFirst,
    /// `mm/dd/yyyy` (United States).
    MonthFirst,
}

/// Why a date cell was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    /// Not a date in an accepted layout (including two-digit years).
    Unreadable,
    /// A date in the right layout that does not exist (31/04, 29/02/2026, month 13).
    NoSuchDay,
}

/// Reads `text` (`2026-03-05`, `05/03/2026`, `5.3.2026`, `05-03-2026 14:22`, `2026-03-05T14:22Z`).
pub fn parse_date(text: &str, order: DateOrder) -> Result<Date, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let day_part = text.split([' ', 'T']).next().unwrap_or(text);
    let parts: Vec<&str> = day_part.split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else { return Err(DateError::Unreadable) };
    let number = |s: &str, digits: std::ops::RangeInclusive<usize>| {
        if digits.contains(&s.len()) && s.chars().all(|ch| ch.is_ascii_digit()) {
            s.parse::<u32>().ok()
        } else {
            None
        }
    };
    let (year, month, day) = if a.len() == 4 {
        (number(a, 4..=4), number(b, 1..=2), number(c, 1..=2))
    } else {
        let (first, second, year) = (number(a, 1..=2), number(b, 1..=2), number(c, 4..=4));
        match order {
            DateOrder::DayFirst => (year, second, first),
            DateOrder::MonthFirst => (year, first, second),
        }
    };
    let (Some(year), Some(month), Some(day)) = (year, month, day) else { return Err(DateError::Unreadable) };
    let year = i32::try_from(year).map_err(|_| DateError::Unreadable)?;
    Date::new(year, month, day).ok_or(DateError::NoSuchDay)
}
