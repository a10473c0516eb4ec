//! Side-by-side comparison of saved scenarios: the key figures of each, and which rows differ.

use super::scenarios::Scenarios;
use crate::engine::compute_with_risk;
use crate::engine::{Decimal, PlanReport};

/// What a comparison row shows; the view words it in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    Goal,
    DealSize,
    Customers,
    /// Volume needed at the stage with this name.
    Stage(String),
    HandoverPerWeek,
    FollowUpHoursPerRep,
    ExtraRepsNeeded,
    YearlyBudget,
    /// Chance of reaching the goal (scenarios with the Risk section on).
    HitProbability,
    /// Revenue goal of the source with this name (scenarios with two or more sources).
    SourceGoal(String),
    /// Marketing cost of the source with this name, when costed.
    SourceCost(String),
}

/// One value in a comparison cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Money(Decimal),
    Count(u64),
    Hours(Decimal),
    Percent(Decimal),
    /// The scenario's plan does not compute (or lacks this figure).
    Missing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub figure: Figure,
    pub values: Vec<Value>,
    /// True when the scenarios do not all agree on this row.
    pub differs: bool,
}

/// The rows for the scenarios picked for comparison, in the order they were picked.
pub fn rows(scenarios: &Scenarios) -> Vec<Row> {
    let picked: Vec<_> = scenarios.compared.iter().filter_map(|&i| scenarios.list.get(i)).collect();
    let reports: Vec<(Option<PlanReport>, &crate::engine::Plan)> =
        picked.iter().map(|s| (compute_with_risk(&s.plan).ok(), &s.plan)).collect();
    let mut figures = vec![Figure::Goal, Figure::DealSize, Figure::Customers];
    for (report, _) in &reports {
        for stage in report.iter().flat_map(|r| r.stages.iter()) {
            let figure = Figure::Stage(stage.name.clone());
            if !figures.contains(&figure) {
                figures.push(figure);
            }
        }
    }
    figures.extend([
        Figure::HandoverPerWeek,
        Figure::FollowUpHoursPerRep,
        Figure::ExtraRepsNeeded,
        Figure::YearlyBudget,
    ]);
    if reports.iter().any(|(r, _)| r.as_ref().is_some_and(|r| r.risk.is_some())) {
        figures.push(Figure::HitProbability);
    }
    // Sources by name, once a scenario splits its goal (one source is the plan's own figures).
    for r in reports.iter().filter_map(|(r, _)| r.as_ref()).filter(|r| r.sources.sources.len() > 1) {
        for source in &r.sources.sources {
            for figure in [Figure::SourceGoal(source.name.clone()), Figure::SourceCost(source.name.clone())] {
                if !figures.contains(&figure) {
                    figures.push(figure);
                }
            }
        }
    }
    figures
        .into_iter()
        .map(|figure| {
            let values: Vec<Value> =
                reports.iter().map(|(r, plan)| value(&figure, r.as_ref(), plan)).collect();
            let differs = values.windows(2).any(|w| w[0] != w[1]);
            Row { figure, values, differs }
        })
        .collect()
}

fn value(figure: &Figure, report: Option<&PlanReport>, plan: &crate::engine::Plan) -> Value {
    let missing = Value::Missing;
    match figure {
        Figure::Goal => Value::Money(plan.goal),
        Figure::DealSize => Value::Money(plan.deal_size),
        _ => {
            let Some(r) = report else { return missing };
            match figure {
                Figure::Customers => Value::Count(r.customers),
                Figure::Stage(name) => {
                    r.stages.iter().find(|s| &s.name == name).map_or(missing, |s| Value::Count(s.volume))
                }
                Figure::HandoverPerWeek => {
                    r.sla.as_ref().map_or(missing, |s| Value::Count(s.marketing.handover_per_week))
                }
                Figure::FollowUpHoursPerRep => r
                    .sla
                    .as_ref()
                    .and_then(|s| s.sales.capacity.hours_needed_per_rep)
                    .map_or(missing, |h| Value::Hours(h.round_to(1))),
                Figure::ExtraRepsNeeded => {
                    r.team.as_ref().map_or(missing, |t| Value::Count(t.extra_reps_needed))
                }
                Figure::YearlyBudget => r.budget.as_ref().map_or(missing, |b| Value::Money(b.yearly_budget)),
                Figure::HitProbability => r.risk.as_ref().map_or(missing, |k| Value::Percent(k.p_hit)),
                Figure::SourceGoal(name) => {
                    source(r, name).map_or(Value::Money(Decimal::ZERO), |s| Value::Money(s.goal))
                }
                Figure::SourceCost(name) => {
                    source(r, name).and_then(|s| s.cost).map_or(missing, Value::Money)
                }
                Figure::Goal | Figure::DealSize => missing,
            }
        }
    }
}

/// The source named `name` in `report`; a plan without it asks nothing of it (goal 0).
fn source<'a>(report: &'a PlanReport, name: &str) -> Option<&'a crate::engine::sources::SourceResult> {
    report.sources.sources.iter().find(|s| s.name == name)
}
