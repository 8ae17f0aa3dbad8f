//! The static page's settings: read from the query string
//! (`?env=sod&context=Cust1,Cust2&base=http://127.0.0.1:8787`), so that any
//! view is a shareable link. No parameters at all opens the demo.

use crate::board::{parse_context_list, Filter, Layout};
use crate::i18n::{Lang, Texts};
use crate::options::{check_lang, OptionsError, Theme, Variant};
use crate::status::TenantStatus;
use crate::url::{normalise_base_url, Env, UrlError};

/// Demo tenants served by the local mock state API: one per documented state
/// (`Cust1000` + the state's code), an unrecognised state, a hostile payload,
/// every fault scenario, and a tenant that moves after its first answer.
pub const DEMO_CONTEXTS: [&str; 25] = [
    "Cust1000", "Cust1001", "Cust1002", "Cust1003", "Cust1004", "Cust1005", "Cust1006", "Cust1008",
    "Cust1010", "Cust1011", "Cust1012", "Cust1099", "Cust6660", "Cust4040", "Cust4211", "Cust4212",
    "Cust4210", "Cust4290", "Cust5000", "Cust5030", "Cust7001", "Cust7002", "Cust7003", "Cust7004",
    "Cust7005",
];

/// How long the page waits for its tenants' first answers before it shows
/// itself anyway (checks still on their way then show as loading). Answers
/// that come sooner are on the first paint: no loading badge flashes, and
/// the badges are already worst first.
pub const FIRST_PAINT_WAIT_MS: u64 = 100;

/// Whether the page can show itself before [`FIRST_PAINT_WAIT_MS`]: every
/// tenant has its first answer (a state or a failure). No tenants (only
/// input problems) is ready at once.
pub fn first_answers_in<S>(statuses: impl IntoIterator<Item = S>) -> bool
where
    S: core::ops::Deref<Target = TenantStatus>,
{
    statuses.into_iter().all(|s| s.answered())
}

/// What the page should show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageQuery {
    /// The environment name as given (validated when URLs are built).
    pub env: String,
    /// Valid context ids, in the order given.
    pub contexts: Vec<String>,
    /// Invalid ids, a bad base URL, an unknown env: shown (in the page's
    /// language, see [`PageQuery::problem_texts`]), never requested.
    pub input_problems: Vec<UrlError>,
    /// Other problems with the parameters (`?theme=`, `?variant=`,
    /// `?lang=`), naming the parameter, in English.
    pub problems: Vec<String>,
    /// No context ids were given (and nothing else was wrong): the page
    /// asks for some, in its language.
    pub no_contexts: bool,
    /// The normalised base URL, if any.
    pub base: Option<String>,
    /// The raw `context` text, to refill the form.
    pub context_text: String,
    /// The raw `base` text, to refill the form.
    pub base_text: String,
    /// Whether this is the demo (no parameters at all).
    pub demo: bool,
    /// `?layout=table|cards`, when given (see [`Layout::or_default`]).
    pub layout: Option<Layout>,
    /// `?health=` and `?q=`: the board's filter and search.
    pub filter: Filter,
    /// `?theme=auto|light|dark` (see [`PageQuery::with_look`]).
    pub theme: Theme,
    /// `?variant=card|chip`: how the cards layout draws each tenant.
    pub variant: Variant,
    /// `?lang=`, else the browser's languages (see [`PageQuery::with_lang`]).
    pub lang: Lang,
    /// `?lang=` as asked (canonical), kept by the form.
    pub lang_asked: Option<String>,
}

impl PageQuery {
    /// Builds the page settings from the query parameters. `origin` is the
    /// page's own origin, the demo's base URL (where the mock answers).
    pub fn from_params(
        env: Option<&str>,
        context: Option<&str>,
        base: Option<&str>,
        origin: &str,
    ) -> PageQuery {
        if env.is_none() && context.is_none() && base.is_none() {
            return PageQuery {
                env: "sod".into(),
                contexts: DEMO_CONTEXTS.iter().map(|s| (*s).to_owned()).collect(),
                input_problems: vec![],
                problems: vec![],
                no_contexts: false,
                base: Some(origin.trim_end_matches('/').to_owned()),
                context_text: DEMO_CONTEXTS.join(","),
                base_text: String::new(),
                demo: true,
                layout: None,
                filter: Filter::default(),
                theme: Theme::Auto,
                variant: Variant::Card,
                lang: Lang::En,
                lang_asked: None,
            };
        }
        let env = env
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .unwrap_or("online")
            .to_owned();
        let mut input_problems = Vec::new();
        if let Err(e) = Env::parse(&env) {
            input_problems.push(e);
        }
        let context_text = context.unwrap_or_default().to_owned();
        let list = parse_context_list(&context_text);
        let mut contexts = list.ids;
        input_problems.extend(list.invalid.into_iter().map(|(_, reason)| reason));
        let no_contexts = contexts.is_empty() && input_problems.is_empty();
        let base_text = base.unwrap_or_default().trim().to_owned();
        let base = if base_text.is_empty() {
            None
        } else {
            match normalise_base_url(&base_text) {
                Ok(b) => Some(b),
                Err(e) => {
                    input_problems.push(e);
                    contexts.clear();
                    None
                }
            }
        };
        if Env::parse(&env).is_err() {
            contexts.clear();
        }
        PageQuery {
            env,
            contexts,
            input_problems,
            problems: Vec::new(),
            no_contexts,
            base,
            context_text,
            base_text,
            demo: false,
            layout: None,
            filter: Filter::default(),
            theme: Theme::Auto,
            variant: Variant::Card,
            lang: Lang::En,
            lang_asked: None,
        }
    }

    /// Adds the board's parameters: `?layout=`, `?health=`, `?q=` (the
    /// demo takes them too).
    pub fn with_board(
        mut self,
        layout: Option<&str>,
        health: Option<&str>,
        search: Option<&str>,
    ) -> PageQuery {
        self.layout = layout.and_then(Layout::parse);
        self.filter = Filter::from_params(health, search);
        self
    }

    /// Adds `?theme=` and `?variant=` (the demo takes them too). A value
    /// that is not one is an input problem shown on the page, and the
    /// default is used; the tenants are still shown (these are only how
    /// they look).
    pub fn with_look(mut self, theme: Option<&str>, variant: Option<&str>) -> PageQuery {
        match Theme::parse(theme.unwrap_or_default()) {
            Ok(theme) => self.theme = theme,
            Err(e) => self.problems.push(page_problem(e)),
        }
        match Variant::parse(variant.unwrap_or_default()) {
            Ok(variant) => self.variant = variant,
            Err(e) => self.problems.push(page_problem(e)),
        }
        self
    }

    /// Adds `?lang=` (the demo takes it too): the page's language, else
    /// the first of `navigator` (the browser's `navigator.languages`) the
    /// widget speaks, else English ([`Lang::resolve`]: the page itself
    /// carries no `lang` of the host's). A malformed tag is an input
    /// problem and is passed over.
    pub fn with_lang(mut self, lang: Option<&str>, navigator: &[String]) -> PageQuery {
        let asked = match check_lang(lang.unwrap_or_default()) {
            Ok(asked) => asked,
            Err(e) => {
                self.problems.push(page_problem(e));
                None
            }
        };
        self.lang = Lang::resolve(asked.as_deref(), None, None, navigator);
        self.lang_asked = asked;
        self
    }

    /// The input problems as the page shows them: the request for context
    /// ids and [`PageQuery::input_problems`] in `texts`' language, then
    /// [`PageQuery::problems`].
    pub fn problem_texts(&self, texts: &Texts) -> Vec<String> {
        let ask = self.no_contexts.then(|| texts.get("page-no-contexts"));
        ask.into_iter()
            .chain(self.input_problems.iter().map(|p| p.message(texts)))
            .chain(self.problems.iter().cloned())
            .collect()
    }

    /// The layout to open with: as asked, else a table above
    /// [`crate::board::TABLE_ABOVE`] tenants.
    pub fn layout(&self) -> Layout {
        Layout::or_default(self.layout, self.contexts.len())
    }

    /// Whether the legends start open: one tenant (or none) on the page.
    pub fn legends_open(&self) -> bool {
        self.contexts.len() <= 1
    }
}

/// An option's problem as the page says it: `theme: expected …` (the
/// page has parameters, not `options.`).
fn page_problem(error: OptionsError) -> String {
    match error {
        OptionsError::Invalid { option, problem } => format!("{option}: {problem}"),
        other => other.to_string(),
    }
}
