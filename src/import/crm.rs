//! A CRM export in CSV counted per calendar month: the user says which column holds the
//! date, which the stage or status (and which the source), how statuses map to stages and how
//! dates are written. Rows with a bad date, an unmapped status or a missing cell are listed.

use super::dates::{parse_date, DateOrder};
use super::table::{detect, parse, Separator};
use super::{period_of, stage_named, Problem, Reason};
use crate::engine::actuals::{PeriodActuals, SourceActuals};
use crate::engine::caseless::lower;
use crate::engine::time::calendar::YearMonth;
use crate::engine::Decimal;

/// How to read the export.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CrmMapping {
    /// `None`: detected from the first line.
    pub separator: Option<Separator>,
    /// Whether the first record holds column names (skipped).
    pub header: bool,
    /// 0-based columns.
    pub date_column: usize,
    pub status_column: usize,
    pub source_column: Option<usize>,
    pub order: DateOrder,
    /// Status value → stage index; a status matching a stage name needs no entry.
    pub statuses: Vec<(String, usize)>,
    /// A row at a stage also counts at every earlier stage (an export of each record's
    /// current stage: a customer was a lead, an MQL…).
    pub reached: bool,
}

/// Counts of one calendar month, per stage and per source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthCounts {
    pub month: YearMonth,
    pub stages: Vec<u64>,
    /// Per source, in order of first appearance; empty without a source column.
    pub by_source: Vec<(String, Vec<u64>)>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct CrmImport {
    /// Months with at least one row, in order.
    pub months: Vec<MonthCounts>,
    pub rows_counted: usize,
    /// Stages some status maps to: their months without rows are true zeros; other stages
    /// are "no data".
    pub covered: Vec<bool>,
    pub problems: Vec<Problem>,
}

/// Counts the rows of `text` per month and stage (`stages` are the funnel's names).
pub fn count_crm(text: &str, mapping: &CrmMapping, stages: &[String]) -> CrmImport {
    let table = parse(text, mapping.separator.unwrap_or_else(|| detect(text)));
    let mut out = CrmImport { covered: vec![false; stages.len()], ..CrmImport::default() };
    if let Some(line) = table.unterminated_quote {
        out.problems.push(Problem::new(line, Reason::UnterminatedQuote));
    }
    for (_, s) in &mapping.statuses {
        mark_covered(&mut out.covered, *s, mapping.reached);
    }
    for record in table.records.iter().skip(usize::from(mapping.header)) {
        let cell = |column: usize| record.cells.get(column).map(|c| c.trim());
        let missing = |column| Problem::new(record.line, Reason::MissingCell { column });
        let Some(date_text) = cell(mapping.date_column) else {
            out.problems.push(missing(mapping.date_column));
            continue;
        };
        let Some(status) = cell(mapping.status_column) else {
            out.problems.push(missing(mapping.status_column));
            continue;
        };
        let date = match parse_date(date_text, mapping.order) {
            Ok(d) => d,
            Err(error) => {
                let reason = Reason::BadDate { text: date_text.to_string(), error };
                out.problems.push(Problem::new(record.line, reason));
                continue;
            }
        };
        let Some(stage) = stage_of(status, mapping, stages) else {
            out.problems.push(Problem::new(record.line, Reason::UnknownStatus(status.to_string())));
            continue;
        };
        mark_covered(&mut out.covered, stage, mapping.reached);
        let source = mapping.source_column.map(|c| cell(c).unwrap_or("").to_string());
        add(&mut out.months, date.year_month(), stage, source, mapping.reached, stages.len());
        out.rows_counted += 1;
    }
    crate::engine::sort::insertion_sort_by(&mut out.months, |a, b| a.month < b.month);
    out
}

fn mark_covered(covered: &mut [bool], stage: usize, reached: bool) {
    let from = if reached { 0 } else { stage };
    for c in covered.iter_mut().take(stage + 1).skip(from) {
        *c = true;
    }
}

fn stage_of(status: &str, mapping: &CrmMapping, stages: &[String]) -> Option<usize> {
    let wanted = lower(status);
    mapping
        .statuses
        .iter()
        .find(|(value, _)| lower(value.trim()) == wanted)
        .map(|(_, s)| *s)
        .filter(|s| *s < stages.len())
        .or_else(|| stage_named(status, stages))
}

fn add(
    months: &mut Vec<MonthCounts>,
    month: YearMonth,
    stage: usize,
    source: Option<String>,
    reached: bool,
    n: usize,
) {
    let index = match months.iter().position(|m| m.month == month) {
        Some(i) => i,
        None => {
            months.push(MonthCounts { month, stages: vec![0; n], by_source: Vec::new() });
            months.len() - 1
        }
    };
    let Some(entry) = months.get_mut(index) else { return };
    let from = if reached { 0 } else { stage };
    let bump = |counts: &mut Vec<u64>| {
        for c in counts.iter_mut().take(stage + 1).skip(from) {
            *c = c.saturating_add(1);
        }
    };
    bump(&mut entry.stages);
    if let Some(name) = source {
        match entry.by_source.iter_mut().find(|(s, _)| *s == name) {
            Some((_, counts)) => bump(counts),
            None => {
                let mut counts = vec![0; n];
                bump(&mut counts);
                entry.by_source.push((name, counts));
            }
        }
    }
}

/// The counted months as plan months from `start`; months before it or past `horizon`
/// months are returned apart (to be listed), not dropped. Uncovered stages stay "no data".
pub fn to_periods(
    import: &CrmImport,
    start: YearMonth,
    horizon: u32,
) -> (Vec<PeriodActuals>, Vec<YearMonth>) {
    let as_stages = |counts: &[u64]| -> Vec<Option<Decimal>> {
        counts
            .iter()
            .zip(&import.covered)
            .map(|(c, covered)| covered.then(|| Decimal::from_count(i128::from(*c))).flatten())
            .collect()
    };
    let mut periods = Vec::new();
    let mut outside = Vec::new();
    for m in &import.months {
        match period_of(m.month, start).filter(|p| *p <= horizon) {
            Some(period) => periods.push(PeriodActuals {
                period,
                stages: as_stages(&m.stages),
                by_source: m
                    .by_source
                    .iter()
                    .map(|(source, counts)| SourceActuals {
                        source: source.clone(),
                        stages: as_stages(counts),
                    })
                    .collect(),
            }),
            None => outside.push(m.month),
        }
    }
    (periods, outside)
}
