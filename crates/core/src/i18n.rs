//! Every word the widget writes, in six languages: `locales/<lang>.ftl`,
//! compiled at build time (`build.rs`, with `fluent-syntax`) into static
//! tables, so no Fluent runtime ships for our own texts.
//!
//! The core builds its view models from a [`Texts`]: the views, the
//! decoder's `description`s and the live region's sentences all come from
//! the same files. State names, change-type names, context ids, URLs and
//! versions are never translated: they are identifiers partners search for.
//!
//! A host's `messages` overrides are one-line Fluent patterns, read with
//! `fluent-syntax`'s parser when a host passes them.
//!
//! Relative times ("2 min ago") are the one thing the messages do not
//! format: the browser layer hands [`Texts::with_relative`] a formatter
//! backed by `Intl.RelativeTimeFormat`; natively (tests, the decoder) the
//! English [`crate::time::ago`] is used.
//!
//! This module is at the bottom of the core's graph: it uses nothing of
//! ours but [`crate::time`].

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use icu_locale_core::LanguageIdentifier;

use crate::time::EpochMs;

/// The compiled tables: `KEYS`, `SORTED` and one [`Messages`] per language.
mod compiled {
    use super::Messages;
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// Marks a variable in a compiled message: the variable's name stands
/// between two of them (`build.rs` refuses a message that has one of its own).
const VAR: char = '\u{1}';

/// A language's messages (see `build.rs`): their texts one after the
/// other, in English's key order, and where each ends.
struct Messages {
    text: &'static str,
    ends: [u16; compiled::COUNT],
}

impl Messages {
    /// Message `id`'s text, variables marked with [`VAR`].
    fn get(&self, id: usize) -> &'static str {
        let start = id
            .checked_sub(1)
            .and_then(|before| self.ends.get(before))
            .map_or(0, |end| usize::from(*end));
        let end = self.ends.get(id).map_or(start, |end| usize::from(*end));
        self.text.get(start..end).unwrap_or_default()
    }
}

/// A message id: its place in English's order.
fn id_of(key: &str) -> Option<usize> {
    compiled::SORTED
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .and_then(|at| compiled::SORTED.get(at))
        .map(|(_, id)| usize::from(*id))
}

/// A language the widget is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// English, the default and the fallback.
    #[default]
    En,
    /// Norwegian Bokmål (also chosen for `no` and `nn`).
    Nb,
    /// Swedish.
    Sv,
    /// Danish.
    Da,
    /// German.
    De,
    /// Dutch.
    Nl,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Nb, Lang::Sv, Lang::Da, Lang::De, Lang::Nl];

    /// The BCP 47 tag written in the widget's `lang` attribute and handed
    /// to `Intl`: `en`, `nb`, `sv`, `da`, `de`, `nl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Sv => "sv",
            Lang::Da => "da",
            Lang::De => "de",
            Lang::Nl => "nl",
        }
    }

    /// The language for a BCP 47 tag, by its language subtag, whatever
    /// its region or script: `nb-NO` and `no` give [`Lang::Nb`] (as does
    /// Nynorsk, `nn`, closer than English), `de-AT` gives [`Lang::De`].
    /// `None` for a language the widget does not speak or a malformed tag.
    pub fn matching(tag: &str) -> Option<Lang> {
        let id = LanguageIdentifier::try_from_str(tag.trim()).ok()?;
        match id.language.as_str() {
            "en" => Some(Lang::En),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "sv" => Some(Lang::Sv),
            "da" => Some(Lang::Da),
            "de" => Some(Lang::De),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    /// The language to write in. The first of these that is there decides:
    /// the `lang` option or attribute, the element's closest `[lang]`, the
    /// document's `lang`, then `navigator.languages` (the first it speaks).
    /// A language it does not speak, or nothing at all, gives English.
    pub fn resolve(
        explicit: Option<&str>,
        closest: Option<&str>,
        document: Option<&str>,
        navigator: &[String],
    ) -> Lang {
        let chosen = [explicit, closest, document]
            .into_iter()
            .flatten()
            .find(|tag| !tag.trim().is_empty());
        if let Some(tag) = chosen {
            return Lang::matching(tag).unwrap_or_default();
        }
        navigator
            .iter()
            .find_map(|tag| Lang::matching(tag))
            .unwrap_or_default()
    }

    /// The language's compiled messages (see `build.rs`).
    fn messages(self) -> &'static Messages {
        match self {
            Lang::En => &compiled::EN,
            Lang::Nb => &compiled::NB,
            Lang::Sv => &compiled::SV,
            Lang::Da => &compiled::DA,
            Lang::De => &compiled::DE,
            Lang::Nl => &compiled::NL,
        }
    }

    /// This language's place in a per-language array.
    fn slot<T>(self, per_lang: &[T; 6]) -> &T {
        let [en, nb, sv, da, de, nl] = per_lang;
        match self {
            Lang::En => en,
            Lang::Nb => nb,
            Lang::Sv => sv,
            Lang::Da => da,
            Lang::De => de,
            Lang::Nl => nl,
        }
    }
}

/// Formats "how long ago" in the widget's language: the seconds elapsed,
/// already rounded to the unit shown, and the unit (`second`, `minute`,
/// `hour`, `day`), as `Intl.RelativeTimeFormat` takes them.
pub type RelativeFormat = Arc<dyn Fn(i64, &'static str) -> String + Send + Sync>;

/// A host's `messages` entry that cannot be used: which key, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageError {
    /// The key as the host wrote it.
    pub key: String,
    /// What is wrong with it.
    pub problem: String,
}

impl fmt::Display for MessageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "options.messages: {}: {}", self.key, self.problem)
    }
}

impl std::error::Error for MessageError {}

/// A host's text for one key, read: text, variables, and references to
/// our own messages (resolved in the widget's language).
#[derive(Debug, Clone, PartialEq, Eq)]
enum HostPiece {
    Text(String),
    Var(String),
    Message(usize),
}

/// The host's `messages`, checked and read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HostMessages(Vec<(usize, Vec<HostPiece>)>);

/// The words of one widget: its language's messages, the host's
/// `messages` overrides on top, and how to say "how long ago".
pub struct Texts {
    lang: Lang,
    overrides: Vec<(usize, Vec<HostPiece>)>,
    relative: Option<RelativeFormat>,
}

impl fmt::Debug for Texts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Texts").field("lang", &self.lang).finish()
    }
}

impl Texts {
    /// The words of `lang`, without overrides.
    pub fn new(lang: Lang) -> Texts {
        Texts {
            lang,
            overrides: Vec::new(),
            relative: None,
        }
    }

    /// English, shared: the decoder's default and the `Display` of errors.
    pub fn english() -> &'static Texts {
        Texts::shared(Lang::En)
    }

    /// The words of `lang` without overrides, shared.
    pub fn shared(lang: Lang) -> &'static Texts {
        static BUILT: [OnceLock<Texts>; 6] = [const { OnceLock::new() }; 6];
        lang.slot(&BUILT).get_or_init(|| Texts::new(lang))
    }

    /// The words of `lang` with a host's `messages` on top: each key is
    /// one of ours, each text a one-line Fluent pattern (`{ $context }`
    /// inserts a variable; docs/languages.md lists them per key).
    ///
    /// # Errors
    /// A [`MessageError`] naming the key: an unknown key, a text over more
    /// than one line, or one Fluent cannot read.
    pub fn with_messages(
        lang: Lang,
        messages: &BTreeMap<String, String>,
    ) -> Result<Texts, MessageError> {
        Ok(Texts::new(lang).with_host(Texts::check_messages(messages)?))
    }

    /// The same words with the host's messages (already checked) on top.
    pub fn with_host(mut self, host: HostMessages) -> Texts {
        self.overrides = host.0;
        self
    }

    /// Checks a host's `messages`: each key is one of ours and each text
    /// a one-line Fluent pattern of text, variables (`{ $context }`),
    /// literals (`{ "{" }`) and references to our messages
    /// (`{ health-down }`). Returns them read.
    ///
    /// # Errors
    /// As [`Texts::with_messages`]; a selector or a function call is
    /// refused by name (our texts use neither).
    pub fn check_messages(
        messages: &BTreeMap<String, String>,
    ) -> Result<HostMessages, MessageError> {
        let read = messages
            .iter()
            .map(|(key, text)| {
                let invalid = |problem: String| MessageError {
                    key: key.clone(),
                    problem,
                };
                let Some(id) = id_of(key) else {
                    return Err(invalid(
                        "not one of the message keys (see docs/languages.md)".into(),
                    ));
                };
                if text.contains(['\n', '\r']) {
                    return Err(invalid("expected one line of text".into()));
                }
                read_host(key, text)
                    .map(|pieces| (id, pieces))
                    .map_err(invalid)
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(HostMessages(read))
    }

    /// The same words, saying "how long ago" with `format`.
    pub fn with_relative(mut self, format: RelativeFormat) -> Texts {
        self.relative = Some(format);
        self
    }

    /// The language written.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `key`, which takes no variables.
    pub fn get(&self, key: &str) -> String {
        self.with(key, &[])
    }

    /// The message `key` with its variables. A variable the message uses
    /// but `args` lacks is written `{$name}`, as Fluent writes it; an
    /// unknown key is written as itself.
    pub fn with(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        let Some(id) = id_of(key) else {
            return key.to_owned();
        };
        let mut out = String::new();
        if let Some((_, host)) = self.overrides.iter().find(|(i, _)| *i == id) {
            for piece in host {
                match piece {
                    HostPiece::Text(t) => out.push_str(t),
                    HostPiece::Var(name) => push_var(&mut out, name, args),
                    HostPiece::Message(other) => self.push_own(&mut out, *other, args),
                }
            }
        } else {
            self.push_own(&mut out, id, args);
        }
        out
    }

    /// Our own text of message `id` in this language.
    fn push_own(&self, out: &mut String, id: usize, args: &[(&'static str, &str)]) {
        // Text and variable names alternate: "Next window: ", "when", " (", …
        for (at, part) in self.lang.messages().get(id).split(VAR).enumerate() {
            if at % 2 == 0 {
                out.push_str(part);
            } else {
                push_var(out, part, args);
            }
        }
    }

    /// "now", "2 min ago": how long before `now_ms` `then_ms` was. Under
    /// five seconds it is the `time-now` message (what a badge says as its
    /// first answer lands, so the first paint needs no `Intl` formatter);
    /// longer is the relative formatter's, else the English [`crate::time::ago`].
    pub fn ago(&self, now_ms: EpochMs, then_ms: EpochMs) -> String {
        let (value, unit) = crate::time::ago_parts(now_ms, then_ms);
        match &self.relative {
            _ if value == 0 => self.get("time-now"),
            Some(format) => format(value, unit),
            None => crate::time::ago(now_ms, then_ms),
        }
    }

    /// "in 3 hours": how long after `now_ms` `then_ms` is (the relative
    /// formatter's words; English without one).
    pub fn until(&self, now_ms: EpochMs, then_ms: EpochMs) -> String {
        let (value, unit) = crate::time::ago_parts(then_ms, now_ms);
        let value = -value;
        match &self.relative {
            Some(format) => format(value, unit),
            None if value == 0 => self.get("time-now"),
            None => {
                let plural = if value == 1 { "" } else { "s" };
                format!("in {value} {unit}{plural}")
            }
        }
    }

    /// Every message key, in English's order (for docs/languages.md and tests).
    pub fn keys() -> Vec<String> {
        compiled::KEYS.iter().map(|k| (*k).to_owned()).collect()
    }
}

/// Writes variable `name`'s value, or `{$name}` when there is none.
fn push_var(out: &mut String, name: &str, args: &[(&'static str, &str)]) {
    match args.iter().find(|(n, _)| *n == name) {
        Some((_, value)) => out.push_str(value),
        None => {
            out.push_str("{$");
            out.push_str(name);
            out.push('}');
        }
    }
}

/// A host's one-line pattern, read with Fluent's own parser.
fn read_host(key: &str, text: &str) -> Result<Vec<HostPiece>, String> {
    let source = format!("{key} = {text}\n");
    let resource = fluent_syntax::parser::parse(source.as_str()).map_err(|(_, errors)| {
        let first = errors.first().map(ToString::to_string).unwrap_or_default();
        format!("not a text Fluent can read ({first})")
    })?;
    let pattern = resource
        .body
        .into_iter()
        .find_map(|entry| match entry {
            Entry::Message(m) => m.value,
            _ => None,
        })
        .ok_or_else(|| "not a text Fluent can read (no message)".to_owned())?;
    let mut pieces = Vec::new();
    for element in pattern.elements {
        match element {
            PatternElement::TextElement { value } => pieces.push(HostPiece::Text(value.to_owned())),
            PatternElement::Placeable { expression } => {
                let Expression::Inline(inline) = expression else {
                    return Err("a selector is not supported here; write one text".into());
                };
                pieces.push(match inline {
                    InlineExpression::StringLiteral { value } => HostPiece::Text(
                        fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
                    ),
                    InlineExpression::NumberLiteral { value } => HostPiece::Text(value.to_owned()),
                    InlineExpression::VariableReference { id } => {
                        HostPiece::Var(id.name.to_owned())
                    }
                    InlineExpression::MessageReference {
                        id,
                        attribute: None,
                    } => HostPiece::Message(id_of(id.name).ok_or_else(|| {
                        format!("{{ {} }} is not one of the message keys", id.name)
                    })?),
                    InlineExpression::FunctionReference { id, .. } => {
                        return Err(format!(
                            "{}() is not supported here; write the text or a variable",
                            id.name
                        ))
                    }
                    _ => {
                        return Err("only text, { $variables } and { message-keys } go here".into())
                    }
                });
            }
        }
    }
    Ok(pieces)
}
