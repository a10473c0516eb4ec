//! CSV export: RFC 4180 quoting and one row per stage × period, summing to the stage total;
//! the French dialect (`;`, decimal comma), the byte-order mark, the inputs and the wide layout.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::{compute, Plan};
use funnel_planner::export::csv::{self, Dialect};
use funnel_planner::export::file_stem;
use funnel_planner::i18n::Lang;

fn en() -> Dialect {
    Dialect::for_lang(Lang::En)
}

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
    let text = csv::volumes(&compute(&plan).unwrap(), en());
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
    assert_eq!(csv::risk_rows(&compute(&plan).unwrap(), en()), "", "no Monte-Carlo, no risk rows");
    plan.risk.enabled = true;
    plan.risk.trials = 2_000;
    let report = compute_with_risk(&plan).unwrap();
    let rows = csv::risk_rows(&report, en());
    let lines: Vec<&str> = rows.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("Visitor,risk,probability_of_goal,0,"), "{}", lines[0]);
    assert!(lines[0].ends_with(",125000"));
    // Three rows (P50, P80, P90) for every stage but the customer.
    assert_eq!(lines.len(), 1 + 3 * 5);
    assert!(lines.iter().any(|l| l.starts_with("Lead,risk,volume_p80,1,")));
}

#[test]
fn french_files_use_semicolons_decimal_commas_french_headers_and_a_bom() {
    // Issue 12: the French CSV had English headers, commas and no BOM, so French Excel opened
    // it in one column, and it carried none of the plan's inputs.
    let mut plan = Plan::default();
    plan.funnel.stages[1].name = "Lead; entrant".into();
    plan.risk.enabled = true;
    plan.risk.trials = 500;
    let report = funnel_planner::engine::compute_with_risk(&plan).unwrap();
    let text = csv::long_file(&plan, &report, Lang::Fr);
    assert!(text.starts_with("\u{feff}étape;équipe;période;numéro;volume;total_étape\r\n"));
    assert!(text.contains("\r\n\"Lead; entrant\";marketing;mois;1;209;2500\r\n"));
    assert!(text.contains("\r\nSQL;ventes;trimestre;1;125;500\r\n"));
    assert!(text.contains(";risque;probabilité_objectif;0;"));
    // The inputs follow, decimals with a comma: 2 % is "2", attainment 80 %, 0.5 rates "50".
    assert!(text.contains("\r\n\r\ndonnée;valeur;unité\r\n"));
    assert!(text.contains("\r\nObjectif de chiffre d'affaires;100000;\r\n"));
    assert!(text.contains("\r\n\"Taux Visitor → Lead; entrant\";2;%\r\n"), "{text}");
    assert!(text.contains("\r\nÉtape livrée aux ventes;MQL;\r\n"));
    plan.sla.good_fit_share = "0.625".parse().unwrap();
    let text = csv::long_file(&plan, &compute(&plan).unwrap(), Lang::Fr);
    assert!(text.contains("\r\nPart jugée adaptée;62,5;%\r\n"));
    let en = csv::long_file(&plan, &compute(&plan).unwrap(), Lang::En);
    assert!(en.starts_with("\u{feff}stage,team,period,index,volume,stage_total\r\n"));
    assert!(en.contains("\r\nGood-fit share,62.5,%\r\n"));
}

#[test]
fn the_wide_layout_has_stages_as_rows_and_quarters_then_months_as_columns() {
    let plan = Plan::default();
    let report = compute(&plan).unwrap();
    let text = csv::wide_file(&plan, &report, Lang::Fr);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "\u{feff}étape;équipe;total;T1;T2;T3;T4;M1;M2;M3;M4;M5;M6;M7;M8;M9;M10;M11;M12");
    assert_eq!(
        lines[2],
        "Lead;marketing;2500;625;625;625;625;209;208;208;209;208;208;209;208;208;209;208;208"
    );
    assert_eq!(lines.iter().take_while(|l| !l.is_empty()).count(), 1 + 6);
    assert!(text.contains("\r\n\r\ndonnée;valeur;unité\r\n"));
}
