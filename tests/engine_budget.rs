//! Budget rules: seed 000's 10 % of 42.12 M€ and its 2 527 € a month, funnel cost, CAC/LTV.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::budget::{
    budget_band, budget_report, BudgetBand, BudgetBasis, BudgetTerms, Period,
};
use funnel_planner::engine::error::Errors;
use funnel_planner::engine::unit_economics::{unit_economics, LtvGap, UnitEconomicsTerms};
use funnel_planner::engine::{Decimal, Reason};
use proptest::prelude::*;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn seed_000_monthly() -> BudgetTerms {
    BudgetTerms { basis: BudgetBasis::Amount, ..BudgetTerms::default() }
}

#[test]
fn seed_000_ten_percent_of_42_12_million_is_4_212_000() {
    let r = budget_report(&BudgetTerms::default(), 0, &[]).unwrap();
    assert_eq!(r.yearly_budget, d("4212000"));
    assert_eq!(r.monthly_budget, d("351000"));
    assert_eq!(r.share_of_revenue, Some(d("0.1")));
    assert_eq!(r.band, Some(BudgetBand::InBand));
    assert_eq!(r.band_min_amount, d("2106000"));
    assert_eq!(r.band_max_amount, d("8424000"));
    // Seed 000: 42.12 M€ at 10 % is 4.212 M€ a year.
    assert_eq!(r.band_example_amount, d("4212000"));
    assert_eq!(r.funnel_cost, None);
}

#[test]
fn seed_000_2527_a_month_is_30324_a_year_and_far_below_the_band() {
    let r = budget_report(&seed_000_monthly(), 0, &[]).unwrap();
    assert_eq!(r.yearly_budget, d("30324"));
    assert_eq!(r.monthly_budget, d("2527"));
    let share = r.share_of_revenue.unwrap();
    assert_eq!(share.checked_mul(Decimal::HUNDRED).unwrap().round_to(2), d("0.07"));
    assert_eq!(r.band, Some(BudgetBand::FarBelow));
}

#[test]
fn yearly_amount_is_taken_as_is() {
    let terms = BudgetTerms { amount: d("30324"), amount_period: Period::Yearly, ..seed_000_monthly() };
    assert_eq!(terms.yearly_budget(), Some(d("30324")));
}

#[test]
fn band_edges_far_below_under_2_5_below_under_5_in_band_to_20_then_growth() {
    assert_eq!(budget_band(d("0.024999999")), BudgetBand::FarBelow);
    assert_eq!(budget_band(d("0.025")), BudgetBand::Below);
    assert_eq!(budget_band(d("0.049999999")), BudgetBand::Below);
    assert_eq!(budget_band(d("0.05")), BudgetBand::InBand);
    assert_eq!(budget_band(d("0.2")), BudgetBand::InBand);
    assert_eq!(budget_band(d("0.200000001")), BudgetBand::Growth);
}

#[test]
fn no_revenue_gives_no_share_and_no_band() {
    let terms = BudgetTerms { annual_revenue: Decimal::ZERO, ..seed_000_monthly() };
    let r = budget_report(&terms, 0, &[]).unwrap();
    assert_eq!(r.share_of_revenue, None);
    assert_eq!(r.band, None);
}

#[test]
fn leads_times_cost_per_lead_is_the_budget_needed_and_the_budget_buys_whole_leads() {
    let terms = BudgetTerms { cost_per_lead: Some(d("50")), ..seed_000_monthly() };
    let cost = budget_report(&terms, 2_500, &[]).unwrap().funnel_cost.unwrap();
    assert_eq!(cost.needed, d("125000"));
    assert_eq!(cost.gap, d("-94676"));
    assert!(!cost.enough);
    assert_eq!(cost.leads_affordable, Some(606));
}

#[test]
fn costed_stages_sum_volume_times_cost_and_skip_uncosted_ones() {
    let terms =
        BudgetTerms { stage_costs: vec![Some(d("0.5")), None, Some(d("20"))], ..BudgetTerms::default() };
    let cost = budget_report(&terms, 2_500, &[125_000, 2_500, 1_000, 500, 250, 100]).unwrap();
    let cost = cost.funnel_cost.unwrap();
    assert_eq!(cost.needed, d("82500"));
    assert!(cost.enough);
    assert_eq!(cost.leads_affordable, None);
}

#[test]
fn free_leads_cost_nothing_and_put_no_limit_on_leads() {
    let terms = BudgetTerms { cost_per_lead: Some(Decimal::ZERO), ..seed_000_monthly() };
    let cost = budget_report(&terms, 2_500, &[]).unwrap().funnel_cost.unwrap();
    assert_eq!(cost.needed, Decimal::ZERO);
    assert!(cost.enough);
    assert_eq!(cost.leads_affordable, None);
}

#[test]
fn every_bad_budget_field_is_reported_with_its_path() {
    let terms = BudgetTerms {
        percent_of_revenue: d("11"),
        annual_revenue: d("-1"),
        cost_per_lead: Some(d("-2")),
        stage_costs: vec![None, Some(d("-1")), None],
        ..BudgetTerms::default()
    };
    let mut errors = Errors::default();
    terms.validate("budget", &mut errors);
    terms.validate_stages("budget", 2, &mut errors);
    let got: Vec<_> = errors.0.iter().map(|e| (e.path.as_str(), e.reason)).collect();
    assert_eq!(
        got,
        [
            ("budget.percent_of_revenue", Reason::OutOfRange),
            ("budget.annual_revenue", Reason::Negative),
            ("budget.cost_per_lead", Reason::Negative),
            ("budget.stage_costs.1", Reason::Negative),
            ("budget.stage_costs", Reason::TooMany),
        ]
    );
}

#[test]
fn cac_roi_ltv_and_payback_follow_their_formulas() {
    let terms = UnitEconomicsTerms {
        sales_spend: d("788000"),
        gross_margin: Some(d("0.8")),
        yearly_churn: Some(d("0.2")),
    };
    let u = unit_economics(&terms, d("4212000"), 100, d("7500000"), d("100000")).unwrap();
    assert_eq!(u.total_spend, d("5000000"));
    assert_eq!(u.cac, Some(d("50000")));
    assert_eq!(u.roi, Some(d("0.5")));
    assert_eq!(u.ltv, Some(d("400000")));
    assert_eq!(u.ltv_gap, None);
    assert_eq!(u.ltv_to_cac, Some(d("8")));
    assert_eq!(u.payback_months, Some(d("7.5")));
}

#[test]
fn zero_churn_leaves_ltv_unbounded_and_reported_as_such() {
    let terms = UnitEconomicsTerms {
        gross_margin: Some(d("0.8")),
        yearly_churn: Some(Decimal::ZERO),
        ..Default::default()
    };
    let u = unit_economics(&terms, d("1000"), 10, d("5000"), d("1000")).unwrap();
    assert_eq!(u.ltv, None);
    assert_eq!(u.ltv_gap, Some(LtvGap::ZeroChurn));
    assert_eq!(u.ltv_to_cac, None);
    assert_eq!(u.payback_months, Some(d("1.5")));
}

#[test]
fn no_customers_no_spend_and_no_margin_give_no_ratios() {
    let u = unit_economics(&UnitEconomicsTerms::default(), Decimal::ZERO, 0, d("5000"), d("1000")).unwrap();
    assert_eq!(u.cac, None);
    assert_eq!(u.roi, None);
    assert_eq!(u.ltv_gap, Some(LtvGap::MissingInputs));
    assert_eq!(u.payback_months, None);
    let zero_margin = UnitEconomicsTerms { gross_margin: Some(Decimal::ZERO), ..Default::default() };
    let u = unit_economics(&zero_margin, d("1000"), 10, d("5000"), d("1000")).unwrap();
    assert_eq!(u.payback_months, None);
}

#[test]
fn budget_terms_read_from_partial_json() {
    let terms: BudgetTerms = serde_json::from_str(r#"{"basis":"amount","amount_period":"yearly"}"#).unwrap();
    assert_eq!(terms.basis, BudgetBasis::Amount);
    assert_eq!(terms.amount, Decimal::from_int(2527));
    let back: BudgetTerms = serde_json::from_str(&serde_json::to_string(&terms).unwrap()).unwrap();
    assert_eq!(back, terms);
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=9).prop_map(|(m, p)| Decimal::from_parts(m, p).unwrap())
}

proptest! {
    #[test]
    fn budget_needed_grows_with_lead_volume(leads in 0u64..1_000_000_000, more in 0u64..1_000_000, cents in 0i64..100_000_000) {
        let terms = BudgetTerms { cost_per_lead: Decimal::from_parts(cents, 2), ..BudgetTerms::default() };
        let a = budget_report(&terms, leads, &[]).unwrap().funnel_cost.unwrap().needed;
        let b = budget_report(&terms, leads + more, &[]).unwrap().funnel_cost.unwrap().needed;
        prop_assert!(a <= b);
    }

    #[test]
    fn budget_needed_grows_with_any_stage_volume(
        volumes in proptest::collection::vec(0u64..1_000_000_000, 6), stage in 0usize..6, more in 0u64..1_000_000,
    ) {
        let terms = BudgetTerms { stage_costs: vec![Some(d("0.5")), None, Some(d("20")), Some(d("100"))], ..BudgetTerms::default() };
        let mut bigger = volumes.clone();
        bigger[stage] += more;
        let a = budget_report(&terms, 0, &volumes).unwrap().funnel_cost.unwrap().needed;
        let b = budget_report(&terms, 0, &bigger).unwrap().funnel_cost.unwrap().needed;
        prop_assert!(a <= b);
    }

    #[test]
    fn budget_and_unit_economics_hold_their_identities_on_any_input(
        amount in decimal(), pct in decimal(), revenue in decimal(), cpl in proptest::option::of(decimal()),
        costs in proptest::collection::vec(proptest::option::of(decimal()), 0..8),
        volumes in proptest::collection::vec(any::<u64>(), 0..8), leads in any::<u64>(),
        monthly in any::<bool>(), by_amount in any::<bool>(),
        sales in decimal(), margin in proptest::option::of(decimal()), churn in proptest::option::of(decimal()),
        customers in any::<u64>(), new_revenue in decimal(), deal in decimal(),
    ) {
        let terms = BudgetTerms {
            basis: if by_amount { BudgetBasis::Amount } else { BudgetBasis::PercentOfRevenue },
            amount, amount_period: if monthly { Period::Monthly } else { Period::Yearly },
            percent_of_revenue: pct, annual_revenue: revenue, cost_per_lead: cpl, stage_costs: costs,
        };
        let mut errors = Errors::default();
        terms.validate("budget", &mut errors);
        let report = budget_report(&terms, leads, &volumes);
        // Validated terms with volumes below 10^12 stay far inside the decimal range.
        let modest = leads < 1_000_000_000_000 && volumes.iter().all(|v| *v < 1_000_000_000_000);
        if errors.is_empty() && modest {
            prop_assert!(report.is_some(), "{:?}", terms);
        }
        if let Some(r) = &report {
            // A twelfth truncated at the ninth place: 12 × monthly is within 12 units of yearly.
            let twelve_months = r.monthly_budget.units() * 12;
            prop_assert!((r.yearly_budget.units() - twelve_months).abs() < 12, "{:?}", r);
            if let Some(c) = &r.funnel_cost {
                prop_assert_eq!(c.gap.units() + c.needed.units(), r.yearly_budget.units());
                prop_assert_eq!(c.enough, !c.gap.is_negative());
            }
            let costed = terms.stage_costs.iter().any(Option::is_some) || terms.cost_per_lead.is_some();
            prop_assert_eq!(r.funnel_cost.is_some(), costed);
        }
        let ue = UnitEconomicsTerms { sales_spend: sales, gross_margin: margin, yearly_churn: churn };
        ue.validate("economics", &mut errors);
        if let Some(u) = unit_economics(&ue, amount, customers, new_revenue, deal) {
            prop_assert_eq!(u.total_spend.units(), amount.units() + sales.units());
            prop_assert_eq!(u.cac.is_some(), customers > 0);
            prop_assert_eq!(u.ltv.is_some(), u.ltv_gap.is_none());
            if u.ltv_to_cac.is_some() {
                prop_assert!(u.ltv.is_some() && u.cac.is_some());
            }
        }
    }
}
