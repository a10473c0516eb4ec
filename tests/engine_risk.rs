#![cfg(not(target_arch = "wasm32"))]
//! The risk Monte-Carlo on plans: off by default, reproducible, consistent with exact
//! binomial figures, P(hit) monotone in volume, P80 volumes that hold up in an independent
//! re-simulation, and no panic on degenerate or arbitrary inputs.

use funnel_planner::engine::risk::montecarlo::{self, Forward};
use funnel_planner::engine::risk::search::probability_at;
use funnel_planner::engine::risk::RateUncertainty;
use funnel_planner::engine::risk::RateUncertainty::{Observed, Range};
use funnel_planner::engine::{compute, Decimal, Plan, Reason};
use funnel_planner::engine::{compute_with_risk, risk_model};
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn range(l: &str, m: &str, h: &str) -> Option<RateUncertainty> {
    Some(Range { low: d(l), likely: d(m), high: d(h) })
}

/// The default plan with a range on the visitor rate and counts behind the SQL rate.
fn uncertain_plan(trials: u32, seed: u64) -> Plan {
    let mut plan = Plan::default();
    plan.risk.enabled = true;
    plan.risk.trials = trials;
    plan.risk.seed = seed;
    plan.risk.stages = vec![
        range("0.015", "0.02", "0.025"),
        None,
        None,
        Some(Observed { successes: d("150"), trials: d("300") }),
    ];
    plan
}

/// P(X ≥ k) for X ~ Bin(n, p), by the pmf recursion from P(X = 0) = (1 − p)^n.
fn binomial_tail(n: u64, p: f64, k: u64) -> f64 {
    let mut pmf = (n as f64 * (1.0 - p).ln()).exp();
    let mut below = 0.0;
    for i in 0..k {
        below += pmf;
        pmf *= (n - i) as f64 / (i + 1) as f64 * p / (1.0 - p);
    }
    1.0 - below
}

#[test]
fn plans_without_risk_get_no_risk_report_and_the_same_figures() {
    let plan = Plan::default();
    let report = compute(&plan).unwrap();
    assert_eq!(report.risk, None);
    assert_eq!(compute_with_risk(&plan).unwrap(), report);
    // compute never runs the Monte-Carlo, even when enabled (the view types through it).
    let on = uncertain_plan(1_000, 1);
    assert_eq!(compute(&on).unwrap().risk, None);
    let with = compute_with_risk(&on).unwrap();
    let risk = with.risk.as_ref().unwrap();
    assert_eq!((risk.trials, risk.seed, risk.volume, risk.customers_needed), (1_000, 1, 125_000, 100));
    assert_eq!(risk.histogram.iter().map(|b| b.trials).sum::<u32>(), 1_000);
    assert_eq!(with.stages, report.stages);
}

#[test]
fn a_plan_with_risk_round_trips_through_json_with_its_report() {
    let mut plan = uncertain_plan(500, 9);
    plan.risk.deal_low = Some(d("800"));
    plan.risk.volume = Some(d("130000"));
    let json = serde_json::to_string(&plan).unwrap();
    assert!(json.contains(r#""range":{"low":0.015,"likely":0.02,"high":0.025}"#), "{json}");
    assert!(json.contains(r#""observed":{"successes":150.0,"trials":300.0}"#), "{json}");
    let back: Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(back, plan);
    let report = compute_with_risk(&plan).unwrap();
    let again: funnel_planner::engine::PlanReport =
        serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
    assert_eq!(again.risk, report.risk);
    // Old plans (no `risk`) read as off.
    let old: Plan = serde_json::from_str(r#"{"goal": 5000}"#).unwrap();
    assert!(!old.risk.enabled);
}

#[test]
fn the_same_seed_gives_the_same_report_and_another_seed_another() {
    let a = compute_with_risk(&uncertain_plan(2_000, 5)).unwrap().risk.unwrap();
    let b = compute_with_risk(&uncertain_plan(2_000, 5)).unwrap().risk.unwrap();
    let c = compute_with_risk(&uncertain_plan(2_000, 6)).unwrap().risk.unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn without_ranges_p_hit_matches_the_exact_binomial_tail() {
    // 125 000 visitors converting at 2 % × 40 % × 50 % × 50 % × 40 % = 0.08 %: customers are
    // Bin(125 000, 0.0008); the plan needs 100.
    let mut plan = Plan::default();
    plan.risk.enabled = true;
    let trials = 20_000;
    plan.risk.trials = trials;
    let r = compute_with_risk(&plan).unwrap().risk.unwrap();
    let exact = binomial_tail(125_000, 0.0008, 100);
    let tol = 5.0 * (exact * (1.0 - exact) / f64::from(trials)).sqrt();
    assert!((r.p_hit.to_f64() - exact).abs() <= tol, "{} vs {exact} ± {tol}", r.p_hit);
    assert_eq!(r.volume, 125_000);
    assert_eq!(r.customers_needed, 100);
    assert_eq!(r.histogram.iter().map(|b| b.trials).sum::<u32>(), trials);
    assert!(r.histogram.len() <= 40);
    assert!(r.histogram.windows(2).all(|w| w[0].to + 1 == w[1].from));
    assert!(r.customers.p10 <= r.customers.p50 && r.customers.p50 <= r.customers.p90);
    assert_eq!(r.revenue.p50, Decimal::from_int(1_000 * r.customers.p50 as i64));
    assert_eq!(r.needed.len(), 5);
    assert_eq!(r.needed[0].average, 125_000);
}

#[test]
fn one_binomial_on_the_product_of_rates_matches_one_per_stage() {
    let plan = uncertain_plan(50_000, 3);
    let report = compute(&plan).unwrap();
    let model = risk_model(&plan, &report);
    let stats = |mode| {
        let t = montecarlo::run_with(&model, 0, 125_000, (50_000, 17), false, mode);
        let n = t.customers.len() as f64;
        let mean = t.customers.iter().sum::<u64>() as f64 / n;
        let var = t.customers.iter().map(|&c| (c as f64 - mean).powi(2)).sum::<f64>() / (n - 1.0);
        (mean, var, n)
    };
    let (m1, v1, n) = stats(Forward::Composed);
    let (m2, v2, _) = stats(Forward::ByStage);
    // Two independent samples: se of the difference of means = sqrt(v1/N + v2/N).
    let tol = 5.0 * (v1 / n + v2 / n).sqrt();
    assert!((m1 - m2).abs() <= tol, "{m1} vs {m2} ± {tol}");
    assert!((v1 / v2 - 1.0).abs() < 0.05, "variances {v1} vs {v2}");
}

#[test]
fn p_hit_never_falls_as_the_volume_grows_with_common_random_numbers() {
    let plan = uncertain_plan(5_000, 21);
    let report = compute(&plan).unwrap();
    let model = risk_model(&plan, &report);
    let t = montecarlo::run(&model, 0, 125_000, 5_000, 21, true);
    let mut last = 0.0;
    for volume in (0..=400_000).step_by(2_500) {
        let p = probability_at(&t.needed[0], volume);
        assert!(p >= last, "P(hit) fell from {last} to {p} at {volume}");
        last = p;
    }
    assert_eq!(probability_at(&t.needed[0], 0), 0.0);
    assert!(last > 0.99);
}

#[test]
fn the_p80_and_p90_volumes_hold_in_an_independent_re_simulation() {
    let trials = 20_000;
    let found = compute_with_risk(&uncertain_plan(trials, 1)).unwrap().risk.unwrap();
    for (target, volume) in [(0.8, found.needed[0].p80.unwrap()), (0.9, found.needed[0].p90.unwrap())] {
        let mut check = uncertain_plan(trials, 987_654);
        check.risk.volume = Some(Decimal::from_int(volume as i64));
        let p = compute_with_risk(&check).unwrap().risk.unwrap().p_hit.to_f64();
        // The found volume's true chance has se sqrt(t(1 − t)/T) (the quantile's coverage);
        // the re-simulation adds an independent estimate with the same se.
        let tol = 5.0 * (2.0 * target * (1.0 - target) / f64::from(trials)).sqrt();
        assert!(p >= target - tol && p <= target + tol, "{volume} gives {p}, expected {target} ± {tol}");
    }
    // The average-based volume is below the P80 one.
    assert!(found.needed[0].p80.unwrap() > found.needed[0].average);
    assert!(found.needed.iter().all(|s| s.p50 <= s.p80 && s.p80 <= s.p90));
}

#[test]
fn validation_names_each_bad_risk_field() {
    let mut plan = Plan::default();
    plan.risk.enabled = true;
    plan.risk.trials = 10;
    plan.risk.deal_low = Some(d("2000"));
    plan.risk.stages = vec![
        range("0.5", "0.4", "0.6"),
        range("0.6", "0.5", "0.4"),
        range("-0.1", "0.5", "1.5"),
        Some(Observed { successes: d("40"), trials: d("30") }),
        Some(Observed { successes: d("1.5"), trials: d("30") }),
    ];
    plan.risk.stage = 5;
    let errors: Vec<(String, Reason)> =
        compute(&plan).unwrap_err().into_iter().map(|e| (e.path, e.reason)).collect();
    assert_eq!(
        errors,
        vec![
            ("risk.stages.0.likely".into(), Reason::OutOfRange),
            ("risk.stages.1.high".into(), Reason::OutOfRange),
            ("risk.stages.2.low".into(), Reason::Negative),
            ("risk.stages.2.high".into(), Reason::AboveHundredPercent),
            ("risk.stages.3.successes".into(), Reason::OutOfRange),
            ("risk.stages.4.successes".into(), Reason::NotWhole),
            ("risk.deal_low".into(), Reason::OutOfRange),
            ("risk.trials".into(), Reason::OutOfRange),
            ("risk.stage".into(), Reason::OutOfRange),
        ]
    );
    // Off: nothing checked.
    plan.risk.enabled = false;
    assert!(compute(&plan).is_ok());
}

#[test]
fn degenerate_ranges_give_certain_answers_without_panicking() {
    let mut plan = Plan::default();
    plan.risk.enabled = true;
    plan.risk.trials = 500;
    // A 0 % range: nobody converts, the goal is never reached and no volume is enough.
    plan.risk.stages = vec![range("0", "0", "0")];
    let r = compute_with_risk(&plan).unwrap().risk.unwrap();
    assert_eq!(r.p_hit, Decimal::ZERO);
    assert_eq!(r.customers.p90, 0);
    assert_eq!(r.needed[0].p80, None);
    // 100 % everywhere: every visitor would become a customer, but the one rep closes only
    // the 100 deals of its capacity; the goal is reached, certainly.
    plan.risk.stages = vec![range("1", "1", "1"); 5];
    let r = compute_with_risk(&plan).unwrap().risk.unwrap();
    assert_eq!(r.p_hit, Decimal::ONE);
    assert_eq!(r.customers.p10, 100);
    assert_eq!(r.needed[0].p90, Some(100));
    // low = high: the exact rate; 0-of-0 observations: a uniform rate.
    // Visitor → lead is then exactly 2 % and lead → MQL uniform on [0, 1]: 125 000 visitors give
    // 2 500 leads, and the goal of 100 customers needs about 1 000 MQLs, a rate of about 40 %,
    // so P(hit) ≈ P(U ≥ 0.4) = 0.6 (5 standard errors of 500 trials: ± 0.11).
    plan.risk.stages =
        vec![range("0.02", "0.02", "0.02"), Some(Observed { successes: d("0"), trials: d("0") })];
    let uniform = compute_with_risk(&plan).unwrap().risk.unwrap().p_hit.to_f64();
    assert!((uniform - 0.6).abs() <= 0.11, "{uniform}");
    // A deal range down to 0: fewer deals are worth the full size, so the chance cannot rise
    // by more than the noise, and stays away from certainty.
    plan.risk.deal_low = Some(Decimal::ZERO);
    let cheaper = compute_with_risk(&plan).unwrap().risk.unwrap().p_hit.to_f64();
    assert!(cheaper < uniform + 0.11 && cheaper < 0.9, "{cheaper} vs {uniform}");
}

fn arb_uncertainty() -> impl Strategy<Value = Option<RateUncertainty>> {
    let frac = (0i64..=1_000).prop_map(|n| Decimal::from_parts(n, 3).unwrap());
    let whole = (0i64..=2_000).prop_map(Decimal::from_int);
    prop_oneof![
        Just(None),
        (frac.clone(), frac.clone(), frac).prop_map(|(a, b, c)| Some(Range { low: a, likely: b, high: c })),
        (whole.clone(), whole).prop_map(|(s, n)| Some(Observed { successes: s, trials: n })),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_risk_inputs_never_panic(
        stages in prop::collection::vec(arb_uncertainty(), 0..8),
        deal_low in prop::option::of(0i64..=3_000),
        deal_high in prop::option::of(0i64..=3_000),
        volume in prop::option::of(0i64..=10_000_000),
        stage in 0usize..7,
        seed in any::<u64>(),
    ) {
        let mut plan = Plan::default();
        plan.risk.enabled = true;
        plan.risk.trials = 200;
        plan.risk.seed = seed;
        plan.risk.stages = stages;
        plan.risk.deal_low = deal_low.map(Decimal::from_int);
        plan.risk.deal_high = deal_high.map(Decimal::from_int);
        plan.risk.volume = volume.map(Decimal::from_int);
        plan.risk.stage = stage;
        if let Ok(report) = compute_with_risk(&plan) {
            let r = report.risk.unwrap();
            prop_assert!(r.p_hit >= Decimal::ZERO && r.p_hit <= Decimal::ONE);
            prop_assert_eq!(r.histogram.iter().map(|b| b.trials).sum::<u32>(), 200);
        }
    }
}
