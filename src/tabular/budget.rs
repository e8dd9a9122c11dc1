//! What a zipped workbook may ask of memory, measured before its reader opens it.
//!
//! calamine has no limits of its own. Opening an xlsx parses its shared strings, styles,
//! workbook part and relationships whole into memory, and reading an ods expands the repeats of
//! its rows and cells. A few hundred kilobytes of compressed XML can ask for gigabytes: 40
//! million `<xf/>` in a 312 KB workbook took 10 GB. Each such part is judged by its declared
//! size, then streamed here (one XML event at a time, so within that size), and the workbook is
//! refused before the reader sees it. Sheets are streamed by the reader, but a cell's text is
//! taken whole, so their text too is counted here first.

use std::io::{Read, Seek};

use quick_xml::events::Event;

use super::read::{MAX_CELLS, MAX_TEXT, ReadError};

/// The most XML elements a part the reader takes whole at opening may hold (styles, the
/// workbook part, relationships, the theme). A styles part at Excel's own limits (64 000 cell
/// formats and as many cell styles, each with its alignment and protection, and the fonts,
/// fills and borders they use) comes to about 400 000. The reader keeps some 250 bytes per
/// element of a styles part, so at most 250 MiB.
pub const MAX_PART_ELEMENTS: u64 = 1_000_000;

/// The largest part the reader takes whole at opening, shared strings apart: a styles or
/// workbook part at Excel's own limits is a few megabytes.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// The largest shared-strings part: [`MAX_TEXT`] of text, and the markup of [`MAX_CELLS`]
/// strings around it.
pub const MAX_STRINGS_BYTES: u64 = MAX_TEXT + 32 * MAX_CELLS;

/// Why a part of a workbook was refused: the limit it went over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartLimit {
    /// More than [`MAX_PART_ELEMENTS`] elements.
    Elements,
    /// More than [`MAX_CELLS`] shared strings or [`MAX_TEXT`] bytes of their text.
    Strings,
    /// More than [`MAX_PART_BYTES`] bytes ([`MAX_STRINGS_BYTES`] for the shared strings).
    Bytes,
}

/// Refuses a zipped workbook (xlsx, xlsm, xlsb, ods) with a part its reader would take whole
/// into more memory than the budgets allow. A part that cannot be read is left to the reader
/// to refuse in its own words.
pub(super) fn parts_within_budget<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
) -> Result<(), ReadError> {
    let names: Vec<(usize, String, String)> = (0..zip.len())
        .filter_map(|i| {
            let f = zip.by_index_raw(i).ok()?;
            let name = f.name().ok()?.into_owned();
            let key = normalized(&name);
            Some((i, name, key))
        })
        .collect();
    // The reader takes the workbook part `_rels/.rels` names, and the shared strings, styles
    // and theme in that part's folder. A hostile file can make that any folder (an entity in
    // the target, a second relationship, a backslash), so these parts are measured by their
    // names wherever they are, and every part named as the workbook counts as one.
    let workbooks = office_documents(zip);
    let read_whole = |name: &str| {
        let base = name.rsplit('/').next().unwrap_or(name);
        workbooks.iter().any(|w| w == name)
            || name.ends_with(".rels")
            || matches!(
                base,
                "sharedstrings.xml"
                    | "styles.xml"
                    | "theme1.xml"
                    | "workbook.xml"
                    | "sharedstrings.bin"
                    | "styles.bin"
                    | "workbook.bin"
            )
    };
    for (i, original, name) in names {
        // A sheet is streamed cell by cell, but each cell's text whole: one inline string
        // of 900 MiB in a 0.9 MB workbook took 2.8 GB before the cell budget saw it.
        if name.contains("worksheets/") && name.ends_with(".xml") {
            let Ok(part) = zip.by_index(i) else { continue };
            if !sheet_text_within_budget(part) {
                return Err(ReadError::Cells);
            }
            continue;
        }
        let limit = if name == "content.xml" {
            let Ok(part) = zip.by_index(i) else { continue };
            ods_within_budget(part)?;
            continue;
        } else if !read_whole(&name) {
            continue;
        } else {
            let strings = name.ends_with("sharedstrings.xml");
            // The size first, as the zip declares it (and holds the part to): a binary part is
            // judged by it alone, and an XML part so large is no workbook's, whatever its
            // elements (one attribute of 400 MB is one element).
            let Ok(size) = zip.by_index_raw(i).map(|p| p.size()) else {
                continue;
            };
            let most = if strings {
                MAX_STRINGS_BYTES
            } else {
                MAX_PART_BYTES
            };
            if size > most {
                Some(PartLimit::Bytes)
            } else if name.ends_with(".bin") {
                None
            } else {
                let Ok(part) = zip.by_index(i) else { continue };
                xml_within_budget(part, strings)
            }
        };
        if let Some(limit) = limit {
            return Err(ReadError::Part {
                part: original,
                limit,
            });
        }
    }
    Ok(())
}

/// A name inside the zip as the reader looks it up: `/` between folders, lower case, no
/// leading `/`.
fn normalized(name: &str) -> String {
    name.replace('\\', "/")
        .trim_start_matches('/')
        .to_ascii_lowercase()
}

/// Every workbook part `_rels/.rels` may be read to name (its `officeDocument`
/// relationships), normalized. The reader takes the attribute named exactly `Target` with only
/// its entities decoded; every attribute of that local name is taken here, both decoded that
/// way and as XML normalizes it (a tab made a space), so that no spelling of the target
/// escapes the budget.
fn office_documents<R: Read + Seek>(zip: &mut zip::ZipArchive<R>) -> Vec<String> {
    let mut out = Vec::new();
    let Some(index) = (0..zip.len()).find(|&i| {
        zip.by_index_raw(i)
            .is_ok_and(|f| f.name().is_ok_and(|n| normalized(&n) == "_rels/.rels"))
    }) else {
        return out;
    };
    let Ok(part) = zip.by_index(index) else {
        return out;
    };
    let mut r = quick_xml::Reader::from_reader(std::io::BufReader::new(part));
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let named = |key: &str| {
                    e.attributes()
                        .flatten()
                        .filter(|a| a.key.local_name().as_ref() == key)
                        .collect::<Vec<_>>()
                };
                let office = named("Type")
                    .iter()
                    .any(|a| a.value.ends_with("/relationships/officeDocument"));
                if office {
                    for a in named("Target") {
                        if let Ok(v) = quick_xml::escape::unescape(&a.value) {
                            out.push(normalized(&v));
                        }
                        if let Ok(v) = a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                            out.push(normalized(&v));
                        }
                        out.push(normalized(&a.value));
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => return out,
            _ => {}
        }
        buf.clear();
    }
}

/// Whether the text between the tags of a worksheet part (inline strings, values, formulas)
/// stays within [`MAX_TEXT`]. Counted byte by byte in a fixed buffer: an XML reader would
/// itself hold a whole text node, the very thing to keep out of memory.
fn sheet_text_within_budget(mut xml: impl Read) -> bool {
    let mut buf = [0u8; 64 * 1024];
    let (mut in_tag, mut text) = (false, 0u64);
    loop {
        let n = match xml.read(&mut buf) {
            Ok(0) | Err(_) => return true,
            Ok(n) => n,
        };
        for &b in &buf[..n] {
            match b {
                b'<' => in_tag = true,
                b'>' => in_tag = false,
                _ if !in_tag => text += 1,
                _ => {}
            }
        }
        if text > MAX_TEXT {
            return false;
        }
    }
}

/// Counts the elements of a part read whole, and for the shared strings (`strings`) their
/// number and text, stopping at the first limit passed.
fn xml_within_budget(xml: impl Read, strings: bool) -> Option<PartLimit> {
    let mut r = quick_xml::Reader::from_reader(std::io::BufReader::new(xml));
    let mut buf = Vec::new();
    let (mut elements, mut items, mut text) = (0u64, 0u64, 0u64);
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                elements += 1;
                items += u64::from(strings && e.local_name().as_ref() == "si");
            }
            Ok(Event::Text(t)) if strings => text += t.len() as u64,
            // `&amp;` and the like: one character each.
            Ok(Event::GeneralRef(_)) if strings => text += 1,
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
        if strings && (items > MAX_CELLS || text > MAX_TEXT) {
            return Some(PartLimit::Strings);
        }
        // The shared strings hold a few elements per string (`<si><t>`, runs of rich text):
        // they are judged by their number of strings instead.
        if !strings && elements > MAX_PART_ELEMENTS {
            return Some(PartLimit::Elements);
        }
        buf.clear();
    }
}

/// Refuses an OpenDocument sheet whose repeated rows and cells would come to more than
/// [`MAX_CELLS`] cells or [`MAX_TEXT`] of text, read from its XML before calamine expands them:
/// an 814-byte file can repeat one row of 200 long cells 200 000 times. Empty repeats (the
/// blank rest of every sheet LibreOffice saves) are not counted, as they are not expanded,
/// except between cells with content: there the reader fills the rectangle from the first to
/// the last, so a million blank rows between two cells 50 columns apart are 51 million cells.
pub(super) fn ods_within_budget(xml: impl std::io::Read) -> Result<(), ReadError> {
    use quick_xml::events::{BytesStart, Event};
    fn attribute<'a>(
        e: &'a BytesStart<'_>,
        name: &str,
    ) -> Option<quick_xml::events::attributes::Attribute<'a>> {
        e.attributes()
            .flatten()
            .find(|a| a.key.local_name().as_ref() == name)
    }
    let repeat = |e: &BytesStart, name: &str| -> u64 {
        attribute(e, name)
            .and_then(|a| a.value.parse().ok())
            .unwrap_or(1)
    };
    // What a cell holds before its text: a value written in an attribute (`office:value`,
    // `office:string-value`, …), which the reader copies like text. None for an empty cell,
    // however it is styled.
    let values = |e: &BytesStart| -> Option<u64> {
        attribute(e, "value-type")?;
        Some(
            e.attributes()
                .flatten()
                .filter(|a| a.key.local_name().as_ref().ends_with("value"))
                .map(|a| a.value.len() as u64)
                .sum(),
        )
    };
    let is_cell = |name: &str| matches!(name, "table-cell" | "covered-table-cell");
    let mut r = quick_xml::Reader::from_reader(std::io::BufReader::new(xml));
    let mut buf = Vec::new();
    let (mut cells, mut text) = (0u64, 0u64);
    // The row being read: its repeat, its width up to its last cell with content, its text,
    // and where its first cell with content is.
    let (mut rows, mut width, mut last, mut row_text) = (1u64, 0u64, 0u64, 0u64);
    let mut first: Option<u64> = None;
    // The rectangle the reader fills: rows `top..bottom`, columns `left..right`.
    let (mut at_row, mut top, mut bottom, mut left, mut right) = (0u64, None, 0u64, u64::MAX, 0);
    // The cell being read: its repeat, whether it holds anything, its text.
    let (mut cols, mut filled, mut cell_text) = (1u64, false, 0u64);
    let mut in_cell = false;
    loop {
        match r.read_event_into(&mut buf) {
            // Each sheet is its own rectangle: the blank million rows that end one sheet do
            // not stretch the next.
            Ok(Event::Start(e)) if e.local_name().as_ref() == "table" => {
                (at_row, top, bottom, left, right) = (0, None, 0, u64::MAX, 0);
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == "table-row" => {
                (rows, width, last, row_text) = (repeat(&e, "number-rows-repeated"), 0, 0, 0);
                first = None;
            }
            Ok(Event::Start(e)) if is_cell(e.local_name().as_ref()) => {
                cols = repeat(&e, "number-columns-repeated");
                let v = values(&e);
                (filled, cell_text, in_cell) = (v.is_some(), v.unwrap_or(0), true);
            }
            Ok(Event::Empty(e)) if is_cell(e.local_name().as_ref()) => {
                let c = repeat(&e, "number-columns-repeated");
                if let Some(v) = values(&e) {
                    first.get_or_insert(width);
                    last = width + c;
                    row_text = row_text.saturating_add(v.saturating_mul(c));
                }
                width += c;
            }
            Ok(Event::Text(t)) if in_cell => {
                (filled, cell_text) = (true, cell_text + t.len() as u64);
            }
            // `&lt;` and the like: one character each.
            Ok(Event::GeneralRef(_)) if in_cell => {
                (filled, cell_text) = (true, cell_text + 1);
            }
            // `<text:s text:c="N"/>` is N spaces; a tab or a line break is one character.
            Ok(Event::Empty(e) | Event::Start(e)) if in_cell => match e.local_name().as_ref() {
                "s" => (filled, cell_text) = (true, cell_text.saturating_add(repeat(&e, "c"))),
                "tab" | "line-break" => (filled, cell_text) = (true, cell_text + 1),
                _ => {}
            },
            Ok(Event::End(e)) if is_cell(e.local_name().as_ref()) => {
                if filled {
                    first.get_or_insert(width);
                    last = width + cols;
                }
                row_text = row_text.saturating_add(cell_text.saturating_mul(cols));
                width += cols;
                in_cell = false;
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "table-row" => {
                if last > 0 {
                    cells = cells.saturating_add(rows.saturating_mul(last));
                    text = text.saturating_add(rows.saturating_mul(row_text));
                    top.get_or_insert(at_row);
                    bottom = at_row.saturating_add(rows);
                    left = left.min(first.unwrap_or(0));
                    right = right.max(last);
                }
                at_row = at_row.saturating_add(rows);
                let area = top.map_or(0, |t| {
                    (bottom - t).saturating_mul(right.saturating_sub(left))
                });
                if cells > MAX_CELLS || text > MAX_TEXT || area > MAX_CELLS {
                    return Err(ReadError::Cells);
                }
            }
            // Unreadable XML is left to calamine to refuse in its own words.
            Ok(Event::Eof) | Err(_) => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_is_measured_by_its_text_without_holding_it() {
        let cell = |text: &str| {
            format!(
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{text}</t></is></c></row></sheetData></worksheet>"
            )
        };
        assert!(sheet_text_within_budget(cell("nip").as_bytes()));
        // One inline string just over the budget, streamed: never a string of that size here.
        let head = "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>";
        let bomb = head
            .as_bytes()
            .chain(std::io::repeat(b'A').take(MAX_TEXT + 1))
            .chain(&b"</t></is></c></row></sheetData></worksheet>"[..]);
        assert!(!sheet_text_within_budget(bomb));
        // Markup does not count: long attributes are no text.
        let attrs = format!("<worksheet {}/>", "a=\"1\" ".repeat(1000));
        assert!(sheet_text_within_budget(attrs.as_bytes()));
    }

    #[test]
    fn an_ods_sheet_is_measured_by_the_repeats_it_expands() {
        let sheet = |rows: &str| {
            format!(
                "<office:document-content xmlns:office=\"o\" xmlns:table=\"t\" xmlns:text=\"x\"><office:body><office:spreadsheet><table:table>{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
            )
        };
        // What LibreOffice saves: the table, then the blank rest of the sheet as repeats.
        let saved = sheet(
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>nip</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"1023\"/></table:table-row>\
             <table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
        );
        assert!(ods_within_budget(saved.as_bytes()).is_ok());
        // One row of 200 long cells repeated 200 000 times.
        let long = "y".repeat(1000);
        let bomb = sheet(&format!(
            "<table:table-row table:number-rows-repeated=\"200000\"><table:table-cell table:number-columns-repeated=\"200\" office:value-type=\"string\"><text:p>{long}</text:p></table:table-cell></table:table-row>"
        ));
        assert!(matches!(
            ods_within_budget(bomb.as_bytes()),
            Err(ReadError::Cells)
        ));
        // Many numbers, no text: counted as cells.
        let wide = sheet(
            "<table:table-row table:number-rows-repeated=\"100000\"><table:table-cell table:number-columns-repeated=\"100\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>",
        );
        assert!(matches!(
            ods_within_budget(wide.as_bytes()),
            Err(ReadError::Cells)
        ));
        // Text the reader makes from markup and attributes: runs of spaces, entities, values.
        for cell in [
            "<text:p><text:s text:c=\"100000\"/></text:p>".to_string(),
            format!("<text:p>{}</text:p>", "&lt;".repeat(20_000)),
        ] {
            let rows = sheet(&format!(
                "<table:table-row table:number-rows-repeated=\"2000\"><table:table-cell table:number-columns-repeated=\"10\" office:value-type=\"string\">{cell}</table:table-cell></table:table-row>"
            ));
            assert!(
                matches!(ods_within_budget(rows.as_bytes()), Err(ReadError::Cells)),
                "{cell}"
            );
        }
        // Two sheets as LibreOffice saves them, each ending in the blank rest of the sheet: each
        // is measured on its own.
        let two = format!(
            "<office:document-content xmlns:office=\"o\" xmlns:table=\"t\" xmlns:text=\"x\"><office:body><office:spreadsheet>{}{}</office:spreadsheet></office:body></office:document-content>",
            "<table:table><table:table-row><table:table-cell office:value-type=\"string\"><text:p>nip</text:p></table:table-cell></table:table-row>\
             <table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row></table:table>",
            "<table:table><table:table-row><table:table-cell table:number-columns-repeated=\"3\"/><table:table-cell office:value-type=\"string\"><text:p>Petunjuk</text:p></table:table-cell></table:table-row></table:table>",
        );
        assert!(ods_within_budget(two.as_bytes()).is_ok());
        // Blank rows between two cells far apart: the reader fills the rectangle between them.
        let between = sheet(
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>nip</text:p></table:table-cell></table:table-row>\
             <table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"50\"/></table:table-row>\
             <table:table-row><table:table-cell table:number-columns-repeated=\"50\"/><table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>",
        );
        assert!(matches!(
            ods_within_budget(between.as_bytes()),
            Err(ReadError::Cells)
        ));
        let attr = sheet(&format!(
            "<table:table-row table:number-rows-repeated=\"2000\"><table:table-cell table:number-columns-repeated=\"10\" office:value-type=\"string\" office:string-value=\"{}\"/></table:table-row>",
            "z".repeat(10_000)
        ));
        assert!(matches!(
            ods_within_budget(attr.as_bytes()),
            Err(ReadError::Cells)
        ));
    }
}
