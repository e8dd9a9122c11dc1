//! The leaf of the crate: the small types every layer shares — source positions, file ids,
//! severities and rule levels, rule codes, and the value classes messages talk about. It
//! imports nothing from the crate, so any module may use it without creating a cycle.

pub mod codes;

use std::fmt;

/// Lower-case hex, as SHA-256 digests are written in ledgers and fingerprints.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 0xf) as usize] as char);
    }
    s
}

/// How serious a finding is. Ordered so that `Error > Warning > Info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A region of one source file, as byte offsets into its text: 8 bytes, because a loaded
/// agency holds millions of them (every value of every plan). Lines and columns are worked out
/// from the text only when a finding is shown ([`LineIndex`]), as rustc's source map does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    /// The span of a whole document or file: its first line, first column.
    pub const FILE_START: Span = Span { lo: 0, hi: 0 };

    /// A span covering both `self` and `other` (which must come later in the same file).
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo,
            hi: other.hi.max(self.hi),
        }
    }

    /// The spans of byte ranges of a file's text, for findings made by scanning text rather
    /// than the parsed tree.
    pub fn of_ranges(ranges: &[std::ops::Range<usize>]) -> Vec<Span> {
        ranges
            .iter()
            .map(|r| Span {
                lo: r.start as u32,
                hi: r.end as u32,
            })
            .collect()
    }

    pub fn byte_range(self) -> std::ops::Range<usize> {
        self.lo as usize..self.hi as usize
    }
}

/// The column (1-based, in characters) of byte `pos` of `text`, for edits that keep a line's
/// indentation: one lookup, so the index is built for it and dropped (the same line breaks and
/// byte-order mark as every position skp shows).
pub fn column(text: &str, pos: u32) -> u32 {
    LineIndex::new(text).line_col(text, pos).1
}

/// Where a span starts and ends, as people read a file: lines and columns are 1-based, columns
/// count Unicode scalar values, `end_col` is exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// Finds the line and column of byte offsets in one text, in time independent of how many are
/// asked for: a checkpoint (byte, line, column) at the start of every line and every 4 KiB of a
/// long line, so a hostile one-line file with a hundred thousand findings stays linear.
/// Line breaks are YAML's (`\n`, `\r\n`, `\r`), and a leading byte-order mark takes no column,
/// as in the parser's own positions.
#[derive(Debug, Default)]
pub struct LineIndex {
    marks: Vec<(u32, u32, u32)>,
}

/// The longest run of a line without a checkpoint.
const MARK_EVERY: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut marks = vec![(0, 1, 1)];
        let body = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
        if body > 0 {
            marks.push((body as u32, 1, 1));
        }
        let (mut line, mut col) = (1u32, 1u32);
        let mut last = body;
        let mut prev_cr = false;
        for (i, c) in text[body..].char_indices() {
            let i = i + body;
            match c {
                '\n' if prev_cr => {
                    // The break was counted at '\r'; the line's text starts after the '\n'.
                    marks.push(((i + 1) as u32, line, col));
                    last = i + 1;
                }
                '\n' | '\r' => {
                    line += 1;
                    col = 1;
                    marks.push(((i + 1) as u32, line, col));
                    last = i + 1;
                }
                _ => {
                    if i - last >= MARK_EVERY {
                        marks.push((i as u32, line, col));
                        last = i;
                    }
                    col += 1;
                }
            }
            prev_cr = c == '\r';
        }
        LineIndex { marks }
    }

    /// Line and column of byte `pos` of `text` (the text the index was built from).
    pub fn line_col(&self, text: &str, pos: u32) -> (u32, u32) {
        let at = self.marks.partition_point(|m| m.0 <= pos).saturating_sub(1);
        let Some(&(from, line, col)) = self.marks.get(at) else {
            return (1, 1);
        };
        let between = text
            .get(from as usize..(pos as usize).min(text.len()))
            .unwrap_or_default();
        (line, col + between.chars().count() as u32)
    }

    pub fn locate(&self, text: &str, span: Span) -> Location {
        let (line, col) = self.line_col(text, span.lo);
        let (end_line, end_col) = self.line_col(text, span.hi.max(span.lo));
        Location {
            line,
            col,
            end_line,
            end_col,
        }
    }
}

/// Index of a file in the `workspace::SourceMap`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A rule's default level; `Off` rules run only when selected or given a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "off" => Some(Level::Off),
            "info" => Some(Level::Info),
            "warning" | "warn" => Some(Level::Warning),
            "error" => Some(Level::Error),
            _ => None,
        }
    }
}

/// What a field should have been, for "wrong type" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Integer,
    Boolean,
    List,
    Map,
}

impl Expected {
    pub fn code(self) -> &'static str {
        match self {
            Expected::Text => "text",
            Expected::Integer => "integer",
            Expected::Boolean => "boolean",
            Expected::List => "list",
            Expected::Map => "map",
        }
    }
}

/// What is wrong with a file's YAML: the slips people make by hand are named, so that they are
/// said in the user's language (`i18n`); read from the parser's errors in `yaml`; anything else keeps the parser's own (English) words.
#[derive(Debug, Clone, PartialEq)]
pub enum SyntaxProblem {
    UnclosedQuote,
    UnclosedBracket(char),
    MismatchedBracket {
        open: char,
        close: char,
    },
    MisplacedBracket,
    /// The file ends inside a structure (an unclosed bracket or quote, most often).
    UnexpectedEnd,
    /// A `:` where no mapping value may start (`teks: Jumlah: laporan`, unquoted).
    ColonNotAllowed,
    /// A block mapping line where a key was expected (most often, its indentation).
    ExpectedKey,
    /// A `:` expected after a key.
    ExpectedColon,
    /// A flow collection without its `,` or closing bracket.
    ExpectedSeparator,
    /// A block sequence line where `- ` was expected (most often, its indentation).
    ExpectedListItem,
    InvalidIndentation,
    UnexpectedCharacter(char),
    CommentNotSeparated,
    SpaceAfterColon,
    SpaceAfterDash,
    UnknownAnchor,
    RecursiveAlias,
    /// A YAML tag (`!!float`, `!lokal`) other than the core ones that change nothing skp reads
    /// (`!!str`, `!!map`, `!!seq`): read without it, the value would differ from what every
    /// other YAML reader makes of it. As written.
    Tag(String),
    Other(String),
}

/// What is wrong with skp.toml's TOML, named as [`SyntaxProblem`] names YAML's: the slips of a
/// hand edit in the user's language; read from the parser's message in `workspace::config`.
#[derive(Debug, Clone, PartialEq)]
pub enum TomlProblem {
    /// A key written twice, or a `[section]`.
    DuplicateKey,
    /// A value that is no number, boolean or quoted text (`timezone = WIB`, or nothing).
    UnreadableValue,
    UnclosedQuote,
    MissingComma,
    UnclosedList,
    UnclosedSection,
    /// A key without `= value` (`agency: "…"`, the YAML habit, reads so too).
    KeyWithoutValue,
    /// More after a value on its line.
    TextAfterValue,
    /// A `\` in quoted text that starts no escape TOML has (`"C:\data"`).
    BadEscape,
    /// A comma with no value after it in a list (`["S101",,]`).
    ExtraComma,
    /// `= value` with no key before it.
    EmptyKey,
    Other(String),
}

/// Which part of a NIP looks wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NipProblem {
    Length,
    BirthDate,
    Appointment,
    Gender,
}

impl NipProblem {
    pub fn code(self) -> &'static str {
        match self {
            NipProblem::Length => "panjang",
            NipProblem::BirthDate => "tanggal_lahir",
            NipProblem::Appointment => "tmt",
            NipProblem::Gender => "jenis_kelamin",
        }
    }
}

/// What a value of `skp.toml` should have been, for "wrong value" messages (rendered in each
/// language by the message catalogue).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigExpected {
    Table,
    Text,
    TextList,
    Integer {
        min: i64,
        max: i64,
    },
    /// A rule level: `"error"`, `"warning"`, `"info"` or `"off"`.
    Level,
    /// A glob pattern (`pegawai/guru/**`).
    Glob,
    /// `[[rules.overrides]]` tables.
    Overrides,
    /// One of these literal values.
    OneOf(&'static [&'static str]),
    /// A version of skp: numbers separated by dots (`"0.1"`).
    Version,
}
