//! Everything else follows the sources: a plan with sources survives JSON export and import
//! and saved scenarios unchanged, scenario comparison shows each source's goal and cost, the
//! CSV adds a per-source block, and the SLA document gives each source's weekly hand-over.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use funnel_planner::engine::sources::{GoalShare, Owner, Source};
use funnel_planner::engine::{compute, Decimal, Plan};
use funnel_planner::export::csv::{long_file, wide_file};
use funnel_planner::i18n::Lang;
use funnel_planner::sla_text::{sla_document, Numbers};
use funnel_planner::state::compare::{rows, Figure, Value};
use funnel_planner::state::scenarios::ScenarioAction as S;
use funnel_planner::state::{Action, State};
use support::d;

/// The default plan split 60 / 40 between costed inbound and outbound.
fn split_plan() -> Plan {
    let sources = vec![
        Source {
            name: "Inbound".into(),
            share: GoalShare::Share(d("0.6")),
            cost_per_lead: Some(d("20")),
            ..Default::default()
        },
        Source {
            name: "Outbound".into(),
            owner: Owner::SalesOutbound,
            share: GoalShare::Share(d("0.4")),
            rates: vec![None, Some(d("0.3"))],
            cost_per_lead: Some(d("90")),
            ..Default::default()
        },
    ];
    Plan { sources, ..Default::default() }
}

#[test]
fn a_plan_with_sources_round_trips_through_json() {
    let plan = split_plan();
    let json = serde_json::to_string(&plan).unwrap();
    assert!(json.contains("\"sources\":[{\"name\":\"Inbound\""), "{json}");
    let back: Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(back, plan);
    assert_eq!(compute(&back).unwrap(), compute(&plan).unwrap());
}

#[test]
fn a_saved_scenario_keeps_its_sources_and_reopens_with_them() {
    let state = State::with_plan(Lang::En, split_plan());
    let state = state.reduce(Action::Scenario(S::Save("Split".into())));
    let state = state.reduce(Action::Reset);
    assert_eq!(state.plan.sources.len(), 1);
    let state = state.reduce(Action::OpenScenario(0));
    assert_eq!(state.plan.sources, split_plan().sources);
}

#[test]
fn comparison_shows_each_sources_goal_and_cost() {
    let state = State::new(Lang::En).reduce(Action::Scenario(S::Save("One source".into())));
    let state = state.reduce(Action::Load { plan: Box::new(split_plan()), notice: None });
    let state = state.reduce(Action::Scenario(S::Save("Split".into())));
    let state =
        state.reduce(Action::Scenario(S::ToggleCompare(0))).reduce(Action::Scenario(S::ToggleCompare(1)));
    let rows = rows(&state.scenarios);
    let row = |f: Figure| rows.iter().find(|r| r.figure == f).unwrap_or_else(|| panic!("{f:?}")).clone();
    let report = compute(&split_plan()).unwrap();
    let inbound = &report.sources.sources[0];
    assert_eq!(
        row(Figure::SourceGoal("Inbound".into())).values,
        [Value::Money(Decimal::ZERO), Value::Money(inbound.goal)]
    );
    assert_eq!(
        row(Figure::SourceCost("Outbound".into())).values[1],
        Value::Money(report.sources.sources[1].cost.unwrap())
    );
    assert_eq!(row(Figure::SourceCost("Outbound".into())).values[0], Value::Missing);
    assert!(row(Figure::SourceGoal("Inbound".into())).differs);
    let single = act_compare_same();
    assert!(!single.iter().any(|r| matches!(r.figure, Figure::SourceGoal(_))), "one source adds no rows");
}

fn act_compare_same() -> Vec<funnel_planner::state::compare::Row> {
    let state = State::new(Lang::En).reduce(Action::Scenario(S::Save("A".into())));
    let state = state.reduce(Action::Scenario(S::Save("B".into())));
    let state =
        state.reduce(Action::Scenario(S::ToggleCompare(0))).reduce(Action::Scenario(S::ToggleCompare(1)));
    rows(&state.scenarios)
}

#[test]
fn the_csv_adds_one_row_per_source_with_its_figures_and_stage_volumes() {
    let plan = split_plan();
    let report = compute(&plan).unwrap();
    let file = long_file(&plan, &report, Lang::En);
    let header = file.lines().find(|l| l.starts_with("source,owner,share_%")).expect("a per-source block");
    assert!(header.ends_with(",Visitor,Lead,MQL,SQL,Opportunity,Customer"), "{header}");
    let outbound = file.lines().find(|l| l.starts_with("Outbound,")).expect("the outbound row");
    let s = &report.sources.sources[1];
    let cells: Vec<&str> = outbound.split(',').collect();
    assert_eq!(cells[1..3], ["sales_outbound", "40"]);
    assert_eq!(cells[5], s.customers.to_string());
    assert_eq!(cells.last().copied(), Some(s.customers.to_string().as_str()));
    assert_eq!(cells[11], s.stages[0].volume.to_string());
    let french = wide_file(&plan, &report, Lang::Fr);
    assert!(french.contains("\r\nsource;apportée_par;part_%;"), "French dialect");
    let one = Plan::default();
    let single = long_file(&one, &compute(&one).unwrap(), Lang::En);
    assert!(!single.contains("source,owner"), "one source: the plan's rows say it all");
}

struct Plain;

impl Numbers for Plain {
    fn count(&self, n: u64) -> String {
        n.to_string()
    }
    fn decimal(&self, value: Decimal, places: u32) -> String {
        value.round_to(places).to_string()
    }
    fn percent(&self, fraction: Decimal) -> String {
        format!("{}%", fraction.checked_mul(Decimal::HUNDRED).unwrap())
    }
    fn money(&self, value: Decimal) -> String {
        format!("${value}")
    }
}

#[test]
fn the_sla_gives_each_sources_weekly_hand_over_with_two_or_more_sources() {
    let plan = split_plan();
    let report = compute(&plan).unwrap();
    let weekly: Vec<u64> =
        report.sources.sources.iter().map(|s| s.handover_weekly.as_ref().unwrap().pace).collect();
    let stage = &report.stages[report.handover_stage].name;
    let en = sla_document(&plan, &report, Lang::En, &Plain).unwrap();
    let clause =
        format!("Per source, every week: Inbound {} {stage}, Outbound {} {stage}.", weekly[0], weekly[1]);
    assert!(en.marketing.contains(&clause), "{:?}", en.marketing);
    let fr = sla_document(&plan, &report, Lang::Fr, &Plain).unwrap();
    assert!(fr.marketing.iter().any(|c| c.starts_with("Par source, chaque semaine\u{a0}: Inbound ")));
    let one = Plan::default();
    let single = sla_document(&one, &compute(&one).unwrap(), Lang::En, &Plain).unwrap();
    assert!(!single.marketing.iter().any(|c| c.starts_with("Per source")));
}

#[test]
fn embed_parameters_reach_the_source_fields_and_the_plan_event_lists_the_sources() {
    use funnel_planner::embed::config::{apply_to, parse};
    use funnel_planner::embed::protocol::summary;
    use funnel_planner::state::prefs::Section;
    let (config, ignored) = parse([
        ("sections", "sources,funnel"),
        ("sources.0.cost_per_lead", "20"),
        ("sources.0.rates.1", "50"),
        ("sources.3.name", "x"),
    ]);
    assert_eq!(config.sections, Some(vec![Section::Sources, Section::Funnel]));
    assert_eq!(ignored.len(), 1, "a fourth source does not exist, and a name is not a number");
    let mut state = State::new(Lang::En);
    apply_to(&config, &mut state);
    assert_eq!(state.plan.sources[0].cost_per_lead, Some(d("20")));
    assert_eq!(state.plan.sources[0].rates, vec![None, Some(d("0.5"))]);
    let event = summary(&compute(&split_plan()).unwrap(), true);
    let json = serde_json::to_value(&event).unwrap();
    assert_eq!(json["sources"][1]["name"], "Outbound");
    assert_eq!(json["sources"][1]["owner"], "sales_outbound");
    assert_eq!(event.sources.iter().map(|s| s.customers).sum::<u64>(), event.customers);
}
