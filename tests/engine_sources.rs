//! Sources and segments: the split of the goal, exact totals, per-source results, the
//! owners' shares, the checks on shares, and adopting the cheapest mix.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::budget::BudgetTerms;
use funnel_planner::engine::sources::{GoalShare, Owner, Source};
use funnel_planner::engine::{adopt_mix, compute, Decimal, Plan, Reason};

fn d(t: &str) -> Decimal {
    t.parse().unwrap()
}

fn source(name: &str, owner: Owner, share: GoalShare) -> Source {
    Source { name: name.into(), owner, share, ..Source::default() }
}

/// Seed 004's "3 personas × inbound/outbound" as six sources.
fn personas() -> Plan {
    let mut plan = Plan::default();
    let mut sources = Vec::new();
    for (persona, part) in [("CFO", "0.2"), ("CTO", "0.15"), ("Ops", "0.15")] {
        let mut inbound = source(&format!("{persona} inbound"), Owner::Marketing, GoalShare::Share(d(part)));
        inbound.rates = vec![None, Some(d("0.38"))];
        inbound.cost_per_lead = Some(d("40"));
        let mut outbound =
            source(&format!("{persona} outbound"), Owner::SalesOutbound, GoalShare::Share(d(part)));
        outbound.rates = vec![None, Some(d("0.09"))];
        outbound.deal_size = Some(d("1500"));
        outbound.cost_per_lead = Some(d("15"));
        outbound.days_to_close = vec![Some(d("120"))];
        sources.extend([inbound, outbound]);
    }
    plan.sources = sources;
    plan
}

#[test]
fn three_personas_by_inbound_and_outbound_are_six_sources_whose_sums_are_the_totals() {
    let plan = personas();
    let report = compute(&plan).unwrap();
    let per = &report.sources.sources;
    assert_eq!(per.len(), 6);
    let goals: Decimal = per.iter().fold(Decimal::ZERO, |s, r| s.checked_add(r.goal).unwrap());
    assert_eq!(goals, plan.goal, "the parts are the goal exactly");
    for (i, stage) in report.stages.iter().enumerate() {
        assert_eq!(stage.volume, per.iter().map(|r| r.stages[i].volume).sum::<u64>(), "stage {i}");
    }
    assert_eq!(report.customers, per.iter().map(|r| r.customers).sum::<u64>());
    // CFO inbound: 20 000 → 20 customers at 1 000, MQL 40, lead 80 at 38 %... reverse exact.
    assert_eq!(per[0].customers, 20);
    assert_eq!(per[1].customers, 14, "ceil(20 000 / 1 500)");
    assert_eq!(per[0].cost, Some(Decimal::from_int(40 * per[0].leads as i64)));
    assert!(per[1].timing.as_ref().unwrap()[0].lag_months > 0);
    // Blended lead rate: between the sources' 9 % and 38 %, derived from the volumes.
    let lead_rate = report.sources.blended_rates[1];
    assert!(lead_rate > d("0.09") && lead_rate < d("0.38"), "{lead_rate:?}");
    assert_eq!(report.stages[1].rate, lead_rate);
    let owners = &report.sources.by_owner;
    assert_eq!(owners[0].owner, Owner::Marketing);
    let shares =
        owners.iter().filter_map(|o| o.revenue_share).fold(Decimal::ZERO, |s, x| s.checked_add(x).unwrap());
    assert!(shares <= Decimal::ONE && shares > d("0.999999"), "{shares:?}");
    assert_eq!(owners[2].customers, 0, "no partner source");
}

#[test]
fn shares_must_add_up_to_a_hundred_percent_and_amounts_to_the_goal() {
    let errors = |sources: Vec<Source>| {
        let plan = Plan { sources, ..Plan::default() };
        compute(&plan).err().unwrap_or_default().into_iter().map(|e| (e.path, e.reason)).collect::<Vec<_>>()
    };
    let half = |n| source(n, Owner::Marketing, GoalShare::Share(d("0.5")));
    let part = |n, s| source(n, Owner::Partners, GoalShare::Share(d(s)));
    assert_eq!(errors(vec![half("a"), part("b", "0.4")]), [("sources".into(), Reason::SharesNotHundred)]);
    assert_eq!(errors(vec![half("a"), half("b")]), []);
    let amount = |a| source("fixed", Owner::SalesOutbound, GoalShare::Amount(d(a)));
    assert_eq!(errors(vec![amount("30000"), part("rest", "1")]), []);
    assert_eq!(
        errors(vec![amount("130000"), part("rest", "1")]),
        [("sources".into(), Reason::AmountsNotGoal)]
    );
    assert_eq!(errors(vec![amount("60000"), amount("30000")]), [("sources".into(), Reason::AmountsNotGoal)]);
    assert_eq!(errors(vec![amount("60000"), amount("40000")]), []);
    assert_eq!(errors(vec![]), [("sources".into(), Reason::TooFew)]);
    let mut bad = half("a");
    bad.rates = vec![Some(d("1.5"))];
    assert_eq!(errors(vec![bad, half("b")]), [("sources.0.rates.0".into(), Reason::AboveHundredPercent)]);
}

#[test]
fn fixed_amounts_come_first_and_percentages_share_the_rest() {
    let plan = Plan {
        sources: vec![
            source("events", Owner::Marketing, GoalShare::Amount(d("10000"))),
            source("web", Owner::Marketing, GoalShare::Share(d("0.333333333"))),
            source("partners", Owner::Partners, GoalShare::Share(d("0.666666667"))),
        ],
        ..Plan::default()
    };
    let report = compute(&plan).unwrap();
    let goals: Vec<Decimal> = report.sources.sources.iter().map(|r| r.goal).collect();
    assert_eq!(goals[0], d("10000"));
    assert_eq!(goals[1], d("29999.99997"));
    assert_eq!(goals[2], d("60000.00003"), "the last percentage takes the exact rest");
}

#[test]
fn sources_with_their_own_costs_set_the_budgets_funnel_cost() {
    let mut plan = personas();
    plan.budget = Some(BudgetTerms { cost_per_lead: Some(d("1000")), ..BudgetTerms::default() });
    let report = compute(&plan).unwrap();
    let sum = report
        .sources
        .sources
        .iter()
        .filter_map(|r| r.cost)
        .fold(Decimal::ZERO, |s, c| s.checked_add(c).unwrap());
    assert_eq!(report.budget.unwrap().funnel_cost.unwrap().needed, sum);
    assert_eq!(report.sources.total_cost, Some(sum));
}

#[test]
fn adopting_the_cheapest_mix_gives_exactly_its_customers_and_cost() {
    let mut plan = personas();
    plan.sources[1].max_leads = Some(d("100"));
    let report = compute(&plan).unwrap();
    let mix = report.sources.mix.clone().unwrap();
    assert!(mix.proven, "six sources finish within the search budget");
    assert!(mix.cost <= mix.current_cost);
    assert_eq!(mix.saving, mix.current_cost.checked_sub(mix.cost).unwrap());
    let adopted = adopt_mix(&plan).unwrap();
    let after = compute(&adopted).unwrap();
    let customers: Vec<u64> = after.sources.sources.iter().map(|r| r.customers).collect();
    assert_eq!(customers, mix.customers);
    assert_eq!(after.sources.total_cost, Some(mix.cost));
    assert!(after.sources.sources[1].leads <= 100, "the maximum holds");
    let again = after.sources.mix.unwrap();
    assert_eq!(again.cost, mix.cost, "adopting twice changes nothing");
    assert_eq!(again.saving, Decimal::ZERO);
}

#[test]
fn one_source_has_no_mix_to_weigh() {
    let report = compute(&Plan::default()).unwrap();
    assert!(report.sources.mix.is_none());
    assert_eq!(report.sources.sources.len(), 1);
    assert_eq!(report.sources.sources[0].stages, report.stages);
    assert_eq!(report.sources.sources[0].breakdowns, report.breakdowns);
}
