//! SLA rules: seed 001's Monday → Wednesday, seed 003's 6 attempts in two weeks, capacity.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::capacity::{capacity_check, CapacityVerdict};
use funnel_planner::engine::error::Errors;
use funnel_planner::engine::followup::follow_up_schedule;
use funnel_planner::engine::sla::{sla_report, SlaTerms};
use funnel_planner::engine::weekday::Weekday;
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn seed_001_monday_handover_is_qualified_by_wednesday() {
    let r = sla_report(&SlaTerms::default(), 50, 50 * 4, d("2"), 5).unwrap();
    assert_eq!(r.marketing.handover_day, Weekday::Monday);
    assert_eq!(r.sales.qualify_by, Weekday::Wednesday);
    assert_eq!(r.sales.qualify_by_calendar_days, 2);
    assert_eq!(r.sales.first_contact_hours, 24);
}

#[test]
fn seed_003_a_rep_receives_a_hundred_leads_a_month() {
    // Two reps sharing 200 hand-overs a month: 100 each, as seed 003's example says.
    let r = sla_report(&SlaTerms::default(), 47, 200, d("2"), 5).unwrap();
    assert_eq!(r.marketing.per_rep_per_month, Some(100));
    // Three reps: 66.67 each, rounded up so no rep is promised less than their share.
    let r = sla_report(&SlaTerms::default(), 47, 200, d("3"), 5).unwrap();
    assert_eq!(r.marketing.per_rep_per_month, Some(67));
}

#[test]
fn seed_001_fifty_leads_split_between_reps_and_good_fits_round_down() {
    let r = sla_report(&SlaTerms::default(), 50, 50 * 4, d("3"), 5).unwrap();
    assert_eq!(r.marketing.handover_per_week, 50);
    assert_eq!(r.marketing.per_rep_exact, Some(d("16.666666666")));
    assert_eq!(r.marketing.per_rep, Some(17));
    assert_eq!(r.marketing.good_fit_per_week, 30);
    let terms = SlaTerms { good_fit_share: d("0.55"), ..SlaTerms::default() };
    assert_eq!(sla_report(&terms, 51, 51 * 4, d("3"), 5).unwrap().marketing.good_fit_per_week, 28);
}

#[test]
fn qualify_by_skips_the_weekend_in_working_days() {
    assert_eq!(Weekday::Friday.add_working_days(1, 5), (Weekday::Monday, 3));
    assert_eq!(Weekday::Monday.add_working_days(5, 5), (Weekday::Monday, 7));
    assert_eq!(Weekday::Saturday.add_working_days(6, 5), (Weekday::Monday, 9));
    assert_eq!(Weekday::Thursday.add_working_days(0, 5), (Weekday::Thursday, 0));
    assert_eq!(Weekday::Friday.add_working_days(1, 6), (Weekday::Saturday, 1));
    assert_eq!(Weekday::Sunday.add_working_days(1, 0), (Weekday::Monday, 1));
}

#[test]
fn seed_003_six_calls_in_two_weeks_fall_on_days_0_3_6_8_11_14() {
    let s = follow_up_schedule(6, 14);
    assert_eq!(s.day_offsets, [0, 3, 6, 8, 11, 14]);
    assert_eq!(SlaTerms::default().attempts, Decimal::from_int(6));
    let r = sla_report(&SlaTerms::default(), 50, 50 * 4, d("2"), 5).unwrap();
    assert_eq!(r.sales.follow_up.day_offsets, [0, 3, 6, 8, 11, 14]);
}

#[test]
fn schedule_edge_cases_one_attempt_zero_window_and_more_attempts_than_days() {
    assert_eq!(follow_up_schedule(0, 14).day_offsets, Vec::<u32>::new());
    assert_eq!(follow_up_schedule(1, 14).day_offsets, [0]);
    assert_eq!(follow_up_schedule(2, 14).day_offsets, [0, 14]);
    assert_eq!(follow_up_schedule(3, 0).day_offsets, [0, 0, 0]);
    assert_eq!(follow_up_schedule(4, 2).day_offsets, [0, 1, 1, 2]);
    assert_eq!(follow_up_schedule(5, 2).day_offsets, [0, 1, 1, 2, 2]);
    assert_eq!(follow_up_schedule(1000, 7).day_offsets.len(), 100);
}

#[test]
fn followup_hours_exceed_capacity_when_team_has_fewer_hours_than_attempts_need() {
    // 50 leads × 6 attempts × 15 min = 75 h a week; 2 reps × 20 h = 40 h.
    let c = sla_report(&SlaTerms::default(), 50, 50 * 4, d("2"), 5).unwrap().sales.capacity;
    assert_eq!(c.hours_needed_total, d("75"));
    assert_eq!(c.hours_needed_per_rep, Some(d("37.5")));
    assert_eq!(c.hours_available_total, d("40"));
    assert_eq!(c.verdict, CapacityVerdict::Short);
    assert_eq!(c.hours_missing_total, d("35"));
    assert_eq!(c.hours_missing_per_rep, Some(d("17.5")));
    assert_eq!(c.reps_needed, Some(4));
    assert_eq!(c.reps_missing, Some(d("2")));
}

#[test]
fn capacity_is_enough_at_exactly_the_hours_needed_and_short_just_below() {
    let at = capacity_check(50, 6, d("15"), d("20"), d("3.75")).unwrap();
    assert_eq!(at.verdict, CapacityVerdict::Enough);
    assert_eq!(at.hours_missing_total, Decimal::ZERO);
    assert_eq!(at.hours_missing_per_rep, Some(Decimal::ZERO));
    assert_eq!(at.reps_missing, Some(Decimal::ZERO));
    let below = capacity_check(50, 6, d("15"), d("20"), d("3.7")).unwrap();
    assert_eq!(below.verdict, CapacityVerdict::Short);
    assert_eq!(below.hours_missing_total, d("1"));
    assert_eq!(below.reps_missing, Some(d("0.3")));
    let above = capacity_check(50, 6, d("15"), d("20"), d("4")).unwrap();
    assert_eq!(above.verdict, CapacityVerdict::Enough);
    assert_eq!(above.reps_needed, Some(4));
}

#[test]
fn zero_reps_is_short_with_every_hour_missing_and_no_per_rep_figures() {
    let r = sla_report(&SlaTerms::default(), 50, 50 * 4, Decimal::ZERO, 5).unwrap();
    assert_eq!(r.marketing.per_rep, None);
    assert_eq!(r.marketing.per_rep_exact, None);
    assert_eq!(r.marketing.per_rep_per_month, None);
    let c = r.sales.capacity;
    assert_eq!(c.verdict, CapacityVerdict::Short);
    assert_eq!(c.hours_missing_total, d("75"));
    assert_eq!(c.hours_needed_per_rep, None);
    assert_eq!(c.hours_missing_per_rep, None);
    assert_eq!(c.reps_missing, Some(d("4")));
}

#[test]
fn no_leads_and_no_reps_needs_nothing() {
    let c = capacity_check(0, 6, d("15"), d("20"), Decimal::ZERO).unwrap();
    assert_eq!(c.verdict, CapacityVerdict::Enough);
    assert_eq!(c.reps_needed, Some(0));
    assert_eq!(c.reps_missing, Some(Decimal::ZERO));
}

#[test]
fn reps_without_selling_hours_cannot_be_counted() {
    let c = capacity_check(10, 6, d("15"), Decimal::ZERO, d("2")).unwrap();
    assert_eq!(c.verdict, CapacityVerdict::Short);
    assert_eq!(c.reps_needed, None);
    assert_eq!(c.reps_missing, None);
}

#[test]
fn every_bad_sla_field_is_reported_with_its_path() {
    let terms = SlaTerms {
        handover_stage: Some(5),
        good_fit_share: d("1.5"),
        first_contact_hours: d("-1"),
        attempts: d("2.5"),
        window_days: d("400"),
        minutes_per_attempt: d("2000"),
        qualify_within_days: d("61"),
        selling_hours_per_rep: d("-3"),
        ..SlaTerms::default()
    };
    let mut errors = Errors::default();
    terms.validate("sla", &mut errors);
    terms.validate_stage("sla", 6, &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [
            ("sla.good_fit_share", Reason::AboveHundredPercent),
            ("sla.first_contact_hours", Reason::OutOfRange),
            ("sla.attempts", Reason::NotWhole),
            ("sla.window_days", Reason::OutOfRange),
            ("sla.qualify_within_days", Reason::OutOfRange),
            ("sla.minutes_per_attempt", Reason::OutOfRange),
            ("sla.selling_hours_per_rep", Reason::Negative),
            ("sla.handover_stage", Reason::OutOfRange),
        ]
    );
}

#[test]
fn default_terms_are_valid_and_handover_stage_fits_the_funnel() {
    let mut errors = Errors::default();
    SlaTerms::default().validate("sla", &mut errors);
    SlaTerms::default().validate_stage("sla", 6, &mut errors);
    assert!(errors.is_empty());
    SlaTerms::default().validate_stage("sla", 2, &mut errors);
    assert_eq!(errors.0.len(), 1);
    let simple = SlaTerms { handover_stage: Some(0), ..SlaTerms::default() };
    let mut errors = Errors::default();
    simple.validate_stage("sla", 2, &mut errors);
    assert!(errors.is_empty());
}

#[test]
fn sla_terms_read_from_partial_json_with_snake_case_days() {
    let terms: SlaTerms = serde_json::from_str(r#"{"handover_day":"wednesday","attempts":"8"}"#).unwrap();
    assert_eq!(terms.handover_day, Weekday::Wednesday);
    assert_eq!(terms.attempts, Decimal::from_int(8));
    assert_eq!(terms.window_days, Decimal::from_int(14));
    let back: SlaTerms = serde_json::from_str(&serde_json::to_string(&terms).unwrap()).unwrap();
    assert_eq!(back, terms);
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=9).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap())
}

proptest! {
    #[test]
    fn schedule_offsets_increase_strictly_within_the_window(k in 1u32..=100, d in 0u32..=365) {
        let s = follow_up_schedule(k, d);
        prop_assert_eq!(s.day_offsets.len(), k as usize);
        prop_assert_eq!(s.day_offsets[0], 0);
        if k >= 2 {
            prop_assert_eq!(*s.day_offsets.last().unwrap(), d);
        }
        for w in s.day_offsets.windows(2) {
            if k <= d + 1 {
                prop_assert!(w[0] < w[1]);
            } else {
                prop_assert!(w[0] <= w[1]);
            }
        }
        prop_assert!(s.day_offsets.iter().all(|o| *o <= d));
    }

    #[test]
    fn working_days_match_a_day_by_day_walk(start in 0u64..7, days in 0u64..200, wd in 0u8..=9) {
        let from = Weekday::from_index(start);
        let (mut day, mut cal, mut left) = (from, 0u64, days);
        while left > 0 {
            day = day.next();
            cal += 1;
            if day.is_working(wd) { left -= 1; }
        }
        prop_assert_eq!(from.add_working_days(days, wd), (day, cal));
    }

    #[test]
    fn more_reps_never_turn_enough_into_short(
        leads in 0u64..100_000, k in 0u32..=100, reps in 0i64..10_000, extra in 0i64..10_000,
    ) {
        let few = capacity_check(leads, k, Decimal::from_int(15), Decimal::from_int(20),
            Decimal::from_int(reps)).unwrap();
        let more = capacity_check(leads, k, Decimal::from_int(15), Decimal::from_int(20),
            Decimal::from_int(reps + extra)).unwrap();
        if few.verdict == CapacityVerdict::Enough {
            prop_assert_eq!(more.verdict, CapacityVerdict::Enough);
        }
        prop_assert!(more.hours_missing_total <= few.hours_missing_total);
    }

    #[test]
    fn sla_report_shares_and_rounds_as_promised_on_any_input(
        leads in any::<u64>(), reps in decimal(), wd in any::<u8>(), share in decimal(),
        hours in decimal(), k in decimal(), window in decimal(), minutes in decimal(),
        qualify in decimal(), selling in decimal(), day in 0u64..7, stage in 0usize..8,
    ) {
        let terms = SlaTerms {
            handover_stage: Some(stage), good_fit_share: share, handover_day: Weekday::from_index(day),
            first_contact_hours: hours, attempts: k, window_days: window,
            minutes_per_attempt: minutes, qualify_within_days: qualify, selling_hours_per_rep: selling,
        };
        let mut errors = Errors::default();
        terms.validate("sla", &mut errors);
        let report = sla_report(&terms, leads, leads.saturating_mul(4), reps, wd);
        // With a rep or more, every per-rep figure fits in u64.
        if errors.is_empty() && reps >= 1 {
            prop_assert!(report.is_some(), "{:?}", terms);
        }
        let Some(r) = report else { return Ok(()) };
        let m = &r.marketing;
        prop_assert_eq!(m.handover_per_week, leads);
        // Whole good fits: floor(leads × share), the share clamped to [0, 1], in exact integers.
        let share = share.units().clamp(0, 1_000_000_000);
        prop_assert_eq!(u128::from(m.good_fit_per_week), u128::from(leads) * share as u128 / 1_000_000_000);
        if reps.is_positive() {
            // ceil(leads / reps) = ceil(leads × 10^9 / reps_units).
            let (n, q) = (i128::from(leads) * 1_000_000_000, reps.units());
            prop_assert_eq!(m.per_rep.map(i128::from), Some((n + q - 1) / q));
        } else {
            prop_assert_eq!((m.per_rep, m.per_rep_per_month), (None, None));
        }
        prop_assert!(r.sales.follow_up.day_offsets.len() <= 100);
    }
}
