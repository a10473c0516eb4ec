//! Every numeric input of the `Plan`, addressed by the same dotted path the engine uses in its
//! errors (`team.hires.0.count`), with its kind (money, percent, plain number).

use crate::engine::{Decimal, Plan};

/// How a field is typed and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An amount in the plan's currency.
    Money,
    /// A fraction typed and shown as a percentage ("4,5 %" is 0.045).
    Percent,
    /// A count or a quantity (people, days, hours, weights).
    Number,
}

/// A number slot: required, or optional (empty text clears it).
pub enum Slot<'a> {
    Value(&'a mut Decimal),
    Optional(&'a mut Option<Decimal>),
}

const PERCENT_FIELDS: [&str; 15] = [
    "rate",
    "overall_rate",
    "net_revenue_retention",
    "attainment",
    "yearly_attrition",
    "good_fit_share",
    "percent_of_revenue",
    "gross_margin",
    "yearly_churn",
    "win_rate",
    "elapsed",
    "lift",
    "low",
    "likely",
    "high",
];

const MONEY_FIELDS: [&str; 14] = [
    "goal",
    "deal_size",
    "current_recurring_revenue",
    "quota_per_rep",
    "amount",
    "annual_revenue",
    "cost_per_lead",
    "stage_costs",
    "sales_spend",
    "open_value_by_stage",
    "remaining_quota",
    "cost_per_top_unit",
    "deal_low",
    "deal_high",
];

/// The kind of the field at `path`, from its name (list paths end in an index).
pub fn kind(path: &str) -> Kind {
    let name = path.rsplit('.').find(|seg| seg.parse::<usize>().is_err()).unwrap_or(path);
    if PERCENT_FIELDS.contains(&name) {
        Kind::Percent
    } else if MONEY_FIELDS.contains(&name) {
        Kind::Money
    } else {
        Kind::Number
    }
}

/// The current value at `path` (`Some(None)` for an empty optional field).
pub fn read(plan: &Plan, path: &str) -> Option<Option<Decimal>> {
    let mut copy = plan.clone();
    match slot(&mut copy, path)? {
        Slot::Value(v) => Some(Some(*v)),
        Slot::Optional(v) => Some(*v),
    }
}

/// Mutable access to the number at `path`, creating list entries and optional sections as
/// needed (typing a stage cost switches the budget on).
pub fn slot<'a>(plan: &'a mut Plan, path: &str) -> Option<Slot<'a>> {
    let parts: Vec<&str> = path.split('.').collect();
    let index = |i: usize| parts.get(i).and_then(|p| p.parse::<usize>().ok());
    use Slot::{Optional as O, Value as V};
    Some(match parts.as_slice() {
        ["goal"] => V(&mut plan.goal),
        ["deal_size"] => V(&mut plan.deal_size),
        ["funnel", "overall_rate"] => V(&mut plan.funnel.overall_rate),
        ["funnel", "stages", _, "rate"] => V(&mut plan.funnel.stages.get_mut(index(2)?)?.rate),
        ["revenue", "current_recurring_revenue"] => V(&mut plan.revenue.current_recurring_revenue),
        ["revenue", "net_revenue_retention"] => V(&mut plan.revenue.net_revenue_retention),
        ["periods", "working_days_per_week"] => V(&mut plan.periods.working_days_per_week),
        ["periods", "seasonality", _] => {
            let weights = plan.periods.seasonality.get_or_insert_with(|| vec![Decimal::ONE; 12]);
            V(weights.get_mut(index(2)?)?)
        }
        ["cycle", "days_to_close", _] => V(grow(&mut plan.cycle.days_to_close, index(2)?)?),
        ["team", "reps"] => V(&mut plan.team.reps),
        ["team", "quota_per_rep"] => V(&mut plan.team.quota_per_rep),
        ["team", "attainment"] => V(&mut plan.team.attainment),
        ["team", "yearly_attrition"] => V(&mut plan.team.yearly_attrition),
        ["team", "hires", _, field] => {
            let hire = plan.team.hires.get_mut(index(2)?)?;
            V(match *field {
                "start_month" => &mut hire.start_month,
                "count" => &mut hire.count,
                "ramp_months" => &mut hire.ramp_months,
                _ => return None,
            })
        }
        ["sla", field] => V(sla_slot(plan, field)?),
        ["budget", field] => budget_slot(plan, field)?,
        ["budget", "stage_costs", _] => {
            let budget = plan.budget.get_or_insert_with(Default::default);
            O(grow(&mut budget.stage_costs, index(2)?)?)
        }
        ["economics", "sales_spend"] => V(&mut plan.economics.sales_spend),
        ["economics", "gross_margin"] => O(&mut plan.economics.gross_margin),
        ["economics", "yearly_churn"] => O(&mut plan.economics.yearly_churn),
        ["pipeline", "open_value_by_stage", _] => V(grow(&mut plan.pipeline.open_value_by_stage, index(2)?)?),
        ["pipeline", "remaining_quota"] => V(&mut plan.pipeline.remaining_quota),
        ["pipeline", "opportunities"] => V(&mut plan.pipeline.opportunities),
        ["pipeline", "win_rate"] => V(&mut plan.pipeline.win_rate),
        ["pipeline", "cycle_days"] => V(&mut plan.pipeline.cycle_days),
        ["goal_seek", "top_volume"] => V(&mut plan.goal_seek.top_volume),
        ["tracking", "elapsed"] => V(&mut plan.tracking.elapsed),
        ["tracking", "actuals", _] => O(grow(&mut plan.tracking.actuals, index(2)?)?),
        ["sensitivity", "lift"] => V(&mut plan.sensitivity.lift),
        ["sensitivity", "cost_per_top_unit"] => O(&mut plan.sensitivity.cost_per_top_unit),
        ["scoring", "cells", _, "leads"] => V(&mut plan.scoring.cells.get_mut(index(2)?)?.leads),
        ["scoring", "cells", _, "rate"] => V(&mut plan.scoring.cells.get_mut(index(2)?)?.rate),
        ["risk", "stages", _, field] => V(risk_slot(plan.risk.stages.get_mut(index(2)?)?.as_mut()?, field)?),
        ["risk", "deal_low"] => O(&mut plan.risk.deal_low),
        ["risk", "deal_high"] => O(&mut plan.risk.deal_high),
        ["risk", "volume"] => O(&mut plan.risk.volume),
        _ => return None,
    })
}

/// The number `field` of a stage's rate uncertainty, if that kind has it.
fn risk_slot<'a>(
    entry: &'a mut crate::engine::risk::RateUncertainty,
    field: &str,
) -> Option<&'a mut Decimal> {
    use crate::engine::risk::RateUncertainty::{Observed, Range};
    Some(match (entry, field) {
        (Range { low, .. }, "low") => low,
        (Range { likely, .. }, "likely") => likely,
        (Range { high, .. }, "high") => high,
        (Observed { successes, .. }, "successes") => successes,
        (Observed { trials, .. }, "trials") => trials,
        _ => return None,
    })
}

fn sla_slot<'a>(plan: &'a mut Plan, field: &str) -> Option<&'a mut Decimal> {
    let sla = &mut plan.sla;
    Some(match field {
        "good_fit_share" => &mut sla.good_fit_share,
        "first_contact_hours" => &mut sla.first_contact_hours,
        "attempts" => &mut sla.attempts,
        "window_days" => &mut sla.window_days,
        "minutes_per_attempt" => &mut sla.minutes_per_attempt,
        "qualify_within_days" => &mut sla.qualify_within_days,
        "selling_hours_per_rep" => &mut sla.selling_hours_per_rep,
        _ => return None,
    })
}

fn budget_slot<'a>(plan: &'a mut Plan, field: &str) -> Option<Slot<'a>> {
    let budget = plan.budget.get_or_insert_with(Default::default);
    Some(match field {
        "amount" => Slot::Value(&mut budget.amount),
        "percent_of_revenue" => Slot::Value(&mut budget.percent_of_revenue),
        "annual_revenue" => Slot::Value(&mut budget.annual_revenue),
        "cost_per_lead" => Slot::Optional(&mut budget.cost_per_lead),
        _ => return None,
    })
}

/// The list entry at `i`, padding the list with defaults up to it (stage-aligned lists may be
/// shorter than the funnel). Bounded by the engine's stage cap.
fn grow<T: Default>(list: &mut Vec<T>, i: usize) -> Option<&mut T> {
    if i >= crate::engine::funnel::MAX_STAGES {
        return None;
    }
    while list.len() <= i {
        list.push(T::default());
    }
    list.get_mut(i)
}
