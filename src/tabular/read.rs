//! Reading a CSV or a workbook into a [`Sheet`].
//!
//! CSV comes from every spreadsheet program in a different dress: `;` where the decimal comma is
//! the locale's (Indonesian Excel), `,` elsewhere, a tab from "Unicode text"; UTF-8 with or
//! without a byte-order mark, UTF-16 from Excel, Windows-1252 from older Excel. All are detected
//! and the result is stated, so a user who sees "Windows-1252" knows why an accent changed.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use super::{Sheet, Value, budget};

/// The largest file `import` reads: ten times an agency of 5 000 employees with 8 indicators.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The most unpacked XML a workbook may declare: a sheet of 1 000 000 full rows.
pub const MAX_UNPACKED: u64 = 1024 * 1024 * 1024;

/// The most cells a sheet is read into, counting the empty cells before the last one of each
/// row: three times the template of a large agency (5 000 employees, 8 indicators, 30 columns:
/// 1.2 million cells), 128 MiB. A single cell at `XFD1048576` would otherwise make the sheet
/// 17 billion cells.
pub const MAX_CELLS: u64 = 4_000_000;

/// The most text a sheet's cells may hold in all: ten times a large agency's template (40 000
/// rows of about 200 bytes). One shared string of 50 MB used by 400 cells is 20 GB once each
/// cell holds its own copy.
pub const MAX_TEXT: u64 = 128 * 1024 * 1024;

/// How the file was read, for the line `import` prints before anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Csv {
        separator: char,
        encoding: &'static str,
    },
    Workbook {
        sheet: String,
    },
}

/// Why a file could not be read as a table at all.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    TooLarge(u64),
    /// A workbook that would unpack to more than [`MAX_UNPACKED`] bytes.
    Unpacked(u64),
    /// A sheet of more than [`MAX_CELLS`] cells or [`MAX_TEXT`] bytes of text.
    Cells,
    /// A part of the workbook (`part`, its name in the zip) that the reader would take whole
    /// into more memory than [`budget`] allows.
    Part {
        part: String,
        limit: budget::PartLimit,
    },
    /// A web page or an Excel 2003 XML sheet, most often saved under an `.xls` name.
    Markup,
    /// A workbook the reader refused (not a spreadsheet, damaged, encrypted).
    Workbook(String),
    /// A workbook with no sheets, or a sheet with no cells.
    Empty,
    /// A CSV whose quoted field opened on `line` never closes: the reader would take the rest
    /// of the file, every later row, as that one cell.
    UnclosedQuote {
        line: u32,
    },
    /// A CSV cell opened by a quote on `line` that holds lines looking like rows of their own:
    /// a quote typed by hand, closed by a quoted cell further down.
    SwallowedRows {
        line: u32,
    },
    /// A CSV in UTF-8 but for some bytes (`line`: the first): text pasted from a file in
    /// another encoding. Read as Windows-1252, every accent of the rest would be garbled.
    Mixed {
        line: u32,
    },
    /// A workbook cell holding a formula and no value computed for it (a file a program wrote
    /// and no spreadsheet has saved): it would read as empty, which a blank cell under a
    /// repeated column takes as "same as above".
    FormulaWithoutValue {
        sheet: String,
        cell: String,
        formula: String,
    },
    /// The sheet to read is hidden: most often an old copy kept out of sight, while the one
    /// edited (`visible`) carries another name. Reading it would import stale rows silently.
    HiddenSheet {
        sheet: String,
        visible: Vec<String>,
    },
}

/// Reads `path` as a workbook when its content or its extension says so (xlsx, xlsm, xls,
/// ods), else as CSV. The content decides first: a workbook saved under a `.csv` name, or a CSV
/// saved under an `.xlsx` name, is read as what it is.
pub fn read(path: &Path) -> Result<(Sheet, Source), ReadError> {
    let bytes = match crate::fsutil::read_at_most(path, MAX_BYTES).map_err(ReadError::Io)? {
        Ok(b) => b,
        Err(size) => return Err(ReadError::TooLarge(size)),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    // A zip (xlsx, ods) or an OLE compound file (xls) is a workbook whatever its name; plain
    // UTF-8 text without a NUL is a CSV whatever its name.
    let zip_or_ole = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0");
    let text = looks_like_text(&bytes);
    let by_name = matches!(ext.as_str(), "xlsx" | "xlsm" | "xlsb" | "xls" | "ods");
    if zip_or_ole || (by_name && !text) {
        workbook(bytes, "SKP")
    } else if is_markup(&bytes) {
        Err(ReadError::Markup)
    } else {
        csv(&bytes, &name)
    }
}

/// Whether `bytes` are a web page or an Excel 2003 XML sheet: what many government applications
/// export under an `.xls` name. Read as CSV, its first line of tags became one unknown column.
fn is_markup(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with('<')
        && [
            "<html",
            "<table",
            "urn:schemas-microsoft-com:office:spreadsheet",
        ]
        .iter()
        .any(|m| head.contains(m))
}

/// Whether `bytes` are text a spreadsheet saved as CSV: UTF-16 with its byte-order mark, or
/// bytes without a NUL that are nearly all printable in UTF-8 or an 8-bit encoding (binary
/// data has control bytes throughout).
fn looks_like_text(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
        .count();
    !sample.is_empty() && !sample.contains(&0) && control * 100 <= sample.len()
}

/// Decodes CSV bytes: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else is the
/// Windows-1252 that Excel writes on Indonesian Windows.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        let name = match enc.name() {
            "UTF-8" => "UTF-8 (BOM)",
            "UTF-16LE" => "UTF-16LE",
            _ => "UTF-16BE",
        };
        return (text.into_owned(), name);
    }
    // UTF-16 saved without a BOM: the header's ASCII letters leave every other byte zero. Text
    // that really is UTF-8 or Windows-1252 has no zero bytes at all.
    let sample = &bytes[..bytes.len().min(512)];
    if sample.len() >= 4 && sample.len().is_multiple_of(2) {
        let zeros_at = |odd: usize| {
            sample
                .iter()
                .skip(odd)
                .step_by(2)
                .filter(|&&b| b == 0)
                .count()
                * 2
                >= sample.len() / 2
        };
        let (le, be) = (zeros_at(1), zeros_at(0));
        if le != be {
            let enc = if le {
                encoding_rs::UTF_16LE
            } else {
                encoding_rs::UTF_16BE
            };
            let (text, _) = enc.decode_without_bom_handling(bytes);
            let name = if le { "UTF-16LE" } else { "UTF-16BE" };
            return (text.into_owned(), name);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "Windows-1252")
        }
    }
}

/// The separator of the header line: whichever of `;`, `,` and tab it holds most of, outside
/// quotes; `,` when none. A title line above the header with no separator at all (`Rekap SKP
/// 2026`) is passed over, up to the five title rows `import` skips.
fn separator(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    let mut lines = 0;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted && counts == [0; 3] && lines < 5 => lines += 1,
            '\n' if !quoted => break,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i == 1)).unwrap_or(1);
    if counts[best] == 0 {
        ','
    } else {
        [';', ',', '\t'][best]
    }
}

/// Where each line of a text starts, to name a CSV row by the line an editor shows: the CSV
/// reader's own line count is off by one for Windows line ends (`\r\n`) and sees no line at
/// all in old Mac files (`\r`).
pub struct LineIndex<'a> {
    text: &'a [u8],
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a [u8]) -> LineIndex<'a> {
        let mut starts = vec![0];
        let mut i = 0;
        while i < text.len() {
            match text[i] {
                b'\r' if text.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 1;
                }
                b'\r' | b'\n' => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { text, starts }
    }

    /// The 1-based line of the record the CSV reader says starts at `offset`. The reader
    /// places a record where the one before it ended: at the `\n` of a `\r\n`, and before
    /// any blank lines it skipped. A record never starts with a line end, so those are
    /// passed over first.
    pub fn line_of(&self, offset: u64) -> u32 {
        let mut at = usize::try_from(offset).unwrap_or(usize::MAX);
        while matches!(self.text.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        self.starts.partition_point(|&s| s <= at) as u32
    }
}

/// The line of the first byte that is not UTF-8, in text that is otherwise UTF-8 (it holds
/// characters beyond ASCII written as UTF-8): two encodings in one file. `None` for valid
/// UTF-8 and for text in one 8-bit encoding.
fn mixed_encoding(bytes: &[u8]) -> Option<u32> {
    let mut utf8 = false;
    let mut first_bad = None;
    let mut at = 0;
    for chunk in bytes.utf8_chunks() {
        utf8 |= !chunk.valid().is_ascii();
        at += chunk.valid().len();
        if !chunk.invalid().is_empty() && first_bad.is_none() {
            first_bad = Some(at);
        }
        at += chunk.invalid().len();
    }
    let bad = first_bad.filter(|_| utf8)?;
    Some(LineIndex::new(bytes).line_of(bad as u64))
}

/// Where a quoted field that never closes opens (a byte offset), read as the CSV reader reads
/// quotes: a field is quoted when it starts with `"`, and `""` inside it is one quote; a `"`
/// elsewhere in a field is a character.
fn unclosed_quote(text: &str, sep: char) -> Option<usize> {
    let mut chars = text.char_indices().peekable();
    let mut field_start = true;
    while let Some((at, c)) = chars.next() {
        if field_start && c == '"' {
            loop {
                match chars.next() {
                    None => return Some(at),
                    Some((_, '"')) if chars.peek().is_some_and(|&(_, n)| n == '"') => {
                        chars.next();
                    }
                    Some((_, '"')) => break,
                    Some(_) => {}
                }
            }
            field_start = false;
            continue;
        }
        field_start = c == sep || c == '\n' || c == '\r';
    }
    None
}

/// CSV bytes as a sheet named after the file; every cell is text.
///
/// # Errors
///
/// [`ReadError::Mixed`] for UTF-8 text with bytes of another encoding in it.
pub fn csv(bytes: &[u8], name: &str) -> Result<(Sheet, Source), ReadError> {
    if encoding_rs::Encoding::for_bom(bytes).is_none()
        && let Some(line) = mixed_encoding(bytes)
    {
        return Err(ReadError::Mixed { line });
    }
    let (mut text, encoding) = decode(bytes);
    // Excel's first line `sep=;` names the separator; blanked (not removed) so that every row
    // keeps its line number.
    let declared = text
        .lines()
        .next()
        .and_then(|l| l.trim_end_matches(['\r', '\n']).strip_prefix("sep="))
        .and_then(|rest| {
            let mut c = rest.chars();
            // One byte, as the CSV reader splits on bytes.
            c.next().filter(|s| s.is_ascii() && c.next().is_none())
        });
    if declared.is_some() {
        let end = text.find(['\r', '\n']).unwrap_or(text.len());
        text.replace_range(..end, "");
    }
    let sep = declared.unwrap_or_else(|| separator(&text));
    if let Some(at) = unclosed_quote(&text, sep) {
        return Err(ReadError::UnclosedQuote {
            line: LineIndex::new(text.as_bytes()).line_of(at as u64),
        });
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(sep as u8)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    let index = LineIndex::new(text.as_bytes());
    let mut record = ::csv::StringRecord::new();
    let mut width = None;
    // A CSV reader only fails on invalid UTF-8, which `decode` has ruled out.
    while reader.read_record(&mut record).unwrap_or(false) {
        let line = record.position().map_or(0, |p| index.line_of(p.byte()));
        // A quote typed by hand that a later quoted cell closes takes the rows between into one
        // cell: a line inside a cell holding a whole row's worth of separators is a row.
        let width = *width.get_or_insert(record.len());
        if width >= 4
            && record.iter().any(|f| {
                f.lines()
                    .skip(1)
                    .any(|l| l.matches(sep).count() + 1 >= width)
            })
        {
            return Err(ReadError::SwallowedRows { line });
        }
        lines.push(line);
        rows.push(
            record
                .iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Value::Empty
                    } else {
                        Value::Text(f.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok((
        Sheet {
            name: name.to_string(),
            workbook: false,
            first_row: 1,
            rows,
            lines,
        },
        Source::Csv {
            separator: sep,
            encoding,
        },
    ))
}

/// The sheet `wanted` of a workbook (any letter case), else its first sheet.
pub fn workbook(bytes: Vec<u8>, wanted: &str) -> Result<(Sheet, Source), ReadError> {
    // An xlsx or ods is a zip: refuse one that declares more than a budget of unpacked XML
    // (a zip bomb) before the reader, which has no limit of its own, inflates it.
    if bytes.starts_with(b"PK")
        && let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes.as_slice()))
    {
        let unpacked: u64 = (0..zip.len())
            .filter_map(|i| zip.by_index_raw(i).ok().map(|f| f.size()))
            .sum();
        if unpacked > MAX_UNPACKED {
            return Err(ReadError::Unpacked(unpacked));
        }
    }
    if bytes.starts_with(b"PK")
        && let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes.as_slice()))
    {
        budget::parts_within_budget(&mut zip)?;
    }
    // The reader is third-party code fed an untrusted file: a panic in it is a refusal, not a
    // crash of skp.
    std::panic::catch_unwind(move || -> Result<(Sheet, Source), ReadError> {
        let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
            .map_err(|e| ReadError::Workbook(e.to_string()))?;
        let names = book.sheet_names();
        let name = names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(wanted))
            .or_else(|| names.first())
            .cloned()
            .ok_or(ReadError::Empty)?;
        let hidden = |n: &str| {
            book.sheets_metadata()
                .iter()
                .any(|m| m.name == n && m.visible != calamine::SheetVisible::Visible)
        };
        if hidden(&name) {
            return Err(ReadError::HiddenSheet {
                visible: names.iter().filter(|n| !hidden(n)).cloned().collect(),
                sheet: name,
            });
        }
        let (row0, rows) = match &mut book {
            // Cell by cell, within budgets, before anything the size of the sheet's bounding
            // box is made: calamine's range is dense.
            calamine::Sheets::Xlsx(x) => {
                let mut cells = x
                    .worksheet_cells_reader(&name)
                    .map_err(|e| ReadError::Workbook(e.to_string()))?;
                from_sparse(gather(&name, || {
                    cells
                        .next_cell_with_formula()
                        .map(|c| c.map(|c| (c.pos, c.value, c.formula)))
                        .map_err(|e| ReadError::Workbook(e.to_string()))
                })?)?
            }
            // The same for xlsb, whose reader gives no formulas next to values.
            calamine::Sheets::Xlsb(x) => {
                let mut cells = x
                    .worksheet_cells_reader(&name)
                    .map_err(|e| ReadError::Workbook(e.to_string()))?;
                from_sparse(gather(&name, || {
                    cells
                        .next_cell()
                        .map(|c| c.map(|c| (c.get_position(), c.get_value().clone(), None)))
                        .map_err(|e| ReadError::Workbook(e.to_string()))
                })?)?
            }
            _ => {
                let range = book
                    .worksheet_range(&name)
                    .map_err(|e| ReadError::Workbook(e.to_string()))?;
                let Some((row0, col0)) = range.start() else {
                    return Err(ReadError::Empty);
                };
                let pad = col0 as usize;
                let rows = range
                    .rows()
                    .map(|r| {
                        let mut out = vec![Value::Empty; pad];
                        out.extend(r.iter().map(value));
                        out
                    })
                    .collect();
                (row0, rows)
            }
        };
        Ok((
            Sheet {
                name: name.clone(),
                workbook: true,
                first_row: row0 + 1,
                rows,
                lines: Vec::new(),
            },
            Source::Workbook { sheet: name },
        ))
    })
    .unwrap_or_else(|_| Err(ReadError::Workbook("unreadable workbook".into())))
}

/// A cell as a streaming reader gives it: position, value, formula if the reader has one.
type StreamedCell<'a> = ((u32, u32), calamine::DataRef<'a>, Option<String>);

/// A non-empty cell kept: position and value.
type Kept = ((u32, u32), Value);

/// The non-empty cells of sheet `sheet`, read one by one from `next` within [`MAX_CELLS`] and
/// [`MAX_TEXT`]: nothing the size of the sheet's bounding box is made before they are judged.
fn gather<'a>(
    sheet: &str,
    mut next: impl FnMut() -> Result<Option<StreamedCell<'a>>, ReadError>,
) -> Result<Vec<Kept>, ReadError> {
    let mut sparse = Vec::new();
    let mut text = 0u64;
    while let Some((pos, value_ref, formula)) = next()? {
        text += match &value_ref {
            calamine::DataRef::SharedString(s) => s.len() as u64,
            calamine::DataRef::String(s) => s.len() as u64,
            _ => 0,
        } + formula.as_ref().map_or(0, |f| f.len() as u64);
        if text > MAX_TEXT || sparse.len() as u64 >= MAX_CELLS {
            return Err(ReadError::Cells);
        }
        // A computed empty text is `String("")`; no value at all is `Empty`.
        if let (calamine::DataRef::Empty, Some(f)) = (&value_ref, &formula)
            && !f.trim().is_empty()
        {
            return Err(ReadError::FormulaWithoutValue {
                sheet: sheet.to_string(),
                cell: format!("{}{}", super::column_letters(pos.1), pos.0 + 1),
                formula: f.clone(),
            });
        }
        let v = value(&Data::from(value_ref));
        if v != Value::Empty {
            sparse.push((pos, v));
        }
    }
    Ok(sparse)
}

/// The rows of a sheet from its non-empty cells (`(row, column)`, any order): from its first
/// row on, each row as long as its last cell, indexed by the sheet's own column numbers.
/// Refused over [`MAX_CELLS`], counted before anything is allocated.
fn from_sparse(mut cells: Vec<Kept>) -> Result<(u32, Vec<Vec<Value>>), ReadError> {
    cells.sort_by_key(|(pos, _)| *pos);
    let (Some(((first, _), _)), Some(((last, _), _))) = (cells.first(), cells.last()) else {
        return Err(ReadError::Empty);
    };
    let (row0, span) = (*first, u64::from(*last - *first) + 1);
    // Every row's length up to its last cell, and one (empty) row per row between.
    let widths: u64 = cells
        .chunk_by(|a, b| a.0.0 == b.0.0)
        .map(|row| u64::from(row[row.len() - 1].0.1) + 1)
        .sum();
    if span + widths > MAX_CELLS {
        return Err(ReadError::Cells);
    }
    let mut rows: Vec<Vec<Value>> = vec![Vec::new(); span as usize];
    for ((r, c), v) in cells {
        let row = &mut rows[(r - row0) as usize];
        let c = c as usize;
        if row.len() <= c {
            row.resize(c + 1, Value::Empty);
        }
        row[c] = v;
    }
    Ok((row0, rows))
}

fn value(d: &Data) -> Value {
    match d {
        Data::Empty => Value::Empty,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) if s.trim().is_empty() => {
            Value::Empty
        }
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.clone()),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::Bool(b) => Value::Text(if *b { "TRUE" } else { "FALSE" }.into()),
        Data::DateTime(d) if d.is_datetime() => Value::Date(d.as_f64()),
        Data::DateTime(d) => Value::Number(d.as_f64()),
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excels_separator_line_names_the_separator_and_keeps_line_numbers() {
        let (sheet, source) = csv(b"sep=;\r\nnip;nama\r\n1,5;A\r\n", "a.csv").unwrap();
        assert_eq!(
            source,
            Source::Csv {
                separator: ';',
                encoding: "UTF-8"
            }
        );
        assert_eq!(
            sheet.rows[0],
            [Value::Text("nip".into()), Value::Text("nama".into())]
        );
        assert_eq!(sheet.rows[1][0], Value::Text("1,5".into()));
        assert_eq!(sheet.lines, [2, 3]);
        let (_, source) = csv(b"sep=\t\nnip\tnama\n", "t.csv").unwrap();
        assert!(
            matches!(
                source,
                Source::Csv {
                    separator: '\t',
                    ..
                }
            ),
            "{source:?}"
        );
    }

    #[test]
    fn a_web_page_or_xml_sheet_is_no_csv() {
        assert!(is_markup(
            b"<html><body><table><tr><td>nip</td></tr></table></body></html>"
        ));
        assert!(is_markup(
            "\u{feff}\r\n<TABLE border=1><TR><TD>NIP</TD></TR></TABLE>".as_bytes()
        ));
        assert!(is_markup(
            b"<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"
        ));
        assert!(!is_markup(b"nip;nama\n1;<b>Budi</b>\n"));
        assert!(!is_markup(b"<catatan>;nama\n1;A\n"));
    }

    #[test]
    fn a_cell_that_swallowed_rows_is_refused_at_its_line() {
        let header = "nip;nama;jabatan;unit;tahun;rhk\n";
        let rows = "1;A;Staf;Unit;2026;\"Rencana\n2;B;Staf;Unit;2026;Lain\n3;C;Staf;Unit;2026;\"\"Akhir\"\"\"\n";
        assert!(matches!(
            csv(format!("{header}{rows}").as_bytes(), "a.csv"),
            Err(ReadError::SwallowedRows { line: 2 })
        ));
        // A note written over several lines, with separators in its prose, is a cell.
        let note = "1;A;Staf;Unit;2026;\"baris satu;\nJanuari; Februari; Maret; April\"\n";
        assert!(csv(format!("{header}{note}").as_bytes(), "b.csv").is_ok());
    }

    #[test]
    fn a_quoted_field_left_open_is_found_where_it_opens() {
        let open = |t: &str| unclosed_quote(t, ',');
        assert_eq!(open("a,b\n1,2\n"), None);
        assert_eq!(open("a,\"b, \"\"c\"\"\nd\",e\n"), None);
        // A quote inside an unquoted field is a character (12" monitor).
        assert_eq!(open("a,12\" layar\n1,2\n"), None);
        assert_eq!(open("a,b\n1,\"dua\n3,4\n5,6\n"), Some(6));
        assert_eq!(open("a,b\n1,\"dua \"\"kutip\"\"\n"), Some(6));
        assert_eq!(unclosed_quote("a;b\r\n1;\"x\r\n", ';'), Some(7));
    }

    #[test]
    fn lines_end_in_lf_crlf_or_cr() {
        for text in ["a\nb\n\nc", "a\r\nb\r\n\r\nc", "a\rb\r\rc"] {
            let index = LineIndex::new(text.as_bytes());
            let at = |needle: u8| text.bytes().position(|b| b == needle).unwrap() as u64;
            assert_eq!(
                (
                    index.line_of(at(b'a')),
                    index.line_of(at(b'b')),
                    index.line_of(at(b'c'))
                ),
                (1, 2, 4),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_row_is_on_the_line_it_starts_on_after_blank_lines_and_cells_spanning_lines() {
        for (text, lines) in [
            ("h\na\n\nb\n", vec![1, 2, 4]),
            ("h\r\na\r\n\r\nb\r\n", vec![1, 2, 4]),
            ("h\ra\r\rb\r", vec![1, 2, 4]),
            ("h\n\n\na\n", vec![1, 4]),
            ("h\r\n\"x\r\ny\"\r\n\r\nb", vec![1, 2, 5]),
        ] {
            assert_eq!(
                csv(text.as_bytes(), "m.csv").unwrap().0.lines,
                lines,
                "{text:?}"
            );
        }
    }

    #[test]
    fn utf8_with_bytes_of_another_encoding_is_refused_at_its_line() {
        let mut bytes = b"nip;catatan\n1;caf\xC3\xA9\n2;rapat \x93final\x94\n".to_vec();
        assert!(matches!(
            csv(&bytes, "m.csv"),
            Err(ReadError::Mixed { line: 3 })
        ));
        // All of it in one 8-bit encoding, or all UTF-8: read.
        bytes = b"nip;catatan\n1;caf\xE9\n2;rapat \x93final\x94\n".to_vec();
        assert!(csv(&bytes, "m.csv").is_ok());
        assert!(csv("nip;catatan\n1;café\n2;rapat “final”\n".as_bytes(), "m.csv").is_ok());
    }

    #[test]
    fn encodings_are_detected() {
        assert_eq!(decode(b"nip;nama").1, "UTF-8");
        assert_eq!(decode(b"\xEF\xBB\xBFnip").1, "UTF-8 (BOM)");
        assert_eq!(decode(b"\xEF\xBB\xBFnip").0, "nip");
        // "Kepala Seksi Pelayanan Umum – Bagian" with an en dash and é in Windows-1252.
        let (text, enc) = decode(b"Caf\xE9 \x96 Bagian");
        assert_eq!((text.as_str(), enc), ("Café – Bagian", "Windows-1252"));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("nip\tnama".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16), ("nip\tnama".to_string(), "UTF-16LE"));
        // Without its BOM, UTF-16 is still recognised by its zero bytes.
        assert_eq!(decode(&utf16[2..]).0, "nip\tnama");
        let be: Vec<u8> = "nip;nama"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode(&be).0, "nip;nama");
    }

    #[test]
    fn a_title_line_without_separators_does_not_decide_the_separator() {
        assert_eq!(
            separator("Rekap SKP 2026\r\nnip;nama;jabatan\n1;A;B\n"),
            ';'
        );
        assert_eq!(separator("\nnip\tnama\n"), '\t');
        assert_eq!(separator("nip\n"), ',');
    }

    #[test]
    fn separators_are_detected_outside_quotes() {
        assert_eq!(separator("nip;nama;jabatan\n1,2,3,4,5"), ';');
        assert_eq!(separator("nip,nama,jabatan"), ',');
        assert_eq!(separator("nip\tnama"), '\t');
        assert_eq!(separator("\"a;b;c\",x,y"), ',');
        assert_eq!(separator("nip"), ',');
    }

    #[test]
    fn csv_cells_keep_quoted_separators_and_line_breaks() {
        let (sheet, source) = csv(b"nip;rhk\n\"1\";\"a; b\nc\"\n", "x.csv").unwrap();
        assert_eq!(
            source,
            Source::Csv {
                separator: ';',
                encoding: "UTF-8"
            }
        );
        assert_eq!(sheet.rows[1][1], Value::Text("a; b\nc".into()));
    }

    #[test]
    fn a_file_that_is_no_workbook_is_refused_not_a_panic() {
        for bytes in [
            b"PK\x03\x04 not really".to_vec(),
            Vec::new(),
            vec![0u8; 4096],
        ] {
            assert!(workbook(bytes, "SKP").is_err());
        }
    }
}
