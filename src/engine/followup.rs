//! The follow-up schedule: on which days after first contact sales makes each attempt.

use serde::{Deserialize, Serialize};

/// Attempts spread over a window, as calendar-day offsets from the first attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowUpSchedule {
    pub attempts: u32,
    pub window_days: u32,
    /// Day of each attempt, first attempt at 0. Non-decreasing; strictly increasing whenever
    /// `attempts ≤ window_days + 1`, otherwise some days carry more than one attempt.
    pub day_offsets: Vec<u32>,
}

/// Largest number of attempts the schedule lists; keeps every report small.
pub const MAX_ATTEMPTS: u32 = 100;

/// Spreads `attempts` evenly over `window_days`: attempt `i` of `K` falls on
/// `round(i × D / (K − 1))`, rounding halves up, computed in whole numbers. The first attempt
/// is day 0 and, when `K ≥ 2`, the last is day `D` (seed 003: 6 calls in two weeks →
/// 0, 3, 6, 8, 11, 14). One attempt is day 0 only; zero attempts is an empty list.
/// `attempts` above [`MAX_ATTEMPTS`] is capped.
pub fn follow_up_schedule(attempts: u32, window_days: u32) -> FollowUpSchedule {
    let k = attempts.min(MAX_ATTEMPTS);
    let day_offsets = match k {
        0 => Vec::new(),
        1 => vec![0],
        _ => {
            let gaps = u64::from(k - 1);
            let d = u64::from(window_days);
            // round(i·D/gaps) = floor((2·i·D + gaps) / (2·gaps)); all terms fit in u64 since
            // i ≤ 99 and D ≤ u32::MAX. The result is ≤ D, so it fits back in u32.
            (0..u64::from(k)).map(|i| ((2 * i * d + gaps) / (2 * gaps)).min(d) as u32).collect()
        }
    };
    FollowUpSchedule { attempts: k, window_days, day_offsets }
}
