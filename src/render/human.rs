//! Human output (rustc style) and the concise one-line format.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use anstyle::{AnsiColor, Style};

use super::escape::{escape_control, escape_with_range};
use crate::diag::{Diagnostic, Severity, Span};
use crate::i18n::Lang;
use crate::workspace::SourceMap;

fn severity_style(s: Severity) -> Style {
    let color = match s {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    Style::new().fg_color(Some(color.into())).bold()
}

/// `path:line:col: level[CODE]: message`
fn header(out: &mut String, d: &Diagnostic, sources: &SourceMap, lang: Lang, color: bool) {
    let path = escape_control(&sources.get(d.file).rel);
    let at = sources.locate(d.file, d.span);
    let msg = super::text(&d.message, lang);
    let msg = escape_control(&msg);
    let msg = crate::diag::clip_message(&msg);
    if color {
        let bold = Style::new().bold();
        let sev = severity_style(d.severity);
        let _ = writeln!(
            out,
            "{bold}{path}:{}:{}:{bold:#} {sev}{}[{}]{sev:#}{bold}: {msg}{bold:#}",
            at.line,
            at.col,
            lang.severity(d.severity),
            d.code
        );
    } else {
        let _ = writeln!(
            out,
            "{path}:{}:{}: {}[{}]: {msg}",
            at.line,
            at.col,
            lang.severity(d.severity),
            d.code
        );
    }
}

/// The source lines a span covers (at most a few), with the span mapped into them.
fn excerpt(text: &str, span: Span, line: u32) -> Option<(String, std::ops::Range<usize>, usize)> {
    if text.is_empty() {
        return None;
    }
    let lo = (span.lo as usize).min(text.len());
    let hi = (span.hi as usize).clamp(lo, text.len());
    // Cap an enormous single line (a 20 MiB line must not be echoed). Every scan below stays
    // within MAX bytes of the span, so a hostile file of one long line with a hundred thousand
    // findings is rendered in time linear in the findings, not in findings × line length.
    const MAX: usize = 400;
    let back = floor_char(text, lo.saturating_sub(MAX));
    let line_start = text[back..lo].rfind('\n').map_or(back, |i| back + i + 1);
    // Show at most 6 lines of a long span: enough to see a mapping's first keys.
    let limit = hi.saturating_add(MAX).min(text.len());
    let mut line_end = hi;
    let mut newlines = 0;
    let bytes = text.as_bytes();
    let mut i = lo;
    while i < limit {
        if bytes[i] == b'\n' {
            if i >= hi || newlines >= 5 {
                line_end = i;
                break;
            }
            newlines += 1;
        }
        i += 1;
        line_end = i;
    }
    let line_end = floor_char(text, line_end.max(hi.min(line_end)).min(text.len()));
    let (from, to) = if line_end - line_start > MAX {
        let from = floor_char(text, lo.saturating_sub(MAX / 2).max(line_start));
        let to = floor_char(text, (from + MAX).min(line_end));
        (from, to)
    } else {
        (line_start, line_end)
    };
    let slice = &text[from..to];
    let r = lo.saturating_sub(from).min(slice.len())..hi.saturating_sub(from).min(slice.len());
    // Personal data in the quoted line is masked character for character (columns stay): a
    // finding printed to a CI log must not spread a citizen's NIK or phone number.
    let masked = crate::privacy::mask_window(text, from..to);
    let (s, r) = escape_with_range(masked.trim_end_matches('\r'), r);
    // `from` is on the span's first line, `line`.
    Some((s, r, line as usize))
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// rustc-style: the header line, the source line with the span underlined, related
/// locations, and a `help:` line (its words in the user's language: `kesalahan`, `saran`).
pub fn render_human(diags: &[Diagnostic], sources: &SourceMap, lang: Lang, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diags {
        header(&mut out, d, sources, lang, color);
        let primary = excerpt(
            &sources.get(d.file).text,
            d.span,
            sources.locate(d.file, d.span).line,
        );
        let related: Vec<(String, String, std::ops::Range<usize>, usize, String)> = d
            .related
            .iter()
            .filter_map(|r| {
                let (s, range, line) = excerpt(
                    &sources.get(r.file).text,
                    r.span,
                    sources.locate(r.file, r.span).line,
                )?;
                let path = escape_control(&sources.get(r.file).rel).into_owned();
                Some((
                    path,
                    s,
                    range,
                    line,
                    escape_control(&super::text(&r.message, lang)).into_owned(),
                ))
            })
            .collect();
        let help = d
            .help
            .as_ref()
            .map(|h| escape_control(&super::text(h, lang)).into_owned());
        let mut group = Group::with_level(level(d.severity));
        let mut any = false;
        if let Some((src, range, line)) = &primary {
            group = group.element(
                Snippet::source(src.as_str())
                    .line_start(*line)
                    .annotation(AnnotationKind::Primary.span(range.clone())),
            );
            any = true;
        }
        for (path, src, range, line, label) in &related {
            group = group.element(
                Snippet::source(src.as_str())
                    .path(path.as_str())
                    .line_start(*line)
                    .annotation(
                        AnnotationKind::Context
                            .span(range.clone())
                            .label(label.as_str()),
                    ),
            );
            any = true;
        }
        if let Some(h) = &help {
            group = group.element(Level::HELP.with_name(lang.help_label()).message(h.as_str()));
            any = true;
        }
        if any {
            out.push_str(&renderer.render(&[group]));
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// One line per finding: `path:line:col: level[CODE]: message`.
pub fn render_concise(
    diags: &[Diagnostic],
    sources: &SourceMap,
    lang: Lang,
    color: bool,
) -> String {
    let mut out = String::new();
    for d in diags {
        header(&mut out, d, sources, lang, color);
    }
    out
}
