//! The registry's entries for the lead sources (issue 13): a source's name, owner and share,
//! its optional deal size, costs and maximum, and its stage-aligned overrides (rates, stage
//! costs, days to close), whose `#.#` index packs source and stage (see `source_stage`).

use super::access::{edit, grow, listed};
use super::{source_stage, Access, Bounds, FieldSpec, Kind, List, Slot};
use crate::engine::sources::{GoalShare, Source};
use crate::engine::Plan;
use Bounds::{AtMost, NonNegative, Positive, Rate, Share, Whole};
use Kind::{Choice, Days, Money, Percent, Text};

/// Largest `max_leads` the engine takes.
const MAX_LEADS: i64 = i64::MAX / 1_000_000_000;

/// An optional number of source `#`, read and written in place.
macro_rules! source_optional {
    ($path:literal, $kind:expr, $bounds:expr, $field:ident) => {
        listed(
            $path,
            $kind,
            true,
            $bounds,
            List::Sources,
            Access::Number {
                get: |p, i| Some(p.sources.get(i)?.$field),
                set: |p, i| Some(Slot::Optional(&mut p.sources.get_mut(i)?.$field)),
            },
        )
    };
}

/// An optional per-stage number of source `#` (its list may be shorter than the funnel:
/// missing entries read empty, and are created on first write).
macro_rules! source_stage_field {
    ($path:literal, $kind:expr, $bounds:expr, $field:ident) => {
        listed(
            $path,
            $kind,
            true,
            $bounds,
            List::SourceStages,
            Access::Number {
                get: |p, i| {
                    let (s, j) = source_stage(i);
                    Some(p.sources.get(s)?.$field.get(j).copied().flatten())
                },
                set: |p, i| {
                    let (s, j) = source_stage(i);
                    Some(Slot::Optional(grow(&mut p.sources.get_mut(s)?.$field, j)?))
                },
            },
        )
    };
}

fn source(plan: &Plan, i: usize) -> Option<&Source> {
    plan.sources.get(i)
}

pub(super) const NAME: FieldSpec = edit("sources.#.name", Text, Some(List::Sources));
pub(super) const OWNER: FieldSpec = edit("sources.#.owner", Choice, Some(List::Sources));
/// Percentage or fixed amount: a whole part, switched by an `Edit`.
pub(super) const SHARE_KIND: FieldSpec = edit("sources.#.share", Choice, Some(List::Sources));
pub(super) const SHARE: FieldSpec = listed(
    "sources.#.share.share",
    Percent,
    false,
    Share,
    List::Sources,
    Access::Number {
        get: |p, i| match source(p, i)?.share {
            GoalShare::Share(v) => Some(Some(v)),
            GoalShare::Amount(_) => None,
        },
        set: |p, i| match &mut p.sources.get_mut(i)?.share {
            GoalShare::Share(v) => Some(Slot::Value(v)),
            GoalShare::Amount(_) => None,
        },
    },
);
pub(super) const AMOUNT: FieldSpec = listed(
    "sources.#.share.amount",
    Money,
    false,
    NonNegative,
    List::Sources,
    Access::Number {
        get: |p, i| match source(p, i)?.share {
            GoalShare::Amount(v) => Some(Some(v)),
            GoalShare::Share(_) => None,
        },
        set: |p, i| match &mut p.sources.get_mut(i)?.share {
            GoalShare::Amount(v) => Some(Slot::Value(v)),
            GoalShare::Share(_) => None,
        },
    },
);
pub(super) const DEAL_SIZE: FieldSpec = source_optional!("sources.#.deal_size", Money, Positive, deal_size);
pub(super) const RATES: FieldSpec = source_stage_field!("sources.#.rates.#", Percent, Rate, rates);
pub(super) const COST_PER_LEAD: FieldSpec =
    source_optional!("sources.#.cost_per_lead", Money, NonNegative, cost_per_lead);
pub(super) const STAGE_COSTS: FieldSpec =
    source_stage_field!("sources.#.stage_costs.#", Money, NonNegative, stage_costs);
pub(super) const DAYS_TO_CLOSE: FieldSpec =
    source_stage_field!("sources.#.days_to_close.#", Days, AtMost(3_650), days_to_close);
pub(super) const MAX_LEADS_FIELD: FieldSpec =
    source_optional!("sources.#.max_leads", Kind::Count, Whole(0, MAX_LEADS), max_leads);
