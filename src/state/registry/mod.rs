//! Every editable plan field described once, as data: its path (`#` where it takes a list
//! index), kind, whether it may be empty, bounds, which list it follows, and how it is read and
//! written. Parsing, unit suffixes, optionality, stage moves, host locking, embed parameters and
//! error paths all look fields up here (`tests/state_registry.rs` checks it covers the plan).

mod access;
mod lists;
pub mod period_sources;
pub mod periods;
mod sources;
mod table;

use crate::engine::{Decimal, Plan};
pub use access::MAX_NAME_LEN;
pub use lists::{for_each_stage_list, StageAligned, SOURCE_STAGE_LISTS, STAGE_LISTS};
pub use table::FIELDS;

/// How a field is typed and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An amount in the plan's currency (suffix: the currency symbol).
    Money,
    /// A fraction typed and shown as a percentage ("4,5 %" is 0.045).
    Percent,
    /// Whole people, deals or trials.
    Count,
    Days,
    Hours,
    Minutes,
    Months,
    /// A relative weight (a month's seasonality).
    Weight,
    /// One of a fixed set, changed by an `Edit` (a select or radio group).
    Choice,
    /// Free text, changed by an `Edit`.
    Text,
    /// On or off, changed by an `Edit`.
    Switch,
}

impl Kind {
    /// True for the kinds typed in a number field.
    pub fn is_number(self) -> bool {
        !matches!(self, Kind::Choice | Kind::Text | Kind::Switch)
    }
}

/// The values the engine accepts (it checks them; this says so for the view and the tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bounds {
    /// Greater than zero.
    Positive,
    /// Zero or more.
    NonNegative,
    /// Zero or more, at most this.
    AtMost(i64),
    /// A conversion rate: more than 0, at most 100 %.
    Rate,
    /// A share: 0 to 100 %.
    Share,
    /// A whole number in `min..=max`.
    Whole(i64, i64),
    /// Not a number (choices, text, switches).
    Unbounded,
}

/// The list a `#` in a path indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// The funnel's stages, or a list aligned with them (moved with every stage edit).
    Stages,
    /// Planned hires.
    Hires,
    /// The twelve months of the year (seasonality).
    Months,
    /// The lead-scoring grid's cells.
    Cells,
    /// Recorded months, weeks or SLA periods (`actuals.months.#`; see `periods`).
    Periods,
    /// A stage inside a recorded period (`actuals.months.#.stages.#`: two indices, one
    /// number, see `periods::nested`); moved with every stage edit.
    PeriodStages,
    /// A stage of a source inside a recorded period (`actuals.months.#.by_source.#.stages.#`:
    /// three indices, one number, see `period_sources`); moved with every stage edit.
    PeriodSourceStages,
    /// A rejection reason inside an SLA record (`…records.#.rejection_reasons.#.count`).
    PeriodReasons,
    /// The agreement's commitments, one per SLA clause.
    Commitments,
    /// The plan's lead sources.
    Sources,
    /// A list aligned with the stages inside a source (`sources.#.rates.#`): its index packs
    /// both, see [`source_stage`]; it moves with every stage edit and every source edit.
    SourceStages,
}

impl List {
    /// Most entries the list may hold.
    pub fn max_items(self) -> usize {
        match self {
            List::Stages => crate::engine::funnel::MAX_STAGES,
            List::Hires => 100,
            List::Months => 12,
            List::Cells => 9,
            List::Periods => periods::MAX_PERIODS,
            List::PeriodStages => periods::MAX_PERIODS * periods::NEST,
            List::PeriodSourceStages => periods::MAX_PERIODS * periods::NEST * periods::NEST,
            List::PeriodReasons => periods::MAX_PERIODS * periods::NEST,
            List::Commitments => crate::engine::clause::Clause::ALL.len(),
            List::Sources => crate::engine::sources::MAX_SOURCES,
            List::SourceStages => crate::engine::sources::MAX_SOURCES * crate::engine::funnel::MAX_STAGES,
        }
    }

    /// Whether the list's indices shift when the stages are inserted, removed or moved.
    pub fn follows_stages(self) -> bool {
        matches!(self, List::Stages | List::SourceStages | List::PeriodStages | List::PeriodSourceStages)
    }

    /// Whether the list's indices shift when the sources are removed or moved.
    pub fn follows_sources(self) -> bool {
        matches!(self, List::Sources | List::SourceStages | List::PeriodSourceStages)
    }
}

/// The source and stage of a `List::SourceStages` index (`sources.2.rates.3` is 2 × 200 + 3).
pub fn source_stage(index: usize) -> (usize, usize) {
    periods::split(index)
}

/// A number slot: required, or optional (empty text clears it).
pub enum Slot<'a> {
    Value(&'a mut Decimal),
    Optional(&'a mut Option<Decimal>),
}

/// Reads the number at an index (`Some(None)`: an empty optional field; `None`: no such slot).
pub type Getter = fn(&Plan, usize) -> Option<Option<Decimal>>;
/// Mutable access at an index, creating list entries and optional sections as needed.
pub type Setter = for<'a> fn(&'a mut Plan, usize) -> Option<Slot<'a>>;

/// How a field is changed.
#[derive(Clone, Copy)]
pub enum Access {
    /// Typed in a number field (`Action::SetNumber`, host values).
    Number { get: Getter, set: Setter },
    /// Changed by a structural `Edit` (choices, names, switches).
    Edit,
}

/// One editable field.
#[derive(Clone, Copy)]
pub struct FieldSpec {
    /// Dotted path from the plan's root, `#` for a list index (`team.hires.#.count`).
    pub path: &'static str,
    pub kind: Kind,
    /// May be left empty (`Option` in the plan).
    pub optional: bool,
    pub bounds: Bounds,
    /// The list `#` indexes, if any.
    pub list: Option<List>,
    /// Longest text accepted (text fields only).
    pub max_len: Option<usize>,
    pub access: Access,
}

/// The field at a concrete `path` and its list index (0 when it has none).
pub fn lookup(path: &str) -> Option<(&'static FieldSpec, usize)> {
    FIELDS.iter().find_map(|spec| {
        let index = matches(spec.path, path)?;
        if let (Some(list), Some(i)) = (spec.list, index) {
            if i >= list.max_items() {
                return None;
            }
        }
        Some((spec, index.unwrap_or(0)))
    })
}

/// `Some(index)` when `path` fits `pattern` (`None` inside when the pattern has no `#`). A
/// second `#` (a stage inside a source) packs both indices as [`source_stage`] reads them; a
/// third (a stage of a source inside a recorded period) packs again, see `period_sources`.
fn matches(pattern: &str, path: &str) -> Option<Option<usize>> {
    // Most entries differ before their first `#`: one comparison of bytes turns them away
    // (every field drawn looks itself up at every render, through the whole table).
    let literal = pattern.split('#').next().unwrap_or(pattern);
    if !path.starts_with(literal) {
        return None;
    }
    let mut index: Option<usize> = None;
    let mut parts = path.split('.');
    for want in pattern.split('.') {
        let got = parts.next()?;
        if want == "#" {
            // Plain digits only: "+1" or "01" would be a second spelling of the same field.
            let ok = !got.is_empty()
                && got.bytes().all(|b| b.is_ascii_digit())
                && (got == "0" || !got.starts_with('0'));
            let n = got.parse::<usize>().ok().filter(|_| ok)?;
            // A further index (a stage inside a recorded period, or inside one of its sources)
            // joins the ones before as one number.
            index = Some(match index {
                None => n,
                Some(outer) => periods::nest(outer, n)?,
            });
        } else if want != got {
            return None;
        }
    }
    parts.next().is_none().then_some(index)
}

/// The number field at `path`, with its index.
fn number(path: &str) -> Option<(Getter, Setter, usize)> {
    match lookup(path)? {
        (FieldSpec { access: Access::Number { get, set }, .. }, i) => Some((*get, *set, i)),
        _ => None,
    }
}

/// The kind of the field at `path` (`Count` for an unknown path, which nothing binds).
pub fn kind(path: &str) -> Kind {
    lookup(path).map_or(Kind::Count, |(spec, _)| spec.kind)
}

/// Whether the field at `path` may be left empty.
pub fn optional(path: &str) -> bool {
    lookup(path).is_some_and(|(spec, _)| spec.optional)
}

/// The list the field at `path` is in, if any (its index shifts when that list changes).
pub fn list_of(path: &str) -> Option<List> {
    lookup(path).and_then(|(spec, _)| spec.list)
}

/// Whether `path` is a number field a user or a host can set.
pub fn is_number(path: &str) -> bool {
    number(path).is_some()
}

/// The current value at `path` (`Some(None)` for an empty optional field), read in place.
pub fn read(plan: &Plan, path: &str) -> Option<Option<Decimal>> {
    let (get, _, i) = number(path)?;
    get(plan, i)
}

/// Mutable access to the number at `path`, creating list entries and optional sections as
/// needed (typing a stage cost switches the budget on).
pub fn slot<'a>(plan: &'a mut Plan, path: &str) -> Option<Slot<'a>> {
    let (_, set, i) = number(path)?;
    set(plan, i)
}

/// Sets the number at `path`; an empty optional field takes `None`, a required one zero.
/// `false` when `path` is not a number field.
pub fn write(plan: &mut Plan, path: &str, value: Option<Decimal>) -> bool {
    match slot(plan, path) {
        Some(Slot::Value(slot)) => *slot = value.unwrap_or(Decimal::ZERO),
        Some(Slot::Optional(slot)) => *slot = value,
        None => return false,
    }
    true
}
