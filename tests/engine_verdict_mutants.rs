#![cfg(not(target_arch = "wasm32"))]
//! The verdict's rules at their edges, from facts given directly (mutation testing, issue 16):
//! each threshold exactly on and one unit off, each action present only when its check fails,
//! the plan's status the worst of its checks, and the hire search at its limits. Expected
//! values are the rules of `docs/ENGINE.md` worked by hand.

use funnel_planner::engine::verdict::{
    most_attempts, smallest_hire, verdict, Action, CapacityFacts, ChanceFacts, CheckKind, Facts, HoursFacts,
    PaceFacts, Section, Status,
};
use funnel_planner::engine::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn chance(p_hit: &str, volume_p80: Option<u64>, volume: u64) -> Facts {
    Facts { chance: Some(ChanceFacts { p_hit: d(p_hit), stage: 2, volume_p80, volume }), ..Facts::default() }
}

#[test]
fn the_chance_holds_from_80_percent_is_a_risk_from_50_and_fails_below() {
    for (p, status) in [
        ("1", Status::Holds),
        ("0.8", Status::Holds),
        ("0.799999999", Status::HoldsWithRisks),
        ("0.5", Status::HoldsWithRisks),
        ("0.499999999", Status::DoesNotHold),
        ("0", Status::DoesNotHold),
    ] {
        let v = verdict(&chance(p, Some(900), 600));
        assert_eq!(v.status, status, "p_hit {p}");
        assert_eq!(v.checks.len(), 1);
        assert_eq!((v.checks[0].kind, v.checks[0].section), (CheckKind::Chance, Section::Risk));
        let raise =
            if status == Status::Holds { vec![] } else { vec![Action::RaiseVolume { stage: 2, to: 900 }] };
        assert_eq!(v.actions, raise, "p_hit {p}");
    }
}

#[test]
fn more_volume_is_asked_only_above_what_is_planned() {
    assert_eq!(verdict(&chance("0.6", Some(600), 600)).actions, vec![]);
    assert_eq!(
        verdict(&chance("0.6", Some(601), 600)).actions,
        vec![Action::RaiseVolume { stage: 2, to: 601 }]
    );
    assert_eq!(verdict(&chance("0.6", None, 600)).actions, vec![]);
}

#[test]
fn a_capacity_gap_of_zero_holds_and_asks_for_no_one() {
    let facts = |gap: &str| Facts {
        capacity: Some(CapacityFacts { gap: d(gap), hire: Some((2, 5)) }),
        ..Facts::default()
    };
    let holds = verdict(&facts("0"));
    assert_eq!((holds.status, holds.actions.len()), (Status::Holds, 0));
    assert_eq!(holds.checks[0].section, Section::Team);
    let short = verdict(&facts("0.000000001"));
    assert_eq!(short.status, Status::DoesNotHold);
    assert_eq!(short.actions, vec![Action::AddReps { count: 2, by_month: 5, check: CheckKind::Capacity }]);
}

#[test]
fn short_hours_ask_for_reps_then_fewer_attempts_and_enough_hours_ask_nothing() {
    let facts = |short: bool| Facts {
        hours: Some(HoursFacts { short, hire: Some((3, 7)), attempts_fit: Some(4) }),
        ..Facts::default()
    };
    let v = verdict(&facts(true));
    assert_eq!(v.status, Status::DoesNotHold);
    assert_eq!(v.checks[0].section, Section::Sla);
    assert_eq!(
        v.actions,
        vec![
            Action::AddReps { count: 3, by_month: 7, check: CheckKind::Hours },
            Action::CutAttempts { to: 4 }
        ]
    );
    let fine = verdict(&facts(false));
    assert_eq!((fine.status, fine.actions.len()), (Status::Holds, 0));
}

#[test]
fn a_budget_exactly_at_the_funnel_cost_holds_and_a_shortfall_is_raised_by_its_amount() {
    let facts = |gap: &str| Facts { budget_gap: Some(d(gap)), ..Facts::default() };
    let even = verdict(&facts("0"));
    assert_eq!((even.status, even.actions.len()), (Status::Holds, 0));
    assert_eq!(even.checks[0].section, Section::Budget);
    let short = verdict(&facts("-250.5"));
    assert_eq!(short.status, Status::DoesNotHold);
    assert_eq!(short.actions, vec![Action::RaiseBudget { by: d("250.5") }]);
}

#[test]
fn the_plan_takes_the_worst_status_of_its_checks() {
    let pace = |behind: bool| Some(PaceFacts { behind, rate: Some((1, d("0.3"))) });
    let risky = verdict(&Facts { pace: pace(true), budget_gap: Some(d("10")), ..Facts::default() });
    assert_eq!(risky.status, Status::HoldsWithRisks);
    assert_eq!(risky.actions, vec![Action::RaiseRate { stage: 1, to: d("0.3") }]);
    assert_eq!(
        risky.checks.iter().map(|c| c.section).collect::<Vec<_>>(),
        [Section::Budget, Section::Tracking]
    );
    let failing = verdict(&Facts { pace: pace(true), budget_gap: Some(d("-1")), ..Facts::default() });
    assert_eq!(failing.status, Status::DoesNotHold);
    let on_pace = verdict(&Facts { pace: pace(false), ..Facts::default() });
    assert_eq!((on_pace.status, on_pace.actions.len()), (Status::Holds, 0));
    assert!(Status::Holds < Status::HoldsWithRisks && Status::HoldsWithRisks < Status::DoesNotHold);
}

#[test]
fn the_hire_search_reaches_one_and_a_million_exactly_and_no_further() {
    // Any start month works for one rep: the latest month is the answer.
    assert_eq!(smallest_hire(|c, _| Some(c >= 1), 12), Some((1, 12)));
    assert_eq!(smallest_hire(|c, _| Some(c >= 1_000_000), 12), Some((1_000_000, 12)));
    assert_eq!(smallest_hire(|c, _| Some(c > 1_000_000), 12), None);
    // Between two powers of two, and a check that cannot be computed counts as failing.
    assert_eq!(smallest_hire(|c, _| Some(c >= 37), 3), Some((37, 3)));
    assert_eq!(smallest_hire(|c, _| (c >= 6).then_some(true), 3), Some((6, 3)));
    // Starting in month m needs 10 + m reps: 11 is the smallest, and only from month 1.
    assert_eq!(smallest_hire(|c, m| Some(c >= 10 + u64::from(m)), 12), Some((11, 1)));
    // 11 reps, starting in month 4 at the latest; zero months counts as one.
    assert_eq!(smallest_hire(|c, m| Some(c >= 11 && m <= 4), 12), Some((11, 4)));
    assert_eq!(smallest_hire(|c, _| Some(c >= 2), 0), Some((2, 1)));
}

#[test]
fn the_most_attempts_that_fit_is_below_todays() {
    assert_eq!(most_attempts(6, |k| k <= 5), Some(5));
    assert_eq!(most_attempts(6, |k| k <= 1), Some(1));
    assert_eq!(most_attempts(1, |_| true), None, "one attempt has nothing fewer to offer");
}

#[test]
fn the_team_carries_the_commitments_only_when_both_checks_pass() {
    use funnel_planner::engine::commitments::Carry;
    let carry = |capacity_holds, hours_hold| Carry {
        reps: d("2"),
        capacity: d("200000"),
        goal: d("100000"),
        capacity_holds,
        hours_needed: d("30"),
        hours_available: d("40"),
        hours_hold,
    };
    assert!(carry(true, true).holds());
    assert!(!carry(false, true).holds());
    assert!(!carry(true, false).holds());
    assert!(!carry(false, false).holds());
}

#[test]
fn the_hire_search_asks_the_check_a_few_dozen_times_not_a_million() {
    // The verdict runs on every keystroke: doubling (20 steps to 10^6), bisecting (≤ 20) and
    // the start months (12) bound the calls to 52.
    let calls = std::cell::Cell::new(0u32);
    let found = smallest_hire(
        |c, _| {
            calls.set(calls.get() + 1);
            Some(c >= 999_999)
        },
        12,
    );
    assert_eq!(found, Some((999_999, 12)));
    assert!(calls.get() <= 52, "{} calls", calls.get());
}

#[test]
fn a_plan_exactly_on_pace_holds_its_pace_check() {
    // Half the year gone, 62 500 visitors (half of 125 000) and 1 250 leads (half of 2 500,
    // the planned 2 %): nothing is behind.
    let mut plan = funnel_planner::engine::Plan::default();
    plan.sla.selling_hours_per_rep = d("30");
    plan.tracking.enabled = true;
    plan.tracking.elapsed = d("0.5");
    plan.tracking.actuals = vec![Some(d("62500")), Some(d("1250"))];
    let v = funnel_planner::engine::compute(&plan).unwrap().verdict;
    let pace: Vec<_> = v.checks.iter().filter(|c| c.kind == CheckKind::Pace).map(|c| c.status).collect();
    assert_eq!(pace, [Status::Holds]);
    assert!(!v.actions.iter().any(|a| matches!(a, Action::RaiseRate { .. })), "{:?}", v.actions);
}
