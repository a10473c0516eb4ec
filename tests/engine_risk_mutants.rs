#![cfg(not(target_arch = "wasm32"))]
//! Behaviour of the risk Monte-Carlo's input checks and revenue figures that the
//! `risk-scoring` mutation run (issue 16) found unpinned: each limit at its exact edge with
//! the exact error, one error per bad field (no knock-on error on a good end), the revenue
//! spread exact for a certain deal size and matching the PERT law's closed-form quantiles
//! for a deal range, and how a volume is split across sources (largest remainder; all to
//! the first when none plans any).

use funnel_planner::engine::funnel::MAX_STAGES;
use funnel_planner::engine::risk::mix::{split_volume, SourceModel};
use funnel_planner::engine::risk::montecarlo::{self, Model};
use funnel_planner::engine::risk::RateUncertainty::{self, Observed, Range};
use funnel_planner::engine::sources::{GoalShare, Source};
use funnel_planner::engine::{compute, compute_with_risk, risk_model, Decimal, Plan, Reason};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn range(l: &str, m: &str, h: &str) -> Option<RateUncertainty> {
    Some(Range { low: d(l), likely: d(m), high: d(h) })
}

fn risky() -> Plan {
    let mut plan = Plan::default();
    plan.risk.enabled = true;
    plan
}

/// The plan's errors as (path, reason); empty when it computes.
fn errors(plan: &Plan) -> Vec<(String, Reason)> {
    compute(plan).err().unwrap_or_default().into_iter().map(|e| (e.path, e.reason)).collect()
}

fn one(path: &str, reason: Reason) -> Vec<(String, Reason)> {
    vec![(path.to_string(), reason)]
}

#[test]
fn a_risk_run_takes_one_uncertainty_per_funnel_stage_up_to_200() {
    // The funnel's own limit: a longer list cannot describe any funnel.
    let mut plan = risky();
    plan.risk.stages = vec![None; MAX_STAGES];
    assert_eq!(errors(&plan), vec![]);
    plan.risk.stages.push(None);
    assert_eq!(errors(&plan), one("risk.stages", Reason::TooMany));
}

#[test]
fn a_range_with_one_bad_end_reports_that_end_only() {
    // The order checks (low ≤ likely ≤ high) only make sense between valid shares: a 150 %
    // low end is the mistake, not the 60 % high end "below" it.
    let mut plan = risky();
    plan.risk.stages = vec![range("1.5", "0.5", "0.6")];
    assert_eq!(errors(&plan), one("risk.stages.0.low", Reason::AboveHundredPercent));
    plan.risk.stages = vec![range("0.2", "1.5", "0.6")];
    assert_eq!(errors(&plan), one("risk.stages.0.likely", Reason::AboveHundredPercent));
    plan.risk.stages = vec![range("0.2", "-0.5", "0.6")];
    assert_eq!(errors(&plan), one("risk.stages.0.likely", Reason::Negative));
}

#[test]
fn observed_counts_with_a_bad_total_report_the_total_only() {
    // 40 successes out of 30.5 trials: the 30.5 is wrong; the successes are not "more than
    // the trials" until the trials are a count.
    let mut plan = risky();
    plan.risk.stages = vec![Some(Observed { successes: d("40"), trials: d("30.5") })];
    assert_eq!(errors(&plan), one("risk.stages.0.trials", Reason::NotWhole));
    plan.risk.stages = vec![Some(Observed { successes: d("40"), trials: d("-1") })];
    assert_eq!(errors(&plan), one("risk.stages.0.trials", Reason::OutOfRange));
    // And the other way round: a bad success count is reported on its own.
    plan.risk.stages = vec![Some(Observed { successes: d("2.5"), trials: d("1") })];
    assert_eq!(errors(&plan), one("risk.stages.0.successes", Reason::NotWhole));
}

#[test]
fn a_deal_range_may_end_at_the_deal_size_but_not_cross_it() {
    // The deal size (1 000) is the likely value: each end may equal it, a cent beyond is refused.
    let mut plan = risky();
    plan.risk.deal_low = Some(d("1000"));
    plan.risk.deal_high = Some(d("1000"));
    assert_eq!(errors(&plan), vec![]);
    plan.risk.deal_low = Some(d("1000.01"));
    assert_eq!(errors(&plan), one("risk.deal_low", Reason::OutOfRange));
    plan.risk.deal_low = Some(d("999.99"));
    plan.risk.deal_high = Some(d("999.99"));
    assert_eq!(errors(&plan), one("risk.deal_high", Reason::OutOfRange));
}

#[test]
fn a_volume_with_no_planned_split_goes_to_the_first_source_whole() {
    // Every source planning 0 people at the stage (a goal of 0, or every part 0): no
    // proportion to follow, so the first source takes all and the parts still add up.
    let source =
        SourceModel { rate_scale: vec![], deal_scale: None, goal: 0.0, customers: 0, volumes: vec![0] };
    assert_eq!(split_volume(std::slice::from_ref(&source), 0, 1_000), vec![1_000]);
    assert_eq!(split_volume(&vec![source; 3], 0, 1_000), vec![1_000, 0, 0]);
}

#[test]
fn a_volume_is_split_by_largest_remainder() {
    // Planned 2 : 1, 2 people: exact shares 1.33 and 0.67, floors 1 and 0; the person left
    // goes to the larger remainder (0.67), giving 1 and 1, the split closest to the shares.
    // 7 : 3 : 1 of 5 people: shares 3.18, 1.36, 0.45, floors 3, 1, 0; the one left goes to
    // the largest remainder, 0.45 (the smallest source), not to the largest share.
    let mix = |planned: &[u64]| -> Vec<SourceModel> {
        let one = |v: &u64| SourceModel {
            rate_scale: vec![],
            deal_scale: None,
            goal: 0.0,
            customers: 0,
            volumes: vec![*v],
        };
        planned.iter().map(one).collect()
    };
    assert_eq!(split_volume(&mix(&[2, 1]), 0, 2), vec![1, 1]);
    assert_eq!(split_volume(&mix(&[7, 3, 1]), 0, 5), vec![3, 1, 1]);
    // 2 : 3 of 3: shares 1.2 and 1.8, the one left goes to the 0.8; 5 : 3 : 2 of 7: shares
    // 3.5, 2.1, 1.4, the one left goes to the 0.5.
    assert_eq!(split_volume(&mix(&[2, 3]), 0, 3), vec![1, 2]);
    assert_eq!(split_volume(&mix(&[5, 3, 2]), 0, 7), vec![4, 2, 1]);
    // A source planning nobody at the stage gets nobody.
    assert_eq!(split_volume(&mix(&[1, 0]), 0, 5), vec![5, 0]);
    // Equal remainders: the first source first.
    assert_eq!(split_volume(&mix(&[1, 1, 1]), 0, 4), vec![2, 1, 1]);
}

#[test]
fn a_certain_deal_size_gives_revenue_exactly_customers_times_it() {
    // 1 234.567 has a third decimal: rounding to cents (the drawn-deal path) would show.
    let mut plan = risky();
    plan.deal_size = d("1234.567");
    plan.risk.trials = 2_000;
    plan.risk.stages = vec![range("0.015", "0.02", "0.025")];
    let r = compute_with_risk(&plan).unwrap().risk.unwrap();
    let exact = |c: u64| Decimal::from_int(c as i64).checked_mul(d("1234.567")).unwrap();
    let got = (r.revenue.p10, r.revenue.p50, r.revenue.p90);
    assert_eq!(got, (exact(r.customers.p10), exact(r.customers.p50), exact(r.customers.p90)));
}

#[test]
fn a_deal_range_spreads_revenue_as_the_pert_laws_quantiles() {
    // Every rate 100 % and 50 people planned: each trial wins 50 customers (the one rep's
    // 100 000 of capacity covers 100 deals of up to 1 000), so revenue is 50 × the drawn deal.
    // PERT(500, 1 000, 1 000) is 500 + 500·X with X ~ Beta(5, 1) (α = 1 + 4·500/500, β = 1):
    // P(X ≤ x) = x⁵, so its q-quantile is 500 + 500·q^(1/5), a textbook closed form.
    let trials = 20_000;
    let mut plan = risky();
    plan.risk.trials = trials;
    plan.risk.stages = vec![range("1", "1", "1"); 5];
    plan.risk.volume = Some(d("50"));
    plan.risk.deal_low = Some(d("500"));
    let r = compute_with_risk(&plan).unwrap().risk.unwrap();
    assert_eq!((r.customers.p10, r.customers.p90), (50, 50));
    for (q, got) in [(0.1, r.revenue.p10), (0.5, r.revenue.p50), (0.9, r.revenue.p90)] {
        let x = f64::powf(q, 0.2);
        let expected = 50.0 * (500.0 + 500.0 * x);
        // A sample quantile's standard error: sqrt(q(1 − q)/T) / density, the density of
        // 50·(500 + 500·X) at it being 5x⁴ / 25 000.
        let se = (q * (1.0 - q) / f64::from(trials)).sqrt() / (5.0 * x.powi(4) / 25_000.0);
        let got_f = got.to_f64();
        assert!(
            (got_f - expected).abs() <= 5.0 * se,
            "P{}: {got} vs {expected:.2} ± {:.2}",
            q * 100.0,
            5.0 * se
        );
        // Drawn deals are rounded to the cent, not left with float noise.
        assert_eq!(got.round_to(2), got, "P{}: {got}", q * 100.0);
    }
}

/// Two sources, the second selling at 2 000 instead of 1 000, every rate 100 % and 10 reps
/// (capacity 1 000 000, never binding here): each trial is certain.
fn two_deal_sizes(volume: &str) -> Plan {
    let source = |name: &str, deal: Option<Decimal>| Source {
        name: name.into(),
        share: GoalShare::Share(d("0.5")),
        deal_size: deal,
        ..Source::default()
    };
    let mut plan = risky();
    plan.sources = vec![source("a", None), source("b", Some(d("2000")))];
    plan.team.reps = d("10");
    plan.risk.trials = 1_000;
    plan.risk.stages = vec![range("1", "1", "1"); 5];
    plan.risk.volume = Some(d(volume));
    plan
}

#[test]
fn a_mix_of_deal_sizes_earns_each_sources_customers_at_its_own_deal() {
    // Half the 100 000 goal each: 50 customers at 1 000 and 25 at 2 000. Back up the funnel
    // (40 %, 50 %, 50 %, 40 %, 2 %, each stage rounded up to whole people) that is 62 500
    // and 31 500 visitors (25 / 0.4 = 62.5, so 63). 188 visitors split 62 500 : 31 500 are
    // 125 and 63, all customers at 100 %: revenue 125 × 1 000 + 63 × 2 000 = 251 000.
    let report = compute_with_risk(&two_deal_sizes("188")).unwrap();
    let planned: Vec<u64> = report.sources.sources.iter().map(|s| s.stages[0].volume).collect();
    assert_eq!(planned, vec![62_500, 31_500]);
    let r = report.risk.unwrap();
    assert_eq!((r.customers.p10, r.customers.p90), (188, 188));
    let revenue = Decimal::from_int(251_000);
    assert_eq!((r.revenue.p10, r.revenue.p50, r.revenue.p90), (revenue, revenue, revenue));
}

#[test]
fn a_mix_with_no_volume_earns_nothing_and_still_reports() {
    // No customers: no average deal to take (0 / 0), yet the revenue is plainly 0.
    let r = compute_with_risk(&two_deal_sizes("0")).unwrap().risk.unwrap();
    assert_eq!((r.revenue.p10, r.revenue.p90, r.customers.p90), (Decimal::ZERO, Decimal::ZERO, 0));
    assert_eq!(r.p_hit, Decimal::ZERO);
}

#[test]
fn reps_whose_capacity_is_exactly_the_goal_reach_it_in_the_single_funnel_as_in_the_mix() {
    // The default plan: one rep, 125 000 × 80 % = 100 000 of capacity, the 100 000 goal. At
    // 100 % rates every trial wins its 100 customers, so every trial reaches the goal; the
    // single funnel (no sources, the reference the mix is tested against) must agree.
    let mut plan = risky();
    plan.risk.stages = vec![range("1", "1", "1"); 5];
    let report = compute(&plan).unwrap();
    let model = risk_model(&plan, &report);
    assert_eq!((model.capacity, model.goal), (Some(100_000.0), 100_000.0));
    let single = Model { mix: Vec::new(), ..model.clone() };
    for m in [&model, &single] {
        let t = montecarlo::run(m, 0, 125_000, 200, 7, false);
        assert_eq!((t.hits, t.customers[0]), (200, 100));
    }
}
