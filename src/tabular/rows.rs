//! Checking every cell of the template and grouping rows into plans: SKPs by (nip, tahun), RHKs
//! by `rhk_id`. Every bad cell is collected, so one run names them all.
//!
//! Spreadsheets damage values in known ways, and each is either undone or refused, never
//! guessed at: an 18-digit NIP becomes a 15-digit number (recovered only when exactly one NIP
//! known to the workspace or the file starts with the digits kept), a target like `1-3` becomes
//! a date (refused), a `95 %` typed into a percent-formatted cell becomes `0.95` (refused, as
//! is `0,95` typed as text for a percentage indicator with no unit).

use std::collections::HashMap;

use super::{COLUMNS, CellError, Loc, Sheet, Value, column};
use crate::i18n::Msg;
use crate::model::date::Date;
use crate::model::reference::{Ref, is_valid_id};
use crate::model::target::{ScalarKind, TargetError, TargetValue, parse_deadline_in, parse_target};
use crate::model::vocab::{Aspek, JenisJabatan, JenisRhk, Jenjang, Perspektif, Polaritas, Vocab};

/// One employee's plan for one year, as the rows give it.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub nip: String,
    pub tahun: i32,
    pub nama: String,
    pub jabatan: String,
    pub jenis_jabatan: JenisJabatan,
    pub jenjang: Option<Jenjang>,
    pub unit_kerja: String,
    pub penilai_nip: Option<String>,
    pub penilai_nama: String,
    pub penilai_jabatan: String,
    pub rhk: Vec<RhkPlan>,
    /// The first row of the plan.
    pub at: Loc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RhkPlan {
    pub id: String,
    pub jenis: JenisRhk,
    pub rhk: String,
    pub intervensi: Vec<String>,
    pub acuan: Vec<String>,
    pub indikator: Vec<IkiPlan>,
    pub at: Loc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IkiPlan {
    pub id: String,
    pub aspek: Option<Aspek>,
    pub perspektif: Option<Perspektif>,
    pub teks: String,
    pub target: TargetCell,
    pub satuan: Option<String>,
    pub polaritas: Option<Polaritas>,
    /// Targets of TW1–TW4, as written.
    pub triwulan: [Option<String>; 4],
    pub bukti_rencana: Vec<String>,
    pub at: Loc,
}

/// A target cell: text for the target grammar, or (by its `satuan`) a category or description.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetCell {
    Text(String),
    Kategori(String),
    Deskripsi(String),
}

/// What reading the rows gave: plans, every refused cell, and every value recovered.
#[derive(Debug, Default)]
pub struct Outcome {
    pub plans: Vec<Plan>,
    pub errors: Vec<CellError>,
    /// Values a spreadsheet had damaged and the import restored, to be stated.
    pub recovered: Vec<(Loc, Msg)>,
}

/// The satuan that marks a categorical target (`WTP`, `A`, `Level 3`).
pub const SATUAN_KATEGORI: &str = "kategori";
/// The satuan that marks a descriptive target (pendekatan kualitatif).
pub const SATUAN_DESKRIPSI: &str = "deskripsi";

/// Separators of list cells (`intervensi`, `acuan`, `bukti_rencana`).
fn split_list(s: &str, commas: bool) -> Vec<String> {
    s.split(|c| c == ';' || c == '\n' || (commas && c == ','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// The items of a `bukti_rencana` cell, parted by `;` or line breaks. An item that itself
/// holds a `;` is written in double quotes (`"berita acara; daftar hadir"; foto`, as export
/// writes it; `""` inside is a quote); a quote that does not close right before a separator is
/// just text.
fn split_items(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ';', '\r', '\n']);
        if rest.is_empty() {
            break;
        }
        if let Some((item, after)) = quoted(rest) {
            out.push(item);
            rest = after;
            continue;
        }
        let end = rest.find([';', '\n']).unwrap_or(rest.len());
        let item = rest[..end].trim();
        if !item.is_empty() {
            out.push(item.to_string());
        }
        rest = &rest[end..];
    }
    out
}

/// A quoted item at the start of `s` and what follows it, when its closing quote is followed
/// by a separator or the end of the cell.
fn quoted(s: &str) -> Option<(String, &str)> {
    let body = s.strip_prefix('"')?;
    let mut item = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '"' {
            item.push(c);
            continue;
        }
        if body[i + 1..].starts_with('"') {
            item.push('"');
            chars.next();
            continue;
        }
        let after = &body[i + 1..];
        let next = after.trim_start_matches([' ', '\t']);
        return (next.is_empty() || next.starts_with([';', '\n', '\r']))
            .then(|| (item.trim().to_string(), next));
    }
    None
}

/// The template's header that an unknown one most likely means, as other sheets (an e-Kinerja
/// export, a BKPSDM recap) name the column: a near spelling (`jenjnag`), the same words in
/// another order (`nip_penilai`), the header's words with more after them (`jenjang_jabatan`,
/// `nama_pegawai`, `target_triwulan_1`; Indonesian puts the head word first), or the initials
/// of its words (`rencana_hasil_kerja` for `rhk`). `None` when it could mean several.
fn suggest_header(key: &str, keys: &[&'static str]) -> Option<&'static str> {
    if let Some(k) = crate::model::convert::did_you_mean(key, keys) {
        return Some(k);
    }
    // Words, with a quarter spelled out (`triwulan 1`, `tw 1`, `tw_i`) as the template's `tw1`.
    let words = |s: &str| -> Vec<String> {
        let raw: Vec<&str> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut out: Vec<String> = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            let quarter = matches!(raw[i], "tw" | "triwulan");
            let n = raw.get(i + 1).and_then(|n| match *n {
                "1" | "i" => Some(1),
                "2" | "ii" => Some(2),
                "3" | "iii" => Some(3),
                "4" | "iv" => Some(4),
                _ => None,
            });
            match (quarter, n) {
                (true, Some(n)) => {
                    out.push(format!("tw{n}"));
                    i += 2;
                }
                _ => {
                    out.push(raw[i].to_string());
                    i += 1;
                }
            }
        }
        out
    };
    let written = words(key);
    if written.is_empty() {
        return None;
    }
    let has = |outer: &[String], inner: &[String]| inner.iter().all(|w| outer.contains(w));
    let initials: String = written.iter().filter_map(|w| w.chars().next()).collect();
    let mut within = Vec::new();
    let mut around = Vec::new();
    for &k in keys {
        let kw = words(k);
        if has(&written, &kw) && has(&kw, &written) {
            return Some(k);
        }
        if written.len() > 1 && k == initials {
            return Some(k);
        }
        if has(&written, &kw) {
            within.push((k, kw));
        } else if has(&kw, &written) {
            around.push(k);
        }
    }
    // Several headers inside the written one: the one its head word begins.
    let leading: Vec<&str> = within
        .iter()
        .filter(|(_, kw)| written.starts_with(kw))
        .map(|(k, _)| *k)
        .collect();
    match (leading.as_slice(), within.as_slice(), around.as_slice()) {
        ([k], _, _) => Some(k),
        ([], [(k, _)], _) => Some(k),
        ([], [], [k]) => Some(k),
        _ => None,
    }
}

/// A header as typed: case, spaces and hyphens do not matter.
fn header_key(s: &str) -> String {
    s.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// A number as a plan writes it: no exponent, a decimal comma.
pub fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return format!("{}", v as i64);
    }
    let s = format!("{v:.10}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.replace('.', ",")
}

/// A spreadsheet serial day (1900 system) as a date, for messages.
fn serial_date(serial: f64) -> String {
    // Serial 25569 is 1970-01-01 (Excel's fictitious 1900-02-29 makes day 60 the only gap).
    match Date::ymd(1970, 1, 1) {
        Some(epoch) if (1.0..2_958_466.0).contains(&serial) => {
            epoch.add_days(serial.floor() as i64 - 25569).to_string()
        }
        _ => number_text(serial),
    }
}

struct Reader<'s> {
    sheet: &'s Sheet,
    /// Template column index → sheet column index.
    cols: Vec<Option<usize>>,
    known_nips: &'s [KnownNip],
    out: Outcome,
}

/// A NIP written whole somewhere (the workspace's SKPs, or a text cell of this file), with the
/// name written beside it: what a shortened NIP may be restored to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct KnownNip {
    pub nip: String,
    pub nama: String,
}

/// A name compared as people write it: case, punctuation and spacing aside.
fn same_name(a: &str, b: &str) -> bool {
    let plain = |s: &str| -> String {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    plain(a) == plain(b)
}

impl Reader<'_> {
    fn loc(&self, row: usize, col: usize) -> Loc {
        self.sheet.loc(row, col)
    }

    fn error(&mut self, row: usize, key: &str, msg: Msg, help: Option<Msg>) {
        let col = self.cols[column(key)].unwrap_or(0);
        self.out.errors.push(CellError {
            loc: self.loc(row, col),
            column: Some(key.to_string()),
            msg,
            help,
        });
    }

    fn raw(&self, row: usize, key: &str) -> &Value {
        self.cols[column(key)]
            .and_then(|c| self.sheet.rows[row].get(c))
            .unwrap_or(&Value::Empty)
    }

    /// The cell as text; `None` when empty. A date is refused: no column of the template holds
    /// one, so a date is always a value the spreadsheet converted.
    fn text(&mut self, row: usize, key: &str) -> Option<String> {
        match self.raw(row, key).clone() {
            Value::Empty => None,
            // A name or post typed twice with a different run of spaces is the same one: the
            // spaces are collapsed, as no reader tells them apart (a plan's texts keep theirs).
            Value::Text(s) if ONE_SPACED.contains(&key) => {
                let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
                Some(s).filter(|s| !s.is_empty())
            }
            Value::Text(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Value::Number(v) => Some(number_text(v)),
            Value::Date(serial) => {
                self.error(
                    row,
                    key,
                    Msg::ImportDateCell {
                        date: serial_date(serial),
                    },
                    Some(Msg::HelpImportAsText),
                );
                None
            }
            Value::Error(e) => {
                self.error(
                    row,
                    key,
                    Msg::ImportErrorCell { value: e },
                    Some(Msg::HelpImportErrorCell),
                );
                None
            }
        }
    }

    /// A name as `export --mask` writes it (`A*** B******`) is refused: imported, the plan
    /// would carry the mask as the person's name.
    fn not_masked(&mut self, row: usize, key: &str, name: String) -> Option<String> {
        if name.contains("***") {
            self.error(row, key, Msg::ImportMasked { value: name }, None);
            return None;
        }
        Some(name)
    }

    fn required(&mut self, row: usize, key: &str) -> Option<String> {
        let v = self.text(row, key);
        if v.is_none() && !matches!(self.raw(row, key), Value::Date(_) | Value::Error(_)) {
            let help = self.merged_help(row, key);
            self.error(row, key, Msg::ImportRequired, help);
        }
        v
    }

    /// For an empty cell under a filled one in a workbook: most often merged cells, which keep
    /// their value in the first cell only.
    fn merged_help(&self, row: usize, key: &str) -> Option<Msg> {
        let merged = self.sheet.workbook
            && row > 0
            && self.cols[column(key)]
                .and_then(|c| self.sheet.rows[row - 1].get(c))
                .is_some_and(|v| *v != Value::Empty);
        merged.then_some(Msg::HelpImportMerged)
    }

    /// A NIP: 18 digits after spaces and a leading apostrophe are dropped; a number a
    /// spreadsheet shortened is restored from the NIPs known, or refused.
    fn nip(&mut self, row: usize, key: &str) -> Option<String> {
        let raw = self.raw(row, key).clone();
        let written = match &raw {
            Value::Number(v) => Some(format!("{v:E}")),
            _ => self.text(row, key),
        }?;
        let digits: String = written
            .trim_start_matches('\'')
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if digits.len() == 18
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.ends_with("000")
        {
            return Some(digits);
        }
        // What a spreadsheet keeps of an 18-digit number: its first 15 significant digits
        // (the digits of the nearest binary number, `{v:.0}`, may differ from them in the
        // 15th: 199001012010042000 is stored as 199001012010041984).
        let kept = match &raw {
            Value::Number(v) => Some(*v),
            _ => digits.replace(',', ".").parse::<f64>().ok(),
        }
        .filter(|v| (1e17..1e18).contains(v))
        .map(|v| format!("{v:.14e}").replace('.', "")[..15].to_string());
        let Some(prefix) = kept else {
            self.error(row, key, Msg::ImportNipBad { value: written }, None);
            return None;
        };
        // A CSV holds the number as the spreadsheet displayed it: `1,99801E+17` keeps six
        // digits, not fifteen, and twelve lost digits are not restored from a guess.
        let shown = match &raw {
            Value::Number(_) => 15,
            _ => {
                let mantissa = digits.split(['E', 'e']).next().unwrap_or("");
                let d: String = mantissa.chars().filter(char::is_ascii_digit).collect();
                d.trim_start_matches('0').len()
            }
        };
        if shown < 15 {
            self.error(
                row,
                key,
                Msg::ImportNipMangled {
                    value: written,
                    lost: 18 - shown.min(18),
                },
                Some(Msg::HelpImportAsText),
            );
            return None;
        }
        let mut nips: Vec<&str> = self
            .known_nips
            .iter()
            .filter(|k| k.nip.starts_with(&prefix))
            .map(|k| k.nip.as_str())
            .collect();
        nips.dedup();
        // The first 15 digits are a birth date, a month of appointment and the sex: two people
        // can share them. A NIP is restored only to the person the row names.
        let name_key = if key == "penilai_nip" {
            "penilai_nama"
        } else {
            "nama"
        };
        // Read as it stands: the name's own cell is judged (and any error said) once, by the row.
        let nama = match self.raw(row, name_key) {
            Value::Text(t) => t.trim().to_string(),
            _ => String::new(),
        };
        if let [nip] = nips.as_slice() {
            let names: Vec<&str> = self
                .known_nips
                .iter()
                .filter(|k| k.nip == *nip && !k.nama.is_empty())
                .map(|k| k.nama.as_str())
                .collect();
            if !names.is_empty() && !names.iter().any(|n| same_name(n, &nama)) {
                self.error(
                    row,
                    key,
                    Msg::ImportNipOtherPerson {
                        value: written,
                        nip: nip.to_string(),
                        dikenal: names[0].to_string(),
                        lost: 18 - shown.min(18),
                        nama,
                    },
                    Some(Msg::HelpImportAsText),
                );
                return None;
            }
        }
        match (nips.first(), nips.get(1)) {
            (Some(nip), None) => {
                let nip = nip.to_string();
                let col = self.cols[column(key)].unwrap_or(0);
                let loc = self.loc(row, col);
                self.out.recovered.push((
                    loc,
                    Msg::ImportNipRecovered {
                        value: written,
                        nip: nip.clone(),
                    },
                ));
                Some(nip)
            }
            _ => {
                self.error(
                    row,
                    key,
                    Msg::ImportNipMangled {
                        value: written,
                        lost: 3,
                    },
                    Some(Msg::HelpImportAsText),
                );
                None
            }
        }
    }

    fn year(&mut self, row: usize) -> Option<i32> {
        let t = self.required(row, "tahun")?;
        match t.parse::<i32>() {
            Ok(y) if (2000..=2100).contains(&y) => Some(y),
            _ => {
                self.error(row, "tahun", Msg::ImportYearBad { value: t }, None);
                None
            }
        }
    }

    /// An enumeration, by its code or its label, in any letter case.
    fn vocab<V: Vocab + PartialEq>(&mut self, row: usize, key: &str) -> Option<Option<V>> {
        let Some(t) = self.text(row, key) else {
            return Some(None);
        };
        let norm = header_key(&t);
        let found = V::ALL
            .iter()
            .find(|(_, code, label)| *code == norm || label.eq_ignore_ascii_case(t.trim()))
            .map(|(v, _, _)| *v);
        if found.is_none() {
            let codes: Vec<&str> = V::ALL.iter().map(|(_, c, _)| *c).collect();
            let suggestion = crate::model::convert::did_you_mean(&norm, &codes).map(str::to_string);
            self.error(
                row,
                key,
                Msg::BadEnum {
                    field: key.to_string(),
                    value: t,
                },
                Some(Msg::HelpAllowedValues {
                    allowed: codes.join(", "),
                    suggestion,
                }),
            );
            return None;
        }
        Some(found)
    }

    fn id(&mut self, row: usize, key: &str) -> Option<String> {
        let t = self.required(row, key)?;
        if is_valid_id(&t) {
            Some(t)
        } else {
            self.error(
                row,
                key,
                Msg::BadId {
                    field: key.to_string(),
                    value: t,
                },
                Some(Msg::HelpImportId),
            );
            None
        }
    }

    fn refs(&mut self, row: usize, key: &str) -> Vec<String> {
        let Some(t) = self.text(row, key) else {
            return Vec::new();
        };
        let list = split_list(&t, true);
        for r in &list {
            if Ref::parse(r).is_none() {
                self.error(
                    row,
                    key,
                    Msg::BadId {
                        field: key.to_string(),
                        value: r.clone(),
                    },
                    Some(Msg::HelpImportRef),
                );
            }
        }
        list
    }

    /// A target cell, read by the target grammar unless `satuan` marks it categorical or
    /// descriptive.
    fn target(
        &mut self,
        row: usize,
        key: &str,
        satuan: Option<&str>,
        required: bool,
        year: i32,
    ) -> Option<TargetCell> {
        let raw = self.raw(row, key).clone();
        let t = if required {
            self.required(row, key)?
        } else {
            self.text(row, key)?
        };
        match satuan.map(str::to_lowercase).as_deref() {
            Some(SATUAN_KATEGORI) => return Some(TargetCell::Kategori(t)),
            Some(SATUAN_DESKRIPSI) => return Some(TargetCell::Deskripsi(t)),
            Some(unit @ ("%" | "persen" | PERCENT_BY_NAME)) if matches!(raw, Value::Number(v) if v > 0.0 && v <= 1.0) =>
            {
                let msg = if unit == PERCENT_BY_NAME {
                    Msg::ImportPercentFractionNoUnit { value: t }
                } else {
                    Msg::ImportPercentFraction { value: t }
                };
                self.error(row, key, msg, Some(Msg::HelpImportAsText));
                return None;
            }
            _ => {}
        }
        // The same fraction typed as text (a CSV) into a percentage indicator with no unit:
        // `0,85` would be read as 0,85 %, almost surely meant as 85 %. Asked, never guessed.
        let bare_fraction = || match parse_target(&t, ScalarKind::Text) {
            Ok((q, _)) if q.unit.is_none() => match q.value {
                TargetValue::Number(v) if v > 0.0 && v < 1.0 => Some(v),
                _ => None,
            },
            _ => None,
        };
        if satuan == Some(PERCENT_BY_NAME)
            && !matches!(raw, Value::Number(_))
            && let Some(v) = bare_fraction()
        {
            let persen = crate::i18n::Amount {
                value: v * 100.0,
                unit: Some("%".into()),
            };
            self.error(
                row,
                key,
                Msg::ImportPercentBareFraction { value: t, persen },
                None,
            );
            return None;
        }
        // A transcribed plan whose source states no target: written as such, S103 says so.
        if crate::model::target::not_stated(&t) {
            return Some(TargetCell::Text(t));
        }
        // A deadline as `check` reads it in the plan's year, else a number.
        let read = match parse_deadline_in(&t, Some(year)) {
            Some(deadline) => deadline.map(|_| ()),
            None => parse_target(&t, ScalarKind::Text).map(|_| ()),
        };
        let (msg, help) = match read {
            Ok(()) => return Some(TargetCell::Text(t)),
            Err(TargetError::BadDate(_)) => {
                (Msg::STargetBadDate { target: t }, Msg::HelpSTargetBadDate)
            }
            // A CSV keeps no cell types: `1-4` saved by a spreadsheet arrives as `2026-04-01`.
            // Or a deadline written without its words: both are said.
            Err(TargetError::Date(_)) => (
                Msg::STargetDate { target: t.clone() },
                Msg::HelpSTargetDate { target: t },
            ),
            // `≤ 4 jam` saved in an 8-bit encoding arrives as `? 4 jam`.
            Err(_) if t.starts_with('?') => {
                (Msg::ImportTargetBad { value: t }, Msg::HelpImportLostChar)
            }
            Err(_) => (Msg::ImportTargetBad { value: t }, Msg::HelpImportTarget),
        };
        self.error(row, key, msg, Some(help));
        None
    }
}

/// How many title rows (a sheet's heading, an agency's name) may stand above the header.
const MAX_TITLE_ROWS: usize = 5;

/// The row of the header: the first written row, unless that and the few after it are titles
/// (at most two cells each, none a header of the template) or group headings over merged
/// columns ("IDENTITAS PEGAWAI", "HASIL KERJA": none a header, right above a row of headers)
/// above a wider row, which is then the header. The titles are stated, never read as data.
fn header_row(sheet: &Sheet, keys: &[&str]) -> Option<(usize, Option<(Loc, Msg)>)> {
    let first = sheet
        .rows
        .iter()
        .position(|r| r.iter().any(|v| *v != Value::Empty))?;
    let known_in = |row: &[Value]| {
        row.iter()
            .filter(|v| matches!(v, Value::Text(t) if keys.contains(&header_key(t).as_str())))
            .count()
    };
    let mut titles = 0;
    let mut last_title = first;
    for (i, row) in sheet.rows.iter().enumerate().skip(first) {
        let written = row.iter().filter(|v| **v != Value::Empty).count();
        if written == 0 {
            continue;
        }
        let here = known_in(row);
        // Group headings ("IDENTITAS PEGAWAI", "TARGET" over target … target_tw4, one or two
        // rows of them): a written row close below holds far more of the template's headers.
        let below = sheet.rows[i + 1..]
            .iter()
            .filter(|r| r.iter().any(|v| *v != Value::Empty))
            .take(MAX_TITLE_ROWS)
            .map(|r| known_in(r))
            .max()
            .unwrap_or(0);
        let headings_above = below >= 2 && below > 2 * here;
        if (written > 2 || here > 0) && !headings_above {
            let note = (i > first).then(|| {
                (
                    sheet.loc(first, 0),
                    Msg::ImportTitleRows {
                        first: sheet.loc(first, 0).row,
                        last: sheet.loc(last_title, 0).row,
                        header: sheet.loc(i, 0).row,
                    },
                )
            });
            return Some((i, note));
        }
        titles += 1;
        last_title = i;
        if titles > MAX_TITLE_ROWS {
            break;
        }
    }
    Some((first, None))
}

/// Maps the header row `at` onto the template; `None` (with the errors) when it does not fit.
fn header(sheet: &Sheet, at: usize, errors: &mut Vec<CellError>) -> Option<Vec<Option<usize>>> {
    let keys: Vec<&str> = COLUMNS.iter().map(|c| c.key).collect();
    let mut cols = vec![None; COLUMNS.len()];
    let loc = |col: usize| sheet.loc(at, col);
    for (i, v) in sheet.rows[at].iter().enumerate() {
        let written = match v {
            Value::Empty => continue,
            Value::Text(s) => s.clone(),
            Value::Number(n) => number_text(*n),
            Value::Date(d) => serial_date(*d),
            Value::Error(e) => e.clone(),
        };
        let key = header_key(&written);
        match keys.iter().position(|k| *k == key) {
            Some(k) if cols[k].is_some() => errors.push(CellError {
                loc: loc(i),
                column: None,
                msg: Msg::ImportHeaderDuplicate { header: written },
                help: None,
            }),
            Some(k) => cols[k] = Some(i),
            None => errors.push(CellError {
                loc: loc(i),
                column: None,
                msg: Msg::ImportHeaderUnknown {
                    header: written,
                    suggestion: suggest_header(&key, &keys).map(str::to_string),
                },
                help: Some(Msg::HelpImportHeaders),
            }),
        }
    }
    // Unknown and repeated headers are reported but the rows are still read (to report their
    // cells too); without a required column they cannot be.
    let before = errors.len();
    let missing: Vec<&str> = COLUMNS
        .iter()
        .enumerate()
        .filter(|(k, c)| c.required && cols[*k].is_none())
        .map(|(_, c)| c.key)
        .collect();
    if !missing.is_empty() {
        errors.push(CellError {
            loc: Loc {
                col: super::WHOLE_ROW,
                ..loc(0)
            },
            column: None,
            msg: Msg::ImportHeaderMissing {
                headers: missing.join(", "),
            },
            help: Some(Msg::HelpImportHeaders),
        });
    }
    (errors.len() == before).then_some(cols)
}

/// A value repeated on every row of a group must agree with its first row; a blank cell
/// repeats it (the way merged cells read).
fn agree(
    r: &mut Reader<'_>,
    row: usize,
    key: &str,
    first: &str,
    first_row: u32,
    now: Option<String>,
) {
    if let Some(v) = now
        && v != first
    {
        r.error(
            row,
            key,
            Msg::ImportConflict {
                value: v,
                first: first.to_string(),
                first_row,
            },
            None,
        );
    }
}

/// What a target is judged as when its unit is blank and its indicator is a percentage
/// ("Persentase …"): never written to the plan.
const PERCENT_BY_NAME: &str = "persentase (nama indikator)";

/// Reads every data row of `sheet`. `known_nips` are the NIPs a shortened NIP may be restored to
/// (the workspace's); the valid NIPs of the file itself are added.
pub fn plans(sheet: &Sheet, known_nips: &[KnownNip]) -> Outcome {
    let mut header_errors = Vec::new();
    let keys: Vec<&str> = COLUMNS.iter().map(|c| c.key).collect();
    let found = header_row(sheet, &keys);
    let titles: Vec<(Loc, Msg)> = found.iter().filter_map(|(_, t)| t.clone()).collect();
    let Some(cols) = found
        .as_ref()
        .and_then(|(at, _)| header(sheet, *at, &mut header_errors))
    else {
        if header_errors.is_empty() {
            // Not one cell written: nothing to import is a mistake, not a success.
            header_errors.push(CellError {
                loc: sheet.loc(0, 0),
                column: None,
                msg: Msg::ImportNothing,
                help: Some(Msg::HelpImportEmpty),
            });
        }
        return Outcome {
            errors: header_errors,
            recovered: titles,
            ..Outcome::default()
        };
    };
    let head = found.map_or(0, |(at, _)| at);
    // NIPs written whole anywhere in the file also restore shortened ones.
    let mut known: Vec<KnownNip> = known_nips.to_vec();
    for (key, name_key) in [("nip", "nama"), ("penilai_nip", "penilai_nama")] {
        if let Some(c) = cols[column(key)] {
            for r in &sheet.rows[head + 1..] {
                if let Some(Value::Text(t)) = r.get(c) {
                    let d: String = t
                        .trim_start_matches('\'')
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect();
                    if d.len() == 18 && d.bytes().all(|b| b.is_ascii_digit()) && !d.ends_with("000")
                    {
                        let nama = match cols[column(name_key)].and_then(|n| r.get(n)) {
                            Some(Value::Text(n)) => n.trim().to_string(),
                            _ => String::new(),
                        };
                        known.push(KnownNip { nip: d, nama });
                    }
                }
            }
        }
    }
    known.sort();
    known.dedup();
    let mut r = Reader {
        sheet,
        cols,
        known_nips: &known,
        out: Outcome {
            errors: header_errors,
            recovered: titles,
            ..Outcome::default()
        },
    };
    let mut index = Seen::default();
    for row in head + 1..sheet.rows.len() {
        if sheet.rows[row].iter().all(|v| *v == Value::Empty) {
            continue;
        }
        read_row(&mut r, row, &mut index);
        // A value under no header is read into nothing: said, never dropped in silence.
        for (c, v) in sheet.rows[row].iter().enumerate() {
            let titled = sheet.rows[head].get(c).is_some_and(|h| *h != Value::Empty);
            let value = match v {
                Value::Text(t) => t.trim().to_string(),
                Value::Number(n) => number_text(*n),
                Value::Date(d) => serial_date(*d),
                Value::Error(e) => e.clone(),
                Value::Empty => continue,
            };
            if !titled {
                r.out.errors.push(CellError {
                    loc: r.loc(row, c),
                    column: None,
                    msg: Msg::ImportNoHeader { value },
                    help: Some(Msg::HelpImportNoHeader),
                });
            }
        }
    }
    if r.out.plans.is_empty() && r.out.errors.is_empty() {
        r.out.errors.push(CellError {
            loc: r.loc(head, 0),
            column: None,
            msg: Msg::ImportNoRows,
            help: None,
        });
    }
    r.out
}

/// Where each plan, RHK and indicator read so far is: every row finds its own in one lookup
/// (a linear search per row made a plan of thousands of indicators quadratic to import).
#[derive(Default)]
struct Seen {
    /// (NIP, tahun) → plan.
    plans: HashMap<(String, i32), Group>,
    /// ((NIP, tahun), RHK id) → RHK; by the plan's key, so that the RHKs of a refused plan are
    /// held to their first rows too.
    rhk: HashMap<((String, i32), String), Group>,
    /// ((NIP, tahun), IKI id) → the row it was first written on; by the plan's key, so that an
    /// id written twice in a refused plan is named too.
    iki: HashMap<((String, i32), String), u32>,
    /// Whether some row's NIP or year could not be read: a later row that begins a plan or an
    /// RHK with all of its cells blank is then most likely that row's continuation, and its
    /// blanks are not named as missing (the unreadable cell is, and stops the import).
    unread_key: bool,
}

/// A plan or RHK met on an earlier row.
enum Group {
    /// Read: its index.
    Read(usize),
    /// Refused on its first row. Its later rows are still checked cell by cell (every bad cell
    /// is named in one run) and held to each value the first row gave readably (`firsts`, in
    /// the order of the group's cells); a blank, or the refused cell, is not named again at
    /// every row.
    Refused {
        first_row: u32,
        firsts: Vec<Option<String>>,
    },
}

/// The row's plan as far as it could be read.
struct RowPlan {
    /// The plan read so far, when this row belongs to one.
    index: Option<usize>,
    /// (NIP, tahun), when both are readable.
    key: Option<(String, i32)>,
    tahun: Option<i32>,
}

/// The employee's cells, which every row of a plan repeats or leaves blank.
/// The cells of people and posts, whose runs of spaces [`Reader::text`] collapses.
const ONE_SPACED: &[&str] = &[
    "nama",
    "jabatan",
    "unit_kerja",
    "penilai_nama",
    "penilai_jabatan",
];

const EMPLOYEE: [&str; 8] = [
    "nama",
    "jabatan",
    "jenis_jabatan",
    "jenjang",
    "unit_kerja",
    "penilai_nip",
    "penilai_nama",
    "penilai_jabatan",
];

/// The year a target's deadline is read in when the row's own year is unreadable: a leap year,
/// so that no day (29 Februari) is refused for want of the year, which is named already.
const ANY_YEAR: i32 = 2028;

/// One row: its employee's plan, its RHK and its indicator. A part that cannot be read does not
/// stop the rest of the row from being checked; it only keeps the row out of the plans.
fn read_row(r: &mut Reader<'_>, row: usize, seen: &mut Seen) {
    let plan = employee(r, row, seen);
    let rhk_id = r.id(row, "rhk_id");
    let rhk = match (&plan.key, rhk_id) {
        (Some(key), Some(id)) => rhk(r, row, seen, plan.index, key, id),
        _ => {
            rhk_cells(r, row);
            None
        }
    };
    indicator(r, row, seen, &plan, rhk);
}

/// The row's plan, found by (NIP, tahun) or begun by this row. Its index is `None`, the cells
/// checked on their own or against a refused first row, when the row's NIP or year is
/// unreadable or its plan was refused.
fn employee(r: &mut Reader<'_>, row: usize, seen: &mut Seen) -> RowPlan {
    let nip = r.nip(row, "nip");
    if r.text(row, "nip").is_none() && !matches!(r.raw(row, "nip"), Value::Number(_)) {
        let help = r.merged_help(row, "nip");
        r.error(row, "nip", Msg::ImportRequired, help);
    }
    let tahun = r.year(row);
    let (Some(nip), Some(year)) = (nip, tahun) else {
        seen.unread_key = true;
        employee_cells(r, row);
        return RowPlan {
            index: None,
            key: None,
            tahun,
        };
    };
    let key = (nip, year);
    let index = match seen.plans.get(&key) {
        Some(&Group::Read(p)) => {
            agree_with_plan(r, row, p);
            Some(p)
        }
        Some(Group::Refused { first_row, firsts }) => {
            let (first_row, firsts) = (*first_row, firsts.clone());
            agree_all(r, row, &EMPLOYEE, first_row, &firsts, employee_cell);
            None
        }
        None if seen.unread_key && blank(r, row, &EMPLOYEE) => {
            let first_row = r.loc(row, 0).row;
            let firsts = vec![None; EMPLOYEE.len()];
            seen.plans
                .insert(key.clone(), Group::Refused { first_row, firsts });
            None
        }
        None => match new_plan(r, row, key.0.clone(), year) {
            Ok(p) => {
                seen.plans.insert(key.clone(), Group::Read(p));
                Some(p)
            }
            Err(firsts) => {
                let first_row = r.loc(row, 0).row;
                seen.plans
                    .insert(key.clone(), Group::Refused { first_row, firsts });
                None
            }
        },
    };
    RowPlan {
        index,
        key: Some(key),
        tahun,
    }
}

/// Whether every cell of `keys` is blank on `row`.
fn blank(r: &Reader<'_>, row: usize, keys: &[&str]) -> bool {
    keys.iter().all(|k| *r.raw(row, k) == Value::Empty)
}

/// A later row of a group (a plan, an RHK): each of `keys` it fills must repeat what the first
/// row gave, where that was readable. `cell` reads a cell, naming any error of its own.
fn agree_all(
    r: &mut Reader<'_>,
    row: usize,
    keys: &[&str],
    first_row: u32,
    firsts: &[Option<String>],
    cell: fn(&mut Reader<'_>, usize, &str) -> Option<String>,
) {
    for (key, first) in keys.iter().zip(firsts) {
        let now = cell(r, row, key);
        if let Some(first) = first {
            agree(r, row, key, first, first_row, now);
        }
    }
}

/// The value of an employee's cell as a later row gives it, with any error of its own named.
fn employee_cell(r: &mut Reader<'_>, row: usize, key: &str) -> Option<String> {
    match key {
        "penilai_nip" => match r.raw(row, key) {
            Value::Text(t) if t.trim() == crate::model::nip::UNKNOWN => Some(t.trim().to_string()),
            _ => r.nip(row, key),
        },
        "jenis_jabatan" => r
            .vocab::<JenisJabatan>(row, key)
            .flatten()
            .map(|v| v.code().to_string()),
        "jenjang" => r
            .vocab::<Jenjang>(row, key)
            .flatten()
            .map(|v| v.code().to_string()),
        "nama" | "penilai_nama" => r.text(row, key).and_then(|n| r.not_masked(row, key, n)),
        _ => r.text(row, key),
    }
}

/// The employee's cells of a row that has no plan to be compared with: each checked alone.
fn employee_cells(r: &mut Reader<'_>, row: usize) {
    for key in EMPLOYEE {
        employee_cell(r, row, key);
    }
}

/// A later row of a plan: each employee's cell it fills must repeat the first row's.
fn agree_with_plan(r: &mut Reader<'_>, row: usize, p: usize) {
    let plan = &r.out.plans[p];
    let first_row = plan.at.row;
    // Only the employee's fields, copied: the plan itself grows with every row, and cloning it
    // per row made a large SKP quadratic to import.
    let firsts = [
        plan.nama.clone(),
        plan.jabatan.clone(),
        plan.jenis_jabatan.code().to_string(),
        plan.jenjang.map_or("", Vocab::code).to_string(),
        plan.unit_kerja.clone(),
        plan.penilai_nip.clone().unwrap_or_default(),
        plan.penilai_nama.clone(),
        plan.penilai_jabatan.clone(),
    ]
    .map(Some);
    agree_all(r, row, &EMPLOYEE, first_row, &firsts, employee_cell);
}

/// The first row of a plan: every employee's cell it must fill. Refused when one is, with the
/// values it gave readably, in the order of [`EMPLOYEE`], for its later rows to repeat.
fn new_plan(
    r: &mut Reader<'_>,
    row: usize,
    nip: String,
    tahun: i32,
) -> Result<usize, Vec<Option<String>>> {
    let nama = r
        .required(row, "nama")
        .and_then(|n| r.not_masked(row, "nama", n));
    let jabatan = r.required(row, "jabatan");
    let jenis = r.vocab::<JenisJabatan>(row, "jenis_jabatan");
    if matches!(jenis, Some(None)) {
        r.error(row, "jenis_jabatan", Msg::ImportRequired, None);
    }
    let jenjang = r.vocab::<Jenjang>(row, "jenjang");
    let unit = r.required(row, "unit_kerja");
    let penilai_nip = match r.raw(row, "penilai_nip") {
        Value::Empty => Some(None),
        // A transcribed plan's appraiser of unknown NIP, as export wrote it.
        Value::Text(t) if t.trim() == crate::model::nip::UNKNOWN => {
            Some(Some(crate::model::nip::UNKNOWN.to_string()))
        }
        _ => r.nip(row, "penilai_nip").map(Some),
    };
    let penilai_nama = r
        .required(row, "penilai_nama")
        .and_then(|n| r.not_masked(row, "penilai_nama", n));
    let penilai_jabatan = r.required(row, "penilai_jabatan");
    let (
        Some(nama),
        Some(jabatan),
        Some(Some(jenis_jabatan)),
        Some(jenjang),
        Some(unit_kerja),
        Some(penilai_nip),
        Some(penilai_nama),
        Some(penilai_jabatan),
    ) = (
        nama.clone(),
        jabatan.clone(),
        jenis,
        jenjang,
        unit.clone(),
        penilai_nip.clone(),
        penilai_nama.clone(),
        penilai_jabatan.clone(),
    )
    else {
        // As `agree_with_plan` compares: a blank optional cell as empty text.
        return Err(vec![
            nama,
            jabatan,
            jenis.flatten().map(|v| v.code().to_string()),
            jenjang.map(|j| j.map_or("", Vocab::code).to_string()),
            unit,
            penilai_nip.map(Option::unwrap_or_default),
            penilai_nama,
            penilai_jabatan,
        ]);
    };
    r.out.plans.push(Plan {
        nip,
        tahun,
        nama,
        jabatan,
        jenis_jabatan,
        jenjang,
        unit_kerja,
        penilai_nip,
        penilai_nama,
        penilai_jabatan,
        rhk: Vec::new(),
        at: r.loc(row, 0),
    });
    Ok(r.out.plans.len() - 1)
}

/// The row's RHK `rhk_id` in the plan of `key` (read, at `p`, or refused), found or begun by
/// this row; `None` when it or its plan was refused.
fn rhk(
    r: &mut Reader<'_>,
    row: usize,
    seen: &mut Seen,
    p: Option<usize>,
    key: &(String, i32),
    rhk_id: String,
) -> Option<usize> {
    let group = (key.clone(), rhk_id.clone());
    let Some(p) = p else {
        // An RHK of a refused plan: never read into it, but held to its first row.
        match seen.rhk.get(&group) {
            Some(Group::Refused { first_row, firsts }) => {
                let (first_row, firsts) = (*first_row, firsts.clone());
                agree_all(r, row, &RHK, first_row, &firsts, rhk_cell);
            }
            _ => {
                let firsts = RHK.iter().map(|k| rhk_cell(r, row, k)).collect();
                let first_row = r.loc(row, 0).row;
                seen.rhk.insert(group, Group::Refused { first_row, firsts });
            }
        }
        r.refs(row, "intervensi");
        r.refs(row, "acuan");
        return None;
    };
    match seen.rhk.get(&group) {
        Some(&Group::Read(k)) => {
            // The RHK's own fields, copied (not its indicators, which grow with every row).
            let first = &r.out.plans[p].rhk[k];
            let (first_row, first_jenis, first_rhk) =
                (first.at.row, first.jenis.code(), first.rhk.clone());
            let (first_intervensi, first_acuan) =
                (first.intervensi.join("; "), first.acuan.join("; "));
            let jenis = r
                .vocab::<JenisRhk>(row, "jenis_rhk")
                .flatten()
                .map(|v| v.code().to_string());
            agree(r, row, "jenis_rhk", first_jenis, first_row, jenis);
            let text = r.text(row, "rhk");
            agree(r, row, "rhk", &first_rhk, first_row, text);
            for (key, was) in [("intervensi", first_intervensi), ("acuan", first_acuan)] {
                let now = r.refs(row, key);
                if !now.is_empty() {
                    agree(r, row, key, &was, first_row, Some(now.join("; ")));
                }
            }
            Some(k)
        }
        Some(Group::Refused { first_row, firsts }) => {
            let (first_row, firsts) = (*first_row, firsts.clone());
            agree_all(r, row, &RHK, first_row, &firsts, rhk_cell);
            r.refs(row, "intervensi");
            r.refs(row, "acuan");
            None
        }
        None if seen.unread_key && blank(r, row, &RHK) => {
            let first_row = r.loc(row, 0).row;
            let firsts = vec![None; RHK.len()];
            seen.rhk.insert(group, Group::Refused { first_row, firsts });
            r.refs(row, "intervensi");
            r.refs(row, "acuan");
            None
        }
        None => {
            let jenis = r.vocab::<JenisRhk>(row, "jenis_rhk");
            if matches!(jenis, Some(None)) {
                r.error(row, "jenis_rhk", Msg::ImportRequired, None);
            }
            let text = r.required(row, "rhk");
            let intervensi = r.refs(row, "intervensi");
            let acuan = r.refs(row, "acuan");
            let (Some(Some(jenis)), Some(rhk)) = (jenis, text.clone()) else {
                let firsts = vec![jenis.flatten().map(|v| v.code().to_string()), text];
                let first_row = r.loc(row, 0).row;
                seen.rhk.insert(group, Group::Refused { first_row, firsts });
                return None;
            };
            let k = r.out.plans[p].rhk.len();
            seen.rhk.insert(group, Group::Read(k));
            let at = r.loc(row, 0);
            r.out.plans[p].rhk.push(RhkPlan {
                id: rhk_id,
                jenis,
                rhk,
                intervensi,
                acuan,
                indikator: Vec::new(),
                at,
            });
            Some(k)
        }
    }
}

/// The RHK's cells that every row of an RHK repeats or leaves blank (its references aside,
/// which may be written on one row only).
const RHK: [&str; 2] = ["jenis_rhk", "rhk"];

/// The value of an RHK's cell as a later row gives it, with any error of its own named.
fn rhk_cell(r: &mut Reader<'_>, row: usize, key: &str) -> Option<String> {
    match key {
        "jenis_rhk" => r
            .vocab::<JenisRhk>(row, key)
            .flatten()
            .map(|v| v.code().to_string()),
        _ => r.text(row, key),
    }
}

/// The RHK's cells of a row that has no RHK to be compared with: each checked alone.
fn rhk_cells(r: &mut Reader<'_>, row: usize) {
    for key in RHK {
        rhk_cell(r, row, key);
    }
    r.refs(row, "intervensi");
    r.refs(row, "acuan");
}

/// The row's indicator, added to RHK `rhk` of plan `plan` when both were read; its cells are
/// checked either way.
fn indicator(r: &mut Reader<'_>, row: usize, seen: &mut Seen, plan: &RowPlan, rhk: Option<usize>) {
    let iki_id = r.id(row, "iki_id");
    if let (Some(key), Some(id)) = (&plan.key, &iki_id)
        && let Some(&first_row) = seen.iki.get(&(key.clone(), id.clone()))
    {
        r.error(
            row,
            "iki_id",
            Msg::ImportDuplicateId {
                id: id.clone(),
                first_row,
            },
            None,
        );
        return;
    }
    // Recorded whether or not the rest of the row is read: an id written twice is a mistake of
    // its own, in a refused plan too.
    if let (Some(key), Some(id)) = (&plan.key, &iki_id) {
        let first = r.loc(row, 0).row;
        seen.iki.insert((key.clone(), id.clone()), first);
    }
    let aspek = r.vocab::<Aspek>(row, "aspek");
    let perspektif = r.vocab::<Perspektif>(row, "perspektif");
    let teks = r.required(row, "indikator");
    let satuan = r.text(row, "satuan");
    let year = plan.tahun.unwrap_or(ANY_YEAR);
    // A percentage whose unit was left blank: a fraction in its target cell is what a cell
    // formatted as percent holds (95 % is 0.95).
    let percent = satuan.is_none()
        && teks.as_deref().is_some_and(|t| {
            let t = t.trim_start().to_lowercase();
            t.starts_with("persentase") || t.starts_with("presentase") || t.contains("(%)")
        });
    let judged_as = satuan
        .clone()
        .or(percent.then(|| PERCENT_BY_NAME.to_string()));
    let target = r.target(row, "target", judged_as.as_deref(), true, year);
    let polaritas = r.vocab::<Polaritas>(row, "polaritas");
    let mut triwulan: [Option<String>; 4] = Default::default();
    for (q, slot) in triwulan.iter_mut().enumerate() {
        let key = ["target_tw1", "target_tw2", "target_tw3", "target_tw4"][q];
        *slot = match r.target(row, key, judged_as.as_deref(), false, year) {
            Some(TargetCell::Text(t) | TargetCell::Kategori(t) | TargetCell::Deskripsi(t)) => {
                Some(t)
            }
            None => None,
        };
    }
    let bukti_rencana = r
        .text(row, "bukti_rencana")
        .map(|t| split_items(&t))
        .unwrap_or_default();
    let (
        Some(p),
        Some(rk),
        Some(id),
        Some(aspek),
        Some(perspektif),
        Some(teks),
        Some(target),
        Some(polaritas),
    ) = (
        plan.index, rhk, iki_id, aspek, perspektif, teks, target, polaritas,
    )
    else {
        return;
    };
    let at = r.loc(row, 0);
    r.out.plans[p].rhk[rk].indikator.push(IkiPlan {
        id,
        aspek,
        perspektif,
        teks,
        target,
        satuan,
        polaritas,
        triwulan,
        bukti_rencana,
        at,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sheet of the template's header and one row per `overrides`, each a valid indicator
    /// row of one fungsional's plan with the cells given replaced.
    fn sheet_of(overrides: &[&[(&str, Value)]]) -> Sheet {
        let base = [
            ("nip", "199507302020032005"),
            ("nama", "Putri"),
            ("jabatan", "Pranata Komputer Ahli Pertama"),
            ("jenis_jabatan", "fungsional"),
            ("unit_kerja", "Bidang Aplikasi"),
            ("tahun", "2026"),
            ("penilai_nip", "198109232006042001"),
            ("penilai_nama", "Rina"),
            ("penilai_jabatan", "Kepala Bidang"),
            ("rhk_id", "RHK-1"),
            ("jenis_rhk", "utama"),
            ("rhk", "Aplikasi perizinan yang andal"),
            ("iki_id", "IKI-1.1"),
            ("aspek", "kuantitas"),
            ("indikator", "Jumlah modul yang dirilis ke produksi"),
            ("target", "4"),
            ("satuan", "modul"),
        ];
        let head: Vec<Value> = COLUMNS.iter().map(|c| Value::Text(c.key.into())).collect();
        let mut rows = vec![head];
        for o in overrides {
            rows.push(
                COLUMNS
                    .iter()
                    .map(|c| {
                        o.iter()
                            .find(|(k, _)| *k == c.key)
                            .map(|(_, v)| v.clone())
                            .or_else(|| {
                                base.iter()
                                    .find(|(k, _)| *k == c.key)
                                    .map(|(_, v)| Value::Text((*v).into()))
                            })
                            .unwrap_or(Value::Empty)
                    })
                    .collect(),
            );
        }
        Sheet {
            name: "SKP".into(),
            workbook: true,
            first_row: 1,
            rows,
            lines: Vec::new(),
        }
    }

    #[test]
    fn a_fraction_in_a_percentage_without_its_unit_is_refused() {
        let percent = |indikator: &str, satuan: Value| {
            plans(
                &sheet_of(&[&[
                    ("indikator", Value::Text(indikator.into())),
                    ("target", Value::Number(0.95)),
                    ("satuan", satuan),
                ]]),
                &[],
            )
        };
        let out = percent("Persentase modul yang lolos uji", Value::Empty);
        assert_eq!(
            out.errors.iter().map(|e| &e.msg).collect::<Vec<_>>(),
            [&Msg::ImportPercentFractionNoUnit {
                value: "0,95".into()
            }]
        );
        // A unit written is the one judged; no unit is added to the plan.
        let out = percent("Persentase modul yang lolos uji", Value::Text("%".into()));
        assert!(matches!(
            out.errors[0].msg,
            Msg::ImportPercentFraction { .. }
        ));
        let out = percent("Tingkat kepuasan pengguna (%)", Value::Empty);
        assert!(
            matches!(out.errors[0].msg, Msg::ImportPercentFractionNoUnit { .. }),
            "{:#?}",
            out.errors
        );
        // Typed as text (a CSV), with no unit: asked for in percent.
        let typed = |target: &str| {
            plans(
                &sheet_of(&[&[
                    (
                        "indikator",
                        Value::Text("Persentase modul yang lolos uji".into()),
                    ),
                    ("target", Value::Text(target.into())),
                    ("satuan", Value::Empty),
                ]]),
                &[],
            )
        };
        for fraction in ["0,85", "0.85"] {
            assert_eq!(
                typed(fraction)
                    .errors
                    .iter()
                    .map(|e| &e.msg)
                    .collect::<Vec<_>>(),
                [&Msg::ImportPercentBareFraction {
                    value: fraction.into(),
                    persen: crate::i18n::Amount {
                        value: 85.0,
                        unit: Some("%".into())
                    }
                }]
            );
        }
        for fine in ["85", "0,85 %", "85 %", "1"] {
            assert!(
                typed(fine).errors.is_empty(),
                "{fine}: {:#?}",
                typed(fine).errors
            );
        }
        let out = percent("Indeks kepuasan pengguna", Value::Empty);
        assert!(out.errors.is_empty(), "{:#?}", out.errors);
        let iki = &out.plans[0].rhk[0].indikator[0];
        assert_eq!(iki.satuan, None);
    }

    #[test]
    fn a_value_under_no_header_is_named_not_dropped() {
        let mut sheet = sheet_of(&[&[]]);
        sheet.rows[1].push(Value::Empty);
        sheet.rows[1].push(Value::Text("catatan penting".into()));
        let out = plans(&sheet, &[]);
        assert_eq!(
            out.errors.iter().map(|e| &e.msg).collect::<Vec<_>>(),
            [&Msg::ImportNoHeader {
                value: "catatan penting".into()
            }]
        );
        assert_eq!(out.errors[0].loc, sheet.loc(1, COLUMNS.len() + 1));
    }

    #[test]
    fn a_failed_formula_is_refused_where_a_value_belongs() {
        let out = plans(
            &sheet_of(&[&[("indikator", Value::Error("#REF!".into()))]]),
            &[],
        );
        let e = out
            .errors
            .iter()
            .find(|e| e.column.as_deref() == Some("indikator"))
            .unwrap_or_else(|| panic!("{:#?}", out.errors));
        assert_eq!(
            e.msg,
            Msg::ImportErrorCell {
                value: "#REF!".into()
            }
        );
    }

    #[test]
    fn an_empty_cell_under_a_filled_one_hints_at_merged_cells() {
        let out = plans(&sheet_of(&[&[], &[("nip", Value::Empty)]]), &[]);
        let e = out
            .errors
            .iter()
            .find(|e| e.column.as_deref() == Some("nip"))
            .unwrap_or_else(|| panic!("{:#?}", out.errors));
        assert_eq!(
            (&e.msg, &e.help),
            (&Msg::ImportRequired, &Some(Msg::HelpImportMerged))
        );
    }

    /// (column, row) of every error, in the order named.
    fn named(out: &Outcome) -> Vec<(&str, u32)> {
        out.errors
            .iter()
            .map(|e| (e.column.as_deref().unwrap_or("-"), e.loc.row))
            .collect()
    }

    #[test]
    fn a_row_whose_nip_is_unreadable_still_names_its_other_bad_cells() {
        let t = |s: &str| Value::Text(s.into());
        let blank_employee: Vec<(&str, Value)> =
            EMPLOYEE.iter().map(|k| (*k, Value::Empty)).collect();
        let mut second = blank_employee.clone();
        second.extend([
            ("nip", t("1990")),
            ("jenis_rhk", t("utamaa")),
            ("iki_id", t("IKI-1.2")),
            ("target", t("banyak")),
        ]);
        let out = plans(&sheet_of(&[&[], &second]), &[]);
        // The blank employee's cells are not required of a row no plan is known for: the
        // first row's NIP may be the one meant.
        assert_eq!(
            named(&out),
            [("nip", 3), ("jenis_rhk", 3), ("target", 3)],
            "{:#?}",
            out.errors
        );
        assert_eq!(out.plans[0].rhk[0].indikator.len(), 1);
    }

    #[test]
    fn a_plan_refused_on_its_first_row_is_not_named_again_by_its_later_rows() {
        let t = |s: &str| Value::Text(s.into());
        let out = plans(
            &sheet_of(&[
                &[("jenis_jabatan", t("fungsionall"))],
                // Blank, as merged cells read: the first row's mistake is not named again.
                &[("jenis_jabatan", Value::Empty), ("iki_id", t("IKI-1.2"))],
                &[
                    ("jenis_jabatan", Value::Empty),
                    ("iki_id", t("IKI-1.3")),
                    ("aspek", t("kuantitass")),
                ],
            ]),
            &[],
        );
        assert_eq!(
            named(&out),
            [("jenis_jabatan", 2), ("aspek", 4)],
            "{:#?}",
            out.errors
        );
        assert!(out.plans.is_empty());
    }

    #[test]
    fn the_later_rows_of_a_refused_plan_are_held_to_what_its_first_row_gave() {
        let t = |s: &str| Value::Text(s.into());
        let out = plans(
            &sheet_of(&[
                &[("jenis_jabatan", t("fungsionil"))],
                // The same indicator id again; another name; another RHK kind and wording.
                &[("jenis_jabatan", Value::Empty), ("nama", t("Putri Lain"))],
                &[
                    ("jenis_jabatan", Value::Empty),
                    ("rhk_id", t("RHK-2")),
                    ("iki_id", t("IKI-2.1")),
                ],
                &[
                    ("jenis_jabatan", Value::Empty),
                    ("rhk_id", t("RHK-2")),
                    ("jenis_rhk", t("tambahan")),
                    ("iki_id", t("IKI-2.2")),
                ],
            ]),
            &[],
        );
        assert_eq!(
            named(&out),
            [
                ("jenis_jabatan", 2),
                ("nama", 3),
                ("iki_id", 3),
                ("jenis_rhk", 5)
            ],
            "{:#?}",
            out.errors
        );
        assert!(out.plans.is_empty());
    }

    #[test]
    fn rows_after_an_unreadable_year_that_leave_the_plan_blank_are_its_continuation() {
        let t = |s: &str| Value::Text(s.into());
        let employee: Vec<(&str, Value)> = EMPLOYEE.iter().map(|k| (*k, Value::Empty)).collect();
        let mut blank = employee.clone();
        blank.push(("iki_id", t("IKI-1.2")));
        let mut blank_rhk = employee;
        blank_rhk.extend([
            ("iki_id", t("IKI-2.1")),
            ("rhk_id", t("RHK-2")),
            ("jenis_rhk", Value::Empty),
            ("rhk", Value::Empty),
        ]);
        let out = plans(
            &sheet_of(&[&[("tahun", t("2O26"))], &blank, &blank_rhk]),
            &[],
        );
        assert_eq!(named(&out), [("tahun", 2)], "{:#?}", out.errors);
        // Without an unreadable row before it, a plan begun with its cells blank is named.
        let out = plans(&sheet_of(&[&blank]), &[]);
        assert!(
            named(&out).contains(&("nama", 2)) && named(&out).contains(&("unit_kerja", 2)),
            "{:#?}",
            out.errors
        );
    }

    #[test]
    fn an_rhk_refused_on_its_first_row_is_not_named_again_by_its_later_rows() {
        let t = |s: &str| Value::Text(s.into());
        let out = plans(
            &sheet_of(&[
                &[("jenis_rhk", Value::Empty)],
                &[
                    ("jenis_rhk", Value::Empty),
                    ("rhk", Value::Empty),
                    ("iki_id", t("IKI-1.2")),
                    ("target", t("banyak")),
                ],
                // Another RHK of the same plan is read.
                &[("rhk_id", t("RHK-2")), ("iki_id", t("IKI-2.1"))],
            ]),
            &[],
        );
        assert_eq!(
            named(&out),
            [("jenis_rhk", 2), ("target", 3)],
            "{:#?}",
            out.errors
        );
        assert_eq!(out.plans[0].rhk.len(), 1);
        assert_eq!(out.plans[0].rhk[0].id, "RHK-2");
    }

    #[test]
    fn an_appraiser_of_unknown_nip_may_be_repeated_on_every_row() {
        let t = |s: &str| Value::Text(s.into());
        let unknown = t(crate::model::nip::UNKNOWN);
        let out = plans(
            &sheet_of(&[
                &[("penilai_nip", unknown.clone())],
                &[("penilai_nip", unknown), ("iki_id", t("IKI-1.2"))],
            ]),
            &[],
        );
        assert!(out.errors.is_empty(), "{:#?}", out.errors);
        assert_eq!(
            out.plans[0].penilai_nip.as_deref(),
            Some(crate::model::nip::UNKNOWN)
        );
    }

    #[test]
    fn rows_join_their_plan_and_rhk_and_a_repeated_indicator_names_its_first_row() {
        let t = |s: &str| Value::Text(s.into());
        let out = plans(
            &sheet_of(&[
                &[],
                &[("iki_id", t("IKI-1.2"))],
                &[
                    ("rhk_id", t("RHK-2")),
                    ("iki_id", t("IKI-2.1")),
                    ("rhk", t("Layanan data")),
                ],
                // Row 5 repeats row 2's indicator; row 6 gives RHK-1 another text.
                &[("iki_id", t("IKI-1.1"))],
                &[("iki_id", t("IKI-1.3")), ("rhk", t("Teks lain"))],
            ]),
            &[],
        );
        assert_eq!(out.plans.len(), 1);
        let rhk: Vec<(&str, usize)> = out.plans[0]
            .rhk
            .iter()
            .map(|r| (r.id.as_str(), r.indikator.len()))
            .collect();
        assert_eq!(rhk, [("RHK-1", 3), ("RHK-2", 1)]);
        let errors: Vec<(u32, Option<&str>, &Msg)> = out
            .errors
            .iter()
            .map(|e| (e.loc.row, e.column.as_deref(), &e.msg))
            .collect();
        assert!(
            errors.contains(&(
                5,
                Some("iki_id"),
                &Msg::ImportDuplicateId {
                    id: "IKI-1.1".into(),
                    first_row: 2
                }
            )),
            "{errors:#?}"
        );
        assert!(
            errors
                .iter()
                .any(|(row, col, _)| *row == 6 && *col == Some("rhk")),
            "{errors:#?}"
        );
    }

    #[test]
    fn numbers_are_written_the_indonesian_way() {
        assert_eq!(number_text(480.0), "480");
        assert_eq!(number_text(98.5), "98,5");
        assert_eq!(number_text(0.1 + 0.2), "0,3");
    }

    #[test]
    fn serial_days_read_as_spreadsheet_dates() {
        assert_eq!(serial_date(45292.0), "2024-01-01");
        assert_eq!(serial_date(46025.0), "2026-01-03");
    }

    #[test]
    fn lists_split_on_semicolons_and_line_breaks() {
        assert_eq!(
            split_list("RHK-1; RHK-2\nRHK-3,", true),
            ["RHK-1", "RHK-2", "RHK-3"]
        );
        assert_eq!(
            split_list("notulen, daftar hadir; foto", false),
            ["notulen, daftar hadir", "foto"]
        );
    }

    #[test]
    fn headers_of_other_sheets_suggest_the_templates() {
        let keys: Vec<&'static str> = COLUMNS.iter().map(|c| c.key).collect();
        let s = |h: &str| suggest_header(&header_key(h), &keys);
        assert_eq!(s("Jenjang Jabatan"), Some("jenjang"));
        assert_eq!(s("NIP Penilai"), Some("penilai_nip"));
        assert_eq!(s("Jabatan Penilai"), Some("penilai_jabatan"));
        assert_eq!(s("Nama Pegawai"), Some("nama"));
        assert_eq!(s("Target Triwulan I"), Some("target_tw1"));
        assert_eq!(s("TW 2"), Some("target_tw2"));
        assert_eq!(s("Rencana Hasil Kerja"), Some("rhk"));
        assert_eq!(s("Indikator Kinerja Individu"), Some("indikator"));
        assert_eq!(s("jenjnag"), Some("jenjang"));
        // Could be either id, or nothing of the template's.
        assert_eq!(s("ID"), None);
        assert_eq!(s("Keterangan"), None);
    }

    #[test]
    fn planned_evidence_is_parted_by_semicolons_and_lines_and_quotes_keep_a_semicolon() {
        assert_eq!(
            split_items("notulen, daftar hadir; foto\n"),
            ["notulen, daftar hadir", "foto"]
        );
        assert_eq!(
            split_items("notulen;\r\ndaftar hadir;\nfoto"),
            ["notulen", "daftar hadir", "foto"]
        );
        assert_eq!(
            split_items("\"berita acara; daftar hadir\"; foto"),
            ["berita acara; daftar hadir", "foto"]
        );
        assert_eq!(
            split_items("\"berita acara; daftar hadir\""),
            ["berita acara; daftar hadir"]
        );
        assert_eq!(
            split_items("\"surat \"\"A\"\"; B\"\nfoto"),
            ["surat \"A\"; B", "foto"]
        );
        // A quote that does not close before a separator is text.
        assert_eq!(
            split_items("\"Laporan A\" dan B; foto"),
            ["\"Laporan A\" dan B", "foto"]
        );
        assert_eq!(
            split_items("laporan \"final\"; foto"),
            ["laporan \"final\"", "foto"]
        );
    }
}
