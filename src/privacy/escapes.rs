//! The text as YAML's double-quoted escapes spell it, for the scan:
//! `"https://budi:rahasia\u0040nas…"` is a password in a link to every reader of the value,
//! though its source holds no `@`. The scan reads source text, not parsed values (comments,
//! keys and unloadable files are shared as widely), so it decodes the escapes that can hide a
//! character — `\uXXXX`, `\UXXXXXXXX`, `\xXX`, `\/`, and `\\` so that what follows it stays
//! text — and the escaped line break that joins two lines, wherever they stand, and maps each
//! match back to the source bytes it came from. Reading an escape outside double quotes as one
//! can only make the scan find more.

use std::ops::Range;

/// The decoded text and, for each of its bytes, the source range of the character it came from.
pub struct Decoded {
    pub text: String,
    from: Vec<Range<u32>>,
}

impl Decoded {
    /// The source range of a decoded range: from its first character's source to its last's.
    pub fn source_range(&self, r: Range<usize>) -> Range<usize> {
        if r.is_empty() {
            let at = self
                .from
                .get(r.start)
                .map_or(self.end(), |s| s.start as usize);
            return at..at;
        }
        self.from[r.start].start as usize..self.from[r.end - 1].end as usize
    }

    fn end(&self) -> usize {
        self.from.last().map_or(0, |s| s.end as usize)
    }
}

/// `text` decoded, or `None` when it holds no escape that changes it (the common case: no
/// backslash at all, found by one byte search).
pub fn decode(text: &str) -> Option<Decoded> {
    if !text.contains('\\') || text.len() > u32::MAX as usize {
        return None;
    }
    let mut out = Decoded {
        text: String::with_capacity(text.len()),
        from: Vec::with_capacity(text.len()),
    };
    let mut changed = false;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let (c, len) = match escape(rest) {
            Some(Escape::Char(c, len)) => {
                changed = true;
                (Some(c), len)
            }
            Some(Escape::Nothing(len)) => {
                changed = true;
                (None, len)
            }
            None => {
                let c = rest
                    .chars()
                    .next()
                    .expect("i is a char boundary inside text");
                (Some(c), c.len_utf8())
            }
        };
        if let Some(c) = c {
            let source = i as u32..(i + len) as u32;
            for _ in 0..c.len_utf8() {
                out.from.push(source.clone());
            }
            out.text.push(c);
        }
        i += len;
    }
    changed.then_some(out)
}

enum Escape {
    /// A character and the length of its escape.
    Char(char, usize),
    /// An escaped line break with the indentation after it: no character at all.
    Nothing(usize),
}

fn escape(s: &str) -> Option<Escape> {
    let b = s.as_bytes();
    if b.first() != Some(&b'\\') {
        return None;
    }
    let hex = |n: usize| {
        let digits = s.get(2..2 + n)?;
        if !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
            return None;
        }
        let c = char::from_u32(u32::from_str_radix(digits, 16).ok()?)?;
        Some(Escape::Char(c, 2 + n))
    };
    match b.get(1)? {
        b'u' => hex(4),
        b'U' => hex(8),
        b'x' => hex(2),
        b'/' => Some(Escape::Char('/', 2)),
        // An escaped backslash, so that the `\x40` after it stays text, as YAML reads it.
        b'\\' => Some(Escape::Char('\\', 2)),
        b'\n' | b'\r' => {
            let mut n = 1;
            n += s[n..]
                .bytes()
                .take_while(|&c| c == b'\r' || c == b'\n')
                .take(2)
                .count();
            n += s[n..]
                .bytes()
                .take_while(|&c| c == b' ' || c == b'\t')
                .count();
            Some(Escape::Nothing(n))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn escapes_decode_and_map_back_to_their_source() {
        let text = r#"url: "https://budi:rahasia\u0040nas.contoh.go.id/x""#;
        let d = decode(text).unwrap();
        assert_eq!(d.text, "url: \"https://budi:rahasia@nas.contoh.go.id/x\"");
        let at = d.text.find('@').unwrap();
        assert_eq!(&text[d.source_range(at..at + 1)], r"\u0040");
        let user = d.text.find("budi").unwrap();
        assert_eq!(
            &text[d.source_range(user..at + 4)],
            r"budi:rahasia\u0040nas"
        );
    }

    #[test]
    fn an_escaped_line_break_joins_the_lines() {
        let text = "a: \"https://budi:raha\\\n    sia@nas.contoh.go.id\"";
        assert_eq!(
            decode(text).unwrap().text,
            "a: \"https://budi:rahasia@nas.contoh.go.id\""
        );
    }

    #[test]
    fn text_without_a_changing_escape_is_left_alone() {
        assert!(decode("no backslash").is_none());
        assert!(decode(r#"a: "C:\Program Files\n""#).is_none());
        assert!(decode(r"bad \u00zz and \x4").is_none());
        // `\\x40` is a backslash and the text `x40`, not an `@`.
        assert_eq!(decode(r"u:pw\\x40host").unwrap().text, r"u:pw\x40host");
        // Multi-byte characters keep their source ranges whole.
        let d = decode("é\\u00e9").unwrap();
        assert_eq!(d.text, "éé");
        assert_eq!(d.source_range(2..4), 2..8);
    }
}
