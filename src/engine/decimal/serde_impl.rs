//! Decimals in serialized plans and reports: written as JSON numbers, read from numbers or
//! decimal strings. The reader is a hand-written visitor rather than an untagged enum: serde's
//! untagged enums buffer the input in a generic `Content` tree first, which costs several KB of
//! wasm per deserializer, for a value that is only ever a number or a string.

use super::{Decimal, ParseError};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;

impl Serialize for Decimal {
    /// A JSON number: what a JS host expects. Values with at most 15 significant digits (all
    /// realistic inputs) read back exactly through [`Decimal::from_f64`].
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.to_f64())
    }
}

/// The error of the untagged enum this visitor replaced, kept word for word (the JS API shows
/// it as `detail`).
const MISMATCH: &str = "data did not match any variant of untagged enum Raw";

fn invalid<E: de::Error>(err: ParseError) -> E {
    let name = match err {
        ParseError::Empty => "Empty",
        ParseError::NotANumber => "NotANumber",
        ParseError::TooLarge => "TooLarge",
        ParseError::TooPrecise => "TooPrecise",
    };
    E::custom(format_args!("invalid decimal: {name}"))
}

struct DecimalVisitor;

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    /// What serde's buffering visitor said, so type errors read as before.
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        Decimal::from_f64(v).map_err(invalid)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        self.visit_f64(v as f64)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        self.visit_f64(v as f64)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        v.parse().map_err(invalid)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Decimal, E> {
        match std::str::from_utf8(v) {
            Ok(text) => self.visit_str(text),
            Err(_) => Err(E::custom(MISMATCH)),
        }
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Decimal, E> {
        Err(E::custom(MISMATCH))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Decimal, E> {
        Err(E::custom(MISMATCH))
    }

    fn visit_none<E: de::Error>(self) -> Result<Decimal, E> {
        Err(E::custom(MISMATCH))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Decimal, A::Error> {
        Err(de::Error::custom(MISMATCH))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Decimal, A::Error> {
        Err(de::Error::custom(MISMATCH))
    }
}

impl<'de> Deserialize<'de> for Decimal {
    /// Accepts a JSON number or a decimal string ("0.02"), the latter being exact at any
    /// precision up to nine places.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        d.deserialize_any(DecimalVisitor)
    }
}
