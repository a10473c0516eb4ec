//! `Funnel::validate` at its limits, found unpinned by the funnel-time mutation run (issue 16):
//! 2 to 200 stages, stage names up to 60 characters (counted as characters, not bytes), and
//! only the rates the calculation uses are checked (not the customer stage's; in simple mode
//! the overall rate alone).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::error::Errors;
use funnel_planner::engine::funnel::{Funnel, FunnelMode, Stage, Team, MAX_NAME_CHARS, MAX_STAGES};
use funnel_planner::engine::{Decimal, Reason};

fn errors_of(funnel: &Funnel) -> Vec<(String, Reason)> {
    let mut errors = Errors::default();
    funnel.validate(&mut errors);
    errors.0.iter().map(|e| (e.path.clone(), e.reason)).collect()
}

fn named(names: &[String]) -> Funnel {
    let stages =
        names.iter().map(|n| Stage { name: n.clone(), team: Team::Sales, rate: Decimal::ONE }).collect();
    Funnel { mode: FunnelMode::Stages, stages, ..Funnel::default() }
}

fn of_len(n: usize) -> Funnel {
    named(&vec![String::new(); n])
}

fn err(path: &str, reason: Reason) -> Vec<(String, Reason)> {
    vec![(path.to_string(), reason)]
}

#[test]
fn a_funnel_has_two_to_two_hundred_stages() {
    assert_eq!(MAX_STAGES, 200);
    assert_eq!(errors_of(&of_len(0)), err("funnel.stages", Reason::TooFew));
    assert_eq!(errors_of(&of_len(1)), err("funnel.stages", Reason::TooFew));
    assert_eq!(errors_of(&of_len(2)), []);
    assert_eq!(errors_of(&of_len(200)), []);
    assert_eq!(errors_of(&of_len(201)), err("funnel.stages", Reason::TooMany));
}

#[test]
fn a_stage_name_holds_sixty_characters_of_any_width() {
    assert_eq!(MAX_NAME_CHARS, 60);
    // "é" is two bytes: 60 of them are 120 bytes but 60 characters, still allowed.
    let sixty = "é".repeat(60);
    let sixty_one = "é".repeat(61);
    assert_eq!(errors_of(&named(&[sixty.clone(), sixty.clone()])), []);
    assert_eq!(
        errors_of(&named(&[sixty.clone(), "x".repeat(61)])),
        err("funnel.stages.1.name", Reason::TooLong)
    );
    assert_eq!(
        errors_of(&named(&[sixty_one.clone(), sixty, sixty_one])),
        [
            ("funnel.stages.0.name".to_string(), Reason::TooLong),
            ("funnel.stages.2.name".to_string(), Reason::TooLong),
        ]
    );
}

#[test]
fn only_the_rates_the_calculation_uses_are_checked() {
    let mut funnel = of_len(3);
    funnel.stages[2].rate = "7".parse().unwrap(); // the customer stage's rate is never used
    funnel.overall_rate = Decimal::ZERO; // simple mode's rate, unused in stages mode
    assert_eq!(errors_of(&funnel), []);
    funnel.stages[1].rate = Decimal::ZERO;
    assert_eq!(errors_of(&funnel), err("funnel.stages.1.rate", Reason::MustBePositive));
    // Simple mode checks its one rate and ignores the stage list, however wrong.
    let simple = Funnel { mode: FunnelMode::Simple, stages: Vec::new(), overall_rate: Decimal::ZERO };
    assert_eq!(errors_of(&simple), err("funnel.overall_rate", Reason::MustBePositive));
    assert_eq!(errors_of(&Funnel { overall_rate: "0.04".parse().unwrap(), ..simple }), []);
}

#[test]
fn the_effective_length_counts_the_stages_each_mode_uses() {
    for len in [2, 3, 7, 200] {
        let stages = of_len(len);
        assert_eq!(stages.effective_len(), len);
        assert_eq!(stages.effective_len(), stages.effective_stages().len());
        // Simple mode draws two stages however long the kept list is.
        let simple = Funnel { mode: FunnelMode::Simple, ..stages };
        assert_eq!(simple.effective_len(), 2);
        assert_eq!(simple.effective_len(), simple.effective_stages().len());
    }
}
