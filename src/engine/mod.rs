//! Pure planning engine: plain structs in, plain structs out. No browser or UI code here, so
//! every rule is tested natively with `cargo test`.

pub mod budget;
pub mod capacity;
mod checks;
pub mod decimal;
pub mod error;
pub mod followup;
pub mod funnel;
pub mod goal_seek;
pub mod pipeline;
pub mod plan;
pub mod report;
pub mod revenue;
pub mod scoring;
pub mod sensitivity;
pub mod sla;
pub mod team;
pub mod time;
pub mod tracking;
pub mod unit_economics;
pub mod weekday;

pub use decimal::Decimal;
pub use error::{FieldError, Reason};
pub use plan::{Plan, SCHEMA_VERSION};
pub use report::PlanReport;

use error::Errors;

/// Computes the whole report for `plan`, or every field error found.
pub fn compute(plan: &Plan) -> Result<PlanReport, Vec<FieldError>> {
    let mut errors = Errors::default();
    if plan.version > SCHEMA_VERSION {
        errors.push("version", Reason::UnsupportedVersion);
    }
    checks::positive(&mut errors, "goal", plan.goal);
    checks::positive(&mut errors, "deal_size", plan.deal_size);
    plan.funnel.validate(&mut errors);
    if !errors.is_empty() {
        return Err(errors.0);
    }
    let too_large = || vec![FieldError::new("goal", Reason::TooLarge)];
    let customers =
        plan.goal.ceil_div(plan.deal_size).filter(|c| *c <= funnel::MAX_COUNT).ok_or_else(too_large)?;
    let stages = funnel::reverse(&plan.funnel.effective_stages(), customers as u64).ok_or_else(too_large)?;
    errors.into_result(PlanReport { version: SCHEMA_VERSION, customers: customers as u64, stages })
}
