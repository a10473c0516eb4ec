//! Days of the week and counting working days, for the SLA's hand-over and qualify-by days.

use serde::{Deserialize, Serialize};

/// A day of the week. The working week is the first `working_days_per_week` days starting
/// Monday (5 → Monday–Friday), the usual office week the seeds assume.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    /// Seed 001: marketing hands leads over "every Monday".
    #[default]
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

const ALL: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

impl Weekday {
    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> u8 {
        self as u8
    }

    /// The day `index` days after Monday, wrapping every week.
    pub fn from_index(index: u64) -> Weekday {
        // `index % 7` is always < 7, so the lookup cannot miss; Monday is a harmless fallback.
        ALL.get((index % 7) as usize).copied().unwrap_or_default()
    }

    /// The next calendar day.
    pub fn next(self) -> Weekday {
        Weekday::from_index(u64::from(self.index()) + 1)
    }

    /// Whether this day is a working day in a week of `working_days` days from Monday
    /// (clamped to 1–7, so a bad value never leaves a week without working days).
    pub fn is_working(self, working_days: u8) -> bool {
        self.index() < working_days.clamp(1, 7)
    }

    /// The day reached after `days` working days, and how many calendar days that takes.
    /// Counting starts the day after `self` (Monday + 2 → Wednesday, seed 001); weekends are
    /// skipped (Friday + 1 → Monday, 3 calendar days). Zero days is `self`, 0 calendar days.
    pub fn add_working_days(self, days: u64, working_days: u8) -> (Weekday, u64) {
        if days == 0 {
            return (self, 0);
        }
        let per_week = u64::from(working_days.clamp(1, 7));
        // Once the first working day is reached, every `per_week` further working days is
        // exactly one calendar week, so only the remainder needs walking (at most 13 steps).
        let whole_weeks = (days - 1) / per_week;
        let mut left = (days - 1) % per_week + 1;
        let mut day = self;
        let mut calendar = whole_weeks.saturating_mul(7);
        while left > 0 {
            day = day.next();
            calendar = calendar.saturating_add(1);
            if day.is_working(working_days) {
                left -= 1;
            }
        }
        (day, calendar)
    }
}
