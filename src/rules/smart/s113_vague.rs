use super::lexicon::{ABSTRACT_AFTER_HEAD, VAGUE, accepted, contains_phrase};
use super::{indicators, read, sub_span};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kata sifat samar tanpa ukuran di indikator: `optimal`, `maksimal`, `dengan baik`,
    /// `dengan benar`, `lancar`, `sesuai ketentuan`, `efektif dan efisien`; `tepat waktu` tanpa
    /// tanggal, tenggat, atau periode bila indikatornya tidak mengukur ketepatan waktu itu
    /// sendiri; dan `Persentase kualitas …`/`Persentase jumlah …` (persentase dari apa?).
    ///
    /// "Persentase pengaduan yang ditindaklanjuti tepat waktu" tidak ditandai: persentasenya
    /// mengukur ketepatan waktu. "Laporan disusun tepat waktu" ditandai: kapan tepatnya?
    ///
    /// ## Mengapa
    /// "Spesifik: tidak normatif, tidak ambigu" (SMART-C, buku pedoman indikator kinerja Kemenkeu). Penilai dan pegawai
    /// harus dapat sepakat, dari bukti, apakah target tercapai.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Pelayanan administrasi berjalan dengan baik dan lancar
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Persentase permohonan layanan administrasi yang selesai sesuai SOP
    /// ```
    ///
    /// ## Pengaturan
    /// Istilah instansi yang sudah didefinisikan terukur dapat dimasukkan ke `[vocab] accept`.
    /// Pengecualian di tempat: `# skp: abaikan S113 -- alasan`.
    code: "S113",
    name: "vague-qualifier",
    level: Warning,
    summary: ("Kata sifat samar tanpa ukuran", "Vague qualifier with no measure"),
    check: Some(check),
}

/// Heads for which "tepat waktu" is itself what is measured.
const MEASURES_TIMELINESS: &[&str] = &[
    "persentase",
    "tingkat",
    "ketepatan",
    "rasio",
    "indeks",
    "nilai",
    "waktu",
    "rata-rata",
    "proporsi",
    "jumlah",
];

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in indicators(ws) {
        let teks = &cx.iki.teks;
        if teks.value.is_empty() || accepted(&teks.value, accept) {
            continue;
        }
        let r = read(&teks.value, accept);
        let mut found = None;
        for v in VAGUE {
            if let Some(range) = contains_phrase(&r.words, v) {
                // "maksimal 3 hari" is a bound, not a qualifier.
                let idx = r.words.iter().position(|w| w.end == range.1);
                let next_is_number = idx
                    .and_then(|i| r.words.get(i + 1))
                    .is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit()));
                if next_is_number {
                    continue;
                }
                found = Some((v.to_string(), range));
                break;
            }
        }
        if found.is_none()
            && let Some(range) = contains_phrase(&r.words, "tepat waktu")
        {
            let measured = r
                .head
                .as_deref()
                .is_some_and(|h| MEASURES_TIMELINESS.contains(&h));
            let dated = r.words.iter().any(|w| {
                w.text.chars().all(|c| c.is_ascii_digit())
                    || matches!(
                        w.text.as_str(),
                        "tanggal" | "lambat" | "tenggat" | "jadwal" | "sebelum"
                    )
            });
            if !measured && !dated {
                found = Some(("tepat waktu".to_string(), range));
            }
        }
        if found.is_none()
            && r.head.as_deref() == Some("persentase")
            && let Some(w) = r.words.get(1)
            && ABSTRACT_AFTER_HEAD.contains(&w.text.as_str())
        {
            found = Some((
                format!("{} {}", r.words[0].text, w.text),
                (r.words[0].start, w.end),
            ));
        }
        let Some((frasa, range)) = found else {
            continue;
        };
        out.push(
            cx.diag(
                RULE.code,
                sub_span(ws, cx.doc, teks, range),
                Msg::SVague {
                    frasa: frasa.clone(),
                },
            )
            .arg("frasa", frasa)
            .help(Msg::HelpSVague),
        );
    }
}
