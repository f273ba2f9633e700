//! Whole numbers as JSON Schema counts them: `3` and `3.0` are the same integer, so a body may
//! write either (the OpenAPI document says `integer`, and generators and other languages'
//! serialisers do write `3.0`). A fraction, a string, or a number out of the field's range is
//! refused. Forms still give their text (`version=3`), which their deserializer reads as the
//! integer it spells.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// An integer written as a JSON integer or an integral JSON number.
struct Whole(i64);

struct WholeVisitor;

impl Visitor<'_> for WholeVisitor {
    type Value = Whole;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Whole, E> {
        Ok(Whole(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Whole, E> {
        i64::try_from(value)
            .map(Whole)
            .map_err(|_| E::custom(format!("{value} is too large")))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Whole, E> {
        // i64::MAX as f64 rounds up to 2^63, which is itself out of range.
        let in_range = value >= i64::MIN as f64 && value < i64::MAX as f64;
        if value.fract() == 0.0 && in_range {
            #[allow(clippy::cast_possible_truncation)]
            Ok(Whole(value as i64))
        } else {
            Err(E::custom(format!("{value} is not a whole number")))
        }
    }
}

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Asking for an integer (not "any") keeps strings out of JSON bodies, while a JSON
        // float still arrives here as one, and a form's text as the integer it parses to.
        deserializer.deserialize_i64(WholeVisitor)
    }
}

fn to_u32<E: de::Error>(Whole(value): Whole) -> Result<u32, E> {
    u32::try_from(value)
        .map_err(|_| E::custom(format!("{value} is not between 0 and {}", u32::MAX)))
}

pub fn i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    Whole::deserialize(deserializer).map(|Whole(value)| value)
}

/// For an `Option<i64>` field; pair with `#[serde(default)]` so that absence is `None`.
pub fn option_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    Option::<Whole>::deserialize(deserializer).map(|value| value.map(|Whole(value)| value))
}

/// For an `Option<u32>` field; pair with `#[serde(default)]` so that absence is `None`.
pub fn option_u32<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    Option::<Whole>::deserialize(deserializer)?
        .map(to_u32)
        .transpose()
}

pub fn vec_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<i64>, D::Error> {
    Vec::<Whole>::deserialize(deserializer)
        .map(|values| values.into_iter().map(|Whole(value)| value).collect())
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Body {
        #[serde(deserialize_with = "super::i64")]
        version: i64,
        #[serde(default, deserialize_with = "super::option_u32")]
        hours: Option<u32>,
    }

    fn body(json: &str) -> Result<Body, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn an_integral_float_is_the_same_whole_number() {
        let read = body(r#"{ "version": 3.0, "hours": 48.0 }"#).expect("whole numbers");
        assert_eq!((read.version, read.hours), (3, Some(48)));
        let read = body(r#"{ "version": -7 }"#).expect("a plain integer");
        assert_eq!((read.version, read.hours), (-7, None));
    }

    #[test]
    fn fractions_and_numbers_out_of_range_are_refused() {
        assert!(body(r#"{ "version": 3.5 }"#).is_err());
        assert!(body(r#"{ "version": 1e19 }"#).is_err());
        assert!(body(r#"{ "version": 1, "hours": -1 }"#).is_err());
        assert!(body(r#"{ "version": 1, "hours": 4294967296 }"#).is_err());
        assert!(body(r#"{ "version": "3" }"#).is_err());
    }
}
