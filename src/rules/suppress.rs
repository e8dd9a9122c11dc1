//! In-place suppressions: a YAML comment `# skp: abaikan S106 -- alasan` on a finding's line
//! or on the line above it. The reason is required; a suppression without one, or naming an
//! unknown code, is itself reported (F021), and one that hides nothing is reported as info
//! (F022). Comments come from the parser's comment events, never from a regex over lines.

use std::collections::{HashMap, HashSet};

use crate::diag::{Diagnostic, FileId, Span};
use crate::i18n::Msg;
use crate::rules::{codes, registry};
use crate::workspace::{SourceMap, Workspace};

/// One parsed suppression comment.
#[derive(Debug, Clone)]
pub struct Suppression {
    pub file: FileId,
    pub span: Span,
    /// The line whose findings it hides.
    pub target_line: u32,
    pub codes: Vec<String>,
    pub reason: Option<String>,
}

/// Parses `skp: abaikan CODE[, CODE…] -- reason` (also `skp: ignore`); `None` if the comment
/// is not a suppression.
pub fn parse_comment(text: &str) -> Option<(Vec<String>, Option<String>)> {
    let t = text.trim();
    let rest = t
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("skp:"))
        .map(|_| t[4..].trim_start())?;
    let lower = rest.to_lowercase();
    let body = if lower.starts_with("abaikan") {
        &rest["abaikan".len()..]
    } else if lower.starts_with("ignore") {
        &rest["ignore".len()..]
    } else {
        return None;
    };
    let (codes_part, reason) = match body.split_once("--").or_else(|| body.split_once('—')) {
        Some((c, r)) => (c, Some(r.trim().to_string()).filter(|r| !r.is_empty())),
        None => (body, None),
    };
    let codes = codes_part
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|c| !c.is_empty())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    Some((codes, reason))
}

/// Every suppression comment of the workspace's plan files.
pub fn collect(ws: &Workspace) -> Vec<Suppression> {
    let mut out = Vec::new();
    for (i, l) in ws.listing.iter().enumerate() {
        let file = FileId(i as u32);
        let src = ws.sources.get(file);
        if l.status != crate::workspace::ListingStatus::Read {
            continue;
        }
        for c in &src.comments {
            let Some((codes, reason)) = parse_comment(&c.text) else {
                continue;
            };
            // Trailing comment: applies to its own line; own-line comment: to the next line.
            let line_start = src.text[..(c.span.lo as usize).min(src.text.len())]
                .rfind('\n')
                .map_or(0, |p| p + 1);
            let trailing = !src.text[line_start..c.span.lo as usize].trim().is_empty();
            let line = src.locate(c.span).line;
            let target_line = if trailing { line } else { line + 1 };
            out.push(Suppression {
                file,
                span: c.span,
                target_line,
                codes,
                reason,
            });
        }
    }
    out
}

/// Whether `s` hides `d`, found on line `line` of its file.
fn covers(s: &Suppression, d: &Diagnostic, line: u32) -> bool {
    s.file == d.file
        && s.target_line == line
        && s.codes.iter().any(|c| d.code.starts_with(c.as_str()))
}

/// Which of `all` a suppression hides (by index), and reports malformed (F021) and unused
/// (F022) suppressions into `extra`. `all` are the findings before levels and selection
/// applied, so a suppression of a rule that is merely switched off here is not called unused.
pub fn apply(
    sources: &SourceMap,
    sups: &[Suppression],
    all: &[Diagnostic],
    extra: &mut Vec<Diagnostic>,
    enabled: &dyn Fn(&str, FileId) -> bool,
) -> Vec<bool> {
    // Indexed by (file, line), so the cost is linear in suppressions plus findings.
    let mut by_line: HashMap<(FileId, u32), Vec<&Suppression>> = HashMap::new();
    for s in sups {
        by_line.entry((s.file, s.target_line)).or_default().push(s);
    }
    // The line of each finding, worked out only where a suppression could apply.
    let files: HashSet<FileId> = sups.iter().map(|s| s.file).collect();
    let lines: Vec<u32> = all
        .iter()
        .map(|d| {
            if files.contains(&d.file) {
                sources.locate(d.file, d.span).line
            } else {
                0
            }
        })
        .collect();
    let mut found: HashMap<(FileId, u32), Vec<(&Diagnostic, u32)>> = HashMap::new();
    for (d, &line) in all.iter().zip(&lines) {
        found.entry((d.file, line)).or_default().push((d, line));
    }
    let suppressed: Vec<bool> = all
        .iter()
        .zip(&lines)
        .map(|(d, &line)| {
            let hideable = registry::find(d.code).is_none_or(|r| r.hideable);
            hideable
                && by_line
                    .get(&(d.file, line))
                    .is_some_and(|list| list.iter().any(|s| covers(s, d, line)))
        })
        .collect();
    for s in sups {
        let on_line = found
            .get(&(s.file, s.target_line))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let subject = |d: Diagnostic| match on_line.first().map(|(x, _)| x) {
            Some(x) => Diagnostic {
                subject: x.subject.clone(),
                subject_id: x.subject_id.clone(),
                ..d
            },
            None => d,
        };
        let unknown: Vec<&String> = s
            .codes
            .iter()
            .filter(|c| {
                !registry::RULES
                    .iter()
                    .any(|r| r.code.starts_with(c.as_str()))
            })
            .collect();
        if s.codes.is_empty() || !unknown.is_empty() {
            let code = unknown.first().map_or(String::new(), |c| (*c).clone());
            extra.push(subject(
                Diagnostic::new(
                    codes::SUPPRESSION_INVALID,
                    s.file,
                    s.span,
                    Msg::SuppressionUnknownCode { code: code.clone() },
                )
                .arg("kode", code)
                .help(Msg::HelpSuppressionForm),
            ));
            continue;
        }
        if s.reason.is_none() {
            extra.push(subject(
                Diagnostic::new(
                    codes::SUPPRESSION_INVALID,
                    s.file,
                    s.span,
                    Msg::SuppressionNoReason,
                )
                .arg("kode", s.codes.join(","))
                .help(Msg::HelpSuppressionForm),
            ));
        }
        // Each code on its own: `abaikan F002, S111` where only F002 fires would otherwise
        // hide any S111 that comes to that line later, unnoticed. A code whose rules are all
        // switched off here cannot be judged unused.
        let unused: Vec<&str> = s
            .codes
            .iter()
            .filter(|c| {
                let used = on_line.iter().any(|(d, _)| d.code.starts_with(c.as_str()));
                let judged = registry::RULES
                    .iter()
                    .filter(|r| r.code.starts_with(c.as_str()))
                    .any(|r| enabled(r.code, s.file));
                !used && judged
            })
            .map(String::as_str)
            .collect();
        if !unused.is_empty() {
            extra.push(subject(
                Diagnostic::new(
                    codes::SUPPRESSION_UNUSED,
                    s.file,
                    s.span,
                    Msg::SuppressionUnused {
                        kode: unused.join(", "),
                    },
                )
                .arg("kode", unused.join(","))
                .help(Msg::HelpSuppressionUnused),
            ));
        }
    }
    suppressed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_forms() {
        assert_eq!(
            parse_comment(" skp: abaikan S106 -- target mutlak untuk keselamatan pasien"),
            Some((
                vec!["S106".into()],
                Some("target mutlak untuk keselamatan pasien".into())
            ))
        );
        assert_eq!(
            parse_comment("skp: abaikan S101, s110 -- istilah baku guru"),
            Some((
                vec!["S101".into(), "S110".into()],
                Some("istilah baku guru".into())
            ))
        );
        assert_eq!(
            parse_comment("skp: abaikan S106"),
            Some((vec!["S106".into()], None))
        );
        assert_eq!(
            parse_comment("SKP: ignore S1 -- x"),
            Some((vec!["S1".into()], Some("x".into())))
        );
        assert_eq!(parse_comment("catatan biasa"), None);
        assert_eq!(parse_comment("skp: lain"), None);
    }
}
