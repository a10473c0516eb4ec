//! A range pasted from a spreadsheet (or typed): stage names across the first row and one
//! period per row, or the same turned sideways. Counts are read in the user's language
//! ("1 234" in French, "1,234" in English); an empty cell is "no data".

use super::dates::{parse_date, DateOrder};
use super::table::{detect, parse, Record};
use super::{period_of, stage_named, CountError, Problem, Reason};
use crate::engine::actuals::PeriodActuals;
use crate::engine::funnel::MAX_COUNT;
use crate::engine::time::calendar::YearMonth;
use crate::engine::Decimal;
use crate::i18n::number::parse_number;
use crate::i18n::Lang;

/// Periods read, in order, and everything left out.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GridImport {
    pub periods: Vec<PeriodActuals>,
    pub problems: Vec<Problem>,
}

/// Reads a pasted range. Period labels are plan period numbers (1, 2…) or, with `start`,
/// calendar months (`2026-03`, `03/2026`, a full date); periods outside `1..=max_period` are
/// listed, not kept.
pub fn read_grid(
    text: &str,
    lang: Lang,
    stages: &[String],
    start: Option<YearMonth>,
    max_period: u32,
) -> GridImport {
    let table = parse(text, detect(text));
    let mut out = GridImport::default();
    if let Some(line) = table.unterminated_quote {
        out.problems.push(Problem::new(line, Reason::UnterminatedQuote));
    }
    let Some((header, body)) = table.records.split_first() else { return out };
    let across = header.cells.iter().skip(1).any(|c| stage_named(c, stages).is_some());
    let down = body.iter().any(|r| r.cells.first().is_some_and(|c| stage_named(c, stages).is_some()));
    // Cells as (line, period label, stage label, column, text), whatever the orientation.
    let mut cells: Vec<(usize, String, String, usize, String)> = Vec::new();
    let mut push_row = |r: &Record, labels: &[String], row_label: &str, by_stage: bool| {
        for (col, text) in r.cells.iter().enumerate().skip(1) {
            let other = labels.get(col).cloned().unwrap_or_default();
            let (period, stage) =
                if by_stage { (other, row_label.to_string()) } else { (row_label.to_string(), other) };
            cells.push((r.line, period, stage, col, text.clone()));
        }
    };
    if across || down {
        for r in body {
            let label = r.cells.first().cloned().unwrap_or_default();
            push_row(r, &header.cells, &label, !across);
        }
    } else {
        out.problems.push(Problem::new(header.line, Reason::NoStages));
        return out;
    }
    let mut unknown: Vec<String> = Vec::new();
    let mut refused: Vec<String> = Vec::new();
    for (line, period_label, stage_label, col, text) in cells {
        let Some(stage) = stage_named(&stage_label, stages) else {
            if !stage_label.trim().is_empty() && !unknown.contains(&stage_label) {
                unknown.push(stage_label.clone());
                let at = if across { header.line } else { line };
                out.problems.push(Problem::new(at, Reason::UnknownStage(stage_label)));
            }
            continue;
        };
        let period = match period_number(&period_label, start, max_period) {
            Ok(p) => p,
            Err(reason) => {
                if !refused.contains(&period_label) {
                    refused.push(period_label.clone());
                    out.problems.push(Problem::new(if across { line } else { header.line }, reason));
                }
                continue;
            }
        };
        if text.trim().is_empty() {
            continue;
        }
        match count(&text, lang) {
            Ok(value) => {
                if !set(&mut out.periods, period, stage, value) {
                    out.problems.push(Problem::new(line, Reason::DuplicatePeriod(period)));
                }
            }
            Err(error) => {
                out.problems.push(Problem::new(line, Reason::BadCount { column: col, text, error }))
            }
        }
    }
    crate::engine::sort::insertion_sort_by(&mut out.periods, |a, b| a.period < b.period);
    out
}

/// Records `value`; `false` (and the first value kept) when the cell was already filled.
fn set(periods: &mut Vec<PeriodActuals>, period: u32, stage: usize, value: Decimal) -> bool {
    let index = match periods.iter().position(|p| p.period == period) {
        Some(i) => i,
        None => {
            periods.push(PeriodActuals { period, ..PeriodActuals::default() });
            periods.len() - 1
        }
    };
    if let Some(p) = periods.get_mut(index) {
        if p.stages.len() <= stage {
            p.stages.resize(stage + 1, None);
        }
        if let Some(slot) = p.stages.get_mut(stage) {
            if slot.is_some() {
                return false;
            }
            *slot = Some(value);
        }
    }
    true
}

/// A whole count ≥ 0 typed in `lang`.
pub fn count(text: &str, lang: Lang) -> Result<Decimal, CountError> {
    let value = parse_number(text, lang).map_err(|e| match e {
        crate::engine::decimal::ParseError::TooLarge => CountError::TooLarge,
        _ => CountError::NotANumber,
    })?;
    if value.is_negative() {
        Err(CountError::Negative)
    } else if value.floor() != value.ceil() {
        Err(CountError::NotWhole)
    } else if value.floor() > MAX_COUNT {
        Err(CountError::TooLarge)
    } else {
        Ok(value)
    }
}

/// A period label: a plan period number, or a calendar month placed by `start`.
fn period_number(label: &str, start: Option<YearMonth>, max_period: u32) -> Result<u32, Reason> {
    let text = label.trim();
    let outside = || Reason::OutsideHorizon(text.to_string());
    if let Ok(n) = text.parse::<u32>() {
        return if (1..=max_period).contains(&n) { Ok(n) } else { Err(outside()) };
    }
    let month = calendar_month(text).ok_or_else(|| Reason::BadPeriod(text.to_string()))?;
    let start = start.ok_or_else(|| Reason::NoStartMonth(text.to_string()))?;
    period_of(month, start).filter(|p| *p <= max_period).ok_or_else(outside)
}

/// `2026-03`, `03/2026`, `3.2026` or a full date (day first).
pub fn calendar_month(text: &str) -> Option<YearMonth> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).map(str::trim).collect();
    match parts.as_slice() {
        [y, m] if y.len() == 4 => YearMonth::new(y.parse().ok()?, m.parse().ok()?),
        [m, y] if y.len() == 4 => YearMonth::new(y.parse().ok()?, m.parse().ok()?),
        _ => parse_date(text, DateOrder::DayFirst).ok().map(|d| d.year_month()),
    }
}
