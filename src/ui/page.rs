//! `Page`: the static page. Its settings live in the query string, so any
//! view is a shareable link; the form submits with GET.

use std::time::Duration;

use leptos::prelude::*;
use so_tenant_status_core::board::ContextList;
use so_tenant_status_core::options::Variant;
use so_tenant_status_core::page::{first_answers_in, PageQuery, FIRST_PAINT_WAIT_MS};
use so_tenant_status_core::Env;

use super::{provide_words, words, BoardControl};
use crate::client::lang;

/// The page: a form (environment, context ids, base URL), input problems,
/// the [`Board`] of tenants (worst health first; counts, filter and search
/// with more than one; a table above 12), and the legends (open when one
/// tenant is shown, compact when several).
///
/// The page shows itself once every tenant has its first answer (see
/// [`first_answers_in`]), or after [`FIRST_PAINT_WAIT_MS`] at most: answers
/// that come that quickly are on the first paint, already worst first, with
/// no loading badge flashing by.
#[component]
pub fn Page(
    /// Settings read from the query string.
    query: PageQuery,
) -> impl IntoView {
    // The board's own subscriptions start the checks at once and give the
    // page each tenant's status; the views built when the page shows share
    // them (no extra request).
    let texts = lang::shared(query.lang);
    provide_words(texts.clone());
    let mut control = BoardControl::new(
        query.env.clone(),
        query.base.clone(),
        None,
        query.layout,
        query.filter.clone(),
        query.variant,
        texts,
    );
    // The page offers alerts (desktop notifications) in its toolbar.
    control.data.alerts = true;
    // Invalid ids are among the page's input problems, shown above.
    control.set_ids(ContextList {
        ids: query.contexts.clone(),
        invalid: Vec::new(),
    });
    let data = control.data;

    let shown = RwSignal::new(false);
    // Once a tenant has answered (or failed): what comes from the chunk
    // loaded after the first badge (legends, the title following the
    // worst health, the board's tools) is drawn from then on.
    let answered = RwSignal::new(false);
    let rows = data.rows.clone();
    Effect::new(move |_| {
        if !answered.get_untracked()
            && rows.with(|rows| rows.is_empty() || rows.iter().any(|r| r.status.read().answered()))
        {
            answered.set(true);
        }
        if !shown.get_untracked()
            && rows.with(|rows| first_answers_in(rows.iter().map(|r| r.status.read())))
        {
            shown.set(true);
        }
    });
    set_timeout(
        move || shown.set(true),
        Duration::from_millis(FIRST_PAINT_WAIT_MS),
    );
    let open = query.legends_open();
    let theme = query.theme.data_theme();

    view! {
        <Show when=move || shown.get()>
            <main class="sots-page" data-theme=theme>
                <PageIntro query=query.clone() />
                {crate::ui::later::board(data.clone(), true)}
                {
                    let data = data.clone();
                    move || {
                        answered.get().then(|| {
                            view! {
                                {crate::ui::later::page_title(data.clone())}
                                {crate::ui::later::legends(open)}
                            }
                        })
                    }
                }
            </main>
        </Show>
    }
}

/// Everything above the badges: heading, form, demo note, input problems
/// and the tenant count.
#[component]
fn PageIntro(
    /// Settings read from the query string.
    query: PageQuery,
) -> impl IntoView {
    let texts = words();
    let problems = query.problem_texts(&texts);
    let problems = (!problems.is_empty()).then(|| {
        view! {
            <ul class="sots-page__problems" data-part="input-errors" role="alert">
                {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
        }
    });
    let inspect_href = match &query.lang_asked {
        Some(lang) => format!("?view=notification&lang={lang}"),
        None => "?view=notification".to_owned(),
    };
    let demo = query.demo.then(|| {
        view! { <p class="sots-page__note" data-part="demo-note">{texts.get("page-demo-note")}</p> }
    });
    view! {
        <header class="sots-page__header">
            <h1>{texts.get("page-title")}</h1>
            <p>{texts.get("page-intro")}</p>
        </header>
        <PageForm query=query.clone() />
        <p class="sots-page__note">
            <a href=inspect_href data-part="inspect-link">{texts.get("inspect-link")}</a>
        </p>
        {demo}
        {problems}
    }
}

/// The settings form, refilled from the query; it submits with GET, so the
/// result is a shareable link.
#[component]
fn PageForm(
    /// Settings read from the query string.
    query: PageQuery,
) -> impl IntoView {
    let texts = words();
    let selected = Env::parse(&query.env).ok();
    let options = Env::ALL
        .map(|e| view! { <option value=e.as_str() selected=Some(e) == selected>{e.label(&texts)}</option> })
        .to_vec();
    view! {
        <form class="sots-form" method="get" data-part="form">
            <label>{texts.get("page-env")} " " <select name="env">{options}</select></label>
            <label class="sots-form__wide">
                {texts.get("page-contexts")}
                <textarea
                    name="context"
                    rows="3"
                    placeholder=texts.get("page-contexts-placeholder")
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=query.context_text
                ></textarea>
            </label>
            <label class="sots-form__wide">
                {texts.get("page-base")}
                <input name="base" value=query.base_text placeholder=texts.get("page-base-placeholder") />
            </label>
            {query.theme.data_theme().map(|theme| view! { <input type="hidden" name="theme" value=theme /> })}
            {(query.variant == Variant::Chip).then(|| view! { <input type="hidden" name="variant" value="chip" /> })}
            {query.lang_asked.map(|lang| view! { <input type="hidden" name="lang" value=lang /> })}
            <button type="submit">{texts.get("page-submit")}</button>
        </form>
    }
}
