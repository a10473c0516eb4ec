//! Recorded periods as registry lists. `actuals.months` (weeks, SLA records) holds only the
//! periods recorded, in any order, so a field's list index is not its period: a recorded period
//! sits at its position, and a period not yet recorded at `len + its rank among the missing
//! ones`. That index stays the same when earlier missing periods are created by typing, so a
//! field keeps its path (and its draft) while the user fills the grid.

use crate::engine::actuals::compliance::SlaRecord;
use crate::engine::actuals::input::MAX_WEEKS;
use crate::engine::actuals::PeriodActuals;
use crate::engine::funnel::MAX_STAGES;
use crate::engine::{Decimal, Plan};

/// Most periods a list holds (53 plan weeks; months use the first 12).
pub const MAX_PERIODS: usize = MAX_WEEKS as usize;
/// Stride of a second index: `actuals.months.2.stages.5` is index `2 × NEST + 5`.
pub const NEST: usize = MAX_STAGES;

/// One index from two (period entry, then stage); `None` past a stage's range.
pub fn nest(outer: usize, inner: usize) -> Option<usize> {
    (inner < NEST).then_some(outer.checked_mul(NEST)?.checked_add(inner)?)
}

/// The two indices `nest` joined.
pub fn split(index: usize) -> (usize, usize) {
    (index / NEST, index % NEST)
}

/// An entry of a list of recorded periods.
pub trait Recorded: Default {
    fn period(&self) -> u32;
    fn at(period: u32) -> Self;
}

impl Recorded for PeriodActuals {
    fn period(&self) -> u32 {
        self.period
    }
    fn at(period: u32) -> Self {
        PeriodActuals { period, ..PeriodActuals::default() }
    }
}

impl Recorded for SlaRecord {
    fn period(&self) -> u32 {
        self.period
    }
    fn at(period: u32) -> Self {
        SlaRecord { period, ..SlaRecord::default() }
    }
}

/// Periods `1..=MAX_PERIODS` not in `list`, in order.
fn missing<T: Recorded>(list: &[T]) -> impl Iterator<Item = u32> + '_ {
    (1..=MAX_PERIODS as u32).filter(move |p| !list.iter().any(|x| x.period() == *p))
}

/// The list index the fields of `period` use (see the module's header).
pub fn index_of<T: Recorded>(list: &[T], period: u32) -> usize {
    match list.iter().position(|x| x.period() == period) {
        Some(i) => i,
        None => list.len() + missing(list).take_while(|p| *p < period).count(),
    }
}

/// Whether index `i` names a recorded or recordable period.
pub fn exists<T: Recorded>(list: &[T], i: usize) -> bool {
    i < list.len() || i - list.len() < missing(list).count()
}

/// The entry at index `i`, creating the missing periods up to it (empty: no data).
pub fn grow<T: Recorded>(list: &mut Vec<T>, i: usize) -> Option<&mut T> {
    if i >= list.len() {
        let new: Vec<u32> = missing(list).take(i + 1 - list.len()).collect();
        if list.len() + new.len() <= i {
            return None;
        }
        list.extend(new.into_iter().map(T::at));
    }
    list.get_mut(i)
}

/// Reads stage `s` of period entry `i` (`Some(None)`: no data yet).
pub fn stage_count(list: &[PeriodActuals], index: usize) -> Option<Option<Decimal>> {
    let (i, s) = split(index);
    if !exists(list, i) {
        return None;
    }
    Some(list.get(i).and_then(|p| p.stages.get(s).copied().flatten()))
}

/// The slot of stage `s` of period entry `i`, created as needed.
pub fn stage_slot(list: &mut Vec<PeriodActuals>, index: usize) -> Option<&mut Option<Decimal>> {
    let (i, s) = split(index);
    let stages = &mut grow(list, i)?.stages;
    while stages.len() <= s {
        stages.push(None);
    }
    stages.get_mut(s)
}

/// The SLA record at index `i` (read side), `Some(None)` when not recorded yet.
pub fn record(plan: &Plan, i: usize) -> Option<Option<&SlaRecord>> {
    let list = &plan.actuals.sla.records;
    exists(list, i).then(|| list.get(i))
}

/// An optional count of an SLA record, read and written in place (creating the record).
macro_rules! record_count {
    ($path:literal, $field:ident) => {
        listed(
            $path,
            Count,
            true,
            Whole(0, COUNT),
            List::Periods,
            Access::Number {
                get: |p, i| Some(periods::record(p, i)?.and_then(|r| r.$field)),
                set: |p, i| Some(Slot::Optional(&mut periods::grow(&mut p.actuals.sla.records, i)?.$field)),
            },
        )
    };
}

pub(super) use record_count;
