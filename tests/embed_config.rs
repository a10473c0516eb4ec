//! Embed configuration from URL parameters: valid values apply, anything else is ignored.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::embed::config::parse;
use funnel_planner::embed::protocol::summary;
use funnel_planner::engine::{compute, Decimal, Plan};
use funnel_planner::i18n::Lang;
use funnel_planner::state::prefs::{Section, Theme};

#[test]
fn every_documented_parameter_is_read() {
    let (c, ignored) = parse([
        ("embed", "1"),
        ("host", "https://example.com:8443"),
        ("id", "fp1"),
        ("lang", "fr"),
        ("currency", "eur"),
        ("theme", "dark"),
        ("brand", "#0A7"),
        ("font", "Inter, sans-serif"),
        ("radius", "6"),
        ("compact", "1"),
        ("mode", "simple"),
        ("sections", "funnel,team"),
        ("lock", "goal,deal_size"),
        ("goal", "250000"),
        ("funnel.overall_rate", "2.5"),
    ]);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert!(c.embedded && c.compact);
    assert_eq!(c.host_origin.as_deref(), Some("https://example.com:8443"));
    assert_eq!((c.lang, c.currency.as_deref(), c.theme), (Some(Lang::Fr), Some("EUR"), Some(Theme::Dark)));
    assert_eq!((c.brand.as_deref(), c.radius_px, c.simple_mode), (Some("#0a7"), Some(6), Some(true)));
    assert_eq!(c.sections, Some(vec![Section::Funnel, Section::Team]));
    assert_eq!(c.locked, ["goal", "deal_size"]);
    assert_eq!(
        c.values,
        [
            ("goal".to_string(), Decimal::from_int(250_000)),
            ("funnel.overall_rate".to_string(), "0.025".parse().unwrap())
        ]
    );
}

#[test]
fn invalid_or_unknown_values_are_ignored_and_reported() {
    let (c, ignored) = parse([
        ("brand", "red;} body{display:none"),
        ("font", "x</style>"),
        ("radius", "400"),
        ("lang", "de"),
        ("host", "javascript:alert(1)"),
        ("sections", "funnel,nope"),
        ("lock", "goal,nope"),
        ("goal", "lots"),
        ("colour", "blue"),
    ]);
    assert_eq!(c, Default::default());
    let keys: Vec<_> = ignored.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["brand", "font", "radius", "lang", "host", "sections", "lock", "goal", "colour"]);
}

#[test]
fn plan_summary_carries_goal_customers_stage_volumes_and_sla() {
    let s = summary(&compute(&Plan::default()).unwrap(), true);
    assert_eq!(s.customers, 100);
    assert_eq!(
        (s.stages[1].name.as_str(), s.stages[1].total, s.stages[1].per_month, s.stages[1].per_week),
        ("Lead", 2_500, Some(209), Some(49))
    );
    assert_eq!(
        (s.handover_per_week, s.handover_stage.as_deref(), s.attempts, s.window_days),
        (Some(20), Some("MQL"), Some(6), Some(14))
    );
    assert_eq!(s.capacity_enough, Some(false));
}

#[test]
fn configuration_opens_the_widget_on_the_hosts_values() {
    use funnel_planner::embed::config::apply_to;
    use funnel_planner::state::State;
    let (c, _) = parse([
        ("lang", "fr"),
        ("goal", "250000"),
        ("mode", "simple"),
        ("funnel.overall_rate", "2"),
        ("sections", "team,funnel"),
    ]);
    let mut state = State::new(Lang::En);
    apply_to(&c, &mut state);
    assert_eq!((state.lang, state.currency.as_str(), state.section), (Lang::Fr, "EUR", Section::Team));
    let report = state.outcome().report.clone().unwrap();
    assert_eq!((report.customers, report.stages[0].volume), (250, 12_500));
    assert_eq!(state.text("goal"), "250000");
}

#[test]
fn snippet_escapes_every_value_and_attribute_name() {
    use funnel_planner::embed::snippet::{preview_query, script_tag};
    let options = vec![
        ("lang".to_string(), "fr".to_string()),
        ("title".to_string(), "\"><script>alert(1)</script>".to_string()),
        ("on<x>load".to_string(), "1".to_string()),
    ];
    assert_eq!(
        script_tag("https://cdn.example/fp/", &options),
        "<script src=\"https://cdn.example/fp/embed.js\" data-lang=\"fr\" \
         data-title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" data-onxload=\"1\" async></script>"
    );
    assert_eq!(preview_query(&options[..1]), "?embed=1&lang=fr");
    assert_eq!(preview_query(&[("font".into(), "Inter, sans".into())]), "?embed=1&font=Inter%2C%20sans");
}

#[test]
fn numbers_from_a_host_are_written_out_without_their_exponent() {
    use funnel_planner::embed::config::plain_number;
    // What `String(n)` gives in JavaScript, and what a person would type for it.
    assert_eq!(plain_number("2500"), "2500");
    assert_eq!(plain_number("0.5"), "0.5");
    assert_eq!(plain_number("-12.25"), "-12.25");
    assert_eq!(plain_number("1e+21"), "1000000000000000000000");
    assert_eq!(plain_number("1.25e+22"), "12500000000000000000000");
    assert_eq!(plain_number("1.5e-7"), "0.00000015");
    assert_eq!(plain_number("-2e-7"), "-0.0000002");
    assert_eq!(plain_number("1e0"), "1");
    // Not JavaScript's number notation: left for the field's rules to refuse.
    assert_eq!(plain_number("Infinity"), "Infinity");
    assert_eq!(plain_number("NaN"), "NaN");
    assert_eq!(plain_number("1ex"), "1ex");
    assert_eq!(plain_number("1e+999"), "1e+999");
}
