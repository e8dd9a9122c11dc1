//! The template as a workbook: sheet `SKP` (frozen header, a note on each header, validation
//! lists for the enumerations, text format where a spreadsheet would damage values) and sheet
//! `Petunjuk` (how to fill it in, in Bahasa Indonesia). `template` writes it empty, `export`
//! filled.
//!
//! Every cell is written as a string: a plan's text that begins with `=` stays text, so a
//! workbook skp writes cannot carry a formula.

use rust_xlsxwriter::{DataValidation, Format, Note, Workbook, XlsxError};

use super::COLUMNS;

/// Rows a validation list and the text format cover: the whole sheet.
const LAST_ROW: u32 = 1_048_575;

const INSTRUCTIONS: &[&str] = &[
    "Petunjuk pengisian templat SKP",
    "",
    "1. Isi lembar SKP: satu baris untuk satu indikator kinerja individu (IKI).",
    "2. Identitas pegawai (nip sampai penilai_jabatan) diulang pada setiap baris; baris dengan nip dan tahun yang sama menjadi satu SKP.",
    "3. Baris dengan rhk_id yang sama dalam satu SKP menjadi satu Rencana Hasil Kerja (RHK); jenis_rhk dan rhk cukup diisi pada baris pertama RHK itu.",
    "4. Kolom nip, penilai_nip, tahun, id dan target berformat Teks. Jangan ubah formatnya: spreadsheet memotong NIP 18 digit menjadi 15 digit dan mengubah target seperti 1-3 menjadi tanggal.",
    "5. Pilih jenis_jabatan, jenjang, jenis_rhk, aspek, perspektif dan polaritas dari daftar pada selnya.",
    "6. Target ditulis dengan satuannya: 12 dokumen, 95 %, ≤ 5 hari kerja, Rp 150 juta. Untuk target bukan angka (opini WTP, predikat A) isi satuan dengan kategori; untuk target deskriptif (pendekatan kualitatif) isi satuan dengan deskripsi.",
    "7. intervensi: hasil kerja pimpinan yang diintervensi, misalnya RHK-1 (RHK pejabat penilai) atau 197808142003122002/RHK-2. acuan: entri Renstra/PK, misalnya PK-2026-KADIS/S1. Beberapa nilai dipisah titik koma.",
    "8. bukti_rencana: bukti dukung yang direncanakan, dipisah titik koma atau baris baru dalam sel (Alt+Enter); bukti yang namanya memuat titik koma ditulis dalam tanda kutip, misalnya \"berita acara; daftar hadir\"; foto.",
    "9. Simpan sebagai .xlsx (atau CSV dengan pemisah ; atau ,), lalu jalankan: skp import BERKAS.xlsx --dry-run untuk melihat hasilnya, dan skp import BERKAS.xlsx untuk menulis berkas SKP.",
    "10. Setiap sel yang salah disebut dengan lembar, baris dan kolomnya (misalnya SKP!D7); tidak ada berkas yang ditulis sebelum semua sel benar.",
    "",
    "Kolom:",
];

/// The most characters Excel holds in one cell, counted in UTF-16 units.
pub const MAX_CELL_CHARS: usize = 32_767;

/// A workbook of the template holding `rows` (cells in [`COLUMNS`] order).
///
/// # Errors
///
/// The writer's error, e.g. for a cell longer than a spreadsheet allows (32 767 characters).
pub fn workbook(rows: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let header = Format::new().set_bold().set_text_wrap();
    let text = Format::new().set_num_format("@");
    let sheet = book.add_worksheet();
    sheet.set_name("SKP")?;
    for (c, col) in COLUMNS.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, col.key, &header)?;
        sheet.insert_note(0, c, &Note::new(col.note).set_author("skp"))?;
        let width = match col.key {
            "rhk" | "indikator" | "bukti_rencana" => 48,
            "nama" | "jabatan" | "unit_kerja" | "penilai_nama" | "penilai_jabatan" => 28,
            "nip" | "penilai_nip" => 21,
            _ => 14,
        };
        sheet.set_column_width(c, width)?;
        if col.text {
            sheet.set_column_format(c, &text)?;
        }
        let allowed = (col.allowed)();
        if !allowed.is_empty() {
            let v = DataValidation::new()
                .allow_list_strings(&allowed)?
                .set_error_message(format!("Pilih salah satu: {}", allowed.join(", ")))?;
            sheet.add_data_validation(1, c, LAST_ROW, c, &v)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if value.is_empty() {
                continue;
            }
            let (r, c) = (r as u32 + 1, c as u16);
            if COLUMNS.get(c as usize).is_some_and(|col| col.text) {
                sheet.write_string_with_format(r, c, value, &text)?;
            } else {
                sheet.write_string(r, c, value)?;
            }
        }
    }
    let help = book.add_worksheet();
    help.set_name("Petunjuk")?;
    help.set_column_width(0, 110)?;
    help.set_column_width(1, 16)?;
    let mut r = 0;
    for line in INSTRUCTIONS {
        if r == 0 {
            help.write_string_with_format(r, 0, *line, &Format::new().set_bold())?;
        } else {
            help.write_string_with_format(r, 0, *line, &Format::new().set_text_wrap())?;
        }
        r += 1;
    }
    for col in COLUMNS {
        let need = if col.required { "wajib" } else { "opsional" };
        help.write_string(r, 0, format!("{} ({need}): {}", col.key, col.note))?;
        let allowed = (col.allowed)();
        if !allowed.is_empty() {
            help.write_string(r, 1, allowed.join(", "))?;
        }
        r += 1;
    }
    book.save_to_buffer()
}
