//! Which actions wait for the section-code part (`state::section_code::needed_by`): those
//! whose code it is, and those that may bring the engine's occasional sections into the plan
//! (their code comes with that part: `engine::occasional`). A goal keystroke never waits.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::{occasional, Decimal, Plan};
use funnel_planner::state::registry::{self, FIELDS};
use funnel_planner::state::section_code::{needed_by, occasional_field};
use funnel_planner::state::Action;

#[test]
fn the_first_screens_fields_never_wait_and_plans_from_elsewhere_always_do() {
    for path in ["goal", "deal_size", "funnel.stages.0.rate", "team.reps", "sla.handover_days"] {
        let action = Action::SetNumber { path: path.into(), text: "2".into() };
        assert!(!needed_by(&action), "{path}");
    }
    for path in ["tracking.elapsed", "actuals.sla.sales_target_share", "agreement.commitments.0.owner"] {
        assert!(needed_by(&Action::SetValue { path: path.into(), value: Decimal::ONE }), "{path}");
    }
    assert!(needed_by(&Action::Load { plan: Box::default(), notice: None }));
    assert!(needed_by(&Action::OpenScenario(0)));
    assert!(!needed_by(&Action::Reset));
}

/// Every field of the registry, set on the default plan: if that makes the plan use an
/// occasional section, the field is one `needed_by` holds back.
#[test]
fn every_field_that_can_bring_an_occasional_section_waits_for_its_code() {
    let mut checked = 0;
    for spec in FIELDS {
        let path = spec.path.replace('#', "0");
        for value in ["1", "0.5", "3", "0"] {
            let mut plan = Plan::default();
            if !registry::write(&mut plan, &path, Some(value.parse().unwrap())) {
                continue;
            }
            checked += 1;
            if occasional::needs(&plan) {
                assert!(occasional_field(&path), "{path} = {value} brings an occasional section");
            }
        }
    }
    assert!(checked > 50, "only {checked} fields written");
}
