//! The monthly report (issue 14) in French and English, as text and Markdown: plan vs actual,
//! SLA compliance, changes since the agreed version and next actions.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::actuals::compliance::SlaRecord;
use funnel_planner::engine::actuals::PeriodActuals;
use funnel_planner::engine::{agree, compute, Decimal, Plan};
use funnel_planner::i18n::Lang;
use funnel_planner::monthly_text::{month_label, monthly_report, MonthlyReport};
use funnel_planner::sla_text::Numbers;

/// A fixed notation standing in for the browser's Intl (as in tests/sla_text.rs).
struct Plain(Lang);

impl Numbers for Plain {
    fn count(&self, n: u64) -> String {
        n.to_string()
    }
    fn decimal(&self, value: Decimal, places: u32) -> String {
        let text = value.round_to(places).to_string();
        if self.0 == Lang::Fr {
            text.replace('.', ",")
        } else {
            text
        }
    }
    fn percent(&self, fraction: Decimal) -> String {
        let pct = self.decimal(fraction.checked_mul(Decimal::from_int(100)).unwrap(), 2);
        if self.0 == Lang::Fr {
            format!("{pct}\u{a0}%")
        } else {
            format!("{pct}%")
        }
    }
    fn money(&self, value: Decimal) -> String {
        if self.0 == Lang::Fr {
            format!("{}\u{a0}€", value.floor())
        } else {
            format!("${}", value.floor())
        }
    }
}

fn n(v: i64) -> Option<Decimal> {
    Some(Decimal::from_int(v))
}

/// March 2026 is month 1: MQLs short, SQLs on plan, first contact missed; the goal was raised
/// after both teams agreed.
fn running_plan() -> Plan {
    let mut plan = Plan::default();
    plan.actuals.start = Some("2026-03".to_string().try_into().unwrap());
    plan.actuals.months = vec![PeriodActuals {
        period: 1,
        stages: vec![None, n(209), n(70), n(35), n(17), n(7)],
        by_source: Vec::new(),
    }];
    plan.actuals.sla.records = vec![SlaRecord {
        period: 1,
        handed_over: n(70),
        good_fit: n(50),
        contacted_in_time: n(60),
        rejected: n(4),
        rejection_reasons: vec![funnel_planner::engine::actuals::compliance::RejectionCount {
            reason: "No budget".into(),
            count: Decimal::from_int(4),
        }],
        ..SlaRecord::default()
    }];
    agree(
        &mut plan,
        Some("2026-02-27".to_string().try_into().unwrap()),
        vec!["Claire".into(), "Marc".into()],
    );
    plan.goal = Decimal::from_int(100_000);
    plan.sla.first_contact_hours = Decimal::from_int(48);
    plan
}

fn report(plan: &Plan, lang: Lang) -> MonthlyReport {
    monthly_report(plan, &compute(plan).unwrap(), 1, lang, &Plain(lang)).unwrap()
}

#[test]
fn the_english_report_gives_plan_vs_actual_compliance_changes_and_next_actions() {
    let text = report(&running_plan(), Lang::En).to_text();
    assert_eq!(text, include_str!("fixtures/monthly/report_en.txt"));
}

#[test]
fn the_french_report_says_the_same_in_french() {
    let text = report(&running_plan(), Lang::Fr).to_text();
    assert_eq!(text, include_str!("fixtures/monthly/report_fr.txt"));
}

#[test]
fn markdown_has_a_title_a_section_per_part_and_escapes_typed_names() {
    let mut plan = running_plan();
    plan.funnel.stages[2].name = "MQL_*".into();
    let md = report(&plan, Lang::En).to_markdown();
    assert!(md.starts_with("# Monthly report — March 2026\n\n## Plan vs actual\n\n- Visitor: no data.\n"));
    assert!(md.contains("- MQL\\_\\*: 70 of 84 planned"));
    assert_eq!(md.matches("\n## ").count(), 4);
}

#[test]
fn months_are_named_from_the_start_month_or_numbered() {
    let mut plan = Plan::default();
    assert_eq!(month_label(&plan, 3, Lang::Fr), "mois 3");
    plan.actuals.start = Some("2026-11".to_string().try_into().unwrap());
    assert_eq!(month_label(&plan, 3, Lang::Fr), "janvier 2027");
    assert_eq!(month_label(&plan, 2, Lang::En), "December 2026");
}

#[test]
fn a_plan_without_actuals_has_no_monthly_report_and_an_unagreed_plan_says_so() {
    let plan = Plan::default();
    assert!(monthly_report(&plan, &compute(&plan).unwrap(), 1, Lang::En, &Plain(Lang::En)).is_none());
    let mut plan = running_plan();
    plan.agreement = Default::default();
    let r = report(&plan, Lang::En);
    assert_eq!(r.sections[2].lines, ["The two teams have not agreed to the terms yet."]);
}

#[test]
fn counts_recorded_per_source_get_a_by_source_section_in_both_languages() {
    use funnel_planner::engine::actuals::SourceActuals;
    use funnel_planner::engine::sources::{GoalShare, Source};
    let mut plan = Plan {
        sources: vec![
            Source { name: "Ads".into(), share: GoalShare::Share(Decimal::ONE), ..Source::default() },
            Source { name: "Events".into(), share: GoalShare::Share(Decimal::ZERO), ..Source::default() },
        ],
        ..Plan::default()
    };
    let ads = SourceActuals { source: "Ads".into(), stages: vec![n(5000), n(100)] };
    plan.actuals.months = vec![PeriodActuals { period: 1, stages: Vec::new(), by_source: vec![ads] }];
    // Ads holds the whole goal, so its month-1 plan is the plan's: 209 leads (2 500 / 12, the
    // first month rounded up); Lead is the deepest stage it recorded. 100 / 209 = 47.8 %.
    let en = report(&plan, Lang::En).to_text();
    assert!(
        en.contains("\n\nBy source, to date\n- Ads: 100 Lead of 209 planned to date (48%), behind.\n"),
        "{en}"
    );
    assert!(!en.contains("- Events"), "nothing recorded for Events: no line");
    let fr = report(&plan, Lang::Fr).to_text();
    assert!(
        fr.contains(
            "\n\nPar source, à date\n- Ads\u{a0}: 100 Lead sur 209 prévus à date (48\u{a0}%), en retard.\n"
        ),
        "{fr}"
    );
    assert!(!report(&running_plan(), Lang::En).to_text().contains("By source"), "totals only: no section");
}
