//! The summary of a storage repair (`state::keep::Repairs`) beyond `state_repair.rs`: any one
//! thing changed from what storage held (a part reset, an unreadable session, one scenario
//! dropped or repaired, one limit passed) counts as a repair, so the original is kept aside and
//! the user told; and the typed text read back from storage must be a map of strings. Added for issue 16 (mutation testing of `src/state/`); see
//! docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::state::keep::Repairs;
use funnel_planner::state::limits::Limit;

/// One change from what storage held, named.
type Change = (&'static str, fn(&mut Repairs));

#[test]
fn any_one_change_alone_counts_as_a_repair() {
    let none = Repairs::default();
    assert!(!none.any());
    let changes: [Change; 5] = [
        ("a part reset", |r| r.reset_path("goal")),
        ("unreadable", |r| r.unreadable = true),
        ("one scenario dropped", |r| r.scenarios_dropped = 1),
        ("one scenario repaired", |r| r.scenarios_repaired = 1),
        ("one limit passed", |r| r.overflows.add(Limit::Drafts)),
    ];
    for (what, change) in changes {
        let mut repairs = Repairs::default();
        change(&mut repairs);
        assert!(repairs.any(), "{what}");
    }
}

#[test]
fn a_path_outside_the_plans_parts_resets_nothing() {
    let mut repairs = Repairs::default();
    repairs.reset_path("nonsense.field");
    assert!(!repairs.any());
    assert_eq!(repairs.parts().count(), 0);
    // The last parts are named too: the version, the settings, the typed text.
    repairs.reset_path("drafts");
    repairs.reset_path("version");
    assert_eq!(repairs.parts().collect::<Vec<_>>(), ["version", "drafts"]);
}

#[test]
fn stored_typed_text_reads_back_only_from_a_map_of_strings() {
    use funnel_planner::state::TextMap;
    let read: TextMap = serde_json::from_str(r#"{"goal":"12x"}"#).expect("a map");
    assert!(!read.is_empty());
    assert_eq!(read.get("goal").map(String::as_str), Some("12x"));
    assert!(TextMap::new().is_empty());
    // Anything else is refused, saying what was expected.
    let error = serde_json::from_str::<TextMap>("[1, 2]").expect_err("a list is not a map");
    assert!(error.to_string().contains("expected a map of strings"), "{error}");
}
