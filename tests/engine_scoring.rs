//! Lead scoring grid (seed 003: fit × interest): expected customers, routing, sales-ready volume.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::scoring::{
    default_routing, score, Fit, Interest, LeadScoring, Routing, ScoreCell,
};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn seed_003_routing_follows_fit_and_interest() {
    assert_eq!(default_routing(Fit::Good, Interest::High), Routing::SalesNow);
    assert_eq!(default_routing(Fit::Good, Interest::Low), Routing::MarketingNurture);
    assert_eq!(default_routing(Fit::Poor, Interest::High), Routing::Qualify);
    assert_eq!(default_routing(Fit::Poor, Interest::Low), Routing::Avoid);
}

#[test]
fn default_grid_splits_2500_leads_into_100_customers_at_4_percent() {
    let r = score(&LeadScoring::default());
    let cells: Vec<_> = r.cells.iter().map(|c| (c.leads, c.expected_customers, c.expected_whole)).collect();
    assert_eq!(cells, [(500, d("60"), 60), (800, d("24"), 24), (400, d("12"), 12), (800, d("4"), 4)]);
    assert_eq!((r.total_leads, r.total_expected, r.total_expected_whole), (2_500, d("100"), 100));
    assert_eq!(r.sales_ready_leads, 500);
    let routed: Vec<_> = r.by_routing.iter().map(|t| (t.routing, t.leads)).collect();
    assert_eq!(
        routed,
        [
            (Routing::SalesNow, 500),
            (Routing::MarketingNurture, 800),
            (Routing::Qualify, 400),
            (Routing::Avoid, 800)
        ]
    );
    assert!(!LeadScoring::default().enabled);
}

#[test]
fn fractional_expectations_stay_exact_and_whole_rounds_down() {
    let grid = LeadScoring {
        enabled: true,
        cells: vec![
            ScoreCell { leads: d("333"), rate: d("0.1"), ..ScoreCell::default() },
            ScoreCell { leads: d("7"), rate: d("0.1"), routing: Routing::Qualify, ..ScoreCell::default() },
        ],
    };
    let r = score(&grid);
    assert_eq!((r.cells[0].expected_customers, r.cells[0].expected_whole), (d("33.3"), 33));
    assert_eq!((r.cells[1].expected_customers, r.cells[1].expected_whole), (d("0.7"), 0));
    // 34 whole customers in total although the cells' floors only add to 33.
    assert_eq!((r.total_expected, r.total_expected_whole), (d("34"), 34));
}

#[test]
fn re_routing_a_cell_to_sales_raises_the_sales_ready_volume() {
    let mut grid = LeadScoring::default();
    grid.cells[2].routing = Routing::SalesNow;
    assert_eq!(score(&grid).sales_ready_leads, 900);
}

#[test]
fn cells_need_whole_leads_and_a_rate_within_hundred_percent() {
    let grid = LeadScoring {
        enabled: true,
        cells: vec![ScoreCell { leads: d("2.5"), rate: d("1.2"), ..ScoreCell::default() }],
    };
    let mut errors = Errors::default();
    grid.validate("scoring", &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [("scoring.cells.0.leads", Reason::NotWhole), ("scoring.cells.0.rate", Reason::AboveHundredPercent)]
    );
}

fn any_cell() -> impl Strategy<Value = ScoreCell> {
    (0i64..10_000_000, 0i64..=1_000, 0usize..4).prop_map(|(leads, permille, route)| ScoreCell {
        leads: Decimal::from_int(leads),
        rate: Decimal::from_parts(permille, 3).unwrap(),
        routing: [Routing::SalesNow, Routing::MarketingNurture, Routing::Qualify, Routing::Avoid][route],
        ..ScoreCell::default()
    })
}

proptest! {
    #[test]
    fn totals_equal_the_sums_of_cells_and_of_routings(cells in prop::collection::vec(any_cell(), 0..12)) {
        let r = score(&LeadScoring { enabled: true, cells });
        prop_assert_eq!(r.total_leads, r.cells.iter().map(|c| c.leads).sum::<u64>());
        prop_assert_eq!(r.total_leads, r.by_routing.iter().map(|t| t.leads).sum::<u64>());
        let exact = r.cells.iter().try_fold(Decimal::ZERO, |a, c| a.checked_add(c.expected_customers)).unwrap();
        prop_assert_eq!(r.total_expected, exact);
        let by_route = r.by_routing.iter().try_fold(Decimal::ZERO, |a, t| a.checked_add(t.expected_customers)).unwrap();
        prop_assert_eq!(r.total_expected, by_route);
        prop_assert!(r.total_expected_whole >= r.cells.iter().map(|c| c.expected_whole).sum::<u64>());
        let sales: u64 = r.cells.iter().filter(|c| c.routing == Routing::SalesNow).map(|c| c.leads).sum();
        prop_assert_eq!(r.sales_ready_leads, sales);
    }
}
