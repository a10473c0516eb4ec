//! The CSV's per-source periods block (issue 13): each source's stages by quarter and month,
//! whose cells add up, stage by stage and period by period, to the plan's own wide rows.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::sources::{GoalShare, Source};
use funnel_planner::engine::time::periods::Horizon;
use funnel_planner::engine::{compute, compute_with_risk, Decimal, Plan};
use funnel_planner::export::csv::{long_file, wide_file};
use funnel_planner::i18n::Lang;

fn d(t: &str) -> Decimal {
    t.parse().unwrap()
}

/// Three sources with their own rates, a seasonal year: remainders land differently per source.
fn plan() -> Plan {
    let mut plan = Plan { goal: d("123457"), ..Plan::default() };
    plan.periods.seasonality = Some((1..=12).map(|m| Decimal::from_int(m % 4 + 1)).collect());
    let mut webinar =
        Source { name: "Webinar".into(), share: GoalShare::Share(d("0.3")), ..Source::default() };
    webinar.rates = vec![None, Some(d("0.09"))];
    let events =
        Source { name: "Events, Paris".into(), share: GoalShare::Amount(d("20000")), ..Source::default() };
    plan.sources = vec![
        Source { name: "Inbound".into(), share: GoalShare::Share(d("0.7")), ..Source::default() },
        webinar,
        events,
    ];
    plan
}

fn numbers(cells: &[&str]) -> Vec<u64> {
    cells.iter().map(|c| c.parse().unwrap()).collect()
}

#[test]
fn each_sources_periods_add_up_to_the_plans_wide_rows() {
    for (horizon, months) in [(Horizon::Year, 12), (Horizon::Quarter, 3)] {
        let mut plan = plan();
        plan.periods.horizon = horizon;
        let report = compute(&plan).unwrap();
        let file = wide_file(&plan, &report, Lang::En);
        let lines: Vec<&str> = file.trim_start_matches('\u{feff}').lines().collect();
        let quarters = if months == 12 { 4 } else { 1 };
        let start =
            lines.iter().position(|l| l.starts_with("source,stage,total,")).expect("the periods block");
        assert_eq!(lines[start].split(',').count(), 3 + quarters + months, "{}", lines[start]);
        for (i, stage) in report.stages.iter().enumerate() {
            // The plan's wide row (CSV-quoted names are not used here): stage, team, total, periods.
            let plan_row: Vec<&str> = lines[1 + i].split(',').collect();
            assert_eq!(plan_row[0], stage.name);
            let want = numbers(&plan_row[2..]);
            let mut sum = vec![0u64; want.len()];
            let mut seen = 0;
            for line in lines[start + 1..].iter().take_while(|l| !l.is_empty()) {
                let cells = split_csv(line);
                if cells.len() > 2 && cells[1] == stage.name {
                    seen += 1;
                    for (s, v) in sum
                        .iter_mut()
                        .zip(numbers(&cells[2..].iter().map(String::as_str).collect::<Vec<_>>()))
                    {
                        *s += v;
                    }
                }
            }
            assert_eq!(seen, 3, "one row per source for {}", stage.name);
            assert_eq!(
                sum, want,
                "stage {} over {horizon:?}: the sources' cells sum to the plan's",
                stage.name
            );
        }
    }
}

#[test]
fn the_periods_block_is_in_both_layouts_and_both_languages_and_absent_with_one_source() {
    let plan = plan();
    let report = compute(&plan).unwrap();
    assert!(long_file(&plan, &report, Lang::En).contains("\r\nsource,stage,total,Q1,Q2,Q3,Q4,M1,"));
    let french = wide_file(&plan, &report, Lang::Fr);
    assert!(french.contains("\r\nsource;étape;total;T1;T2;T3;T4;M1;"), "French headers and separator");
    assert!(french.contains("\r\nEvents, Paris;Visitor;"), "a comma needs no quotes in French");
    assert!(
        wide_file(&plan, &report, Lang::En).contains("\r\n\"Events, Paris\",Visitor,"),
        "quoted in English"
    );
    let one = Plan::default();
    assert!(!long_file(&one, &compute(&one).unwrap(), Lang::En).contains("source,stage,total"));
}

/// Splits one English CSV line, honouring quotes.
fn split_csv(line: &str) -> Vec<String> {
    let (mut cells, mut cur, mut quoted) = (Vec::new(), String::new(), false);
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(std::mem::take(&mut cur)),
            _ => cur.push(ch),
        }
    }
    cells.push(cur);
    cells
}

#[test]
fn with_the_monte_carlo_each_source_gets_its_chance_and_one_source_none() {
    let mut plan = plan();
    plan.risk.enabled = true;
    plan.risk.trials = 500;
    plan.team.reps = d("5");
    let report = compute_with_risk(&plan).unwrap();
    let chances = &report.risk.as_ref().unwrap().sources;
    assert_eq!(chances.len(), 3);
    let file = long_file(&plan, &report, Lang::En);
    let at = file.find("\r\nsource,chance_of_its_part_%\r\n").expect("the chance block");
    let rows: Vec<&str> = file[at..].lines().skip(2).take(3).collect();
    let want = |i: usize| chances[i].p_hit.checked_mul(Decimal::HUNDRED).unwrap().round_to(2).to_string();
    assert_eq!(
        rows,
        [
            format!("Inbound,{}", want(0)),
            format!("Webinar,{}", want(1)),
            format!("\"Events, Paris\",{}", want(2))
        ]
    );
    assert!(wide_file(&plan, &report, Lang::Fr).contains("source;probabilité_de_sa_part_%"));
    let mut one = Plan::default();
    one.risk.enabled = true;
    one.risk.trials = 500;
    assert!(!long_file(&one, &compute_with_risk(&one).unwrap(), Lang::En).contains("chance_of_its_part"));
}
