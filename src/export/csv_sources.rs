//! The CSV's per-source block (issue 13): with two or more sources, after a blank line, one
//! row per source with its owner, part of the goal, customers, leads, weekly hand-over, cost,
//! CAC, ROI and its volume at every stage (the plan's rows above are their sums); then, after
//! another blank line, each source's stages per period (total, quarters, months, as the wide
//! layout), whose cells add up to the plan's; and, when the export ran the Monte-Carlo, each
//! source's chance of reaching its own part.

use super::csv::Dialect;
use crate::engine::sources::{GoalShare, Owner};
use crate::engine::{Decimal, Plan, PlanReport};
use crate::i18n::sources::default_source_name;

fn owner_code(owner: Owner) -> &'static str {
    match owner {
        Owner::Marketing => "marketing",
        Owner::SalesOutbound => "sales_outbound",
        Owner::Partners => "partners",
    }
}

/// The per-source block, empty with a single source (the plan's rows say it all).
pub fn sources_rows(plan: &Plan, report: &PlanReport, d: Dialect) -> String {
    let sources = &report.sources.sources;
    if sources.len() < 2 {
        return String::new();
    }
    let lang = d.lang;
    let mut header: Vec<String> = [
        lang.pick("source", "source"),
        lang.pick("apportée_par", "owner"),
        lang.pick("part_%", "share_%"),
        lang.pick("montant_fixe", "fixed_amount"),
        lang.pick("objectif", "goal"),
        lang.pick("clients", "customers"),
        lang.pick("prospects", "leads"),
        lang.pick("remise_par_semaine", "handover_per_week"),
        lang.pick("coût", "cost"),
        "cac",
        "roi_%",
    ]
    .map(String::from)
    .to_vec();
    header.extend(report.stages.iter().map(|s| s.name.clone()));
    let mut out = String::from("\r\n");
    out.push_str(&d.row(&header));
    let opt = |v: Option<Decimal>| v.map_or(String::new(), |v| d.number(v.round_to(2)));
    let pct = |v: Decimal| d.number(v.checked_mul(Decimal::HUNDRED).unwrap_or(v).round_to(2));
    for (k, s) in sources.iter().enumerate() {
        let name =
            if s.name.trim().is_empty() { default_source_name(lang).to_string() } else { s.name.clone() };
        let (share, amount) = match plan.sources.get(k).map(|input| input.share) {
            Some(GoalShare::Share(v)) => (pct(v), String::new()),
            Some(GoalShare::Amount(v)) => (String::new(), d.number(v)),
            None => (String::new(), String::new()),
        };
        let mut cells = vec![
            name,
            owner_code(s.owner).to_string(),
            share,
            amount,
            d.number(s.goal.round_to(2)),
            s.customers.to_string(),
            s.leads.to_string(),
            s.handover_weekly.as_ref().map_or(String::new(), |w| w.pace.to_string()),
            opt(s.cost),
            opt(s.cac),
            s.roi.map_or(String::new(), pct),
        ];
        cells.extend(s.stages.iter().map(|v| v.volume.to_string()));
        out.push_str(&d.row(&cells));
    }
    out.push_str(&periods_rows(report, d));
    out.push_str(&chance_rows(report, d));
    out
}

/// With the Monte-Carlo in the report (exports run it) and two or more sources: each
/// source's chance of reaching its own part, in percent.
fn chance_rows(report: &PlanReport, d: Dialect) -> String {
    let Some(risk) = report.risk.as_ref().filter(|r| !r.sources.is_empty()) else { return String::new() };
    let lang = d.lang;
    let mut out = String::from("\r\n");
    out.push_str(&d.row(&[
        lang.pick("source", "source"),
        lang.pick("probabilité_de_sa_part_%", "chance_of_its_part_%"),
    ]));
    for s in &risk.sources {
        let name =
            if s.name.trim().is_empty() { default_source_name(lang).to_string() } else { s.name.clone() };
        let percent = s.p_hit.checked_mul(Decimal::HUNDRED).unwrap_or_default().round_to(2);
        out.push_str(&d.row(&[name, d.number(percent)]));
    }
    out
}

/// Each source's stages by period: `source, stage, total, Q1…, M1…`.
fn periods_rows(report: &PlanReport, d: Dialect) -> String {
    let lang = d.lang;
    let first = report.breakdowns.as_ref().and_then(|b| b.first());
    let quarters = first.map_or(0, |b| b.quarters.parts.len());
    let months = first.map_or(0, |b| b.months.parts.len());
    let mut header: Vec<String> =
        vec![lang.pick("source", "source").into(), lang.pick("étape", "stage").into(), "total".into()];
    header.extend((1..=quarters).map(|q| format!("{}{q}", lang.pick("T", "Q"))));
    header.extend((1..=months).map(|m| format!("M{m}")));
    let mut out = String::from("\r\n");
    out.push_str(&d.row(&header));
    for s in &report.sources.sources {
        let name =
            if s.name.trim().is_empty() { default_source_name(lang).to_string() } else { s.name.clone() };
        for (i, stage) in s.stages.iter().enumerate() {
            let mut cells = vec![name.clone(), stage.name.clone(), stage.volume.to_string()];
            if let Some(b) = s.breakdowns.as_ref().and_then(|b| b.get(i)) {
                cells.extend(b.quarters.parts.iter().chain(&b.months.parts).map(u64::to_string));
            }
            out.push_str(&d.row(&cells));
        }
    }
    out
}
