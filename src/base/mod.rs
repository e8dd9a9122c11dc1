//! The leaf of the crate: the small types every layer shares — source positions, file ids,
//! severities and rule levels, rule codes, and the value classes messages talk about. It
//! imports nothing from the crate, so any module may use it without creating a cycle.

pub mod codes;

use std::fmt;

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

/// A region of one source file. Lines and columns are 1-based; columns count Unicode scalar
/// values; `end_col` is exclusive. Byte offsets index the file's text for snippet rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Span {
    /// The span of a whole document or file: its first line, first column.
    pub const FILE_START: Span = Span {
        lo: 0,
        hi: 0,
        line: 1,
        col: 1,
        end_line: 1,
        end_col: 1,
    };

    /// A span covering both `self` and `other` (which must come later in the same file).
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo,
            hi: other.hi.max(self.hi),
            line: self.line,
            col: self.col,
            end_line: other.end_line,
            end_col: other.end_col,
        }
    }

    /// The spans of byte ranges of `text` (a whole file), sorted by start, for findings made by
    /// scanning text rather than the parsed tree. One pass over the text whatever the number of
    /// ranges: a hostile file of a hundred thousand matches stays linear.
    pub fn of_ranges(text: &str, ranges: &[std::ops::Range<usize>]) -> Vec<Span> {
        // (byte offset, line, column) reached so far; columns count characters.
        let mut at = (0usize, 1u32, 1u32);
        let mut locate = |pos: usize| {
            let pos = pos.max(at.0);
            for c in text[at.0..pos].chars() {
                if c == '\n' {
                    at.1 += 1;
                    at.2 = 1;
                } else {
                    at.2 += 1;
                }
            }
            at.0 = pos;
            (at.1, at.2)
        };
        ranges
            .iter()
            .map(|r| {
                let (line, col) = locate(r.start);
                let (end_line, end_col) = locate(r.end);
                Span {
                    lo: r.start as u32,
                    hi: r.end as u32,
                    line,
                    col,
                    end_line,
                    end_col,
                }
            })
            .collect()
    }

    pub fn byte_range(self) -> std::ops::Range<usize> {
        self.lo as usize..self.hi as usize
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
}
