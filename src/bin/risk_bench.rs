//! Times the risk Monte-Carlo natively: 100 000 trials over the default six-stage funnel with
//! every rate and the deal size uncertain. Run: `cargo run --release --bin risk_bench`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use funnel_planner::engine::compute;
    use funnel_planner::engine::risk::montecarlo;
    use std::time::Instant;

    let plan = bench_plan();
    let report = compute(&plan).expect("bench plan computes");
    let model = funnel_planner::engine::risk_model(&plan, &report);
    let volume = report.stages[0].volume;
    let trials = plan.risk.trials;
    let time = |label: &str, f: &dyn Fn() -> u64| {
        let mut best = f64::INFINITY;
        let mut check = 0;
        for _ in 0..7 {
            let t = Instant::now();
            check = f();
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        println!("{label}: {best:.1} ms (best of 7; check {check})");
    };
    time("forward (rates, deal, 5 binomials per trial)", &|| {
        u64::from(montecarlo::run(&model, 0, volume, trials, plan.risk.seed, false).hits)
    });
    time("forward + needed volumes (5 negative binomials per trial)", &|| {
        u64::from(montecarlo::run(&model, 0, volume, trials, plan.risk.seed, true).hits)
    });
    time("full report (run + percentiles + histogram + P80/P90)", &|| {
        funnel_planner::engine::simulate_risk(&plan, &report).map_or(0, |r| r.needed[0].p80.unwrap_or(0))
    });
    let r = funnel_planner::engine::simulate_risk(&plan, &report).expect("risk report");
    println!(
        "{} trials from {} visitors: P(hit) {}, customers P10/P50/P90 {}/{}/{}, visitors P80 {:?} P90 {:?}",
        r.trials,
        r.volume,
        r.p_hit,
        r.customers.p10,
        r.customers.p50,
        r.customers.p90,
        r.needed[0].p80,
        r.needed[0].p90
    );
}

#[cfg(not(target_arch = "wasm32"))]
/// The benchmark's plan; `scripts/lib/risk_bench.mjs` runs the same one in the browser: the
/// default funnel, ranges on three rates, observed counts on two, deal size 800–1 000–1 300.
fn bench_plan() -> funnel_planner::engine::Plan {
    use funnel_planner::engine::risk::RateUncertainty::{Observed, Range};
    use funnel_planner::engine::{Decimal, Plan};
    let d = |s: &str| s.parse::<Decimal>().unwrap_or(Decimal::ZERO);
    let range = |l: &str, m: &str, h: &str| Some(Range { low: d(l), likely: d(m), high: d(h) });
    let seen = |s: &str, n: &str| Some(Observed { successes: d(s), trials: d(n) });
    let mut plan = Plan::default();
    plan.risk.enabled = true;
    plan.risk.trials = 100_000;
    plan.risk.deal_low = Some(d("800"));
    plan.risk.deal_high = Some(d("1300"));
    plan.risk.stages = vec![
        range("0.015", "0.02", "0.025"),
        seen("40", "100"),
        range("0.4", "0.5", "0.6"),
        seen("150", "300"),
        range("0.3", "0.4", "0.5"),
    ];
    plan
}

#[cfg(target_arch = "wasm32")]
fn main() {}
