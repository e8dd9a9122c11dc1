//! `skp import`, `skp export --xlsx` and `skp template --xlsx` through the real binary: the
//! template round-trips; CSV in every dress spreadsheets give it; damaged cells recovered or
//! refused by sheet, row and column with nothing written; existing files never replaced without
//! `--force`, and replaced without losing what the template has no column for.

mod common;

use std::path::Path;

use calamine::{Data, Reader};
use common::{Ws, snapshot_tree};

const SEKDIS: &str = "197211021997031004";

/// The clean example copied into a temporary workspace (test fixtures are written with std).
fn example_ws() -> Ws {
    let ws = Ws::bare();
    common::copy_dir(&common::example("dinas-kominfo"), ws.path());
    ws
}

/// The cells of sheet `SKP` as text.
fn cells(path: &Path) -> Vec<Vec<String>> {
    let mut book = calamine::open_workbook_auto(path).expect("open workbook");
    let range = book.worksheet_range("SKP").expect("sheet SKP");
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    other => panic!("cell {other:?} is not text"),
                })
                .collect()
        })
        .collect()
}

/// The example's plans as template rows (header first), read back from `export --xlsx`.
fn exported(ws: &Ws, out: &Path) -> Vec<Vec<String>> {
    // `--force`: tests export again into the same file.
    let r = ws.run(&["export", "--xlsx", out.to_str().expect("utf-8"), "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    cells(out)
}

fn csv_of(rows: &[Vec<String>], sep: u8) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(sep)
        .from_writer(Vec::new());
    for r in rows {
        w.write_record(r).expect("csv row");
    }
    w.into_inner().expect("csv bytes")
}

fn col(rows: &[Vec<String>], key: &str) -> usize {
    rows[0].iter().position(|h| h == key).expect("column")
}

/// The workspace exported, the cell `key` of `nip`'s row of `iki` changed by `edit`, written as
/// a CSV into `dir`: its path.
fn with_cell_changed(
    ws: &Ws,
    dir: &Path,
    nip: &str,
    iki: &str,
    key: &str,
    edit: impl FnOnce(&mut String),
) -> String {
    with_rows_changed(ws, dir, |rows| {
        let (n, i, k) = (col(rows, "nip"), col(rows, "iki_id"), col(rows, key));
        let row = rows
            .iter()
            .position(|r| r[n] == nip && r[i] == iki)
            .expect("row");
        edit(&mut rows[row][k]);
    })
}

/// The workspace exported, its rows (header first) edited by `edit`, saved as a CSV in `dir`:
/// the path to import. For an edit a whole plan or RHK must agree on (every row of it).
fn with_rows_changed(ws: &Ws, dir: &Path, edit: impl FnOnce(&mut Vec<Vec<String>>)) -> String {
    let mut rows = exported(ws, &dir.join("export.xlsx"));
    edit(&mut rows);
    let csv = dir.join("ubah.csv");
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::write(&csv, csv_of(&rows, b',')).expect("write csv");
    csv.to_str().expect("utf-8").to_string()
}

/// A workspace with only `skp.toml`: the destination of an import.
fn empty_ws() -> Ws {
    Ws::new()
}

#[test]
fn the_template_round_trips_through_import_and_export() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let first = exported(&src, &dir.path().join("a.xlsx"));
    assert_eq!(first.len(), 79, "one header and one row per indicator");
    let ws = empty_ws();
    let r = ws.run(&["import", dir.path().join("a.xlsx").to_str().expect("utf-8")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("12 SKP dibuat"), "{}", r.stderr);
    let written = ws.read(&format!("pegawai/{SEKDIS}/skp-2026.yaml"));
    assert!(written.starts_with("# yaml-language-server: $schema=../../skp.schema.json\n"));
    // Nothing the loader refuses: no F finding at all.
    let f = ws.check(&["--select", "F", "--format", "json"]).diags();
    assert!(f.is_empty(), "{}", common::list(&f));
    let again = exported(&ws, &dir.path().join("b.xlsx"));
    assert_eq!(first, again, "xlsx → import → export changed cells");
    // Importing the same workbook onto the workspace it came from changes nothing.
    let before = snapshot_tree(src.path());
    let r = src.run(&["import", dir.path().join("a.xlsx").to_str().expect("utf-8")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("12 tidak berubah"), "{}", r.stderr);
    assert_eq!(before, snapshot_tree(src.path()));
}

/// A sheet with a title above the header (an agency's name, "SKP Tahun 2026") and group
/// headings over merged columns reads as the template: those rows are passed over, and said.
#[test]
fn title_rows_above_the_header_are_passed_over_and_named() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let mut rows = exported(&src, &dir.path().join("a.xlsx"));
    let width = rows[0].len();
    let target = rows[0]
        .iter()
        .position(|h| h == "target")
        .expect("a target column");
    let title = |t: &str| {
        let mut r = vec![String::new(); width];
        r[0] = t.to_string();
        r
    };
    rows.splice(
        0..0,
        [
            title("PEMERINTAH KOTA CONTOH"),
            vec![String::new(); width],
            title("SASARAN KINERJA PEGAWAI TAHUN 2026"),
            vec![String::new(); width],
            // Group headings over merged columns, right above the header, two rows of them,
            // one naming a column as the template does ("TARGET" over target … target_tw4).
            {
                let mut r = vec![String::new(); width];
                r[0] = "IDENTITAS PEGAWAI".into();
                r[7] = "PEJABAT PENILAI".into();
                r[10] = "HASIL KERJA".into();
                r
            },
            {
                let mut r = vec![String::new(); width];
                r[10] = "RENCANA".into();
                r[target] = "TARGET".into();
                r
            },
        ],
    );
    let csv = dir.path().join("berjudul.csv");
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::write(&csv, csv_of(&rows, b';')).expect("write");
    let before = snapshot_tree(src.path());
    let r = src.run(&["import", csv.to_str().expect("utf-8")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("baris 1–6 dibaca sebagai judul, bukan data; judul kolom ada di baris 7"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("12 tidak berubah"), "{}", r.stderr);
    assert_eq!(before, snapshot_tree(src.path()));
}

#[test]
fn a_path_that_cannot_take_a_plan_stops_the_whole_import_before_any_file_is_written() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let book = dir.path().join("a.xlsx");
    exported(&src, &book);
    let book = book.to_str().expect("utf-8");
    let nip = "198602082010121001";
    let ws = empty_ws();
    let before = snapshot_tree(ws.path());
    // An empty file where one plan would go, and then a plan that no longer parses.
    for (text, says) in [
        ("", "bukan SKP yang dapat dibaca"),
        (
            "apiVersion: skp/v1\nkind: Skp\nhasil_kerja: [\n",
            "tidak dapat dibaca; perbaiki",
        ),
    ] {
        ws.file(&format!("pegawai/{nip}/skp-2026.yaml"), text);
        let before = snapshot_tree(ws.path());
        for args in [
            &["import", book, "--dry-run"][..],
            &["import", book, "--force"],
        ] {
            let r = ws.run(args);
            assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
            assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
            assert!(
                r.stderr.contains("tidak ada berkas yang ditulis"),
                "{}",
                r.stderr
            );
            assert_eq!(before, snapshot_tree(ws.path()), "{args:?} wrote files");
        }
    }
    std::fs::remove_file(ws.path().join(format!("pegawai/{nip}/skp-2026.yaml"))).unwrap();
    std::fs::remove_dir(ws.path().join(format!("pegawai/{nip}"))).unwrap();
    assert_eq!(before, snapshot_tree(ws.path()));
    // A file where one plan's folder belongs: found before the first plan is written (the run
    // wrote the plans before it, then failed with "File exists").
    ws.file(&format!("pegawai/{nip}"), "catatan\n");
    let before_file = snapshot_tree(ws.path());
    let r = ws.run(&["import", book]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "pegawai/{nip} sudah ada sebagai berkas, padahal SKP ini harus ditulis di dalam folder"
        )),
        "{}",
        r.stderr
    );
    assert_eq!(before_file, snapshot_tree(ws.path()));
    std::fs::remove_file(ws.path().join(format!("pegawai/{nip}"))).unwrap();
    let r = ws.run(&["import", book]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("12 SKP dibuat"), "{}", r.stderr);
}

#[test]
fn the_empty_template_has_headers_lists_notes_and_instructions() {
    let ws = empty_ws();
    let r = ws.run(&["template", "--xlsx", "templat.xlsx"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let path = ws.join("templat.xlsx");
    let rows = cells(&path);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].len(), 27);
    assert_eq!(rows[0][0], "nip");
    assert_eq!(rows[0][26], "bukti_rencana");
    let book = calamine::open_workbook_auto(&path).expect("open");
    assert_eq!(book.sheet_names(), ["SKP", "Petunjuk"]);
    // The parts a spreadsheet program shows: frozen header, validation lists, header notes,
    // text format on the NIP column.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).expect("open")).expect("zip");
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").expect("sheet1"),
        &mut sheet,
    )
    .expect("read");
    assert!(sheet.contains(r#"ySplit="1""#), "no frozen header");
    assert!(sheet.contains("<dataValidation "), "no validation list");
    assert!(
        sheet.contains("administrator,pengawas,pelaksana"),
        "{sheet}"
    );
    assert!(zip.by_name("xl/comments1.xml").is_ok(), "no header notes");
    // An empty template imports as "no rows", not as a crash.
    let r = ws.run(&["import", "templat.xlsx"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("tidak ada baris data"), "{}", r.stderr);
}

#[test]
fn a_csv_target_a_spreadsheet_turned_into_a_date_is_refused_with_its_row() {
    // A CSV keeps no cell types: `1-4` typed into a General cell comes back as a date.
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let mut rows = exported(&src, &dir.path().join("a.xlsx"));
    let target = col(&rows, "target");
    rows[3][target] = "2026-04-01".into();
    let ws = empty_ws();
    ws.bytes("rencana.csv", &csv_of(&rows, b';'));
    let r = ws.run(&["import", "rencana.csv"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("rencana.csv:4"), "{}", r.stderr);
    assert!(
        r.stderr.contains("target `2026-04-01` berupa tanggal"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("format selnya sebagai Teks")
            && r.stderr
                .contains("bila ini tenggat, tulis `paling lambat 2026-04-01`"),
        "{}",
        r.stderr
    );
    assert!(!ws.path().join("pegawai").exists(), "nothing is written");
    // A deadline is taken as written; one that names no day is refused.
    rows[3][target] = "paling lambat 31 Februari 2026".into();
    ws.bytes("rencana.csv", &csv_of(&rows, b';'));
    let r = ws.run(&["import", "rencana.csv"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("rencana.csv:4"), "{}", r.stderr);
    // Without its year, it is in the plan's year, as `check` reads it.
    rows[3][target] = "paling lambat 31 Maret".into();
    ws.bytes("rencana.csv", &csv_of(&rows, b';'));
    let r = ws.run(&["import", "rencana.csv", "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    rows[3][target] = "paling lambat 31 Maret 2026".into();
    ws.bytes("rencana.csv", &csv_of(&rows, b';'));
    let r = ws.run(&["import", "rencana.csv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_csv_cell_is_named_by_the_line_an_editor_shows() {
    // A blank line (skipped by CSV readers) and a cell that spans two lines come before the
    // row at fault: its record number is 4, the line it starts on is 6.
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let mut rows = exported(&src, &dir.path().join("a.xlsx"));
    let (indikator, target) = (col(&rows, "indikator"), col(&rows, "target"));
    rows[1][indikator] = format!("{}\n(lanjutan)", rows[1][indikator]);
    rows[3][target] = "2026-04-01".into();
    let csv = String::from_utf8(csv_of(&rows, b';')).expect("utf-8");
    let (head, rest) = csv.split_once('\n').expect("header line");
    let lf = format!("{head}\n\n{rest}");
    // Excel on Windows ends lines with CR LF; old Mac files with CR alone.
    for (name, text) in [
        ("lf", lf.clone()),
        ("crlf", lf.replace('\n', "\r\n")),
        ("cr", lf.replace('\n', "\r")),
    ] {
        let ws = empty_ws();
        ws.file("rencana.csv", &text);
        let r = ws.run(&["import", "rencana.csv"]);
        assert_eq!(r.code, 1, "{name}: {}", r.stderr);
        assert!(r.stderr.contains("rencana.csv:6"), "{name}: {}", r.stderr);
        assert!(!r.stderr.contains("rencana.csv:4"), "{name}: {}", r.stderr);
    }
}

#[test]
fn csv_in_every_dress_imports_and_a_shortened_nip_is_restored() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let mut rows = exported(&src, &dir.path().join("a.xlsx"));
    let nip = col(&rows, "nip");
    let nama = col(&rows, "nama");
    // What Excel does to an 18-digit NIP typed into a General cell, on one row of the Sekdis.
    let row = rows
        .iter()
        .position(|r| r[nip] == SEKDIS)
        .expect("sekdis row")
        + 1;
    rows[row][nip] = "1.97211021997031E+17".into();
    for r in rows
        .iter_mut()
        .skip(1)
        .filter(|r| r[nama].starts_with("Drs. Agus"))
    {
        r[nama] = "Drs. José Setiawan, M.Si.".into();
    }
    let utf8_comma = csv_of(&rows, b',');
    let mut bom_semicolon = b"\xEF\xBB\xBF".to_vec();
    bom_semicolon.extend(csv_of(&rows, b';'));
    // Older Excel writes Windows-1252: é is one byte (0xE9); ≤ does not exist there.
    let text = String::from_utf8(csv_of(&rows, b';'))
        .expect("utf-8")
        .replace('≤', "<=");
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    assert!(cp1252.contains(&0xE9));
    let cp1252 = cp1252.into_owned();
    for (name, bytes, stated) in [
        ("koma.csv", utf8_comma, "pemisah `,`, UTF-8"),
        ("bom.csv", bom_semicolon, "pemisah `;`, UTF-8 (BOM)"),
        ("excel.csv", cp1252, "pemisah `;`, Windows-1252"),
    ] {
        let ws = empty_ws();
        ws.bytes(name, &bytes);
        let r = ws.run(&["import", name]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert!(r.stderr.contains(stated), "{name}: {}", r.stderr);
        assert!(
            r.stderr.contains(&format!("dipulihkan menjadi {SEKDIS}")),
            "{name}: {}",
            r.stderr
        );
        let skp = ws.read(&format!("pegawai/{SEKDIS}/skp-2026.yaml"));
        assert!(
            skp.contains("nama: \"Drs. José Setiawan, M.Si.\""),
            "{name}: {skp}"
        );
    }
}

/// A shortened NIP is matched on the 15 significant digits the spreadsheet kept, not on the
/// digits of the nearest binary number (197808142003122000 is stored as …121984), and only to
/// the person the row names: the first 15 digits are a birth date, a month and the sex.
#[test]
fn a_shortened_nip_is_restored_by_its_kept_digits_and_only_to_the_person_named() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let mut rows = exported(&src, &dir.path().join("a.xlsx"));
    let (nip, nama) = (col(&rows, "nip"), col(&rows, "nama"));
    let kabid = "197808142003122002";
    for r in rows.iter_mut().skip(1).filter(|r| r[nip] == kabid) {
        r[nip] = "1.97808142003122E+17".into();
    }
    // Nobody else has these 15 digits: the workspace's own NIPs only.
    rows.retain(|r| r[nip] == "nip" || r[nip].starts_with("1.978"));
    let ws = example_ws();
    ws.bytes("kabid.csv", &csv_of(&rows, b','));
    let r = ws.run(&["import", "kabid.csv", "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("dipulihkan menjadi {kabid}")),
        "{}",
        r.stderr
    );

    // Another person with the same 15 digits (a colleague born the same day, appointed the
    // same month): never taken for the one in the workspace.
    for r in rows.iter_mut().skip(1) {
        r[nama] = "Sari Wulandari, S.Kom.".into();
    }
    ws.bytes("sari.csv", &csv_of(&rows, b','));
    let before = snapshot_tree(ws.path());
    let r = ws.run(&["import", "sari.csv", "--force", "--lang", "en"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "lost its last 3 digits; its first digits match {kabid}, but that NIP is "
        )),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("not Sari Wulandari, S.Kom.'s"),
        "{}",
        r.stderr
    );
    assert_eq!(before, snapshot_tree(ws.path()));
}

/// A quoted cell left open swallowed every later row into that one cell, and the import went
/// on with the rows before it: the file is refused at the line where the quote opens.
#[test]
fn a_csv_cell_whose_quote_never_closes_is_refused_at_its_line() {
    let ws = empty_ws();
    let header = "nip;nama;jabatan;jenis_jabatan;unit_kerja;tahun;penilai_nama;penilai_jabatan;rhk_id;jenis_rhk;rhk;iki_id;indikator;target\n";
    let row = |iki: &str, target: &str| {
        format!(
            "'197211021997031004;A;Staf;pelaksana;Unit;2026;B;Kepala;RHK-1;utama;Tersedianya data;{iki};Jumlah data yang diperbarui;{target}\n"
        )
    };
    ws.file(
        "kutip.csv",
        &format!(
            "{header}{}{}{}",
            row("IKI-1.1", "12 data"),
            row("IKI-1.2", "\"5 data"),
            row("IKI-1.3", "7 data")
        ),
    );
    let r = ws.run(&["import", "kutip.csv", "--lang", "en"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("kutip.csv:3: the quote (\") that opens a cell on this line is never closed"),
        "{}",
        r.stderr
    );
    assert!(!ws.join("pegawai").exists());
}

#[test]
fn a_shortened_nip_with_no_single_match_is_refused() {
    let ws = empty_ws();
    let header = "nip;nama;jabatan;jenis_jabatan;unit_kerja;tahun;penilai_nama;penilai_jabatan;rhk_id;jenis_rhk;rhk;iki_id;indikator;target\n";
    let row = "1.97211021997031E+17;A;Staf;pelaksana;Unit;2026;B;Kepala;RHK-1;utama;Tersedianya data;IKI-1.1;Jumlah data yang diperbarui;12 data\n";
    ws.file("a.csv", &format!("{header}{row}"));
    let r = ws.run(&["import", "a.csv"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(
            "a.csv:2 (baris 2, kolom nip): NIP `1.97211021997031E+17` telah diubah spreadsheet"
        ),
        "{}",
        r.stderr
    );
    assert!(!ws.join("pegawai").exists());
}

/// A row whose NIP or first cells cannot be read is still checked to its last cell, and the
/// rows after a refused first row do not name its mistake again.
#[test]
fn a_row_with_a_bad_nip_names_its_other_bad_cells_in_the_same_run() {
    let ws = empty_ws();
    let header = "nip;nama;jabatan;jenis_jabatan;unit_kerja;tahun;penilai_nama;penilai_jabatan;rhk_id;jenis_rhk;rhk;iki_id;aspek;indikator;target\n";
    let rows = [
        // A NIP of 17 digits, a type of RHK nobody has, a target no reader understands.
        "19900101201503200;A;Staf;pelaksana;Unit;2026;B;Kepala;RHK-1;utamaa;Tersedianya data;IKI-1.1;kuantitas;Jumlah data yang diperbarui;banyak\n",
        // Another employee whose position type is unknown, then a row of that plan that
        // leaves it blank as merged cells do, with a bad aspect of its own.
        "199001012015032001;C;Staf;pelaksanaa;Unit;2026;B;Kepala;RHK-1;utama;Tersedianya data;IKI-1.1;kuantitas;Jumlah data yang diperbarui;12 data\n",
        "199001012015032001;;;;;2026;;;RHK-1;;;IKI-1.2;kualitass;Persentase data yang valid;95 %\n",
    ];
    ws.file("a.csv", &format!("{header}{}", rows.concat()));
    let before = snapshot_tree(ws.path());
    let r = ws.run(&["import", "a.csv"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    for expected in [
        "a.csv:2 (baris 2, kolom nip): NIP `19900101201503200`",
        "a.csv:2 (baris 2, kolom jenis_rhk): nilai `utamaa` tidak dikenal",
        "a.csv:2 (baris 2, kolom target)",
        "a.csv:3 (baris 3, kolom jenis_jabatan): nilai `pelaksanaa` tidak dikenal",
        "a.csv:4 (baris 4, kolom aspek): nilai `kualitass` tidak dikenal",
        "5 masalah; tidak ada berkas yang ditulis",
    ] {
        assert!(
            r.stderr.contains(expected),
            "missing {expected:?} in:\n{}",
            r.stderr
        );
    }
    assert!(
        !r.stderr.contains("baris 4, kolom jenis_jabatan"),
        "{}",
        r.stderr
    );
    assert_eq!(
        before,
        snapshot_tree(ws.path()),
        "a refused import wrote something"
    );
}

#[test]
fn every_bad_cell_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("rusak.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("SKP").expect("name");
    let header = [
        "nip",
        "nama",
        "jabatan",
        "jenis_jabatan",
        "unit_kerja",
        "tahun",
        "penilai_nip",
        "penilai_nama",
        "penilai_jabatan",
        "rhk_id",
        "jenis_rhk",
        "rhk",
        "iki_id",
        "aspek",
        "indikator",
        "target",
        "satuan",
        "catatan",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).expect("header");
    }
    let good = [
        "199001012015032001",
        "Ani",
        "Analis Data",
        "pelaksana",
        "Bidang Statistik",
        "2026",
        "198005152005011002",
        "Budi",
        "Kepala Bidang",
        "RHK-1",
        "utama",
        "Tersedianya data statistik sektoral yang mutakhir",
        "IKI-1.1",
        "kuantitas",
        "Jumlah set data statistik sektoral yang dimutakhirkan",
        "12 set data",
        "",
    ];
    for r in 1..=3u32 {
        for (c, v) in good.iter().enumerate() {
            sheet.write_string(r, c as u16, *v).expect("cell");
        }
        sheet.write_string(r, 12, format!("IKI-1.{r}")).expect("id");
    }
    // Row 3: a position type nobody has; row 4: a target the spreadsheet made a date, and a
    // percentage it made a fraction.
    sheet.write_string(2, 3, "pelaksanaa").expect("bad enum");
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 1, 3).expect("date");
    let fmt = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    sheet
        .write_datetime_with_format(3, 15, &date, &fmt)
        .expect("date");
    sheet.write_number(4, 0, 199001012015032001.0).expect("nip");
    for (c, v) in good.iter().enumerate().skip(1) {
        sheet.write_string(4, c as u16, *v).expect("cell");
    }
    sheet.write_string(4, 12, "IKI-1.4").expect("id");
    sheet.write_number(4, 15, 0.95).expect("fraction");
    sheet.write_string(4, 16, "%").expect("satuan");
    book.save(&path).expect("save");

    let ws = empty_ws();
    let before = snapshot_tree(ws.path());
    let r = ws.run(&["import", path.to_str().expect("utf-8")]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    for expected in [
        "SKP!R1 (baris 1): kolom `catatan` tidak dikenal",
        "SKP!D3 (baris 3, kolom jenis_jabatan): nilai `pelaksanaa` tidak dikenal",
        "maksud Anda `pelaksana`?",
        "SKP!P4 (baris 4, kolom target): spreadsheet menyimpan sel ini sebagai tanggal (2026-01-03)",
        "SKP!P5 (baris 5, kolom target): target 0,95 dengan satuan %",
        "4 masalah; tidak ada berkas yang ditulis",
    ] {
        assert!(
            r.stderr.contains(expected),
            "missing {expected:?} in:\n{}",
            r.stderr
        );
    }
    // The NIP of row 5 was restored from the other rows' NIP.
    assert!(r.stderr.contains("SKP!A5: NIP"), "{}", r.stderr);
    assert_eq!(
        before,
        snapshot_tree(ws.path()),
        "a refused import wrote something"
    );
    // English on request.
    let r = ws.run(&["--lang", "en", "import", path.to_str().expect("utf-8")]);
    assert!(
        r.stderr.contains("SKP!D3 (row 3, column jenis_jabatan)"),
        "{}",
        r.stderr
    );
}

/// An indicator renumbered in the spreadsheet leaves the evidence and evaluation that name it
/// pointing at nothing: `import --force` says so, naming the id and what names it, instead of
/// only "1 diganti".
#[test]
fn replacing_a_plan_names_the_ids_its_records_still_point_at() {
    let ws = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let mut rows = exported(&ws, &dir.path().join("a.xlsx"));
    let (nip, iki, tahun) = (col(&rows, "nip"), col(&rows, "iki_id"), col(&rows, "tahun"));
    let who = "199507302020032005";
    for r in rows.iter_mut() {
        if r[nip] == who && r[tahun] == "2026" && r[iki] == "IKI-1.1" {
            r[iki] = "IKI-1.4".into();
        }
    }
    let csv = dir.path().join("nomor.csv");
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::write(&csv, csv_of(&rows, b';')).expect("write csv");
    let csv = csv.to_str().expect("utf-8");
    let rel = format!("pegawai/{who}/skp-2026.yaml");
    for args in [&[csv, "--force", "--dry-run"][..], &[csv, "--force"]] {
        let mut a = vec!["import"];
        a.extend_from_slice(args);
        let r = ws.run(&a);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains(&format!(
                "{rel}: IKI-1.1 tidak ada lagi di rencana yang diimpor, padahal dirujuk bukti dukung, realisasi"
            )),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn an_existing_plan_is_replaced_only_with_force_and_keeps_what_the_template_lacks() {
    let ws = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let mut rows = exported(&ws, &dir.path().join("a.xlsx"));
    let (nip, iki, target) = (
        col(&rows, "nip"),
        col(&rows, "iki_id"),
        col(&rows, "target"),
    );
    let tahun = col(&rows, "tahun");
    // Lower an approved target: the clean example's 199507302020032005 has an approval.
    let approved = "199507302020032005";
    let row = rows
        .iter()
        .position(|r| r[nip] == approved && r[tahun] == "2026" && r[iki] == "IKI-1.1")
        .expect("row");
    let was = rows[row][target].clone();
    rows[row][target] = "1 dokumen".into();
    let csv = dir.path().join("turun.csv");
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::write(&csv, csv_of(&rows, b';')).expect("write csv");
    let csv = csv.to_str().expect("utf-8");
    let rel = format!("pegawai/{approved}/skp-2026.yaml");
    // Comments on lines the import writes again: a note, a suppression and a comment line.
    let commented = ws
        .read(&rel)
        .replacen("\ntahun: 2026\n", "\ntahun: 2026  # catatan tahun\n", 1)
        .replacen(
            "\n  - id: RHK-2\n",
            "\n  # RHK-2 menyusul dari rapat\n  - id: RHK-2  # skp: abaikan S114 -- satu IKI cukup\n",
            1,
        );
    assert_eq!(
        commented.matches('#').count(),
        ws.read(&rel).matches('#').count() + 3
    );
    ws.file(&rel, &commented);
    let original = ws.read(&rel);

    let r = ws.run(&["import", csv]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("sudah ada dan isinya berbeda"),
        "{}",
        r.stderr
    );
    assert_eq!(ws.read(&rel), original);

    let r = ws.run(&["import", csv, "--force", "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The approval of the old content no longer holds: said before anything is written.
    assert!(
        r.stderr.contains(&format!(
            "{rel} sudah disetujui pejabat penilai; isinya berubah"
        )),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.starts_with(&format!("--- a/{rel}\n+++ b/{rel}\n")),
        "{}",
        r.stdout
    );
    let changed: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| {
            (l.starts_with('-') || l.starts_with('+'))
                && !l.starts_with("---")
                && !l.starts_with("+++")
        })
        .collect();
    assert_eq!(
        changed.len(),
        2,
        "only the target line changes:\n{}",
        r.stdout
    );
    assert!(
        changed[0].contains(&was) && changed[1].contains("1 dokumen"),
        "{changed:?}"
    );
    assert_eq!(ws.read(&rel), original, "--dry-run wrote");

    let r = ws.run(&["import", csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = ws.read(&rel);
    for kept in [
        "pangkat:",
        "perhitungan:",
        "ekspektasi_khusus:",
        "dukungan_sumber_daya:",
        "#",
        "tahun: 2026  # catatan tahun\n",
        "  # RHK-2 menyusul dari rapat\n  - id: RHK-2  # skp: abaikan S114 -- satu IKI cukup\n",
    ] {
        assert_eq!(
            now.matches(kept).count(),
            original.matches(kept).count(),
            "{kept} lost:\n{now}"
        );
    }
    // The lowered target after approval is the A error.
    let a = ws.check(&["--select", "A", "--format", "json"]).diags();
    assert!(common::codes(&a).contains(&"A102"), "{}", common::list(&a));
}

/// A file that holds last year's plan below this year's is never rewritten by an import or an
/// MPH: the text skp writes is one SKP, and the other document would be overwritten.
#[test]
fn a_file_holding_two_documents_is_never_rewritten_by_an_import() {
    let ws = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let staff = "199404182019032006";
    let csv = &with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "target", |t| {
        *t = "3 dokumen".into()
    });
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    let this_year = ws.read(&rel);
    let last_year = this_year
        .replacen("tahun: 2026", "tahun: 2024", 1)
        .replace("2026-TW", "2024-TW");
    ws.file(&rel, &format!("{this_year}---\n{last_year}"));
    let before = snapshot_tree(ws.path());

    let r = ws.run(&["import", csv, "--force", "--lang", "en"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("{rel} holds more than one YAML document")),
        "{}",
        r.stderr
    );
    assert_eq!(before, snapshot_tree(ws.path()));

    // The leader's matrix, with the link of RHK-1 gone from this year's plan.
    let kabid = "197808142003122002";
    let r = ws.run(&["report", "mph", "--nip", kabid, "--format", "csv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let matrix = dir.path().join("mph.csv");
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::write(&matrix, &r.stdout).expect("write");
    ws.file(
        &rel,
        &format!(
            "{}---\n{last_year}",
            this_year.replacen("    intervensi: RHK-1\n", "", 1)
        ),
    );
    let before = snapshot_tree(ws.path());
    let r = ws.run(&["import", matrix.to_str().expect("utf-8"), "--mph", kabid]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("{rel} memuat lebih dari satu dokumen YAML")),
        "{}",
        r.stderr
    );
    assert_eq!(before, snapshot_tree(ws.path()));
}

/// What the template has no cell for is kept when another cell of the indicator changes: a
/// semester target, plain or structured (the template has quarters only) and a `bukti_rencana` item that holds a
/// `;` (one cell parts items by `;`). Both used to be lost while a round trip said "unchanged".
#[test]
fn an_import_keeps_semester_targets_and_items_holding_a_semicolon() {
    let ws = example_ws();
    let staff = "199404182019032006";
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    let edited = ws
        .read(&rel)
        .replacen(
            "target_periodik: { 2026-TW1: 100, 2026-TW2: 220, 2026-TW3: 350, 2026-TW4: 480 }",
            "target_periodik: { 2026-TW1: 100, 2026-TW2: 220, 2026-S1: { nilai: 220 }, 2026-S2: 480 }",
            1,
        )
        .replacen(
            "bukti_rencana: [rekapitulasi konten terbit, tangkapan layar unggahan]",
            "bukti_rencana: [\"berita acara; daftar hadir\", tangkapan layar unggahan]",
            1,
        );
    ws.file(&rel, &edited);
    let dir = tempfile::tempdir().expect("tmp");
    let csv = with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "indikator", |t| {
        t.push_str(" (termasuk video)")
    });
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = ws.read(&rel);
    assert!(now.contains("(termasuk video)"), "{now}");
    assert!(
        now.contains(
            "target_periodik: { 2026-TW1: 100, 2026-TW2: 220, 2026-S1: { nilai: 220 }, 2026-S2: 480 }"
        ),
        "{now}"
    );
    assert!(
        now.contains("bukti_rencana: [\"berita acara; daftar hadir\", tangkapan layar unggahan]"),
        "{now}"
    );
    // Its own cell edited: export quoted the item holding a `;`, so it stays whole.
    let csv = with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "bukti_rencana", |t| {
        assert_eq!(
            t,
            "\"berita acara; daftar hadir\"; tangkapan layar unggahan"
        );
        t.push_str("; foto kegiatan")
    });
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = ws.read(&rel);
    assert!(
        now.contains(
            "bukti_rencana: [\"berita acara; daftar hadir\", \"tangkapan layar unggahan\", \"foto kegiatan\"]"
        ),
        "{now}"
    );
    // A quarter cleared in the sheet goes; the semesters stay, and so does the unchanged first
    // quarter as it was written.
    let csv = with_cell_changed(
        &ws,
        dir.path(),
        staff,
        "IKI-1.1",
        "target_tw2",
        String::clear,
    );
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = ws.read(&rel);
    assert!(
        now.contains("target_periodik: { 2026-TW1: 100, 2026-S1: { nilai: 220 }, 2026-S2: 480 }"),
        "{now}"
    );
}

/// A `target_periodik` written as a block keeps its lines and their comments when one quarter
/// changes: only that line is rewritten (it used to become one flow line, its comments lost).
#[test]
fn an_import_keeps_a_block_of_periodic_targets_and_its_comments() {
    let ws = example_ws();
    let staff = "199404182019032006";
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    let block = "target_periodik:\n          # disepakati dengan Kabid\n          \
                 2026-TW1: 100  # awal tahun\n          2026-TW2: 220\n          \
                 2026-S1: { nilai: 220 }  # semester\n          2026-TW3: 350\n          \
                 2026-TW4: 480";
    let edited = ws.read(&rel).replacen(
        "target_periodik: { 2026-TW1: 100, 2026-TW2: 220, 2026-TW3: 350, 2026-TW4: 480 }",
        block,
        1,
    );
    ws.file(&rel, &edited);
    let dir = tempfile::tempdir().expect("tmp");
    let csv = with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "target_tw2", |t| {
        *t = "240".into()
    });
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = ws.read(&rel);
    let want = block.replacen("2026-TW2: 220", "2026-TW2: \"240\"", 1);
    assert!(now.contains(&want), "{now}");
    assert_eq!(
        now.lines().count(),
        edited.lines().count(),
        "only the changed line differs:\n{now}"
    );
    let r = ws.run(&["check"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
}

/// An unchanged quarter written as a structured target (`{ nilai: 350 }`) stays as written
/// when another quarter changes, in a block or a flow mapping: its cell shows `350`, which is
/// what it already says (it used to be rewritten as the scalar "350").
#[test]
fn an_import_keeps_an_unchanged_structured_quarter_as_written() {
    for (periodik, kept) in [
        (
            "target_periodik:\n          2026-TW1: 100\n          2026-TW2: 220\n          \
             2026-TW3: { nilai: 350 }  # terstruktur\n          2026-TW4: 480",
            "          2026-TW3: { nilai: 350 }  # terstruktur\n",
        ),
        (
            "target_periodik: { 2026-TW1: 100, 2026-TW2: 220, 2026-TW3: { nilai: 350 }, 2026-TW4: 480 }",
            "2026-TW3: { nilai: 350 }",
        ),
    ] {
        let ws = example_ws();
        let staff = "199404182019032006";
        let rel = format!("pegawai/{staff}/skp-2026.yaml");
        let edited = ws.read(&rel).replacen(
            "target_periodik: { 2026-TW1: 100, 2026-TW2: 220, 2026-TW3: 350, 2026-TW4: 480 }",
            periodik,
            1,
        );
        ws.file(&rel, &edited);
        let dir = tempfile::tempdir().expect("tmp");
        let csv = with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "target_tw2", |t| {
            *t = "240".into()
        });
        let r = ws.run(&["import", &csv, "--force"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let now = ws.read(&rel);
        assert!(now.contains(kept), "{now}");
        assert!(now.contains("2026-TW2: \"240\""), "{now}");
        assert!(now.contains("2026-TW1: 100"), "{now}");
        let r = ws.run(&["check"]);
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    }
}

/// A target cell `tidak_tercantum` (a transcribed document that states none, DESIGN §9.2) is
/// imported as written, and `check` says so (S103) instead of the import refusing the row.
#[test]
fn an_import_takes_a_target_the_source_does_not_state() {
    let ws = example_ws();
    let staff = "199404182019032006";
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    let dir = tempfile::tempdir().expect("tmp");
    let csv = with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "target", |t| {
        *t = "tidak_tercantum".into()
    });
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(ws.read(&rel).contains("target: \"tidak_tercantum\""));
    let r = ws.run(&["check", "--format", "concise", "--select", "S103"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("S103") && r.stdout.contains("tidak tercantum"),
        "{}",
        r.stdout
    );
}

/// A new appraiser in the sheet does not inherit the old one's rank and standing: the plan kept
/// Agus's `pangkat: Pembina Tk. I (IV/b)` and `sebagai` under Ratna's name, and the printed
/// form showed her with his rank. The same appraiser keeps them.
#[test]
fn an_import_gives_a_new_appraiser_nothing_of_the_old_ones() {
    let ws = example_ws();
    let staff = "199603212022012002";
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    let dir = tempfile::tempdir().expect("tmp");
    let csv = with_rows_changed(&ws, dir.path(), |rows| {
        let (n, pn, pnama, pjab) = (
            col(rows, "nip"),
            col(rows, "penilai_nip"),
            col(rows, "penilai_nama"),
            col(rows, "penilai_jabatan"),
        );
        for r in rows.iter_mut().filter(|r| r[n] == staff) {
            r[pn] = "197808142003122002".into();
            r[pnama] = "Ratna Kusumawati, S.Sos., M.I.Kom.".into();
            r[pjab] = "Kepala Bidang Informasi dan Komunikasi Publik".into();
        }
    });
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = ws.read(&rel);
    assert!(now.contains("Ratna Kusumawati"), "{now}");
    assert!(!now.contains("Pembina Tk. I (IV/b)"), "{now}");
    assert!(!now.contains("sebagai: definitif"), "{now}");
    // The same appraiser, another cell changed: his rank stays.
    let other = "pegawai/199404182019032006/skp-2026.yaml";
    let before = ws.read(other);
    let csv = with_cell_changed(
        &ws,
        dir.path(),
        "199404182019032006",
        "IKI-1.1",
        "target",
        |t| *t = "500 konten".into(),
    );
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let after = ws.read(other);
    for line in before
        .lines()
        .filter(|l| l.contains("pangkat") || l.contains("sebagai"))
    {
        assert!(after.contains(line), "{line} lost:\n{after}");
    }
}

/// A whole-workspace export stops at a plan that cannot be read, naming it: one typo made
/// the workbook hold 11 SKPs of 12, exit 0, and a later import would not bring the twelfth.
#[test]
fn an_export_of_everything_stops_at_an_unreadable_plan() {
    let ws = example_ws();
    let rel = "pegawai/199404182019032006/skp-2026.yaml";
    let broken =
        ws.read(rel)
            .replacen("jenis_jabatan: fungsional", "jenis_jabatan: fungsionall", 1);
    ws.file(rel, &broken);
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("semua.xlsx");
    let r = ws.run(&["export", "--xlsx", out.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains(rel), "{}", r.stderr);
    assert!(!out.exists());
    // One employee's export is not held up by another's file.
    let r = ws.run(&[
        "export",
        "--xlsx",
        out.to_str().unwrap(),
        "--nip",
        "199603212022012002",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// A planned-evidence item holding a line break is exported in quotes and read back whole:
/// re-importing the unedited workbook said the plan differs, and `--force` split the item.
#[test]
fn a_planned_evidence_item_with_a_line_break_round_trips() {
    let ws = example_ws();
    let staff = "199404182019032006";
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    let edited = ws.read(&rel).replacen(
        "bukti_rencana: [rekapitulasi konten terbit, tangkapan layar unggahan]",
        "bukti_rencana: [\"berita acara\\nrapat koordinasi\", tangkapan layar unggahan]",
        1,
    );
    assert_ne!(edited, ws.read(&rel));
    ws.file(&rel, &edited);
    let dir = tempfile::tempdir().expect("tmp");
    let book = dir.path().join("a.xlsx");
    let r = ws.run(&["export", "--xlsx", book.to_str().unwrap(), "--nip", staff]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = ws.run(&["import", book.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(ws.read(&rel), edited);
    let csv = with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "target", |t| {
        *t = "500 konten".into()
    });
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = ws.read(&rel);
    assert!(now.contains("\"berita acara\\nrapat koordinasi\""), "{now}");
}

/// A reference the sheet keeps keeps its text snapshot when another is added beside it: the
/// whole `{ ref, teks }` became a plain string, and the change the snapshot guards went unseen.
#[test]
fn an_added_reference_keeps_the_snapshot_of_the_one_kept() {
    let ws = example_ws();
    let kabid = "197808142003122002";
    let rel = format!("pegawai/{kabid}/skp-2026.yaml");
    let dir = tempfile::tempdir().expect("tmp");
    let csv = with_rows_changed(&ws, dir.path(), |rows| {
        let (n, r, iv) = (
            col(rows, "nip"),
            col(rows, "rhk_id"),
            col(rows, "intervensi"),
        );
        for row in rows.iter_mut().filter(|x| x[n] == kabid && x[r] == "RHK-2") {
            row[iv] = "197406121999031002/IKI-2.2; 197406121999031002/RHK-2".into();
        }
    });
    let out = ws.run(&["import", &csv, "--force"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let now = ws.read(&rel);
    assert!(
        now.contains("{ ref: \"197406121999031002/IKI-2.2\", teks: "),
        "{now}"
    );
    assert!(now.contains("\"197406121999031002/RHK-2\"]"), "{now}");
    let r = ws.run(&["check", "--select", "F,K110"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
}

/// An indicator the sheet moves to another RHK keeps what the template has no cell for
/// (`perhitungan`, baseline, …): it was looked for under its new RHK only, and lost.
#[test]
fn an_indicator_moved_to_another_rhk_keeps_its_manual_fields() {
    let ws = example_ws();
    let sekretaris = "197211021997031004";
    let rel = format!("pegawai/{sekretaris}/skp-2026.yaml");
    let dir = tempfile::tempdir().expect("tmp");
    let csv = with_rows_changed(&ws, dir.path(), |rows| {
        let (n, i, r, rhk) = (
            col(rows, "nip"),
            col(rows, "iki_id"),
            col(rows, "rhk_id"),
            col(rows, "rhk"),
        );
        let moved_to = rows
            .iter()
            .find(|x| x[n] == sekretaris && x[r] == "RHK-2")
            .map(|x| x[rhk].clone())
            .unwrap();
        for row in rows
            .iter_mut()
            .filter(|x| x[n] == sekretaris && x[i] == "IKI-1.3")
        {
            row[r] = "RHK-2".into();
            row[rhk] = moved_to.clone();
        }
    });
    let out = ws.run(&["import", &csv, "--force"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let now = ws.read(&rel);
    let at = now.find("- id: IKI-1.3").expect("IKI-1.3");
    let rhk2 = now.find("- id: RHK-2").expect("RHK-2");
    assert!(at > rhk2, "moved under RHK-2:\n{now}");
    let block: String = now[at..].lines().take(8).collect::<Vec<_>>().join("\n");
    assert!(block.contains("perhitungan: nilai_akhir"), "{block}");
}

/// A workbook exported with `--mask` is refused on import, naming the masked cell: its names
/// were written into the plan as `A*** B******`.
#[test]
fn a_masked_workbook_is_not_imported_back() {
    let ws = example_ws();
    let kadis = "197406121999031002";
    let rel = format!("pegawai/{kadis}/skp-2026.yaml");
    let before = ws.read(&rel);
    let dir = tempfile::tempdir().expect("tmp");
    let book = dir.path().join("samaran.xlsx");
    let r = ws.run(&[
        "export",
        "--xlsx",
        book.to_str().unwrap(),
        "--mask",
        "--nip",
        kadis,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = ws.run(&["import", book.to_str().unwrap(), "--force"]);
    assert_ne!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("disamarkan"), "{}", r.stderr);
    assert_eq!(ws.read(&rel), before);
}

/// A hidden `SKP` sheet (an old copy kept out of sight beside the edited `SKP (2)`) is not read
/// silently: the import stops and names the visible sheets.
#[test]
fn a_hidden_skp_sheet_is_not_read_silently() {
    let ws = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("dua-lembar.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let old = book.add_worksheet();
    old.set_name("SKP").expect("name");
    old.write_string(0, 0, "nip").expect("cell");
    old.set_hidden(true);
    let edited = book.add_worksheet();
    edited.set_name("SKP (2)").expect("name");
    edited.write_string(0, 0, "nip").expect("cell");
    // As Excel requires: the sheet shown is not the hidden one.
    edited.set_active(true);
    book.save(&path).expect("save");
    let r = ws.run(&["import", path.to_str().unwrap(), "--dry-run"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("tersembunyi") && r.stderr.contains("SKP (2)"),
        "{}",
        r.stderr
    );
}

/// A plan saved on Windows (CRLF) with a `---` marker keeps both when an import rewrites one of
/// its lines: git shows that line changed, not the whole file.
#[test]
fn an_import_keeps_windows_line_ends_and_the_document_marker() {
    let ws = example_ws();
    let staff = "199404182019032006";
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    let text = ws.read(&rel).replacen("apiVersion:", "---\napiVersion:", 1);
    ws.file(&rel, &text.replace('\n', "\r\n"));
    let dir = tempfile::tempdir().expect("tmp");
    let csv = with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "target", |t| {
        *t = "500 konten".into()
    });
    let r = ws.run(&["import", &csv, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let now = ws.read(&rel);
    assert_eq!(
        now.matches('\n').count(),
        now.matches("\r\n").count(),
        "{now:?}"
    );
    let before: Vec<&str> = text.lines().collect();
    let after: Vec<&str> = now.lines().collect();
    assert_eq!(before.len(), after.len());
    let changed: Vec<(&&str, &&str)> = before.iter().zip(&after).filter(|(a, b)| a != b).collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].1.contains("500 konten"), "{changed:?}");
}

/// `--dry-run` shows the difference an import would make to an existing plan, with or without
/// `--force` (the refusal without it told the user to run `--dry-run` to see it).
#[test]
fn a_dry_run_shows_the_difference_without_force() {
    let ws = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let staff = "199404182019032006";
    let csv = &with_cell_changed(&ws, dir.path(), staff, "IKI-1.1", "target", |t| {
        *t = "3 dokumen".into()
    });
    let before = snapshot_tree(ws.path());
    let r = ws.run(&["import", csv, "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    assert!(
        r.stdout.starts_with(&format!("--- a/{rel}\n+++ b/{rel}\n"))
            && r.stdout.contains("3 dokumen"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("1 SKP yang sudah ada akan diganti hanya bila dijalankan dengan --force"),
        "{}",
        r.stderr
    );
    assert_eq!(before, snapshot_tree(ws.path()));
    // Without `--dry-run`, `--force` is still asked for.
    let r = ws.run(&["import", csv]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(before, snapshot_tree(ws.path()));
}

#[test]
fn exported_cells_are_text_and_never_formulas() {
    let ws = example_ws();
    let rel = format!("pegawai/{SEKDIS}/skp-2026.yaml");
    let text = ws.read(&rel).replacen(
        "rhk: Tersedianya dokumen perencanaan dan pelaporan kinerja Dinas yang memenuhi kaidah SAKIP",
        r#"rhk: "=HYPERLINK(\"http://x\",\"klik\")""#,
        1,
    );
    assert!(text.contains("HYPERLINK"));
    ws.file(&rel, &text);
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("keluar.xlsx");
    let rows = exported(&ws, &out);
    assert!(
        rows.iter()
            .any(|r| r.iter().any(|c| c.starts_with("=HYPERLINK")))
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).expect("open")).expect("zip");
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").expect("sheet1"),
        &mut sheet,
    )
    .expect("read");
    assert!(!sheet.contains("<f>"), "a formula was written");
}

#[test]
fn the_matriks_peran_hasil_a_workspace_reports_imports_back_as_no_change() {
    let ws = example_ws();
    let leader = "198109232006042001";
    let r = ws.run(&["report", "mph", "--nip", leader, "--format", "csv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dir = tempfile::tempdir().expect("tmp");
    let csv = dir.path().join("mph.csv");
    std::fs::write(&csv, &r.stdout).expect("write csv");
    let before = snapshot_tree(ws.path());
    let r = ws.run(&["import", csv.to_str().expect("utf-8"), "--mph", leader]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 berkas SKP diubah"), "{}", r.stderr);
    assert_eq!(before, snapshot_tree(ws.path()), "a link written twice");
    // The leader listed as a row of their own matrix is named as such.
    let text = std::fs::read_to_string(&csv).expect("read csv");
    let columns = text.lines().next().expect("header").split(',').count();
    let row = format!("\"Kepala ({leader})\",RHK-1{}\n", ",".repeat(columns - 2));
    std::fs::write(&csv, format!("{text}{row}")).expect("write csv");
    let r = ws.run(&["import", csv.to_str().expect("utf-8"), "--mph", leader]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("pimpinan matriks sendiri"),
        "{}",
        r.stderr
    );
    assert_eq!(before, snapshot_tree(ws.path()));
}

#[test]
fn a_matriks_peran_hasil_becomes_intervensi_links() {
    let ws = example_ws();
    let kabid = "197808142003122002";
    let r = ws.run(&["report", "mph", "--nip", kabid, "--format", "csv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dir = tempfile::tempdir().expect("tmp");
    let matrix = dir.path().join("mph.csv");
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::write(&matrix, &r.stdout).expect("write");
    let matrix = matrix.to_str().expect("utf-8");
    // Maya's plan loses the link of RHK-1; the leader's matrix restores it, and only it.
    let rel = "pegawai/199404182019032006/skp-2026.yaml";
    let original = ws.read(rel);
    ws.file(rel, &original.replacen("    intervensi: RHK-1\n", "", 1));
    let r = ws.run(&["import", matrix, "--mph", kabid]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1 berkas SKP diubah"), "{}", r.stderr);
    assert!(!r.stderr.contains("peringatan"), "{}", r.stderr);
    assert_eq!(ws.read(rel), original);
    let all = ws.check(&["--format", "json"]).diags();
    assert!(all.is_empty(), "{}", common::list(&all));
    // A link the matrix no longer shows (its cells emptied) is not removed, but said: the
    // import only adds links, and an emptied cell was read as nothing to do.
    let exported = std::fs::read_to_string(matrix).expect("read");
    let emptied: String = exported
        .lines()
        .map(|l| {
            if l.contains("199404182019032006") {
                let first = l.split(',').next().unwrap_or("");
                let cells = l.matches(',').count();
                format!("{first}{}", ",".repeat(cells))
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n";
    let without = dir.path().join("tanpa.csv");
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::write(&without, emptied).expect("write");
    let r = ws.run(&["import", without.to_str().expect("utf-8"), "--mph", kabid]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "{rel}: RHK-1 masih mengintervensi RHK-1, yang tidak lagi disebut matriks ini"
        )),
        "{}",
        r.stderr
    );
    assert_eq!(ws.read(rel), original);
    // A peran hasil that is no RHK of the staff member is named by its cell; nothing written.
    let bad = r#"Pegawai,IKI-1.1 Jumlah konten
199404182019032006,Terlaksananya rapat koordinasi
"#;
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::write(dir.path().join("bad.csv"), bad).expect("write");
    let before = snapshot_tree(ws.path());
    let r = ws.run(&[
        "import",
        dir.path().join("bad.csv").to_str().expect("utf-8"),
        "--mph",
        kabid,
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(
            "bad.csv:2 (baris 2): kolom IKI-1.1: peran hasil `Terlaksananya rapat koordinasi` tidak cocok"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(before, snapshot_tree(ws.path()));
}

/// One cell at `XFD1048576` made a 6 KB workbook's sheet 17 billion cells, and skp aborted on
/// a 512 GiB allocation. Rows are now as long as their last cell (that sheet reads as a header
/// row and is refused for its columns), and a sheet whose rows would still hold too many cells
/// is refused by its count, before they are made.
#[test]
fn a_workbook_with_cells_in_the_far_corner_is_read_sparsely_or_refused() {
    let ws = empty_ws();
    let workbook = |far_rows: u32| {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("SKP").expect("name");
        sheet.write_string(0, 0, "nip").expect("cell");
        for r in 0..far_rows {
            sheet
                .write_string(1_048_575 - r, 16_383, "x")
                .expect("cell");
        }
        let bytes = book.save_to_buffer().expect("xlsx");
        assert!(bytes.len() < 50_000, "{}", bytes.len());
        bytes
    };
    ws.bytes("sudut.xlsx", &workbook(1));
    let r = ws.run(&["import", "sudut.xlsx", "--lang", "en"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("required columns missing"),
        "{}",
        r.stderr
    );

    ws.bytes("sudut-banyak.xlsx", &workbook(300));
    let r = ws.run(&["import", "sudut-banyak.xlsx", "--lang", "en"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("is over the limit of 4000000 cells") && r.stderr.contains("XFD1048576"),
        "{}",
        r.stderr
    );
    assert!(!ws.join("pegawai").exists());
}

/// A file is read as what it holds, whatever its name says: a workbook saved as `.csv` was
/// refused as "UTF-8 with bytes of another encoding", a CSV saved as `.xlsx` as an unknown
/// workbook format.
#[test]
fn a_file_is_read_as_what_it_holds_whatever_its_name() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let book = dir.path().join("a.xlsx");
    let rows = exported(&src, &book);
    let ws = empty_ws();
    ws.bytes("rekap.csv", &std::fs::read(&book).expect("read"));
    let r = ws.run(&["import", "rekap.csv", "--dry-run", "--lang", "en"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("reading rekap.csv: sheet SKP"),
        "{}",
        r.stderr
    );
    ws.bytes("rekap.xlsx", &csv_of(&rows, b';'));
    let r = ws.run(&["import", "rekap.xlsx", "--dry-run", "--lang", "en"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("CSV, separator `;`"), "{}", r.stderr);
    // As older Excel saves it: Windows-1252, and as "Unicode text": UTF-16 with its mark.
    let text = String::from_utf8(csv_of(&rows, b';'))
        .expect("utf-8")
        .replace('≤', "<=");
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    ws.bytes("lama.xlsx", &cp1252);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    ws.bytes("unicode.xls", &utf16);
    for name in ["lama.xlsx", "unicode.xls"] {
        let r = ws.run(&["import", name, "--dry-run", "--lang", "en"]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert!(
            r.stderr.contains("CSV, separator `;`"),
            "{name}: {}",
            r.stderr
        );
    }
}

/// A text longer than an Excel cell holds is refused by `export --xlsx` with its plan, indicator
/// and column (it failed with the writer's English message naming none of them).
#[test]
fn an_export_names_a_text_too_long_for_a_cell() {
    let ws = example_ws();
    let staff = "199404182019032006";
    let rel = format!("pegawai/{staff}/skp-2026.yaml");
    // 16 514 characters, 33 014 UTF-16 units: over Excel's limit only as Excel counts.
    let long = format!("konten {}", "📄".repeat(16_500));
    ws.file(
        &rel,
        &ws.read(&rel).replacen(
            "teks: Jumlah konten informasi layanan publik yang terbit di laman dan media sosial resmi",
            &format!("teks: Jumlah {long}"),
            1,
        ),
    );
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("a.xlsx");
    let r = ws.run(&[
        "export",
        "--xlsx",
        out.to_str().expect("utf-8"),
        "--lang",
        "en",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "column indikator of the SKP of {staff} (IKI-1.1) holds 33014 characters, over the 32767"
        )),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
}

#[test]
fn files_that_are_no_table_are_refused_without_a_panic() {
    let ws = empty_ws();
    let mut zipped = b"PK\x03\x04".to_vec();
    zipped.extend(std::iter::repeat_n(0x5a, 3000));
    for (name, bytes) in [
        (
            "acak.xlsx",
            (0..4096u64)
                .map(|i| (i * 2_654_435_761 % 251) as u8)
                .collect::<Vec<u8>>(),
        ),
        ("rusak.xlsx", zipped),
        ("kosong.ods", Vec::new()),
    ] {
        ws.bytes(name, &bytes);
        let r = ws.run(&["import", name]);
        assert_eq!(r.code, 2, "{name}: {}", r.stderr);
        assert!(
            r.stderr.contains("tidak dapat dibaca sebagai buku kerja"),
            "{name}: {}",
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
    // A CSV with no cell at all is a mistake, not "0 SKP dibuat".
    for (name, text) in [("kosong.csv", ""), ("baris-kosong.csv", "\n\n,,\n")] {
        ws.file(name, text);
        let r = ws.run(&["import", name]);
        assert_eq!(r.code, 1, "{name}: {}", r.stderr);
        assert!(
            r.stderr.contains("berkas ini kosong"),
            "{name}: {}",
            r.stderr
        );
    }
    // A CSV that is not the template names the columns it lacks, once.
    ws.file("lain.csv", "nrk;nama;nilai\n1;A;90\n");
    let r = ws.run(&["import", "lain.csv"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("kolom `nrk` tidak dikenal"),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr.matches("kolom wajib tidak ada").count(),
        1,
        "{}",
        r.stderr
    );
    assert!(!ws.join("pegawai").exists());
    // Headers as an e-Kinerja export writes them are each named with the template's own.
    ws.file(
        "ekinerja.csv",
        "NIP Pegawai;Nama Pegawai;Jenjang Jabatan;Rencana Hasil Kerja;Target Triwulan I\n1;A;B;C;D\n",
    );
    let r = ws.run(&["import", "ekinerja.csv"]);
    assert_eq!(r.code, 1);
    for (header, meant) in [
        ("NIP Pegawai", "nip"),
        ("Nama Pegawai", "nama"),
        ("Jenjang Jabatan", "jenjang"),
        ("Rencana Hasil Kerja", "rhk"),
        ("Target Triwulan I", "target_tw1"),
    ] {
        let want = format!("kolom `{header}` tidak dikenal; maksudnya `{meant}`?");
        assert!(
            r.stderr.contains(&want),
            "missing {want:?} in:\n{}",
            r.stderr
        );
    }
    assert!(!ws.join("pegawai").exists());
}

/// Copies the workbook `book` to `out`, each part passed through `edit` (name, bytes) on the
/// way: the name and bytes it returns are written.
fn rewritten(
    book: &std::path::Path,
    out: &std::path::Path,
    edit: impl Fn(&str, Vec<u8>) -> (String, Vec<u8>),
) {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::fs::File::open(book).expect("open")).expect("zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(out).expect("create"));
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("entry");
        let name = f.name().expect("name").to_string();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).expect("read entry");
        let (name, bytes) = edit(&name, bytes);
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        w.start_file(name, deflated).expect("start");
        w.write_all(&bytes).expect("write");
    }
    w.finish().expect("finish");
}

/// A workbook a program wrote with formulas no spreadsheet has computed: such a cell would read
/// as empty (and a blank identity cell repeats the row above), so it is refused by name. A
/// formula computed to empty text is a value like any other.
#[test]
fn a_formula_without_a_computed_value_is_refused_by_its_cell() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let book = dir.path().join("a.xlsx");
    exported(&src, &book);
    let out = dir.path().join("rumus.xlsx");
    let cell = regex::Regex::new(r#"<c r="A3"[^>]*>.*?</c>"#).expect("pattern");
    rewritten(&book, &out, |name, text| {
        if name != "xl/worksheets/sheet1.xml" {
            return (name.to_string(), text);
        }
        let xml = String::from_utf8(text).expect("utf-8");
        assert!(cell.is_match(&xml), "{}", &xml[..xml.len().min(2000)]);
        let xml = cell
            .replace(&xml, r#"<c r="A3"><f>A2</f></c>"#)
            .into_owned();
        let row2 = xml.find("<row r=\"2\"").expect("row 2");
        let end = row2 + xml[row2..].find("</row>").expect("end of row 2");
        let xml = format!(
            "{}<c r=\"AB2\" t=\"str\"><f>\"\"</f><v></v></c>{}",
            &xml[..end],
            &xml[end..]
        );
        (name.to_string(), xml.into_bytes())
    });
    let ws = empty_ws();
    let r = ws.run(&["import", out.to_str().expect("utf-8")]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("sel SKP!A3 berisi rumus `=A2` tanpa nilai hasil hitungan"),
        "{}",
        r.stderr
    );
    assert!(!ws.join("pegawai").exists());
}

/// Parts the workbook reader takes whole into memory when it opens a file are measured first: a
/// few hundred kilobytes of `<xf/>` in the styles took 10 GB. They are found by their names
/// wherever they are, since a hostile file can point the reader at any folder (the workbook
/// part moved, a target spelled with an entity, a decoy relationship first, a backslash that
/// makes the reader look at the top folder); a styles part as bloated as Excel's own limits
/// let it grow still imports.
#[test]
fn a_workbook_part_too_large_for_memory_is_refused_by_name() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let book = dir.path().join("a.xlsx");
    exported(&src, &book);
    let insert = |xml: Vec<u8>, after: &str, what: &str, times: usize| {
        let xml = String::from_utf8(xml).expect("utf-8");
        let at = xml.find(after).expect("anchor") + after.len();
        let at = at + xml[at..].find('>').expect("end of tag") + 1;
        format!("{}{}{}", &xml[..at], what.repeat(times), &xml[at..]).into_bytes()
    };
    let bomb = |xml: Vec<u8>| insert(xml, "<cellXfs", "<xf/>", 1_000_001);
    let rels = |xml: Vec<u8>, to: &str| {
        let rels = String::from_utf8(xml).expect("utf-8");
        assert!(rels.contains("Target=\"xl/workbook.xml\""), "{rels}");
        rels.replace("Target=\"xl/workbook.xml\"", to).into_bytes()
    };
    type Edit<'a> = &'a dyn Fn(&str, Vec<u8>) -> (String, Vec<u8>);
    let styles = |name: &str, xml: Vec<u8>| match name {
        "xl/styles.xml" => (name.to_string(), bomb(xml)),
        _ => (name.to_string(), xml),
    };
    // The workbook part moved to `data/buku.xml`, with a million defined names.
    let moved = |name: &str, xml: Vec<u8>| match name {
        "xl/workbook.xml" => (
            "data/buku.xml".to_string(),
            insert(
                xml,
                "<workbook",
                "<definedName name=\"a\">b</definedName>",
                1_000_001,
            ),
        ),
        "_rels/.rels" => (name.to_string(), rels(xml, "Target=\"/data/buku.xml\"")),
        _ => (name.to_string(), xml),
    };
    // The workbook part named by an attribute the reader reads and one it does not, or with
    // a tab in its name, which XML normalization makes a space.
    let moved_as = |part: &'static str, target: &'static str| {
        move |name: &str, xml: Vec<u8>| match name {
            "xl/workbook.xml" => (
                part.to_string(),
                insert(
                    xml,
                    "<workbook",
                    "<definedName name=\"a\">b</definedName>",
                    1_000_001,
                ),
            ),
            "_rels/.rels" => (name.to_string(), rels(xml, target)),
            _ => (name.to_string(), xml),
        }
    };
    let prefixed = moved_as(
        "data/buku.xml",
        "r:Target=\"zz/decoy.xml\" Target=\"data/buku.xml\"",
    );
    let tabbed = moved_as("data/bu\tku.xml", "Target=\"data/bu\tku.xml\"");
    let entity = |name: &str, xml: Vec<u8>| match name {
        "xl/styles.xml" => (name.to_string(), bomb(xml)),
        "_rels/.rels" => (
            name.to_string(),
            rels(xml, "Target=\"&#120;l/workbook.xml\""),
        ),
        _ => (name.to_string(), xml),
    };
    let decoy = |name: &str, xml: Vec<u8>| match name {
        "xl/styles.xml" => (name.to_string(), bomb(xml)),
        "_rels/.rels" => (
            name.to_string(),
            rels(
                xml,
                "Target=\"zz/workbook.xml\"/><Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"",
            ),
        ),
        _ => (name.to_string(), xml),
    };
    let top = |name: &str, xml: Vec<u8>| match name {
        "xl/styles.xml" => ("styles.xml".to_string(), bomb(xml)),
        "_rels/.rels" => (name.to_string(), rels(xml, "Target=\"xl\\workbook.xml\"")),
        _ => (name.to_string(), xml),
    };
    let shared = |name: &str, xml: Vec<u8>| match name {
        "xl/sharedStrings.xml" => (
            name.to_string(),
            insert(xml, "<sst", "<si><t/></si>", 4_000_001),
        ),
        _ => (name.to_string(), xml),
    };
    let ws = empty_ws();
    let elements = "memuat lebih dari 1000000 elemen XML";
    for (file, edit, part, want) in [
        ("styles.xlsx", &styles as Edit, "xl/styles.xml", elements),
        ("moved.xlsx", &moved, "data/buku.xml", elements),
        ("entity.xlsx", &entity, "xl/styles.xml", elements),
        ("decoy.xlsx", &decoy, "xl/styles.xml", elements),
        ("top.xlsx", &top, "styles.xml", elements),
        ("prefixed.xlsx", &prefixed, "data/buku.xml", elements),
        ("tabbed.xlsx", &tabbed, "data/bu\\tku.xml", elements),
        (
            "shared.xlsx",
            &shared,
            "xl/sharedStrings.xml",
            "memuat lebih dari 4000000 teks bersama",
        ),
    ] {
        let out = dir.path().join(file);
        rewritten(&book, &out, edit);
        let r = ws.run(&["import", out.to_str().expect("utf-8")]);
        assert_eq!(r.code, 2, "{file}: {}", r.stderr);
        let named = format!("bagian {part} dari {}", out.display());
        assert!(
            r.stderr.contains(&named) && r.stderr.contains(want),
            "{file}: missing {named:?} / {want:?} in:\n{}",
            r.stderr
        );
        assert!(r.stderr.contains("salin tabelnya saja"), "{}", r.stderr);
        assert!(!ws.join("pegawai").exists());
    }
    // Under the limit: a styles part at Excel's limits (64 000 cell formats and as many cell
    // styles, each format with its alignment and protection) still imports.
    let xf = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"><alignment wrapText=\"1\"/><protection locked=\"0\"/></xf>";
    let bloated = |name: &str, xml: Vec<u8>| match name {
        "xl/styles.xml" => {
            let xml = insert(xml, "<cellXfs", xf, 64_000);
            let xml = insert(xml, "<cellStyleXfs", xf, 64_000);
            let xml = insert(
                xml,
                "<cellStyles",
                "<cellStyle name=\"Gaya\" xfId=\"0\"/>",
                64_000,
            );
            (name.to_string(), xml)
        }
        _ => (name.to_string(), xml),
    };
    let out = dir.path().join("bloated.xlsx");
    rewritten(&book, &out, bloated);
    let r = ws.run(&["import", out.to_str().expect("utf-8"), "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// A web page or an Excel 2003 XML sheet under an `.xls` name, as many government applications
/// export "Excel", is said to be one, with what to do: read as CSV, its tags became one unknown
/// column.
#[test]
fn a_web_page_saved_as_xls_is_named_as_such() {
    let ws = empty_ws();
    ws.file(
        "ekinerja.xls",
        "<html><body><table><tr><td>nip</td><td>nama</td></tr></table></body></html>\n",
    );
    let r = ws.run(&["import", "ekinerja.xls"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("ekinerja.xls berisi halaman web (HTML) atau XML")
            && r.stderr.contains("simpan sebagai .xlsx atau CSV"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("tidak dikenal"), "{}", r.stderr);
    assert!(!ws.join("pegawai").exists());
}

/// A CSV keeps a NIP as the spreadsheet displayed it (`1,99801E+17`: six digits, twelve lost):
/// said with the number lost, never restored from a guess. A name typed with a run of spaces
/// in one row is the same name as in the next.
#[test]
fn a_nip_shown_in_six_digits_is_refused_and_a_name_with_two_spaces_is_one_name() {
    let src = example_ws();
    let dir = tempfile::tempdir().expect("tmp");
    let mut rows = exported(&src, &dir.path().join("a.xlsx"));
    let (nip, nama) = (col(&rows, "nip"), col(&rows, "nama"));
    let kabid = "197808142003122002";
    rows.retain(|r| r[nip] == "nip" || r[nip] == kabid);
    assert!(rows.len() > 2, "the Kabid's plan has several rows");
    let name = rows[1][nama].clone();
    assert!(name.contains(' '));
    rows[1][nama] = name.replacen(' ', "   ", 1);
    let ws = example_ws();
    ws.bytes("kabid.csv", &csv_of(&rows, b';'));
    let r = ws.run(&["import", "kabid.csv", "--dry-run"]);
    assert_eq!(
        r.code, 0,
        "the name's spaces do not part the rows: {}",
        r.stderr
    );
    rows[2][nip] = "1,97808E+17".into();
    ws.bytes("kabid.csv", &csv_of(&rows, b';'));
    let r = ws.run(&["import", "kabid.csv", "--dry-run"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("kehilangan 12 digit terakhirnya; terlalu banyak untuk dipulihkan"),
        "{}",
        r.stderr
    );
}
