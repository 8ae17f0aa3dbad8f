//! Markup as data: the static inside of badges and legends.
//!
//! The widget shows a few dozen kinds of elements. Written as Leptos `view!`
//! markup, every distinct element shape becomes its own compiled type (the
//! badge body alone cost 13 KB of gzipped wasm); described as data, they are
//! all written by one small DOM writer in the widget (`ui::markup`), with
//! `createElement`, `setAttribute` and text nodes: never HTML parsing, so
//! values from the network stay text. Reactive parts (the badge itself, its
//! `data-*` hooks, the ticking "checked … ago" line) stay Leptos views.
//!
//! Being data, the structure is tested natively here.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::borrow::Cow;

/// Text in markup: a `&'static str` of the widget's own (class names, labels)
/// is kept borrowed, so the DOM writer can reuse its JS string; text from
/// data is owned.
pub type Text = Cow<'static, str>;

/// A child: text or an element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Markup {
    /// A text node (shown as is, never parsed as HTML).
    Text(Text),
    /// An element.
    Element(Element),
}

/// An element: tag, attributes in order, children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// The tag name (`p`, `span`, ...).
    pub tag: &'static str,
    /// Attributes in the order they are set; a boolean attribute that is on
    /// has an empty value.
    pub attrs: Vec<(&'static str, Text)>,
    /// Child nodes in order.
    pub children: Vec<Markup>,
}

impl Element {
    /// An empty element.
    pub fn new(tag: &'static str) -> Element {
        Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Adds an attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<Text>) -> Element {
        self.attrs.push((name, value.into()));
        self
    }

    /// Adds a boolean attribute (`disabled`, `open`, ...) when `on`.
    pub fn flag(self, name: &'static str, on: bool) -> Element {
        if on {
            self.attr(name, "")
        } else {
            self
        }
    }

    /// Adds `class`.
    pub fn class(self, value: impl Into<Text>) -> Element {
        self.attr("class", value)
    }

    /// Adds `data-part`, the widget's DOM test hook.
    pub fn part(self, value: impl Into<Text>) -> Element {
        self.attr("data-part", value)
    }

    /// Appends a text node.
    pub fn text(mut self, text: impl Into<Text>) -> Element {
        self.children.push(Markup::Text(text.into()));
        self
    }

    /// Appends an element.
    pub fn child(mut self, child: Element) -> Element {
        self.children.push(Markup::Element(child));
        self
    }

    /// Appends an element when there is one.
    pub fn child_opt(self, child: Option<Element>) -> Element {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// Appends elements.
    pub fn children(mut self, children: impl IntoIterator<Item = Element>) -> Element {
        self.children
            .extend(children.into_iter().map(Markup::Element));
        self
    }

    /// The value of attribute `name`, if set.
    pub fn get_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_ref())
    }

    /// All text inside, in document order (like the DOM's `textContent`).
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        for child in &self.children {
            match child {
                Markup::Text(t) => out.push_str(t),
                Markup::Element(e) => e.collect_text(out),
            }
        }
    }

    /// The first element at or under this one (document order) whose
    /// `data-part` is `part`.
    pub fn find_part(&self, part: &str) -> Option<&Element> {
        if self.get_attr("data-part") == Some(part) {
            return Some(self);
        }
        self.children.iter().find_map(|c| match c {
            Markup::Element(e) => e.find_part(part),
            Markup::Text(_) => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_in_order_and_reads_back() {
        let e = Element::new("p")
            .class("a")
            .part("x")
            .flag("hidden", false)
            .flag("open", true)
            .text("one ")
            .child(Element::new("span").part("y").text("two"))
            .child_opt(None)
            .children([Element::new("b").text("!")]);
        assert_eq!(
            e.attrs,
            [
                ("class", Text::from("a")),
                ("data-part", Text::from("x")),
                ("open", Text::from(""))
            ]
        );
        assert_eq!(e.text_content(), "one two!");
        assert_eq!(e.find_part("y").map(|s| s.tag), Some("span"));
        assert_eq!(e.find_part("z"), None);
        assert_eq!(e.get_attr("hidden"), None);
    }
}
