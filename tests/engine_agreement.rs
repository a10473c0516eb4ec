//! Parts that agree (issue 12 item 2): one test per contradiction the issue lists, each
//! failing on the old behaviour (the verdict's capacity-vs-hours case is in engine_verdict.rs,
//! the SLA document's deadlines in sla_text.rs).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::sensitivity::Effect;
use funnel_planner::engine::team::NewHire;
use funnel_planner::engine::time::periods::{breakdown, PeriodSettings};
use funnel_planner::engine::{compute, compute_with_risk, Decimal, Plan};
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::{Action, State};

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// One rep plus one hired, fully productive, from month 7: 1.5 productive reps over the year.
fn one_and_a_half_reps() -> Plan {
    let mut plan = Plan::default();
    plan.team.hires =
        vec![NewHire { start_month: Decimal::from_int(7), count: Decimal::ONE, ramp_months: Decimal::ZERO }];
    plan
}

#[test]
fn hires_count_as_they_ramp_in_capacity_workloads_and_the_sla_alike() {
    let mut plan = one_and_a_half_reps();
    plan.sla.handover_stage = Some(3); // SQL, a sales stage, so it has a workload row too
    let r = compute(&plan).unwrap();
    assert_eq!(r.team.as_ref().unwrap().rep_months, d("18"));
    assert_eq!(r.productive_reps, d("1.5"));
    // SQL: 500 a year → 42 a month and 10 a week; shared by 1.5 reps → 28 and 7 (the old
    // workloads divided by the one current rep: 42 and 10, while capacity counted the hire).
    let sql = r.workloads.as_ref().unwrap().iter().find(|w| w.name == "SQL").unwrap();
    assert_eq!((sql.per_month_whole, sql.per_week_whole), (28, 7));
    let m = &r.sla.as_ref().unwrap().marketing;
    assert_eq!((m.per_rep_per_month, m.per_rep), (Some(28), Some(7)));
    // Follow-up hours are the same reps' hours: 1.5 × 20 h.
    assert_eq!(r.sla.as_ref().unwrap().sales.capacity.hours_available_total, d("30"));
}

#[test]
fn lead_scoring_sales_ready_leads_are_what_the_sla_hands_over() {
    let mut plan = Plan::default();
    plan.scoring.enabled = true;
    let r = compute(&plan).unwrap();
    // Seed 003's grid routes 500 leads to sales now: ceil(500 / 52) = 10 a week (not the
    // MQL stage's 20), and 10 × 6 attempts × 15 min = 15 h of follow-up (not 30).
    let sla = r.sla.as_ref().unwrap();
    assert_eq!(r.scoring.as_ref().unwrap().sales_ready_leads, 500);
    assert_eq!(sla.marketing.handover_per_week, 10);
    assert_eq!(sla.sales.capacity.hours_needed_total, d("15"));
    assert!(r.commitments.as_ref().unwrap().marketing.from_scoring);
}

#[test]
fn risk_counts_what_the_reps_can_close() {
    let mut plan = Plan::default();
    plan.risk.enabled = true;
    plan.risk.trials = 2_000;
    let base = compute_with_risk(&plan).unwrap().risk.unwrap().p_hit;
    // Half the attainment: the rep closes 50 of the 100 deals needed. Before, the chance was
    // the same coin flip as the plan with enough capacity; deals beyond capacity now count
    // for nothing, so the goal is out of reach.
    plan.team.attainment = d("0.4");
    let short = compute_with_risk(&plan).unwrap().risk.unwrap();
    assert!(base > d("0.3"), "{base}");
    assert_eq!(short.p_hit, Decimal::ZERO);
    assert_eq!(short.needed[0].p80, None);
    // Capacity exactly at the goal with an uncertain deal size: the reps close deals until
    // their 100 000 is used, so a 1 100 deal year is not lost for want of a 91st deal.
    plan.team.attainment = d("0.8");
    plan.risk.deal_low = Some(d("800"));
    plan.risk.deal_high = Some(d("1500"));
    let ranged = compute_with_risk(&plan).unwrap().risk.unwrap();
    assert!(ranged.p_hit > d("0.3"), "{}", ranged.p_hit);
    // Customers reached are capped at what the reps can close (100 at most for deals ≥ 1 000).
    let mut sure = Plan::default();
    sure.risk.enabled = true;
    sure.risk.trials = 500;
    sure.goal_seek.enabled = false;
    sure.risk.volume = Some(Decimal::from_int(250_000));
    assert_eq!(compute_with_risk(&sure).unwrap().risk.unwrap().customers.p10, 100);
}

#[test]
fn risk_answers_for_the_volume_really_produced_and_names_the_80_percent_volume() {
    let mut plan = Plan::default();
    plan.sla.selling_hours_per_rep = d("40");
    plan.team.reps = Decimal::from_int(2);
    plan.risk.enabled = true;
    plan.risk.trials = 2_000;
    let first = compute_with_risk(&plan).unwrap().risk.unwrap();
    let p80 = first.needed[0].p80.unwrap();
    plan.risk.volume = Some(Decimal::from_count(i128::from(p80)).unwrap());
    let r = compute_with_risk(&plan).unwrap();
    assert!(r.risk.as_ref().unwrap().p_hit >= d("0.8"));
    assert_eq!(r.verdict.status, funnel_planner::engine::verdict::Status::Holds);
}

#[test]
fn sensitivity_effects_carry_no_sign_against_their_label_and_rounding_is_a_tie() {
    let r = compute(&Plan::default()).unwrap().sensitivity;
    for e in &r.entries {
        assert!(matches!(e.upside.effect(), Effect::Saves(_)), "{e:?}");
        assert!(matches!(e.downside.effect(), Effect::Costs(n) if n > 0), "{e:?}");
    }
    // ±10 % on any rate saves exactly 11 363.6 visitors; the reverse funnel's rounding shows
    // 11 000 to 11 363. Those are one tie, not a ranking.
    assert!(
        r.entries.iter().all(|e| e.rank == 1),
        "{:?}",
        r.entries.iter().map(|e| e.rank).collect::<Vec<_>>()
    );
    assert_eq!(r.tie_within, 50 + 125 + 250 + 500 + 1_250);
    // A genuinely stronger lever still ranks first alone: a 5 % rate lifted to 5.5 % against
    // a 90 % one capped at 99 %.
    let mut plan = Plan::default();
    plan.funnel.stages[4].rate = d("0.9");
    plan.sensitivity.lift = d("0.5");
    let r = compute(&plan).unwrap().sensitivity;
    assert_eq!(r.entries[0].rank, 1);
    assert!(r.entries.iter().any(|e| e.rank > 1));
}

#[test]
fn budget_switched_on_fits_the_plan_and_seed_000_stays_an_example() {
    let state = State::new(Lang::En).reduce(Action::Edit(Edit::UseBudget(true)));
    let budget = state.plan.budget.clone().unwrap();
    // 10 % of the plan's 100 000 revenue, not seed 000's 42.12 M company.
    assert_eq!((budget.annual_revenue, budget.yearly_budget()), (d("100000"), Some(d("10000"))));
    let r = compute(&state.plan).unwrap();
    let economics = r.economics.unwrap();
    assert_eq!(economics.cac, Some(d("100")));
    assert!(economics.roi.unwrap().is_positive());
    let example = state.reduce(Action::Edit(Edit::UseBudgetExample));
    assert_eq!(example.plan.budget.as_ref().unwrap().annual_revenue, d("42120000"));
}

#[test]
fn periods_nest_a_flat_year_into_equal_quarters_made_of_their_months() {
    let b = breakdown(125_000, &PeriodSettings::default()).unwrap();
    // Before: 31 251 / 31 251 / 31 250 / 31 248, the months' remainders piled on months 1–8.
    assert_eq!(b.quarters.parts, [31_250; 4]);
    for (q, months) in b.quarters.parts.iter().zip(b.months.parts.chunks(3)) {
        assert_eq!(months.iter().sum::<u64>(), *q);
    }
    let spread = |p: &[u64]| p.iter().max().unwrap() - p.iter().min().unwrap();
    assert!(spread(&b.months.parts) <= 1);
    // With seasonality, too, each quarter is the sum of its months.
    let settings = PeriodSettings {
        seasonality: Some([8, 9, 10, 11, 12, 12, 7, 5, 11, 12, 13, 14].map(Decimal::from_int).to_vec()),
        ..PeriodSettings::default()
    };
    let b = breakdown(9_999, &settings).unwrap();
    for (q, months) in b.quarters.parts.iter().zip(b.months.parts.chunks(3)) {
        assert_eq!(months.iter().sum::<u64>(), *q);
    }
    assert_eq!(b.months.parts.iter().sum::<u64>(), 9_999);
}

#[test]
fn stage_names_stop_at_60_characters_with_a_clear_message() {
    use funnel_planner::engine::Reason;
    let mut plan = Plan::default();
    plan.funnel.stages[1].name = "é".repeat(60);
    assert!(compute(&plan).is_ok());
    // Issue 12: a 5 000-character name was accepted and stretched the Team tab to 8 000 px.
    plan.funnel.stages[1].name = "x".repeat(5_000);
    let errors = compute(&plan).unwrap_err();
    assert_eq!((errors[0].path.as_str(), errors[0].reason), ("funnel.stages.1.name", Reason::TooLong));
    assert_eq!(Lang::Fr.reason(Reason::TooLong), "Nom trop long : 60 caractères au plus.");
    assert_eq!(Lang::En.reason(Reason::TooLong), "Name too long: 60 characters at most.");
}
