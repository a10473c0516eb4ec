#![cfg(not(target_arch = "wasm32"))]
//! The Monte-Carlo over the sources' own funnels (issue 13): one source gives exactly the
//! single funnel's trials; with two sources the chance is the exact law of the sum of their
//! customers; a weak source shows in its own chance and lowers the plan's.

use funnel_planner::engine::risk::mix::{split_volume, SourceModel};
use funnel_planner::engine::risk::montecarlo;
use funnel_planner::engine::risk::RateUncertainty::{Observed, Range};
use funnel_planner::engine::sources::{GoalShare, Source};
use funnel_planner::engine::{compute, compute_with_risk, risk_model, Decimal, Plan};
use proptest::prelude::*;

fn d(t: &str) -> Decimal {
    t.parse().unwrap()
}

fn share(name: &str, part: &str) -> Source {
    Source { name: name.into(), share: GoalShare::Share(d(part)), ..Source::default() }
}

/// P(X = a) for X ~ Bin(n, p), every a, by the pmf recursion (n small).
fn binomial_pmf(n: u64, p: f64) -> Vec<f64> {
    let mut pmf = vec![(n as f64 * (1.0 - p).ln()).exp()];
    for i in 0..n {
        let next = pmf[i as usize] * (n - i) as f64 / (i + 1) as f64 * p / (1.0 - p);
        pmf.push(next);
    }
    pmf
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// A volume the user expects (`risk.volume`) is split across the sources in proportion to
    /// their planned volumes: the parts add up to it, each within one person of its exact
    /// share, and the planned total gives each source exactly its own.
    #[test]
    fn a_volume_is_split_in_proportion_and_adds_up(planned in prop::collection::vec(0u64..=1_000_000, 1..=30), volume in 0u64..=10_000_000) {
        let mix: Vec<SourceModel> = planned
            .iter()
            .map(|v| SourceModel { rate_scale: vec![], deal_scale: None, goal: 0.0, customers: 0, volumes: vec![*v] })
            .collect();
        let parts = split_volume(&mix, 0, volume);
        prop_assert_eq!(parts.iter().sum::<u64>(), volume);
        let total: u64 = planned.iter().sum();
        if total > 0 {
            for (part, p) in parts.iter().zip(&planned) {
                let exact = u128::from(volume) * u128::from(*p);
                let floor = exact / u128::from(total);
                prop_assert!(u128::from(*part) == floor || u128::from(*part) == floor + 1);
            }
            prop_assert_eq!(split_volume(&mix, 0, total), planned.clone());
        }
    }

    /// The default source (or one restating the plan's rates) runs the very same trials as
    /// the single funnel: customers, deals, hits and every needed volume, bit for bit.
    #[test]
    fn one_source_gives_exactly_the_single_funnels_trials(
        goal in 1i64..=400_000,
        visitor in 1i64..=100,
        seed in any::<u64>(),
        restate in any::<bool>(),
        ranged in any::<bool>(),
        reps in 0i64..=3,
    ) {
        let mut plan = Plan { goal: Decimal::from_int(goal), ..Plan::default() };
        plan.funnel.stages[0].rate = Decimal::from_parts(visitor, 3).unwrap();
        plan.team.reps = Decimal::from_int(reps);
        plan.risk.enabled = true;
        plan.risk.trials = 500;
        plan.risk.seed = seed;
        if ranged {
            plan.risk.stages = vec![None, Some(Range { low: d("0.3"), likely: d("0.4"), high: d("0.6") }), None,
                Some(Observed { successes: d("150"), trials: d("300") })];
            plan.risk.deal_low = Some(d("700"));
            plan.risk.deal_high = Some(d("1400"));
        }
        if restate {
            plan.sources[0].rates = plan.funnel.stages.iter().map(|s| Some(s.rate)).collect();
        }
        let report = compute(&plan).unwrap();
        let model = risk_model(&plan, &report);
        prop_assert_eq!(model.mix.len(), 1);
        let single = montecarlo::Model { mix: Vec::new(), ..model.clone() };
        let volume = report.stages[0].volume;
        let a = montecarlo::run(&model, 0, volume, 500, seed, true);
        let b = montecarlo::run(&single, 0, volume, 500, seed, true);
        prop_assert_eq!(&a.customers, &b.customers);
        prop_assert_eq!(&a.deals, &b.deals);
        prop_assert_eq!(a.hits, b.hits);
        prop_assert_eq!(&a.needed, &b.needed);
        let risk = compute_with_risk(&plan).unwrap().risk.unwrap();
        prop_assert!(risk.sources.is_empty(), "one source's chance is the plan's: not repeated");
    }
}

/// Two sources without uncertainty: customers are Bin(v₁, P₁) + Bin(v₂, P₂), and with one
/// deal size the plan hits when their sum reaches the customers the goal needs; the
/// simulated chance is within 5 standard errors of that exact convolution, and each
/// source's chance of its own part within 5 of its binomial tail.
#[test]
fn two_sources_hit_with_the_exact_law_of_their_summed_customers() {
    let mut plan = Plan { goal: d("40000"), ..Plan::default() };
    let mut weak = share("weak", "0.5");
    weak.rates = vec![Some(d("0.01"))];
    plan.sources = vec![share("strong", "0.5"), weak];
    plan.team.reps = d("10");
    plan.risk.enabled = true;
    plan.risk.trials = 40_000;
    plan.risk.seed = 9;
    let report = compute_with_risk(&plan).unwrap();
    let per = &report.sources.sources;
    let (v1, v2) = (per[0].stages[0].volume, per[1].stages[0].volume);
    assert_eq!((per[0].customers, per[1].customers), (20, 20));
    let p1 = per[0].stages[0].rate_to_customer.to_f64();
    let p2 = per[1].stages[0].rate_to_customer.to_f64();
    let (f1, f2) = (binomial_pmf(v1, p1), binomial_pmf(v2, p2));
    let tail = |f: &[f64], k: usize| f.iter().skip(k).sum::<f64>();
    let exact: f64 = (0..f1.len()).map(|a| f1[a] * tail(&f2, 40usize.saturating_sub(a))).sum();
    let risk = report.risk.unwrap();
    let t = f64::from(risk.trials);
    let within = |got: Decimal, want: f64| {
        let tol = 5.0 * (want * (1.0 - want) / t).sqrt();
        assert!((got.to_f64() - want).abs() <= tol, "{got} vs {want} ± {tol}");
    };
    within(risk.p_hit, exact);
    assert_eq!(risk.sources.len(), 2);
    assert_eq!((risk.sources[0].name.as_str(), risk.sources[1].name.as_str()), ("strong", "weak"));
    within(risk.sources[0].p_hit, tail(&f1, 20));
    within(risk.sources[1].p_hit, tail(&f2, 20));
    assert_eq!(risk.customers_needed, 40);
}

/// A weak source with uncertain rates: the plan's chance comes from each funnel, not from
/// the blended rates. Same total volume, same blended top rate, but the blended single
/// funnel (one binomial) and the mix (two, one of them at half the rate) differ in spread:
/// the mix is what is reported, and the P80 volume still gives at least 80 % when
/// re-simulated with another seed.
#[test]
fn the_p80_volume_of_a_mix_holds_in_a_re_simulation() {
    let mut plan = Plan::default();
    let mut weak = share("webinar", "0.3");
    weak.rates = vec![None, Some(d("0.09"))];
    weak.deal_size = Some(d("1500"));
    plan.sources = vec![share("inbound", "0.7"), weak];
    plan.team.reps = d("10");
    plan.risk.enabled = true;
    plan.risk.trials = 20_000;
    plan.risk.stages = vec![Some(Range { low: d("0.015"), likely: d("0.02"), high: d("0.025") })];
    let report = compute_with_risk(&plan).unwrap();
    let risk = report.risk.as_ref().unwrap();
    let p80 = risk.needed[0].p80.unwrap();
    let model = risk_model(&plan, &report);
    let again = montecarlo::run(&model, 0, p80, 20_000, 4242, false);
    let share = f64::from(again.hits) / 20_000.0;
    assert!(share >= 0.8 - 5.0 * (0.8f64 * 0.2 / 20_000.0).sqrt(), "P80 volume {p80} gives {share}");
    // Per source: the webinar (9 % instead of 40 % at Lead) carries its own chance.
    assert_eq!(risk.sources.len(), 2);
    assert!(risk.p_hit.to_f64() > 0.0 && risk.p_hit.to_f64() < 1.0);
}

/// Reps who cannot close the goal make every trial of a mix miss, as with one funnel.
#[test]
fn a_mix_beyond_the_reps_capacity_never_hits() {
    let mut plan = Plan { sources: vec![share("a", "0.5"), share("b", "0.5")], ..Plan::default() };
    plan.team.reps = d("0");
    plan.risk.enabled = true;
    plan.risk.trials = 1_000;
    plan.risk.volume = Some(d("10000000"));
    let risk = compute_with_risk(&plan).unwrap().risk.unwrap();
    assert_eq!(risk.p_hit, Decimal::ZERO);
}
