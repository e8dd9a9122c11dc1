use super::lexicon::{CountKind, Word, count_kind, count_kind_at, kinds_contradict, words};
use super::{Measure, measures, read};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::target::{UnitClass, classify_unit};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::workspace::Workspace;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Satuan target yang bertentangan dengan kata ukuran indikator: `Persentase …` dengan satuan
    /// `dokumen`, atau dengan satuan apa pun yang bukan persen (`N`, `KK`; syarat yang ditulis
    /// sesudah angka, "80 dibawah ambang batas", dan pengisi sel kosong, `-` atau `N/A`, tidak
    /// dibaca sebagai satuan), `Indeks …`/`Nilai …` dengan satuan hitungan (indeks berskala 0–100
    /// boleh ditulis dalam `%`), `Persentase indeks …`, `Jumlah …` dalam `%` atau dalam satuan
    /// waktu, `Waktu …`/`Lama …` dan `Ketepatan …` (waktu, sasaran) dengan satuan hitungan (`12
    /// laporan`; ketepatan ditulis dalam `%` atau waktu; `Waktu …` dalam `%` hanya bila teksnya
    /// menyebut batas waktunya, "Waktu tunggu rawat jalan ≤ 60 menit"); dan `Jumlah …` yang
    /// satuannya menghitung orang padahal indikatornya menghitung layanan, kegiatan, atau dokumen,
    /// atau sebaliknya ("Jumlah layanan administrasi ASN yang disediakan" dengan satuan `orang`);
    /// dan `Jumlah …` yang menghitung tempat atau lembaga (daerah, provinsi, desa, kampung,
    /// sekolah, OPD, satker, UPT, KPU, juga yang ditulis lengkap: perangkat daerah, satuan kerja,
    /// unit pelaksana teknis) dalam satuan lain ("Jumlah desa yang menerapkan SPBE" dengan satuan
    /// `laporan`), atau barang buatan (sistem, aplikasi, gedung, kendaraan, alat) dalam satuan
    /// dokumen, orang, atau kegiatan ("Jumlah sistem informasi yang terintegrasi" dengan satuan
    /// `laporan`). Singkatan satuan yang lazim di tabel perencanaan dibaca seperti katanya (`Lap`,
    /// `Dok`, `Keg`, `Org`). Satuan dibaca dari target, atau dari `satuan` bila target tidak
    /// menuliskannya; indikator PK dan Renstra yang baru punya kolom satuan tanpa target pun
    /// diperiksa.
    ///
    /// ## Mengapa
    /// Satuan menentukan cara realisasi dihitung. "Persentase dokumen" yang ditargetkan
    /// "5 dokumen" tidak dapat dinilai: 5 dari berapa?
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Persentase dokumen perencanaan yang tersusun tepat waktu
    ///         target: 5 dokumen
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Persentase dokumen perencanaan yang tersusun sesuai jadwal
    ///         target: 100 %
    /// ```
    ///
    /// ## Pengaturan
    /// Satuan khas instansi dikenali lewat `[vocab] extra_units`. Abaikan di tempat:
    /// `# skp: abaikan S105 -- alasan`. Mati pada `pendekatan: kualitatif`.
    code: "S105",
    name: "unit-contradicts-indicator",
    level: Warning,
    summary: ("Satuan target bertentangan dengan indikator", "Target unit contradicts the indicator"),
    check: Some(check),
}

fn expected(head: &str) -> Option<&'static [UnitClass]> {
    Some(match head {
        "persentase" | "proporsi" => &[UnitClass::Percent],
        "indeks" | "skor" => &[UnitClass::Index, UnitClass::Other],
        "nilai" => &[UnitClass::Index, UnitClass::Money, UnitClass::Other],
        "jumlah" | "banyaknya" => &[UnitClass::Count, UnitClass::Money, UnitClass::Other],
        "waktu" | "lama" | "durasi" | "rata-rata" => &[UnitClass::Time, UnitClass::Other],
        "tingkat" | "rasio" | "capaian" => {
            &[UnitClass::Percent, UnitClass::Index, UnitClass::Other]
        }
        // "Ketepatan waktu penyampaian laporan", "Ketepatan sasaran penyaluran bantuan": a share
        // on time or on target, or the time itself (a month, a number of days); "12 laporan"
        // counts the reports, not whether they were on time.
        "ketepatan" => &[
            UnitClass::Percent,
            UnitClass::Time,
            UnitClass::Index,
            UnitClass::Other,
        ],
        _ => return None,
    })
}

fn finding(ws: &Workspace, accept: &[String], cx: &Measure<'_>) -> Option<Diagnostic> {
    // The unit written with the target, else the `satuan` field (a PK or Renstra table often
    // has a unit column and no target yet); the finding points at whichever was written.
    let (unit, span) = match cx
        .target
        .and_then(|t| Some((t.value.quantity()?.unit.as_deref()?.to_string(), t.span)))
    {
        Some(written) => written,
        None => {
            let s = cx.satuan?;
            (s.value.clone(), s.span)
        }
    };
    let r = read(&cx.teks.value, accept);
    let head = r.head?;
    let class = classify_unit(&unit, &ws.config.vocab.extra_units);
    // "Persentase indeks …", "Persentase nilai …": a share of an index is no share at all.
    if head == "persentase"
        && let Some(w) = r.words.get(1)
        && matches!(
            w.text.as_str(),
            "indeks" | "nilai" | "skor" | "indek" | "index"
        )
    {
        return Some(
            cx.diag(
                RULE.code,
                cx.teks.span,
                Msg::SPercentOfIndex {
                    kata: w.text.clone(),
                },
            )
            .arg("kata_ukuran", "persentase")
            .arg("satuan", unit.as_str())
            .help(Msg::HelpSPercentOfIndex),
        );
    }
    // "Jumlah layanan …" in `orang`, "Jumlah pegawai …" in `dokumen`: the unit counts
    // another kind of thing than the indicator names.
    if matches!(head.as_str(), "jumlah" | "banyaknya")
        && let Some((a, object)) = count_kind_at(&r.words, 1)
        && let Some(unit_word) = words(&unit).into_iter().next()
        && let Some(b) = count_kind(&unit_word.text)
        && kinds_contradict(a, b)
    {
        return Some(
            cx.diag(
                RULE.code,
                span,
                Msg::SUnitCountsOther {
                    objek: object.clone(),
                    satuan: unit.clone(),
                },
            )
            .arg("kata_ukuran", head.as_str())
            .arg("satuan", unit.as_str())
            .help(Msg::HelpSUnitCountsOther { objek: object }),
        );
    }
    // An index or score on a 0–100 scale is commonly written with "%" or "persen".
    if matches!(head.as_str(), "indeks" | "nilai" | "skor") && class == UnitClass::Percent {
        return None;
    }
    // "Rata-rata" of what? Only "rata-rata waktu …" is a time measure.
    if head == "rata-rata"
        && r.words
            .get(1)
            .is_none_or(|w| w.text != "waktu" && w.text != "lama")
    {
        return None;
    }
    let allowed = expected(&head)?;
    if allowed.contains(&class) {
        return None;
    }
    // "Waktu tunggu rawat jalan ≤ 60 menit" at 80 %: the text names the standard time, and the
    // share served within it is the measure (as the national quality indicators write it).
    if class == UnitClass::Percent
        && matches!(head.as_str(), "waktu" | "lama" | "durasi")
        && names_standard_time(&r.words)
    {
        return None;
    }
    // "Jumlah hari layanan …" in `hari`, "Jumlah JP pengembangan kompetensi" in `JP`: a count
    // of days or hours is a duration, written as one.
    if class == UnitClass::Time
        && head == "jumlah"
        && r.words.get(1).is_some_and(|w| {
            matches!(
                w.text.as_str(),
                "hari" | "jam" | "jp" | "jpl" | "menit" | "minggu" | "pekan" | "bulan" | "tahun"
            )
        })
    {
        return None;
    }
    // "Jumlah layanan umum kantor yang disediakan" in `bulan`: the months a routine service
    // was provided, as the standard sub-activities of every office write it (S110 says what
    // is wrong with counting it).
    if class == UnitClass::Time
        && head == "jumlah"
        && unit.trim().eq_ignore_ascii_case("bulan")
        && count_kind_at(&r.words, 1).is_some_and(|(k, _)| k == CountKind::Service)
    {
        return None;
    }
    // "Jumlah …" with a money amount, or an index given as points, are fine; only clear
    // contradictions are reported. A share is the exception: whatever it counts, it is
    // written in percent, so any other unit ("Persentase masyarakat yang dilayani" in `N`,
    // in `KK`, in `unit`) leaves the realisation unreadable.
    let share_in_another_unit = allowed == [UnitClass::Percent] && !percent_or_no_unit(&unit);
    if class == UnitClass::Other && !share_in_another_unit {
        return None;
    }
    Some(
        cx.diag(
            RULE.code,
            span,
            Msg::SUnitContradicts {
                kata: head.clone(),
                satuan: unit.clone(),
            },
        )
        .arg("kata_ukuran", head.as_str())
        .arg("satuan", unit.as_str())
        .help(Msg::HelpSUnitContradicts { kata: head }),
    )
}

/// Whether a unit the tables do not know may still be a percent as people write it (`(%)`,
/// `prosen`, `pct`, `persen dari total`), or is no unit at all: a placeholder for an empty cell
/// (`-`, `N/A`, `0`), or a condition written into the target after the number ("80 dibawah
/// ambang batas", "100 sesuai standar"). None of these is a unit that contradicts a share.
fn percent_or_no_unit(unit: &str) -> bool {
    let w = words(unit);
    let placeholder = !unit.chars().any(char::is_alphabetic)
        || matches!(unit.trim().to_lowercase().as_str(), "n/a" | "na" | "n.a.");
    placeholder
        || unit.contains('%')
        || w.len() > 2
        || w.iter().any(|w| {
            ["persen", "prosen", "presen", "pesen", "percent", "pct"]
                .iter()
                .any(|p| w.text.starts_with(p))
                || matches!(
                    w.text.as_str(),
                    "di" | "dibawah" | "diatas" | "dari" | "sesuai" | "dengan" | "yang" | "atau"
                )
        })
}

/// Whether the words name a time limit: a number then a unit of time ("60 menit", "1x24 jam",
/// "3 HK", "satu jam").
fn names_standard_time(words: &[Word]) -> bool {
    words.windows(2).any(|p| {
        let n = p[0].text.as_str();
        (n.starts_with(|c: char| c.is_ascii_digit())
            || matches!(n, "satu" | "dua" | "tiga" | "lima" | "tujuh" | "sepuluh"))
            && matches!(
                p[1].text.as_str(),
                "detik"
                    | "dtk"
                    | "menit"
                    | "mnt"
                    | "jam"
                    | "hari"
                    | "hk"
                    | "minggu"
                    | "pekan"
                    | "bulan"
            )
    })
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in measures(ws) {
        if cx.kualitatif() {
            continue;
        }
        if let Some(d) = finding(ws, accept, &cx) {
            out.push(d);
        }
    }
}
