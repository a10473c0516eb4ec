//! Pins what the sources group's mutation run (2026-11-25) left unpinned in the mix
//! optimiser, on mixes small enough to work out by hand or by brute force: a capped cheap
//! source filled to its cap, a goal the maxima cannot reach, a current mix that already costs
//! the least, the whole-percent programme's answer and its rule on ties, equal-ratio sources
//! in the plan's order, a single source, the last stage's rate (ignored, as in the funnel),
//! near ties with decimal deal sizes (the bounds' rounding margin), and seven-source mixes
//! proven on whole customers (the bounds' strength). docs/mutants/sources.md lists every
//! mutant and its fate.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::funnel::{Stage, Team};
use funnel_planner::engine::sources::optimise::{optimise, Candidate, Proof};
use funnel_planner::engine::sources::optimise_grid::cheapest_grid;
use funnel_planner::engine::sources::split::Costing;
use funnel_planner::engine::Decimal;

fn int(n: i64) -> Decimal {
    Decimal::from_int(n)
}

/// Every lead a customer (lead rate 100 %), so `n` customers cost exactly `n × cost per lead`.
fn linear() -> Vec<Stage> {
    vec![
        Stage { name: "Lead".into(), team: Team::Marketing, rate: Decimal::ONE },
        Stage { name: "Customer".into(), team: Team::Sales, rate: Decimal::ONE },
    ]
}

fn cand(stages: &[Stage], cost_per_lead: i64, deal: i64, max_leads: Option<u64>) -> Candidate<'_> {
    Candidate {
        stages,
        deal_size: int(deal),
        costing: Costing { cost_per_lead: Some(int(cost_per_lead)), stage_costs: &[] },
        lead_stage: 0,
        max_leads,
    }
}

/// A costs 1 a customer but brings at most 3, B costs 2: goal 1 000 at 1 a deal is 3 from A
/// and 997 from B, 3 + 1 994 = 1 997. Whole percentages cannot say 3 of 1 000 (1 % is 10
/// customers), so the programme's best is B alone (2 000): the search must find the rest.
#[test]
fn a_capped_cheap_source_is_filled_to_its_cap_and_the_last_one_brings_the_rest() {
    let stages = linear();
    let cands = vec![cand(&stages, 1, 1, Some(3)), cand(&stages, 2, 1, None)];
    let caps = [3, 1_000];
    assert_eq!(cheapest_grid(&cands, &caps, int(1_000)), Some((vec![0, 1_000], int(2_000))));
    let found = optimise(cands, int(1_000), None).unwrap();
    assert_eq!(
        (found.customers, found.cost, found.proof),
        (vec![3, 997], int(1_997), Some(Proof::WholeCustomers))
    );
}

/// At most 3 + 990 customers for 1 000: no mix reaches the goal, whatever the current mix
/// (here 10 + 995, over both maxima) says.
#[test]
fn a_goal_the_maxima_cannot_reach_has_no_mix_even_from_a_current_one_over_them() {
    let stages = linear();
    let cands = vec![cand(&stages, 1, 1, Some(3)), cand(&stages, 2, 1, Some(990))];
    assert_eq!(optimise(cands.clone(), int(1_000), None), None);
    assert_eq!(optimise(cands, int(1_000), Some(&[10, 995])), None);
}

/// Two sources alike: every mix of 10 customers costs 10, so the current 4 + 6 already costs
/// the least and stays the advice (no reshuffle for nothing).
#[test]
fn a_current_mix_that_already_costs_the_least_is_kept() {
    let stages = linear();
    let cands = vec![cand(&stages, 1, 1, None), cand(&stages, 1, 1, None)];
    let found = optimise(cands, int(10), Some(&[4, 6])).unwrap();
    assert_eq!(
        (found.customers, found.cost, found.proof),
        (vec![4, 6], int(10), Some(Proof::WholeCustomers))
    );
}

/// Goal 10 at 1 a deal: each percent-step of 10 % is one customer. A costs 1, B 2: all from A
/// (10). Alike sources tie everywhere: the programme keeps the first split it meets, the
/// earlier source taking it all (the plan's order decides, so the advice is stable).
#[test]
fn the_whole_percent_programme_takes_the_cheapest_split_and_keeps_the_first_of_ties() {
    let stages = linear();
    let cheap_dear = vec![cand(&stages, 1, 1, None), cand(&stages, 2, 1, None)];
    assert_eq!(cheapest_grid(&cheap_dear, &[10, 10], int(10)), Some((vec![10, 0], int(10))));
    let alike = vec![cand(&stages, 1, 1, None), cand(&stages, 1, 1, None)];
    assert_eq!(cheapest_grid(&alike, &[10, 10], int(10)), Some((vec![10, 0], int(10))));
}

/// One source: ceil(10 / 3) = 4 customers at 1 each, proven (nothing to weigh).
#[test]
fn a_single_source_brings_the_whole_goal() {
    let stages = linear();
    let found = optimise(vec![cand(&stages, 1, 3, None)], int(10), None).unwrap();
    assert_eq!((found.customers, found.cost, found.proof), (vec![4], int(4), Some(Proof::WholeCustomers)));
}

/// The last stage's rate means nothing (the funnel ignores it, validation skips it): a source
/// whose customer stage says 0 % gets the same advice as one saying 100 %.
#[test]
fn the_last_stages_rate_is_ignored_by_the_optimiser_as_by_the_funnel() {
    let half = |last: Decimal| {
        vec![
            Stage { name: "Lead".into(), team: Team::Marketing, rate: Decimal::from_parts(5, 1).unwrap() },
            Stage { name: "Customer".into(), team: Team::Sales, rate: last },
        ]
    };
    let (zero, one, plain) = (half(Decimal::ZERO), half(Decimal::ONE), linear());
    // 2 leads a customer at 1 each (2 a customer) against 3 a customer: all from the first.
    for stages in [&zero, &one] {
        let found =
            optimise(vec![cand(stages, 1, 1, None), cand(&plain, 3, 1, None)], int(10), None).unwrap();
        assert_eq!((found.customers, found.cost), (vec![10, 0], int(20)));
    }
}

/// A and B alike at 2 a customer, C at 1 but at most 3: goal 1 000 is C's 3 and 997 from A or
/// B, 1 997 either way (whole percentages cannot give C its 3). Of equally cheap mixes the
/// earlier source in the plan takes the customers: sources of equal cost per revenue unit keep
/// the plan's order in the search.
#[test]
fn of_equally_cheap_mixes_the_earlier_source_takes_the_customers() {
    let stages = linear();
    let cands = vec![cand(&stages, 2, 1, None), cand(&stages, 2, 1, None), cand(&stages, 1, 1, Some(3))];
    let found = optimise(cands, int(1_000), None).unwrap();
    assert_eq!((found.customers, found.cost), (vec![997, 0, 3], int(1_997)));
}

/// Rates (%), lead and SQL costs, most leads, deal size, as in engine_sources_optimise.
type Raw = (i64, i64, i64, i64, Option<u64>, i64);

/// Seven-source mixes of a year's goal (mixes the search once proved within its budget): the
/// bounds prune enough to prove them on whole customers, and the mix is within the maxima,
/// reaches the goal, costs what it says and no more than the whole-percent optimum.
#[test]
fn seven_source_mixes_are_proven_on_whole_customers() {
    let mixes: [(&[Raw], i64); 2] = [
        (
            &[
                (7, 69, 6, 35, None, 1250),
                (83, 57, 8, 37, Some(1763), 2250),
                (31, 81, 15, 18, Some(331), 1000),
                (81, 21, 2, 39, Some(2119), 1250),
                (17, 14, 2, 22, None, 1250),
                (86, 19, 16, 35, None, 2250),
                (38, 87, 6, 0, Some(1115), 750),
            ],
            1_550_000,
        ),
        (
            &[
                (88, 43, 12, 29, None, 2000),
                (66, 47, 14, 7, Some(1011), 1250),
                (20, 84, 8, 32, None, 500),
                (64, 47, 16, 32, None, 1500),
                (81, 39, 14, 3, Some(1116), 2250),
                (29, 36, 3, 37, None, 2250),
                (57, 23, 18, 22, None, 500),
            ],
            1_690_000,
        ),
    ];
    for (raw, goal) in mixes {
        let pct = |p: i64| Decimal::from_parts(p, 2).unwrap();
        let stages: Vec<Vec<Stage>> = raw
            .iter()
            .map(|r| {
                vec![
                    Stage { name: "Lead".into(), team: Team::Marketing, rate: pct(r.0) },
                    Stage { name: "SQL".into(), team: Team::Sales, rate: pct(r.1) },
                    Stage { name: "Customer".into(), team: Team::Sales, rate: Decimal::ONE },
                ]
            })
            .collect();
        let costs: Vec<Vec<Option<Decimal>>> =
            raw.iter().map(|r| vec![Some(int(r.2)), Some(int(r.3))]).collect();
        let cands: Vec<Candidate> = raw
            .iter()
            .enumerate()
            .map(|(i, r)| Candidate {
                stages: &stages[i],
                deal_size: int(r.5),
                costing: Costing { cost_per_lead: None, stage_costs: &costs[i] },
                lead_stage: 0,
                max_leads: r.4,
            })
            .collect();
        let found = optimise(cands.clone(), int(goal), None).unwrap();
        assert_eq!(found.proof, Some(Proof::WholeCustomers), "goal {goal}");
        let (mut revenue, mut cost) = (0i64, Decimal::ZERO);
        for ((n, c), r) in found.customers.iter().zip(&cands).zip(raw) {
            let leads = funnel_planner::engine::funnel::reverse(c.stages, *n).unwrap()[0].volume;
            assert!(r.4.is_none_or(|max| leads <= max), "within the maximum");
            revenue += *n as i64 * r.5;
            cost = cost.checked_add(c.cost(*n).unwrap()).unwrap();
        }
        assert!(revenue >= goal);
        assert_eq!(cost, found.cost);
        let caps: Vec<u64> = cands
            .iter()
            .zip(raw)
            .map(|(c, r)| {
                let limit = (goal as u64).div_ceil(r.5 as u64);
                let leads = |n| funnel_planner::engine::funnel::reverse(c.stages, n).unwrap()[0].volume;
                (0..=limit).take_while(|n| r.4.is_none_or(|m| leads(*n) <= m)).last().unwrap_or(0)
            })
            .collect();
        let (_, grid) = cheapest_grid(&cands, &caps, int(goal)).unwrap();
        assert!(found.cost <= grid, "no dearer than the whole-percent optimum");
    }
}

/// Most leads, deal size, cost per lead.
type DecimalSource<'a> = (Option<u64>, &'a str, &'a str);

/// Deal sizes with decimals and costs per revenue unit a few 10⁻⁹ apart: each product the
/// bounds use is truncated at the ninth decimal, and the search's margin must keep a bound
/// below the true cost, or the cheapest mix is pruned. The answer is checked against every mix
/// (the first two sources' counts tried one by one, the third bringing the least that reaches
/// the goal: costs only grow with customers).
#[test]
fn near_ties_with_decimal_deal_sizes_still_find_the_cheapest_mix() {
    let d = |t: &str| -> Decimal { t.parse().unwrap() };
    let mixes: [([DecimalSource; 3], i64); 2] = [
        ([(None, "3.7", "7.773700002"), (None, "1", "2.101000007"), (Some(207), "1.25", "2.62625")], 132),
        ([(None, "2.3", "5.145100002"), (None, "3.7", "8.276900001"), (None, "1", "2.237000001")], 115),
    ];
    let stages = linear();
    for (raw, goal) in mixes {
        let cands: Vec<Candidate> = raw
            .iter()
            .map(|(max, deal, cost)| Candidate {
                stages: &stages,
                deal_size: d(deal),
                costing: Costing { cost_per_lead: Some(d(cost)), stage_costs: &[] },
                lead_stage: 0,
                max_leads: *max,
            })
            .collect();
        let goal = int(goal);
        let most = |c: &Candidate| {
            let alone = u64::try_from(goal.ceil_div(c.deal_size).unwrap()).unwrap();
            c.max_leads.map_or(alone, |m| m.min(alone))
        };
        let revenue = |n: u64, c: &Candidate| int(n as i64).checked_mul(c.deal_size).unwrap();
        let mut cheapest: Option<Decimal> = None;
        for a in 0..=most(&cands[0]) {
            for b in 0..=most(&cands[1]) {
                let got = revenue(a, &cands[0]).checked_add(revenue(b, &cands[1])).unwrap();
                let rest = goal.checked_sub(got).unwrap().max(Decimal::ZERO);
                let c = u64::try_from(rest.ceil_div(cands[2].deal_size).unwrap()).unwrap();
                if c <= most(&cands[2]) {
                    let cost = [(a, 0), (b, 1), (c, 2)]
                        .iter()
                        .fold(Decimal::ZERO, |s, (n, i)| s.checked_add(cands[*i].cost(*n).unwrap()).unwrap());
                    cheapest = Some(cheapest.map_or(cost, |x| x.min(cost)));
                }
            }
        }
        let found = optimise(cands, goal, None).unwrap();
        assert_eq!((Some(found.cost), found.proof), (cheapest, Some(Proof::WholeCustomers)), "goal {goal:?}");
    }
}
