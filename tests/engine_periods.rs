//! Exact splitting of totals over the horizon: largest remainder, seasonality, headlines.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::time::allocation::{allocate, allocate_evenly};
use funnel_planner::engine::time::periods::{breakdown, Horizon, PeriodSettings};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn ints(values: &[i64]) -> Vec<Decimal> {
    values.iter().map(|v| Decimal::from_int(*v)).collect()
}

fn seasonal(horizon: Horizon, weights: &[i64]) -> PeriodSettings {
    PeriodSettings { horizon, seasonality: Some(ints(weights)), ..PeriodSettings::default() }
}

fn errors_of(settings: &PeriodSettings) -> Vec<(String, Reason)> {
    let mut errors = Errors::default();
    settings.validate("calendar", &mut errors);
    errors.0.into_iter().map(|e| (e.path, e.reason)).collect()
}

#[test]
fn seed_003_2500_leads_a_year_is_209_a_month_and_49_a_week() {
    let b = breakdown(2_500, &PeriodSettings::default()).unwrap();
    // Quarters first (625 each), then each quarter's months (209 + 208 + 208).
    assert_eq!(b.months.parts, [209, 208, 208, 209, 208, 208, 209, 208, 208, 209, 208, 208]);
    assert_eq!((b.months.pace, b.months.peak), (209, 209));
    assert_eq!(b.quarters.parts, [625, 625, 625, 625]);
    assert_eq!(b.weeks.parts.len(), 52);
    assert_eq!(b.weeks.parts[..5], [49, 49, 49, 49, 48]);
    assert_eq!((b.weeks.pace, b.weeks.peak), (49, 49));
    assert_eq!(b.working_days.parts.len(), 260);
    assert_eq!(b.working_days.parts.iter().filter(|&&d| d == 10).count(), 160);
    assert_eq!(b.working_days.pace, 10);
}

#[test]
fn largest_remainder_gives_leftover_units_to_largest_remainders_then_earliest() {
    // Shares 3.5, 3.5, 3: one unit left, the tie goes to the earlier part.
    assert_eq!(allocate(10, &ints(&[7, 7, 6])).unwrap(), [4, 3, 3]);
    // Shares 1.2, 2.4, 3.6, 2.8: two units left go to the remainders .8 and .6.
    assert_eq!(allocate(10, &ints(&[3, 6, 9, 7])).unwrap(), [1, 2, 4, 3]);
    assert_eq!(allocate_evenly(7, 3).unwrap(), [3, 2, 2]);
    assert_eq!(allocate(0, &ints(&[1, 2])).unwrap(), [0, 0]);
}

#[test]
fn allocation_rejects_empty_zero_or_negative_weights() {
    assert_eq!(allocate(5, &[]), None);
    assert_eq!(allocate(5, &ints(&[0, 0])), None);
    assert_eq!(allocate(5, &ints(&[1, -1])), None);
}

#[test]
fn seasonality_with_august_off_puts_nothing_in_august_or_its_full_weeks() {
    let b = breakdown(1_100, &seasonal(Horizon::Year, &[1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1])).unwrap();
    assert_eq!(b.months.parts, [100, 100, 100, 100, 100, 100, 100, 0, 100, 100, 100, 100]);
    assert_eq!(b.weeks.parts[31..34], [0, 0, 0]);
    // Week 31 (index 30) is one third July, two thirds August.
    assert!(b.weeks.parts[30] < b.weeks.parts[29]);
    assert_eq!(b.weeks.parts.iter().sum::<u64>(), 1_100);
}

#[test]
fn busy_months_raise_the_peak_above_the_pace() {
    let b = breakdown(1_400, &seasonal(Horizon::Year, &[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2])).unwrap();
    assert_eq!(b.months.parts[10..], [200, 200]);
    assert_eq!((b.months.pace, b.months.peak), (117, 200));
}

#[test]
fn quarter_horizon_uses_three_months_thirteen_weeks_and_first_weights() {
    let b = breakdown(400, &seasonal(Horizon::Quarter, &[2, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9])).unwrap();
    assert_eq!(b.months.parts, [200, 100, 100]);
    assert_eq!(b.quarters.parts, [400]);
    assert_eq!(b.weeks.parts.len(), 13);
    assert_eq!(b.working_days.parts.len(), 65);
}

#[test]
fn month_horizon_is_four_weeks_and_no_quarter() {
    let settings = PeriodSettings {
        horizon: Horizon::Month,
        working_days_per_week: Decimal::from_int(6),
        ..PeriodSettings::default()
    };
    let b = breakdown(100, &settings).unwrap();
    assert_eq!(b.months.parts, [100]);
    assert!(b.quarters.parts.is_empty());
    assert_eq!(b.quarters.pace, 0);
    assert_eq!(b.weeks.parts, [25, 25, 25, 25]);
    assert_eq!(b.working_days.parts.len(), 24);
    assert_eq!(b.working_days.pace, 5);
}

#[test]
fn working_days_outside_one_to_seven_or_fractional_are_reported() {
    for (days, reason) in [("0", Reason::OutOfRange), ("8", Reason::OutOfRange), ("5.5", Reason::NotWhole)] {
        let s = PeriodSettings { working_days_per_week: days.parse().unwrap(), ..PeriodSettings::default() };
        assert_eq!(errors_of(&s), [("calendar.working_days_per_week".to_string(), reason)]);
    }
}

#[test]
fn seasonality_needs_twelve_non_negative_weights_not_all_zero_in_the_horizon() {
    let path = |p: &str| p.to_string();
    assert_eq!(
        errors_of(&seasonal(Horizon::Year, &[1; 11])),
        [(path("calendar.seasonality"), Reason::TooFew)]
    );
    assert_eq!(
        errors_of(&seasonal(Horizon::Year, &[1; 13])),
        [(path("calendar.seasonality"), Reason::TooMany)]
    );
    let mut negative = [1; 12];
    negative[3] = -2;
    assert_eq!(
        errors_of(&seasonal(Horizon::Year, &negative)),
        [(path("calendar.seasonality.3"), Reason::Negative)]
    );
    assert_eq!(
        errors_of(&seasonal(Horizon::Year, &[0; 12])),
        [(path("calendar.seasonality"), Reason::MustBePositive)]
    );
    let quiet_quarter = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    assert!(errors_of(&seasonal(Horizon::Year, &quiet_quarter)).is_empty());
    assert_eq!(
        errors_of(&seasonal(Horizon::Quarter, &quiet_quarter)),
        [(path("calendar.seasonality"), Reason::MustBePositive)]
    );
    assert_eq!(breakdown(10, &seasonal(Horizon::Quarter, &quiet_quarter)), None);
}

#[test]
fn horizon_serialises_in_snake_case_and_defaults_to_year() {
    let s: PeriodSettings = serde_json::from_str(r#"{"horizon": "quarter"}"#).unwrap();
    assert_eq!(s.horizon, Horizon::Quarter);
    assert_eq!(s.working_days_per_week, Decimal::from_int(5));
    assert_eq!(PeriodSettings::default().horizon, Horizon::Year);
}

fn horizon() -> impl Strategy<Value = Horizon> {
    prop_oneof![Just(Horizon::Year), Just(Horizon::Quarter), Just(Horizon::Month)]
}

proptest! {
    #[test]
    fn allocation_sums_to_total_and_each_part_is_within_one_of_its_share(
        total in 0u64..1_000_000_000_000, weights in prop::collection::vec(0i64..1_000_000, 1..40),
    ) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let decimals: Vec<Decimal> = weights.iter().map(|w| Decimal::from_parts(*w, 3).unwrap()).collect();
        let parts = allocate(total, &decimals).unwrap();
        prop_assert_eq!(parts.iter().sum::<u64>(), total);
        let sum: i128 = weights.iter().map(|w| i128::from(*w)).sum();
        for (part, w) in parts.iter().zip(&weights) {
            // |part − total × w / sum| < 1, in integers.
            let diff = i128::from(*part) * sum - i128::from(total) * i128::from(*w);
            prop_assert!(diff.abs() < sum);
        }
    }

    #[test]
    fn even_allocation_never_shrinks_a_part_when_the_total_grows(total in 0u64..1_000_000, count in 1usize..400) {
        let a = allocate_evenly(total, count).unwrap();
        let b = allocate_evenly(total + 1, count).unwrap();
        prop_assert!(a.iter().zip(&b).all(|(x, y)| y >= x));
    }

    #[test]
    fn every_breakdown_sums_to_the_total(
        total in 0u64..10_000_000_000, horizon in horizon(), days in 1i64..=7,
        weights in prop::option::of(prop::collection::vec(1i64..100, 12)),
    ) {
        let settings = PeriodSettings {
            horizon,
            working_days_per_week: Decimal::from_int(days),
            seasonality: weights.map(|w| ints(&w)),
        };
        let b = breakdown(total, &settings).unwrap();
        for split in [&b.months, &b.weeks, &b.working_days] {
            prop_assert_eq!(split.parts.iter().sum::<u64>(), total);
            prop_assert!(split.peak >= split.pace);
        }
        prop_assert_eq!(b.weeks.parts.len(), horizon.weeks());
        prop_assert_eq!(b.working_days.parts.len(), horizon.weeks() * days as usize);
        if horizon != Horizon::Month {
            prop_assert_eq!(b.quarters.parts.iter().sum::<u64>(), total);
        }
    }

    #[test]
    fn arbitrary_settings_split_exactly_or_fail_validation(
        total in any::<u64>(), days in any::<i64>(), horizon in horizon(),
        weights in prop::option::of(prop::collection::vec(any::<i64>(), 0..20)),
    ) {
        let settings = PeriodSettings {
            horizon,
            working_days_per_week: Decimal::from_int(days),
            seasonality: weights.map(|w| ints(&w)),
        };
        let mut errors = Errors::default();
        settings.validate("c", &mut errors);
        let result = breakdown(total, &settings);
        if errors.is_empty() {
            prop_assert!(result.is_some(), "{:?}", settings);
        }
        if let Some(b) = result {
            prop_assert_eq!(b.total, total);
            for split in [&b.months, &b.weeks, &b.working_days] {
                prop_assert_eq!(split.parts.iter().map(|p| u128::from(*p)).sum::<u128>(), u128::from(total));
            }
            prop_assert_eq!(b.months.parts.len(), horizon.months());
            prop_assert_eq!(b.weeks.parts.len(), horizon.weeks());
            prop_assert_eq!(b.working_days.parts.len(), horizon.weeks() * days.clamp(1, 7) as usize);
        }
    }
}
