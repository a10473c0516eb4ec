//! Lead scoring grid (seed 003: fit × interest): expected customers per cell, where each cell is
//! routed, and the sales-ready volume that feeds the follow-up SLA.

use super::checks;
use super::decimal::Decimal;
use super::error::{Errors, Reason};
use super::funnel::MAX_COUNT;
use serde::{Deserialize, Serialize};

/// Cap on grid cells: a 2×2 grid is the seed's; more than a 10×10 grid is unreadable.
pub const MAX_CELLS: usize = 100;

/// How well the lead matches the ideal customer profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    #[default]
    Good,
    Poor,
}

/// How engaged the lead is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Interest {
    #[default]
    High,
    Low,
}

/// Who works the cell's leads next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Routing {
    /// Sales-ready: follow up fast (the SLA clock applies).
    SalesNow,
    /// Marketing raises interest before handing over.
    MarketingNurture,
    /// Someone checks fit before investing sales time.
    #[default]
    Qualify,
    /// Not worth effort.
    Avoid,
}

/// Seed 003's routing: good fit + high interest → sales now; good fit + low interest → nurture;
/// poor fit + high interest → qualify; poor fit + low interest → avoid.
pub fn default_routing(fit: Fit, interest: Interest) -> Routing {
    match (fit, interest) {
        (Fit::Good, Interest::High) => Routing::SalesNow,
        (Fit::Good, Interest::Low) => Routing::MarketingNurture,
        (Fit::Poor, Interest::High) => Routing::Qualify,
        (Fit::Poor, Interest::Low) => Routing::Avoid,
    }
}

/// One cell of the grid: its leads, their lead → customer rate, and the routing (editable).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScoreCell {
    pub fit: Fit,
    pub interest: Interest,
    /// Whole leads in this cell over the horizon.
    pub leads: Decimal,
    /// Lead → customer rate as a fraction in [0, 1].
    pub rate: Decimal,
    pub routing: Routing,
}

impl Default for ScoreCell {
    /// An empty good-fit, high-interest cell routed to sales.
    fn default() -> ScoreCell {
        ScoreCell {
            fit: Fit::Good,
            interest: Interest::High,
            leads: Decimal::ZERO,
            rate: Decimal::ZERO,
            routing: Routing::SalesNow,
        }
    }
}

/// The scoring grid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeadScoring {
    /// Off by default: the plan works without scoring; enabling it splits the leads.
    pub enabled: bool,
    pub cells: Vec<ScoreCell>,
}

fn cell(fit: Fit, interest: Interest, leads: i64, rate_permille: i64) -> ScoreCell {
    ScoreCell {
        fit,
        interest,
        leads: Decimal::from_int(leads),
        rate: Decimal::from_parts(rate_permille, 3).unwrap_or(Decimal::ZERO),
        routing: default_routing(fit, interest),
    }
}

impl Default for LeadScoring {
    /// Seed 003's 2 500 leads split so the blended rate is its 4 % (100 customers):
    /// 500 good/high at 12 % (60), 800 good/low at 3 % (24), 400 poor/high at 3 % (12),
    /// 800 poor/low at 0.5 % (4). Sales-ready: 500.
    fn default() -> LeadScoring {
        LeadScoring {
            enabled: false,
            cells: vec![
                cell(Fit::Good, Interest::High, 500, 120),
                cell(Fit::Good, Interest::Low, 800, 30),
                cell(Fit::Poor, Interest::High, 400, 30),
                cell(Fit::Poor, Interest::Low, 800, 5),
            ],
        }
    }
}

impl LeadScoring {
    /// Each cell: whole leads within the count range and a rate in [0, 1]; at most `MAX_CELLS`.
    pub fn validate(&self, prefix: &str, errors: &mut Errors) {
        if self.cells.len() > MAX_CELLS {
            errors.push(format!("{prefix}.cells"), Reason::TooMany);
        }
        let max = i64::try_from(MAX_COUNT).unwrap_or(i64::MAX);
        for (i, c) in self.cells.iter().enumerate() {
            checks::whole_in(errors, &format!("{prefix}.cells.{i}.leads"), c.leads, 0, max);
            checks::share(errors, &format!("{prefix}.cells.{i}.rate"), c.rate);
        }
    }
}

/// One cell's outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CellOutcome {
    pub fit: Fit,
    pub interest: Interest,
    pub routing: Routing,
    pub leads: u64,
    pub rate: Decimal,
    /// `leads × rate`, exact.
    pub expected_customers: Decimal,
    /// `floor(expected_customers)`: whole customers this cell alone surely yields at that rate.
    pub expected_whole: u64,
}

/// Leads and expected customers for one routing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoutingTotal {
    pub routing: Routing,
    pub leads: u64,
    pub expected_customers: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoringReport {
    pub cells: Vec<CellOutcome>,
    /// Sum of the cells' leads.
    pub total_leads: u64,
    /// Sum of the cells' exact expected customers.
    pub total_expected: Decimal,
    /// `floor(total_expected)` (can exceed the sum of per-cell floors).
    pub total_expected_whole: u64,
    /// One line per routing, in `SalesNow, MarketingNurture, Qualify, Avoid` order.
    pub by_routing: Vec<RoutingTotal>,
    /// Leads routed `SalesNow`: the volume the sales follow-up SLA must absorb.
    pub sales_ready_leads: u64,
}

/// Scores the grid. Leads read as whole counts (floor, ≥ 0); sums saturate rather than overflow.
pub fn score(grid: &LeadScoring) -> ScoringReport {
    let cells: Vec<CellOutcome> = grid.cells.iter().map(outcome).collect();
    let sum = |filter: &dyn Fn(&CellOutcome) -> bool| -> (u64, Decimal) {
        cells.iter().filter(|c| filter(c)).fold((0u64, Decimal::ZERO), |(l, e), c| {
            (l.saturating_add(c.leads), e.checked_add(c.expected_customers).unwrap_or(e))
        })
    };
    let (total_leads, total_expected) = sum(&|_| true);
    let by_routing: Vec<RoutingTotal> =
        [Routing::SalesNow, Routing::MarketingNurture, Routing::Qualify, Routing::Avoid]
            .into_iter()
            .map(|routing| {
                let (leads, expected_customers) = sum(&|c| c.routing == routing);
                RoutingTotal { routing, leads, expected_customers }
            })
            .collect();
    let sales_ready_leads = by_routing.first().map_or(0, |r| r.leads);
    ScoringReport {
        total_expected_whole: whole(total_expected),
        cells,
        total_leads,
        total_expected,
        by_routing,
        sales_ready_leads,
    }
}

fn outcome(c: &ScoreCell) -> CellOutcome {
    let leads = whole(c.leads);
    let expected_customers = Decimal::from_count(i128::from(leads))
        .and_then(|l| l.checked_mul(c.rate.max(Decimal::ZERO)))
        .unwrap_or(Decimal::ZERO);
    CellOutcome {
        fit: c.fit,
        interest: c.interest,
        routing: c.routing,
        leads,
        rate: c.rate,
        expected_customers,
        expected_whole: whole(expected_customers),
    }
}

fn whole(d: Decimal) -> u64 {
    u64::try_from(d.floor().max(0)).unwrap_or(u64::MAX)
}
