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
    let document = parent
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the element is not in a document"))?;
    let fragment = document.create_document_fragment();
    for element in content {
        fragment.append_child(&build(&document, element)?)?;
    }
    parent.set_text_content(None);
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

/// Something that (re)writes an element's children; the parameter of the
/// [`keep_written`] directive.
#[derive(Clone)]
pub struct Writer(pub Rc<dyn Fn(&web_sys::Element)>);

/// A directive (`<article use:keep_written=writer>`): runs `writer` when the
/// element is built, synchronously like the rest of the view, and again
/// whenever the signals it reads change. The effect lives as long as the
/// view's owner.
pub fn keep_written(el: web_sys::Element, writer: Writer) {
    let effect = RenderEffect::new(move |_| (writer.0)(&el));
    ArenaItem::<_, LocalStorage>::new_local(effect);
}
