//! Evidence (bukti dukung): the tamper-evident ledger by SHA-256 and the operations on it.
//! This is the only part of skp that writes user data; every write goes through
//! [`crate::fsutil`] (atomic, locked, with fault points for crash tests).

pub mod add;
pub mod bagit;
pub mod cache;
pub mod coverage;
pub mod edit;
pub mod extract;
pub mod hash;
pub mod ledger;
pub mod locate;
pub mod sniff;
pub mod verify;

/// Files in `bukti/` folders that are never evidence. (skp's own leftover `.skp-tmp-*` files
/// from an interrupted copy are not junk: `verify` reports them so they can be removed.)
pub fn is_junk(name: &str) -> bool {
    (name.starts_with('.') && !name.starts_with(crate::fsutil::TEMP_PREFIX))
        || name.starts_with("~$")
        || matches!(name, "Thumbs.db" | "desktop.ini" | "Desktop.ini")
}

/// A file name safe on every filesystem and in a YAML line: NFC, no control characters, spaces
/// as `-`, no path separators, at most 100 characters (keeping the extension).
pub fn sanitize_name(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let nfc: String = name.nfc().collect();
    let mut out = String::new();
    for c in nfc.chars() {
        let c = match c {
            c if c.is_control() => continue,
            ' ' | '\u{00A0}' => '-',
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' | '#' | '%' => '_',
            c => c,
        };
        if c == '-' && out.ends_with('-') {
            continue;
        }
        out.push(c);
    }
    let out = out.trim_matches(['-', '.', ' ']).to_string();
    let out = if out.is_empty() {
        "berkas".to_string()
    } else {
        out
    };
    let (stem, ext) = match out.rfind('.') {
        Some(i) if i > 0 && out.len() - i <= 10 => (&out[..i], &out[i..]),
        _ => (out.as_str(), ""),
    };
    // At most 100 characters and 200 bytes, leaving room for a collision suffix within the
    // 255-byte limit of common filesystems.
    let max_chars = 100usize.saturating_sub(ext.chars().count());
    let max_bytes = 200usize.saturating_sub(ext.len());
    let mut kept = String::new();
    for c in stem.chars().take(max_chars) {
        if kept.len() + c.len_utf8() > max_bytes {
            break;
        }
        kept.push(c);
    }
    // Windows device names (the part before the first dot) cannot be checked out there.
    let first = kept.split('.').next().unwrap_or("").to_ascii_uppercase();
    let device = matches!(first.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (first.len() == 4
            && (first.starts_with("COM") || first.starts_with("LPT"))
            && first.as_bytes()[3].is_ascii_digit());
    // A copy named `skp.toml` would mark its folder as a workspace of its own, which `check`
    // and `verify` do not enter: the files beside it would go unchecked.
    let marker = kept.eq_ignore_ascii_case("skp") && ext.eq_ignore_ascii_case(".toml");
    if device || marker {
        kept.insert_str(first.len(), "-berkas");
    }
    format!("{kept}{ext}")
}

/// `<stem>-<first 8 hex>.<ext>`: the name for a different file that collides with an existing
/// one.
pub fn collision_name(name: &str, sha256: &str) -> String {
    let short = &sha256[..8.min(sha256.len())];
    match name.rfind('.') {
        Some(i) if i > 0 => format!("{}-{short}{}", &name[..i], &name[i..]),
        _ => format!("{name}-{short}"),
    }
}

/// The built-in evidence type for a file extension.
pub fn type_for(path: &std::path::Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "jpg" | "jpeg" | "png" | "heic" | "webp" | "gif" => "foto",
        "mp4" | "mov" | "mkv" | "avi" | "webm" => "video",
        "pdf" | "doc" | "docx" | "odt" | "xls" | "xlsx" | "ods" | "ppt" | "pptx" | "txt"
        | "csv" => "dokumen",
        _ => "lainnya",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            sanitize_name("Berita Acara  Modul Izin.pdf"),
            "Berita-Acara-Modul-Izin.pdf"
        );
        assert_eq!(sanitize_name("a\u{7}b/c.pdf"), "ab_c.pdf");
        assert_eq!(sanitize_name(""), "berkas");
        // A copy that would mark its folder as a workspace of its own.
        assert_eq!(sanitize_name("skp.toml"), "skp-berkas.toml");
        assert_eq!(sanitize_name("SKP.Toml"), "SKP-berkas.Toml");
        assert_eq!(sanitize_name("skp.toml.bak"), "skp.toml.bak");
        let long = format!("{}.pdf", "x".repeat(300));
        assert_eq!(sanitize_name(&long).chars().count(), 100);
        assert!(sanitize_name(&long).ends_with(".pdf"));
        assert_eq!(
            collision_name("a.pdf", "0123456789abcdef"),
            "a-01234567.pdf"
        );
        assert!(is_junk(".DS_Store") && is_junk("~$laporan.docx") && is_junk("Thumbs.db"));
        assert!(!is_junk("laporan.pdf"));
    }
}
