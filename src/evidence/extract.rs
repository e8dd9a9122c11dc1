//! What an evidence document says about itself: the words of its text and the date in its own
//! metadata (PDF `CreationDate`, Office `dcterms:created`, OpenDocument `meta:creation-date`,
//! a photo's EXIF `DateTimeOriginal`). Read offline with pure-Rust readers, once per content
//! hash (kept in the stat cache), within fixed budgets: a hostile or huge file yields less,
//! never a hang, a panic that escapes, or unbounded memory.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::sniff::Kind;
use crate::model::date::Date;

/// Files larger than this are not opened for text (their hash is still checked).
const MAX_FILE: u64 = 64 * 1024 * 1024;
/// PDF pages read for text.
const MAX_PAGES: u32 = 40;
/// Decompressed bytes read from one member of an Office/OpenDocument container.
const MAX_MEMBER: u64 = 16 * 1024 * 1024;
/// Distinct words kept per document: enough to tell what a document is about.
const MAX_WORDS: usize = 1500;
/// Metadata dates before this year are defaults of misconfigured scanners and cameras.
const MIN_YEAR: i32 = 2000;

/// Where a document's date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateSource {
    /// The PDF's `CreationDate`.
    Pdf,
    /// `dcterms:created` of a DOCX/XLSX/PPTX, `meta:creation-date` of an ODT/ODS/ODP.
    Office,
    /// A photo's EXIF `DateTimeOriginal` (else `DateTime`).
    Exif,
}

impl DateSource {
    /// The field users can look up in their viewer's "properties" dialog.
    pub fn label(self) -> &'static str {
        match self {
            DateSource::Pdf => "PDF CreationDate",
            DateSource::Office => "dcterms:created",
            DateSource::Exif => "EXIF DateTimeOriginal",
        }
    }
}

/// What was read from one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extract {
    /// The document's own date, as `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub date_source: Option<DateSource>,
    /// Distinct lower-case words of its text in order of first use (at most `MAX_WORDS`);
    /// empty for a scan without a text layer, a photo, or a file that could not be read.
    #[serde(default)]
    pub words: Vec<String>,
}

impl Extract {
    pub fn date(&self) -> Option<Date> {
        self.date.as_deref().and_then(Date::parse)
    }
}

/// Reads `path` (whose leading bytes showed `kind`). Never panics: a reader that panics on a
/// malformed file is contained and the file yields nothing.
pub fn extract(path: &Path, kind: Kind) -> Extract {
    let readable = matches!(
        kind,
        Kind::Pdf | Kind::Zip | Kind::Jpeg | Kind::Png | Kind::Webp
    );
    let small = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= MAX_FILE);
    if !readable || !small {
        return Extract::default();
    }
    std::panic::catch_unwind(|| match kind {
        Kind::Pdf => pdf(path),
        Kind::Zip => office(path),
        _ => photo(path),
    })
    .ok()
    .flatten()
    .unwrap_or_default()
}

fn pdf(path: &Path) -> Option<Extract> {
    let bytes = read_regular(path)?;
    let doc = lopdf::Document::load_mem(&bytes).ok()?;
    let (date, date_source) = match pdf_info_date(&doc) {
        Some(d) => (Some(d.to_string()), Some(DateSource::Pdf)),
        None => (None, None),
    };
    let pages: Vec<u32> = doc
        .get_pages()
        .keys()
        .copied()
        .take(MAX_PAGES as usize)
        .collect();
    let mut text = String::new();
    // Page by page: one page the reader cannot decode loses that page only.
    for chunk in doc.extract_text_chunks(&pages).into_iter().flatten() {
        text.push_str(&chunk);
        text.push(' ');
    }
    Some(Extract {
        date,
        date_source,
        words: words(&text),
    })
}

/// `CreationDate` of the document information dictionary (`D:YYYYMMDD…`).
fn pdf_info_date(doc: &lopdf::Document) -> Option<Date> {
    let info = doc.trailer.get(b"Info").ok()?;
    let dict = match info {
        lopdf::Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        lopdf::Object::Dictionary(d) => d,
        _ => return None,
    };
    let raw = match dict.get(b"CreationDate").ok()? {
        lopdf::Object::String(bytes, _) => String::from_utf8_lossy(bytes).into_owned(),
        _ => return None,
    };
    let digits: String = raw
        .trim_start_matches("D:")
        .chars()
        .take_while(char::is_ascii_digit)
        .take(8)
        .collect();
    compact_date(&digits)
}

/// `YYYYMMDD` → a plausible date.
fn compact_date(digits: &str) -> Option<Date> {
    if digits.len() != 8 {
        return None;
    }
    let y: i32 = digits[..4].parse().ok()?;
    let m: u32 = digits[4..6].parse().ok()?;
    let d: u32 = digits[6..8].parse().ok()?;
    Date::ymd(y, m, d).filter(|d| d.year() >= MIN_YEAR)
}

/// DOCX, XLSX, PPTX (Office Open XML) and ODT, ODS, ODP (OpenDocument): the text members'
/// character data and the creation date of the metadata member.
fn office(path: &Path) -> Option<Extract> {
    let file = crate::fsutil::open_regular(path).ok()?;
    let mut zip = zip::ZipArchive::new(file).ok()?;
    let names: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(std::borrow::Cow::into_owned))
        .collect();
    let text_member = |n: &str| {
        n == "word/document.xml"
            || n == "xl/sharedStrings.xml"
            || (n.starts_with("xl/worksheets/sheet") && n.ends_with(".xml"))
            || (n.starts_with("ppt/slides/slide") && n.ends_with(".xml"))
            || n == "content.xml"
    };
    let mut text = String::new();
    for n in names.iter().filter(|n| text_member(n)) {
        if let Some(xml) = member(&mut zip, n) {
            xml_text(&xml, &mut text);
        }
    }
    let mut meta = String::new();
    let date = ["docProps/core.xml", "meta.xml"]
        .iter()
        .filter(|n| names.iter().any(|x| x == *n))
        .find_map(|n| {
            let xml = member(&mut zip, n)?;
            meta.clear();
            xml_element_text(&xml, &["created", "creation-date"], &mut meta);
            Date::parse(meta.get(..10)?).filter(|d| d.year() >= MIN_YEAR)
        });
    Some(Extract {
        date: date.map(|d| d.to_string()),
        date_source: date.map(|_| DateSource::Office),
        words: words(&text),
    })
}

/// One member of a container, at most [`MAX_MEMBER`] decompressed bytes (a zip bomb yields a
/// truncated member, not an exhausted machine).
fn member(zip: &mut zip::ZipArchive<std::fs::File>, name: &str) -> Option<Vec<u8>> {
    let f = zip.by_name(name).ok()?;
    let mut buf = Vec::new();
    f.take(MAX_MEMBER).read_to_end(&mut buf).ok()?;
    Some(buf)
}

/// The character data of an XML document, separated by spaces at element boundaries.
fn xml_text(xml: &[u8], out: &mut String) {
    let mut r = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Text(t)) => out.push_str(&t.into_inner()),
            Ok(quick_xml::events::Event::End(_)) => out.push(' '),
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
}

/// The text of the first element whose local name is one of `local`.
fn xml_element_text(xml: &[u8], local: &[&str], out: &mut String) {
    let mut r = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut inside = false;
    loop {
        match r.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Start(e)) => {
                let name = e.local_name();
                inside = local.iter().any(|l| name.as_ref() == *l);
            }
            Ok(quick_xml::events::Event::Text(t)) if inside => {
                out.push_str(t.into_inner().trim());
                return;
            }
            Ok(quick_xml::events::Event::End(_)) => inside = false,
            Ok(quick_xml::events::Event::Eof) | Err(_) => return,
            _ => {}
        }
        buf.clear();
    }
}

/// A photo's EXIF date (JPEG, PNG, WebP containers).
fn photo(path: &Path) -> Option<Extract> {
    let file = crate::fsutil::open_regular(path).ok()?;
    let mut reader = std::io::BufReader::new(file.take(MAX_FILE));
    let exif = exif::Reader::new().read_from_container(&mut reader).ok()?;
    let date = [exif::Tag::DateTimeOriginal, exif::Tag::DateTime]
        .iter()
        .find_map(|tag| {
            let field = exif.get_field(*tag, exif::In::PRIMARY)?;
            let exif::Value::Ascii(v) = &field.value else {
                return None;
            };
            // "2026:03:28 09:15:02"
            let digits: String = String::from_utf8_lossy(v.first()?)
                .chars()
                .filter(char::is_ascii_digit)
                .take(8)
                .collect();
            compact_date(&digits)
        })?;
    Some(Extract {
        date: Some(date.to_string()),
        date_source: Some(DateSource::Exif),
        words: Vec::new(),
    })
}

fn read_regular(path: &Path) -> Option<Vec<u8>> {
    let f = crate::fsutil::open_regular(path).ok()?;
    let mut buf = Vec::new();
    f.take(MAX_FILE).read_to_end(&mut buf).ok()?;
    Some(buf)
}

/// Distinct lower-case words of at least three characters with a letter (numbers say nothing
/// about a subject), in order of first use.
fn words(text: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if out.len() >= MAX_WORDS {
            break;
        }
        if w.chars().count() < 3 || !w.chars().any(char::is_alphabetic) {
            continue;
        }
        let w = w.to_lowercase();
        if seen.insert(w.clone()) {
            out.push(w);
        }
    }
    out
}

// Test fixtures are written with std into a fresh temporary folder of the test's own: nothing
// of a workspace is there to protect, so they need not go through `fsutil`.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_distinct_lowercase_and_skip_short_tokens() {
        assert_eq!(
            words("Berita Acara serah terima, berita ACARA 12 di 2026 Modul-Izin"),
            ["berita", "acara", "serah", "terima", "modul", "izin"]
        );
    }

    #[test]
    fn pdf_dates_are_read_from_the_compact_form_and_implausible_ones_dropped() {
        assert_eq!(compact_date("20260328").unwrap().to_string(), "2026-03-28");
        assert!(compact_date("19700101").is_none());
        assert!(compact_date("20261341").is_none());
        assert!(compact_date("2026").is_none());
    }

    #[test]
    fn hostile_and_unreadable_files_yield_nothing() {
        // Test fixtures are written with std into a temporary folder (inputs, not skp's output).
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.pdf");
        std::fs::write(
            &p,
            b"%PDF-1.7\n1 0 obj << /Length 999999999 >> stream\n\xff\xfe",
        )
        .unwrap();
        assert_eq!(extract(&p, Kind::Pdf), Extract::default());
        let z = dir.path().join("x.docx");
        std::fs::write(&z, b"PK\x03\x04 not really a zip").unwrap();
        assert_eq!(extract(&z, Kind::Zip), Extract::default());
        let j = dir.path().join("x.jpg");
        std::fs::write(&j, b"\xFF\xD8\xFF\xE0 truncated").unwrap();
        assert_eq!(extract(&j, Kind::Jpeg), Extract::default());
        // A zip bomb: 64 MiB of text compressed to a few dozen KiB is read up to the member
        // budget only.
        let bomb = dir.path().join("bomb.docx");
        {
            use std::io::Write;
            let mut z = zip::ZipWriter::new(std::fs::File::create(&bomb).unwrap());
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            z.start_file("word/document.xml", opts).unwrap();
            let chunk = vec![b'a'; 1 << 20];
            for _ in 0..64 {
                z.write_all(&chunk).unwrap();
            }
            z.finish().unwrap();
        }
        assert!(std::fs::metadata(&bomb).unwrap().len() < 1 << 20);
        let x = extract(&bomb, Kind::Zip);
        assert!(x.words.len() <= 1 && x.date.is_none(), "{x:?}");
        // A folder is never opened.
        assert_eq!(extract(dir.path(), Kind::Pdf), Extract::default());
    }
}
