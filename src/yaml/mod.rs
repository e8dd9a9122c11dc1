//! Phase one of loading: YAML text → a small spanned node tree, under explicit budgets.
//!
//! The tree keeps what the typed conversion and the rules need and serde would throw away:
//! every node's span, each scalar's style (so an unquoted NIP is told apart from a quoted
//! one), its raw source text (so `4.500` is read as written) and the comments (for in-place
//! suppressions). Parsing is event-driven and iterative, so no input can overflow the stack.

mod node;
mod parse;

pub use node::{Comment, Document, Entry, Node, NodeKind, Style};
pub use parse::{Budget, ParseError, ParseErrorKind, ParsedFile, parse};
