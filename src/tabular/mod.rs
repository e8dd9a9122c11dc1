//! The tabular template of DESIGN §9.5: plans as one spreadsheet row per indicator, in and out.
//!
//! The flow mirrors the rest of skp: [`read`] turns a CSV or workbook into a [`Sheet`] of cells
//! that remember where they were; [`rows`] checks every cell and groups the rows into plans
//! (every bad cell reported at once, by sheet, row and column); [`emit`] writes each plan as the
//! YAML `skp init` would. Going out, [`from_model`] turns loaded SKPs back into rows and
//! [`xlsx`] writes them, or an empty template, as a workbook. [`mph`] reads a leader's Matriks
//! Peran Hasil into `intervensi` links.

pub mod budget;
mod comments;
pub mod emit;
pub mod from_model;
pub mod mph;

pub mod read;
pub mod rows;
pub mod xlsx;

use crate::model::vocab::{Aspek, JenisJabatan, JenisRhk, Jenjang, Perspektif, Polaritas, Vocab};

/// One column of the template: its header (the same in every language), whether a row needs
/// it, its allowed codes for a validation list, and the note a spreadsheet shows on the header.
#[derive(Debug)]
pub struct Column {
    pub key: &'static str,
    pub required: bool,
    /// Written as text in a workbook: a spreadsheet would turn these into numbers or dates.
    pub text: bool,
    pub allowed: fn() -> Vec<&'static str>,
    pub note: &'static str,
}

fn none() -> Vec<&'static str> {
    Vec::new()
}

fn codes<V: Vocab + PartialEq>() -> Vec<&'static str> {
    V::ALL.iter().map(|(v, _, _)| v.code()).collect()
}

/// The template's columns, in the order `export` and `template` write them.
pub const COLUMNS: &[Column] = &[
    Column {
        key: "nip",
        required: true,
        text: true,
        allowed: none,
        note: "NIP pegawai, 18 digit, diketik sebagai teks.",
    },
    Column {
        key: "nama",
        required: true,
        text: false,
        allowed: none,
        note: "Nama lengkap pegawai dengan gelar.",
    },
    Column {
        key: "jabatan",
        required: true,
        text: false,
        allowed: none,
        note: "Nama jabatan pegawai.",
    },
    Column {
        key: "jenis_jabatan",
        required: true,
        text: false,
        allowed: codes::<JenisJabatan>,
        note: "Jenis jabatan: pilih dari daftar.",
    },
    Column {
        key: "jenjang",
        required: false,
        text: false,
        allowed: codes::<Jenjang>,
        note: "Jenjang, khusus jabatan fungsional.",
    },
    Column {
        key: "unit_kerja",
        required: true,
        text: false,
        allowed: none,
        note: "Unit kerja pegawai.",
    },
    Column {
        key: "tahun",
        required: true,
        text: true,
        allowed: none,
        note: "Tahun SKP, 4 digit.",
    },
    Column {
        key: "penilai_nip",
        required: false,
        text: true,
        allowed: none,
        note: "NIP Pejabat Penilai Kinerja; kosong hanya untuk pejabat tanpa NIP.",
    },
    Column {
        key: "penilai_nama",
        required: true,
        text: false,
        allowed: none,
        note: "Nama Pejabat Penilai Kinerja.",
    },
    Column {
        key: "penilai_jabatan",
        required: true,
        text: false,
        allowed: none,
        note: "Jabatan Pejabat Penilai Kinerja.",
    },
    Column {
        key: "rhk_id",
        required: true,
        text: true,
        allowed: none,
        note: "Id RHK, unik dalam SKP, misalnya RHK-1. Baris dengan id yang sama adalah satu RHK.",
    },
    Column {
        key: "jenis_rhk",
        required: true,
        text: false,
        allowed: codes::<JenisRhk>,
        note: "utama atau tambahan.",
    },
    Column {
        key: "rhk",
        required: true,
        text: false,
        allowed: none,
        note: "Rumusan RHK sebagai hasil, bukan kegiatan.",
    },
    Column {
        key: "intervensi",
        required: false,
        text: true,
        allowed: none,
        note: "Hasil kerja pimpinan yang diintervensi, misalnya RHK-1 atau NIP/RHK-2; beberapa dipisah titik koma.",
    },
    Column {
        key: "acuan",
        required: false,
        text: true,
        allowed: none,
        note: "Acuan Renstra/PK, misalnya PK-2026-KADIS/S1; beberapa dipisah titik koma.",
    },
    Column {
        key: "iki_id",
        required: true,
        text: true,
        allowed: none,
        note: "Id indikator, unik dalam SKP, misalnya IKI-1.1.",
    },
    Column {
        key: "aspek",
        required: false,
        text: false,
        allowed: codes::<Aspek>,
        note: "Aspek indikator (administrasi/fungsional).",
    },
    Column {
        key: "perspektif",
        required: false,
        text: false,
        allowed: codes::<Perspektif>,
        note: "Perspektif indikator (JPT).",
    },
    Column {
        key: "indikator",
        required: true,
        text: false,
        allowed: none,
        note: "Rumusan indikator sebagai ukuran, misalnya Jumlah dokumen ... yang diselesaikan.",
    },
    Column {
        key: "target",
        required: true,
        text: true,
        allowed: none,
        note: "Target, misalnya 12 dokumen, 95 %, ≤ 5 hari kerja. Target kategoris: tulis satuan kategori.",
    },
    Column {
        key: "satuan",
        required: false,
        text: false,
        allowed: none,
        note: "Satuan bila tidak ditulis di target; kategori atau deskripsi untuk target bukan angka.",
    },
    Column {
        key: "polaritas",
        required: false,
        text: false,
        allowed: codes::<Polaritas>,
        note: "naik (bawaan) atau turun (makin kecil makin baik).",
    },
    Column {
        key: "target_tw1",
        required: false,
        text: true,
        allowed: none,
        note: "Target triwulan I (opsional).",
    },
    Column {
        key: "target_tw2",
        required: false,
        text: true,
        allowed: none,
        note: "Target triwulan II (opsional).",
    },
    Column {
        key: "target_tw3",
        required: false,
        text: true,
        allowed: none,
        note: "Target triwulan III (opsional).",
    },
    Column {
        key: "target_tw4",
        required: false,
        text: true,
        allowed: none,
        note: "Target triwulan IV (opsional).",
    },
    Column {
        key: "bukti_rencana",
        required: false,
        text: false,
        allowed: none,
        note: "Bukti dukung yang direncanakan; beberapa dipisah titik koma; yang memuat titik koma ditulis dalam tanda kutip.",
    },
];

/// The index of a template column by its key.
pub fn column(key: &str) -> usize {
    COLUMNS
        .iter()
        .position(|c| c.key == key)
        .unwrap_or_else(|| unreachable!("unknown template column {key}"))
}

/// A cell as the source held it. Numbers and dates are kept apart from text so that a value a
/// spreadsheet converted (a NIP as `1.97211021997031E+17`, a target as a date) can be told.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(f64),
    /// A spreadsheet date, as its serial day number (1 = 1900-01-01).
    Date(f64),
    /// A formula that failed (`#REF!`, `#N/A`): never a value to import.
    Error(String),
}

/// Where a cell is: the sheet (or CSV file name), 1-based row and 0-based column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub sheet: String,
    pub row: u32,
    pub col: u32,
    /// CSV cells are named `file:line` (the line the row starts on); workbook cells `Sheet!D7`.
    pub workbook: bool,
}

/// The column of a [`Loc`] that stands for its whole row (a header missing from the row).
pub const WHOLE_ROW: u32 = u32::MAX;

impl Loc {
    /// `SKP!D7` in a workbook (`SKP!1:1` for a whole row), `rencana.csv:7` in a CSV.
    pub fn name(&self) -> String {
        if self.workbook && self.col == WHOLE_ROW {
            format!("{}!{}:{}", self.sheet, self.row, self.row)
        } else if self.workbook {
            format!("{}!{}{}", self.sheet, column_letters(self.col), self.row)
        } else {
            format!("{}:{}", self.sheet, self.row)
        }
    }
}

/// `0 → A`, `25 → Z`, `26 → AA`.
pub fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A table as read: rows of cells, the first row the header.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub workbook: bool,
    /// The 1-based row number of `rows[0]`.
    pub first_row: u32,
    pub rows: Vec<Vec<Value>>,
    /// For a CSV, the line each row starts on: a CSV reader skips blank lines and a quoted
    /// cell may span several, so the record number is not the line an editor shows. Empty for
    /// a workbook, whose rows are numbered as the spreadsheet numbers them.
    pub lines: Vec<u32>,
}

impl Sheet {
    /// Where the cell at row index `at`, column `col` is, as the user finds it.
    pub fn loc(&self, at: usize, col: usize) -> Loc {
        let row = match self.lines.get(at) {
            Some(&line) => line,
            None => self.first_row + at as u32,
        };
        Loc {
            sheet: self.name.clone(),
            row,
            col: col as u32,
            workbook: self.workbook,
        }
    }
}

/// A cell that cannot be imported, and what to do about it.
#[derive(Debug, Clone, PartialEq)]
pub struct CellError {
    pub loc: Loc,
    /// The header of the column, when the cell is under one.
    pub column: Option<String>,
    pub msg: crate::i18n::Msg,
    pub help: Option<crate::i18n::Msg>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_spreadsheets() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn every_column_is_unique_and_design_ordered() {
        let keys: Vec<&str> = COLUMNS.iter().map(|c| c.key).collect();
        assert_eq!(
            keys.join(", "),
            "nip, nama, jabatan, jenis_jabatan, jenjang, unit_kerja, tahun, penilai_nip, \
             penilai_nama, penilai_jabatan, rhk_id, jenis_rhk, rhk, intervensi, acuan, iki_id, \
             aspek, perspektif, indikator, target, satuan, polaritas, target_tw1, target_tw2, \
             target_tw3, target_tw4, bukti_rencana"
        );
    }
}
