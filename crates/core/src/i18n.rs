//! Every word the widget writes, in six languages: `locales/<lang>.ftl`,
//! read and formatted by Fluent (`fluent-bundle`).
//!
//! The core builds its view models from a [`Texts`]: the views, the
//! decoder's `description`s and the live region's sentences all come from
//! the same files. State names, change-type names, context ids, URLs and
//! versions are never translated: they are identifiers partners search for.
//!
//! Relative times ("2 min ago") are the one thing Fluent does not format:
//! the browser layer hands [`Texts::with_relative`] a formatter backed by
//! `Intl.RelativeTimeFormat`; natively (tests, the decoder) the English
//! [`crate::status::ago`] is used.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use icu_locale_core::LanguageIdentifier;

use crate::options::OptionsError;
use crate::time::EpochMs;

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

    /// The language's `locales/*.ftl`, compiled in.
    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../../locales/en.ftl"),
            Lang::Nb => include_str!("../../../locales/nb.ftl"),
            Lang::Sv => include_str!("../../../locales/sv.ftl"),
            Lang::Da => include_str!("../../../locales/da.ftl"),
            Lang::De => include_str!("../../../locales/de.ftl"),
            Lang::Nl => include_str!("../../../locales/nl.ftl"),
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

    /// The language's messages, parsed once.
    fn resource(self) -> Arc<FluentResource> {
        static PARSED: [OnceLock<Arc<FluentResource>>; 6] = [const { OnceLock::new() }; 6];
        self.slot(&PARSED)
            .get_or_init(|| Arc::new(parse(self.source())))
            .clone()
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

/// A locale file parsed; our own files parse without errors (a test says
/// so), and a damaged one still gives every message it could read.
fn parse(source: &str) -> FluentResource {
    FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _errors)| resource)
}

/// Formats "how long ago" in the widget's language: the seconds elapsed,
/// already rounded to the unit shown, and the unit (`second`, `minute`,
/// `hour`, `day`), as `Intl.RelativeTimeFormat` takes them.
pub type RelativeFormat = Arc<dyn Fn(i64, &'static str) -> String + Send + Sync>;

/// The words of one widget: its language's messages, the host's
/// `messages` overrides on top, and how to say "how long ago".
pub struct Texts {
    lang: Lang,
    bundle: FluentBundle<Arc<FluentResource>>,
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
        let locales = lang.tag().parse::<unic_langid::LanguageIdentifier>();
        let mut bundle = FluentBundle::new_concurrent(locales.into_iter().collect());
        // Our texts go into text nodes and attributes, never into bidi
        // contexts of their own: no U+2068/U+2069 around each variable.
        bundle.set_use_isolating(false);
        // English first, the language over it: a key missing from a
        // translation still says something (a test keeps them complete).
        let _ = bundle.add_resource(Lang::En.resource());
        if lang != Lang::En {
            bundle.add_resource_overriding(lang.resource());
        }
        Texts {
            lang,
            bundle,
            relative: None,
        }
    }

    /// English, shared: the decoder's default and the `Display` of errors.
    pub fn english() -> &'static Texts {
        Texts::shared(Lang::En)
    }

    /// The words of `lang` without overrides, built once and shared (a
    /// bundle holds every message: building one per call would cost more
    /// than the call).
    pub fn shared(lang: Lang) -> &'static Texts {
        static BUILT: [OnceLock<Texts>; 6] = [const { OnceLock::new() }; 6];
        lang.slot(&BUILT).get_or_init(|| Texts::new(lang))
    }

    /// The words of `lang` with a host's `messages` on top: each key is
    /// one of ours, each text a one-line Fluent pattern (`{ $context }`
    /// inserts a variable; docs/languages.md lists them per key).
    ///
    /// # Errors
    /// [`OptionsError::Invalid`] naming `messages.<key>`: an unknown key,
    /// a text over more than one line, or one Fluent cannot read.
    pub fn with_messages(
        lang: Lang,
        messages: &BTreeMap<String, String>,
    ) -> Result<Texts, OptionsError> {
        let resources = Texts::check_messages(messages)?;
        let mut texts = Texts::new(lang);
        for resource in resources {
            texts.bundle.add_resource_overriding(Arc::new(resource));
        }
        Ok(texts)
    }

    /// Checks a host's `messages` without building any words: each key
    /// is one of ours and each text a one-line Fluent pattern. Returns
    /// them parsed.
    ///
    /// # Errors
    /// As [`Texts::with_messages`].
    pub fn check_messages(
        messages: &BTreeMap<String, String>,
    ) -> Result<Vec<FluentResource>, OptionsError> {
        messages
            .iter()
            .map(|(key, text)| {
                let invalid = |problem: String| OptionsError::Invalid {
                    option: "messages",
                    problem: format!("{key}: {problem}"),
                };
                if !Texts::english().bundle.has_message(key) {
                    return Err(invalid(
                        "not one of the message keys (see docs/languages.md)".into(),
                    ));
                }
                if text.contains(['\n', '\r']) {
                    return Err(invalid("expected one line of text".into()));
                }
                FluentResource::try_new(format!("{key} = {text}\n")).map_err(|(_, errors)| {
                    let first = errors.first().map(ToString::to_string).unwrap_or_default();
                    invalid(format!("not a text Fluent can read ({first})"))
                })
            })
            .collect()
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
        self.format(key, None)
    }

    /// The message `key` with its variables.
    pub fn with(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, *value);
        }
        self.format(key, Some(&fluent))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// "now", "2 min ago": how long before `now_ms` `then_ms` was. Under
    /// five seconds it is the `time-now` message (what a badge says as its
    /// first answer lands, so the first paint needs no `Intl` formatter);
    /// longer is the relative formatter's, else the English [`crate::status::ago`].
    pub fn ago(&self, now_ms: EpochMs, then_ms: EpochMs) -> String {
        let (value, unit) = crate::status::ago_parts(now_ms, then_ms);
        match &self.relative {
            _ if value == 0 => self.get("time-now"),
            Some(format) => format(value, unit),
            None => crate::status::ago(now_ms, then_ms),
        }
    }

    /// "in 3 hours": how long after `now_ms` `then_ms` is (the relative
    /// formatter's words; English without one).
    pub fn until(&self, now_ms: EpochMs, then_ms: EpochMs) -> String {
        let (value, unit) = crate::status::ago_parts(then_ms, now_ms);
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
        Lang::En
            .resource()
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }
}
