//! The embedding options: what `mount(el, options)` and the attributes of
//! `<so-tenant-status>` say, read with serde (`serde-wasm-bindgen` in the
//! browser) and checked here.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::board::{parse_context_list, ContextList, Layout};
use crate::error::quoted;
use crate::field::{Field, JsonType, ObjectOf};
use crate::history::{Watch, DEFAULT_STUCK_AFTER_MS};
use crate::i18n::{Lang, Texts};
use crate::maintenance::{MaintenanceOptions, Rhythm};
use crate::url::{state_url, UrlError};

/// The colour theme: the user's preference (`auto`) or a forced one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light or dark as `prefers-color-scheme` says (the default).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Reads `auto`, `light` or `dark` (any case, trimmed); blank is `auto`.
    ///
    /// # Errors
    /// [`OptionsError::Invalid`] naming `theme` and quoting the value.
    pub fn parse(text: &str) -> Result<Self, OptionsError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "" | "auto" => Ok(Self::Auto),
            "light" => Ok(Self::Light),
            "dark" => Ok(Self::Dark),
            _ => Err(OptionsError::Invalid {
                option: "theme",
                problem: format!(
                    "expected \"auto\", \"light\" or \"dark\", got {}",
                    quoted(text)
                ),
            }),
        }
    }

    /// The root's `data-theme` (what the stylesheet's `color-scheme`
    /// follows); `None` for `auto`.
    pub fn data_theme(self) -> Option<&'static str> {
        match self {
            Self::Auto => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
        }
    }
}

/// How one tenant is drawn: the full card, or a one-line chip.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Variant {
    /// The badge: state, health, description, context id, version, API
    /// line, timing, links and a refresh button (the default).
    #[default]
    Card,
    /// One line for a table cell: icon, state and health word; the
    /// description on hover and focus; no links, no button.
    Chip,
}

impl Variant {
    /// Reads `card` or `chip` (any case, trimmed); blank is `card`.
    ///
    /// # Errors
    /// [`OptionsError::Invalid`] naming `variant` and quoting the value.
    pub fn parse(text: &str) -> Result<Self, OptionsError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "" | "card" => Ok(Self::Card),
            "chip" => Ok(Self::Chip),
            _ => Err(OptionsError::Invalid {
                option: "variant",
                problem: format!("expected \"card\" or \"chip\", got {}", quoted(text)),
            }),
        }
    }

    /// `data-variant` on each badge: `card` or `chip`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Card => "card",
            Self::Chip => "chip",
        }
    }
}

/// Checks the `lang` option: a well-formed BCP 47 language tag (`de`,
/// `nb-NO`, `nl-BE`), returned in its canonical spelling; blank is none.
///
/// # Errors
/// [`OptionsError::Invalid`] naming `lang` and quoting the value.
pub fn check_lang(text: &str) -> Result<Option<String>, OptionsError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    icu_locale_core::LanguageIdentifier::try_from_str(text)
        .map(|tag| Some(tag.to_string()))
        .map_err(|_| OptionsError::Invalid {
            option: "lang",
            problem: format!(
                "expected a BCP 47 language tag such as \"en\" or \"nb-NO\", got {}",
                quoted(text)
            ),
        })
}

/// `theme`, `variant`, `lang` and `messages` as sent, checked.
fn look(
    theme: Field<String>,
    variant: Field<String>,
    lang: Field<String>,
    messages: MessagesOption,
    watch: (MaintenanceOption, Field<f64>),
) -> Result<Look, OptionsError> {
    let messages = messages.check()?;
    let (maintenance, stuck) = watch;
    let rhythm = match maintenance {
        None => Rhythm::default(),
        Some(ObjectOf(Err(found))) => {
            return Err(OptionsError::WrongType {
                option: "maintenance",
                expected: "an object",
                found,
            })
        }
        Some(ObjectOf(Ok(read))) => read.check().map_err(|problem| OptionsError::Invalid {
            option: "maintenance",
            problem,
        })?,
    };
    let stuck_after_ms = match optional(stuck, "stuckAfterHours", "a number")? {
        None => DEFAULT_STUCK_AFTER_MS,
        Some(hours) if hours.is_finite() && hours > 0.0 && hours <= 24.0 * 366.0 => {
            (hours * 3_600_000.0) as i64
        }
        Some(hours) => {
            return Err(OptionsError::Invalid {
                option: "stuckAfterHours",
                problem: format!("expected hours above 0 and at most a year, got {hours}"),
            })
        }
    };
    // Every key and text is checked now, so a bad one throws from mount().
    Texts::check_messages(&messages).map_err(|e| OptionsError::Invalid {
        option: "messages",
        problem: format!("{}: {}", e.key, e.problem),
    })?;
    Ok(Look {
        messages,
        theme: optional(theme, "theme", "a string")?
            .map_or(Ok(Theme::Auto), |t| Theme::parse(&t))?,
        variant: optional(variant, "variant", "a string")?
            .map_or(Ok(Variant::Card), |v| Variant::parse(&v))?,
        lang: optional(lang, "lang", "a string")?.map_or(Ok(None), |l| check_lang(&l))?,
        watch: Watch {
            rhythm,
            stuck_after_ms,
        },
    })
}

/// The `maintenance` option as sent: absent or `null`, an object, or
/// another JSON type.
pub type MaintenanceOption = Option<ObjectOf<MaintenanceOptions>>;

/// The `messages` option as sent: absent or `null`, an object (each
/// member read leniently), or another JSON type.
pub type MessagesOption = Option<ObjectOf<BTreeMap<String, Field<String>>>>;

/// Reads `messages`: every member a string.
trait CheckMessages {
    fn check(self) -> Result<BTreeMap<String, String>, OptionsError>;
}

impl CheckMessages for MessagesOption {
    fn check(self) -> Result<BTreeMap<String, String>, OptionsError> {
        let expected = "an object of message key to text";
        let members = match self {
            None => return Ok(BTreeMap::new()),
            Some(ObjectOf(Err(found))) => {
                return Err(OptionsError::WrongType {
                    option: "messages",
                    expected,
                    found,
                })
            }
            Some(ObjectOf(Ok(members))) => members,
        };
        members
            .into_iter()
            .map(|(key, text)| match text {
                Field::Value(text) => Ok((key, text)),
                Field::Wrong(found) => Err(OptionsError::Invalid {
                    option: "messages",
                    problem: format!("{key}: expected a string, got {found}"),
                }),
                Field::Absent | Field::Null => Err(OptionsError::Invalid {
                    option: "messages",
                    problem: format!("{key}: expected a string, got null"),
                }),
            })
            .collect()
    }
}

/// How a widget or board looks and which language its host asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Look {
    /// The colour theme.
    pub theme: Theme,
    /// Card or chip.
    pub variant: Variant,
    /// The language tag asked for, canonical (see [`Lang::resolve`] for
    /// what is written when it is absent or not spoken).
    pub lang: Option<String>,
    /// The host's own texts: message key to a one-line Fluent pattern
    /// ([`Texts::with_messages`]), checked.
    pub messages: BTreeMap<String, String>,
    /// The maintenance rhythm and the "stuck" threshold.
    pub watch: crate::history::Watch,
}

impl Look {
    /// The widget's words: `lang` (resolved), with `messages` on top.
    /// The messages were checked when the options were read; were one to
    /// fail now, the language's own words are used.
    pub fn texts(&self, lang: Lang) -> Texts {
        Texts::with_messages(lang, &self.messages).unwrap_or_else(|_| Texts::new(lang))
    }
}

/// `mount()`'s options object as sent: `{ contextId, env?, baseUrl?, legends?, theme?, variant?, lang? }`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct MountOptions {
    /// The tenant's context id, e.g. `Cust12345` (required).
    pub context_id: Field<String>,
    /// `sod`, `qaonline` (or `stage`), `online`; default `online`.
    pub env: Field<String>,
    /// Replaces `https://{env}.superoffice.com`, e.g. a same-origin proxy.
    pub base_url: Field<String>,
    /// Show the (collapsed) legends under the badge; default `false`.
    pub legends: Field<bool>,
    /// `auto` (default), `light` or `dark`.
    pub theme: Field<String>,
    /// `card` (default) or `chip`.
    pub variant: Field<String>,
    /// A BCP 47 language tag.
    pub lang: Field<String>,
    /// Message key to text, over the language's own.
    pub messages: MessagesOption,
    /// How the published maintenance rhythm is read (`MaintenanceOptions`).
    pub maintenance: MaintenanceOption,
    /// Hours of MigrationPending or Provisioning before "stuck"; default 24.
    pub stuck_after_hours: Field<f64>,
}

/// Why `mount()`'s options were refused. (An invalid context id, env or
/// base URL is not refused here: the widget shows it and makes no request.)
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OptionsError {
    /// The options are not an object.
    #[error("options: expected an object with contextId, got {found}")]
    NotAnObject {
        /// What was passed instead.
        found: JsonType,
    },
    /// `mountBoard()`'s options are not an object.
    #[error("options: expected an object with contextIds, got {found}")]
    BoardNotAnObject {
        /// What was passed instead.
        found: JsonType,
    },
    /// A required option is absent.
    #[error("options.{option}: missing")]
    Missing {
        /// The option's name.
        option: &'static str,
    },
    /// An option has the wrong type.
    #[error("options.{option}: expected {expected}, got {found}")]
    WrongType {
        /// The option's name.
        option: &'static str,
        /// What it should be.
        expected: &'static str,
        /// What it was.
        found: JsonType,
    },
    /// An option has the wrong type (what it was is not known).
    #[error("options.{option}: expected {expected}")]
    Expected {
        /// The option's name.
        option: &'static str,
        /// What it should be.
        expected: &'static str,
    },
    /// An option has a value it cannot have.
    #[error("options.{option}: {problem}")]
    Invalid {
        /// The option's name.
        option: &'static str,
        /// What is wrong.
        problem: String,
    },
}

/// `mountBoard()`'s `contextIds`: an array of ids, or text as pasted
/// (commas, spaces or new lines between ids).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum ContextIds {
    /// `"Cust1 Cust2"`, `"Cust1,Cust2"`, a pasted column.
    Text(String),
    /// `["Cust1", "Cust2"]`.
    List(Vec<String>),
    /// Anything else (refused by [`BoardOptions::check`]).
    Other(serde::de::IgnoredAny),
}

impl ContextIds {
    /// The ids checked: valid ones in order without duplicates, invalid
    /// ones with the reason.
    ///
    /// # Errors
    /// [`OptionsError::WrongType`] for anything but text or an array of
    /// strings.
    pub fn read(&self, option: &'static str) -> Result<ContextList, OptionsError> {
        match self {
            ContextIds::Text(text) => Ok(parse_context_list(text)),
            ContextIds::List(ids) => Ok(parse_context_list(&ids.join("\n"))),
            ContextIds::Other(_) => Err(OptionsError::Expected {
                option,
                expected: "a string or an array of strings",
            }),
        }
    }
}

/// `mountBoard()`'s options as sent: `{ contextIds, env?, baseUrl?, layout?, theme?, variant?, lang? }`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BoardOptions {
    /// The tenants (required).
    pub context_ids: Option<ContextIds>,
    /// `sod`, `qaonline` (or `stage`), `online`; default `online`.
    pub env: Field<String>,
    /// Replaces `https://{env}.superoffice.com`, e.g. a same-origin proxy.
    pub base_url: Field<String>,
    /// `table` or `cards`; default: a table above 12 tenants.
    pub layout: Field<String>,
    /// `auto` (default), `light` or `dark`.
    pub theme: Field<String>,
    /// `card` (default) or `chip`.
    pub variant: Field<String>,
    /// A BCP 47 language tag.
    pub lang: Field<String>,
    /// Message key to text, over the language's own.
    pub messages: MessagesOption,
    /// How the published maintenance rhythm is read (`MaintenanceOptions`).
    pub maintenance: MaintenanceOption,
    /// Hours of MigrationPending or Provisioning before "stuck"; default 24.
    pub stuck_after_hours: Field<f64>,
    /// Show the alerts toggle (desktop notifications); default `false`.
    pub alerts: Field<bool>,
}

/// Checked options of a board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardSettings {
    /// The tenants, checked.
    pub contexts: ContextList,
    /// The environment, as given (default `online`).
    pub env: String,
    /// The base URL; `None` when absent or blank.
    pub base_url: Option<String>,
    /// The layout asked for.
    pub layout: Option<Layout>,
    /// Whether the board offers alerts (the bell in its toolbar).
    pub alerts: bool,
    /// Theme and language.
    pub look: Look,
}

impl BoardOptions {
    /// Checks the types and reads the id list.
    ///
    /// # Errors
    /// [`OptionsError`] naming the option.
    pub fn check(self) -> Result<BoardSettings, OptionsError> {
        let contexts = self
            .context_ids
            .ok_or(OptionsError::Missing {
                option: "contextIds",
            })?
            .read("contextIds")?;
        let env = optional(self.env, "env", "a string")?
            .filter(|e| !e.trim().is_empty())
            .unwrap_or_else(|| "online".to_owned());
        let base_url =
            optional(self.base_url, "baseUrl", "a string")?.filter(|b| !b.trim().is_empty());
        let layout = match optional(self.layout, "layout", "a string")? {
            None => None,
            Some(text) if text.trim().is_empty() => None,
            Some(text) => Some(Layout::parse(&text).ok_or(OptionsError::Invalid {
                option: "layout",
                problem: format!("expected \"table\" or \"cards\", got {}", quoted(&text)),
            })?),
        };
        let alerts = optional(self.alerts, "alerts", "a boolean")?.unwrap_or(false);
        Ok(BoardSettings {
            contexts,
            env,
            base_url,
            layout,
            alerts,
            look: look(
                self.theme,
                self.variant,
                self.lang,
                self.messages,
                (self.maintenance, self.stuck_after_hours),
            )?,
        })
    }
}

/// Checked options of one widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetOptions {
    /// The tenant's context id, as given (validated when the URL is built).
    pub context_id: String,
    /// The environment, as given (default `online`).
    pub env: String,
    /// The base URL; `None` when absent or blank.
    pub base_url: Option<String>,
    /// Whether the legends are shown.
    pub legends: bool,
    /// Theme and language.
    pub look: Look,
}

fn optional<T>(
    field: Field<T>,
    option: &'static str,
    expected: &'static str,
) -> Result<Option<T>, OptionsError> {
    match field {
        Field::Value(v) => Ok(Some(v)),
        Field::Absent | Field::Null => Ok(None),
        Field::Wrong(found) => Err(OptionsError::WrongType {
            option,
            expected,
            found,
        }),
    }
}

impl MountOptions {
    /// Checks the types: `contextId` is a string, the others absent, `null`
    /// or of their type.
    ///
    /// # Errors
    /// [`OptionsError`] naming the option.
    pub fn check(self) -> Result<WidgetOptions, OptionsError> {
        let context_id =
            optional(self.context_id, "contextId", "a string")?.ok_or(OptionsError::Missing {
                option: "contextId",
            })?;
        let env = optional(self.env, "env", "a string")?
            .filter(|e| !e.trim().is_empty())
            .unwrap_or_else(|| "online".to_owned());
        let base_url =
            optional(self.base_url, "baseUrl", "a string")?.filter(|b| !b.trim().is_empty());
        let legends = optional(self.legends, "legends", "a boolean")?.unwrap_or(false);
        Ok(WidgetOptions {
            context_id,
            env,
            base_url,
            legends,
            look: look(
                self.theme,
                self.variant,
                self.lang,
                self.messages,
                (self.maintenance, self.stuck_after_hours),
            )?,
        })
    }
}

impl WidgetOptions {
    /// The state API URL these options point at.
    ///
    /// # Errors
    /// [`UrlError`] when the context id, env or base URL is invalid.
    pub fn state_url(&self) -> Result<String, UrlError> {
        state_url(&self.env, &self.context_id, self.base_url.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::field::ObjectOf;

    fn read(json: &str) -> Result<WidgetOptions, OptionsError> {
        let ObjectOf(options) = serde_json::from_str::<ObjectOf<MountOptions>>(json).unwrap();
        options
            .map_err(|found| OptionsError::NotAnObject { found })?
            .check()
    }

    #[test]
    fn defaults_fill_what_is_not_given() {
        assert_eq!(
            read(r#"{"contextId":"Cust1"}"#).unwrap(),
            WidgetOptions {
                context_id: "Cust1".into(),
                env: "online".into(),
                base_url: None,
                legends: false,
                look: Look::default(),
            }
        );
        let o = read(r#"{"contextId":"Cust1","env":"sod","baseUrl":" ","legends":true,"other":1}"#)
            .unwrap();
        assert_eq!((o.env.as_str(), o.base_url, o.legends), ("sod", None, true));
    }

    #[test]
    fn wrong_types_name_the_option() {
        let message = |json: &str| read(json).unwrap_err().to_string();
        assert_eq!(message("{}"), "options.contextId: missing");
        assert_eq!(
            message(r#"{"contextId":5}"#),
            "options.contextId: expected a string, got a number"
        );
        assert_eq!(
            message(r#"{"contextId":"Cust1","legends":"yes"}"#),
            "options.legends: expected a boolean, got a string"
        );
        assert_eq!(
            message(r#"{"contextId":"Cust1","baseUrl":{}}"#),
            "options.baseUrl: expected a string, got an object"
        );
        assert_eq!(
            message("[]"),
            "options: expected an object with contextId, got an array"
        );
    }

    fn board(json: &str) -> Result<BoardSettings, OptionsError> {
        serde_json::from_str::<BoardOptions>(json).unwrap().check()
    }

    #[test]
    fn board_options_take_a_list_or_pasted_text() {
        let b = board(r#"{"contextIds":["Cust1","cust2","Cust1","x"],"layout":"Table"}"#).unwrap();
        assert_eq!(b.contexts.ids, ["Cust1", "Cust2"]);
        assert_eq!(b.contexts.invalid.len(), 1);
        assert_eq!((b.env.as_str(), b.layout), ("online", Some(Layout::Table)));
        let b = board(r#"{"contextIds":"Cust1 Cust2\nCust3","env":"sod"}"#).unwrap();
        assert_eq!(b.contexts.ids, ["Cust1", "Cust2", "Cust3"]);
        let message = |json: &str| board(json).unwrap_err().to_string();
        assert_eq!(message("{}"), "options.contextIds: missing");
        let ObjectOf(not_object) = serde_json::from_str::<ObjectOf<BoardOptions>>("5").unwrap();
        assert_eq!(
            not_object
                .map_err(|found| OptionsError::BoardNotAnObject { found })
                .unwrap_err()
                .to_string(),
            "options: expected an object with contextIds, got a number"
        );
        assert_eq!(
            message(r#"{"contextIds":[1]}"#),
            "options.contextIds: expected a string or an array of strings"
        );
        assert_eq!(
            message(r#"{"contextIds":[],"layout":"grid"}"#),
            "options.layout: expected \"table\" or \"cards\", got \"grid\""
        );
    }

    #[test]
    fn theme_and_lang_are_checked_for_widgets_and_boards() {
        let o = read(r#"{"contextId":"Cust1","theme":" Dark ","lang":"nb-no"}"#).unwrap();
        assert_eq!(o.look.theme, Theme::Dark);
        assert_eq!(o.look.theme.data_theme(), Some("dark"));
        assert_eq!(o.look.lang.as_deref(), Some("nb-NO"), "canonical spelling");
        let o = read(r#"{"contextId":"Cust1","theme":"","lang":" "}"#).unwrap();
        assert_eq!(o.look, Look::default());
        assert_eq!(Theme::default().data_theme(), None);
        let b = board(r#"{"contextIds":[],"theme":"light","lang":"de-Latn-DE-1996"}"#).unwrap();
        assert_eq!(
            (b.look.theme, b.look.lang.as_deref()),
            (Theme::Light, Some("de-Latn-DE-1996"))
        );
        let message = |json: &str| read(json).unwrap_err().to_string();
        assert_eq!(
            message(r#"{"contextId":"Cust1","theme":"<style>*{display:none}</style>"}"#),
            "options.theme: expected \"auto\", \"light\" or \"dark\", got \"<style>*{display:none}</style>\""
        );
        assert_eq!(
            message(r#"{"contextId":"Cust1","theme":true}"#),
            "options.theme: expected a string, got a boolean"
        );
        let o = read(r#"{"contextId":"Cust1","variant":" Chip "}"#).unwrap();
        assert_eq!(o.look.variant, Variant::Chip);
        assert_eq!(o.look.variant.as_str(), "chip");
        assert_eq!(Variant::default().as_str(), "card");
        let b = board(r#"{"contextIds":[],"variant":"chip"}"#).unwrap();
        assert_eq!(b.look.variant, Variant::Chip);
        assert_eq!(
            message(r#"{"contextId":"Cust1","variant":"<b>chip</b>"}"#),
            "options.variant: expected \"card\" or \"chip\", got \"<b>chip</b>\""
        );
        assert_eq!(
            message(r#"{"contextId":"Cust1","variant":2}"#),
            "options.variant: expected a string, got a number"
        );
        for hostile in [
            "<img src=x onerror=alert(1)>",
            "en\" onload=\"x",
            "javascript:alert(1)",
            "en_US!",
            "x".repeat(200).as_str(),
        ] {
            let json = serde_json::json!({ "contextId": "Cust1", "lang": hostile }).to_string();
            let error = message(&json);
            assert!(
                error.starts_with("options.lang: expected a BCP 47 language tag"),
                "{error}"
            );
            assert!(
                error.chars().count() < 200,
                "the value is quoted short: {error}"
            );
        }
        assert!(board(r#"{"contextIds":[],"lang":"<b>"}"#)
            .unwrap_err()
            .to_string()
            .starts_with("options.lang:"));
    }
}
