//! What a file's first bytes say it is, against what its name says: a `.pdf` that is an HTML
//! error page saved from a browser, or a photo renamed to `.pdf`, is evidence nobody can open.
//! Read from the first bytes only, once per content (kept in the stat cache).

/// A file's kind as its bytes show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    Pdf,
    Png,
    Jpeg,
    Gif,
    Webp,
    /// A ZIP container: DOCX, XLSX, PPTX, ODT, ODS …
    Zip,
    /// An OLE compound file: DOC, XLS, PPT.
    Ole,
    /// An MP4 or QuickTime video.
    Mp4,
    Html,
    Other,
}

impl Kind {
    /// The word users know, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Pdf => "PDF",
            Kind::Png => "PNG",
            Kind::Jpeg => "JPEG",
            Kind::Gif => "GIF",
            Kind::Webp => "WebP",
            Kind::Zip => "ZIP/Office",
            Kind::Ole => "Office 97–2003",
            Kind::Mp4 => "MP4",
            Kind::Html => "HTML",
            Kind::Other => "lain",
        }
    }
}

/// How many leading bytes [`sniff`] looks at.
pub const HEAD: usize = 512;

/// The kind the leading bytes of a file show.
pub fn sniff(head: &[u8]) -> Kind {
    let h = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if h.starts_with(b"%PDF-") {
        Kind::Pdf
    } else if h.starts_with(b"\x89PNG\r\n\x1a\n") {
        Kind::Png
    } else if h.starts_with(b"\xFF\xD8\xFF") {
        Kind::Jpeg
    } else if h.starts_with(b"GIF87a") || h.starts_with(b"GIF89a") {
        Kind::Gif
    } else if h.len() >= 12 && &h[..4] == b"RIFF" && &h[8..12] == b"WEBP" {
        Kind::Webp
    } else if h.starts_with(b"PK\x03\x04") {
        Kind::Zip
    } else if h.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Kind::Ole
    } else if h.len() >= 8 && &h[4..8] == b"ftyp" {
        Kind::Mp4
    } else {
        let text = h.trim_ascii_start();
        let starts = |p: &[u8]| {
            text.get(..p.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(p))
        };
        if starts(b"<!doctype html") || starts(b"<html") {
            Kind::Html
        } else {
            Kind::Other
        }
    }
}

/// The kinds a file with this extension may be; `None` when the extension promises nothing
/// checkable (text, CSV, unknown formats).
pub fn expected(ext: &str) -> Option<&'static [Kind]> {
    Some(match ext.to_ascii_lowercase().as_str() {
        "pdf" => &[Kind::Pdf],
        "png" => &[Kind::Png],
        "jpg" | "jpeg" => &[Kind::Jpeg],
        "gif" => &[Kind::Gif],
        "webp" => &[Kind::Webp],
        // Office files saved in the other generation's format open all the same.
        "docx" | "xlsx" | "pptx" | "odt" | "ods" | "odp" => &[Kind::Zip, Kind::Ole],
        "doc" | "xls" | "ppt" => &[Kind::Ole, Kind::Zip],
        "mp4" | "mov" | "m4v" => &[Kind::Mp4],
        _ => return None,
    })
}

/// The kind found, when it contradicts the file name's extension.
pub fn mismatch(name: &str, kind: Kind) -> Option<Kind> {
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    let allowed = expected(ext)?;
    (!allowed.contains(&kind)).then_some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_mismatches() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Kind::Pdf);
        assert_eq!(sniff(b"  <!DOCTYPE html><html>"), Kind::Html);
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0"), Kind::Jpeg);
        assert_eq!(mismatch("laporan.pdf", Kind::Html), Some(Kind::Html));
        assert_eq!(mismatch("laporan.PDF", Kind::Pdf), None);
        assert_eq!(mismatch("foto.jpg", Kind::Png), Some(Kind::Png));
        assert_eq!(mismatch("notulen.docx", Kind::Ole), None);
        assert_eq!(mismatch("data.csv", Kind::Other), None);
        assert_eq!(mismatch("tanpa-ekstensi", Kind::Html), None);
    }
}
