//! Horizon and calendar settings where the funnel-time mutation run (issue 16) found nothing
//! pinned: `Horizon::quarters` (called by no test before), which must agree with the quarters
//! a breakdown shows, and seasonality's "not all zero" check, which only applies when every
//! weight is otherwise valid (a negative weight is reported alone); and `nested_months`
//! counting only whole quarters when the months do not fill the last one.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::time::periods::{breakdown, nested_months, Horizon, PeriodSettings};
use funnel_planner::engine::{Decimal, Reason};

fn settings(horizon: Horizon, weights: &[i64]) -> PeriodSettings {
    let seasonality = Some(weights.iter().map(|w| Decimal::from_int(*w)).collect());
    PeriodSettings { horizon, seasonality, ..PeriodSettings::default() }
}

fn errors_of(settings: &PeriodSettings) -> Vec<(String, Reason)> {
    let mut errors = Errors::default();
    settings.validate("calendar", &mut errors);
    errors.0.into_iter().map(|e| (e.path, e.reason)).collect()
}

#[test]
fn a_year_has_four_quarters_a_quarter_one_and_a_month_none() {
    assert_eq!([Horizon::Year, Horizon::Quarter, Horizon::Month].map(Horizon::quarters), [4, 1, 0]);
    // The breakdown shows exactly that many quarters.
    for horizon in [Horizon::Year, Horizon::Quarter, Horizon::Month] {
        let b = breakdown(1_200, &PeriodSettings { horizon, ..PeriodSettings::default() }).unwrap();
        assert_eq!(b.quarters.parts.len(), horizon.quarters(), "{horizon:?}");
    }
}

#[test]
fn a_negative_weight_is_reported_alone_even_when_the_horizons_months_are_all_zero() {
    // Quarter horizon: months 1-3 are 0 and month 4 is negative. The negative weight is the
    // error; "all zero" is only worth saying once every weight is valid.
    let weights = [0, 0, 0, -1, 1, 1, 1, 1, 1, 1, 1, 1];
    assert_eq!(
        errors_of(&settings(Horizon::Quarter, &weights)),
        [("calendar.seasonality.3".to_string(), Reason::Negative)]
    );
    // With the negative weight fixed, the all-zero quarter is reported.
    let zero_quarter = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    assert_eq!(
        errors_of(&settings(Horizon::Quarter, &zero_quarter)),
        [("calendar.seasonality".to_string(), Reason::MustBePositive)]
    );
}

#[test]
fn only_whole_quarters_are_quarters() {
    // Five equal months: blocks of 3 and 2 months weigh 3 : 2, so 10 splits 6 + 4, then 2 a
    // month in each. The two trailing months are no quarter: one quarter is reported.
    let ones = vec![Decimal::ONE; 5];
    assert_eq!(nested_months(10, &ones), Some((vec![6], vec![2, 2, 2, 2, 2])));
    // Six months are two whole quarters.
    assert_eq!(nested_months(12, &[Decimal::ONE; 6]), Some((vec![6, 6], vec![2; 6])));
}
