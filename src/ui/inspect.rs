//! `Inspector`: the static page's notification inspector
//! (`?view=notification`). A partner pastes a webhook body and sees it
//! decoded by the core ([`inspect`]): the change type with what it means,
//! the tenant, the versions, the `PublicEndpoint`, and the token's claims
//! under a banner saying they are not verified. The textarea is in no
//! form and nothing here fetches: what is pasted never leaves the page.

use leptos::prelude::*;
use so_tenant_status_core::i18n::Lang;
use so_tenant_status_core::inspect::{inspect, Inspection};

use super::{provide_words, words};
use crate::client::lang;

/// The inspector page. DOM hooks: `[data-part=inspector]`, the textarea
/// `[data-part=notification-input]`, `[data-part=inspect-error]`, and the
/// result `[data-part=notification]` (`data-change-type`) with
/// `[data-part=change-type|change-description|guidance|change-badge|
/// context-id|version-name|file-version|public-endpoint]`,
/// `[data-part=warnings]`, `[data-part=token]` holding
/// `[data-part=unverified]`, `[data-part=token-error]`,
/// `[data-part=token-missing]` and `[data-part=claims]`.
#[component]
pub fn Inspector(
    /// The page's language.
    lang: Lang,
    /// `data-theme` (`light` or `dark`); `None` follows the user.
    theme: Option<&'static str>,
    /// Where "back to tenant status" goes.
    back: String,
) -> impl IntoView {
    let texts = lang::shared(lang);
    provide_words(texts.clone());
    let body = RwSignal::new(String::new());
    let result = {
        let texts = texts.clone();
        Memo::new(move |_| body.with(|b| inspect(b, &texts)))
    };
    view! {
        <main class="sots-page sots-inspect" data-theme=theme data-part="inspector">
            <header class="sots-page__header">
                <h1>{texts.get("inspect-title")}</h1>
                <p>{texts.get("inspect-intro")}</p>
                <p><a href=back data-part="back">{texts.get("inspect-back")}</a></p>
            </header>
            <label class="sots-form sots-inspect__input">
                {texts.get("inspect-label")}
                <textarea
                    data-part="notification-input"
                    rows="10"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=texts.get("inspect-placeholder")
                    on:input=move |ev| body.set(event_target_value(&ev))
                ></textarea>
            </label>
            {move || result.get().map(|r| match r {
                Ok(inspection) => view! { <InspectionView inspection=inspection /> }.into_any(),
                Err(error) => view! {
                    <p class="sots-page__problems" data-part="inspect-error" role="alert">{error}</p>
                }.into_any(),
            })}
        </main>
    }
}

/// One `<dt>`/`<dd>` pair; an absent value says "not sent".
#[component]
fn Field(
    /// The `data-part` of the value.
    part: &'static str,
    /// The label's message key.
    label: &'static str,
    /// The value, as text.
    value: Option<String>,
) -> impl IntoView {
    let texts = words();
    let sent = value.is_some();
    view! {
        <dt>{texts.get(label)}</dt>
        <dd data-part=part data-sent=sent.to_string()>{value.unwrap_or_else(|| texts.get("inspect-not-sent"))}</dd>
    }
}

/// A decoded notification.
#[component]
fn InspectionView(
    /// What the core made of the body.
    inspection: Inspection,
) -> impl IntoView {
    let texts = words();
    let Inspection {
        change,
        context_identifier,
        version_name,
        file_version,
        public_endpoint,
        claims,
        token_error,
        token_sent,
        warnings,
    } = inspection;
    let warnings = (!warnings.is_empty()).then(|| {
        view! {
            <div data-part="warnings">
                <h2>{texts.get("inspect-warnings")}</h2>
                <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let token_state = match (token_sent, token_error) {
        (false, _) => {
            view! { <p data-part="token-missing">{texts.get("inspect-token-missing")}</p> }
                .into_any()
        }
        (true, Some(error)) => view! {
            <p class="sots-page__problems" data-part="token-error" role="alert">
                {texts.with("inspect-token-error", &[("error", &error)])}
            </p>
        }
        .into_any(),
        (true, None) => view! {
            <dl class="sots-inspect__claims" data-part="claims">
                {claims.into_iter().map(|(name, value)| {
                    let shown = name.clone();
                    view! {
                        <dt data-claim=name>{shown}</dt>
                        <dd>{value}</dd>
                    }
                }).collect_view()}
            </dl>
        }
        .into_any(),
    };
    let change_name = format!("{} ({})", change.name, change.code);
    view! {
        <section class="sots-inspect__result" data-part="notification" data-change-type=change.name>
            <dl class="sots-inspect__fields">
                <Field part="change-type" label="inspect-change" value=Some(change_name) />
                <Field part="change-description" label="inspect-what" value=Some(change.description) />
                <Field part="guidance" label="inspect-integration" value=Some(change.integration) />
                <Field part="change-badge" label="inspect-badge" value=Some(change.badge) />
                <Field part="context-id" label="inspect-tenant" value=Some(context_identifier) />
                <Field part="version-name" label="inspect-version-name" value=version_name />
                <Field part="file-version" label="inspect-file-version" value=file_version />
                <Field part="public-endpoint" label="inspect-public-endpoint" value=public_endpoint />
            </dl>
            {warnings}
            <section class="sots-inspect__token" data-part="token">
                <h2>{texts.get("inspect-token")}</h2>
                <p class="sots-inspect__banner" data-part="unverified" role="note">{texts.get("inspect-unverified")}</p>
                {token_state}
            </section>
        </section>
    }
}
