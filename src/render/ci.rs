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

/// SARIF's limits as GitHub code scanning enforces them: 25 000 results per run, and 10 MB per
/// upload after gzip. skp keeps the uncompressed document under 10 MiB, which always satisfies
/// the compressed limit without a compressor in the output path.
pub const SARIF_MAX_RESULTS: usize = 25_000;
pub const SARIF_MAX_BYTES: usize = 10 * 1024 * 1024;

/// The repository skp was built from: `SKP_REPOSITORY_URL` at build time (the release workflow
/// sets it to the repository it runs in), else `package.repository` of Cargo.toml.
pub fn repository() -> Option<&'static str> {
    option_env!("SKP_REPOSITORY_URL")
        .filter(|r| !r.is_empty())
        .or(Some(env!("CARGO_PKG_REPOSITORY")).filter(|r| !r.is_empty()))
}

/// Where the rule pages of this version live, when the build knows its repository:
/// `<repository>/blob/v<version>/docs/rules`.
fn default_docs_base() -> Option<String> {
    repository().map(|repo| {
        format!(
            "{}/blob/v{}/docs/rules",
            repo.trim_end_matches('/'),
            env!("CARGO_PKG_VERSION")
        )
    })
}

fn path(prefix: &str, sources: &SourceMap, d_file: crate::diag::FileId) -> String {
    let rel = &sources.get(d_file).rel;
    if prefix.is_empty() {
        rel.clone()
    } else {
        format!("{prefix}/{rel}")
    }
}

fn region(d: crate::base::Location) -> Value {
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
    let docs_base = std::env::var("SKP_DOCS_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .or_else(default_docs_base);
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let mut v = json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary(lang) },
                "fullDescription": { "text": r.what_it_checks() },
                "help": { "text": r.doc_text(), "markdown": crate::rules::registry::page(r) },
                "defaultConfiguration": { "level": match r.level {
                    crate::rules::Level::Error => "error",
                    crate::rules::Level::Warning => "warning",
                    crate::rules::Level::Info => "note",
                    crate::rules::Level::Off => "none",
                } },
                "properties": { "tags": r.tags() },
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
                    "message": { "text": super::text(&r.message, lang) },
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&path(prefix, sources, r.file)), "uriBaseId": "%SRCROOT%" },
                        "region": region(sources.locate(r.file, r.span)),
                    }
                })
            })
            .collect();
        let mut message = super::text(&d.message, lang);
        if let Some(h) = &d.help {
            message.push_str(&format!("\n{}", super::text(h, lang)));
        }
        json!({
            "ruleId": d.code,
            "ruleIndex": index.get(d.code).copied().unwrap_or(0),
            "level": match d.severity { Severity::Error => "error", Severity::Warning => "warning", Severity::Info => "note" },
            "message": { "text": crate::diag::clip_message(&message) },
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&path(prefix, sources, d.file)), "uriBaseId": "%SRCROOT%" },
                    "region": region(sources.locate(d.file, d.span)),
                }
            }],
            "relatedLocations": related,
            "partialFingerprints": { "skpFingerprint/v1": fp },
        })
    };
    // Errors first, then warnings, then notes (file order within each), so that a cut drops
    // the least important findings; each result is measured once and the cut is exact.
    let mut order: Vec<usize> = (0..diags.len().min(prints.len())).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(diags[i].severity));
    let mut results = Vec::new();
    let mut size = 0;
    // What the rest of the document takes, generously: rules with their documentation.
    let frame = super::escape::json_compact(&rules).len() + 4096;
    for &i in &order {
        if results.len() == SARIF_MAX_RESULTS {
            break;
        }
        let r = result(&diags[i], &prints[i]);
        let len = super::escape::json_compact(&r).len() + 1;
        if frame + size + len > SARIF_MAX_BYTES {
            break;
        }
        size += len;
        results.push(r);
    }
    let mut notes = Vec::new();
    if results.len() < order.len() {
        let cut = |sev: Severity| {
            order[results.len()..]
                .iter()
                .filter(|&&i| diags[i].severity == sev)
                .count()
        };
        notes.push(json!({
            "level": "warning",
            "message": { "text": crate::i18n::Msg::SarifCapped {
                shown: results.len(),
                all: order.len(),
                errors: cut(Severity::Error),
                warnings: cut(Severity::Warning),
                notes: cut(Severity::Info),
            }.render(lang) },
        }));
    }
    let mut driver = json!({
        "name": "skp",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let Some(repo) = repository() {
        driver["informationUri"] = json!(repo);
    }
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            // One category per workspace, so two workspaces of one repository do not replace
            // each other's results in code scanning.
            "automationDetails": { "id": format!("skp/{}/", if prefix.is_empty() { "." } else { prefix }) },
            "invocations": [{ "executionSuccessful": true, "toolExecutionNotifications": notes }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    // Compact: the limit is on bytes, and nobody reads SARIF by eye.
    super::escape::json_compact(&doc) + "\n"
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
        let mut msg = super::text(&d.message, lang);
        if let Some(h) = &d.help {
            msg.push_str(&format!("\n{}", super::text(h, lang)));
        }
        let at = sources.locate(d.file, d.span);
        let _ = writeln!(
            out,
            "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_github_property(&path(prefix, sources, d.file)),
            at.line,
            at.col,
            at.end_line.max(at.line),
            at.end_col,
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
    let _ = writeln!(
        out,
        "{}\n| --- | --- | --- | ---: |",
        crate::i18n::Msg::GithubSummaryHeader.render(lang)
    );
    for (code, (n, sev)) in &per {
        let name = crate::rules::find(code).map_or("", |r| r.name);
        let _ = writeln!(out, "| {code} | `{name}` | {} | {n} |", lang.severity(*sev));
    }
    let _ = write!(
        out,
        "\n### {}\n\n",
        crate::i18n::Msg::GithubSummaryFirst.render(lang)
    );
    let mut order: Vec<&Diagnostic> = diags.iter().collect();
    order.sort_by_key(|d| std::cmp::Reverse(d.severity));
    for d in order.iter().take(30) {
        let at = sources.locate(d.file, d.span);
        let _ = writeln!(
            out,
            "- {} **{}[{}]** {}",
            markdown_code(&format!(
                "{}:{}:{}",
                path(prefix, sources, d.file),
                at.line,
                at.col
            )),
            lang.severity(d.severity),
            d.code,
            escape_markdown(&crate::diag::clip(&super::text(&d.message, lang)))
        );
    }
    if diags.len() > 30 {
        let _ = writeln!(out, "\n… {} lainnya / more", diags.len() - 30);
    }
    out
}

/// The Code Climate category of a rule family: S and T judge how clearly a plan is written,
/// D protects personal data, everything else is a defect of the plan or its evidence.
fn code_climate_category(code: &str) -> &'static str {
    match code.get(..1) {
        Some("S" | "T" | "P") => "Clarity",
        Some("D") => "Security",
        _ => "Bug Risk",
    }
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
            let at = sources.locate(d.file, d.span);
            json!({
                "type": "issue",
                "description": format!("{}: {}", d.code, crate::diag::clip_message(&super::text(&d.message, lang))),
                "check_name": d.code,
                "categories": [code_climate_category(d.code)],
                "fingerprint": fp,
                "severity": match d.severity { Severity::Error => "major", Severity::Warning => "minor", Severity::Info => "info" },
                "location": { "path": path(prefix, sources, d.file), "lines": { "begin": at.line, "end": at.end_line.max(at.line) } },
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
            let at = sources.locate(d.file, d.span);
            let name = format!("{} {}:{}", d.code, at.line, at.col);
            let text = format!(
                "{}:{}:{}: {}[{}]: {}",
                shown,
                at.line,
                at.col,
                lang.severity(d.severity),
                d.code,
                super::text(&d.message, lang)
            );
            let mut text = crate::diag::clip_message(&text).into_owned();
            // The help line, as the terminal shows it: a CI reader sees what to do.
            if let Some(h) = &d.help {
                text.push_str(&format!(
                    "\n  = {}: {}",
                    lang.help_label(),
                    crate::diag::clip(&super::text(h, lang))
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
                    escape_xml(&crate::diag::clip(&super::text(&d.message, lang))),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Diagnostic, Span};
    use crate::i18n::Msg;
    use crate::workspace::SourceFile;

    #[test]
    fn a_capped_sarif_keeps_errors_first_and_says_what_was_cut() {
        let mut sources = SourceMap::default();
        let file = sources.add(SourceFile::new(
            "pegawai/a/skp-2026.yaml".into(),
            String::new(),
            Vec::new(),
        ));
        // 24 000 warnings written before 6 000 errors, each with a long field name: well over
        // 10 MiB of results.
        let long = "x".repeat(400);
        let mut diags = Vec::new();
        for i in 0..30_000u32 {
            let mut d = Diagnostic::new(
                "F002",
                file,
                Span::FILE_START,
                Msg::UnknownField {
                    field: format!("{long}{i}"),
                    parent: "pegawai".into(),
                },
            );
            d.severity = if i < 24_000 {
                Severity::Warning
            } else {
                Severity::Error
            };
            diags.push(d);
        }
        let prints: Vec<String> = (0..diags.len()).map(|i| format!("{i:016x}")).collect();
        let text = sarif(&diags, &prints, &sources, Lang::En, "");
        assert!(text.len() <= SARIF_MAX_BYTES, "{} bytes", text.len());
        assert!(!text.contains("\n  "), "compact JSON");
        let doc: Value = serde_json::from_str(&text).expect("json");
        let results = doc["runs"][0]["results"].as_array().expect("results");
        assert!(
            results.len() > 6_000 && results.len() < 30_000,
            "{}",
            results.len()
        );
        let errors = results.iter().filter(|r| r["level"] == "error").count();
        assert_eq!(errors, 6_000, "every error is kept before any warning");
        let note =
            doc["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
                .as_str()
                .expect("notification");
        let cut = 30_000 - results.len();
        assert!(
            note.contains(&format!("0 errors, {cut} warnings, 0 notes")),
            "{note}"
        );
    }
}
