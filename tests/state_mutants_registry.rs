//! The field registry's lists at their edges, beyond `state_registry.rs`: for every list a `#`
//! indexes, the last index resolves and the next does not (so a host, a link's error path or a
//! draft can name any real row and no phantom one), with the packed indices of nested lists
//! worked by hand (`outer × 200 + inner`); and a path is spelt one way only. Added for issue 16
//! (mutation testing of `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::state::registry::{self, Kind, List};

/// `path` resolves, with this packed index.
fn index(path: &str) -> Option<usize> {
    registry::lookup(path).map(|(_, i)| i)
}

#[test]
fn the_last_row_of_every_list_resolves_and_the_next_does_not() {
    let edges: [(&str, usize, &str); 12] = [
        ("funnel.stages.199.rate", 199, "funnel.stages.200.rate"),
        ("team.hires.99.count", 99, "team.hires.100.count"),
        ("periods.seasonality.11", 11, "periods.seasonality.12"),
        ("scoring.cells.8.leads", 8, "scoring.cells.9.leads"),
        ("actuals.sla.records.52.handed_over", 52, "actuals.sla.records.53.handed_over"),
        ("actuals.months.52.stages.199", 52 * 200 + 199, "actuals.months.53.stages.0"),
        ("actuals.weeks.52.stages.199", 52 * 200 + 199, "actuals.weeks.53.stages.0"),
        (
            "actuals.months.52.by_source.199.stages.199",
            (52 * 200 + 199) * 200 + 199,
            "actuals.months.53.by_source.0.stages.0",
        ),
        (
            "actuals.sla.records.52.rejection_reasons.199.count",
            52 * 200 + 199,
            "actuals.sla.records.53.rejection_reasons.0.count",
        ),
        ("agreement.commitments.4.owner", 4, "agreement.commitments.5.owner"),
        ("sources.29.deal_size", 29, "sources.30.deal_size"),
        ("sources.29.rates.199", 29 * 200 + 199, "sources.30.rates.0"),
    ];
    for (last, i, next) in edges {
        assert_eq!(index(last), Some(i), "{last}");
        assert_eq!(index(next), None, "{next}");
    }
    // An inner index past 199 does not spill into the next row.
    assert_eq!(index("actuals.months.0.stages.200"), None);
    assert_eq!(index("actuals.months.0.by_source.200.stages.0"), None);
    assert_eq!(index("actuals.months.0.by_source.0.stages.200"), None);
}

#[test]
fn the_lists_bounds_are_their_real_sizes() {
    let sizes = [
        (List::Stages, 200),
        (List::Hires, 100),
        (List::Months, 12),
        (List::Cells, 9),
        (List::Periods, 53),
        (List::PeriodStages, 53 * 200),
        (List::PeriodSourceStages, 53 * 200 * 200),
        (List::PeriodReasons, 53 * 200),
        (List::Commitments, 5),
        (List::Sources, 30),
        (List::SourceStages, 30 * 200),
    ];
    for (list, max) in sizes {
        assert_eq!(list.max_items(), max, "{list:?}");
    }
}

#[test]
fn a_path_is_spelt_one_way_only() {
    assert_eq!(index("team.hires.0.count"), Some(0));
    assert_eq!(index("team.hires.10.count"), Some(10));
    for other in [
        "team.hires.00.count",
        "team.hires.+1.count",
        "team.hires..count",
        "team.hires.1.count.x",
        "team.hires.1",
    ] {
        assert_eq!(index(other), None, "{other}");
    }
    assert_eq!(index("goal"), Some(0));
    assert_eq!(index("goal.x"), None);
}

#[test]
fn each_path_says_its_kind_whether_it_may_be_empty_and_its_list() {
    assert_eq!(registry::kind("funnel.stages.2.rate"), Kind::Percent);
    assert_eq!(registry::kind("no.such.field"), Kind::Count);
    assert!(registry::optional("economics.gross_margin"));
    assert!(!registry::optional("goal"));
    assert!(!registry::optional("no.such.field"));
    assert_eq!(registry::list_of("team.hires.3.count"), Some(List::Hires));
    assert_eq!(registry::list_of("goal"), None);
    assert!(registry::is_number("goal"));
    assert!(!registry::is_number("funnel.stages.0.name"), "a name is changed by an edit");
    assert!(!registry::is_number("no.such.field"));
    assert!(Kind::Money.is_number() && Kind::Weight.is_number());
    assert!(!Kind::Choice.is_number() && !Kind::Text.is_number() && !Kind::Switch.is_number());
    // Lists that move with the stages, and with the sources.
    let stages = [List::Stages, List::SourceStages, List::PeriodStages, List::PeriodSourceStages];
    let sources = [List::Sources, List::SourceStages, List::PeriodSourceStages];
    for list in
        [List::Hires, List::Months, List::Cells, List::Periods, List::PeriodReasons, List::Commitments]
    {
        assert!(!list.follows_stages() && !list.follows_sources(), "{list:?}");
    }
    assert!(stages.iter().all(|l| l.follows_stages()));
    assert!(sources.iter().all(|l| l.follows_sources()));
    assert!(!List::Stages.follows_sources() && !List::Sources.follows_stages());
}

#[test]
fn a_stage_aligned_list_inserts_removes_and_moves_within_its_length() {
    use funnel_planner::state::registry::StageAligned;
    let list = || vec![1, 2, 3];
    let run = |f: &dyn Fn(&mut Vec<i32>)| {
        let mut l = list();
        f(&mut l);
        l
    };
    assert_eq!(run(&|l| l.insert_at(0)), [0, 1, 2, 3]);
    assert_eq!(run(&|l| l.insert_at(3)), [1, 2, 3, 0], "at the end");
    assert_eq!(run(&|l| l.insert_at(4)), [1, 2, 3], "past the end");
    assert_eq!(run(&|l| l.remove_at(2)), [1, 2]);
    assert_eq!(run(&|l| l.remove_at(3)), [1, 2, 3]);
    assert_eq!(run(&|l| l.move_item(2, 0)), [3, 1, 2]);
    // Moving to or from past the end pads the list with "no value" first.
    assert_eq!(run(&|l| l.move_item(0, 4)), [2, 3, 0, 0, 1]);
    assert_eq!(run(&|l| l.move_item(3, 0)), [0, 1, 2, 3]);
    // A list left empty (nothing typed for any stage) stays empty.
    let mut empty: Vec<i32> = Vec::new();
    empty.insert_at(0);
    empty.move_item(0, 2);
    assert!(empty.is_empty());
}

#[test]
fn the_registry_declares_the_bounds_the_engine_applies() {
    use funnel_planner::state::registry::Bounds;
    use funnel_planner::state::{Action, State};
    // i64::MAX is 9 223 372 036 854 775 807: a billionth of it, floored, is 9 223 372 036.
    let (spec, _) = registry::lookup("sources.0.max_leads").expect("a field");
    assert_eq!(spec.bounds, Bounds::Whole(0, 9_223_372_036));
    let typed = |text: &str| {
        let path = "sources.0.max_leads";
        let state = State::new(funnel_planner::i18n::Lang::En)
            .reduce(Action::SetNumber { path: path.into(), text: text.into() });
        state.outcome().error_at(path)
    };
    assert_eq!(typed("9223372036"), None);
    assert!(typed("9223372037").is_some(), "one more is refused by the engine");
    // A commitment's owner takes 120 characters (the engine's cap), a stage name 60.
    let (owner, _) = registry::lookup("agreement.commitments.0.owner").expect("a field");
    assert_eq!(owner.max_len, Some(120));
    let (name, _) = registry::lookup("funnel.stages.0.name").expect("a field");
    assert_eq!(name.max_len, Some(60));
}
