use super::lexicon::RESULT_VERBS;
use super::{indicators, read};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::Polaritas;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Polaritas yang bertentangan dengan indikatornya: `polaritas: turun` pada indikator yang
    /// menghitung hasil yang diselesaikan ("Jumlah dokumen yang diselesaikan": makin banyak
    /// makin baik), atau `naik` (bawaan) pada indikator waktu atau lama penyelesaian ("Rata-rata
    /// waktu penyelesaian": makin singkat makin baik).
    ///
    /// ## Mengapa
    /// Polaritas menentukan arah capaian: kondisi normal (makin tinggi makin baik) dan kondisi
    /// khusus (makin rendah makin baik) (PermenPANRB 8/2021, yang prinsipnya masih dipakai dalam pelatihan SKP). Polaritas yang
    /// terbalik membuat capaian terhitung terbalik.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Rata-rata waktu penyelesaian permohonan izin
    ///         target: ≤ 3 hari kerja
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Rata-rata waktu penyelesaian permohonan izin
    ///         target: ≤ 3 hari kerja
    ///         polaritas: turun
    /// ```
    ///
    /// ## Pengaturan
    /// Pengecualian di tempat: `# skp: abaikan S108 -- alasan`.
    code: "S108",
    name: "polarity-contradicts",
    level: Warning,
    summary: ("Polaritas bertentangan dengan indikator", "Polarity contradicts the indicator"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in indicators(ws) {
        if cx.kualitatif() {
            continue;
        }
        let r = read(&cx.iki.teks.value, accept);
        let Some(head) = r.head.as_deref() else {
            continue;
        };
        let pol = cx.iki.polaritas();
        // "Rata-rata lama sekolah" counts schooling: more is better.
        let schooling = r
            .words
            .iter()
            .any(|w| w.text == "sekolah" || w.text == "pendidikan");
        let time_head = !schooling && matches!(head, "waktu" | "lama" | "durasi")
            || !schooling
                && (head == "rata-rata"
                    && r.words
                        .get(1)
                        .is_some_and(|w| w.text == "waktu" || w.text == "lama"));
        // Complaints or requests *received* are incoming work, not finished results.
        let incoming = r.words.iter().any(|w| {
            matches!(
                w.text.as_str(),
                "pengaduan" | "keluhan" | "permohonan" | "aduan"
            )
        }) && r
            .words
            .iter()
            .any(|w| w.text == "diterima" || w.text == "masuk");
        let counts_results = matches!(head, "jumlah" | "persentase")
            && !incoming
            && r.words
                .iter()
                .any(|w| RESULT_VERBS.contains(&w.text.as_str()));
        let wrong = match pol {
            Polaritas::Turun => counts_results,
            Polaritas::Naik => time_head,
        };
        if !wrong {
            continue;
        }
        let span = cx
            .iki
            .polaritas
            .as_ref()
            .map_or(cx.iki.teks.span, |p| p.span);
        let (msg, help) = match pol {
            Polaritas::Turun => (Msg::SPolarityDown, Msg::HelpSPolarityDown),
            Polaritas::Naik => (Msg::SPolarityUp, Msg::HelpSPolarityUp),
        };
        out.push(
            cx.diag(RULE.code, span, msg)
                .arg(
                    "polaritas",
                    if pol == Polaritas::Turun {
                        "turun"
                    } else {
                        "naik"
                    },
                )
                .arg("kata_ukuran", head)
                .help(help),
        );
    }
}
