//! Control characters in file names and YAML text are shown escaped, never raw: a plan file
//! must not be able to move the cursor or recolour a terminal or a CI log.

use std::borrow::Cow;
use std::ops::Range;

fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn escaped(c: char) -> String {
    match c {
        '\r' => "\\r".into(),
        c => format!("\\u{{{:x}}}", c as u32),
    }
}

/// `s` with control characters (other than newline and tab) and bidi overrides escaped.
pub fn escape_control(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_dangerous) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_dangerous(c) {
            out.push_str(&escaped(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Escapes `s` and maps the byte range `r` of `s` onto the escaped text.
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
        if is_dangerous(c) {
            out.push_str(&escaped(c));
        } else {
            out.push(c);
        }
    }
    let len = out.len();
    let start = start.unwrap_or(len);
    (out, start..end.unwrap_or(len).max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_sequences() {
        assert_eq!(escape_control("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape_control("plain/path.yaml"), "plain/path.yaml");
        let (s, r) = escape_with_range("x\u{7}yz", 2..3);
        assert_eq!(s, "x\\u{7}yz");
        assert_eq!(&s[r], "y");
    }
}
