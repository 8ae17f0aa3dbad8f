//! Writes the core's [`markup`](so_tenant_status_core::markup) into the DOM.
//!
//! `createElement`, `setAttribute` and text nodes only: values from the
//! network are never parsed as HTML. One small function instead of a
//! compiled Leptos view per element shape (see the core module for why).

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::{ArenaItem, LocalStorage, RenderEffect};
use so_tenant_status_core::markup::{Element, Markup, Text};
use wasm_bindgen::prelude::*;

use crate::client::keyed::SortedMap;
use web_sys::{Document, Node};

/// Replaces the children of `parent` with `content`.
///
/// # Errors
/// When the DOM refuses an operation (an invalid tag or attribute name,
/// which the core never produces).
pub fn replace_children(parent: &web_sys::Element, content: &[Element]) -> Result<(), JsValue> {
    parent.set_text_content(None);
    append(parent, content)
}

/// Appends `content` to the children of `parent`.
///
/// # Errors
/// As [`replace_children`].
pub fn append(parent: &web_sys::Element, content: &[Element]) -> Result<(), JsValue> {
    let document = parent
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the element is not in a document"))?;
    let fragment = document.create_document_fragment();
    for element in content {
        fragment.append_child(&build(&document, element)?)?;
    }
    parent.append_child(&fragment)?;
    Ok(())
}

/// Sets (`Some`) or removes (`None`) one attribute of `element`; the
/// widget's own texts cross into JS once.
///
/// # Errors
/// As [`replace_children`].
pub fn set_attribute(
    element: &web_sys::Element,
    name: &'static str,
    value: Option<&Text>,
) -> Result<(), JsValue> {
    let dom = element.unchecked_ref::<Dom>();
    match value {
        Some(value) => dom.set_attribute(&js_text(name), &js_value(value)),
        None => dom.remove_attribute(&js_text(name)),
    }
}

fn build(document: &Document, element: &Element) -> Result<Node, JsValue> {
    let node = document
        .unchecked_ref::<Dom>()
        .create_element(&js_text(element.tag))?;
    let dom = node.unchecked_ref::<Dom>();
    for (name, value) in &element.attrs {
        dom.set_attribute(&js_text(name), &js_value(value))?;
    }
    for child in &element.children {
        match child {
            Markup::Text(text) => dom.append_text(&js_value(text))?,
            Markup::Element(child) => {
                node.append_child(&build(document, child)?)?;
            }
        }
    }
    Ok(node.into())
}

#[wasm_bindgen]
extern "C" {
    /// A document or an element, for the DOM calls of `build` that take JS
    /// strings already made.
    type Dom;
    #[wasm_bindgen(method, catch, js_name = createElement)]
    fn create_element(this: &Dom, tag: &JsValue) -> Result<web_sys::Element, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setAttribute)]
    fn set_attribute(this: &Dom, name: &JsValue, value: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = removeAttribute)]
    fn remove_attribute(this: &Dom, name: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = append)]
    fn append_text(this: &Dom, text: &JsValue) -> Result<(), JsValue>;
}

thread_local! {
    /// JS strings of the widget's own `&'static str`s (tags, attribute
    /// names, class names, labels), by address: each crosses into JS once
    /// instead of once per element. A few hundred at most.
    static JS_TEXT: RefCell<SortedMap<(usize, usize), JsValue>> = RefCell::default();
}

/// The JS string of one of the widget's own texts (made once).
fn js_text(text: &'static str) -> JsValue {
    let key = (text.as_ptr() as usize, text.len());
    JS_TEXT.with_borrow_mut(|cache| {
        cache
            .get_or_insert_with(key, || JsValue::from_str(text))
            .map_or_else(|| JsValue::from_str(text), |v| v.clone())
    })
}

/// The JS string of markup text: shared when it is the widget's own.
fn js_value(text: &Text) -> JsValue {
    match text {
        Cow::Borrowed(text) => js_text(text),
        Cow::Owned(text) => JsValue::from_str(text),
    }
}

/// The view children of an element whose inside a [`Writer`] owns: nothing
/// at all. (Leaving the element empty in `view!` gives it `()` children,
/// which tachys builds as a placeholder comment: one more node per badge to
/// create, style and lay out.)
pub const NO_CHILDREN: [(); 0] = [];

/// Something that (re)writes an element or its children; see the
/// [`keep_written`] directive.
#[derive(Clone)]
pub struct Writer(pub Rc<dyn Fn(&web_sys::Element)>);

/// A directive (`<article use:keep_written=vec![writer, ...]>`): runs each
/// writer, in order, when the element is built (synchronously like the rest
/// of the view), and each again whenever the signals it reads change. Each
/// writer is its own effect, living as long as the view's owner.
pub fn keep_written(el: web_sys::Element, writers: Vec<Writer>) {
    for writer in writers {
        let el = el.clone();
        let effect = RenderEffect::new(move |_| (writer.0)(&el));
        ArenaItem::<_, LocalStorage>::new_local(effect);
    }
}

/// A directive (`<main use:write_first=content>`): writes `content` into the
/// element when it is built, before the view's own children (which tachys
/// appends after the element's attributes and directives). Written once.
pub fn write_first(el: web_sys::Element, content: Rc<Vec<Element>>) {
    // The core's markup is always valid for the DOM.
    let _ = append(&el, &content);
}
