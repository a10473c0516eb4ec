//! Recorded periods as registry lists (`state::registry::periods`), index by index, with values
//! worked by hand from the module's rule: a recorded period sits at its position in the list,
//! a period not yet recorded at `len + its rank among the missing ones` (periods 1–53), and a
//! second index packs as `outer × 200 + inner`. The first and last periods, one past the last,
//! and the creation of the missing periods up to a typed one are pinned, so a count typed in
//! the monthly grid lands in the month it was typed in. Added for issue 16 (mutation testing
//! of `src/state/`); see docs/mutants/state.md.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::actuals::PeriodActuals;
use funnel_planner::engine::Decimal;
use funnel_planner::state::registry::periods::{
    exists, grow, index_of, nest, split, stage_count, stage_slot, MAX_PERIODS, NEST,
};

fn at(period: u32) -> PeriodActuals {
    PeriodActuals { period, ..PeriodActuals::default() }
}

fn periods(list: &[PeriodActuals]) -> Vec<u32> {
    list.iter().map(|p| p.period).collect()
}

fn n(v: i64) -> Option<Decimal> {
    Some(Decimal::from_int(v))
}

#[test]
fn two_indices_pack_with_a_stride_of_200_stages() {
    assert_eq!((NEST, MAX_PERIODS), (200, 53));
    assert_eq!(nest(0, 0), Some(0));
    assert_eq!(nest(1, 5), Some(205));
    assert_eq!(nest(2, 199), Some(599));
    assert_eq!(nest(0, 200), None, "a 201st stage does not exist");
    assert_eq!(nest(usize::MAX, 1), None, "no overflow");
    assert_eq!(split(599), (2, 199));
    assert_eq!(split(205), (1, 5));
    assert_eq!(split(200), (1, 0));
}

#[test]
fn a_period_not_recorded_sits_after_the_recorded_ones_by_its_rank_among_the_missing() {
    // Periods 3 and 1 recorded, in that order.
    let list = [at(3), at(1)];
    assert_eq!(index_of(&list, 3), 0);
    assert_eq!(index_of(&list, 1), 1);
    // Missing: 2, 4, 5, …, 53 (51 periods) at indices 2, 3, 4, …, 52.
    assert_eq!(index_of(&list, 2), 2);
    assert_eq!(index_of(&list, 4), 3);
    assert_eq!(index_of(&list, 53), 52);
    assert!(exists(&list, 0) && exists(&list, 1) && exists(&list, 52));
    assert!(!exists(&list, 53));
    // Nothing recorded: period p at index p − 1, up to 53.
    let empty: [PeriodActuals; 0] = [];
    assert_eq!(index_of(&empty, 1), 0);
    assert_eq!(index_of(&empty, 53), 52);
    assert!(exists(&empty, 52) && !exists(&empty, 53));
}

#[test]
fn typing_in_a_missing_period_creates_the_missing_ones_before_it() {
    let mut list = vec![at(3), at(1)];
    // Index 3 is period 4: periods 2 and 4 are created, in that order.
    assert_eq!(grow(&mut list, 3).map(|p| p.period), Some(4));
    assert_eq!(periods(&list), [3, 1, 2, 4]);
    // A recorded index creates nothing.
    assert_eq!(grow(&mut list, 0).map(|p| p.period), Some(3));
    assert_eq!(list.len(), 4);
    // The last period (index 52 of an empty list) creates all 53; index 53 creates none.
    let mut all: Vec<PeriodActuals> = Vec::new();
    assert_eq!(grow(&mut all, 52).map(|p| p.period), Some(53));
    assert_eq!(periods(&all), (1..=53).collect::<Vec<_>>());
    let mut none: Vec<PeriodActuals> = Vec::new();
    assert!(grow(&mut none, 53).is_none());
    assert!(none.is_empty());
}

#[test]
fn a_stage_count_reads_and_writes_in_its_own_period_and_stage() {
    let mut list = vec![PeriodActuals { period: 3, stages: vec![n(7), None, n(9)], by_source: Vec::new() }];
    assert_eq!(stage_count(&list, 0), Some(n(7)));
    assert_eq!(stage_count(&list, 1), Some(None));
    assert_eq!(stage_count(&list, 2), Some(n(9)));
    assert_eq!(stage_count(&list, 5), Some(None), "a stage not typed yet");
    // Index 1 is period 1 (not recorded): its stages read as empty.
    assert_eq!(stage_count(&list, 200), Some(None));
    // Period entries 0–52 exist (1 recorded + 52 missing); entry 53 does not.
    assert_eq!(stage_count(&list, 52 * 200), Some(None));
    assert_eq!(stage_count(&list, 53 * 200), None);
    // Writing stage 2 of entry 1 creates period 1 with three stages.
    *stage_slot(&mut list, 202).expect("a slot") = n(5);
    assert_eq!(periods(&list), [3, 1]);
    assert_eq!(list[1].stages, [None, None, n(5)]);
    assert_eq!(stage_count(&list, 202), Some(n(5)));
    // Writing stage 0 of period 3 keeps its other counts.
    *stage_slot(&mut list, 0).expect("a slot") = n(8);
    assert_eq!(list[0].stages, [n(8), None, n(9)]);
    assert!(stage_slot(&mut list, 53 * 200).is_none());
}

#[test]
fn with_all_53_periods_recorded_index_53_does_not_exist() {
    let all: Vec<PeriodActuals> = (1..=53).map(at).collect();
    assert!(exists(&all, 52));
    assert!(!exists(&all, 53));
}

mod per_source {
    use super::{at, n};
    use funnel_planner::engine::actuals::compliance::{RejectionCount, SlaRecord};
    use funnel_planner::engine::actuals::{PeriodActuals, SourceActuals};
    use funnel_planner::engine::sources::Source;
    use funnel_planner::engine::{Decimal, Plan};
    use funnel_planner::state::registry::period_sources::{count, reason, slot, source_index, source_names};

    fn split(source: &str, stages: Vec<Option<Decimal>>) -> SourceActuals {
        SourceActuals { source: source.into(), stages }
    }

    /// Sources Ads and Events; month 1 records CRM then Ads; week 1 records Web.
    fn plan() -> Plan {
        let sources = ["Ads", "Events"].map(|name| Source { name: name.into(), ..Source::default() });
        let mut plan = Plan { sources: sources.into(), ..Plan::default() };
        plan.actuals.months = vec![PeriodActuals {
            by_source: vec![split("CRM", vec![n(1)]), split("Ads", vec![n(2)])],
            ..at(1)
        }];
        plan.actuals.weeks = vec![PeriodActuals { by_source: vec![split("Web", vec![])], ..at(1) }];
        plan
    }

    /// Packed index of period entry `i`, source entry `j`, stage `s`.
    fn pack(i: usize, j: usize, s: usize) -> usize {
        (i * 200 + j) * 200 + s
    }

    #[test]
    fn the_sources_a_count_can_be_typed_for_are_the_plans_then_the_recorded_ones() {
        let names = source_names(&plan());
        assert_eq!(names, ["Ads", "Events", "CRM", "Web"]);
        // In a period recording Events only: Ads, CRM and Web follow by their rank.
        let events = [split("Events", vec![])];
        let at_index: Vec<usize> = names.iter().map(|n| source_index(&events, &names, n)).collect();
        assert_eq!(at_index, [1, 0, 2, 3]);
    }

    fn months(p: &Plan) -> &Vec<PeriodActuals> {
        &p.actuals.months
    }

    #[test]
    fn a_per_source_count_reads_its_own_source_and_stops_at_the_known_ones() {
        let plan = plan();
        // Month 1 holds CRM (0) and Ads (1); Events (2) and Web (3) are not recorded yet.
        assert_eq!(count(&plan, months, pack(0, 1, 0)), Some(n(2)));
        assert_eq!(count(&plan, months, pack(0, 0, 0)), Some(n(1)));
        assert_eq!(count(&plan, months, pack(0, 3, 0)), Some(None));
        assert_eq!(count(&plan, months, pack(0, 4, 0)), None);
    }

    #[test]
    fn typing_for_a_source_not_recorded_creates_it_and_no_other() {
        let mut plan = plan();
        // Events is entry 2 of month 1: only Events is added.
        *slot(&mut plan, |p| &mut p.actuals.months, pack(0, 2, 1)).expect("a slot") = n(7);
        let by: Vec<&str> = plan.actuals.months[0].by_source.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(by, ["CRM", "Ads", "Events"]);
        assert_eq!(plan.actuals.months[0].by_source[2].stages, [None, n(7)]);
    }

    #[test]
    fn a_reasons_count_is_a_field_for_the_first_twenty_rows_only() {
        // A loaded plan holding 21 reason rows (more than an edit can add).
        let mut plan = Plan::default();
        let row = |c| RejectionCount { reason: "r".into(), count: Decimal::from_int(c) };
        let reasons = (0..21).map(row).collect();
        plan.actuals.sla.records =
            vec![SlaRecord { period: 1, rejection_reasons: reasons, ..SlaRecord::default() }];
        assert_eq!(reason(&plan, 19), Some(n(19)));
        assert_eq!(reason(&plan, 20), None);
        assert_eq!(reason(&plan, 200), None, "no second record");
    }
}
