//! The one reference grammar across documents: `DOC/ENTRY`.

/// Whether `s` is a valid id: `[A-Za-z0-9][A-Za-z0-9._-]*`.
pub fn is_valid_id(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A parsed reference. `doc` is `None` for a bare `ENTRY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref {
    pub doc: Option<String>,
    pub entry: String,
}

impl Ref {
    /// Parses `ENTRY` or `DOC/ENTRY`; `None` if either part is not a valid id.
    pub fn parse(s: &str) -> Option<Ref> {
        let s = s.trim();
        match s.split_once('/') {
            Some((doc, entry)) if is_valid_id(doc) && is_valid_id(entry) => Some(Ref {
                doc: Some(doc.to_string()),
                entry: entry.to_string(),
            }),
            None if is_valid_id(s) => Some(Ref {
                doc: None,
                entry: s.to_string(),
            }),
            _ => None,
        }
    }
}

impl std::fmt::Display for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.doc {
            Some(d) => write!(f, "{d}/{}", self.entry),
            None => f.write_str(&self.entry),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar() {
        assert!(is_valid_id("IKI-1.1"));
        assert!(is_valid_id("199001012015032001-2026a"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a b"));
        assert_eq!(
            Ref::parse("PK-2026-APTIKA/S1.I1"),
            Some(Ref {
                doc: Some("PK-2026-APTIKA".into()),
                entry: "S1.I1".into()
            })
        );
        assert_eq!(Ref::parse("RHK-2").unwrap().doc, None);
        assert_eq!(Ref::parse("a/b/c"), None);
        assert_eq!(Ref::parse("/x"), None);
    }
}
