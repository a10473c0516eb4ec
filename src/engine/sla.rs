//! The marketing–sales service-level agreement: what marketing hands over each week and what
//! sales commits to doing with it (seeds 001, 003, 004).

use super::capacity::{capacity_check, CapacityCheck};
use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use super::followup::{follow_up_schedule, FollowUpSchedule, MAX_ATTEMPTS};
use super::weekday::Weekday;
use serde::{Deserialize, Serialize};

/// What both teams agree to. Counts are `Decimal` so a typed "2.5" attempts is reported as
/// `NotWhole` on its field instead of failing the whole plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlaTerms {
    /// Index of the funnel stage marketing delivers to sales; `None` (what a JSON plan without
    /// it reads as) follows the stage list, see [`default_handover_stage`].
    #[serde(default)]
    pub handover_stage: Option<usize>,
    /// Share of handed-over leads marketing expects to be a good fit, a fraction.
    pub good_fit_share: Decimal,
    pub handover_day: Weekday,
    /// Sales contacts each lead within this many hours of hand-over.
    pub first_contact_hours: Decimal,
    /// Follow-up attempts per lead…
    pub attempts: Decimal,
    /// …spread over this many calendar days.
    pub window_days: Decimal,
    /// Time one attempt takes: call, voicemail, notes.
    pub minutes_per_attempt: Decimal,
    /// Sales qualifies each batch within this many working days of hand-over.
    pub qualify_within_days: Decimal,
    /// Hours per week one full-time rep has for selling work.
    pub selling_hours_per_rep: Decimal,
}

impl Default for SlaTerms {
    /// Stage 2 is the MQL stage of seed 004's default funnel; Monday hand-over qualified by
    /// Wednesday (2 working days) is seed 001; 6 attempts in 14 days is seed 003; first contact
    /// within 24 h is the common inbound rule. 60 % good fit, 15 min per attempt and 20 selling
    /// hours (half of a 40 h week, the rest going to meetings, admin and the CRM) are neutral
    /// starting points for the user to replace.
    fn default() -> SlaTerms {
        SlaTerms {
            handover_stage: Some(2),
            good_fit_share: Decimal::from_parts(6, 1).unwrap_or(Decimal::ONE),
            handover_day: Weekday::Monday,
            first_contact_hours: Decimal::from_int(24),
            attempts: Decimal::from_int(6),
            window_days: Decimal::from_int(14),
            minutes_per_attempt: Decimal::from_int(15),
            qualify_within_days: Decimal::from_int(2),
            selling_hours_per_rep: Decimal::from_int(20),
        }
    }
}

/// Hours in a week: nobody sells more, and no attempt lasts longer than a day.
const HOURS_PER_WEEK: i64 = 168;
const MINUTES_PER_DAY: i64 = 1_440;

impl SlaTerms {
    /// Checks every field on its own; see [`SlaTerms::validate_stage`] for the stage index.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        checks::share(errors, &format!("{prefix}.good_fit_share"), self.good_fit_share);
        checks::whole_in(errors, &format!("{prefix}.first_contact_hours"), self.first_contact_hours, 0, 720);
        checks::whole_in(errors, &format!("{prefix}.attempts"), self.attempts, 1, i64::from(MAX_ATTEMPTS));
        checks::whole_in(errors, &format!("{prefix}.window_days"), self.window_days, 0, 365);
        checks::whole_in(errors, &format!("{prefix}.qualify_within_days"), self.qualify_within_days, 0, 60);
        at_most(errors, &format!("{prefix}.minutes_per_attempt"), self.minutes_per_attempt, MINUTES_PER_DAY);
        at_most(
            errors,
            &format!("{prefix}.selling_hours_per_rep"),
            self.selling_hours_per_rep,
            HOURS_PER_WEEK,
        );
    }

    /// The hand-over stage must exist and not be the last (customer) stage, which has nobody
    /// left to hand over. In simple mode (two stages) only 0, the lead stage, is valid.
    pub fn validate_stage(&self, prefix: &str, stage_count: usize, errors: &mut Errors) {
        let Some(stage) = self.handover_stage else { return };
        if stage + 1 >= stage_count {
            errors.push(format!("{prefix}.handover_stage"), Reason::OutOfRange);
        }
    }
}

/// The hand-over stage when the plan names none: seed 004's MQL (stage 2) when there are at
/// least four stages, otherwise the last stage before the customer (a 3-stage funnel hands
/// over its stage 1, a 2-stage one its lead stage 0).
pub fn default_handover_stage(stage_count: usize) -> usize {
    2.min(stage_count.saturating_sub(2))
}

impl SlaTerms {
    /// The terms a JSON plan without an `sla` part reads as: the defaults, with the hand-over
    /// stage following the stage list.
    pub fn following_stages() -> SlaTerms {
        SlaTerms { handover_stage: None, ..SlaTerms::default() }
    }
}

fn at_most(errors: &mut Errors, path: &str, value: Decimal, max: i64) {
    if checks::non_negative(errors, path, value) && value > max {
        errors.push(path, Reason::OutOfRange);
    }
}

/// Marketing's side: how many leads, when, and how many good fits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarketingCommitment {
    pub handover_day: Weekday,
    pub handover_per_week: u64,
    /// `handover_per_week / reps`, exact; `None` with no reps.
    pub per_rep_exact: Option<Decimal>,
    /// The same rounded up: the batch each rep must be ready for.
    pub per_rep: Option<u64>,
    /// `ceil(handover_per_month / reps)`: what each rep receives in a month (seed 003's
    /// "100 leads a month per rep"); `None` with no reps.
    #[serde(default)]
    pub per_rep_per_month: Option<u64>,
    /// `floor(handover_per_week × good_fit_share)`: marketing promises only whole good fits
    /// (as in the forward funnel, a partial lead does not count).
    pub good_fit_per_week: u64,
}

/// Sales' side: first contact, qualification day, follow-up and whether hours suffice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SalesCommitment {
    pub first_contact_hours: u32,
    /// Hand-over day plus `qualify_within_days` working days (Monday + 2 → Wednesday).
    pub qualify_by: Weekday,
    /// Calendar days from hand-over to `qualify_by` (weekends included).
    pub qualify_by_calendar_days: u64,
    pub follow_up: FollowUpSchedule,
    pub capacity: CapacityCheck,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlaReport {
    pub marketing: MarketingCommitment,
    pub sales: SalesCommitment,
}

/// `ceil(count / reps)`: `Some(None)` with no reps, `None` only past the range of `u64`.
fn per_rep_ceil(count: u64, reps: Decimal) -> Option<Option<u64>> {
    match Decimal::from_count(i128::from(count))?.ceil_div(reps.max(Decimal::ZERO)) {
        Some(n) => Some(Some(u64::try_from(n).ok()?)),
        None => Some(None),
    }
}

/// Whole value of a validated count field; negatives read as 0, huge values saturate.
fn whole_u32(value: Decimal) -> u32 {
    u32::try_from(value.floor().max(0)).unwrap_or(u32::MAX)
}

/// Both sides of the SLA for `handover_per_week` leads (`handover_per_month` at the monthly
/// pace) shared by `reps` (FTE) reps working
/// `working_days_per_week` days from Monday (clamped to 1–7). `None` only if a product leaves
/// the decimal range.
pub fn sla_report(
    terms: &SlaTerms,
    handover_per_week: u64,
    handover_per_month: u64,
    reps: Decimal,
    working_days_per_week: u8,
) -> Option<SlaReport> {
    let volume = Decimal::from_count(i128::from(handover_per_week))?;
    let per_rep_exact = volume.checked_div(reps.max(Decimal::ZERO));
    let per_rep = per_rep_ceil(handover_per_week, reps)?;
    let per_rep_per_month = per_rep_ceil(handover_per_month, reps)?;
    let good_fit = volume.checked_mul(terms.good_fit_share.max(Decimal::ZERO).min(Decimal::ONE))?.floor();
    let attempts = whole_u32(terms.attempts);
    let (qualify_by, qualify_by_calendar_days) = terms
        .handover_day
        .add_working_days(u64::from(whole_u32(terms.qualify_within_days)), working_days_per_week);
    let capacity = capacity_check(
        handover_per_week,
        attempts.min(MAX_ATTEMPTS),
        terms.minutes_per_attempt,
        terms.selling_hours_per_rep,
        reps,
    )?;
    Some(SlaReport {
        marketing: MarketingCommitment {
            handover_day: terms.handover_day,
            handover_per_week,
            per_rep_exact,
            per_rep,
            per_rep_per_month,
            good_fit_per_week: u64::try_from(good_fit).ok()?,
        },
        sales: SalesCommitment {
            first_contact_hours: whole_u32(terms.first_contact_hours),
            qualify_by,
            qualify_by_calendar_days,
            follow_up: follow_up_schedule(attempts, whole_u32(terms.window_days)),
            capacity,
        },
    })
}
