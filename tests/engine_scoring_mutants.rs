#![cfg(not(target_arch = "wasm32"))]
//! The lead-scoring grid's cell limit at its exact edge, found unpinned by the `risk-scoring`
//! mutation run (issue 16): a 10 × 10 grid (100 cells) is accepted, a 101st cell is refused
//! on the grid, and nothing else is reported.

use funnel_planner::engine::scoring::{ScoreCell, MAX_CELLS};
use funnel_planner::engine::{compute, Decimal, Plan, Reason};

#[test]
fn a_scoring_grid_holds_100_cells_a_101st_is_too_many() {
    assert_eq!(MAX_CELLS, 100);
    let mut plan = Plan::default();
    plan.scoring.enabled = true;
    let cell = ScoreCell {
        leads: Decimal::from_int(10),
        rate: Decimal::from_parts(5, 2).unwrap(),
        ..ScoreCell::default()
    };
    plan.scoring.cells = vec![cell.clone(); MAX_CELLS];
    assert!(compute(&plan).is_ok(), "{:?}", compute(&plan).err());
    plan.scoring.cells.push(cell);
    let errors: Vec<(String, Reason)> =
        compute(&plan).unwrap_err().into_iter().map(|e| (e.path, e.reason)).collect();
    assert_eq!(errors, vec![("scoring.cells".to_string(), Reason::TooMany)]);
}
