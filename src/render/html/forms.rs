//! The official forms (PermenPANRB 6/2022 lampiran; domain.md §9): the SKP, the evaluation of
//! a period, the Dokumen Evaluasi Kinerja Pegawai and the conversion of the annual predikat
//! into angka kredit. Headers are the forms' own words, in Indonesian whatever `--lang` says:
//! the printed form is the legal document.

use std::fmt::Write as _;

use super::{distribution_svg, footer, form_page, signatures};

/// Text for a printed form's cell: escaped, with a break opportunity (`<wbr>`) in a long run
/// without spaces (a shared-folder link, a file name), so that one long word cannot push a
/// table past the A4 page and out of print. Words of ordinary length are never broken, and a
/// break is taken only where the column needs it.
fn esc(s: &str) -> String {
    breakable(&super::esc(s))
}

/// `html` (escaped text, `<br>` its only tag) with `<wbr>` after a link's separators once a run
/// without spaces is 12 characters long, or after 24 characters of any run. An entity
/// (`&amp;`) counts as one character and is never split. Never between two digits, nor in a run
/// with an `@`: `--mask` reads the page for NIPs (`19860208.201012.1.001`), numbers and
/// e-mail addresses, which a break inside would hide from it.
fn breakable(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while !rest.is_empty() {
        // A tag (`<br>`) or a space ends a run; each run is judged whole.
        let end = rest
            .char_indices()
            .find(|(_, c)| *c == '<' || c.is_whitespace())
            .map_or(rest.len(), |(i, _)| i);
        let (run, after) = rest.split_at(end);
        if run.contains('@') {
            out.push_str(run);
        } else {
            break_run(run, &mut out);
        }
        // The tag or the space itself, as it is.
        let sep_len = match after.chars().next() {
            Some('<') => after.find('>').map_or(after.len(), |i| i + 1),
            Some(c) => c.len_utf8(),
            None => 0,
        };
        out.push_str(&after[..sep_len]);
        rest = &after[sep_len..];
    }
    out
}

/// One run without spaces or tags, with its break opportunities (see [`breakable`]).
fn break_run(run: &str, out: &mut String) {
    const AT_SEPARATOR: usize = 12;
    const ANYWHERE: usize = 24;
    let mut count = 0;
    let mut chars = run.chars().peekable();
    let mut prev: Option<char> = None;
    while let Some(c) = chars.next() {
        let mut unit = String::from(c);
        if c == '&' {
            // An entity, whole.
            while let Some(&t) = chars.peek() {
                unit.push(t);
                chars.next();
                if t == ';' {
                    break;
                }
            }
        }
        out.push_str(&unit);
        count += 1;
        let Some(&next) = chars.peek() else { break };
        let digits = prev.is_some_and(|p| p.is_ascii_digit()) && next.is_ascii_digit()
            || c.is_ascii_digit() && next.is_ascii_digit();
        let separator = matches!(unit.as_str(), "/" | "?" | "=" | "_" | "-" | "." | "&amp;");
        if !digits && ((separator && count >= AT_SEPARATOR) || count >= ANYWHERE) {
            out.push_str("<wbr>");
            count = 0;
        }
        prev = Some(c);
    }
}
use crate::model::period::Period;
use crate::model::realisasi::Realisasi;
use crate::model::skp::{Iki, Skp};
use crate::model::vocab::{FormatSkp, JenisJabatan, JenisRhk, Perilaku, Vocab};
use crate::rules::nilai::to_date::{target_for, target_text_for, with_satuan};

/// The three guidelines of each BerAKHLAK value, as UU 20/2023 words them (domain.md §1.6).
pub fn guidelines(p: Perilaku) -> [&'static str; 3] {
    match p {
        Perilaku::BerorientasiPelayanan => [
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ],
        Perilaku::Akuntabel => [
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ],
        Perilaku::Kompeten => [
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ],
        Perilaku::Harmonis => [
            "Menghargai setiap orang tanpa membedakan latar belakang",
            "Suka menolong",
            "Membangun lingkungan kerja yang kondusif",
        ],
        Perilaku::Loyal => [
            "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
            "Menjaga rahasia jabatan dan negara",
        ],
        Perilaku::Adaptif => [
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ],
        Perilaku::Kolaboratif => [
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ],
    }
}

/// A person in an identity table.
#[derive(Debug, Clone, Default)]
pub struct Person {
    pub nama: String,
    pub nip: String,
    pub pangkat: String,
    pub jabatan: String,
    pub unit: String,
}

/// One piece of evidence listed on an evaluation form.
#[derive(Debug, Clone)]
pub struct Bukti {
    pub name: String,
    /// Its link from the page; empty for a path that leaves the workspace.
    pub href: String,
    /// What `evidence verify` finds wrong with it ("BERUBAH …"); empty when it is intact.
    pub problem: String,
}

/// What a form needs besides the SKP itself, gathered by the command.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// Per RHK (in order), the texts of the superior's results it intervenes.
    pub intervened: Vec<Vec<String>>,
    /// The pejabat penilai as printed: their record in the SKP, completed by the command from
    /// their own SKP (see `cmd::render`), never with the employee's unit.
    pub penilai: Person,
    /// The atasan pejabat penilai (Dokumen Evaluasi), when known.
    pub atasan_penilai: Option<Person>,
    /// The agency (`[workspace] agency`, unless `skp init`'s placeholder): the heading of the
    /// SKP and evaluation forms, and the INSTANSI of the JPT form.
    pub instansi: Option<String>,
    /// "Kota Contoh, 8 April 2026" above the appraiser's signature.
    pub place_date: String,
    /// Lines of the footer (content hash, source file, approval).
    pub footer: Vec<(String, String)>,
    /// Why the form is not ready to sign (its plan or evaluation file still has errors),
    /// printed above its heading.
    pub unfinished: Vec<String>,
}

/// One evaluation's data for the evaluation forms.
#[derive(Debug, Clone, Default)]
pub struct Evaluation<'a> {
    pub realisasi: Option<&'a Realisasi>,
    pub periode: Option<Period>,
    /// The organisation's predikat for the unit and period.
    pub capaian_organisasi: Option<String>,
    /// Per indicator (by id), the periods' realisations rolled up by its `perhitungan` where
    /// `skp evaluate` measures by them ("Rekap 2 periode (kumulatif): 3"); an annual form with
    /// no figure of its own would otherwise print an empty cell beside a capaian.
    pub rolled: Vec<(String, String)>,
    /// The unit's distribution (sangat baik … sangat kurang), when the unit is known, and how
    /// many of its members have no predikat for the period yet.
    pub distribution: Option<([usize; 5], usize)>,
    /// Per indicator id: its evidence of the period (name, link, and what `evidence verify`
    /// finds wrong with it, empty when it is intact).
    pub evidence: Vec<(String, Vec<Bukti>)>,
    /// The predikat, written or read from the two ratings by the matrix.
    pub predikat: Option<String>,
}

/// The employee of an SKP, as the forms print them.
pub fn person_of_skp(s: &Skp) -> Person {
    Person {
        nama: s.pegawai.nama.value.clone(),
        // A transcribed document's blank identity stays blank on the form.
        nip: s.nip().unwrap_or_default().to_string(),
        pangkat: s
            .pegawai
            .pangkat
            .as_ref()
            .map(|p| p.value.clone())
            .unwrap_or_default(),
        jabatan: s.pegawai.jabatan.value.clone(),
        unit: s.pegawai.unit_kerja.value.clone(),
    }
}

/// A person from the fields every official's record has (the appraiser, or their superior),
/// with `unit` when the record gives none.
pub fn official(
    nama: &str,
    nip: Option<&str>,
    pangkat: Option<&str>,
    jabatan: &str,
    unit: Option<&str>,
    default_unit: &str,
) -> Person {
    Person {
        nama: nama.to_string(),
        nip: nip.unwrap_or_default().to_string(),
        pangkat: pangkat.unwrap_or_default().to_string(),
        jabatan: jabatan.to_string(),
        unit: unit.unwrap_or(default_unit).to_string(),
    }
}

/// The appraiser of an SKP as its record gives them: a field not written stays blank.
pub fn penilai_of_skp(s: &Skp) -> Person {
    let p = &s.pejabat_penilai.value;
    official(
        &p.nama.value,
        // A transcribed document's blank identity stays blank on the form.
        p.known_nip(),
        p.pangkat.as_ref().map(|x| x.value.as_str()),
        &p.jabatan.value,
        p.unit_kerja.as_ref().map(|x| x.value.as_str()),
        "",
    )
}

const MONTHS: [&str; 12] = [
    "JANUARI",
    "FEBRUARI",
    "MARET",
    "APRIL",
    "MEI",
    "JUNI",
    "JULI",
    "AGUSTUS",
    "SEPTEMBER",
    "OKTOBER",
    "NOVEMBER",
    "DESEMBER",
];

/// "1 JANUARI SD 31 DESEMBER TAHUN 2026".
fn periode_penilaian(s: &Skp) -> String {
    use chrono::Datelike;
    let (a, b) = s.period();
    format!(
        "{} {} SD {} {} TAHUN {}",
        a.0.day(),
        MONTHS[a.0.month0() as usize],
        b.0.day(),
        MONTHS[b.0.month0() as usize],
        b.0.year()
    )
}

/// "TRIWULAN I", "SEMESTER II", "BULAN MARET", "AKHIR".
pub fn periode_label(p: Period) -> String {
    const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];
    match p {
        Period::Year(_) => "AKHIR".into(),
        Period::Semester(_, n) => format!("SEMESTER {}", ROMAN[(n.clamp(1, 2) - 1) as usize]),
        Period::Quarter(_, n) => format!("TRIWULAN {}", ROMAN[(n.clamp(1, 4) - 1) as usize]),
        Period::Month(_, m) => format!("BULAN {}", MONTHS[(m.clamp(1, 12) - 1) as usize]),
    }
}

fn is_jpt(s: &Skp) -> bool {
    s.format() == FormatSkp::Jpt
}

/// The agency's name above a form's title, where it is known (the official forms open with it).
/// Above every form's heading: why it is not ready to sign, if it is not.
fn unfinished_lines(cx: &Context) -> String {
    cx.unfinished
        .iter()
        // A paragraph, not a cell: it wraps as any paragraph does, and says the file's name
        // whole.
        .map(|u| format!("<p class=\"unfinished\">{}</p>", super::esc(u)))
        .collect()
}

fn instansi_line(cx: &Context) -> String {
    let mut s = unfinished_lines(cx);
    if let Some(i) = cx.instansi.as_deref() {
        let _ = write!(s, "<p class=\"instansi\">{}</p>", esc(&i.to_uppercase()));
    }
    s
}

/// The forms' heading: the agency's name where it is known (the official forms open with
/// it), the title, the approach, whom the form is for and the period.
fn title_block(s: &Skp, cx: &Context, title: &str, extra: &str) -> String {
    let pendekatan = s.pendekatan.value.label().to_uppercase();
    let bagi = if is_jpt(s) {
        "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    } else {
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
    };
    let instansi = instansi_line(cx);
    format!(
        "<header>{instansi}<h1>{}</h1><h2>PENDEKATAN HASIL KERJA {}</h2><h2>{bagi}</h2>{extra}\
         <p class=\"periode\">PERIODE PENILAIAN: {}</p></header>\n",
        esc(title),
        esc(&pendekatan),
        esc(&periode_penilaian(s))
    )
}

/// "NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA".
fn identity(s: &Skp, cx: &Context) -> String {
    let (mut a, mut b) = (person_of_skp(s), cx.penilai.clone());
    let last = if is_jpt(s) { "INSTANSI" } else { "UNIT KERJA" };
    // The JPT form asks for the instansi, the agency both serve, where it is known.
    if let (true, Some(agency)) = (is_jpt(s), &cx.instansi) {
        (a.unit, b.unit) = (agency.clone(), agency.clone());
    }
    let rows = [
        ("NAMA", &a.nama, &b.nama),
        ("NIP", &a.nip, &b.nip),
        ("PANGKAT/GOL. RUANG", &a.pangkat, &b.pangkat),
        ("JABATAN", &a.jabatan, &b.jabatan),
        (last, &a.unit, &b.unit),
    ];
    let mut t = String::from(
        "<table class=\"ident two\"><colgroup><col class=\"no\"><col class=\"label\"><col>\
         <col class=\"no\"><col class=\"label\"><col></colgroup>\
         <thead><tr><th scope=\"col\">NO</th><th scope=\"col\" colspan=\"2\">PEGAWAI YANG DINILAI</th>\
         <th scope=\"col\">NO</th><th scope=\"col\" colspan=\"2\">PEJABAT PENILAI KINERJA</th></tr></thead><tbody>",
    );
    for (i, (label, x, y)) in rows.iter().enumerate() {
        let _ = write!(
            t,
            "<tr><td class=\"no\">{n}</td><td class=\"label\">{label}</td><td>{}</td>\
             <td class=\"no\">{n}</td><td class=\"label\">{label}</td><td>{}</td></tr>",
            esc(x),
            esc(y),
            n = i + 1
        );
    }
    t.push_str("</tbody></table>\n");
    t
}

/// The target as a form prints it: on the evaluation of a period for which the plan sets a
/// target of its own (`target_periodik`), that target, the one its realisation is measured
/// against (as `skp evaluate` does), with the year's beside it; on one measured against the
/// year's whole target (`skp evaluate`'s †), that target, said to be the year's.
fn target_text(s: &Skp, iki: &Iki, periode: Option<Period>) -> String {
    let annual = with_unit(iki, iki.target.value.text());
    match periode {
        Some(p) if !std::ptr::eq(target_for(iki, p), &iki.target.value) => format!(
            "{} (tahunan: {annual})",
            with_unit(iki, target_text_for(iki, p))
        ),
        Some(p) if crate::rules::nilai::to_date::against_year(s, iki, p) => {
            format!("{annual} (target tahunan)")
        }
        _ => annual,
    }
}

/// A target's text with the unit of the `satuan` column, when written apart.
fn with_unit(iki: &Iki, t: String) -> String {
    if crate::model::target::not_stated(&t) {
        return "(tidak tercantum)".to_string();
    }
    with_satuan(iki, t)
}

/// Extra columns an evaluation adds to each indicator row.
type RowExtra<'a> = &'a dyn Fn(&Iki) -> Vec<String>;

/// The HASIL KERJA table grouped "A. UTAMA" / "B. TAMBAHAN"; `extra_heads`/`extra` add the
/// evaluation columns.
fn hasil_kerja(
    s: &Skp,
    cx: &Context,
    periode: Option<Period>,
    extra_heads: &[&str],
    extra: RowExtra,
) -> String {
    let jpt = is_jpt(s);
    let mut heads: Vec<&str> = if jpt {
        vec![
            "NO",
            "RENCANA HASIL KERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "PERSPEKTIF",
        ]
    } else {
        vec![
            "NO",
            "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
            "RENCANA HASIL KERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    };
    heads.extend_from_slice(extra_heads);
    let cols = heads.len();
    let mut t = String::from("<h3>HASIL KERJA</h3><table><thead><tr>");
    for h in &heads {
        let _ = write!(t, "<th scope=\"col\">{h}</th>");
    }
    t.push_str("</tr></thead><tbody>");
    for (group, jenis) in [
        ("A. UTAMA", JenisRhk::Utama),
        ("B. TAMBAHAN", JenisRhk::Tambahan),
    ] {
        let _ = write!(
            t,
            "<tr><td class=\"group\" colspan=\"{cols}\">{group}</td></tr>"
        );
        let mut n = 0;
        for (ri, r) in s.hasil_kerja.iter().enumerate() {
            if r.jenis.as_ref().map_or(JenisRhk::Utama, |j| j.value) != jenis {
                continue;
            }
            n += 1;
            let inds: Vec<&Iki> = r.indikator.iter().collect();
            let span = inds.len().max(1);
            let intervened = cx
                .intervened
                .get(ri)
                .map(|v| {
                    v.iter()
                        .map(|x| format!("<div>{}</div>", esc(x)))
                        .collect::<String>()
                })
                .unwrap_or_default();
            // An RHK without indicators (F003 at check) is still printed, its IKI cells a dash:
            // a plan's result must not vanish from the form signed for it.
            if inds.is_empty() {
                let _ = write!(t, "<tr><td class=\"no\">{n}</td>");
                if !jpt {
                    let _ = write!(t, "<td>{intervened}</td>");
                }
                let rest = cols - if jpt { 2 } else { 3 };
                let _ = write!(
                    t,
                    "<td>{}</td><td colspan=\"{rest}\">\u{2014}</td></tr>",
                    esc(&r.rhk.value)
                );
            }
            for (k, iki) in inds.iter().enumerate() {
                t.push_str("<tr>");
                if k == 0 {
                    let _ = write!(t, "<td class=\"no\" rowspan=\"{span}\">{n}</td>");
                    if !jpt {
                        let _ = write!(t, "<td rowspan=\"{span}\">{intervened}</td>");
                    }
                    let _ = write!(t, "<td rowspan=\"{span}\">{}</td>", esc(&r.rhk.value));
                }
                if !jpt {
                    let aspek = iki.aspek.as_ref().map_or("", |a| a.value.label());
                    let _ = write!(t, "<td>{}</td>", esc(aspek));
                }
                let _ = write!(
                    t,
                    "<td>{}</td><td>{}</td>",
                    esc(&iki.teks.value),
                    esc(&target_text(s, iki, periode))
                );
                if jpt {
                    let p = iki.perspektif.as_ref().map_or("", |p| p.value.label());
                    let _ = write!(t, "<td>{}</td>", esc(p));
                }
                for cell in extra(iki) {
                    // Extra cells are already HTML (links to evidence).
                    let _ = write!(t, "<td>{cell}</td>");
                }
                t.push_str("</tr>");
            }
        }
        if n == 0 {
            let _ = write!(t, "<tr><td colspan=\"{cols}\">\u{2014}</td></tr>");
        }
    }
    t.push_str("</tbody></table>\n");
    t
}

/// The PERILAKU KERJA table: each value with its three guidelines, and the leader's specific
/// expectation (or, in an evaluation, the feedback).
fn perilaku(s: &Skp, evaluation: bool, feedback: Option<&Realisasi>) -> String {
    let last = if evaluation {
        "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
    } else {
        "EKSPEKTASI KHUSUS PIMPINAN"
    };
    let mut t = format!(
        "<h3>PERILAKU KERJA</h3><table><thead><tr><th scope=\"col\">NO</th><th scope=\"col\">PERILAKU KERJA</th>\
         {}<th scope=\"col\">{last}</th></tr></thead><tbody>",
        if evaluation {
            "<th scope=\"col\">EKSPEKTASI KHUSUS PIMPINAN</th>"
        } else {
            ""
        }
    );
    for (i, (p, code, label)) in Perilaku::ALL.iter().enumerate() {
        let ekspektasi = s
            .perilaku_kerja
            .as_ref()
            .and_then(|k| k.value.get(*p))
            .and_then(|e| e.value.ekspektasi_khusus.as_ref())
            .map(|e| e.value.clone())
            .unwrap_or_default();
        let items: String = guidelines(*p)
            .iter()
            .map(|g| format!("<li>{}</li>", esc(g)))
            .collect();
        let _ = write!(
            t,
            "<tr><td class=\"no\">{}</td><td><strong>{}</strong><ul>{items}</ul></td><td>{}</td>",
            i + 1,
            esc(label),
            esc(&ekspektasi)
        );
        if evaluation {
            let fb = feedback
                .and_then(|r| r.perilaku_kerja.as_ref())
                .into_iter()
                .flat_map(|m| m.iter())
                .find(|(k, _)| k.value == *code)
                .and_then(|(_, v)| v.value.umpan_balik.as_ref())
                .map(|u| u.value.clone())
                .unwrap_or_default();
            let _ = write!(t, "<td>{}</td>", esc(&fb));
        }
        t.push_str("</tr>");
    }
    t.push_str("</tbody></table>\n");
    t
}

fn list(items: Option<&crate::model::Sp<Vec<crate::model::Sp<String>>>>) -> String {
    let items: Vec<String> = items
        .map(|l| l.value.iter().map(|x| x.value.clone()).collect())
        .unwrap_or_default();
    if items.is_empty() {
        return "<p>\u{2014}</p>".into();
    }
    let li: String = items
        .iter()
        .map(|x| format!("<li>{}</li>", esc(x)))
        .collect();
    format!("<ol>{li}</ol>")
}

/// The signatures of the employee and the appraiser.
fn sign(s: &Skp, cx: &Context, b: &mut String) {
    let (a, p) = (person_of_skp(s), cx.penilai.clone());
    b.push_str(&signatures(
        ("Pegawai yang Dinilai", &a.nama, &a.nip),
        ("Pejabat Penilai Kinerja", &p.nama, &p.nip),
        &cx.place_date,
    ));
}

/// The signatures, then the footer.
fn close(s: &Skp, cx: &Context, b: &mut String) {
    sign(s, cx, b);
    b.push_str(&footer(&cx.footer));
}

/// The SKP form, its signatures and the LAMPIRAN page.
pub fn skp(s: &Skp, cx: &Context) -> String {
    let mut b = title_block(s, cx, "SASARAN KINERJA PEGAWAI", "");
    b.push_str(&identity(s, cx));
    b.push_str(&hasil_kerja(s, cx, None, &[], &|_| Vec::new()));
    b.push_str(&perilaku(s, false, None));
    sign(s, cx, &mut b);
    // The annex, on its own page.
    let l = s.lampiran.as_ref().map(|l| &l.value);
    let _ = writeln!(
        b,
        "<section class=\"page-break\"><h1>LAMPIRAN SASARAN KINERJA PEGAWAI</h1>\
         <p class=\"periode\">PERIODE PENILAIAN: {}</p>\
         <h3>DUKUNGAN SUMBER DAYA</h3>{}<h3>SKEMA PERTANGGUNGJAWABAN</h3>{}<h3>KONSEKUENSI</h3>{}</section>",
        esc(&periode_penilaian(s)),
        list(l.and_then(|l| l.dukungan_sumber_daya.as_ref())),
        list(l.and_then(|l| l.skema_pertanggungjawaban.as_ref())),
        list(l.and_then(|l| l.konsekuensi.as_ref())),
    );
    close(s, cx, &mut b);
    form_page(
        &format!("SKP {} {}", s.pegawai.nama.value, s.tahun.value),
        &b,
    )
}

/// The curve's x axis as Anak Lampiran 4 draws it, lowest predikat first (domain.md §2.2).
const PREDIKAT_LABELS: [&str; 5] = [
    "Sangat Kurang",
    "Kurang/Misconduct",
    "Butuh Perbaikan",
    "Baik",
    "Sangat Baik",
];

/// The predikat as the forms print it. One read from the two ratings is the predikat the
/// regulation gives them, printed as such: the form is the legal record, not a report on how
/// skp read it.
fn predikat_text(e: &Evaluation) -> String {
    match &e.predikat {
        Some(p) => p.to_uppercase(),
        None => "\u{2014}".into(),
    }
}

/// The evaluation form of one period (or the year: "AKHIR").
pub fn evaluasi(s: &Skp, cx: &Context, e: &Evaluation) -> String {
    let periode = e.periode.map(periode_label).unwrap_or_default();
    let mut b = title_block(
        s,
        cx,
        "EVALUASI KINERJA PEGAWAI",
        &format!("<h2>PERIODE: {}</h2>", esc(&periode)),
    );
    b.push_str(&identity(s, cx));
    let _ = write!(
        b,
        "<table><tbody><tr><td class=\"label\"><strong>CAPAIAN KINERJA ORGANISASI</strong></td>\
         <td>{}</td></tr></tbody></table>",
        esc(e.capaian_organisasi.as_deref().unwrap_or("\u{2014}"))
    );
    b.push_str("<h3>POLA DISTRIBUSI</h3>");
    match &e.distribution {
        Some((d, pending)) => {
            // `d` counts from sangat baik down: drawn from sangat kurang up.
            let mut up = *d;
            up.reverse();
            b.push_str(&distribution_svg(&PREDIKAT_LABELS, &up));
            if *pending > 0 {
                let _ = write!(
                    b,
                    "<p>{pending} pegawai unit ini belum dinilai untuk periode ini; pola ini belum final.</p>"
                );
            }
        }
        None => b.push_str("<p>\u{2014}</p>"),
    }
    let realisasi = e.realisasi;
    let cell = |iki: &Iki| -> Vec<String> {
        let entry = realisasi.and_then(|r| {
            r.hasil_kerja
                .iter()
                .flat_map(|h| h.iter())
                .find(|(k, _)| k.value == iki.id.value)
                .map(|(_, v)| v.value.clone())
        });
        let mut real = entry
            .as_ref()
            .and_then(|x| x.realisasi.as_ref())
            .map(|x| esc(&x.value))
            .unwrap_or_default();
        if let Some((_, rolled)) = e.rolled.iter().find(|(id, _)| *id == iki.id.value) {
            let _ = write!(real, "<div class=\"rekap\">{}</div>", esc(rolled));
        }
        let links: String = e
            .evidence
            .iter()
            .find(|(id, _)| *id == iki.id.value)
            .map(|(_, files)| {
                files
                    .iter()
                    .map(|b| {
                        // A record whose file changed or went is marked where it is listed:
                        // the form must not pass it off as evidence.
                        let note = if b.problem.is_empty() {
                            String::new()
                        } else {
                            format!(" <strong>({})</strong>", esc(&b.problem))
                        };
                        match b.href.as_str() {
                            // A path that leaves the workspace: named, never linked.
                            "" => {
                                format!("<div class=\"bukti\">Bukti: {}{note}</div>", esc(&b.name))
                            }
                            href => format!(
                                "<div class=\"bukti\">Bukti: <a href=\"{}\">{}</a>{note}</div>",
                                super::esc(href),
                                esc(&b.name)
                            ),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let fb = entry
            .as_ref()
            .and_then(|x| x.umpan_balik.as_ref())
            .map(|x| esc(&x.value))
            .unwrap_or_default();
        vec![format!("{real}{links}"), fb]
    };
    b.push_str(&hasil_kerja(
        s,
        cx,
        e.periode,
        &[
            "REALISASI BERDASARKAN BUKTI DUKUNG",
            "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
        ],
        &cell,
    ));
    let rating = |r: Option<&crate::model::Sp<crate::model::vocab::Rating>>| {
        r.map(|x| x.value.label().to_uppercase())
            .unwrap_or_else(|| "\u{2014}".into())
    };
    let _ = write!(
        b,
        "<table><tbody><tr><td class=\"label\"><strong>RATING HASIL KERJA</strong></td><td>{}</td></tr></tbody></table>",
        esc(&rating(
            realisasi.and_then(|r| r.rating_hasil_kerja.as_ref())
        ))
    );
    b.push_str(&perilaku(s, true, realisasi));
    let predikat = predikat_text(e);
    let _ = write!(
        b,
        "<table><tbody><tr><td class=\"label\"><strong>RATING PERILAKU KERJA</strong></td><td>{}</td></tr>\
         <tr><td class=\"label\"><strong>PREDIKAT KINERJA PEGAWAI</strong></td><td>{}</td></tr></tbody></table>",
        esc(&rating(
            realisasi.and_then(|r| r.rating_perilaku_kerja.as_ref())
        )),
        esc(&predikat)
    );
    close(s, cx, &mut b);
    form_page(
        &format!("Evaluasi kinerja {} {periode}", s.pegawai.nama.value),
        &b,
    )
}

fn ident_section(n: usize, title: &str, p: &Person, non_pns: bool) -> String {
    let dash = |s: &str| {
        if non_pns { String::new() } else { esc(s) }
    };
    format!(
        "<tr><td class=\"no\">{n}</td><td colspan=\"2\"><strong>{title}</strong></td></tr>\
         <tr><td></td><td class=\"label\">NAMA</td><td>{}</td></tr>\
         <tr><td></td><td class=\"label\">NIP</td><td>{}</td></tr>\
         <tr><td></td><td class=\"label\">PANGKAT/GOL. RUANG</td><td>{}</td></tr>\
         <tr><td></td><td class=\"label\">JABATAN</td><td>{}</td></tr>\
         <tr><td></td><td class=\"label\">UNIT KERJA</td><td>{}</td></tr>",
        esc(&p.nama),
        dash(&p.nip),
        dash(&p.pangkat),
        esc(&p.jabatan),
        esc(&p.unit)
    )
}

/// The Dokumen Evaluasi Kinerja Pegawai: identities of the employee, the appraiser and the
/// appraiser's superior; the organisation's result and the predikat; notes.
pub fn dokumen_evaluasi(s: &Skp, cx: &Context, e: &Evaluation) -> String {
    let periode = e.periode.map(periode_label).unwrap_or_default();
    // The form leaves NIP and pangkat blank for staff who are not PNS (domain.md §9.3): a
    // PPPK. A CPNS is a civil servant on probation, with a NIP and a pangkat of their own.
    let non_pns = s
        .pegawai
        .jenis_pegawai
        .as_ref()
        .is_some_and(|j| j.value == crate::model::vocab::JenisPegawai::Pppk);
    let mut b = format!(
        "<header>{}<h1>DOKUMEN EVALUASI KINERJA PEGAWAI</h1><h2>PERIODE: {}</h2>\
         <p class=\"periode\">PERIODE PENILAIAN: {}</p></header>\n<table class=\"ident\"><tbody>",
        unfinished_lines(cx),
        esc(&periode),
        esc(&periode_penilaian(s))
    );
    b.push_str(&ident_section(
        1,
        "PEGAWAI YANG DINILAI",
        &person_of_skp(s),
        non_pns,
    ));
    b.push_str(&ident_section(
        2,
        "PEJABAT PENILAI KINERJA",
        &cx.penilai,
        false,
    ));
    b.push_str(&ident_section(
        3,
        "ATASAN PEJABAT PENILAI KINERJA",
        &cx.atasan_penilai.clone().unwrap_or_default(),
        false,
    ));
    let predikat = predikat_text(e);
    let catatan = e
        .realisasi
        .and_then(|r| r.catatan_rekomendasi.as_ref())
        .map(|c| c.value.clone())
        .unwrap_or_default();
    let _ = write!(
        b,
        "<tr><td class=\"no\">4</td><td colspan=\"2\"><strong>EVALUASI KINERJA</strong></td></tr>\
         <tr><td></td><td class=\"label\">CAPAIAN KINERJA ORGANISASI</td><td>{}</td></tr>\
         <tr><td></td><td class=\"label\">PREDIKAT KINERJA PEGAWAI</td><td>{}</td></tr>\
         <tr><td class=\"no\">5</td><td colspan=\"2\"><strong>CATATAN/REKOMENDASI</strong></td></tr>\
         <tr><td></td><td colspan=\"2\">{}</td></tr></tbody></table>",
        esc(e.capaian_organisasi.as_deref().unwrap_or("\u{2014}")),
        esc(&predikat),
        esc(&catatan)
    );
    close(s, cx, &mut b);
    form_page(
        &format!(
            "Dokumen evaluasi kinerja {} {periode}",
            s.pegawai.nama.value
        ),
        &b,
    )
}

/// One year's conversion, for the angka kredit form.
#[derive(Debug, Clone)]
pub struct CreditRow {
    pub tahun: i32,
    pub predikat: String,
    pub persen: f64,
    pub koefisien: f64,
    pub bulan: u32,
    pub angka_kredit: f64,
}

/// The conversion of predikat into angka kredit, and the accumulation.
pub fn angka_kredit(
    s: &Skp,
    cx: &Context,
    rows: &[CreditRow],
    total: f64,
    needs: (f64, Option<f64>),
) -> String {
    let n = crate::i18n::number;
    let a = person_of_skp(s);
    let p = cx.penilai.clone();
    let fungsional = s.pegawai.jenis_jabatan.value == JenisJabatan::Fungsional;
    // The post with its level ("Pranata Komputer Ahli Pertama"), as the form writes it.
    let jabatan = match s.pegawai.jenjang.as_ref().map(|j| j.value.label()) {
        Some(level) if !a.jabatan.to_lowercase().contains(&level.to_lowercase()) => {
            format!("{} {level}", a.jabatan)
        }
        _ => a.jabatan.clone(),
    };
    let instansi = instansi_line(cx);
    let mut b = format!(
        "<header>{instansi}<h1>KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT</h1>\
         <p class=\"periode\">PERIODE PENILAIAN: {}</p></header>\n<h3>I. KETERANGAN PERORANGAN</h3>\
         <table class=\"ident\"><tbody>",
        esc(&periode_penilaian(s))
    );
    // The ten items of the published form (Peraturan BKN 3/2023's examples). What neither the
    // plan nor the NIP states (a KARPEG number, a birth place, a TMT) is left to be filled in
    // by hand, never guessed.
    let blank = "\u{2026}\u{2026}\u{2026}\u{2026}";
    let with_tmt = |v: &str| {
        if v.is_empty() {
            blank.to_string()
        } else {
            format!("{v} / TMT {blank}")
        }
    };
    // A PNS's NIP states the date of birth and the sex; the place of birth is the form's to
    // fill in.
    let stated = crate::model::nip::birth_and_sex(&a.nip);
    let born = stated.map_or(blank.to_string(), |(d, _)| {
        format!("{blank}, {}", d.long_id())
    });
    let sex = stated.map_or(blank.to_string(), |(_, s)| s.label().to_string());
    for (i, (label, value)) in [
        ("NAMA", a.nama.clone()),
        ("NIP", a.nip.clone()),
        ("NOMOR SERI KARPEG", blank.to_string()),
        ("PANGKAT/GOLONGAN RUANG/TMT", with_tmt(&a.pangkat)),
        ("TEMPAT/TANGGAL LAHIR", born),
        ("JENIS KELAMIN", sex),
        ("PENDIDIKAN", blank.to_string()),
        ("JABATAN/TMT", with_tmt(&jabatan)),
        ("MASA KERJA GOLONGAN", blank.to_string()),
        ("UNIT KERJA", a.unit.clone()),
    ]
    .iter()
    .enumerate()
    {
        let _ = write!(
            b,
            "<tr><td class=\"no\">{}</td><td class=\"label\">{label}</td><td>{}</td></tr>",
            i + 1,
            esc(value)
        );
    }
    b.push_str("</tbody></table>");
    if !fungsional {
        b.push_str(
            "<p>Pegawai ini tidak menduduki jabatan fungsional: tidak ada angka kredit.</p>",
        );
    }
    b.push_str(
        "<h3>II. KONVERSI</h3><table><thead><tr><th scope=\"col\">TAHUN</th><th scope=\"col\">PREDIKAT</th><th scope=\"col\">PROSENTASE</th>\
         <th scope=\"col\">KOEFISIEN PER TAHUN</th><th scope=\"col\">BULAN</th><th scope=\"col\">ANGKA KREDIT YANG DIDAPAT</th></tr></thead><tbody>",
    );
    for r in rows {
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{} %</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            r.tahun,
            esc(&r.predikat),
            n(r.persen * 100.0),
            n(r.koefisien),
            r.bulan,
            n(r.angka_kredit)
        );
    }
    if rows.is_empty() && cx.unfinished.is_empty() {
        b.push_str("<tr><td colspan=\"6\">Belum ada evaluasi tahunan.</td></tr>");
    } else if rows.is_empty() {
        // An evaluation there is, whose credit is withheld: the banner above says why.
        b.push_str(
            "<tr><td colspan=\"6\">Belum ada evaluasi tahunan yang dapat dikonversi (lihat catatan di atas).</td></tr>",
        );
    }
    let short = |k: f64| n(((k - total).max(0.0) * 1000.0).round() / 1000.0);
    let _ = write!(
        b,
        "</tbody></table><h3>III. AKUMULASI ANGKA KREDIT</h3><table><tbody>\
         <tr><td class=\"label\">Jumlah angka kredit di ruang kerja ini</td><td>{}</td></tr>\
         <tr><td class=\"label\">Kebutuhan kenaikan pangkat</td><td>{} (kurang {})</td></tr>\
         <tr><td class=\"label\">Kebutuhan kenaikan jenjang</td><td>{}</td></tr></tbody></table>\
         <p><small>Angka kredit sebelum tahun-tahun di ruang kerja ini (integrasi atau konversi) tidak diketahui.</small></p>",
        n(total),
        n(needs.0),
        short(needs.0),
        needs
            .1
            .map_or("\u{2014} (jenjang puncak)".to_string(), |k| format!(
                "{} (kurang {})",
                n(k),
                short(k)
            ))
    );
    let _ = write!(
        b,
        "<div class=\"sign\"><div></div><div><div>{}</div><div>Pejabat Penilai Kinerja</div>\
         <div class=\"space\"></div><div><strong>{}</strong></div><div>{}</div></div></div>",
        esc(&cx.place_date),
        esc(&p.nama),
        if p.nip.is_empty() {
            String::new()
        } else {
            format!("NIP. {}", esc(&p.nip))
        }
    );
    b.push_str(&footer(&cx.footer));
    form_page(
        &format!(
            "Konversi angka kredit {} {}",
            s.pegawai.nama.value, s.tahun.value
        ),
        &b,
    )
}

#[cfg(test)]
mod tests {
    use super::breakable;

    #[test]
    fn long_runs_get_break_opportunities_and_words_do_not() {
        assert_eq!(
            breakable("Bidang Aplikasi Informatika, Dinas Komunikasi"),
            "Bidang Aplikasi Informatika, Dinas Komunikasi"
        );
        assert_eq!(
            breakable("https://drive.google.com/drive/folders/1AbC?usp=sharing&amp;x=1"),
            "https://drive.<wbr>google.com/drive/<wbr>folders/1AbC?<wbr>usp=sharing&amp;<wbr>x=1"
        );
        // An entity is never split, and only `&amp;` is a separator.
        assert_eq!(
            breakable("&lt;img src=x onerror=alert(1)&gt; modul"),
            "&lt;img src=x onerror=alert(1)&gt; modul"
        );
        assert_eq!(
            breakable("&lt;img&gt;&lt;img&gt;&lt;img&gt;x"),
            "&lt;img&gt;&lt;img&gt;&lt;img&gt;x"
        );
        assert_eq!(
            breakable(&"a".repeat(50)),
            format!("{a}<wbr>{a}<wbr>aa", a = "a".repeat(24))
        );
        // A tag ends a run.
        assert_eq!(
            breakable("baris-pertama-yang-panjang<br>x"),
            "baris-pertama-<wbr>yang-panjang<br>x"
        );
        // Nothing --mask must still find is broken: an NIP in dotted groups, an address.
        assert_eq!(
            breakable("NIP.19860208.201012.1.001"),
            "NIP.19860208.201012.1.001"
        );
        assert_eq!(
            breakable("budi.santoso.pelapor@kominfo.contoh.go.id"),
            "budi.santoso.pelapor@kominfo.contoh.go.id"
        );
        assert_eq!(breakable(&"7".repeat(30)), "7".repeat(30));
    }
}
