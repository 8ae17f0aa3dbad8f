//! Writes the core's [`markup`](so_tenant_status_core::markup) into the DOM.
//!
//! `createElement`, `setAttribute` and text nodes only: values from the
//! network are never parsed as HTML. One small function instead of a
//! compiled Leptos view per element shape (see the core module for why).

use std::rc::Rc;

use leptos::prelude::{ArenaItem, LocalStorage, RenderEffect};
use so_tenant_status_core::markup::{Element, Markup};
use wasm_bindgen::JsValue;
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

fn build(document: &Document, element: &Element) -> Result<Node, JsValue> {
    let node = document.create_element(element.tag)?;
    for (name, value) in &element.attrs {
        node.set_attribute(name, value)?;
    }
    for child in &element.children {
        match child {
            Markup::Text(text) => node.append_with_str_1(text)?,
            Markup::Element(child) => {
                node.append_child(&build(document, child)?)?;
            }
        }
    }
    Ok(node.into())
}

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
