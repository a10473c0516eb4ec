//! Import of actuals (issue 14): spreadsheet ranges and CRM exports in French and English
//! (BOM, `;` / `,` / tab, quoted fields with separators and line breaks, bad dates listed with
//! their line and reason, never dropped silently).
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::time::calendar::YearMonth;
use funnel_planner::engine::Decimal;
use funnel_planner::i18n::Lang;
use funnel_planner::import::crm::{count_crm, to_periods, CrmMapping};
use funnel_planner::import::dates::{parse_date, DateError, DateOrder};
use funnel_planner::import::grid::read_grid;
use funnel_planner::import::table::{detect, parse, Separator};
use funnel_planner::import::{CountError, Reason};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/csv/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn fr_stages() -> Vec<String> {
    names(&["Visiteur", "Prospect", "MQL", "SQL", "Opportunité", "Client"])
}

fn en_stages() -> Vec<String> {
    names(&["Visitor", "Lead", "MQL", "SQL", "Opportunity", "Customer"])
}

fn ym(text: &str) -> YearMonth {
    text.to_string().try_into().unwrap()
}

fn some(values: &[Option<i64>]) -> Vec<Option<Decimal>> {
    values.iter().map(|v| v.map(Decimal::from_int)).collect()
}

#[test]
fn separators_are_detected_outside_quotes_tab_first_then_semicolon() {
    assert_eq!(detect("a\tb;c,d"), Separator::Tab);
    assert_eq!(detect("\u{feff}a;b,c"), Separator::Semicolon);
    assert_eq!(detect("\"a;b\",c"), Separator::Comma);
    assert_eq!(detect("\n\nDate,Stage"), Separator::Comma);
}

#[test]
fn quoted_fields_keep_separators_quotes_and_line_breaks_and_records_keep_their_line() {
    let t = parse("a,\"b, \"\"c\"\"\nd\"\r\n\r\nx,y\n\"open,z", Separator::Comma);
    assert_eq!(t.records[0].cells, ["a", "b, \"c\"\nd"]);
    assert_eq!((t.records[1].line, t.records[1].cells.clone()), (4, names(&["x", "y"])));
    assert_eq!(t.unterminated_quote, Some(5));
    assert_eq!(t.records[2].cells, ["open,z"]);
}

#[test]
fn dates_read_iso_always_and_slashes_in_the_order_the_user_gives() {
    let day_first = parse_date("03/04/2026", DateOrder::DayFirst).unwrap();
    assert_eq!(day_first.to_string(), "2026-04-03");
    let month_first = parse_date("03/04/2026", DateOrder::MonthFirst).unwrap();
    assert_eq!(month_first.to_string(), "2026-03-04");
    assert_eq!(parse_date("2026-03-04T10:00Z", DateOrder::MonthFirst).unwrap(), month_first);
    assert_eq!(parse_date("4.3.2026 08:15", DateOrder::DayFirst).unwrap(), month_first);
    assert_eq!(parse_date("29/02/2026", DateOrder::DayFirst), Err(DateError::NoSuchDay));
    assert_eq!(parse_date("29/02/2028", DateOrder::DayFirst).unwrap().to_string(), "2028-02-29");
    assert_eq!(parse_date("01/02/26", DateOrder::DayFirst), Err(DateError::Unreadable));
    assert_eq!(parse_date("  ", DateOrder::DayFirst), Err(DateError::Empty));
}

#[test]
fn a_french_crm_export_is_counted_per_month_and_every_bad_row_listed() {
    let mapping = CrmMapping { header: true, date_column: 0, status_column: 2, ..CrmMapping::default() };
    let r = count_crm(&fixture("crm_fr.csv"), &mapping, &fr_stages());
    assert_eq!(r.rows_counted, 4);
    let months: Vec<(String, Vec<u64>)> =
        r.months.iter().map(|m| (m.month.to_string(), m.stages.clone())).collect();
    assert_eq!(
        months,
        [("2026-01".to_string(), vec![0, 1, 1, 0, 0, 1]), ("2026-02".to_string(), vec![0, 1, 0, 0, 0, 0])]
    );
    let problems: Vec<String> = r.problems.iter().map(|p| p.describe(Lang::Fr)).collect();
    assert_eq!(
        problems,
        [
            "Ligne 7\u{a0}: date inexistante «\u{a0}31/04/2026\u{a0}»",
            "Ligne 8\u{a0}: date illisible «\u{a0}demain\u{a0}» (attendu jj/mm/aaaa, mm/jj/aaaa ou aaaa-mm-jj)",
            "Ligne 9\u{a0}: date illisible «\u{a0}15/02/26\u{a0}» (attendu jj/mm/aaaa, mm/jj/aaaa ou aaaa-mm-jj)",
            "Ligne 10\u{a0}: statut «\u{a0}Perdu\u{a0}» associé à aucune étape",
        ]
    );
}

#[test]
fn a_current_stage_export_counts_every_stage_a_record_passed_through() {
    let mapping =
        CrmMapping { header: true, date_column: 0, status_column: 2, reached: true, ..CrmMapping::default() };
    let r = count_crm(&fixture("crm_fr.csv"), &mapping, &fr_stages());
    assert_eq!(r.months[0].stages, [3, 3, 2, 1, 1, 1]);
}

#[test]
fn an_english_crm_export_maps_statuses_and_sources_month_first() {
    let mapping = CrmMapping {
        header: true,
        date_column: 0,
        status_column: 2,
        source_column: Some(3),
        order: DateOrder::MonthFirst,
        statuses: vec![("marketing qualified lead".into(), 2)],
        ..CrmMapping::default()
    };
    let r = count_crm(&fixture("crm_en.csv"), &mapping, &en_stages());
    assert_eq!(r.rows_counted, 4);
    assert_eq!(r.problems.len(), 1);
    assert_eq!(r.problems[0].describe(Lang::En), "Line 5: no such date “13/01/2026”");
    assert_eq!(r.covered, [false, true, true, false, false, true]);
    let march = &r.months[0];
    assert_eq!(march.by_source[0], ("Organic Search".to_string(), vec![0, 1, 0, 0, 0, 0]));
    assert_eq!(march.by_source[1], ("Paid Social".to_string(), vec![0, 0, 1, 0, 0, 0]));
    let (periods, outside) = to_periods(&r, ym("2026-03"), 12);
    assert!(outside.is_empty());
    // A stage no status maps to is "no data"; a mapped stage with no row is a true zero.
    assert_eq!(periods[0].stages, some(&[None, Some(1), Some(1), None, None, Some(0)]));
    assert_eq!((periods[1].period, periods[1].count(5)), (2, Some(1)));
    let (late, outside) = to_periods(&r, ym("2026-04"), 12);
    assert_eq!((late.len(), outside), (1, vec![ym("2026-03")]));
}

#[test]
fn a_missing_status_cell_is_listed_with_its_column() {
    let mapping = CrmMapping { header: false, date_column: 0, status_column: 2, ..CrmMapping::default() };
    let r = count_crm("2026-01-05,Acme\n", &mapping, &en_stages());
    assert_eq!(r.problems[0].reason, Reason::MissingCell { column: 2 });
    assert_eq!(r.problems[0].describe(Lang::En), "Line 1: no cell in column C");
}

#[test]
fn a_french_tab_range_reads_french_numbers_and_calendar_months() {
    let r = read_grid(&fixture("paste_fr.tsv"), Lang::Fr, &fr_stages(), Some(ym("2026-01")), 12);
    type Row = (u32, Option<u64>, Option<u64>, Option<u64>);
    let got: Vec<Row> = r.periods.iter().map(|p| (p.period, p.count(0), p.count(1), p.count(5))).collect();
    assert_eq!(
        got,
        [
            (1, Some(10_500), Some(205), Some(9)),
            (2, Some(11_020), None, Some(8)),
            (3, None, Some(190), Some(7))
        ]
    );
    let problems: Vec<&Reason> = r.problems.iter().map(|p| &p.reason).collect();
    assert_eq!(
        problems,
        [
            &Reason::BadCount { column: 1, text: "9 800,5".into(), error: CountError::NotWhole },
            &Reason::BadCount { column: 3, text: "beaucoup".into(), error: CountError::NotANumber },
        ]
    );
    assert_eq!(r.problems[1].line, 4);
    // Without a start month, a calendar month cannot be placed: said once per label.
    let r = read_grid(&fixture("paste_fr.tsv"), Lang::Fr, &fr_stages(), None, 12);
    assert!(r.periods.is_empty());
    assert_eq!(r.problems.len(), 3);
    assert_eq!(
        r.problems[0].describe(Lang::Fr),
        "Ligne 2\u{a0}: mois «\u{a0}2026-01\u{a0}» : indiquez d'abord le mois de début du plan"
    );
}

#[test]
fn an_english_range_with_stages_down_the_first_column_is_read_sideways() {
    let r = read_grid(&fixture("paste_en.csv"), Lang::En, &en_stages(), None, 12);
    let lead: Vec<Option<u64>> = r.periods.iter().map(|p| p.count(1)).collect();
    // Period 3 holds only an empty cell, a refused count and an unknown stage: nothing kept.
    assert_eq!(lead, [Some(1_234), Some(210)]);
    let problems: Vec<String> = r.problems.iter().map(|p| p.describe(Lang::En)).collect();
    assert_eq!(
        problems,
        [
            "Line 3: column D, “-3” is negative",
            "Line 4: “Customers” matches no funnel stage (column ignored)"
        ]
    );
}

#[test]
fn a_semicolon_range_lists_repeated_and_out_of_horizon_periods() {
    let r = read_grid(&fixture("paste_fr_semicolon.csv"), Lang::Fr, &fr_stages(), None, 12);
    assert_eq!(r.periods.len(), 1);
    assert_eq!((r.periods[0].count(1), r.periods[0].count(2)), (Some(1_234), Some(80)));
    let reasons: Vec<(usize, &Reason)> = r.problems.iter().map(|p| (p.line, &p.reason)).collect();
    assert_eq!(
        reasons,
        [
            (3, &Reason::DuplicatePeriod(1)),
            (3, &Reason::DuplicatePeriod(1)),
            (4, &Reason::OutsideHorizon("14".into()))
        ]
    );
}

#[test]
fn a_range_naming_no_stage_says_so() {
    let r = read_grid("a,b\n1,2\n", Lang::En, &en_stages(), None, 12);
    assert_eq!(r.problems[0].reason, Reason::NoStages);
}

#[test]
fn stage_names_match_in_any_case_of_their_latin_letters() {
    use funnel_planner::import::stage_named;
    let fr = fr_stages();
    assert_eq!(stage_named("  OPPORTUNITÉ ", &fr), Some(4));
    assert_eq!(stage_named("opportunité", &fr), Some(4));
    assert_eq!(stage_named("mql", &fr), Some(2));
    assert_eq!(stage_named("Opportunite", &fr), None);
    assert_eq!(stage_named("", &fr), None);
    // Letters outside Latin-1 are compared as typed (README "Import").
    let greek = names(&["Ένα"]);
    assert_eq!(stage_named("Ένα", &greek), Some(0));
    assert_eq!(stage_named("ένα", &greek), None);
}
