//! What a rule is: metadata (code, name, level, documentation) and, for rules that look at
//! the loaded workspace, a pure check function.

use super::exemptions::Exemptions;
use crate::diag::Diagnostic;
use crate::facts::{Fact, Facts};
use crate::workspace::Workspace;

pub use crate::base::Level;

/// What a check reads: the loaded workspace, the facts derived from it before any rule ran,
/// and the exemptions in force. All read-only; a check does no I/O.
pub struct RuleCx<'a> {
    pub ws: &'a Workspace,
    pub facts: &'a Facts,
    pub exemptions: &'a Exemptions,
}

impl<'a> RuleCx<'a> {
    /// The resolved cascade (rules that declare `needs: [Cascade]`).
    pub fn cascade(&self) -> &'a crate::cascade::Cascade {
        self.facts.cascade()
    }
}

/// A check over the whole loaded workspace. Pure: reads the model and facts, writes findings.
pub type Check = fn(&RuleCx, &mut Vec<Diagnostic>);

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
    /// The derived facts the check reads; built before any rule runs.
    pub needs: &'static [Fact],
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

    /// The "Apa yang diperiksa" section of the documentation as one paragraph (SARIF's
    /// `fullDescription`); the summary when the section is missing.
    pub fn what_it_checks(&self) -> String {
        let text = self.doc_text();
        let section: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("## Apa yang diperiksa"))
            .skip(1)
            .take_while(|l| !l.starts_with("## "))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if section.is_empty() {
            self.summary_id.to_string()
        } else {
            section.join(" ")
        }
    }

    /// Words that group rules in a code-scanning UI: the family and the default level.
    pub fn tags(&self) -> Vec<&'static str> {
        let family = match self.code.get(..1) {
            Some("F") => "format",
            Some("S") => "smart",
            Some("K") => "keselarasan",
            Some("B") => "bukti-dukung",
            Some("N") => "penilaian",
            Some("T") => "target",
            Some("A") => "persetujuan",
            Some("D") => "privasi",
            Some("P") => "perilaku-kerja",
            _ => "skp",
        };
        vec!["skp", family]
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
        $(needs: [$($need:ident),*],)?
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
            needs: &[$($($crate::facts::Fact::$need),*)?],
            check: $check,
        };
    };
    (@hide) => { true };
    (@hide $h:literal) => { $h };
}
pub(crate) use declare_rule;
