//! Phase one of loading: YAML text → a small spanned node tree, under explicit budgets.
//!
//! The tree keeps what the typed conversion and the rules need and serde would throw away:
//! every node's span, each scalar's style (so an unquoted NIP is told apart from a quoted
//! one), its raw source text (so `4.500` is read as written) and the comments (for in-place
//! suppressions). Parsing is event-driven and iterative, so no input can overflow the stack.

mod node;
mod parse;

pub use node::{Comment, Document, Entry, Node, NodeKind, Style};
pub use parse::{
    Budget, Comments, ParseError, ParseErrorKind, ParsedFile, SyntaxProblem, parse, parse_with,
};

/// Whether YAML text may spell `c` otherwise than as itself: [`quote`] escapes it, or a
/// single-quoted scalar doubles it (`'`). A text holding none of these appears verbatim in
/// what skp writes, so a search of the file's bytes finds it.
pub fn may_be_escaped(c: char) -> bool {
    matches!(c, '"' | '\\' | '\'') || needs_unicode_escape(c)
}

/// Characters YAML does not allow raw: C0 and C1 controls (tab and line feed among them), DEL,
/// the byte-order mark, line and paragraph separators.
fn needs_unicode_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}')
}

/// `s` as a YAML double-quoted scalar that any YAML 1.2 reader loads back to exactly `s`:
/// quotes and backslashes escaped, and every character YAML does not allow raw (C0 and C1
/// controls, DEL, the byte-order mark, line and paragraph separators) written as `\uXXXX`.
/// Everything skp writes into YAML (ledgers, new SKPs) goes through this.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if needs_unicode_escape(c) => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod quote_tests {
    #[test]
    fn quoted_scalars_load_back_exactly() {
        for s in [
            "plain",
            "with \"quotes\" and \\",
            "a\u{1b}[31mb",
            "del\u{7f}c1\u{9b}",
            "bom\u{feff}",
            "l\u{2028}p",
        ] {
            let text = format!("k: {}\n", super::quote(s));
            let parsed = super::parse(&text, super::Budget::default());
            assert!(parsed.errors.is_empty(), "{s:?}: {:?}", parsed.errors);
            let doc = &parsed.documents[0];
            let crate::yaml::NodeKind::Map(entries) = &doc.root.kind else {
                panic!("not a map")
            };
            assert_eq!(entries[0].value.as_str(), Some(s), "{text}");
        }
    }
}
