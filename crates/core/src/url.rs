//! State API URLs and link safety.

use crate::error::quoted;

/// A SuperOffice Online environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Env {
    /// `sod`: development.
    Sod,
    /// `qaonline`: stage (older docs say `stage`).
    QaOnline,
    /// `online`: production.
    Online,
}

impl Env {
    /// Every environment.
    pub const ALL: [Env; 3] = [Env::Sod, Env::QaOnline, Env::Online];

    /// Parses `sod`, `qaonline`, `online` or the alias `stage` (ASCII case ignored).
    ///
    /// # Errors
    /// [`UrlError::Env`] for anything else.
    pub fn parse(text: &str) -> Result<Env, UrlError> {
        match text.to_ascii_lowercase().as_str() {
            "sod" => Ok(Env::Sod),
            "qaonline" | "stage" => Ok(Env::QaOnline),
            "online" => Ok(Env::Online),
            _ => Err(UrlError::Env(text.to_owned())),
        }
    }

    /// The sub-domain, e.g. `qaonline`.
    pub fn as_str(self) -> &'static str {
        match self {
            Env::Sod => "sod",
            Env::QaOnline => "qaonline",
            Env::Online => "online",
        }
    }

    /// A human label in `texts`' language: "Production (online)".
    pub fn label(self, texts: &crate::i18n::Texts) -> String {
        texts.get(&format!("page-env-{}", self.as_str()))
    }
}

/// Why a state API URL could not be built. Messages name the parameter
/// ([`UrlError::message`]; `Display` is the English one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlError {
    /// Unknown environment.
    Env(String),
    /// The context id is not `Cust` followed by 1-10 digits.
    ContextId(String),
    /// The base URL is not acceptable.
    BaseUrl(BaseUrlProblem),
}

/// What is wrong with a base URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseUrlProblem {
    /// Not `http://` or `https://`.
    NotHttp,
    /// Spaces, control characters or backslashes.
    Characters,
    /// A `?query` or `#fragment`.
    QueryOrFragment,
    /// `user@`.
    UserInfo,
    /// Not a plain host name and port.
    NotAHost,
    /// `.`, `..`, `//` or `%` in the path.
    Path,
}

impl UrlError {
    /// What is wrong, naming the parameter, in `texts`' language (the
    /// parameter's name and the value as given stay as they are).
    pub fn message(&self, texts: &crate::i18n::Texts) -> String {
        match self {
            UrlError::Env(value) => texts.with("input-env", &[("value", &quoted(value))]),
            UrlError::ContextId(value) => {
                texts.with("input-context-id", &[("value", &quoted(value))])
            }
            UrlError::BaseUrl(problem) => texts.get(match problem {
                BaseUrlProblem::NotHttp => "input-base-url-not-http",
                BaseUrlProblem::Characters => "input-base-url-characters",
                BaseUrlProblem::QueryOrFragment => "input-base-url-query",
                BaseUrlProblem::UserInfo => "input-base-url-user-info",
                BaseUrlProblem::NotAHost => "input-base-url-host",
                BaseUrlProblem::Path => "input-base-url-path",
            }),
        }
    }
}

/// [`UrlError::message`] in English.
impl std::fmt::Display for UrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Texts::english()))
    }
}

impl std::error::Error for UrlError {}

/// Checks a context identifier: `Cust` followed by 1 to 10 ASCII digits.
///
/// # Errors
/// [`UrlError::ContextId`] for anything else (spaces, `/`, `%`, `..`, ...).
pub fn validate_context_id(id: &str) -> Result<&str, UrlError> {
    let digits = id.strip_prefix("Cust").unwrap_or_default();
    if (1..=10).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(id)
    } else {
        Err(UrlError::ContextId(id.to_owned()))
    }
}

/// Splits `scheme://rest` with a case-insensitive `http`/`https` scheme.
fn split_http(url: &str) -> Option<(&'static str, &str)> {
    let (scheme, rest) = url.split_once(':')?;
    let rest = rest.strip_prefix("//")?;
    let scheme = if scheme.eq_ignore_ascii_case("https") {
        "https"
    } else if scheme.eq_ignore_ascii_case("http") {
        "http"
    } else {
        return None;
    };
    Some((scheme, rest))
}

/// Whether the host part (`name` or `name:port`) is plain: letters, digits,
/// dots, hyphens, an optional numeric port, or a bracketed IPv6 literal.
fn plain_authority(authority: &str) -> bool {
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        match v6.split_once(']') {
            Some((addr, rest)) if addr.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') => {
                (addr, rest.strip_prefix(':'))
            }
            _ => return false,
        }
    } else {
        match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b':');
    let port_ok =
        port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    host_ok && port_ok
}

/// Whether the text is an absolute `http:`/`https:` URL with a plain host and
/// no white space or control characters.
pub fn is_absolute_http_url(text: &str) -> bool {
    let Some((_, rest)) = split_http(text) else {
        return false;
    };
    let refused = if text.is_ascii() {
        // The usual case, byte by byte: controls, space, DEL, backslash.
        text.bytes().any(|b| b <= b' ' || b == 0x7f || b == b'\\')
    } else {
        text.chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    };
    if refused {
        return false;
    }
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let authority = rest.get(..end).unwrap_or_default();
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    plain_authority(host)
}

/// Checks and normalises a base URL that replaces `https://{env}.superoffice.com`:
/// `http` or `https`, a plain host, an optional path, no user info, query or
/// fragment. A trailing slash is dropped.
///
/// # Errors
/// [`UrlError::BaseUrl`] naming the problem.
pub fn normalise_base_url(base: &str) -> Result<String, UrlError> {
    let base = base.trim();
    let (scheme, rest) = split_http(base).ok_or(UrlError::BaseUrl(BaseUrlProblem::NotHttp))?;
    if base
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(UrlError::BaseUrl(BaseUrlProblem::Characters));
    }
    if base.contains('?') || base.contains('#') {
        return Err(UrlError::BaseUrl(BaseUrlProblem::QueryOrFragment));
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => (
            rest.get(..i).unwrap_or_default(),
            rest.get(i..).unwrap_or_default(),
        ),
        None => (rest, ""),
    };
    if authority.contains('@') {
        return Err(UrlError::BaseUrl(BaseUrlProblem::UserInfo));
    }
    if !plain_authority(authority) {
        return Err(UrlError::BaseUrl(BaseUrlProblem::NotAHost));
    }
    let path = path.trim_end_matches('/');
    if path.split('/').any(|seg| seg == "." || seg == "..")
        || path.contains('%')
        || path.as_bytes().windows(2).any(|w| w == b"//")
    {
        return Err(UrlError::BaseUrl(BaseUrlProblem::Path));
    }
    Ok(format!(
        "{scheme}://{}{path}",
        authority.to_ascii_lowercase()
    ))
}

/// Builds the state API URL: `https://{env}.superoffice.com/api/state/{contextId}`,
/// or `{baseUrl}/api/state/{contextId}` when a base URL is given. An empty
/// base URL counts as none.
///
/// # Errors
/// [`UrlError`] naming the argument that is wrong.
pub fn state_url(env: &str, context_id: &str, base_url: Option<&str>) -> Result<String, UrlError> {
    let env = Env::parse(env)?;
    let context_id = validate_context_id(context_id)?;
    let base = match base_url.map(str::trim).filter(|b| !b.is_empty()) {
        Some(b) => normalise_base_url(b)?,
        None => format!("https://{}.superoffice.com", env.as_str()),
    };
    Ok(format!("{base}/api/state/{context_id}"))
}

/// Returns the URL when it is safe to render as a link: `https:`, on
/// `superoffice.com` or one of its sub-domains, no user info, nothing a
/// browser could read as another host. Otherwise `None` (show it as text).
pub fn safe_link(url: &str) -> Option<&str> {
    let (scheme, rest) = split_http(url)?;
    if scheme != "https"
        || url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') || !plain_authority(authority) {
        return None;
    }
    let host = authority
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let host = host.strip_suffix('.').unwrap_or(&host);
    (host == "superoffice.com" || host.ends_with(".superoffice.com")).then_some(url)
}

/// The host of an absolute `http:`/`https:` URL, lower-cased, without
/// user info or port (`https://sod3.superoffice.com/Cust1` gives
/// `sod3.superoffice.com`); `None` for anything else. For display only
/// ("moved from … to …"), never for deciding what is safe.
pub fn url_host(url: &str) -> Option<String> {
    let (_, rest) = split_http(url.trim())?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let authority = authority.rsplit('@').next().unwrap_or_default();
    let host = if authority.starts_with('[') {
        authority.split_inclusive(']').next().unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default()
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_urls() {
        assert_eq!(
            url_host("https://SOD3.superoffice.com/Cust1/api").as_deref(),
            Some("sod3.superoffice.com")
        );
        assert_eq!(
            url_host("http://u:p@127.0.0.1:8787").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(url_host("https://[::1]:8080/x").as_deref(), Some("[::1]"));
        assert_eq!(url_host("javascript:alert(1)"), None);
        assert_eq!(url_host("https:///x"), None);
    }

    #[test]
    fn absolute_urls() {
        assert!(is_absolute_http_url(
            "https://online2.superoffice.com/Cust12345"
        ));
        assert!(is_absolute_http_url("http://127.0.0.1:8787/x"));
        assert!(!is_absolute_http_url("javascript:alert(1)"));
        assert!(!is_absolute_http_url("/relative"));
        assert!(!is_absolute_http_url("https://"));
        assert!(!is_absolute_http_url("https://a b.com"));
        // Byte checks for ASCII text, character checks otherwise.
        for refused in [
            "https://a.com/\x7f",
            "https://a.com/a\\b",
            "https://a.com/\t",
            "https://a.com/\u{a0}é",
            "https://a.com/\u{2028}",
            "https://a.com/\u{85}",
        ] {
            assert!(!is_absolute_http_url(refused), "{refused:?}");
        }
        assert!(is_absolute_http_url("https://a.com/é?q=ü#frag"));
        assert!(is_absolute_http_url("https://user@a.com:8080/p"));
        assert!(!is_absolute_http_url("https://a.com@/p"));
    }
}
