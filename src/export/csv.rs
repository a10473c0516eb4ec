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

/// With a Monte-Carlo in the report: one row per stage for the volumes that reach the goal
/// with 50 %, 80 % and 90 % probability, and one for the chance the planned volume gives
/// (`probability` in percent with two decimals, `index` = the stage planned).
pub fn risk_rows(report: &PlanReport) -> String {
    let Some(risk) = &report.risk else { return String::new() };
    let mut out = String::new();
    let planned = report.stages.get(risk.stage).map_or("", |s| s.name.as_str());
    let percent = risk.p_hit.checked_mul(crate::engine::Decimal::HUNDRED).unwrap_or_default().round_to(2);
    out.push_str(&row(&[
        planned.to_string(),
        "risk".into(),
        "probability_of_goal".into(),
        risk.stage.to_string(),
        percent.to_string(),
        risk.volume.to_string(),
    ]));
    for need in &risk.needed {
        for (period, volume) in [("volume_p50", need.p50), ("volume_p80", need.p80), ("volume_p90", need.p90)]
        {
            let text = volume.map_or(String::new(), |v| v.to_string());
            out.push_str(&row(&[
                need.name.clone(),
                "risk".into(),
                period.into(),
                "1".into(),
                text,
                need.average.to_string(),
            ]));
        }
    }
    out
}
