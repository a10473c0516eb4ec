#![cfg(not(target_arch = "wasm32"))]
//! `Decimal` arithmetic pinned value by value, from hand-worked exact figures (mutation testing,
//! issue 16): every operation on both signs, at its edges (zero, one unit, a tie, the largest
//! input), so a changed operator or sign in `src/engine/decimal.rs` or `decimal/` fails a test.
//! Expected values are worked by hand, never computed with `Decimal` itself.

use funnel_planner::engine::decimal::{ParseError, MAX_INPUT};
use funnel_planner::engine::Decimal;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn constants_and_constructors_hold_their_exact_values() {
    assert_eq!(Decimal::ONE.units(), 1_000_000_000);
    assert_eq!(Decimal::HUNDRED.units(), 100_000_000_000);
    assert_eq!(MAX_INPUT.units(), 1_000_000_000_000_000_000_000_000);
    assert_eq!(Decimal::from_int(-7).units(), -7_000_000_000);
    assert_eq!(d("0.02").units(), 20_000_000);
    assert_eq!(Decimal::from_parts(2, 2), Some(d("0.02")));
    assert_eq!(Decimal::from_parts(-15, 1), Some(d("-1.5")));
    assert_eq!(Decimal::from_parts(1, 10), None, "a tenth decimal place is not representable");
    assert_eq!(Decimal::from_count(12), Some(d("12")));
    assert_eq!(Decimal::from_count(i128::MAX / 10), None);
}

#[test]
fn sign_tests_at_zero_and_one_unit_either_side() {
    let unit = d("0.000000001");
    let minus = d("-0.000000001");
    assert!(Decimal::ZERO.is_zero() && !unit.is_zero() && !minus.is_zero());
    assert!(minus.is_negative() && !Decimal::ZERO.is_negative() && !unit.is_negative());
    assert!(unit.is_positive() && !Decimal::ZERO.is_positive() && !minus.is_positive());
}

#[test]
fn add_sub_min_max() {
    assert_eq!(d("0.1").checked_add(d("0.2")), Some(d("0.3")));
    assert_eq!(d("0.1").checked_sub(d("0.25")), Some(d("-0.15")));
    assert_eq!(d("2").min(d("-3")), d("-3"));
    assert_eq!(d("2").max(d("-3")), d("2"));
    assert_eq!(d("-3").min(d("2")), d("-3"));
    assert_eq!(d("-3").max(d("2")), d("2"));
    let huge = Decimal::from_count(i128::MAX / 1_000_000_000).unwrap();
    assert_eq!(huge.checked_add(huge), None);
    assert_eq!(huge.checked_sub(huge), Some(Decimal::ZERO));
}

#[test]
fn products_are_exact_and_truncate_toward_zero() {
    for (a, b, product) in [
        ("2.5", "0.4", "1"),
        ("-2.5", "0.4", "-1"),
        ("3.25", "2.4", "7.8"),
        ("1.5", "1.5", "2.25"),
        ("-1.5", "-1.5", "2.25"),
        ("0.75", "8", "6"),
        ("2500", "0.04", "100"),
        // 0.0123456789 has ten decimals: the tenth is dropped, toward zero on both sides.
        ("0.123456789", "0.1", "0.012345678"),
        ("-0.123456789", "0.1", "-0.012345678"),
        ("0.000000001", "0.5", "0"),
    ] {
        assert_eq!(d(a).checked_mul(d(b)), Some(d(product)), "{a} × {b}");
    }
    // 10^28 × 10^11 units leaves i128; 10^20 × 0.5 stays in range through the split.
    let big = Decimal::from_count(10i128.pow(28)).unwrap();
    assert_eq!(big.checked_mul(d("100")), None);
    let large = Decimal::from_count(10i128.pow(20)).unwrap();
    assert_eq!(large.checked_mul(d("0.5")), Decimal::from_count(5 * 10i128.pow(19)));
}

#[test]
fn quotients_are_exact_and_truncate_toward_zero() {
    for (a, b, quotient) in [
        ("1", "3", "0.333333333"),
        ("-1", "3", "-0.333333333"),
        ("2", "-3", "-0.666666666"),
        ("10", "4", "2.5"),
        ("2", "0.5", "4"),
        ("7.5", "2.5", "3"),
        ("1", "0.000000003", "333333333.333333333"),
        ("100", "7", "14.285714285"),
    ] {
        assert_eq!(d(a).checked_div(d(b)), Some(d(quotient)), "{a} ÷ {b}");
    }
    assert_eq!(d("1").checked_div(Decimal::ZERO), None);
    let big = Decimal::from_count(10i128.pow(28)).unwrap();
    assert_eq!(big.checked_div(d("0.001")), None, "10^31 does not fit");
}

#[test]
fn whole_quotients_round_up_or_down_on_every_sign() {
    // (a, b, ⌈a/b⌉, ⌊a/b⌋), worked by hand.
    for (a, b, ceil, floor) in [
        ("7", "2", 4, 3),
        ("-7", "2", -3, -4),
        ("7", "-2", -3, -4),
        ("-7", "-2", 4, 3),
        ("6", "2", 3, 3),
        ("-6", "2", -3, -3),
        ("0", "5", 0, 0),
        ("2.6", "0.5", 6, 5),
        ("2.5", "0.5", 5, 5),
    ] {
        assert_eq!(d(a).ceil_div(d(b)), Some(ceil), "⌈{a}/{b}⌉");
        assert_eq!(d(a).floor_div(d(b)), Some(floor), "⌊{a}/{b}⌋");
    }
    assert_eq!(d("1").ceil_div(Decimal::ZERO), None);
    assert_eq!(d("1").floor_div(Decimal::ZERO), None);
}

#[test]
fn ceil_and_floor_of_a_decimal() {
    for (value, ceil, floor) in [
        ("2.1", 3, 2),
        ("2", 2, 2),
        ("-2.1", -2, -3),
        ("-2", -2, -2),
        ("0.000000001", 1, 0),
        ("-0.000000001", 0, -1),
    ] {
        assert_eq!(d(value).ceil(), ceil, "⌈{value}⌉");
        assert_eq!(d(value).floor(), floor, "⌊{value}⌋");
    }
}

#[test]
fn zero_is_written_without_a_sign_and_f64_keeps_the_sign_of_the_value() {
    // A JSON export must not say "-0.0" for a zero figure.
    assert_eq!(serde_json::to_string(&Decimal::ZERO).unwrap(), "0.0");
    assert!(Decimal::ZERO.to_f64().is_sign_positive());
    assert_eq!(d("-0.07").to_f64(), -0.07);
    assert_eq!(d("0.07").to_f64(), 0.07);
    assert_eq!(d("-2.5").to_f64(), -2.5);
    assert_eq!(d("1").to_f64(), 1.0);
}

#[test]
fn text_reading_at_its_edges() {
    assert_eq!(d("+5"), Decimal::from_int(5));
    assert_eq!(d("5."), Decimal::from_int(5));
    assert_eq!(d(".5"), d("0.5"));
    assert_eq!(d(" 0012.50 "), d("12.5"));
    assert_eq!(d("-0.5").units(), -500_000_000);
    assert_eq!(d("0.1234567890").units(), 123_456_789, "trailing zeros are not precision");
    // The largest input: 16 whole digits, exactly 10^15; one unit more is too large.
    assert_eq!(d("1000000000000000"), MAX_INPUT);
    assert_eq!(d("-1000000000000000").units(), -MAX_INPUT.units());
    assert_eq!("1000000000000000.000000001".parse::<Decimal>(), Err(ParseError::TooLarge));
    assert_eq!("10000000000000000".parse::<Decimal>(), Err(ParseError::TooLarge));
    assert_eq!("0000000000000000001".parse::<Decimal>(), Ok(Decimal::ONE), "leading zeros are not size");
    for bad in ["-", "+", ".", "1.2.3", "1-2", "--1", "1e5", "0x10"] {
        assert_eq!(bad.parse::<Decimal>(), Err(ParseError::NotANumber), "{bad:?}");
    }
    assert_eq!("   ".parse::<Decimal>(), Err(ParseError::Empty));
}

#[test]
fn debug_writes_the_value_like_display() {
    assert_eq!(format!("{:?}", d("-1234.5")), "-1234.5");
    assert_eq!(format!("{:?}", Some(d("0.02"))), "Some(0.02)");
}

mod serde_visitor {
    //! The reader's answers to values serde_json never produces (bytes, `None`, a 128-bit
    //! integer), as other formats (the JS host's) may.
    use funnel_planner::engine::Decimal;
    use serde::de::value::{BytesDeserializer, Error, I128Deserializer, UnitDeserializer};
    use serde::de::{Deserialize, Deserializer, Visitor};

    /// A deserializer that only ever says "none".
    struct NoneDeserializer;

    impl<'de> Deserializer<'de> for NoneDeserializer {
        type Error = Error;
        fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            v.visit_none()
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
            identifier ignored_any
        }
    }

    const MISMATCH: &str = "data did not match any variant of untagged enum Raw";

    #[test]
    fn bytes_are_read_as_text_and_other_values_refused_in_the_old_words() {
        let bytes = |b: &'static [u8]| Decimal::deserialize(BytesDeserializer::<Error>::new(b));
        assert_eq!(bytes(b"0.25").unwrap(), "0.25".parse::<Decimal>().unwrap());
        assert_eq!(bytes(b"\xff").unwrap_err().to_string(), MISMATCH);
        assert_eq!(bytes(b"x").unwrap_err().to_string(), "invalid decimal: NotANumber");
        assert_eq!(Decimal::deserialize(NoneDeserializer).unwrap_err().to_string(), MISMATCH);
        assert_eq!(Decimal::deserialize(UnitDeserializer::<Error>::new()).unwrap_err().to_string(), MISMATCH);
        let wide = Decimal::deserialize(I128Deserializer::<Error>::new(5)).unwrap_err().to_string();
        assert!(wide.ends_with("expected any value"), "{wide}");
    }
}
