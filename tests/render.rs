//! `skp render` and `skp report --format html` through the real binary: the official headers
//! of each form for a fungsional, a pelaksana/administrator and a JPT SKP of the example, the
//! HTML pinned by snapshots, escaping of hostile values, no network reference, the PDF path's
//! errors — and, where Chromium is installed (CI installs it: `SKP_BROWSER_TEST=1` makes its
//! absence a failure), each document printed to PDF and read back with `pdftotext`, with a
//! screenshot under `target/render/` for review.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{MINIMAL_SKP, Ws, example, run_env};

const FUNGSIONAL: &str = "199507302020032005";
const JPT: &str = "197406121999031002";
/// A Kepala Bidang (administrator): the JA form.
const JA: &str = "198109232006042001";

/// A copy of the Dinas Kominfo example in a temporary folder, for a test that edits it.
fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&example("dinas-kominfo"), dir.path());
    dir
}

fn render(dir: &Path, args: &[&str]) -> String {
    let r = run_env(dir, args, &[]);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

/// No reference that would make a browser open a connection: no `src=`, no `http(s)://` or
/// protocol-relative link outside the SVG namespace declaration.
fn assert_offline(html: &str) {
    let cleaned = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    for bad in [
        "src=",
        "http://",
        "https://",
        "href=\"//",
        "@import",
        "url(",
    ] {
        assert!(!cleaned.contains(bad), "`{bad}` in the page");
    }
}

#[test]
fn each_form_carries_its_official_headers() {
    let ex = example("dinas-kominfo");
    let skp = render(&ex, &["render", "skp", "--nip", FUNGSIONAL]);
    for h in [
        "SASARAN KINERJA PEGAWAI",
        "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026",
        "PEGAWAI YANG DINILAI",
        "PEJABAT PENILAI KINERJA",
        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
        "A. UTAMA",
        "B. TAMBAHAN",
        "PERILAKU KERJA",
        "EKSPEKTASI KHUSUS PIMPINAN",
        "Memahami dan memenuhi kebutuhan masyarakat",
        "LAMPIRAN SASARAN KINERJA PEGAWAI",
        "DUKUNGAN SUMBER DAYA",
        "SKEMA PERTANGGUNGJAWABAN",
        "KONSEKUENSI",
        FUNGSIONAL,
        "SHA-256 pegawai/199507302020032005/skp-2026.yaml",
        // The approval record of the example (`skp approve`).
        "Persetujuan: <code>2026-01-20 oleh 198109232006042001 (isi yang dicetak sama dengan yang disetujui)",
    ] {
        assert!(skp.contains(h), "SKP form lacks {h:?}");
    }
    assert_offline(&skp);
    let ja = render(&ex, &["render", "skp", "--nip", JA]);
    for h in [
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
        "UNIT KERJA",
        JA,
    ] {
        assert!(ja.contains(h), "JA form lacks {h:?}");
    }
    let jpt = render(&ex, &["render", "skp", "--nip", JPT]);
    for h in [
        "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
        "PERSPEKTIF",
        "INSTANSI",
    ] {
        assert!(jpt.contains(h), "JPT form lacks {h:?}");
    }
    assert!(!jpt.contains("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"));
    let ev = render(
        &ex,
        &[
            "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
        ],
    );
    for h in [
        "EVALUASI KINERJA PEGAWAI",
        "PERIODE: TRIWULAN I",
        "CAPAIAN KINERJA ORGANISASI",
        "POLA DISTRIBUSI",
        "<svg",
        "REALISASI BERDASARKAN BUKTI DUKUNG",
        "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
        "RATING HASIL KERJA",
        "RATING PERILAKU KERJA",
        "PREDIKAT KINERJA PEGAWAI",
        // Evidence links, relative to the workspace root (the page is printed to stdout), with `./`
        // first so that no name reads as a scheme.
        "href=\"./pegawai/199507302020032005/bukti/2026-TW1/",
    ] {
        assert!(ev.contains(h), "evaluation form lacks {h:?}");
    }
    assert_offline(&ev);
    let doc = render(
        &ex,
        &[
            "render",
            "dokumen-evaluasi",
            "--nip",
            FUNGSIONAL,
            "--period",
            "2026-TW1",
        ],
    );
    for h in [
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "ATASAN PEJABAT PENILAI KINERJA",
        "EVALUASI KINERJA",
        "CATATAN/REKOMENDASI",
    ] {
        assert!(doc.contains(h), "dokumen evaluasi lacks {h:?}");
    }
    let ak = render(&ex, &["render", "angka-kredit", "--nip", FUNGSIONAL]);
    for h in [
        "KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT",
        "I. KETERANGAN PERORANGAN",
        "KOEFISIEN PER TAHUN",
        "ANGKA KREDIT YANG DIDAPAT",
        "AKUMULASI ANGKA KREDIT",
    ] {
        assert!(ak.contains(h), "angka kredit form lacks {h:?}");
    }
    // The ten personal items of the published form, in order; what a plan does not hold is
    // left blank to fill in by hand.
    let mut at = 0;
    for (i, item) in [
        "NAMA",
        "NIP",
        "NOMOR SERI KARPEG",
        "PANGKAT/GOLONGAN RUANG/TMT",
        "TEMPAT/TANGGAL LAHIR",
        "JENIS KELAMIN",
        "PENDIDIKAN",
        "JABATAN/TMT",
        "MASA KERJA GOLONGAN",
        "UNIT KERJA",
    ]
    .iter()
    .enumerate()
    {
        let row = format!(
            "<td class=\"no\">{}</td><td class=\"label\">{item}</td>",
            i + 1
        );
        let found = ak[at..]
            .find(&row)
            .unwrap_or_else(|| panic!("item {} {item} missing or out of order", i + 1));
        at += found + row.len();
    }
    assert!(ak.contains("Pranata Komputer Ahli Pertama / TMT"), "{ak}");
    // What the NIP states (BKN's numbering): the date of birth and the sex; the place of birth
    // stays to be written.
    assert!(
        ak.contains(
            "TEMPAT/TANGGAL LAHIR</td><td>\u{2026}\u{2026}\u{2026}\u{2026}, 30 Juli 1995</td>"
        ) && ak.contains("JENIS KELAMIN</td><td>Perempuan</td>"),
        "{ak}"
    );
}

#[test]
fn documents_and_dashboard_of_the_example_are_pinned() {
    let ex = example("dinas-kominfo");
    for (name, args) in [
        ("skp", vec!["render", "skp", "--nip", FUNGSIONAL]),
        ("skp_jpt", vec!["render", "skp", "--nip", JPT]),
        (
            "evaluasi",
            vec![
                "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
            ],
        ),
        (
            "dokumen_evaluasi",
            vec![
                "render",
                "dokumen-evaluasi",
                "--nip",
                FUNGSIONAL,
                "--period",
                "2026-TW1",
            ],
        ),
        (
            "angka_kredit",
            vec!["render", "angka-kredit", "--nip", FUNGSIONAL],
        ),
        (
            "dashboard",
            vec!["report", "--format", "html", "--as-of", "2026-04-30"],
        ),
    ] {
        let html = render(&ex, &args);
        // The version in the generator tag and the footer changes with every release.
        let html = html.replace(env!("CARGO_PKG_VERSION"), "VERSION");
        insta::assert_snapshot!(format!("render_{name}"), html);
    }
}

#[test]
fn the_dashboard_is_translated_and_marks_gaps_in_words() {
    let ex = example("dinas-kominfo");
    let id = render(
        &ex,
        &["report", "--format", "html", "--as-of", "2026-09-30"],
    );
    assert!(id.contains("<html lang=\"id\">"));
    assert!(id.contains("Celah per pegawai"));
    assert!(id.contains("class=\"cell s-"), "heatmap cells");
    // A cell is the worst of its indicators; what else it holds is counted beside it, so one
    // met indicator of three does not read as "no evidence at all".
    assert!(
        id.contains("<td class=\"cell s-kosong\">kosong<br><small>1/3 terpenuhi</small></td>"),
        "{id}"
    );
    assert!(
        id.contains("status terburuk"),
        "the legend says what a cell is"
    );
    // A year with one annual indicator met early and three not yet due is not yet due, not
    // green "met"; the one met is counted beside it.
    let july = render(
        &ex,
        &["report", "--format", "html", "--as-of", "2026-07-15"],
    );
    assert!(
        july.contains(
            "<td class=\"cell s-belum_jatuh_tempo\">belum jatuh tempo<br><small>1/4 terpenuhi</small></td>"
        ),
        "{july}"
    );
    assert_offline(&id);
    let en = render(
        &ex,
        &[
            "--lang",
            "en",
            "report",
            "--format",
            "html",
            "--as-of",
            "2026-09-30",
        ],
    );
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("Gaps per employee"));
    assert!(en.contains("<small>1/3 met</small>"));
    assert!(!en.contains("Celah per pegawai"));
}

#[test]
fn hostile_values_are_escaped() {
    let ws = Ws::new();
    let skp = MINIMAL_SKP
        .replace(
            "nama: Rina Wulandari, S.Kom.",
            "nama: \"<script>alert('x')</script> \\\"Rina\\\" \\u001b[31m & co\"",
        )
        .replace(
            "teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi",
            "teks: \"<img src=x onerror=alert(1)> modul\"",
        );
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    let html = render(ws.path(), &["render", "skp", "--nip", "199001012015032001"]);
    assert!(!html.contains("<script>alert"), "raw script in the page");
    assert!(!html.contains("<img"), "raw img in the page");
    assert!(!html.contains('\u{1b}'), "raw escape character in the page");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&quot;Rina&quot;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; modul"));
}

#[test]
fn a_ledger_link_that_is_no_web_address_is_an_error_and_never_a_link_on_the_form() {
    let dir = example_copy();
    let ledger = dir
        .path()
        .join(format!("pegawai/{FUNGSIONAL}/skp-2026.bukti.yaml"));
    let mut text = std::fs::read_to_string(&ledger).unwrap();
    for url in ["javascript:alert(document.domain)//", "file:///etc/passwd"] {
        text.push_str(&format!(
            "  - {{ url: \"{url}\", untuk: [IKI-1.1], periode: \"2026-TW1\", jenis: tautan }}\n"
        ));
    }
    std::fs::write(&ledger, text).unwrap();
    let r = run_env(dir.path(), &["check", "--format", "concise"], &[]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let f004: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("F004") && l.contains(".bukti.yaml"))
        .collect();
    assert_eq!(f004.len(), 2, "{}", r.stdout);
    let html = render(
        dir.path(),
        &[
            "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
        ],
    );
    assert!(
        !html.contains("javascript:"),
        "a javascript: link on the form"
    );
    assert!(!html.contains("file:"), "a file: link on the form");
}

/// A recorded file's name is a path on the form, whatever it spells: a file named
/// `javascript:…` (recorded the ordinary way, `check` clean) gave `<a href="javascript:…">`.
/// Links follow the page: relative inside the workspace (also through `..`), absolute
/// `file://` outside it.
#[test]
fn an_evidence_name_is_a_path_on_the_form_never_a_script_and_links_follow_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    common::copy_dir(&example("dinas-kominfo"), &ws);
    let name = "javascript:alert(document.domain)";
    std::fs::write(ws.join(name), "%PDF-1.4\n").unwrap();
    let r = run_env(
        &ws,
        &[
            "evidence",
            "add",
            name,
            "--for",
            "IKI-1.2",
            "--period",
            "2026-TW1",
            "--nip",
            FUNGSIONAL,
            "--date",
            "2026-03-20",
        ],
        &[("SKP_TODAY", "2026-04-01")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let args = [
        "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
    ];
    let html = render(&ws, &args);
    assert!(
        !html.contains("href=\"javascript:"),
        "a script link on the form"
    );
    assert!(
        html.contains("href=\"./javascript%3Aalert%28document.domain%29\""),
        "the file's own path, encoded"
    );
    let uat =
        format!("pegawai/{FUNGSIONAL}/bukti/2026-TW1/berita-acara-uat-modul-izin-reklame.pdf");
    for (out, want) in [
        ("laporan/a.html".to_string(), format!("../{uat}")),
        ("laporan/../b.html".to_string(), format!("./{uat}")),
        (
            "../luar/c.html".to_string(),
            format!("file://{}/{uat}", ws.canonicalize().unwrap().display()),
        ),
    ] {
        let mut with_out = args.to_vec();
        with_out.extend(["-o", &out]);
        let r = run_env(&ws, &with_out, &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let page = std::fs::read_to_string(ws.join(&out)).unwrap();
        assert!(page.contains(&format!("href=\"{want}\"")), "{out}: {want}");
    }
}

/// An unreadable Realisasi (here invalid UTF-8, F008 at check) stops the evaluation forms:
/// they printed a blank predikat and catatan with exit 0, as if nothing had been appraised.
#[test]
fn an_unreadable_realisasi_stops_the_evaluation_forms() {
    let dir = example_copy();
    let file = dir
        .path()
        .join(format!("pegawai/{FUNGSIONAL}/realisasi-2026-TW1.yaml"));
    let mut bytes = std::fs::read(&file).unwrap();
    bytes.extend_from_slice(b"# \xff\xfe rusak\n");
    std::fs::write(&file, bytes).unwrap();
    for doc in ["evaluasi", "dokumen-evaluasi"] {
        let r = run_env(
            dir.path(),
            &["render", doc, "--nip", FUNGSIONAL, "--period", "2026-TW1"],
            &[],
        );
        assert_eq!(r.code, 2, "{doc}: {}", r.stderr);
        assert!(r.stderr.contains("realisasi-2026-TW1.yaml"), "{}", r.stderr);
        assert!(r.stdout.is_empty(), "{doc}: a form was printed");
    }
}

/// The footer's SHA-256 is the file's as `sha256sum` gives it, a BOM included (it was the hash
/// of the text read, without the BOM); an angka kredit form is refused for a post that is not
/// functional (it printed a need of 0 and "jenjang puncak").
#[test]
fn the_footer_hash_is_the_files_and_angka_kredit_is_for_functional_posts() {
    use sha2::Digest;
    let dir = example_copy();
    let rel = format!("pegawai/{FUNGSIONAL}/skp-2026.yaml");
    let path = dir.path().join(&rel);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(&path).unwrap());
    std::fs::write(&path, &bytes).unwrap();
    let sha = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    let html = render(dir.path(), &["render", "skp", "--nip", FUNGSIONAL]);
    assert!(html.contains(&sha), "footer lacks {sha}");
    let r = run_env(dir.path(), &["render", "angka-kredit", "--nip", JA], &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("hanya untuk jabatan fungsional"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
}

/// Evidence whose file changed or went is marked on the evaluation form, not listed like the
/// intact one (the form passed off a tampered record as evidence).
#[test]
fn changed_or_missing_evidence_is_marked_on_the_form() {
    let dir = example_copy();
    let bukti = dir
        .path()
        .join(format!("pegawai/{FUNGSIONAL}/bukti/2026-TW1"));
    std::fs::write(
        bukti.join("berita-acara-uat-modul-izin-reklame.pdf"),
        "%PDF-1.4 lain",
    )
    .unwrap();
    std::fs::remove_file(bukti.join("laporan-perbaikan-cacat-tw1.pdf")).unwrap();
    let args = [
        "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
    ];
    let html = render(dir.path(), &args);
    let line = |name: &str| {
        html.split("<div class=\"bukti\">")
            .find(|s| s.contains(name))
            .map(|s| s.split("</div>").next().unwrap_or_default().to_string())
            .unwrap_or_else(|| panic!("{name} not listed"))
    };
    assert!(
        line("berita-acara-uat").contains("BERUBAH"),
        "{}",
        line("berita-acara-uat")
    );
    assert!(line("laporan-perbaikan-cacat-tw1").contains("HILANG"));
    assert!(!line("dokumen-api-sinkronisasi").contains("<strong>"));
}

/// An RHK written with `indikator: []` is an F003 at check and still printed on the form (it
/// vanished from it, `check` silent).
#[test]
fn an_rhk_without_indicators_is_named_at_check_and_printed() {
    let ws = Ws::new();
    let skp = MINIMAL_SKP.replace(
        "hasil_kerja:\n",
        "hasil_kerja:\n  - id: RHK-0\n    jenis: utama\n    rhk: Tersedianya kajian tata kelola data\n    indikator: []\n",
    );
    ws.file("pegawai/a/skp-2026.yaml", &skp);
    let r = ws.check(&["--select", "F", "--format", "concise"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("F003") && r.stdout.contains("RHK tanpa indikator"),
        "{}",
        r.stdout
    );
    let html = render(ws.path(), &["render", "skp", "--nip", "199001012015032001"]);
    assert!(
        html.contains("Tersedianya kajian tata kelola data"),
        "RHK-0 missing"
    );
}

/// The Dokumen Evaluasi leaves NIP and pangkat blank for a PPPK only: a CPNS is a civil
/// servant with both (they were blanked as for a non-PNS).
#[test]
fn a_cpns_keeps_nip_and_pangkat_on_the_evaluation_document() {
    let dir = example_copy();
    let rel = dir
        .path()
        .join(format!("pegawai/{FUNGSIONAL}/skp-2026.yaml"));
    let text = std::fs::read_to_string(&rel).unwrap();
    let args = [
        "render",
        "dokumen-evaluasi",
        "--nip",
        FUNGSIONAL,
        "--period",
        "2026-TW1",
    ];
    let count = |html: &str| html.matches(FUNGSIONAL).count();
    let pns = count(&render(dir.path(), &args));
    for (jenis, same) in [("cpns", true), ("pppk", false)] {
        std::fs::write(
            &rel,
            text.replacen("jenis_pegawai: pns", &format!("jenis_pegawai: {jenis}"), 1),
        )
        .unwrap();
        let n = count(&render(dir.path(), &args));
        assert_eq!(n == pns, same, "{jenis}: {n} NIPs against {pns}");
    }
}

/// A predikat read from the two ratings is printed as the predikat, without a note on how skp
/// read it: the form is the legal record.
#[test]
fn a_predikat_read_from_the_ratings_is_printed_plain() {
    let dir = example_copy();
    let rel = dir
        .path()
        .join(format!("pegawai/{FUNGSIONAL}/realisasi-2026-TW1.yaml"));
    let text = std::fs::read_to_string(&rel).unwrap();
    assert!(text.contains("\npredikat: baik\n"), "{text}");
    std::fs::write(&rel, text.replace("\npredikat: baik\n", "\n")).unwrap();
    for form in ["evaluasi", "dokumen-evaluasi"] {
        let html = render(
            dir.path(),
            &["render", form, "--nip", FUNGSIONAL, "--period", "2026-TW1"],
        );
        assert!(html.contains("PREDIKAT KINERJA PEGAWAI"), "{form}");
        assert!(html.contains("<td>BAIK</td>"), "{form}");
        assert!(!html.contains("kuadran"), "{form}");
    }
}

/// A predikat written against the matrix (N108) is printed as written, since the appraiser
/// wrote it, but never in silence: the forms warn, and `evaluate` marks it beside the matrix's.
#[test]
fn a_predikat_against_the_matrix_is_printed_with_a_warning_and_marked() {
    let dir = example_copy();
    let rel = dir
        .path()
        .join(format!("pegawai/{FUNGSIONAL}/realisasi-2026-TW1.yaml"));
    let text = std::fs::read_to_string(&rel).unwrap();
    let args = |form| ["render", form, "--nip", FUNGSIONAL, "--period", "2026-TW1"];
    let clean = run_env(dir.path(), &args("evaluasi"), &[]);
    assert!(
        !clean.stderr.contains("penilaian periode"),
        "{}",
        clean.stderr
    );
    std::fs::write(
        &rel,
        text.replace("\npredikat: baik\n", "\npredikat: sangat_baik\n"),
    )
    .unwrap();
    for form in ["evaluasi", "dokumen-evaluasi"] {
        let r = run_env(dir.path(), &args(form), &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.contains("<td>SANGAT BAIK</td>"), "{form}");
        assert!(
            r.stderr.contains(&format!(
                "peringatan: penilaian periode 2026-TW1 bertumpu pada \
                 pegawai/{FUNGSIONAL}/realisasi-2026-TW1.yaml, yang masih memiliki 1 kesalahan \
                 (pertama: N108 di baris 23); yang tercetak belum dapat ditandatangani: perbaiki \
                 dengan bantuan `skp check pegawai/{FUNGSIONAL}/realisasi-2026-TW1.yaml`"
            )),
            "{form}: {}",
            r.stderr
        );
    }
    let e = run_env(dir.path(), &["evaluate", "--nip", FUNGSIONAL], &[]);
    assert!(
        e.stdout.contains(
            "predikat: Sangat Baik (bertentangan dengan matriks, yang memberi Baik: N108)"
        ),
        "{}",
        e.stdout
    );
    let j = run_env(
        dir.path(),
        &["evaluate", "--nip", FUNGSIONAL, "--format", "json"],
        &[],
    );
    let v: serde_json::Value = serde_json::from_str(&j.stdout).unwrap();
    let tw1 = v["evaluasi"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["periode"] == "2026-TW1")
        .unwrap();
    assert_eq!(tw1["predikat"], "sangat_baik");
    assert_eq!(tw1["predikat_matriks"], "baik");
}

/// An annual predikat against its matrix (N108) withholds that year's angka kredit: the angka
/// kredit form says so above its heading and is not ready to sign, instead of printing 0 and
/// "no annual evaluation yet" as if all were in order.
#[test]
fn angka_kredit_withheld_by_an_evaluation_error_leaves_the_form_unsigned() {
    let dir = example_copy();
    let rel = format!("pegawai/{FUNGSIONAL}/realisasi-2025.yaml");
    let path = dir.path().join(&rel);
    let args = ["render", "angka-kredit", "--nip", FUNGSIONAL];
    let clean = run_env(dir.path(), &args, &[]);
    assert!(!clean.stdout.contains("BELUM DAPAT DITANDATANGANI"));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\npredikat: baik\n"));
    std::fs::write(
        &path,
        text.replace("\npredikat: baik\n", "\npredikat: sangat_baik\n"),
    )
    .unwrap();
    let r = run_env(dir.path(), &args, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains(&format!("BELUM DAPAT DITANDATANGANI: {rel}")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("Belum ada evaluasi tahunan yang dapat dikonversi"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr.contains(&format!(
            "penilaian periode 2025 bertumpu pada {rel}, yang masih memiliki 1 kesalahan (pertama: N108"
        )),
        "{}",
        r.stderr
    );
}

/// On the evaluation of a quarter with a target of its own (`target_periodik`), the form
/// prints that target, the one `evaluate` measures the realisation against, in the unit of the
/// year's, with the year's beside it.
#[test]
fn a_quarter_is_printed_and_evaluated_against_its_own_target() {
    let dir = example_copy();
    let plan = std::fs::read_to_string(
        dir.path()
            .join(format!("pegawai/{FUNGSIONAL}/skp-2026.yaml")),
    )
    .unwrap();
    assert!(plan.contains("target: 4 modul"), "{plan}");
    assert!(plan.contains("2026-TW1: 1"), "{plan}");
    let html = render(
        dir.path(),
        &[
            "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
        ],
    );
    assert!(
        html.contains("<td>1 modul (tahunan: 4 modul)</td>"),
        "{html}"
    );
    let annual = render(dir.path(), &["render", "skp", "--nip", FUNGSIONAL]);
    assert!(annual.contains("<td>4 modul</td>"));
    assert!(!annual.contains("tahunan:"));
    let e = run_env(
        dir.path(),
        &[
            "evaluate", "--nip", FUNGSIONAL, "--period", "2026-TW1", "--format", "json",
        ],
        &[],
    );
    assert!(e.stdout.contains("\"target\": \"1 modul\""), "{}", e.stdout);
}

/// A plan without the employee's pangkat (the spreadsheet template has no such column) prints
/// a blank PANGKAT/GOL. RUANG: said, with the field to write.
#[test]
fn a_plan_without_pangkat_prints_with_a_warning() {
    let dir = example_copy();
    let args = ["render", "skp", "--nip", FUNGSIONAL];
    let clean = run_env(dir.path(), &args, &[]);
    assert!(!clean.stderr.contains("pangkat"), "{}", clean.stderr);
    let plan = dir
        .path()
        .join(format!("pegawai/{FUNGSIONAL}/skp-2026.yaml"));
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(
        &plan,
        text.replacen("  pangkat: Penata Muda Tk. I (III/b)\n", "", 1),
    )
    .unwrap();
    let r = run_env(dir.path(), &args, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "SKP {FUNGSIONAL}-2026 tidak mencantumkan pangkat/golongan ruang pegawai"
        )) && r.stderr.contains("`pegawai.pangkat`"),
        "{}",
        r.stderr
    );
}

/// The forms are signed at `[workspace] place` when it is set; a Dinas's name is no place.
#[test]
fn the_forms_are_signed_at_the_configured_place() {
    let dir = example_copy();
    let args = [
        "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
    ];
    let html = render(dir.path(), &args);
    assert!(
        html.contains("Kota Contoh, "),
        "the agency without Pemerintah"
    );
    let toml = dir.path().join("skp.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let text = text.replacen("[workspace]\n", "[workspace]\nplace = \"Sleman\"\n", 1);
    std::fs::write(&toml, text).unwrap();
    let html = render(dir.path(), &args);
    assert!(html.contains("Sleman, "), "the configured place");
    assert!(!html.contains("Kota Contoh, "));
    // `skp init`'s commented example, uncommented as it was: warned of, never printed.
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        text.replace("place = \"Sleman\"", "place = \"nama kota\""),
    )
    .unwrap();
    let r = run_env(dir.path(), &args, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("`place` di skp.toml masih \"Nama Kota\""),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.contains("Kota Contoh, "),
        "the agency's town instead"
    );
    assert!(!r.stdout.to_lowercase().contains("nama kota"));
}

/// The SKP and evaluation forms open with the agency's name, as the official ones do; the
/// name `skp init` writes in its place is never printed, as an agency or a place of signature.
#[test]
fn the_agency_heads_the_forms_and_the_init_placeholder_is_never_printed() {
    let dir = example_copy();
    for args in [
        &["render", "skp", "--nip", FUNGSIONAL][..],
        &[
            "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
        ][..],
    ] {
        let html = render(dir.path(), args);
        assert!(
            html.contains("<header><p class=\"instansi\">PEMERINTAH KOTA CONTOH</p><h1>"),
            "{args:?}"
        );
    }
    let toml = dir.path().join("skp.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let text = text.replace(
        "agency = \"Pemerintah Kota Contoh\"",
        "agency = \"NAMA  instansi\"",
    );
    assert!(text.contains("NAMA  instansi"), "{text}");
    std::fs::write(&toml, text).unwrap();
    for args in [
        &["render", "skp", "--nip", FUNGSIONAL][..],
        &["render", "skp", "--nip", JPT][..],
    ] {
        let r = run_env(dir.path(), args, &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains("formulir dicetak tanpa nama instansi"),
            "{}",
            r.stderr
        );
        assert!(
            !r.stdout.to_lowercase().contains("nama instansi"),
            "{args:?} printed the placeholder"
        );
        assert!(!r.stdout.contains("class=\"instansi\""), "{args:?}");
    }
    // Blank, or never written: said too, not printed as an empty heading.
    let line = regex::Regex::new(r"(?m)^agency = .*\n").unwrap();
    for agency in ["agency = \"  \"\n", ""] {
        let text = std::fs::read_to_string(&toml).unwrap();
        let text = line.replace(&text, agency).into_owned();
        std::fs::write(&toml, text).unwrap();
        let r = run_env(dir.path(), &["render", "skp", "--nip", FUNGSIONAL], &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains("skp.toml tidak menyebut `agency`"),
            "{agency:?}: {}",
            r.stderr
        );
        assert!(!r.stdout.contains("class=\"instansi\""), "{agency:?}");
    }
}

/// A period with no Realisasi still prints (a blank form to fill by hand), but says so and
/// names the periods that were evaluated: a mistyped period must not pass for a blank one.
#[test]
fn a_period_without_a_realisasi_is_said_and_the_evaluated_ones_named() {
    let ex = example("dinas-kominfo");
    let args = [
        "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW3",
    ];
    let r = run_env(&ex, &args, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("EVALUASI KINERJA PEGAWAI"));
    assert!(
        r.stderr.contains(&format!(
            "peringatan: tidak ada Realisasi SKP {FUNGSIONAL}-2026 untuk periode 2026-TW3"
        )) && r.stderr.contains("(periode yang dinilai: 2026-TW1)"),
        "{}",
        r.stderr
    );
    let r = run_env(
        &ex,
        &[
            "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
        ],
        &[],
    );
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}

/// The organisation result on a staff member's form is their nearest unit's (the Bidang), not
/// whichever unit's file sorts first (a Dinas-level result named `0-…` took its place).
#[test]
fn the_organisation_result_is_the_nearest_units() {
    let dir = example_copy();
    let args = [
        "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
    ];
    let before = render(dir.path(), &args);
    assert!(before.contains("CAPAIAN KINERJA ORGANISASI</strong></td><td>BAIK"));
    std::fs::write(
        dir.path().join("organisasi/capaian-2026-TW1-0-dinas.yaml"),
        "apiVersion: skp/v1\nkind: CapaianOrganisasi\nid: CAPAIAN-DISKOMINFO-2026-TW1\n\
         unit: Dinas Komunikasi dan Informatika\npimpinan: \"197406121999031002\"\ntahun: 2026\n\
         periode: 2026-TW1\npredikat: istimewa\n\
         ditetapkan_oleh: { nama: \"Drs. H. Arif Budiman, M.Si.\", jabatan: Wali Kota Contoh }\n\
         tanggal: \"2026-04-10\"\n",
    )
    .unwrap();
    let after = render(dir.path(), &args);
    assert!(
        after.contains("CAPAIAN KINERJA ORGANISASI</strong></td><td>BAIK"),
        "the Dinas's result took the Bidang's place"
    );
}

/// `--skp ID` picks one of the employee's SKPs by id (each segment of a mid-year mutasi is
/// evaluated on its own, and the first segment's AKHIR could not be chosen by period alone).
#[test]
fn skp_picks_one_plan_by_its_id() {
    let dir = example_copy();
    let latest = render(dir.path(), &["render", "skp", "--nip", FUNGSIONAL]);
    assert!(latest.contains("TAHUN 2026"));
    let id = format!("{FUNGSIONAL}-2025");
    let older = render(
        dir.path(),
        &["render", "skp", "--nip", FUNGSIONAL, "--skp", &id],
    );
    assert!(older.contains("TAHUN 2025"), "the 2025 plan");
    let r = run_env(
        dir.path(),
        &["render", "skp", "--nip", FUNGSIONAL, "--skp", "TIDAK-ADA"],
        &[],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn output_file_pdf_without_chromium_and_unknown_employee_are_clear() {
    let ex = example("dinas-kominfo");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("skp.html");
    let r = run_env(
        &ex,
        &[
            "render",
            "skp",
            "--nip",
            FUNGSIONAL,
            "-o",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("SASARAN KINERJA PEGAWAI")
    );
    // A link in place of the output is refused, never followed.
    #[cfg(unix)]
    {
        let target = dir.path().join("elsewhere.txt");
        std::fs::write(&target, "keep").unwrap();
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let r = run_env(
            &ex,
            &[
                "render",
                "skp",
                "--nip",
                FUNGSIONAL,
                "-o",
                link.to_str().unwrap(),
            ],
            &[],
        );
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    }
    let r = run_env(&ex, &["render", "skp", "--nip", FUNGSIONAL, "--pdf"], &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("-o"), "{}", r.stderr);
    let pdf = dir.path().join("skp.pdf");
    let r = run_env(
        &ex,
        &[
            "render",
            "skp",
            "--nip",
            FUNGSIONAL,
            "--pdf",
            "-o",
            pdf.to_str().unwrap(),
        ],
        &[
            ("SKP_CHROMIUM", "/tidak/ada/chromium"),
            ("PATH", "/nonexistent"),
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("SKP_CHROMIUM"), "{}", r.stderr);
    assert!(!pdf.exists());
    let r = run_env(&ex, &["render", "skp", "--nip", "199901012020011001"], &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("199901012020011001"), "{}", r.stderr);
}

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|d| {
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .map(|n| d.join(n))
            .find(|p| p.is_file())
    })
}

#[test]
fn documents_print_to_pdf_in_a_real_browser() {
    let required = std::env::var_os("SKP_BROWSER_TEST").is_some_and(|v| v == "1");
    let Some(chrome) = chromium() else {
        assert!(!required, "SKP_BROWSER_TEST=1 but no Chromium on PATH");
        eprintln!("skipped: no Chromium on PATH (CI installs it)");
        return;
    };
    let ex = example("dinas-kominfo");
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/render");
    std::fs::create_dir_all(&shots).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (name, args, must) in [
        (
            "skp",
            vec!["render", "skp", "--nip", FUNGSIONAL],
            vec![
                "SASARAN KINERJA PEGAWAI",
                "PEJABAT PENILAI KINERJA",
                FUNGSIONAL,
            ],
        ),
        (
            "evaluasi",
            vec![
                "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
            ],
            vec!["EVALUASI KINERJA PEGAWAI", "POLA DISTRIBUSI", FUNGSIONAL],
        ),
        (
            "dokumen-evaluasi",
            vec![
                "render",
                "dokumen-evaluasi",
                "--nip",
                FUNGSIONAL,
                "--period",
                "2026-TW1",
            ],
            vec!["DOKUMEN EVALUASI KINERJA PEGAWAI", FUNGSIONAL],
        ),
        (
            "angka-kredit",
            vec!["render", "angka-kredit", "--nip", FUNGSIONAL],
            vec!["KONVERSI PREDIKAT KINERJA", FUNGSIONAL],
        ),
        (
            "skp-jpt",
            vec!["render", "skp", "--nip", JPT],
            vec!["PIMPINAN TINGGI", JPT],
        ),
        (
            "skp-ja",
            vec!["render", "skp", "--nip", JA],
            vec!["SASARAN KINERJA PEGAWAI", JA],
        ),
    ] {
        let pdf = dir.path().join(format!("{name}.pdf"));
        let mut a = args.clone();
        a.extend(["--pdf", "-o", pdf.to_str().unwrap()]);
        let r = run_env(&ex, &a, &[]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        let text = Command::new("pdftotext")
            .args([pdf.to_str().unwrap(), "-"])
            .output()
            .expect("pdftotext (poppler-utils)");
        let text = String::from_utf8_lossy(&text.stdout);
        for m in must {
            assert!(text.contains(m), "{name}.pdf lacks {m:?}:\n{text}");
        }
        // A screenshot for review, and the console: a page with errors logs them.
        let html = dir.path().join(format!("{name}.html"));
        let mut a = args.clone();
        a.extend(["-o", html.to_str().unwrap()]);
        assert_eq!(run_env(&ex, &a, &[]).code, 0);
        let out = Command::new(&chrome)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
                "--window-size=1240,1754",
            ])
            .arg(format!(
                "--user-data-dir={}",
                dir.path().join(format!("profil-{name}")).display()
            ))
            .arg(format!(
                "--screenshot={}",
                shots.join(format!("{name}.png")).display()
            ))
            .arg(format!("file://{}", html.display()))
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&out.stderr);
        let console: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE")).collect();
        assert!(
            console.is_empty(),
            "{name}: console output:\n{}",
            console.join("\n")
        );
        assert!(shots.join(format!("{name}.png")).is_file());
    }
    // The dashboard runs its filter script: the console must stay clean.
    let html = dir.path().join("dashboard.html");
    let r = run_env(
        &ex,
        &[
            "report",
            "--format",
            "html",
            "--as-of",
            "2026-09-30",
            "-o",
            html.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = Command::new(&chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1100,1400",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profil-dash").display()
        ))
        .arg(format!(
            "--screenshot={}",
            shots.join("dashboard.png").display()
        ))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    let console: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE")).collect();
    assert!(
        console.is_empty(),
        "console output:\n{}",
        console.join("\n")
    );
    assert!(shots.join("dashboard.png").is_file());
}

/// A Chromium that logs more than a pipe holds still prints (its stderr is read while it runs,
/// where it used to wait on a full pipe until the 120 s limit), and one that writes no PDF is
/// named with its last line of log.
#[test]
fn pdf_printing_reads_a_chatty_chromium_and_names_a_failed_one() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ex = dir.path().join("ws");
    common::copy_dir(&example("dinas-kominfo"), &ex);
    // A stand-in: 256 KiB of log on stderr, then the PDF at --print-to-pdf=FILE.
    let fake = dir.path().join("chromium");
    std::fs::write(
        &fake,
        "#!/bin/sh\nhead -c 262144 /dev/zero | tr '\\0' x >&2\necho >&2\necho 'log terakhir' >&2\n\
         for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) \
         [ -n \"$SKP_FAKE_FAIL\" ] || printf '%%PDF-1.4 palsu' > \"${a#--print-to-pdf=}\";; \
         file://*) [ -z \"$SKP_FAKE_LOG\" ] || printf '%s' \"$a\" > \"$SKP_FAKE_LOG\";; esac; done\n",
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let pdf = dir.path().join("skp.pdf");
    let args = [
        "render",
        "skp",
        "--nip",
        FUNGSIONAL,
        "--pdf",
        "-o",
        pdf.to_str().unwrap(),
    ];
    let chromium = fake.to_str().unwrap();
    // A temporary folder whose name holds `#` and a space: the page's address is encoded
    // (Chromium read `#` as the start of a fragment and found no file).
    let tmp = dir.path().join("tmp #1");
    std::fs::create_dir(&tmp).unwrap();
    let log = dir.path().join("alamat.txt");
    let env = [
        ("SKP_CHROMIUM", chromium),
        ("TMPDIR", tmp.to_str().unwrap()),
        ("SKP_FAKE_LOG", log.to_str().unwrap()),
    ];
    let r = run_env(&ex, &args, &env);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let url = std::fs::read_to_string(&log).unwrap();
    assert!(url.contains("/tmp%20%231/"), "{url}");
    assert!(url.ends_with("/dokumen.html"), "{url}");
    std::fs::remove_file(&pdf).unwrap();
    let r = run_env(
        &ex,
        &args,
        &[("SKP_CHROMIUM", chromium), ("SKP_FAKE_FAIL", "1")],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("log terakhir"), "{}", r.stderr);
    assert!(!pdf.exists());
}

/// A plan that `skp check` finds errors in still prints (a draft to discuss), but says so:
/// a blank target cell must not reach a signature unnoticed. `approve` warns the same way.
#[test]
fn a_plan_with_errors_prints_with_a_warning() {
    let dir = example_copy();
    let args = ["render", "skp", "--nip", FUNGSIONAL];
    let r = run_env(dir.path(), &args, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        !r.stderr.contains("kesalahan"),
        "a clean plan: {}",
        r.stderr
    );
    let plan = dir
        .path()
        .join(format!("pegawai/{FUNGSIONAL}/skp-2026.yaml"));
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(&plan, text.replacen("        target: 4 modul\n", "", 1)).unwrap();
    let r = run_env(dir.path(), &args, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // F003 (no target) and S103 (no measurable target).
    assert!(
        r.stderr.contains(&format!(
            "peringatan: SKP {FUNGSIONAL}-2026 masih memiliki 2 kesalahan struktur, SMART atau keselarasan \
             (pertama: F003 di baris 29)"
        )) && r
            .stderr
            .contains(&format!("`skp check pegawai/{FUNGSIONAL}/skp-2026.yaml`")),
        "{}",
        r.stderr
    );
    let r = run_env(dir.path(), &[&args[..], &["--lang", "en"]].concat(), &[]);
    assert!(
        r.stderr
            .contains("still has 2 structure, SMART or alignment errors (first: F003 at line 29)"),
        "{}",
        r.stderr
    );
    // `approve` refuses a plan with errors of loading (F003 among them); one of SMART alone
    // it records, with the same warning.
    std::fs::write(
        &plan,
        text.replacen("target: 4 modul", "target: sesuai kebutuhan", 1),
    )
    .unwrap();
    let approve = [
        "approve",
        "--nip",
        FUNGSIONAL,
        "--by",
        "198109232006042001",
        "--date",
        "2026-02-01",
    ];
    let r = run_env(dir.path(), &approve, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("masih memiliki 1 kesalahan struktur, SMART atau keselarasan (pertama: S103"),
        "{}",
        r.stderr
    );
}

/// A functional plan without its jenjang earns angka kredit at no known coefficient: the form
/// is refused, naming the file and what to write, rather than printed with 0 and "jenjang
/// puncak"; `evaluate` names the plan whose annual evaluation it left out.
#[test]
fn angka_kredit_without_a_jenjang_is_refused_and_said() {
    let dir = example_copy();
    for year in ["2025", "2026"] {
        let file = dir
            .path()
            .join(format!("pegawai/{FUNGSIONAL}/skp-{year}.yaml"));
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains("  jenjang: ahli_pertama\n"), "{year}");
        std::fs::write(&file, text.replace("  jenjang: ahli_pertama\n", "")).unwrap();
    }
    let r = run_env(
        dir.path(),
        &["render", "angka-kredit", "--nip", FUNGSIONAL],
        &[],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "no form");
    assert!(
        r.stderr.contains("tidak menulis `pegawai.jenjang`") && r.stderr.contains("skp-2026.yaml"),
        "{}",
        r.stderr
    );
    let r = run_env(dir.path(), &["evaluate", "--nip", FUNGSIONAL], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("SKP {FUNGSIONAL}-2025 (pegawai/{FUNGSIONAL}/skp-2025.yaml) jabatan fungsional tanpa `pegawai.jenjang`")),
        "{}",
        r.stderr
    );
}

/// The SKP form is dated the day the appraiser agreed the content it prints (`skp approve`);
/// once the plan changes, or with no approval, the date is left to write by hand.
#[test]
fn the_skp_form_is_dated_by_its_approval_while_the_content_is_the_same() {
    let dir = example_copy();
    let args = ["render", "skp", "--nip", FUNGSIONAL];
    let html = render(dir.path(), &args);
    assert!(
        html.contains("<div>Kota Contoh, 20 Januari 2026</div><div>Pejabat Penilai Kinerja"),
        "the approval's date above the appraiser"
    );
    // The evaluation form is signed at its evaluation, never on the plan's approval day.
    let ev = render(
        dir.path(),
        &[
            "render", "evaluasi", "--nip", FUNGSIONAL, "--period", "2026-TW1",
        ],
    );
    assert!(!ev.contains("20 Januari 2026"));
    let plan = dir
        .path()
        .join("pegawai")
        .join(FUNGSIONAL)
        .join("skp-2026.yaml");
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(
        &plan,
        text.replacen("target: 4 modul", "target: 5 modul", 1),
    )
    .unwrap();
    let html = render(dir.path(), &args);
    assert!(!html.contains("20 Januari 2026</div><div>Pejabat"));
    assert!(html.contains("Kota Contoh, \u{2026}\u{2026}\u{2026}\u{2026} 2026"));
    assert!(html.contains("isi berubah sesudah disetujui"));
    // A plan never approved: the blank line.
    let ja = render(dir.path(), &["render", "skp", "--nip", JA]);
    assert!(ja.contains("\u{2026}\u{2026}\u{2026}\u{2026} 2026"));
}
