use std::collections::HashMap;

use granit_parser::{ErrorKind, Event, Marker, Parser, ScalarStyle, ScanError, Tag};

pub use crate::base::SyntaxProblem;

use super::node::{Comment, Document, Entry, Node, NodeKind, Style};
use crate::diag::Span;

/// Resource limits for one file. Generous for real plans (an agency-wide Renstra, a ledger of
/// tens of thousands of entries) and small enough that hostile input fails fast.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Nesting of collections. Real plans nest about 8 deep.
    pub max_depth: usize,
    /// Nodes in a file, counting every alias expansion.
    pub max_nodes: usize,
    /// Alias uses in a file.
    pub max_aliases: usize,
    /// Documents (`---`) in a file.
    pub max_documents: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            max_depth: 64,
            max_nodes: 2_000_000,
            max_aliases: 1_000,
            max_documents: 100,
        }
    }
}

/// Refuses a tag other than the core one (`core`: `str`, `seq` or `map`) that merely says what
/// the node already is: skp reads values by its own rules, and another tag (`!!float`,
/// `!!null`, a local `!x`) would make it read a value differently from every other YAML
/// reader.
fn supported_tag(tag: Option<&Tag>, core: &str, span: Span) -> Result<(), ParseError> {
    match tag {
        None => Ok(()),
        Some(t) if t.core_suffix() == Some(core) => Ok(()),
        // The non-specific `!`: a scalar is text, a collection what it is.
        Some(t) if t.original_handle().is_empty() && t.suffix() == "!" => Ok(()),
        Some(t) => Err(ParseError {
            kind: ParseErrorKind::Syntax(SyntaxProblem::Tag(format!(
                "{}{}",
                t.original_handle(),
                t.suffix()
            ))),
            span,
        }),
    }
}

/// The problem the parser's error names (see [`SyntaxProblem`]).
fn syntax_problem(kind: &ErrorKind) -> SyntaxProblem {
    match kind {
        ErrorKind::UnclosedQuotedScalar => SyntaxProblem::UnclosedQuote,
        ErrorKind::UnclosedFlowCollection { open } => SyntaxProblem::UnclosedBracket(*open),
        ErrorKind::MismatchedFlowCollectionEnd { open, close } => {
            SyntaxProblem::MismatchedBracket {
                open: *open,
                close: *close,
            }
        }
        ErrorKind::MisplacedFlowCollectionEnd => SyntaxProblem::MisplacedBracket,
        ErrorKind::UnexpectedEof
        | ErrorKind::UnexpectedEofFlowSequence
        | ErrorKind::UnexpectedEofFlowMapping
        | ErrorKind::UnexpectedEofImplicitFlowMapping
        | ErrorKind::UnexpectedEofBlockSequence
        | ErrorKind::UnexpectedEofBlockMapping => SyntaxProblem::UnexpectedEnd,
        ErrorKind::MappingValueNotAllowed | ErrorKind::InvalidColonPlacement => {
            SyntaxProblem::ColonNotAllowed
        }
        ErrorKind::ExpectedBlockMappingKey => SyntaxProblem::ExpectedKey,
        ErrorKind::SimpleKeyExpected | ErrorKind::InvalidSimpleKey => SyntaxProblem::ExpectedColon,
        ErrorKind::ExpectedFlowMappingSeparator | ErrorKind::ExpectedFlowSequenceSeparator => {
            SyntaxProblem::ExpectedSeparator
        }
        ErrorKind::ExpectedBlockSequenceEntry => SyntaxProblem::ExpectedListItem,
        ErrorKind::InvalidIndentation
        | ErrorKind::InvalidFlowScalarIndent
        | ErrorKind::InvalidQuotedScalarIndent
        | ErrorKind::InvalidBlockScalarIndent => SyntaxProblem::InvalidIndentation,
        ErrorKind::UnexpectedCharacter { character } => {
            SyntaxProblem::UnexpectedCharacter(*character)
        }
        ErrorKind::CommentNotSeparated => SyntaxProblem::CommentNotSeparated,
        ErrorKind::InvalidMappingValueWhitespace => SyntaxProblem::SpaceAfterColon,
        ErrorKind::InvalidBlockEntryWhitespace => SyntaxProblem::SpaceAfterDash,
        ErrorKind::UnknownAnchor => SyntaxProblem::UnknownAnchor,
        k => SyntaxProblem::Other(k.to_string()),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParseErrorKind {
    /// The text is not valid YAML; carries the parser's description (English).
    Syntax(SyntaxProblem),
    /// Tabs used for indentation: worth its own help text.
    Tab,
    Depth(usize),
    Nodes(usize),
    Aliases(usize),
    Documents(usize),
}

impl ParseErrorKind {
    pub fn is_budget(&self) -> bool {
        matches!(
            self,
            ParseErrorKind::Depth(_)
                | ParseErrorKind::Nodes(_)
                | ParseErrorKind::Aliases(_)
                | ParseErrorKind::Documents(_)
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    pub span: Span,
}

/// The result of parsing one file: its complete documents, comments, and errors. A document
/// cut short by an error is dropped; parsing resumes at the next `---` when it can.
#[derive(Debug, Default)]
pub struct ParsedFile {
    pub documents: Vec<Document>,
    pub comments: Vec<Comment>,
    pub errors: Vec<ParseError>,
}

enum Frame {
    Seq {
        items: Vec<Node>,
        start: Span,
        anchor: usize,
        nodes_at_start: usize,
    },
    Map {
        entries: Vec<Entry>,
        key: Option<Node>,
        start: Span,
        anchor: usize,
        nodes_at_start: usize,
    },
}

struct Builder {
    budget: Budget,
    stack: Vec<Frame>,
    root: Option<Node>,
    anchors: HashMap<usize, (Node, usize)>,
    nodes: usize,
    aliases: usize,
}

fn marker_span(src: &str, start: &Marker, end: &Marker) -> Span {
    let lo = start
        .byte_offset()
        .unwrap_or_else(|| char_to_byte(src, start.index()));
    let hi = end
        .byte_offset()
        .unwrap_or_else(|| char_to_byte(src, end.index()));
    Span {
        lo: lo as u32,
        hi: hi.max(lo) as u32,
    }
}

fn char_to_byte(src: &str, chars: usize) -> usize {
    src.char_indices().nth(chars).map_or(src.len(), |(b, _)| b)
}

impl Builder {
    fn new(budget: Budget) -> Self {
        Builder {
            budget,
            stack: Vec::new(),
            root: None,
            anchors: HashMap::new(),
            nodes: 0,
            aliases: 0,
        }
    }

    fn reset_document(&mut self) {
        self.stack.clear();
        self.root = None;
        self.anchors.clear();
    }

    fn count(&mut self, n: usize, span: Span) -> Result<(), ParseError> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > self.budget.max_nodes {
            return Err(ParseError {
                kind: ParseErrorKind::Nodes(self.budget.max_nodes),
                span,
            });
        }
        Ok(())
    }

    /// Places a finished node into its parent (or as the document root).
    fn push(&mut self, node: Node, anchor: usize, size: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), size));
        }
        match self.stack.last_mut() {
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => *key = Some(node),
                Some(k) => entries.push(Entry {
                    key: k,
                    value: node,
                }),
            },
            None => self.root = Some(node),
        }
    }

    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), ParseError> {
        match event {
            Event::Scalar(value, style, anchor, tag) => {
                self.count(1, span)?;
                let style = match style {
                    // `!!str 1990…` is text, as a quoted scalar is (any other tag is refused
                    // below).
                    ScalarStyle::Plain if tag.is_some() => Style::DoubleQuoted,
                    ScalarStyle::Plain => Style::Plain,
                    ScalarStyle::SingleQuoted => Style::SingleQuoted,
                    ScalarStyle::DoubleQuoted => Style::DoubleQuoted,
                    ScalarStyle::Literal => Style::Literal,
                    ScalarStyle::Folded => Style::Folded,
                };
                supported_tag(tag.as_deref(), "str", span)?;
                let node = Node {
                    kind: NodeKind::Scalar {
                        value: value.into_owned(),
                        style,
                    },
                    span,
                };
                self.push(node, anchor, 1);
            }
            Event::SequenceStart(_, anchor, tag) => {
                self.count(1, span)?;
                supported_tag(tag.as_deref(), "seq", span)?;
                self.stack.push(Frame::Seq {
                    items: Vec::new(),
                    start: span,
                    anchor,
                    nodes_at_start: self.nodes,
                });
                self.check_depth(span)?;
            }
            Event::MappingStart(_, anchor, tag) => {
                self.count(1, span)?;
                supported_tag(tag.as_deref(), "map", span)?;
                self.stack.push(Frame::Map {
                    entries: Vec::new(),
                    key: None,
                    start: span,
                    anchor,
                    nodes_at_start: self.nodes,
                });
                self.check_depth(span)?;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = self.stack.pop() else {
                    return Ok(());
                };
                let (kind, start, anchor, at_start) = match frame {
                    Frame::Seq {
                        items,
                        start,
                        anchor,
                        nodes_at_start,
                    } => (NodeKind::Seq(items), start, anchor, nodes_at_start),
                    Frame::Map {
                        entries,
                        start,
                        anchor,
                        nodes_at_start,
                        ..
                    } => (NodeKind::Map(entries), start, anchor, nodes_at_start),
                };
                let size = self.nodes - at_start + 1;
                let span = if span.hi >= start.lo {
                    start.to(span)
                } else {
                    start
                };
                self.push(Node { kind, span }, anchor, size);
            }
            Event::Alias(id) => {
                self.aliases += 1;
                if self.aliases > self.budget.max_aliases {
                    return Err(ParseError {
                        kind: ParseErrorKind::Aliases(self.budget.max_aliases),
                        span,
                    });
                }
                let Some((node, size)) = self.anchors.get(&id).cloned() else {
                    return Err(ParseError {
                        kind: ParseErrorKind::Syntax(SyntaxProblem::RecursiveAlias),
                        span,
                    });
                };
                self.count(size, span)?;
                let mut node = node;
                node.span = span;
                self.push(node, 0, size);
            }
            Event::DocumentStart(..)
            | Event::DocumentEnd
            | Event::StreamStart
            | Event::StreamEnd
            | Event::Anchor(..)
            | Event::UnresolvedAlias(_)
            | Event::Comment(..) => {}
            _ => {}
        }
        Ok(())
    }

    fn check_depth(&self, span: Span) -> Result<(), ParseError> {
        if self.stack.len() > self.budget.max_depth {
            return Err(ParseError {
                kind: ParseErrorKind::Depth(self.budget.max_depth),
                span,
            });
        }
        Ok(())
    }
}

fn scan_error(src: &str, e: &ScanError, budget: &Budget) -> ParseError {
    let m = e.marker();
    let mut span = marker_span(src, m, m);
    let kind = match e.kind() {
        ErrorKind::RecursionLimitExceeded => ParseErrorKind::Depth(budget.max_depth),
        ErrorKind::TabNotAllowed
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabInIndentation
        | ErrorKind::TabInPlainScalar
        | ErrorKind::TabAtBlockScalarStart => {
            // The scanner may stop at the end of the value before the tab's line: the tab
            // itself is what to point at, when it is on that line or the next.
            let lo = span.lo as usize;
            let ahead = src.get(lo..).unwrap_or_default();
            let within = ahead
                .match_indices('\n')
                .nth(1)
                .map_or(ahead.len(), |(i, _)| i);
            if let Some(tab) = ahead[..within].find('\t') {
                let at = (lo + tab) as u32;
                span = Span { lo: at, hi: at + 1 };
            }
            ParseErrorKind::Tab
        }
        k => ParseErrorKind::Syntax(syntax_problem(k)),
    };
    ParseError { kind, span }
}

/// Whether a parse collects the file's comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comments {
    Keep,
    /// Still read and validated, not collected: for a caller that keeps only the model, where
    /// no suppression or excerpt can use them (collecting them was a fiftieth of the CPU time
    /// of `evidence verify --full`, whose every ledger starts with one).
    Skip,
}

/// Parses every document of `src`. Never panics, never recurses on input depth.
pub fn parse(src: &str, budget: Budget) -> ParsedFile {
    parse_with(src, budget, Comments::Keep)
}

/// [`parse`], collecting the comments or not.
pub fn parse_with(src: &str, budget: Budget, comments: Comments) -> ParsedFile {
    let mut out = ParsedFile::default();
    let options = granit_parser::options! {
        emit_comments: comments == Comments::Keep,
        flow_nesting_limit: budget.max_depth,
        block_nesting_limit: budget.max_depth,
    };
    let mut parser = Parser::new_from_str_with_options(src, options);
    let mut b = Builder::new(budget);
    let mut recoveries = 0;
    while let Some(next) = parser.next_event() {
        match next {
            Ok((Event::Comment(text, _), span)) => out.comments.push(Comment {
                text: text.into_owned(),
                span: marker_span(src, &span.start, &span.end),
            }),
            Ok((Event::DocumentStart(..), _)) => {
                b.reset_document();
                if out.documents.len() >= budget.max_documents {
                    out.errors.push(ParseError {
                        kind: ParseErrorKind::Documents(budget.max_documents),
                        span: Span::FILE_START,
                    });
                    out.documents.clear();
                    return out;
                }
            }
            Ok((Event::DocumentEnd, _)) => {
                if let Some(root) = b.root.take() {
                    out.documents.push(Document { root });
                }
                b.reset_document();
            }
            Ok((Event::StreamEnd, _)) => break,
            Ok((event, span)) => {
                let span = marker_span(src, &span.start, &span.end);
                if let Err(e) = b.event(event, span)
                    && !on_error(&mut out, e, &mut b, &mut parser, &mut recoveries, budget)
                {
                    break;
                }
            }
            Err(e) => {
                let err = scan_error(src, &e, &budget);
                if !on_error(&mut out, err, &mut b, &mut parser, &mut recoveries, budget) {
                    break;
                }
            }
        }
    }
    out
}

/// Records an error; returns whether parsing goes on (at the next document).
fn on_error<'a>(
    out: &mut ParsedFile,
    e: ParseError,
    b: &mut Builder,
    parser: &mut Parser<'a, granit_parser::StrInput<'a>>,
    recoveries: &mut usize,
    budget: Budget,
) -> bool {
    let fatal = e.kind.is_budget();
    out.errors.push(e);
    if fatal {
        // A budget breach means the file cannot be trusted to load at all.
        out.documents.clear();
        return false;
    }
    b.reset_document();
    recover(parser, recoveries, budget)
}

fn recover<'a>(
    parser: &mut Parser<'a, granit_parser::StrInput<'a>>,
    recoveries: &mut usize,
    budget: Budget,
) -> bool {
    *recoveries += 1;
    if *recoveries > budget.max_documents {
        return false;
    }
    matches!(parser.proceed_next_document(), Ok(true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::LineIndex;

    fn p(src: &str) -> ParsedFile {
        parse(src, Budget::default())
    }

    #[test]
    fn builds_spanned_tree() {
        let src = "a: 1\nb:\n  - x\n  - 'y'\n";
        let f = p(src);
        assert!(f.errors.is_empty(), "{:?}", f.errors);
        let root = &f.documents[0].root;
        let b = root.get("b").unwrap();
        let NodeKind::Seq(items) = &b.kind else {
            panic!()
        };
        assert_eq!(items[1].as_str(), Some("y"));
        let at = crate::base::LineIndex::new(src).locate(src, items[1].span);
        assert_eq!((at.line, at.col, at.end_line, at.end_col), (4, 5, 4, 8));
        assert!(matches!(
            items[1].kind,
            NodeKind::Scalar {
                style: Style::SingleQuoted,
                ..
            }
        ));
    }

    #[test]
    fn comments_are_collected() {
        let src = "a: 1 # skp: abaikan S101 -- alasan\n# atas\nb: 2\n";
        let f = p(src);
        assert_eq!(f.comments.len(), 2);
        let lines = crate::base::LineIndex::new(src);
        assert_eq!(lines.line_col(src, f.comments[0].span.lo), (1, 6));
        assert_eq!(lines.line_col(src, f.comments[1].span.lo), (2, 1));
        assert!(f.comments[0].text.contains("abaikan"));
    }

    #[test]
    fn comments_skipped_leave_the_same_documents() {
        let src = "# kepala\na: 1 # skp: abaikan S101 -- alasan\nb: [x, y] # ekor\n";
        let kept = p(src);
        let skipped = parse_with(src, Budget::default(), Comments::Skip);
        assert!(skipped.comments.is_empty());
        assert!(skipped.errors.is_empty());
        assert_eq!(
            format!("{:?}", skipped.documents),
            format!("{:?}", kept.documents)
        );
        // A comment is still read as YAML: one glued to a value is still an error.
        let bad = parse_with("a: [x]# no space\n", Budget::default(), Comments::Skip);
        assert_eq!(bad.errors.len(), p("a: [x]# no space\n").errors.len());
    }

    #[test]
    fn alias_bomb_hits_node_budget() {
        let mut s = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = i - 1;
            s.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let f = p(&s);
        assert!(f.documents.is_empty());
        assert!(
            f.errors.iter().any(|e| e.kind.is_budget()),
            "{:?}",
            f.errors
        );
    }

    #[test]
    fn deep_nesting_is_a_budget_error() {
        let s = "[".repeat(100_000);
        let f = p(&s);
        assert!(
            f.errors
                .iter()
                .any(|e| matches!(e.kind, ParseErrorKind::Depth(_))),
            "{:?}",
            f.errors
        );
        let mut block = String::new();
        for i in 0..200 {
            block.push_str(&" ".repeat(i * 2));
            block.push_str("- \n");
        }
        let f = p(&block.replace("- \n", "-\n"));
        assert!(f.documents.is_empty() || !f.errors.is_empty());
    }

    #[test]
    fn syntax_error_keeps_position_and_recovers_next_document() {
        let f = p("a: [1, 2\n---\nb: 3\n");
        assert!(!f.errors.is_empty());
        assert!(f.documents.iter().any(|d| d.root.get("b").is_some()));
    }

    /// The positions skp shows are worked out from byte offsets (`base::LineIndex`); they must
    /// be the parser's own, on every YAML file of the repository and on awkward line breaks.
    #[test]
    fn line_index_agrees_with_the_parser() {
        fn yaml_files(d: &std::path::Path, out: &mut Vec<String>) {
            for e in std::fs::read_dir(d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    yaml_files(&p, out);
                } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                    out.push(std::fs::read_to_string(&p).unwrap_or_default());
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        yaml_files(&root.join("examples"), &mut texts);
        yaml_files(&root.join("tests/data"), &mut texts);
        assert!(texts.len() > 20);
        texts.extend([
            "a: 1\r\nb:\r\n  - x\r\n  - 'y é'\r\n".to_string(),
            "\u{feff}a: 1\nb: [x, y]\n".to_string(),
            "a: |\n  x\n  y\nb: >-\n  é\n\n  z\nc: \"q\\\n  r\"\n".to_string(),
            "a: 1\rb: 2\r".to_string(),
            "a:\t1\nb: \"tab\there\" # c\n".to_string(),
            format!(
                "a: {}\nb: [{}]\n",
                "é".repeat(5000),
                "x, ".repeat(3000) + "y"
            ),
        ]);
        let mut checked = 0;
        for t in &texts {
            let index = LineIndex::new(t);
            let mut parser = Parser::new_from_str(t);
            while let Some(Ok((_, span))) = parser.next_event() {
                for m in [span.start, span.end] {
                    let at = marker_span(t, &m, &m).lo;
                    let want = (m.line().max(1) as u32, m.col() as u32 + 1);
                    assert_eq!(index.line_col(t, at), want, "at byte {at} of {t:.80?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
    }
}
