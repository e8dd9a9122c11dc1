//! Renderers: the last step of the flow. Each turns diagnostics into text for one audience.

pub mod ci;
pub mod coverage;
mod escape;
pub mod html;
mod human;
mod json;
pub mod table;
pub mod tree;

pub use escape::{
    escape_control, escape_csv, escape_github_data, escape_github_property, escape_html,
    escape_markdown, escape_xml, json_pretty, markdown_code,
};
pub use human::{render_concise, render_human};
pub use json::{JsonSummary, render_json, write_json};

use crate::diag::{Diagnostic, Severity};

/// Counts per severity, for the summary line and the JSON summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    pub fn of(diags: &[Diagnostic]) -> Counts {
        let mut c = Counts::default();
        for d in diags {
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}

/// A finding's message or help in `lang`, with any personal data it quotes masked: a finding
/// about an RHK that quotes its text must not spread the phone number written in it.
pub fn text(msg: &crate::i18n::Msg, lang: crate::i18n::Lang) -> String {
    let text = msg.render(lang);
    match crate::privacy::mask_in_place(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(masked) => masked,
    }
}
