//! Nested inputs as JSON objects only. Serde's derived structs also accept an array of the
//! fields in order (`"settings": [null, 48]`), which the OpenAPI document does not allow and
//! no client means; a field read through [`object`] or [`objects`] refuses it.

use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

/// A `T` that was written as a JSON object.
struct Object<T>(T);

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = Object<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(Object)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ObjectVisitor(PhantomData))
    }
}

/// For a field holding one nested input.
pub fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    Object::deserialize(deserializer).map(|Object(value)| value)
}

/// For an optional field holding one nested input (absent with `#[serde(default)]`: `None`;
/// `null` is refused, as the document does not allow it).
pub fn optional_object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    Object::deserialize(deserializer).map(|Object(value)| Some(value))
}

/// For a field holding a list of nested inputs.
pub fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    Vec::<Object<T>>::deserialize(deserializer)
        .map(|values| values.into_iter().map(|Object(value)| value).collect())
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Settings {
        hours: Option<u32>,
    }

    #[derive(Debug, Deserialize)]
    struct Body {
        #[serde(default, deserialize_with = "super::object")]
        settings: Settings,
        #[serde(default, deserialize_with = "super::objects")]
        list: Vec<Settings>,
    }

    #[test]
    fn nested_inputs_are_read_from_objects() {
        let body: Body = serde_json::from_str(r#"{ "settings": { "hours": 4 }, "list": [{}] }"#)
            .expect("objects");
        assert_eq!(body.settings, Settings { hours: Some(4) });
        assert_eq!(body.list, [Settings { hours: None }]);
    }

    #[test]
    fn an_array_in_place_of_an_object_is_refused() {
        assert!(serde_json::from_str::<Body>(r#"{ "settings": [4] }"#).is_err());
        assert!(serde_json::from_str::<Body>(r#"{ "list": [[4]] }"#).is_err());
        assert!(serde_json::from_str::<Body>(r#"{ "settings": { "hours": 4, "x": 1 } }"#).is_err());
    }
}
