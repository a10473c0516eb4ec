//! Building blocks of the registry's entries: the macros and helpers that turn a place in the
//! plan into a reader (borrowing, never copying the plan) and a writer (creating list entries
//! and optional sections on first write).

use super::{Access, Bounds, FieldSpec, Kind, List};
use crate::engine::budget::BudgetTerms;
use crate::engine::funnel::MAX_STAGES;
use crate::engine::Plan;

/// Longest stage name: the engine's own limit (it rejects longer names), read from here by
/// `state::limits`, which cuts a longer name before it is drawn or saved.
pub const MAX_NAME_LEN: usize = crate::engine::funnel::MAX_NAME_CHARS;

/// A field set by an `Edit`, not typed as a number.
pub(super) const fn edit(path: &'static str, kind: Kind, list: Option<List>) -> FieldSpec {
    let max_len = if matches!(kind, Kind::Text) { Some(MAX_NAME_LEN) } else { None };
    FieldSpec { path, kind, optional: false, bounds: Bounds::Unbounded, list, max_len, access: Access::Edit }
}

/// A required number field whose place in the plan is the same expression for reading and
/// writing (`p.goal`), with no list index.
macro_rules! value {
    ($path:literal, $kind:expr, $bounds:expr, |$p:ident| $place:expr) => {
        FieldSpec {
            path: $path,
            kind: $kind,
            optional: false,
            bounds: $bounds,
            list: None,
            max_len: None,
            access: Access::Number {
                get: |$p, _| Some(Some($place)),
                set: |$p, _| Some(Slot::Value(&mut $place)),
            },
        }
    };
}

/// The same for an optional number (an `Option<Decimal>`).
macro_rules! optional {
    ($path:literal, $kind:expr, $bounds:expr, |$p:ident| $place:expr) => {
        FieldSpec {
            path: $path,
            kind: $kind,
            optional: true,
            bounds: $bounds,
            list: None,
            max_len: None,
            access: Access::Number {
                get: |$p, _| Some($place),
                set: |$p, _| Some(Slot::Optional(&mut $place)),
            },
        }
    };
}

/// A number field of the budget: read from the default budget while it is off, written into
/// a budget created on first write (typing a budget figure switches the budget on).
macro_rules! budget_field {
    ($path:literal, $kind:expr, $bounds:expr, $field:ident) => {
        FieldSpec {
            path: $path,
            kind: $kind,
            optional: false,
            bounds: $bounds,
            list: None,
            max_len: None,
            access: Access::Number {
                get: |p, _| Some(Some(budget(p, |b| b.$field))),
                set: |p, _| Some(Slot::Value(&mut budget_mut(p).$field)),
            },
        }
    };
}

/// A number of stage `#`'s rate uncertainty, present only while it is of kind `$variant`.
macro_rules! risk {
    ($path:literal, $kind:expr, $bounds:expr, $variant:ident, $field:ident) => {
        listed(
            $path,
            $kind,
            false,
            $bounds,
            List::Stages,
            Access::Number {
                get: |p, i| match p.risk.stages.get(i)? {
                    Some($variant { $field, .. }) => Some(Some(*$field)),
                    _ => None,
                },
                set: |p, i| match p.risk.stages.get_mut(i)?.as_mut()? {
                    $variant { $field, .. } => Some(Slot::Value($field)),
                    _ => None,
                },
            },
        )
    };
}

/// A number field inside a list, read and written by the two functions given.
pub(super) const fn listed(
    path: &'static str,
    kind: Kind,
    optional: bool,
    bounds: Bounds,
    list: List,
    access: Access,
) -> FieldSpec {
    FieldSpec { path, kind, optional, bounds, list: Some(list), max_len: None, access }
}

/// The budget's value, or the default budget's while the budget is off.
pub(super) fn budget<T>(plan: &Plan, f: impl Fn(&BudgetTerms) -> T) -> T {
    match &plan.budget {
        Some(b) => f(b),
        None => f(&BudgetTerms::default()),
    }
}

pub(super) fn budget_mut(plan: &mut Plan) -> &mut BudgetTerms {
    plan.budget.get_or_insert_with(Default::default)
}

/// The list entry at `i`, padding the list with defaults up to it (stage-aligned lists may be
/// shorter than the funnel). Bounded by the engine's stage cap.
pub(super) fn grow<T: Default>(list: &mut Vec<T>, i: usize) -> Option<&mut T> {
    if i >= MAX_STAGES {
        return None;
    }
    while list.len() <= i {
        list.push(T::default());
    }
    list.get_mut(i)
}

/// What `grow` would find at `i`, without growing.
pub(super) fn padded<T: Default + Copy>(list: &[T], i: usize) -> Option<T> {
    (i < MAX_STAGES).then(|| list.get(i).copied().unwrap_or_default())
}

pub(super) use {budget_field, optional, risk, value};
