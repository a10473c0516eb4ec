//! The registry's entries: the facts of every editable field of the `Plan`, in the plan's
//! order, one entry each (the readers and writers are built in `access.rs`).

use super::access::{budget, budget_field, budget_mut, edit, grow, listed, optional, padded, risk, value};
use super::period_sources::{self, reason_count, source_count};
use super::periods::{self, record_count};
use super::sources;
use super::{Access, Bounds, FieldSpec, Kind, List, Slot};
use crate::engine::agreement::MAX_OWNER_CHARS;
use crate::engine::funnel::{MAX_COUNT, MAX_STAGES};
use crate::engine::risk::input::MAX_VOLUME;
use crate::engine::risk::RateUncertainty::{Observed, Range};
use crate::engine::team::{MAX_RAMP_MONTHS, MAX_REPS, TEAM_MONTHS};
use crate::engine::Decimal;
use Bounds::{AtMost, NonNegative, Positive, Rate, Share, Whole};
use Kind::*;

/// Largest whole count the engine takes (people at a stage, leads in a cell).
const COUNT: i64 = MAX_COUNT as i64;
const TRIALS: i64 = 1_000_000_000_000;

pub static FIELDS: &[FieldSpec] = &[
    value!("goal", Money, Positive, |p| p.goal),
    value!("deal_size", Money, Positive, |p| p.deal_size),
    edit("funnel.mode", Choice, None),
    value!("funnel.overall_rate", Percent, Rate, |p| p.funnel.overall_rate),
    edit("funnel.stages.#.name", Text, Some(List::Stages)),
    edit("funnel.stages.#.team", Choice, Some(List::Stages)),
    listed(
        "funnel.stages.#.rate",
        Percent,
        false,
        Rate,
        List::Stages,
        Access::Number {
            get: |p, i| Some(Some(p.funnel.stages.get(i)?.rate)),
            set: |p, i| Some(Slot::Value(&mut p.funnel.stages.get_mut(i)?.rate)),
        },
    ),
    value!("revenue.current_recurring_revenue", Money, NonNegative, |p| p.revenue.current_recurring_revenue),
    value!("revenue.net_revenue_retention", Percent, AtMost(3), |p| p.revenue.net_revenue_retention),
    edit("periods.horizon", Choice, None),
    value!("periods.working_days_per_week", Days, Whole(1, 7), |p| p.periods.working_days_per_week),
    listed(
        "periods.seasonality.#",
        Weight,
        false,
        NonNegative,
        List::Months,
        Access::Number {
            get: |p, i| {
                Some(Some(p.periods.seasonality.as_ref().map_or(Some(Decimal::ONE), |w| w.get(i).copied())?))
            },
            set: |p, i| {
                let weights = p.periods.seasonality.get_or_insert_with(|| vec![Decimal::ONE; 12]);
                Some(Slot::Value(weights.get_mut(i)?))
            },
        },
    ),
    listed(
        "cycle.days_to_close.#",
        Days,
        false,
        AtMost(3_650),
        List::Stages,
        Access::Number {
            get: |p, i| Some(Some(padded(&p.cycle.days_to_close, i)?)),
            set: |p, i| Some(Slot::Value(grow(&mut p.cycle.days_to_close, i)?)),
        },
    ),
    value!("team.reps", Count, Whole(0, MAX_REPS), |p| p.team.reps),
    value!("team.quota_per_rep", Money, Positive, |p| p.team.quota_per_rep),
    value!("team.attainment", Percent, Rate, |p| p.team.attainment),
    value!("team.yearly_attrition", Percent, Share, |p| p.team.yearly_attrition),
    listed(
        "team.hires.#.start_month",
        Months,
        false,
        Whole(1, TEAM_MONTHS as i64),
        List::Hires,
        Access::Number {
            get: |p, i| Some(Some(p.team.hires.get(i)?.start_month)),
            set: |p, i| Some(Slot::Value(&mut p.team.hires.get_mut(i)?.start_month)),
        },
    ),
    listed(
        "team.hires.#.count",
        Count,
        false,
        Whole(0, MAX_REPS),
        List::Hires,
        Access::Number {
            get: |p, i| Some(Some(p.team.hires.get(i)?.count)),
            set: |p, i| Some(Slot::Value(&mut p.team.hires.get_mut(i)?.count)),
        },
    ),
    listed(
        "team.hires.#.ramp_months",
        Months,
        false,
        Whole(0, MAX_RAMP_MONTHS),
        List::Hires,
        Access::Number {
            get: |p, i| Some(Some(p.team.hires.get(i)?.ramp_months)),
            set: |p, i| Some(Slot::Value(&mut p.team.hires.get_mut(i)?.ramp_months)),
        },
    ),
    edit("sla.handover_stage", Choice, None),
    edit("sla.handover_day", Choice, None),
    value!("sla.good_fit_share", Percent, Share, |p| p.sla.good_fit_share),
    value!("sla.first_contact_hours", Hours, Whole(0, 720), |p| p.sla.first_contact_hours),
    value!("sla.attempts", Count, Whole(1, 100), |p| p.sla.attempts),
    value!("sla.window_days", Days, Whole(0, 365), |p| p.sla.window_days),
    value!("sla.minutes_per_attempt", Minutes, AtMost(1_440), |p| p.sla.minutes_per_attempt),
    value!("sla.qualify_within_days", Days, Whole(0, 60), |p| p.sla.qualify_within_days),
    value!("sla.selling_hours_per_rep", Hours, AtMost(168), |p| p.sla.selling_hours_per_rep),
    edit("budget", Switch, None),
    edit("budget.basis", Choice, None),
    budget_field!("budget.amount", Money, NonNegative, amount),
    edit("budget.amount_period", Choice, None),
    budget_field!("budget.percent_of_revenue", Percent, AtMost(10), percent_of_revenue),
    budget_field!("budget.annual_revenue", Money, NonNegative, annual_revenue),
    FieldSpec {
        path: "budget.cost_per_lead",
        kind: Money,
        optional: true,
        bounds: NonNegative,
        list: None,
        max_len: None,
        access: Access::Number {
            get: |p, _| Some(budget(p, |b| b.cost_per_lead)),
            set: |p, _| Some(Slot::Optional(&mut budget_mut(p).cost_per_lead)),
        },
    },
    listed(
        "budget.stage_costs.#",
        Money,
        true,
        NonNegative,
        List::Stages,
        Access::Number {
            get: |p, i| (i < MAX_STAGES).then(|| budget(p, |b| b.stage_costs.get(i).copied().flatten())),
            set: |p, i| Some(Slot::Optional(grow(&mut budget_mut(p).stage_costs, i)?)),
        },
    ),
    value!("economics.sales_spend", Money, NonNegative, |p| p.economics.sales_spend),
    optional!("economics.gross_margin", Percent, Share, |p| p.economics.gross_margin),
    optional!("economics.yearly_churn", Percent, Share, |p| p.economics.yearly_churn),
    listed(
        "pipeline.open_value_by_stage.#",
        Money,
        false,
        NonNegative,
        List::Stages,
        Access::Number {
            get: |p, i| Some(Some(padded(&p.pipeline.open_value_by_stage, i)?)),
            set: |p, i| Some(Slot::Value(grow(&mut p.pipeline.open_value_by_stage, i)?)),
        },
    ),
    value!("pipeline.remaining_quota", Money, NonNegative, |p| p.pipeline.remaining_quota),
    value!("pipeline.opportunities", Count, Whole(0, 1_000_000_000), |p| p.pipeline.opportunities),
    value!("pipeline.win_rate", Percent, Share, |p| p.pipeline.win_rate),
    value!("pipeline.cycle_days", Days, NonNegative, |p| p.pipeline.cycle_days),
    edit("goal_seek.enabled", Switch, None),
    value!("goal_seek.top_volume", Count, Whole(0, COUNT), |p| p.goal_seek.top_volume),
    edit("tracking.enabled", Switch, None),
    value!("tracking.elapsed", Percent, Rate, |p| p.tracking.elapsed),
    listed(
        "tracking.actuals.#",
        Count,
        true,
        Whole(0, COUNT),
        List::Stages,
        Access::Number {
            get: |p, i| padded(&p.tracking.actuals, i),
            set: |p, i| Some(Slot::Optional(grow(&mut p.tracking.actuals, i)?)),
        },
    ),
    edit("actuals.start", Text, None),
    edit("actuals.months.#.period", Choice, Some(List::Periods)),
    listed(
        "actuals.months.#.stages.#",
        Count,
        true,
        Whole(0, COUNT),
        List::PeriodStages,
        Access::Number {
            get: |p, i| periods::stage_count(&p.actuals.months, i),
            set: |p, i| Some(Slot::Optional(periods::stage_slot(&mut p.actuals.months, i)?)),
        },
    ),
    edit("actuals.months.#.by_source.#.source", Text, None),
    source_count!("actuals.months.#.by_source.#.stages.#", months),
    edit("actuals.weeks.#.period", Choice, Some(List::Periods)),
    listed(
        "actuals.weeks.#.stages.#",
        Count,
        true,
        Whole(0, COUNT),
        List::PeriodStages,
        Access::Number {
            get: |p, i| periods::stage_count(&p.actuals.weeks, i),
            set: |p, i| Some(Slot::Optional(periods::stage_slot(&mut p.actuals.weeks, i)?)),
        },
    ),
    edit("actuals.weeks.#.by_source.#.source", Text, None),
    source_count!("actuals.weeks.#.by_source.#.stages.#", weeks),
    edit("actuals.sla.granularity", Choice, None),
    value!("actuals.sla.sales_target_share", Percent, Share, |p| p.actuals.sla.sales_target_share),
    edit("actuals.sla.records.#.period", Choice, Some(List::Periods)),
    record_count!("actuals.sla.records.#.handed_over", handed_over),
    record_count!("actuals.sla.records.#.good_fit", good_fit),
    record_count!("actuals.sla.records.#.contacted_in_time", contacted_in_time),
    record_count!("actuals.sla.records.#.all_attempts_in_time", all_attempts_in_time),
    record_count!("actuals.sla.records.#.decided_in_time", decided_in_time),
    record_count!("actuals.sla.records.#.accepted", accepted),
    record_count!("actuals.sla.records.#.rejected", rejected),
    // A reason's rows are added, named and removed by edits; its count is typed.
    edit("actuals.sla.records.#.rejection_reasons.#.reason", Text, None),
    reason_count!("actuals.sla.records.#.rejection_reasons.#.count"),
    edit("agreement.commitments.#.clause", Choice, Some(List::Commitments)),
    FieldSpec {
        max_len: Some(MAX_OWNER_CHARS),
        ..edit("agreement.commitments.#.owner", Text, Some(List::Commitments))
    },
    edit("agreement.commitments.#.effective", Text, Some(List::Commitments)),
    edit("agreement.commitments.#.review", Choice, Some(List::Commitments)),
    edit("agreement.commitments.#.status", Choice, Some(List::Commitments)),
    // The agreed version is a snapshot the "Agree" action takes, never edited field by field.
    edit("agreement.agreed", Switch, None),
    value!("sensitivity.lift", Percent, Rate, |p| p.sensitivity.lift),
    optional!("sensitivity.cost_per_top_unit", Money, NonNegative, |p| p.sensitivity.cost_per_top_unit),
    edit("scoring.enabled", Switch, None),
    edit("scoring.cells.#.routing", Choice, Some(List::Cells)),
    listed(
        "scoring.cells.#.leads",
        Count,
        false,
        Whole(0, COUNT),
        List::Cells,
        Access::Number {
            get: |p, i| Some(Some(p.scoring.cells.get(i)?.leads)),
            set: |p, i| Some(Slot::Value(&mut p.scoring.cells.get_mut(i)?.leads)),
        },
    ),
    listed(
        "scoring.cells.#.rate",
        Percent,
        false,
        Share,
        List::Cells,
        Access::Number {
            get: |p, i| Some(Some(p.scoring.cells.get(i)?.rate)),
            set: |p, i| Some(Slot::Value(&mut p.scoring.cells.get_mut(i)?.rate)),
        },
    ),
    edit("risk.enabled", Switch, None),
    edit("risk.stages.#", Choice, Some(List::Stages)),
    risk!("risk.stages.#.low", Percent, Share, Range, low),
    risk!("risk.stages.#.likely", Percent, Share, Range, likely),
    risk!("risk.stages.#.high", Percent, Share, Range, high),
    risk!("risk.stages.#.successes", Count, Whole(0, TRIALS), Observed, successes),
    risk!("risk.stages.#.trials", Count, Whole(0, TRIALS), Observed, trials),
    optional!("risk.deal_low", Money, NonNegative, |p| p.risk.deal_low),
    optional!("risk.deal_high", Money, NonNegative, |p| p.risk.deal_high),
    edit("risk.stage", Choice, None),
    edit("risk.trials", Choice, None),
    optional!("risk.volume", Count, Whole(0, MAX_VOLUME as i64), |p| p.risk.volume),
    sources::NAME,
    sources::OWNER,
    sources::SHARE_KIND,
    sources::SHARE,
    sources::AMOUNT,
    sources::DEAL_SIZE,
    sources::RATES,
    sources::COST_PER_LEAD,
    sources::STAGE_COSTS,
    sources::DAYS_TO_CLOSE,
    sources::MAX_LEADS_FIELD,
];
