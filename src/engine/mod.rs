//! Pure planning engine: plain structs in, plain structs out. No browser or UI code here, so
//! every rule is tested natively with `cargo test`.

mod assemble;
pub mod budget;
pub mod capacity;
mod checks;
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
pub mod scoring;
pub mod sensitivity;
pub mod sla;
pub mod sort;
pub mod team;
pub mod time;
pub mod tracking;
pub mod unit_economics;
pub mod verdict;
pub mod weekday;

pub use assemble::risk::{compute_with_risk, model as risk_model, simulate as simulate_risk};
pub use decimal::Decimal;
pub use error::{FieldError, Reason};
pub use plan::{Plan, SCHEMA_VERSION};
pub use report::PlanReport;

use error::Errors;

/// Computes the whole report for `plan`, or every field error found (paths from the plan's
/// root, e.g. `team.hires.0.start_month`). Never panics, whatever the plan holds.
pub fn compute(plan: &Plan) -> Result<PlanReport, Vec<FieldError>> {
    let mut errors = Errors::default();
    plan.validate(&mut errors);
    if !errors.is_empty() {
        return Err(errors.0);
    }
    assemble::build(plan)
}
