//! CSV export (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma,
//! a quote or a line break, quotes doubled): one row per stage × period.

use crate::engine::time::periods::PeriodSplit;
use crate::engine::PlanReport;

const HEADER: [&str; 6] = ["stage", "team", "period", "index", "volume", "stage_total"];

/// Quotes a field when RFC 4180 requires it.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn row(fields: &[String]) -> String {
    let cells: Vec<String> = fields.iter().map(|f| field(f)).collect();
    cells.join(",") + "\r\n"
}

/// Every stage's volume for the year, each quarter, month, week and working day. Numbers are
/// written plainly (no grouping), so any spreadsheet reads them.
pub fn volumes(report: &PlanReport) -> String {
    let mut out = row(&HEADER.map(String::from));
    for (i, stage) in report.stages.iter().enumerate() {
        let team = match stage.team {
            crate::engine::funnel::Team::Marketing => "marketing",
            crate::engine::funnel::Team::Sales => "sales",
        };
        let line = |period: &str, index: usize, volume: u64| {
            row(&[
                stage.name.clone(),
                team.to_string(),
                period.to_string(),
                index.to_string(),
                volume.to_string(),
                stage.volume.to_string(),
            ])
        };
        out.push_str(&line("horizon", 1, stage.volume));
        let Some(breakdown) = report.breakdowns.as_ref().and_then(|b| b.get(i)) else { continue };
        let splits: [(&str, &PeriodSplit); 4] = [
            ("quarter", &breakdown.quarters),
            ("month", &breakdown.months),
            ("week", &breakdown.weeks),
            ("working_day", &breakdown.working_days),
        ];
        for (period, split) in splits {
            for (k, volume) in split.parts.iter().enumerate() {
                out.push_str(&line(period, k + 1, *volume));
            }
        }
    }
    out
}
