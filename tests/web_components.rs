//! Components mounted in a real browser (headless Chromium through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod web_support;
use web_support::{fresh_root, settle, text_of, type_into};

use funnel_planner::app::number_field::{number_field, NumberFieldProps};
use funnel_planner::app::{App, AppProps};
use funnel_planner::engine::funnel::FunnelMode;
use funnel_planner::i18n::Lang;
use funnel_planner::state::edits::Edit;
use funnel_planner::state::{Action, State};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;
use yew::{function_component, AttrValue, Callback, Html};

/// The app's field markup mounted on its own (yew mounts components, not functions).
#[function_component(NumberField)]
fn number_field_alone(props: &NumberFieldProps) -> Html {
    number_field(props)
}

wasm_bindgen_test_configure!(run_in_browser);

fn simple(lang: Lang) -> State {
    State::new(lang).reduce(Action::Edit(Edit::SetFunnelMode(FunnelMode::Simple)))
}

#[wasm_bindgen_test]
async fn app_shows_the_default_plan_and_follows_french_typing() {
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial: simple(Lang::Fr) }).render();
    settle().await;
    assert_eq!(text_of(&root, "#fp-leads"), "2 500");

    type_into(&root, "#fp-goal", "10 000 €");
    type_into(&root, "#fp-funnel-overall-rate", "2 %");
    settle().await;
    assert_eq!(text_of(&root, "#fp-customers"), "10");
    assert_eq!(text_of(&root, "#fp-leads"), "500");
}

#[wasm_bindgen_test]
async fn app_keeps_the_last_result_stale_and_explains_a_zero_rate() {
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial: simple(Lang::En) }).render();
    settle().await;
    type_into(&root, "#fp-funnel-overall-rate", "0");
    settle().await;
    assert_eq!(text_of(&root, "#fp-leads"), "2,500");
    assert!(root.query_selector("[data-stale=true]").unwrap().is_some());
    assert!(text_of(&root, "#fp-funnel-overall-rate-error").contains("above 0"));
    let input = root.query_selector("#fp-funnel-overall-rate").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn number_field_reports_what_was_typed_and_shows_its_error() {
    let root = fresh_root();
    let seen = Rc::new(RefCell::new(String::new()));
    let sink = seen.clone();
    let props = NumberFieldProps {
        id: AttrValue::from("probe"),
        label: AttrValue::from("Probe"),
        value: AttrValue::from("1"),
        help: AttrValue::from("help"),
        suffix: None,
        error: Some(AttrValue::from("Bad value")),
        on_input: Callback::from(move |text: String| *sink.borrow_mut() = text),
        readonly: false,
        placeholder: None,
    };
    yew::Renderer::<NumberField>::with_root_and_props(root.clone(), props).render();
    settle().await;
    type_into(&root, "#probe", "1 234,5");
    assert_eq!(*seen.borrow(), "1 234,5");
    let input = root.query_selector("#probe").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("probe-error probe-help"));
    assert_eq!(text_of(&root, "#probe-error"), "Bad value");
}

/// The counts grouped in Rust read exactly as the browser's Intl writes them, in both
/// languages, from 0 to the largest count a stage may hold and beyond.
#[wasm_bindgen_test]
fn whole_counts_read_as_the_browsers_intl_writes_them() {
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    let mut n: u64 = 0;
    let mut values = vec![u64::MAX];
    while n < 10_000_000_000_000_000 {
        values.extend([n, n + 1, n.saturating_sub(1), n * 5]);
        n = if n == 0 { 1 } else { n * 10 };
    }
    for lang in [Lang::Fr, Lang::En] {
        let options = Object::new();
        Reflect::set(&options, &"maximumFractionDigits".into(), &0.into()).unwrap();
        let intl = Intl::NumberFormat::new(&Array::of1(&lang.tag().into()), &options).format();
        for &value in &values {
            let expected =
                intl.call1(&JsValue::NULL, &value.to_string().into()).unwrap().as_string().unwrap();
            assert_eq!(funnel_planner::browser::format::count(value, lang), expected, "{value} in {lang:?}");
        }
    }
}

#[wasm_bindgen_test]
fn money_reads_as_the_browsers_intl_writes_it_in_every_currency() {
    use funnel_planner::engine::Decimal;
    use funnel_planner::state::prefs::CURRENCIES;
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    // Amounts written in Rust around the currency's text must be Intl's own, to the character:
    // whole and cents, negative, zero, rounding to the cent, and long amounts.
    let values = [
        "0",
        "1",
        "-1",
        "7",
        "999.5",
        "1000",
        "-1234.56",
        "0.01",
        "-0.004",
        "100000",
        "2500000.105",
        "123456789012345.67",
        "-99999999.99",
    ];
    for currency in CURRENCIES.iter().chain(&["XYZ", "CHF"]) {
        for lang in [Lang::Fr, Lang::En] {
            for text in values {
                let value: Decimal = text.parse().unwrap();
                let cents = value.round_to(2);
                let fraction = if cents.round_to(0) == cents { 0 } else { 2 };
                let options = Object::new();
                Reflect::set(&options, &"style".into(), &"currency".into()).unwrap();
                Reflect::set(&options, &"currency".into(), &(*currency).into()).unwrap();
                Reflect::set(&options, &"minimumFractionDigits".into(), &fraction.into()).unwrap();
                Reflect::set(&options, &"maximumFractionDigits".into(), &fraction.into()).unwrap();
                let intl = Intl::NumberFormat::new(&Array::of1(&lang.tag().into()), &options).format();
                let expected =
                    intl.call1(&JsValue::NULL, &cents.to_string().into()).unwrap().as_string().unwrap();
                let got = funnel_planner::browser::format::money(value, lang, currency);
                assert_eq!(got, expected, "{text} {currency} in {lang:?}");
            }
            // The symbol shown beside money fields: Intl's zero without digits, separators or spaces.
            let zero = funnel_planner::browser::format::money(Decimal::ZERO, lang, currency);
            let symbol: String = zero
                .chars()
                .filter(|c| !c.is_ascii_digit() && !c.is_whitespace() && !matches!(c, '.' | ','))
                .collect();
            assert_eq!(
                funnel_planner::browser::format::currency_symbol(currency, lang),
                symbol,
                "{currency}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn percentages_and_decimals_read_as_the_browsers_intl_writes_them() {
    use funnel_planner::browser::format::{decimal, percent};
    use funnel_planner::engine::Decimal;
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    let values = [
        "0",
        "1",
        "-1",
        "0.045",
        "0.5",
        "0.12345",
        "0.999995",
        "-0.00001",
        "-0.004",
        "0.000000001",
        "12.3456789",
        "1234.5",
        "-98765.4321",
        "1000000",
        "0.005",
        "-0.005",
        "2.675",
        "123456789.987654321",
    ];
    for lang in [Lang::Fr, Lang::En] {
        let intl = |options: &[(&str, JsValue)], text: &str| {
            let object = Object::new();
            for (key, value) in options {
                Reflect::set(&object, &(*key).into(), value).unwrap();
            }
            let format = Intl::NumberFormat::new(&Array::of1(&lang.tag().into()), &object).format();
            format.call1(&JsValue::NULL, &text.into()).unwrap().as_string().unwrap()
        };
        for text in values {
            let value: Decimal = text.parse().unwrap();
            let expected = intl(&[("style", "percent".into()), ("maximumFractionDigits", 2.into())], text);
            assert_eq!(percent(value, lang), expected, "percent {text} in {lang:?}");
            for places in [0, 1, 2, 3] {
                let rounded = value.round_to(places).to_string();
                let expected = intl(&[("maximumFractionDigits", places.into())], &rounded);
                assert_eq!(decimal(value, lang, places), expected, "decimal {text} to {places} in {lang:?}");
            }
        }
    }
}

#[wasm_bindgen_test]
fn chart_coordinates_are_written_with_one_decimal() {
    use funnel_planner::app::charts::coord;
    // Whole tenths, rounded half away from zero (the standard float formatting is not linked).
    assert_eq!(coord(0.0), "0.0");
    assert_eq!(coord(12.0), "12.0");
    assert_eq!(coord(12.34), "12.3");
    assert_eq!(coord(12.36), "12.4");
    assert_eq!(coord(-3.0), "-3.0");
    assert_eq!(coord(-0.26), "-0.3");
    assert_eq!(coord(399.96), "400.0");
    assert_eq!(coord(f64::NAN), "0.0");
}

/// The after-paint scheduler (`browser::frames`): work asked for before a frame waits for that
/// frame (its callbacks, then its paint), runs in the order asked, each in a task of its own (a microtask one work queues runs
/// before the next work); work asked for by such a work waits for the frame after.
#[wasm_bindgen_test]
async fn work_after_the_paint_runs_after_that_frame_in_order_each_in_its_own_task() {
    use funnel_planner::browser::frames::after_next_paint;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let log = Rc::new(RefCell::new(Vec::<&'static str>::new()));
    fn frame(log: &Rc<RefCell<Vec<&'static str>>>, name: &'static str) {
        let log = log.clone();
        let callback = Closure::once_into_js(move || log.borrow_mut().push(name));
        web_sys::window().unwrap().request_animation_frame(callback.unchecked_ref()).unwrap();
    }
    for name in ["first", "second"] {
        let log = log.clone();
        after_next_paint(move || {
            log.borrow_mut().push(name);
            let in_task = log.clone();
            wasm_bindgen_futures::spawn_local(async move { in_task.borrow_mut().push("its microtask") });
            if name == "first" {
                // The frame after that one too: the work must come with its frame, not with the
                // hidden-page fallback, 250 ms later.
                let chained = log.clone();
                let next = Closure::once_into_js(move || {
                    chained.borrow_mut().push("next frame");
                    frame(&chained, "frame after next");
                });
                web_sys::window().unwrap().request_animation_frame(next.unchecked_ref()).unwrap();
                let later = log.clone();
                after_next_paint(move || later.borrow_mut().push("asked by the first"));
            }
        });
    }
    // Requested after the works were asked for: a frame callback too, so the works still wait
    // for it (a bare timer would usually run them before that frame).
    frame(&log, "frame");
    log.borrow_mut().push("asked");
    yew::platform::time::sleep(std::time::Duration::from_millis(400)).await;
    assert_eq!(
        *log.borrow(),
        [
            "asked",
            "frame",
            "first",
            "its microtask",
            "second",
            "its microtask",
            "next frame",
            "asked by the first",
            "frame after next"
        ]
    );
}
