//! Pins what the sources group's mutation run (2026-11-25) left unpinned, on figures worked
//! out by hand on a three-stage funnel (Lead 50 % → SQL 50 % → Customer): the summed mix
//! (blended rates and stages, deal size, forward check, lags, each source's maximum and
//! pipeline), the cheapest-mix advice's guards and budget check, the plan's costs for sources
//! without their own, a source's maximum of leads and customers beyond the goal in the cheapest
//! mix, the last share source's rest, adopting a mix, and the limits on a source's fields.
//! docs/mutants/sources.md lists every mutant and its fate.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::{Stage, Team, MAX_STAGES};
use funnel_planner::engine::sources::adopt::adopt;
use funnel_planner::engine::sources::optimise::Proof;
use funnel_planner::engine::sources::{plan_mix, validate_sources, GoalShare, MixInput, Source, MAX_SOURCES};
use funnel_planner::engine::time::periods::PeriodSettings;
use funnel_planner::engine::{Decimal, Reason};

fn d(t: &str) -> Decimal {
    t.parse().unwrap()
}

fn stages() -> Vec<Stage> {
    vec![
        Stage { name: "Lead".into(), team: Team::Marketing, rate: d("0.5") },
        Stage { name: "SQL".into(), team: Team::Sales, rate: d("0.5") },
        Stage { name: "Customer".into(), team: Team::Sales, rate: Decimal::ONE },
    ]
}

/// The plan's side: deal size 1 000, no days to close, leads at stage 0, no budget.
fn input<'a>(
    sources: &'a [Source],
    stages: &'a [Stage],
    periods: &'a PeriodSettings,
    goal: &str,
) -> MixInput<'a> {
    MixInput {
        sources,
        new_goal: d(goal),
        deal_size: d("1000"),
        stages,
        days_to_close: &[],
        periods,
        handover_stage: 1,
        lead_stage: 0,
        budget_costing: None,
        yearly_budget: None,
        optimiser: Some(funnel_planner::engine::sources::optimise::optimise),
    }
}

/// A: half the goal on the plan's funnel, at most 20 leads. B: the other half at 2 000 a
/// deal, 20 % lead → SQL, 61 days to close (2 months) from its lead and SQL stages, at most
/// 29 leads. C: a fixed 0, a year to close, at most 5 leads.
fn three() -> Vec<Source> {
    let a = Source { share: GoalShare::Share(d("0.5")), max_leads: Some(d("20")), ..Source::default() };
    let b = Source {
        share: GoalShare::Share(d("0.5")),
        deal_size: Some(d("2000")),
        rates: vec![Some(d("0.2"))],
        days_to_close: vec![Some(d("61")), Some(d("61"))],
        max_leads: Some(d("29")),
        ..Source::default()
    };
    let c = Source {
        share: GoalShare::Amount(Decimal::ZERO),
        days_to_close: vec![Some(d("365")); 3],
        max_leads: Some(d("5")),
        ..Source::default()
    };
    vec![a, b, c]
}

/// Goal 10 000: A 5 000 → 5 customers, 10 SQL, 20 leads; B 5 000 → ceil(2.5) = 3 customers,
/// 6 SQL, 6 / 0.2 = 30 leads; C nothing.
#[test]
fn the_mix_of_three_sources_sums_and_blends_as_worked_by_hand() {
    let (sources, stages, periods) = (three(), stages(), PeriodSettings::default());
    let mix = plan_mix(&input(&sources, &stages, &periods, "10000")).unwrap();
    assert_eq!(mix.customers, 8);
    assert_eq!(mix.revenue, d("11000"), "5 × 1 000 + 3 × 2 000");
    assert_eq!(mix.deal_size, d("1375"), "11 000 / 8: B's deal size counts");
    // Lead rate: the rates differ, so (20 × 0.5 + 30 × 0.2) / 50 = 0.32; SQL: all 0.5.
    let rates: Vec<Decimal> = mix.blended.iter().map(|s| s.rate).collect();
    assert_eq!(rates, [d("0.32"), d("0.5"), Decimal::ONE]);
    assert_eq!(mix.blended[1].name, "SQL");
    let totals: Vec<(u64, Decimal, Decimal)> =
        mix.stages.iter().map(|s| (s.volume, s.rate, s.rate_to_customer)).collect();
    assert_eq!(
        totals,
        [(50, d("0.32"), d("0.16")), (16, d("0.5"), d("0.5")), (8, Decimal::ONE, Decimal::ONE)],
        "rate to a customer: the product of the blended rates from the stage down"
    );
    // Forward from the top, rounding down: A 20 → 10 → 5, B 30 → 6 → 3.
    assert_eq!(mix.forward, Some(vec![50, 16, 8]));
    // Lags: B's 2 months on its lead and SQL stages; C's 12 do not count, it has no one.
    let timing = mix.timing.unwrap();
    assert_eq!(timing.iter().map(|t| t.lag_months).collect::<Vec<_>>(), [2, 2, 0]);
    for (t, s) in timing.iter().zip(&mix.stages) {
        assert_eq!(t.by_month.iter().sum::<u64>() + t.pipeline_already_needed, s.volume);
    }
    let per = &mix.report.sources;
    // A has exactly its 20 leads (not over), B 30 for 29 (over), C none for 5 (not over).
    assert_eq!(
        per.iter().map(|r| (r.leads, r.over_max)).collect::<Vec<_>>(),
        [(20, false), (30, true), (0, false)]
    );
    // Pipeline: the first sales stage (SQL) × the source's deal size.
    let pipeline: Vec<Option<Decimal>> = per.iter().map(|r| r.pipeline).collect();
    assert_eq!(pipeline, [Some(d("10000")), Some(d("12000")), Some(Decimal::ZERO)]);
}

/// With nothing left to win, no customer: the deal size is the plan's (no 0 / 0).
#[test]
fn a_zero_goal_keeps_the_plans_deal_size() {
    let (sources, stages, periods) = (three(), stages(), PeriodSettings::default());
    let mix = plan_mix(&input(&sources, &stages, &periods, "0")).unwrap();
    assert_eq!((mix.customers, mix.deal_size), (0, d("1000")));
}

/// Both at 10 a lead, half the goal each: A's plan funnel needs 4 leads a customer (40 a
/// customer), B's 25 % lead → SQL needs 8 (80 a customer).
fn costed() -> Vec<Source> {
    let cpl = Some(d("10"));
    let a = Source { share: GoalShare::Share(d("0.5")), cost_per_lead: cpl, ..Source::default() };
    let b = Source {
        share: GoalShare::Share(d("0.5")),
        rates: vec![Some(d("0.25"))],
        cost_per_lead: cpl,
        ..a.clone()
    };
    vec![a, b]
}

#[test]
fn the_cheapest_mix_and_whether_the_budget_covers_it() {
    let (sources, stages, periods) = (costed(), stages(), PeriodSettings::default());
    // Goal 10 000 = 10 customers: now 5 + 5 (200 + 400), cheapest all from A (400).
    for (budget, within) in [("400", true), ("399.999999999", false)] {
        let mix = plan_mix(&MixInput {
            yearly_budget: Some(d(budget)),
            ..input(&sources, &stages, &periods, "10000")
        });
        let advice = mix.unwrap().report.mix.unwrap();
        assert_eq!((advice.current_cost, advice.cost, advice.saving), (d("600"), d("400"), d("200")));
        assert_eq!(advice.customers, [10, 0]);
        assert_eq!(advice.proof, Some(Proof::WholeCustomers));
        assert_eq!(advice.within_budget, Some(within), "budget {budget}");
    }
    // A third costed source, dearer still, changes nothing.
    let mut three = sources.clone();
    three.push(Source {
        share: GoalShare::Amount(Decimal::ZERO),
        rates: vec![Some(d("0.1"))],
        ..sources[0].clone()
    });
    let advice = plan_mix(&input(&three, &stages, &periods, "10000")).unwrap().report.mix.unwrap();
    assert_eq!((advice.customers, advice.cost), (vec![10, 0, 0], d("400")));
}

#[test]
fn one_costed_source_or_a_zero_goal_has_no_mix_to_weigh() {
    let (sources, stages, periods) = (costed(), stages(), PeriodSettings::default());
    let one = [Source { share: GoalShare::Share(Decimal::ONE), ..sources[0].clone() }];
    assert!(plan_mix(&input(&one, &stages, &periods, "10000")).unwrap().report.mix.is_none());
    assert!(plan_mix(&input(&sources, &stages, &periods, "0")).unwrap().report.mix.is_none());
}

/// The last source used takes 100 % of the rest; the others fixed amounts at their deal size,
/// a source after it with no customer a fixed 0.
#[test]
fn adopting_a_mix_gives_the_last_source_used_the_rest() {
    let mut sources = three();
    sources[0].deal_size = Some(d("1500"));
    let shares: Vec<GoalShare> =
        adopt(&sources, d("1000"), &[3, 2, 0]).unwrap().into_iter().map(|s| s.share).collect();
    assert_eq!(
        shares,
        [GoalShare::Amount(d("4500")), GoalShare::Share(Decimal::ONE), GoalShare::Amount(Decimal::ZERO)]
    );
    assert_eq!(adopt(&sources, d("1000"), &[0, 0, 0]), None, "no source used");
    assert_eq!(adopt(&sources, d("1000"), &[1, 2]), None, "a count per source");
}

fn errors(sources: &[Source]) -> Vec<(String, Reason)> {
    let mut errors = Errors::default();
    validate_sources(sources, 3, Some(d("10000")), &mut errors);
    errors.0.into_iter().map(|e| (e.path, e.reason)).collect()
}

fn err(path: &str, reason: Reason) -> Vec<(String, Reason)> {
    vec![(path.into(), reason)]
}

#[test]
fn a_sources_lists_days_and_maximum_are_checked_at_their_limits() {
    let one = |s: Source| errors(&[s]);
    assert_eq!(one(Source::default()), []);
    assert_eq!(one(Source { rates: vec![None; MAX_STAGES], ..Source::default() }), []);
    let too_many = Source { stage_costs: vec![None; MAX_STAGES + 1], ..Source::default() };
    assert_eq!(one(too_many), err("sources.0.stage_costs", Reason::TooMany));
    let days = |t: &str| Source { days_to_close: vec![Some(d(t))], ..Source::default() };
    assert_eq!(one(days("100")), []);
    assert_eq!(one(days("3650")), [], "ten years is the most");
    assert_eq!(one(days("3650.5")), err("sources.0.days_to_close.0", Reason::OutOfRange));
    // Most leads: whole, up to i64::MAX / 10⁹ = 9 223 372 036 (the decimal's whole range).
    let max = |t: &str| Source { max_leads: Some(d(t)), ..Source::default() };
    assert_eq!(one(max("1000000000")), []);
    assert_eq!(one(max("9223372036")), []);
    assert_eq!(one(max("9223372037")), err("sources.0.max_leads", Reason::OutOfRange));
}

#[test]
fn a_plan_holds_one_to_thirty_sources_and_a_bad_source_hides_the_share_check() {
    let nothing = || Source { share: GoalShare::Amount(Decimal::ZERO), ..Source::default() };
    let mut thirty: Vec<Source> = (1..MAX_SOURCES).map(|_| nothing()).collect();
    thirty.push(Source::default());
    assert_eq!(errors(&thirty), []);
    thirty.push(nothing());
    assert_eq!(errors(&thirty), err("sources", Reason::TooMany));
    let part = |s: &str| Source { share: GoalShare::Share(d(s)), ..Source::default() };
    assert_eq!(errors(&[part("0.5"), part("0.4")]), err("sources", Reason::SharesNotHundred));
    // A source's own error comes alone: its shares are not added up.
    let bad = Source { rates: vec![Some(d("1.5"))], ..part("0.5") };
    assert_eq!(errors(&[bad, part("0.4")]), err("sources.0.rates.0", Reason::AboveHundredPercent));
}

/// Sources that set no cost of their own are costed with the plan's budget (10 a lead): the
/// same 600 now and 400 all from A as `costed()`, and the budget's cost stays the plan's.
#[test]
fn sources_without_costs_of_their_own_take_the_plans() {
    use funnel_planner::engine::sources::split::Costing;
    let (stages, periods) = (stages(), PeriodSettings::default());
    let plain: Vec<Source> = costed().into_iter().map(|s| Source { cost_per_lead: None, ..s }).collect();
    assert!(plain.iter().all(|s| !s.has_own_costs()));
    let mix = plan_mix(&MixInput {
        budget_costing: Some(Costing { cost_per_lead: Some(d("10")), stage_costs: &[] }),
        ..input(&plain, &stages, &periods, "10000")
    })
    .unwrap();
    assert!(!mix.own_costs);
    let advice = mix.report.mix.unwrap();
    assert_eq!((advice.current_cost, advice.cost, advice.customers), (d("600"), d("400"), vec![10, 0]));
}

/// A's maximum of leads caps its customers at ⌊max / 4⌋ (4 leads a customer): the cheapest
/// mix gives A that many of the 10 and B (8 leads a customer) the rest, at 40 and 80 each.
#[test]
fn the_cheapest_mix_stops_at_a_sources_maximum_of_leads() {
    let (stages, periods) = (stages(), PeriodSettings::default());
    for (max, a) in [(0, 0), (3, 0), (4, 1), (7, 1), (8, 2), (21, 5), (39, 9), (40, 10), (1000, 10)] {
        let mut sources = costed();
        sources[0].max_leads = Some(Decimal::from_int(max));
        let advice = plan_mix(&input(&sources, &stages, &periods, "10000")).unwrap().report.mix.unwrap();
        let cost = Decimal::from_int(40 * a + 80 * (10 - a));
        assert_eq!((advice.customers, advice.cost), (vec![a as u64, 10 - a as u64], cost), "max {max}");
    }
}

/// Shares' targets are truncated at the ninth decimal, and the last share source takes what
/// is left, so the targets add up to the goal exactly: 1 000.5 × 0.333333333 = 333.4999996665
/// → 333.499999666 twice, the last 1 000.5 − 666.999999332 = 333.500000668 (its own product,
/// 333.500000667, would leave the sum a nano-unit short).
#[test]
fn the_last_share_source_takes_the_rest_to_the_nano_unit() {
    use funnel_planner::engine::sources::split::targets;
    let share = |f: &str| Source { share: GoalShare::Share(d(f)), ..Source::default() };
    let sources = [share("0.333333333"), share("0.333333333"), share("0.333333334")];
    let got = targets(&sources, d("1000.5")).unwrap();
    assert_eq!(got, [d("333.499999666"), d("333.499999666"), d("333.500000668")]);
}

/// Customers beyond the goal are dropped: A (free leads, 100 a deal, at most 20 leads = 5
/// customers) comes first in the search, which keeps its 5 (they cost nothing) and gives B
/// (1 000 a deal) ⌈500 / 1 000⌉ = 1; 1 500 overshoots the goal of 1 000 by 500 = 5 of A's
/// deals, so the mix given is A 0, B 1 (40), which adopting reproduces exactly.
#[test]
fn the_cheapest_mix_drops_customers_beyond_the_goal() {
    let (stages, periods) = (stages(), PeriodSettings::default());
    let a = Source {
        share: GoalShare::Share(d("0.5")),
        deal_size: Some(d("100")),
        cost_per_lead: Some(Decimal::ZERO),
        max_leads: Some(d("20")),
        ..Source::default()
    };
    let b = Source { share: GoalShare::Share(d("0.5")), cost_per_lead: Some(d("10")), ..Source::default() };
    let sources = [a, b];
    let advice = plan_mix(&input(&sources, &stages, &periods, "1000")).unwrap().report.mix.unwrap();
    assert_eq!((advice.customers, advice.cost), (vec![0, 1], d("40")));
}
