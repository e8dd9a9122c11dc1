//! Links from a page to the workspace's files. A file's name is data someone typed: as an
//! `href` it must stay a path to that file, never become a scheme (`javascript:`), a network
//! address (`//host/…`) or a fragment (`#`), so every part of it is percent-encoded.

use std::path::{Component, Path};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_encode};

/// What one path segment keeps as it is: RFC 3986's unreserved characters.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Where the page that holds the links is read from.
#[derive(Debug, Clone, Copy)]
pub enum Base<'a> {
    /// The workspace root (a page on standard output is saved there, as the docs show).
    Root,
    /// The folder the page is written into (`-o FILE`).
    Folder(&'a Path),
    /// Nowhere the links could be relative to (a PDF printed from a temporary folder): each
    /// link is the file's absolute `file://` URL.
    Absolute,
}

/// The `href` of the workspace file `rel` (as a ledger or the loader names it, `/`-separated,
/// relative to `root`) on a page read from `base`; `None` when `rel` does not stay inside the
/// workspace (absolute, `..`), which the page then shows without a link.
pub fn file_href(root: &Path, base: Base<'_>, rel: &str) -> Option<String> {
    let inside = crate::evidence::ledger::safe_relative(rel)?;
    let encoded = segments(&inside);
    let up = match base {
        Base::Root => 0,
        Base::Folder(dir) => {
            match crate::fsutil::lexical(dir).strip_prefix(crate::fsutil::lexical(root)) {
                Ok(sub) => sub.components().count(),
                Err(_) => return Some(file_url(&root.join(&inside))),
            }
        }
        Base::Absolute => return Some(file_url(&root.join(&inside))),
    };
    // `./` first: a first segment holding a `:` can never read as a scheme.
    Some(match up {
        0 => format!("./{encoded}"),
        n => format!("{}{encoded}", "../".repeat(n)),
    })
}

/// The `file://` URL of an absolute path, every segment percent-encoded (a temporary folder
/// whose name holds `#` or a space must still open).
pub fn file_url(path: &Path) -> String {
    let path = crate::fsutil::lexical(path);
    // A Windows drive (`C:`) comes first, as it is: `file:///C:/Users/…`.
    let drive = match path.components().next() {
        Some(Component::Prefix(p)) => format!("{}/", p.as_os_str().to_string_lossy()),
        _ => String::new(),
    };
    format!("file:///{drive}{}", segments(&path))
}

/// The normal segments of `path`, percent-encoded and joined by `/`.
fn segments(path: &Path) -> String {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(percent_encode(s.as_encoded_bytes(), SEGMENT).to_string()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_never_becomes_a_scheme_an_address_or_a_fragment() {
        let root = Path::new("/ws");
        let href = |rel| file_href(root, Base::Root, rel);
        assert_eq!(
            href("javascript:alert(document.domain)").as_deref(),
            Some("./javascript%3Aalert%28document.domain%29")
        );
        assert_eq!(
            href("pegawai/1/bukti/laporan #1 100%.pdf").as_deref(),
            Some("./pegawai/1/bukti/laporan%20%231%20100%25.pdf")
        );
        assert_eq!(href("//evil.example/x.pdf"), None);
        assert_eq!(href("/etc/passwd"), None);
        assert_eq!(href("../luar.pdf"), None);
    }

    #[test]
    fn a_link_is_relative_to_the_page_inside_the_workspace_and_absolute_outside() {
        let root = Path::new("/ws");
        let rel = "pegawai/1/bukti/a.pdf";
        assert_eq!(
            file_href(root, Base::Folder(Path::new("/ws/laporan/2026")), rel).as_deref(),
            Some("../../pegawai/1/bukti/a.pdf")
        );
        assert_eq!(
            file_href(root, Base::Folder(Path::new("/ws/laporan/../x/..")), rel).as_deref(),
            Some("./pegawai/1/bukti/a.pdf")
        );
        assert_eq!(
            file_href(root, Base::Folder(Path::new("/tmp/out")), rel).as_deref(),
            Some("file:///ws/pegawai/1/bukti/a.pdf")
        );
        assert_eq!(
            file_href(root, Base::Absolute, rel).as_deref(),
            Some("file:///ws/pegawai/1/bukti/a.pdf")
        );
        assert_eq!(
            file_url(Path::new("/tmp/a #b/dokumen.html")),
            "file:///tmp/a%20%23b/dokumen.html"
        );
    }
}
