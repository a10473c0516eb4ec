#![cfg(not(target_arch = "wasm32"))]
//! Decimals in JSON (numbers and strings read exactly, errors worded as they always were, since
//! the JS API shows them), and the hand-written conversions to `f64` and text agree with the
//! standard library's parser and formatter they replaced.

use funnel_planner::engine::Decimal;

fn read(json: &str) -> Result<Decimal, String> {
    serde_json::from_str::<Decimal>(json).map_err(|e| e.to_string())
}

/// The message without serde_json's position suffix (which the JS API does not have).
fn error(json: &str) -> String {
    let err = read(json).unwrap_err();
    err.split(" at line ").next().unwrap_or_default().to_string()
}

#[test]
fn reads_numbers_and_strings() {
    assert_eq!(read("0.07").unwrap().to_string(), "0.07");
    assert_eq!(read("12000").unwrap().to_string(), "12000");
    assert_eq!(read("-3").unwrap().to_string(), "-3");
    assert_eq!(error("18446744073709551615"), "invalid decimal: TooLarge");
    assert_eq!(read("0.30000000000000004").unwrap().to_string(), "0.3");
    assert_eq!(read(r#""0.000000001""#).unwrap().to_string(), "0.000000001");
    assert_eq!(read(r#""1234.5""#).unwrap().to_string(), "1234.5");
}

#[test]
fn errors_keep_their_wording() {
    assert_eq!(error(r#""abc""#), "invalid decimal: NotANumber");
    assert_eq!(error(r#""""#), "invalid decimal: Empty");
    assert_eq!(error(r#""0.0000000001""#), "invalid decimal: TooPrecise");
    assert_eq!(error("1e16"), "invalid decimal: TooLarge");
    for other in ["true", "null", "[1]", r#"{"a":1}"#] {
        assert_eq!(error(other), "data did not match any variant of untagged enum Raw", "{other}");
    }
}

#[test]
fn writes_numbers() {
    let d: Decimal = "0.07".parse().unwrap();
    assert_eq!(serde_json::to_string(&d).unwrap(), "0.07");
    let big: Decimal = "123456789.123456789".parse().unwrap();
    assert_eq!(serde_json::to_string(&big).unwrap(), "123456789.12345679");
}

mod to_f64 {
    use funnel_planner::engine::Decimal;
    use proptest::prelude::*;

    /// What `to_f64` computed before: the float parser on the exact text.
    fn parsed(d: Decimal) -> f64 {
        d.to_string().parse().unwrap()
    }

    fn units(n: i128) -> Decimal {
        // n units (n × 10^-9), built without overflow for any i128 the engine can hold.
        let whole = Decimal::from_count(n / 1_000_000_000).unwrap();
        let frac = Decimal::from_parts((n % 1_000_000_000) as i64, 9).unwrap();
        whole.checked_add(frac).unwrap()
    }

    #[test]
    fn rounds_like_the_parser_at_the_edges() {
        for n in [
            0i128,
            1,
            -1,
            7,
            70_000_000,
            (1 << 53) - 1,
            1 << 53,
            (1 << 53) + 1,
            (1 << 54) + 3,
            999_999_999_999_999_999,
            123_456_789_123_456_789,
            i128::MAX / 2,
            i128::MIN / 2,
            // Exact ties between two floats (to even), and just either side of one.
            ((1 << 53) + 1) * 1_000_000_000,
            ((1 << 53) + 3) * 1_000_000_000,
            ((1 << 54) + 2) * 1_000_000_000 + 1,
            ((1 << 54) + 2) * 1_000_000_000 - 1,
            -((1 << 53) + 1) * 1_000_000_000,
        ] {
            let d = units(n);
            assert_eq!(d.to_f64().to_bits(), parsed(d).to_bits(), "{d}");
        }
    }

    proptest! {
        #[test]
        fn rounds_like_the_parser(n in any::<i128>().prop_map(|n| n / 4), small in any::<i64>()) {
            for d in [units(n), units(small.into()), units(i128::from(small) << 20)] {
                prop_assert_eq!(d.to_f64().to_bits(), parsed(d).to_bits(), "{}", d);
            }
        }
    }
}

mod display {
    use funnel_planner::engine::Decimal;
    use proptest::prelude::*;

    /// The formatting `Display` used before it wrote digits by hand.
    fn reference(d: Decimal) -> String {
        let units = d.units();
        let sign = if units < 0 { "-" } else { "" };
        let abs = units.unsigned_abs();
        let (whole, frac) = (abs / 1_000_000_000, abs % 1_000_000_000);
        if frac == 0 {
            return format!("{sign}{whole}");
        }
        format!("{sign}{whole}.{}", format!("{frac:09}").trim_end_matches('0'))
    }

    fn units(n: i128) -> Decimal {
        let whole = Decimal::from_count(n / 1_000_000_000).unwrap();
        whole.checked_add(Decimal::from_parts((n % 1_000_000_000) as i64, 9).unwrap()).unwrap()
    }

    #[test]
    fn writes_the_shortest_exact_text() {
        for (n, text) in [(0, "0"), (20_000_000, "0.02"), (-3_500_000_000, "-3.5"), (1, "0.000000001")] {
            assert_eq!(units(n).to_string(), text);
        }
        for n in [i128::MAX / 2, i128::MIN / 2, 1_000_000_000_000, -999_999_999] {
            assert_eq!(units(n).to_string(), reference(units(n)));
        }
    }

    proptest! {
        #[test]
        fn matches_the_formatter(n in any::<i128>().prop_map(|n| n / 4), small in any::<i64>()) {
            for d in [units(n), units(small.into())] {
                prop_assert_eq!(d.to_string(), reference(d));
            }
        }
    }
}

mod rounding {
    use funnel_planner::engine::Decimal;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn round_to_takes_ties_away_from_zero_on_both_sides() {
        for (value, places, expected) in [
            ("0.125", 2, "0.13"),
            ("-0.125", 2, "-0.13"),
            ("2.5", 0, "3"),
            ("-2.5", 0, "-3"),
            ("0.5", 0, "1"),
            ("-0.5", 0, "-1"),
            ("1.005", 2, "1.01"),
            ("-1.005", 2, "-1.01"),
        ] {
            assert_eq!(d(value).round_to(places), d(expected), "{value} to {places}");
        }
    }

    #[test]
    fn round_to_goes_to_the_nearer_side_off_a_tie() {
        for (value, places, expected) in [
            ("0.124999999", 2, "0.12"),
            ("0.125000001", 2, "0.13"),
            ("-0.124999999", 2, "-0.12"),
            ("-0.125000001", 2, "-0.13"),
            ("12.34", 2, "12.34"),
            ("-12.34", 2, "-12.34"),
            ("99.999", 2, "100"),
            ("-0.004", 2, "0"),
            ("123.456789", 9, "123.456789"),
            // Beyond nine places there is nothing to round.
            ("0.000000001", 12, "0.000000001"),
        ] {
            assert_eq!(d(value).round_to(places), d(expected), "{value} to {places}");
        }
    }

    #[test]
    fn json_numbers_with_float_noise_round_at_the_ninth_place() {
        let read = |json: &str| serde_json::from_str::<Decimal>(json).unwrap().to_string();
        assert_eq!(read("-0.30000000000000004"), "-0.3");
        assert_eq!(read("0.1234567894"), "0.123456789");
        assert_eq!(read("0.1234567895"), "0.12345679");
        assert_eq!(read("-0.1234567895"), "-0.12345679");
        assert_eq!(read("-0.1234567894"), "-0.123456789");
        assert_eq!(read("2.9999999996"), "3");
        assert_eq!(read("-2.9999999996"), "-3");
        assert_eq!(read("1e-10"), "0");
        assert_eq!(read("6e-10"), "0.000000001");
        assert_eq!(read("0.07"), "0.07");
        assert_eq!(Decimal::from_f64(-0.1 - 0.2), Ok(d("-0.3")));
        assert_eq!(Decimal::from_f64(1e15), Ok(d("1000000000000000")));
        assert_eq!(Decimal::from_f64(-1e15), Ok(d("-1000000000000000")));
        assert!(Decimal::from_f64(1.000_000_000_000_001e15).is_err());
        assert!(Decimal::from_f64(f64::NAN).is_err());
    }

    #[test]
    fn comparing_with_a_whole_number_compares_the_value() {
        assert!(Decimal::from_int(3) == 3);
        assert!(Decimal::from_int(-3) == -3);
        assert!(Decimal::from_int(3) != 2);
        assert!(Decimal::from_int(3) != -3);
        assert!(d("2527.5") != 2527);
        assert!(d("0.000000001") != 0);
        assert!(d("2527.5") > 2527 && d("2527.5") < 2528);
        assert!(d("-0.5") < 0 && d("-0.5") > -1);
        assert_eq!(Decimal::from_int(7).partial_cmp(&7), Some(std::cmp::Ordering::Equal));
        assert_eq!(d("6.999999999").partial_cmp(&7), Some(std::cmp::Ordering::Less));
    }
}
