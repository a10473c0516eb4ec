//! Calendar months and days (proleptic Gregorian) for recorded actuals, imports and the
//! agreement's dates. Checked on construction and written as ISO text ("2026-03",
//! "2026-03-05") so a plan's JSON stays readable and its link compact.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Years accepted: four digits, so every date writes as `yyyy` and a typo such as "20226" is
/// refused instead of planned.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// One calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct YearMonth {
    year: i32,
    month: u8,
}

impl YearMonth {
    /// `None` outside years 1–9999 or months 1–12.
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        YEARS.contains(&year).then_some(YearMonth { year, month })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 (January) to 12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// Months from `start` to `self`: 0 for the same month, negative before it.
    pub fn months_since(self, start: YearMonth) -> i64 {
        (i64::from(self.year) - i64::from(start.year)) * 12 + i64::from(self.month) - i64::from(start.month)
    }

    /// The month `months` later (earlier when negative); `None` outside years 1–9999.
    pub fn plus(self, months: i64) -> Option<YearMonth> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        YearMonth::new(
            i32::try_from(index.div_euclid(12)).ok()?,
            u32::try_from(index.rem_euclid(12) + 1).ok()?,
        )
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl From<YearMonth> for String {
    fn from(value: YearMonth) -> String {
        value.to_string()
    }
}

impl TryFrom<String> for YearMonth {
    type Error = String;
    fn try_from(text: String) -> Result<YearMonth, String> {
        let (y, m) = text.split_once('-').ok_or_else(|| format!("not a yyyy-mm month: {text}"))?;
        let year = y.parse().map_err(|_| format!("bad year: {text}"))?;
        let month = m.parse().map_err(|_| format!("bad month: {text}"))?;
        YearMonth::new(year, month).ok_or_else(|| format!("no such month: {text}"))
    }
}

/// One calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Days in `month` of `year` (February has 29 in leap years).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// `None` unless the day exists (31 April and 29 February 2026 do not).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ym = YearMonth::new(year, month)?;
        let day =
            u8::try_from(day).ok().filter(|d| *d >= 1 && u32::from(*d) <= days_in_month(year, month))?;
        Some(Date { year: ym.year, month: ym.month, day })
    }

    pub fn year_month(self) -> YearMonth {
        YearMonth { year: self.year, month: self.month }
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The same day `months` later, kept inside shorter months (31 January + 1 month is
    /// 28 or 29 February): a monthly review never skips a month.
    pub fn plus_months(self, months: i64) -> Option<Date> {
        let ym = self.year_month().plus(months)?;
        let day = self.day().min(days_in_month(ym.year(), ym.month()));
        Date::new(ym.year(), ym.month(), day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl From<Date> for String {
    fn from(value: Date) -> String {
        value.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(text: String) -> Result<Date, String> {
        let mut parts = text.splitn(3, '-').map(str::parse::<u32>);
        match (parts.next(), parts.next(), parts.next()) {
            (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) => i32::try_from(y)
                .ok()
                .and_then(|y| Date::new(y, m, d))
                .ok_or_else(|| format!("no such day: {text}")),
            _ => Err(format!("not a yyyy-mm-dd date: {text}")),
        }
    }
}
