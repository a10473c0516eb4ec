//! CSV export: RFC 4180 quoting and one row per stage × period, summing to the stage total.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::{compute, Plan};
use funnel_planner::export::{csv, file_stem};

#[test]
fn fields_are_quoted_only_when_rfc_4180_requires_it() {
    assert_eq!(csv::field("Lead"), "Lead");
    assert_eq!(csv::field("Leads, inbound"), "\"Leads, inbound\"");
    assert_eq!(csv::field("The \"hot\" ones"), "\"The \"\"hot\"\" ones\"");
    assert_eq!(csv::field("two\nlines"), "\"two\nlines\"");
}

#[test]
fn every_stage_has_a_row_per_period_and_months_sum_to_the_total() {
    let mut plan = Plan::default();
    plan.funnel.stages[1].name = "Lead, inbound".into();
    let text = csv::volumes(&compute(&plan).unwrap());
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "stage,team,period,index,volume,stage_total");
    // 6 stages × (1 horizon + 4 quarters + 12 months + 52 weeks + 260 working days).
    assert_eq!(lines.len(), 1 + 6 * (1 + 4 + 12 + 52 + 260));
    assert!(text.ends_with("\r\n"));
    let lead_months: u64 = lines
        .iter()
        .filter(|l| l.starts_with("\"Lead, inbound\",marketing,month,"))
        .map(|l| l.rsplit(',').nth(1).unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(lead_months, 2_500);
    assert!(lines.contains(&"\"Lead, inbound\",marketing,month,1,209,2500"));
}

#[test]
fn file_names_are_safe_and_never_empty() {
    assert_eq!(file_stem("Plan 2027 — Équipe B!"), "plan-2027-équipe-b");
    assert_eq!(file_stem("  ///  "), "funnel-plan");
    // Any script, one character at a time (no final-sigma rule), as in the browser build.
    assert_eq!(file_stem("ПЛАН ΣΟΦΙΑ İ"), "план-σοφια-i\u{307}");
}

mod base64_links {
    use funnel_planner::export::base64::{decode, encode};
    use proptest::prelude::*;

    #[test]
    fn known_vectors_match_rfc_4648_url_alphabet() {
        assert_eq!(encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(encode(b"fo"), "Zm8");
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("Zm8").unwrap(), b"fo");
        assert_eq!(decode("Zm9v!"), None);
        assert_eq!(decode("Z"), None);
    }

    proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(decode(&encode(&bytes)).unwrap(), bytes);
        }
    }
}

#[test]
fn risk_rows_carry_the_chance_and_the_p80_p90_volumes() {
    use funnel_planner::engine::compute_with_risk;
    let mut plan = Plan::default();
    assert_eq!(csv::risk_rows(&compute(&plan).unwrap()), "", "no Monte-Carlo, no risk rows");
    plan.risk.enabled = true;
    plan.risk.trials = 2_000;
    let report = compute_with_risk(&plan).unwrap();
    let rows = csv::risk_rows(&report);
    let lines: Vec<&str> = rows.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("Visitor,risk,probability_of_goal,0,"), "{}", lines[0]);
    assert!(lines[0].ends_with(",125000"));
    // Three rows (P50, P80, P90) for every stage but the customer.
    assert_eq!(lines.len(), 1 + 3 * 5);
    assert!(lines.iter().any(|l| l.starts_with("Lead,risk,volume_p80,1,")));
}
