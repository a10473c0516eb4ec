//! Pure planning engine: plain structs in, plain structs out. No browser or UI code here, so
//! every rule is tested natively with `cargo test`.

pub mod actuals;
pub mod agreement;
mod assemble;
pub mod budget;
pub mod capacity;
pub mod caseless;
mod checks;
pub mod clause;
pub mod commitments;
pub mod decimal;
pub mod error;
pub mod followup;
pub mod funnel;
pub mod goal_seek;
pub mod pipeline;
pub mod plan;
pub mod report;
pub mod revenue;
pub mod risk;
pub mod schema;
pub mod scoring;
pub mod sensitivity;
pub mod sla;
pub mod sort;
pub mod sources;
pub mod team;
pub mod time;
pub mod tracking;
pub mod unit_economics;
pub mod verdict;
pub mod weekday;

pub use assemble::occasional::{self, Occasional};
pub use assemble::risk::{compute_with_risk, model as risk_model, simulate as simulate_risk};
pub use assemble::verdict::plan_verdict;
pub use decimal::Decimal;
pub use error::{FieldError, Reason};
pub use plan::{Plan, SCHEMA_VERSION};
pub use report::PlanReport;

use error::Errors;

/// Both sides agree to the plan as it is now: its goal, funnel, SLA terms and commitments
/// are kept as the agreed version (see `agreement::Agreement::agree`).
pub fn agree(plan: &mut Plan, on: Option<time::calendar::Date>, by: Vec<String>) {
    let terms = assemble::agreed_terms(plan);
    plan.agreement.agree(terms, on, by);
}

/// Computes the whole report for `plan`, or every field error found (paths from the plan's
/// root, e.g. `team.hires.0.start_month`). Never panics, whatever the plan holds.
pub fn compute(plan: &Plan) -> Result<PlanReport, Vec<FieldError>> {
    compute_with(plan, occasional::get())
}

/// `compute` with the occasional sections' code given (`None`: not in; see
/// `assemble::occasional`). The tests check that without it a plan that uses none of them
/// gets exactly the same report, and one that uses any gets `Reason::NotLoaded`.
pub fn compute_with(plan: &Plan, occasional: Option<Occasional>) -> Result<PlanReport, Vec<FieldError>> {
    let mut errors = Errors::default();
    plan.validate(&mut errors);
    if !errors.is_empty() {
        return Err(errors.0);
    }
    assemble::build(plan, occasional)
}

/// "Adopt the cheapest mix": `plan` with its sources' shares set to the mix its report found
/// cheapest (`None` when the plan does not compute or has no mix to weigh). Pure, so the
/// view's button and the JS API share it.
pub fn adopt_mix(plan: &Plan) -> Option<Plan> {
    let mix = compute(plan).ok()?.sources.mix?;
    let sources = sources::adopt::adopt(&plan.sources, plan.deal_size, &mix.customers)?;
    Some(Plan { sources, ..plan.clone() })
}
