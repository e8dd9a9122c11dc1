//! Output for CI services: SARIF 2.1.0, GitHub workflow commands, GitLab Code Quality, JUnit.
//! Paths are relative to the git repository root (`prefix` is the workspace's place in it), so
//! annotations land on the right file.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Value, json};

use super::escape::{
    escape_github_data, escape_github_property, escape_markdown, escape_xml, markdown_code,
};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::rules::RULES;
use crate::workspace::SourceMap;

/// SARIF's limits as GitHub code scanning enforces them.
pub const SARIF_MAX_RESULTS: usize = 25_000;
pub const SARIF_MAX_BYTES: usize = 10 * 1024 * 1024;

fn path(prefix: &str, sources: &SourceMap, d_file: crate::diag::FileId) -> String {
    let rel = &sources.get(d_file).rel;
    if prefix.is_empty() {
        rel.clone()
    } else {
        format!("{prefix}/{rel}")
    }
}

fn region(d: &crate::diag::Span) -> Value {
    json!({
        "startLine": d.line,
        "startColumn": d.col,
        "endLine": d.end_line.max(d.line),
        "endColumn": if d.end_line > d.line || d.end_col > d.col { d.end_col } else { d.col + 1 },
    })
}

/// A SARIF `uri`: each path segment percent-encoded (SARIF §3.4.3 wants a URI reference).
fn uri(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub fn sarif(
    diags: &[Diagnostic],
    prints: &[String],
    sources: &SourceMap,
    lang: Lang,
    prefix: &str,
) -> String {
    let docs_base = std::env::var("SKP_DOCS_URL").ok();
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let mut v = json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary(lang) },
                "fullDescription": { "text": r.summary(lang) },
                "help": { "text": r.doc_text(), "markdown": crate::rules::registry::page(r) },
                "defaultConfiguration": { "level": match r.level {
                    crate::rules::Level::Error => "error",
                    crate::rules::Level::Warning => "warning",
                    crate::rules::Level::Info => "note",
                    crate::rules::Level::Off => "none",
                } },
                "properties": { "tags": [r.code.get(..1).unwrap_or("")] },
            });
            if let Some(base) = &docs_base {
                v["helpUri"] = json!(format!("{}/{}.md", base.trim_end_matches('/'), r.code));
            }
            v
        })
        .collect();
    let index: BTreeMap<&str, usize> = RULES.iter().enumerate().map(|(i, r)| (r.code, i)).collect();
    let result = |d: &Diagnostic, fp: &str| -> Value {
        let related: Vec<Value> = d
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| {
                json!({
                    "id": i,
                    "message": { "text": r.message.render(lang) },
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&path(prefix, sources, r.file)), "uriBaseId": "%SRCROOT%" },
                        "region": region(&r.span),
                    }
                })
            })
            .collect();
        let mut message = d.message.render(lang);
        if let Some(h) = &d.help {
            message.push_str(&format!("\n{}", h.render(lang)));
        }
        json!({
            "ruleId": d.code,
            "ruleIndex": index.get(d.code).copied().unwrap_or(0),
            "level": match d.severity { Severity::Error => "error", Severity::Warning => "warning", Severity::Info => "note" },
            "message": { "text": crate::diag::clip_message(&message) },
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&path(prefix, sources, d.file)), "uriBaseId": "%SRCROOT%" },
                    "region": region(&d.span),
                }
            }],
            "relatedLocations": related,
            "partialFingerprints": { "skpFingerprint/v1": fp },
        })
    };
    let mut take = diags.len().min(SARIF_MAX_RESULTS);
    loop {
        let results: Vec<Value> = diags
            .iter()
            .zip(prints)
            .take(take)
            .map(|(d, fp)| result(d, fp))
            .collect();
        let mut notes = Vec::new();
        if take < diags.len() {
            notes.push(json!({
                "level": "warning",
                "message": { "text": format!("skp reported {} of {} findings: the SARIF upload limit was reached; run `skp check` for the full list", take, diags.len()) },
            }));
        }
        let doc = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "skp",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                } },
                "invocations": [{ "executionSuccessful": true, "toolExecutionNotifications": notes }],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }]
        });
        let text = super::json_pretty(&doc);
        if text.len() <= SARIF_MAX_BYTES || take == 0 {
            return text + "\n";
        }
        take /= 2;
    }
}

/// `::error file=…,line=…,col=…,title=CODE::message`, errors first.
pub fn github(diags: &[Diagnostic], sources: &SourceMap, lang: Lang, prefix: &str) -> String {
    let mut order: Vec<&Diagnostic> = diags.iter().collect();
    order.sort_by_key(|d| std::cmp::Reverse(d.severity));
    let mut out = String::new();
    for d in order {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut msg = d.message.render(lang);
        if let Some(h) = &d.help {
            msg.push_str(&format!("\n{}", h.render(lang)));
        }
        let _ = writeln!(
            out,
            "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_github_property(&path(prefix, sources, d.file)),
            d.span.line,
            d.span.col,
            d.span.end_line.max(d.span.line),
            d.span.end_col,
            escape_github_property(d.code),
            escape_github_data(&crate::diag::clip_message(&msg)),
        );
    }
    out
}

/// The Markdown job summary: counts per rule and the first findings (annotations are capped by
/// the service, the summary is not).
pub fn github_summary(
    diags: &[Diagnostic],
    sources: &SourceMap,
    lang: Lang,
    prefix: &str,
) -> String {
    let mut per: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
    for d in diags {
        let e = per.entry(d.code).or_insert((0, d.severity));
        e.0 += 1;
    }
    let mut out = String::from("## skp check\n\n");
    if diags.is_empty() {
        out.push_str("✅ tidak ada temuan / no findings\n");
        return out;
    }
    out.push_str("| Kode | Aturan | Tingkat | Jumlah |\n| --- | --- | --- | ---: |\n");
    for (code, (n, sev)) in &per {
        let name = crate::rules::find(code).map_or("", |r| r.name);
        let _ = writeln!(out, "| {code} | `{name}` | {sev} | {n} |");
    }
    out.push_str("\n### Temuan pertama\n\n");
    let mut order: Vec<&Diagnostic> = diags.iter().collect();
    order.sort_by_key(|d| std::cmp::Reverse(d.severity));
    for d in order.iter().take(30) {
        let _ = writeln!(
            out,
            "- {} **{}[{}]** {}",
            markdown_code(&format!(
                "{}:{}:{}",
                path(prefix, sources, d.file),
                d.span.line,
                d.span.col
            )),
            d.severity,
            d.code,
            escape_markdown(&crate::diag::clip(&d.message.render(lang)))
        );
    }
    if diags.len() > 30 {
        let _ = writeln!(out, "\n… {} lainnya / more", diags.len() - 30);
    }
    out
}

/// GitLab Code Quality report (a JSON array).
pub fn gitlab(
    diags: &[Diagnostic],
    prints: &[String],
    sources: &SourceMap,
    lang: Lang,
    prefix: &str,
) -> String {
    let items: Vec<Value> = diags
        .iter()
        .zip(prints)
        .map(|(d, fp)| {
            json!({
                "description": format!("{}: {}", d.code, crate::diag::clip_message(&d.message.render(lang))),
                "check_name": d.code,
                "fingerprint": fp,
                "severity": match d.severity { Severity::Error => "major", Severity::Warning => "minor", Severity::Info => "info" },
                "location": { "path": path(prefix, sources, d.file), "lines": { "begin": d.span.line, "end": d.span.end_line.max(d.span.line) } },
            })
        })
        .collect();
    super::json_pretty(&items) + "\n"
}

/// JUnit XML: one testsuite per file read; errors are failures; warnings and infos are
/// recorded in `<system-out>` of a passing testcase (JUnit has no "warning").
pub fn junit(
    diags: &[Diagnostic],
    sources: &SourceMap,
    files: &[String],
    lang: Lang,
    prefix: &str,
) -> String {
    let mut by_file: BTreeMap<String, Vec<&Diagnostic>> =
        files.iter().map(|f| (f.clone(), Vec::new())).collect();
    for d in diags {
        by_file
            .entry(sources.get(d.file).rel.clone())
            .or_default()
            .push(d);
    }
    let total: usize = by_file.values().map(|v| v.len().max(1)).sum();
    let failures = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"skp\" tests=\"{total}\" failures=\"{failures}\" errors=\"0\" time=\"0\">\n"
    );
    for (file, list) in by_file {
        let shown = if prefix.is_empty() {
            file.clone()
        } else {
            format!("{prefix}/{file}")
        };
        let fails = list
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{fails}\" errors=\"0\" skipped=\"0\" time=\"0\" file=\"{}\">",
            escape_xml(&shown),
            list.len().max(1),
            escape_xml(&shown)
        );
        if list.is_empty() {
            let _ = writeln!(
                out,
                "    <testcase name=\"skp check\" classname=\"{}\"/>",
                escape_xml(&shown)
            );
        }
        for d in list {
            let name = format!("{} {}:{}", d.code, d.span.line, d.span.col);
            let text = format!(
                "{}:{}:{}: {}[{}]: {}",
                shown,
                d.span.line,
                d.span.col,
                d.severity,
                d.code,
                d.message.render(lang)
            );
            let mut text = crate::diag::clip_message(&text).into_owned();
            // The help line, as the terminal shows it: a CI reader sees what to do.
            if let Some(h) = &d.help {
                text.push_str(&format!(
                    "\n  = help: {}",
                    crate::diag::clip(&h.render(lang))
                ));
            }
            let _ = writeln!(
                out,
                "    <testcase name=\"{}\" classname=\"{}\">",
                escape_xml(&name),
                escape_xml(&shown)
            );
            if d.severity == Severity::Error {
                let _ = writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    escape_xml(d.code),
                    escape_xml(&crate::diag::clip(&d.message.render(lang))),
                    escape_xml(&text)
                );
            } else {
                let _ = writeln!(out, "      <system-out>{}</system-out>", escape_xml(&text));
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
