//! Every number field the view binds, in every section with every part switched on, is a
//! registry field, and shows the unit of its kind: "%" for a percentage, the currency symbol for
//! money, nothing otherwise.
#![cfg(target_arch = "wasm32")]

mod web_support;
use web_support::{mount, settle};

use funnel_planner::app::ctx::field_id;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::{Edit, RiskKind, SourceEdit};
use funnel_planner::state::prefs::Section;
use funnel_planner::state::registry::{self, Access, Kind, List, FIELDS};
use funnel_planner::state::{Action, State};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The default plan with every optional part on, a hire, seasonality and both kinds of rate
/// uncertainty, so every kind of number field is on screen somewhere.
fn everything_on() -> State {
    let edits = [
        Edit::UseBudget(true),
        Edit::UseGoalSeek(true),
        Edit::UseTracking(true),
        Edit::UseScoring(true),
        Edit::UseRisk(true),
        Edit::UseSeasonality(true),
        Edit::AddHire,
        Edit::SetRiskKind(1, RiskKind::Range),
        Edit::SetRiskKind(2, RiskKind::Observed),
        Edit::Source(SourceEdit::Add { name: "Outbound".into(), first: "Inbound".into() }),
    ];
    edits.into_iter().fold(State::new(Lang::En), |s, e| s.reduce(Action::Edit(e)))
}

/// DOM id → (path, kind) of every number field the registry can address in `state`'s plan.
fn addressable(state: &State) -> Vec<(String, String, Kind)> {
    let mut out = Vec::new();
    for spec in FIELDS.iter().filter(|s| matches!(s.access, Access::Number { .. })) {
        let count = match spec.list {
            None => 1,
            Some(List::Stages) => state.plan.funnel.stages.len(),
            Some(List::Hires) => state.plan.team.hires.len(),
            Some(List::Months) => 12,
            Some(List::Cells) => state.plan.scoring.cells.len(),
            Some(List::Periods) => registry::periods::MAX_PERIODS,
            Some(List::Commitments) => 5,
            Some(List::PeriodStages) => {
                // Two indices: a recorded month, then a stage.
                for m in 0..registry::periods::MAX_PERIODS {
                    for s in 0..state.plan.funnel.stages.len() {
                        let path =
                            spec.path.replacen('#', &m.to_string(), 1).replacen('#', &s.to_string(), 1);
                        out.push((field_id(&path), path, spec.kind));
                    }
                }
                continue;
            }
            Some(List::PeriodSourceStages) => {
                // Three indices: a recorded period, a source in it, then a stage.
                let sources = registry::period_sources::source_names(&state.plan).len();
                for m in 0..registry::periods::MAX_PERIODS {
                    for j in 0..sources {
                        for s in 0..state.plan.funnel.stages.len() {
                            let path = [m, j, s]
                                .iter()
                                .fold(spec.path.to_string(), |p, i| p.replacen('#', &i.to_string(), 1));
                            out.push((field_id(&path), path, spec.kind));
                        }
                    }
                }
                continue;
            }
            Some(List::PeriodReasons) => {
                // Two indices: an SLA record, then a rejection reason.
                for m in 0..registry::periods::MAX_PERIODS {
                    for j in 0..funnel_planner::engine::actuals::compliance::MAX_REASONS {
                        let path =
                            spec.path.replacen('#', &m.to_string(), 1).replacen('#', &j.to_string(), 1);
                        out.push((field_id(&path), path, spec.kind));
                    }
                }
                continue;
            }
            Some(List::Sources) => state.plan.sources.len(),
            Some(List::SourceStages) => {
                // Two indices: each source's stages.
                for s in 0..state.plan.sources.len() {
                    for j in 0..state.plan.funnel.stages.len() {
                        let path =
                            spec.path.replacen('#', &s.to_string(), 1).replacen('#', &j.to_string(), 1);
                        out.push((field_id(&path), path, spec.kind));
                    }
                }
                0
            }
        };
        for i in 0..count {
            let path = spec.path.replace('#', &i.to_string());
            out.push((field_id(&path), path, spec.kind));
        }
    }
    out
}

#[wasm_bindgen_test]
async fn every_bound_number_field_is_a_registry_field_with_its_unit() {
    let state = everything_on();
    let known = addressable(&state);
    let mut seen = Vec::new();
    for section in Section::ALL {
        let root = mount(state.reduce(Action::ShowSection(section)));
        settle().await;
        settle().await;
        // Number fields (text fields for names and links are not plan numbers); the embed
        // builder's goal is a snippet option, not a field of this plan.
        let inputs = root.query_selector_all(r#".fp-field__input[inputmode="decimal"]"#).unwrap();
        for i in 0..inputs.length() {
            let input: web_sys::Element = inputs.item(i).unwrap().dyn_into().unwrap();
            let id = input.id();
            if id == "fp-embed-goal" {
                continue;
            }
            let (_, path, kind) = known
                .iter()
                .find(|(dom, _, _)| *dom == id)
                .unwrap_or_else(|| panic!("#{id} in {} is not a registry field", section.id()));
            assert!(registry::is_number(path), "{path}");
            let suffix = input
                .parent_element()
                .and_then(|p| p.query_selector(".fp-field__suffix").ok().flatten())
                .and_then(|s| s.text_content());
            let expected = match kind {
                Kind::Percent => Some("%".to_string()),
                Kind::Money => Some("$".to_string()),
                _ => None,
            };
            assert_eq!(suffix, expected, "unit of {path}");
            seen.push(path.clone());
        }
        root.remove();
    }
    seen.sort();
    seen.dedup();
    assert!(seen.len() > 60, "{} distinct fields on screen", seen.len());
    // The headline fields are bound where the README says.
    for path in
        ["goal", "deal_size", "funnel.stages.1.rate", "team.reps", "sla.attempts", "risk.stages.1.low"]
    {
        assert!(seen.iter().any(|p| p == path), "{path} is on screen");
    }
}
