//! Escaping, one function per output medium. Every value that comes from a file or a file name
//! (a name, an indicator's text, a path, a ledger's `berkas`) goes through the function of the
//! medium it is printed to, so a plan file cannot move the cursor, recolour a terminal or a CI
//! log, forge a line of one-line output, a heading, link, image or HTML in Markdown, a second
//! GitHub workflow command, or break an XML document.
//!
//! Control characters are first made visible (`\n`, `\r`, `\t`, `\u{1b}`) by the terminal
//! escape; the other media then encode that text for their own syntax.
//!
//! Every medium also hides the password of a web address (`https://budi:****@…`, D108): these
//! functions are what all shown text passes through, and a password is never shown, with
//! `--mask` or without (other personal data is `--mask`'s business).

use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;

/// Bidi overrides and isolates: they reorder what a reader sees without being visible.
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Control characters (C0, DEL, C1 — `char::is_control`) and bidi overrides.
fn is_control(c: char) -> bool {
    // The line and paragraph separators end a line for many readers (Python's `splitlines`,
    // some log viewers): one finding per line must stay one line.
    c.is_control() || is_bidi(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Inside a source excerpt lines are lines and tabs are indentation: everything else is escaped.
fn is_dangerous_in_source(c: char) -> bool {
    is_control(c) && c != '\n' && c != '\t'
}

fn push_visible(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

fn escape_where(s: &str, bad: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            push_visible(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Terminal text (human and concise output, tables, messages on stdout and stderr): every
/// control character — C0 including newline, carriage return and tab, DEL, C1 (ESC, BEL, CSI,
/// OSC …) — and every bidi override shown as a visible escape (`\n`, `\u{1b}`). The result is
/// one line that prints exactly as it reads, so `--format concise` stays one line per finding.
pub fn escape_control(s: &str) -> Cow<'_, str> {
    match crate::privacy::mask_passwords(s) {
        Cow::Borrowed(s) => escape_where(s, is_control),
        Cow::Owned(masked) => Cow::Owned(escape_where(&masked, is_control).into_owned()),
    }
}

/// Escapes a source excerpt (which keeps its newlines and tabs) and maps the byte range `r` of
/// `s` onto the escaped text.
pub fn escape_with_range(s: &str, r: Range<usize>) -> (String, Range<usize>) {
    let mut out = String::with_capacity(s.len());
    let (mut start, mut end) = (None, None);
    for (i, c) in s.char_indices() {
        if i >= r.start && start.is_none() {
            start = Some(out.len());
        }
        if i >= r.end && end.is_none() {
            end = Some(out.len());
        }
        if is_dangerous_in_source(c) {
            push_visible(&mut out, c);
        } else {
            out.push(c);
        }
    }
    let len = out.len();
    let start = start.unwrap_or(len);
    (out, start..end.unwrap_or(len).max(start))
}

/// Markdown text (GitHub job summary, `--format markdown|github` reports, table cells): control
/// characters made visible first (so no value can start a line of its own and forge a heading,
/// a list or a table row), then HTML's `<`, `>`, `&` as entities (no tag, no entity can be
/// forged) and the characters that open links, images, code, tables and headings (`\`, `` ` ``,
/// `[`, `]`, `!`, `|`, `#`) backslash-escaped. Emphasis (`*`, `_`) is left alone: it cannot
/// forge anything, and ids like `RHK-1*` or `skp_2026` stay readable in the raw text.
pub fn escape_markdown(s: &str) -> String {
    let s = escape_control(s);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '[' | ']' | '!' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A Markdown code span holding `s` literally: control characters made visible, then a fence
/// of backticks longer than any run inside (CommonMark §6.1), padded when `s` starts or ends
/// with a backtick. Nothing inside a code span is parsed, so no markup can escape it.
pub fn markdown_code(s: &str) -> String {
    let s = escape_control(s);
    let (mut longest, mut run) = (0, 0);
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// GitHub's own escaping of workflow commands, shared by data and properties.
fn github_percent(s: &str, property: bool) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

/// The data part of a GitHub workflow command (`::error …::DATA`), as GitHub documents it:
/// `%` → `%25`, CR → `%0D`, LF → `%0A`, so a newline in a value cannot start a second command
/// and decodes back to a newline in the annotation. Other control characters (ESC, BEL …) are
/// made visible first: the runner's log would interpret them.
pub fn escape_github_data(s: &str) -> String {
    github_percent(
        &escape_where(s, |c| is_control(c) && c != '\n' && c != '\r'),
        false,
    )
}

/// A property value of a GitHub workflow command (`file=…,title=…`): the data escaping plus
/// `:` → `%3A` and `,` → `%2C`, which would otherwise end the property.
pub fn escape_github_property(s: &str) -> String {
    github_percent(
        &escape_where(s, |c| is_control(c) && c != '\n' && c != '\r'),
        true,
    )
}

/// One CSV cell (RFC 4180; `excel`: the spreadsheet dialect). Control characters other than
/// newline, carriage return and tab are made visible; a cell that holds the separator, a quote
/// or a line break is quoted with quotes doubled; in the Excel dialect a cell a spreadsheet
/// would run as a formula (leading `=`, `+`, `-`, `@`, tab, CR) gets a leading `'`, except the
/// `="0123…"` form that keeps a text-only number (a NIP) text. Plain CSV is data for programs
/// and keeps the text as it is.
/// `2026-01`, `2026-1` or `2026-01-15`: what spreadsheets turn into dates.
fn looks_like_date(c: &str) -> bool {
    let parts: Vec<&str> = c.split('-').collect();
    let digits = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    matches!(parts.len(), 2 | 3)
        && parts.iter().all(digits)
        && parts[0].len() == 4
        && parts[1..].iter().all(|p| p.len() <= 2)
}

pub fn escape_csv(c: &str, sep: char, excel: bool) -> String {
    let c = crate::privacy::mask_passwords(c);
    let mut c =
        escape_where(&c, |c| is_control(c) && !matches!(c, '\n' | '\r' | '\t')).into_owned();
    let text_number = c.starts_with("=\"")
        && c.ends_with('"')
        && c.len() >= 3
        && c[2..c.len() - 1].bytes().all(|b| b.is_ascii_digit());
    if excel && !text_number && c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        c.insert(0, '\'');
    }
    // A month period (`2026-01`) or a date opens in a spreadsheet as a date serial; written as
    // a text formula it stays the id it is, as NIPs do.
    if excel && !text_number && looks_like_date(&c) {
        c = format!("=\"{c}\"");
    }
    if c.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c
    }
}

/// HTML-escapes text from plan files: markup characters become entities, control characters
/// (which no form needs and a terminal pasted into a YAML key can carry) become U+FFFD;
/// newlines become `<br>`. A bidi override is shown as its escape (`\u{202e}`), as in a
/// terminal: on a printed form it would make `aydaM ilhA` read "Ahli Madya".
pub fn escape_html(s: &str) -> String {
    let s = crate::privacy::mask_passwords(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c if is_bidi(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// XML 1.0 character data and attribute values (JUnit): `&`, `<`, `>`, `"`, `'` as entities;
/// newline, carriage return and tab as character references (an attribute value would have
/// them normalised to spaces); characters XML 1.0 cannot carry (other C0, U+FFFE, U+FFFF) and
/// the ones it allows but a terminal would run (DEL, C1) made visible, as in a terminal.
pub fn escape_xml(s: &str) -> String {
    let s = crate::privacy::mask_passwords(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_control(c) || matches!(c, '\u{FFFE}' | '\u{FFFF}') => push_visible(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// JSON (the `--format json` contracts, SARIF, GitLab): serde_json escapes C0 characters
/// (`\u001b`), quotes and backslashes; this formatter also writes DEL, C1 and bidi overrides as
/// `\uXXXX`, which serde_json passes through raw and a terminal showing the output would run.
/// The decoded JSON value is unchanged, but for the password of a web address, which is
/// `****` (see the module's documentation). Pretty-printed like `serde_json::to_string_pretty`.
pub fn json_pretty<T: serde::Serialize + ?Sized>(value: &T) -> String {
    json_string(value, serde_json::ser::PrettyFormatter::new())
}

/// As [`json_pretty`], written straight to `w` as it is serialised: a large document (the tree
/// of an agency) never exists whole in memory.
pub fn json_pretty_to<W: std::io::Write, T: serde::Serialize + ?Sized>(
    w: W,
    value: &T,
) -> std::io::Result<()> {
    json_write(w, value, serde_json::ser::PrettyFormatter::new())
}

/// As [`json_pretty`], on one line: for SARIF, whose upload limit is on bytes.
pub fn json_compact<T: serde::Serialize + ?Sized>(value: &T) -> String {
    json_string(value, serde_json::ser::CompactFormatter)
}

fn json_write<W, T, F>(w: W, value: &T, f: F) -> std::io::Result<()>
where
    W: std::io::Write,
    T: serde::Serialize + ?Sized,
    F: serde_json::ser::Formatter,
{
    let mut ser = serde_json::Serializer::with_formatter(w, EscapingFormatter(f));
    value.serialize(&mut ser).map_err(std::io::Error::other)
}

fn json_string<T, F>(value: &T, f: F) -> String
where
    T: serde::Serialize + ?Sized,
    F: serde_json::ser::Formatter,
{
    let mut buf = Vec::with_capacity(1024);
    if json_write(&mut buf, value, f).is_err() {
        return String::new();
    }
    String::from_utf8(buf).unwrap_or_default()
}

struct EscapingFormatter<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for EscapingFormatter<F> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // serde_json cuts a string only where it must escape a quote, a backslash or a control
        // character: a password holding one of those is the one a fragment can cut (D108
        // still names it).
        let fragment = &*crate::privacy::mask_passwords(fragment);
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if is_control(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn excel_csv_keeps_periods_and_dates_as_text() {
        assert_eq!(escape_csv("2026-01", ';', true), "\"=\"\"2026-01\"\"\"");
        assert_eq!(
            escape_csv("2026-07-02", ';', true),
            "\"=\"\"2026-07-02\"\"\""
        );
        assert_eq!(escape_csv("2026-TW1", ';', true), "2026-TW1");
        assert_eq!(escape_csv("2026-01", ',', false), "2026-01");
        assert_eq!(escape_csv("12-3", ';', true), "12-3");
    }

    #[test]
    fn html_neutralises_markup_quotes_and_control_characters() {
        assert_eq!(
            escape_html("<script>alert('x')</script> & \"q\"\u{1b}[31m"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\u{FFFD}[31m"
        );
        assert_eq!(escape_html("a\nb"), "a<br>b");
        assert_eq!(
            escape_html("Pranata Komputer \u{202e}aydaM ilhA\u{202c}"),
            "Pranata Komputer \\u{202e}aydaM ilhA\\u{202c}"
        );
    }

    use super::*;

    #[test]
    fn escapes_terminal_sequences() {
        assert_eq!(escape_control("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape_control("plain/path.yaml"), "plain/path.yaml");
        // Line and paragraph separators end a line for many readers: one finding, one line.
        assert_eq!(
            escape_control("a\u{2028}b\u{2029}c"),
            "a\\u{2028}b\\u{2029}c"
        );
        assert_eq!(
            escape_control("a\nb\r\tc\u{7f}\u{9b}"),
            "a\\nb\\r\\tc\\u{7f}\\u{9b}"
        );
        let (s, r) = escape_with_range("x\u{7}yz", 2..3);
        assert_eq!(s, "x\\u{7}yz");
        assert_eq!(&s[r], "y");
        let (s, _) = escape_with_range("a\n\tb\r", 0..1);
        assert_eq!(s, "a\n\tb\\r");
    }

    #[test]
    fn markdown_cannot_forge_markup() {
        assert_eq!(
            escape_markdown("x\n# h ![i](u) <img src=x> a|b `c` &lt;"),
            "x\\\\n\\# h \\!\\[i\\](u) &lt;img src=x&gt; a\\|b \\`c\\` &amp;lt;"
        );
        assert_eq!(escape_markdown("RHK-1* skp_2026"), "RHK-1* skp_2026");
        assert_eq!(markdown_code("a/b.yaml"), "`a/b.yaml`");
        assert_eq!(markdown_code("a`b``c"), "```a`b``c```");
        assert_eq!(markdown_code("`x"), "`` `x ``");
        assert_eq!(markdown_code("a\nb"), "`a\\nb`");
    }

    #[test]
    fn github_escaping() {
        assert_eq!(
            escape_github_data("50% done\r\nnext\u{1b}"),
            "50%25 done%0D%0Anext\\u{1b}"
        );
        assert_eq!(escape_github_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn csv_cells() {
        assert_eq!(escape_csv("a\u{1b}b", ',', false), "a\\u{1b}b");
        assert_eq!(escape_csv("a\nb", ',', false), "\"a\nb\"");
        assert_eq!(escape_csv("=1", ';', true), "'=1");
        assert_eq!(escape_csv("=\"0123\"", ';', true), "\"=\"\"0123\"\"\"");
        assert_eq!(escape_csv("=\"", ';', true), "\"'=\"\"\"");
    }

    #[test]
    fn json_escapes_what_serde_json_passes_raw() {
        let v = serde_json::json!({ "a": "x\u{1b}\u{7f}\u{9b}\u{202e}é\n", "b": [1] });
        let text = json_pretty(&v);
        assert_eq!(
            text,
            "{\n  \"a\": \"x\\u001b\\u007f\\u009b\\u202eé\\n\",\n  \"b\": [\n    1\n  ]\n}"
        );
        assert_eq!(
            text,
            serde_json::to_string_pretty(&v)
                .unwrap()
                .replace('\u{7f}', "\\u007f")
                .replace('\u{9b}', "\\u009b")
                .replace('\u{202e}', "\\u202e")
        );
        assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), v);
    }

    #[test]
    fn xml_escaping() {
        assert_eq!(
            escape_xml("<a & \"b\" 'c'>\u{1}\n\u{9b}"),
            "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;\\u{1}&#10;\\u{9b}"
        );
    }
}
