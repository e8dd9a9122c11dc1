use super::lexicon::{
    ACTIVITY_NOUNS, ACTIVITY_PHRASES, PARTICIPATION, RESULT_NOUNS, accepted, contains_phrase,
};
use super::{indicators, read, sub_span};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator yang menghitung kegiatan, bukan hasilnya: "Jumlah rapat koordinasi yang
    /// dilaksanakan", "Persentase kegiatan yang terlaksana", "Jumlah peserta sosialisasi",
    /// "Persentase OPD yang mendapat pembinaan", "Jumlah pengembangan kompetensi ASN".
    ///
    /// ## Mengapa
    /// Indikator kegiatan tidak boleh menjadi satu-satunya ukuran sebuah hasil (SMART-C
    /// Kemenkeu): rapat dapat terlaksana tanpa menghasilkan apa pun. Ukur apa
    /// yang berubah karena kegiatan itu.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Jumlah rapat koordinasi yang dilaksanakan
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Persentase kesepakatan rapat koordinasi yang ditindaklanjuti perangkat daerah
    /// ```
    ///
    /// ## Pengaturan
    /// Pengecualian di tempat: `# skp: abaikan S110 -- alasan` (misalnya untuk jabatan yang
    /// memang mengukur penyelenggaraan layanan). Dapat dimatikan per folder:
    /// `[[rules.overrides]] paths = ["pegawai/guru/**"] ignore = ["S110"]`. Mati pada
    /// `pendekatan: kualitatif`.
    code: "S110",
    name: "activity-count",
    level: Warning,
    summary: ("Indikator menghitung kegiatan, bukan hasil", "Indicator counts activities, not results"),
    check: Some(check),
}

/// Verbs of an achieved outcome: participants who *passed* are a result.
const OUTCOME_VERBS: &[&str] = &[
    "lulus",
    "mencapai",
    "bekerja",
    "tersertifikasi",
    "kompeten",
    "memenuhi",
];

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in indicators(ws) {
        let teks = &cx.iki.teks;
        if cx.kualitatif() || teks.value.is_empty() || accepted(&teks.value, accept) {
            continue;
        }
        let r = read(&teks.value, accept);
        let Some(head) = r.head.as_deref() else {
            continue;
        };
        if !matches!(head, "jumlah" | "persentase" | "frekuensi" | "banyaknya") {
            continue;
        }
        // The counted object is the word right after the head ("Jumlah rapat …").
        let after = r.words.get(2).map(|w| w.text.as_str());
        let object = r.words.get(1).filter(|w| {
            ACTIVITY_NOUNS.contains(&w.text.as_str())
                && (head != "persentase"
                    || !matches!(
                        w.text.as_str(),
                        "pelayanan" | "penyediaan" | "pengembangan" | "pengendalian"
                    ))
                // "peserta didik" are students; visits by tourists or patients are outcomes.
                && !(w.text == "peserta" && after == Some("didik"))
                && !(w.text == "kunjungan"
                    && matches!(after, Some("wisatawan" | "pasien" | "pengunjung" | "turis")))
                // "peserta pelatihan yang lulus": participants who achieved something.
                && !(w.text == "peserta"
                    && r.words.iter().any(|x| OUTCOME_VERBS.contains(&x.text.as_str())))
        });
        // Or what the counted people or units did: "… yang mengikuti pelatihan".
        let took_part = r.words.windows(2).find(|p| {
            // Receiving a service ("mendapatkan pelayanan antenatal") is the citizen's outcome.
            PARTICIPATION.contains(&p[0].text.as_str())
                && ACTIVITY_NOUNS.contains(&p[1].text.as_str())
                && !matches!(p[1].text.as_str(), "pelayanan" | "penyediaan")
        });
        let counts_results = r
            .words
            .get(1)
            .is_some_and(|w| RESULT_NOUNS.contains(&w.text.as_str()));
        let phrase = (!counts_results)
            .then(|| {
                ACTIVITY_PHRASES
                    .iter()
                    .find_map(|p| contains_phrase(&r.words, p).map(|range| (*p, range)))
            })
            .flatten();
        let (kata, range) = match (object, took_part, phrase) {
            (Some(w), _, _) => (w.text.clone(), (w.start, w.end)),
            (None, Some(p), _) => (
                format!("{} {}", p[0].text, p[1].text),
                (p[0].start, p[1].end),
            ),
            (None, None, Some((p, range))) => (p.to_string(), range),
            _ => continue,
        };
        out.push(
            cx.diag(
                RULE.code,
                sub_span(ws, cx.doc, teks, range),
                Msg::SActivityCount { kata: kata.clone() },
            )
            .arg("kata", kata)
            .help(Msg::HelpSActivityCount),
        );
    }
}
