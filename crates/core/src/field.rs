//! Lenient members: "accept anything, keep what fits, warn otherwise".
//!
//! A payload type derives `Deserialize` with every member a [`Field<T>`]:
//! whatever JSON value a member holds, deserializing never fails because of
//! it. The member is [`Field::Absent`] when missing, [`Field::Null`] for
//! `null`, [`Field::Value`] when it reads as `T`, and [`Field::Wrong`] with
//! the JSON type that was found otherwise. The decoder then turns those into
//! values, `null`s, warnings or errors (see [`Field::optional`]).
//!
//! `T` is read from scalars only (strings, numbers, booleans): an object or
//! array in a member is skipped without being built, so hostile nesting in a
//! member costs nothing. [`ObjectOf`] reads a whole document that must be a
//! JSON object.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{BoolDeserializer, Error as ValueError, F64Deserializer, I64Deserializer};
use serde::de::value::{MapAccessDeserializer, StrDeserializer, U64Deserializer};
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Serialize;

/// The type of a JSON value, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JsonType {
    /// `null` (and, from JavaScript, `undefined`).
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonType {
    /// The type with its article, as messages say it: "a string", "null".
    pub fn with_article(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "a boolean",
            JsonType::Number => "a number",
            JsonType::String => "a string",
            JsonType::Array => "an array",
            JsonType::Object => "an object",
        }
    }
}

impl fmt::Display for JsonType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.with_article())
    }
}

/// One member of a payload, read leniently (see the module docs).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Field<T> {
    /// The member is not there.
    #[default]
    Absent,
    /// The member is `null`.
    Null,
    /// The member holds a value that reads as `T`.
    Value(T),
    /// The member holds a value of this JSON type, which does not read as `T`.
    Wrong(JsonType),
}

impl<T> Field<T> {
    /// An optional member: its value, or `None`. A member of the wrong type
    /// also gives `None`, plus a warning naming it
    /// (`Api: expected a string, got a number; ignored`); a missing or `null`
    /// member gives no warning.
    pub fn optional(self, field: &str, expected: &str, warnings: &mut Vec<String>) -> Option<T> {
        match self {
            Field::Value(value) => Some(value),
            Field::Absent | Field::Null => None,
            Field::Wrong(found) => {
                warnings.push(format!(
                    "{field}: expected {expected}, got {found}; ignored"
                ));
                None
            }
        }
    }

    /// A required member: its value, or [`DecodeError::Missing`] /
    /// [`DecodeError::WrongType`] (`null` is the wrong type).
    ///
    /// # Errors
    /// As above.
    ///
    /// [`DecodeError::Missing`]: crate::DecodeError::Missing
    /// [`DecodeError::WrongType`]: crate::DecodeError::WrongType
    pub fn required(
        self,
        field: &'static str,
        expected: &'static str,
    ) -> Result<T, crate::DecodeError> {
        match self {
            Field::Value(value) => Ok(value),
            Field::Absent => Err(crate::DecodeError::Missing { field }),
            Field::Null => Err(crate::DecodeError::WrongType {
                field,
                expected,
                found: JsonType::Null,
            }),
            Field::Wrong(found) => Err(crate::DecodeError::WrongType {
                field,
                expected,
                found,
            }),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FieldVisitor(PhantomData))
    }
}

struct FieldVisitor<T>(PhantomData<T>);

/// Reads `T` from one scalar; `found` when it does not fit.
fn fit<'de, T, D>(scalar: D, found: JsonType) -> Field<T>
where
    T: Deserialize<'de>,
    D: Deserializer<'de, Error = ValueError>,
{
    T::deserialize(scalar).map_or(Field::Wrong(found), Field::Value)
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for FieldVisitor<T> {
    type Value = Field<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Field<T>, E> {
        Ok(Field::Null)
    }

    fn visit_none<E>(self) -> Result<Field<T>, E> {
        Ok(Field::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Field<T>, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Field<T>, E> {
        Ok(fit(BoolDeserializer::new(v), JsonType::Boolean))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Field<T>, E> {
        Ok(fit(I64Deserializer::new(v), JsonType::Number))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Field<T>, E> {
        Ok(fit(U64Deserializer::new(v), JsonType::Number))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Field<T>, E> {
        Ok(fit(F64Deserializer::new(v), JsonType::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Field<T>, E> {
        Ok(fit(StrDeserializer::new(v), JsonType::String))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field<T>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Field::Wrong(JsonType::Array))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field<T>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Wrong(JsonType::Object))
    }
}

/// A document that must be a JSON object holding a `T`: `Ok(T)`, or the
/// JSON type found instead. Errors inside the object (a member given twice)
/// are deserializer errors as usual.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectOf<T>(pub Result<T, JsonType>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ObjectOf<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ObjectVisitor(PhantomData))
    }
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<T> ObjectVisitor<T> {
    fn not<E>(found: JsonType) -> Result<ObjectOf<T>, E> {
        Ok(ObjectOf(Err(found)))
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = ObjectOf<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ObjectOf<T>, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(|t| ObjectOf(Ok(t)))
    }

    fn visit_unit<E>(self) -> Result<ObjectOf<T>, E> {
        Self::not(JsonType::Null)
    }

    fn visit_none<E>(self) -> Result<ObjectOf<T>, E> {
        Self::not(JsonType::Null)
    }

    fn visit_bool<E>(self, _: bool) -> Result<ObjectOf<T>, E> {
        Self::not(JsonType::Boolean)
    }

    fn visit_i64<E>(self, _: i64) -> Result<ObjectOf<T>, E> {
        Self::not(JsonType::Number)
    }

    fn visit_u64<E>(self, _: u64) -> Result<ObjectOf<T>, E> {
        Self::not(JsonType::Number)
    }

    fn visit_f64<E>(self, _: f64) -> Result<ObjectOf<T>, E> {
        Self::not(JsonType::Number)
    }

    fn visit_str<E>(self, _: &str) -> Result<ObjectOf<T>, E> {
        Self::not(JsonType::String)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ObjectOf<T>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Self::not(JsonType::Array)
    }
}

/// Reads JSON text that must hold an object of type `P` (a payload type):
/// over 64 KiB is refused before parsing, then `serde_json` reads it.
///
/// # Errors
/// [`DecodeError`](crate::DecodeError): too large, not JSON, not an object,
/// or a member given twice.
pub fn read_object<P: serde::de::DeserializeOwned>(text: &str) -> Result<P, crate::DecodeError> {
    crate::error::check_size(text)?;
    let ObjectOf(payload) =
        serde_json::from_str::<ObjectOf<P>>(text).map_err(|e| crate::DecodeError::from_json(&e))?;
    payload.map_err(|found| crate::DecodeError::NotAnObject { found })
}

/// A member documented as one thing that may arrive as another: a name or a
/// number (`State`, `ChangeType`). Numbers are kept as `serde_json` reads
/// them, which is exactly how JavaScript's `JSON.parse` reads them.
#[derive(Debug, Clone, PartialEq)]
pub enum NameOrNumber {
    /// A string, as sent.
    Name(String),
    /// A finite number.
    Number(serde_json::Number),
}

impl<'de> Deserialize<'de> for NameOrNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = NameOrNumber;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a name or a number")
            }

            fn visit_str<E>(self, v: &str) -> Result<NameOrNumber, E> {
                Ok(NameOrNumber::Name(v.to_owned()))
            }

            fn visit_i64<E>(self, v: i64) -> Result<NameOrNumber, E> {
                Ok(NameOrNumber::Number(v.into()))
            }

            fn visit_u64<E>(self, v: u64) -> Result<NameOrNumber, E> {
                Ok(NameOrNumber::Number(v.into()))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<NameOrNumber, E> {
                serde_json::Number::from_f64(v)
                    .map(NameOrNumber::Number)
                    .ok_or_else(|| E::custom("not a finite number"))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// The number as an integer when it is one exactly (`2`, `2.0`, `2e0`),
/// within ±2^53 for fractional forms.
pub fn exact_integer(number: &serde_json::Number) -> Option<i64> {
    number
        .as_i64()
        .or_else(|| number.as_f64().and_then(crate::change_type::integer_code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Probe {
        #[serde(default)]
        s: Field<String>,
        #[serde(default)]
        b: Field<bool>,
    }

    fn probe(json: &str) -> ObjectOf<Probe> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn keeps_what_fits_and_names_the_type_of_what_does_not() {
        let p = probe(r#"{"s":"x","b":true}"#).0.unwrap();
        assert_eq!((p.s, p.b), (Field::Value("x".into()), Field::Value(true)));
        let p = probe(r#"{"s":1.5,"b":"yes"}"#).0.unwrap();
        assert_eq!(
            (p.s, p.b),
            (
                Field::Wrong(JsonType::Number),
                Field::Wrong(JsonType::String)
            )
        );
        let p = probe(r#"{"s":{"deep":[[[]]]},"b":[1,{"a":2}]}"#).0.unwrap();
        assert_eq!(
            (p.s, p.b),
            (
                Field::Wrong(JsonType::Object),
                Field::Wrong(JsonType::Array)
            )
        );
        let p = probe(r#"{"s":null}"#).0.unwrap();
        assert_eq!((p.s, p.b), (Field::Null, Field::Absent));
    }

    #[test]
    fn documents_that_are_not_objects_say_what_they_are() {
        for (json, found) in [
            ("[1,[2]]", JsonType::Array),
            ("null", JsonType::Null),
            ("\"x\"", JsonType::String),
            ("3", JsonType::Number),
            ("false", JsonType::Boolean),
        ] {
            assert_eq!(probe(json).0.unwrap_err(), found, "{json}");
        }
    }

    #[test]
    fn integers_are_exact_or_refused() {
        let n = |s: &str| serde_json::from_str::<serde_json::Number>(s).unwrap();
        assert_eq!(exact_integer(&n("2")), Some(2));
        assert_eq!(exact_integer(&n("2.0")), Some(2));
        assert_eq!(exact_integer(&n("-7e0")), Some(-7));
        assert_eq!(exact_integer(&n("1.5")), None);
        assert_eq!(exact_integer(&n("1e300")), None);
    }
}
