//! What a rule is: metadata (code, name, level, documentation) and, for rules that look at
//! the loaded workspace, a pure check function.

use crate::diag::Diagnostic;
use crate::workspace::Workspace;

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

/// A check over the whole loaded workspace. Pure: reads the model, writes findings.
pub type Check = fn(&Workspace, &mut Vec<Diagnostic>);

/// One rule of the catalogue.
#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    /// kebab-case name, stable like the code.
    pub name: &'static str,
    pub level: Level,
    /// One line in Indonesian and in English.
    pub summary_id: &'static str,
    pub summary_en: &'static str,
    /// The rule's documentation (Markdown, Indonesian): its source is the doc comment on the
    /// declaration, so code and docs live in one place.
    pub doc: &'static str,
    /// Findings that `--select`, `--ignore` and suppressions can never hide.
    pub hideable: bool,
    pub check: Option<Check>,
}

impl Rule {
    /// The documentation with the one leading space of each doc-comment line removed.
    pub fn doc_text(&self) -> String {
        let mut out = String::new();
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out.trim().to_string()
    }

    pub fn summary(&self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Id => self.summary_id,
            crate::i18n::Lang::En => self.summary_en,
        }
    }
}

/// Declares `pub const RULE: Rule`; the doc comment above becomes the rule's documentation.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        code: $code:expr,
        name: $name:literal,
        level: $level:ident,
        summary: ($sid:literal, $sen:literal),
        $(hideable: $hide:literal,)?
        check: $check:expr $(,)?
    ) => {
        pub const RULE: $crate::rules::rule::Rule = $crate::rules::rule::Rule {
            code: $code,
            name: $name,
            level: $crate::rules::rule::Level::$level,
            summary_id: $sid,
            summary_en: $sen,
            doc: concat!($($doc, "\n"),*),
            hideable: $crate::rules::rule::declare_rule!(@hide $($hide)?),
            check: $check,
        };
    };
    (@hide) => { true };
    (@hide $h:literal) => { $h };
}
pub(crate) use declare_rule;
