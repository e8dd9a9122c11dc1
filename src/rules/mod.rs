//! The rule catalogue and the engine that runs it.
//!
//! One registry ([`registry::RULES`]) drives `skp check`, `skp rules`, `skp explain`, the
//! documentation pages under `docs/rules/` and the rule list of SARIF output.

pub mod align;
pub mod approval;
pub mod bukti;
pub use crate::base::codes;
pub mod exemptions;
pub mod fingerprint;
pub mod format;
pub mod nilai;
pub mod perilaku;
pub mod privacy;
pub mod registry;
pub mod rule;
mod settings;
pub mod smart;
pub mod suppress;
pub mod target;

pub use exemptions::Exemptions;
pub use registry::{RULES, find};
pub use rule::{Level, Rule, RuleCx};
pub use settings::{Settings, SettingsError};

use crate::diag::Diagnostic;
use crate::facts::{Facts, Needs};
use crate::workspace::Workspace;

/// The outcome of running every enabled rule.
pub struct Outcome {
    /// Findings to report, in the total stable order (file, line, column, code, subject, message).
    pub diagnostics: Vec<Diagnostic>,
    /// Findings hidden by selection or configuration.
    pub hidden: usize,
}

/// The facts the rules that `settings` lets run declare they need.
pub fn needs(settings: &Settings) -> Needs {
    let mut n = Needs::default();
    for rule in RULES {
        if rule.check.is_some() && settings.may_run(rule) {
            n.add(rule.needs);
        }
    }
    n
}

/// Runs every enabled rule over the loaded workspace and its facts, then applies levels,
/// selection and in-place suppressions. Pure: no I/O, nothing lazy.
pub fn run(ws: &Workspace, facts: &Facts, exemptions: &Exemptions, settings: &Settings) -> Outcome {
    let cx = RuleCx {
        ws,
        facts,
        exemptions,
    };
    // Rules are independent pure functions over read-only data: run them in parallel, each into
    // its own list (the total sort below makes the result independent of scheduling).
    use rayon::prelude::*;
    let mut found: Vec<Vec<Diagnostic>> = RULES
        .par_iter()
        .filter_map(|rule| rule.check.filter(|_| settings.may_run(rule)))
        .map(|check| {
            let mut out = Vec::new();
            check(&cx, &mut out);
            // A rule's list grows by doubling; tens of thousands of coverage findings would
            // otherwise hold up to twice their size until the end of the run.
            out.shrink_to_fit();
            out
        })
        .collect();
    // The largest list (coverage findings, at an agency's scale) becomes the whole list, so
    // it is never copied; the order does not matter, the total sort below decides it.
    let largest = (0..found.len()).max_by_key(|&i| found[i].len());
    let mut raw = largest.map_or_else(Vec::new, |i| found.swap_remove(i));
    raw.reserve_exact(ws.load_diags.len() + found.iter().map(Vec::len).sum::<usize>());
    raw.extend(found.into_iter().flatten());
    raw.extend(ws.load_diags.iter().cloned());
    let sups = &exemptions.suppressions;
    let mut extra = Vec::new();
    let suppressed = suppress::apply(&ws.sources, sups, &raw, &mut extra, &|code, file| {
        settings.severity(code, ws.rel(file)).is_some()
    });
    // Filtered and given their severity in place: an agency's tens of thousands of coverage
    // findings would otherwise exist twice at the peak.
    let mut diagnostics = raw;
    let mut hidden = 0;
    let mut suppressed = suppressed.into_iter();
    diagnostics.retain_mut(|d| {
        let hide = suppressed.next().unwrap_or(false);
        match settings.severity(d.code, ws.rel(d.file)) {
            Some(_) if hide => {
                hidden += 1;
                false
            }
            Some(sev) => {
                let sev = if d.advisory {
                    sev.min(crate::diag::Severity::Info)
                } else {
                    sev
                };
                d.severity = exemptions.floor(d.code).map_or(sev, |f| sev.max(f));
                true
            }
            None => {
                hidden += 1;
                false
            }
        }
    });
    for d in extra {
        if let Some(sev) = settings.severity(d.code, ws.rel(d.file)) {
            let severity = if d.advisory {
                sev.min(crate::diag::Severity::Info)
            } else {
                sev
            };
            diagnostics.push(Diagnostic { severity, ..d });
        }
    }
    sort(ws, &mut diagnostics);
    diagnostics.dedup();
    Outcome {
        diagnostics,
        hidden,
    }
}

/// Total, stable order: file, position, code, subject, message (bytewise).
pub fn sort(ws: &Workspace, diags: &mut [Diagnostic]) {
    let lang = crate::i18n::Lang::Id;
    diags.sort_by(|a, b| {
        ws.rel(a.file)
            .cmp(ws.rel(b.file))
            // Position in the file: the order of (line, column).
            .then(a.span.lo.cmp(&b.span.lo))
            .then(a.code.cmp(b.code))
            .then(a.subject.cmp(&b.subject))
            .then_with(|| a.message.render(lang).cmp(&b.message.render(lang)))
    });
}
