use super::lexicon::{accepted, is_normative, standard_measure};
use super::s110_activity_count::{Counted, counted};
use super::{measures, read, sub_span};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator yang tidak diawali kata ukuran: Jumlah, Persentase, Indeks, Tingkat, Nilai,
    /// Rasio, Perbandingan, Rata-rata, Waktu, Ketepatan waktu, Lama, Skor, Capaian, Angka,
    /// Proporsi, dan sejenisnya, juga "Hasil" di depan salah satunya ("Hasil Indeks Kepuasan
    /// Masyarakat"). Kata ukuran dikenali tanpa memandang huruf besar, tanda baca, penomoran
    /// (`1.a.1.`), bentuk `-nya`, reduplikasi (`rata-rata`, `rata2`, `rerata`), dan salah ketik
    /// satu huruf pada kata enam huruf atau lebih (`Presentase`), kata ukuran yang kehilangan
    /// spasi sesudahnya (`PersentaseKPU`) — salah ketik hanya dibaca terhadap daftar kata
    /// ukuran, sehingga `nila` (ikan) tidak pernah dibaca `nilai`.
    ///
    /// Indikator yang berupa kondisi normatif dilaporkan oleh S101, bukan aturan ini.
    /// Bantuannya menyarankan "Persentase …" di depan teks, kecuali bila saran itu akan
    /// ditandai S110: di depan catatan sebuah kegiatan ("Laporan pembinaan teknis …") atau di
    /// depan kegiatan itu sendiri ("Sosialisasi peraturan daerah"), bantuannya menunjuk ukuran
    /// hasil pekerjaan itu.
    ///
    /// ## Mengapa
    /// "Terukur: pernyataan menunjukkan satuan ukurnya" (SMART-C, buku pedoman indikator kinerja Kemenkeu). Contoh resmi
    /// (Anak Lampiran 4 PermenPANRB 6/2022) dan SKP yang baik memakai pola "Persentase …",
    /// "Jumlah dokumen …", "Ketepatan waktu …".
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Laporan hasil survei kepuasan masyarakat per periode
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Jumlah laporan survei kepuasan masyarakat yang diterbitkan
    /// ```
    ///
    /// ## Pengaturan
    /// Kata ukuran khas jabatan (misalnya `Ketuntasan` untuk guru) dapat ditambahkan di
    /// `[vocab] accept`. Abaikan di tempat: `# skp: abaikan S102 -- alasan`. Mati pada
    /// `pendekatan: kualitatif`.
    code: "S102",
    name: "no-measure",
    level: Warning,
    summary: ("Indikator tidak diawali kata ukuran", "Indicator has no measurable head noun"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in measures(ws) {
        let teks = &cx.teks;
        if cx.kualitatif() || teks.value.is_empty() || accepted(&teks.value, accept) {
            continue;
        }
        let r = read(&teks.value, accept);
        let Some(first) = r.words.first() else {
            continue;
        };
        // A standard index or rate named by acronym or name (IPM, AKI, PDRB, Opini BPK) is a
        // measure whatever its first word.
        if r.head.is_some()
            || is_normative(&first.text, &ws.config.vocab)
            || standard_measure(&r.words).is_some()
            // "Bed Occupancy Rate (BOR)", "Cost Recovery Rate": an English measure noun.
            || r.words.iter().take(4).any(|w| {
                matches!(w.text.as_str(), "rate" | "ratio" | "index" | "score")
            })
        {
            continue;
        }
        // "Tanggal penyampaian laporan" with a deadline as its target measures a date.
        let deadline = cx
            .target
            .is_some_and(|t| matches!(t.value, crate::model::skp::Target::Tenggat { .. }));
        if deadline && matches!(first.text.as_str(), "tanggal" | "tenggat" | "batas") {
            continue;
        }
        // "Hasil penilaian/survei/evaluasi …" names a measured score, as "Hasil Indeks Kepuasan
        // Masyarakat" names a measure.
        if first.text == "hasil"
            && r.words.get(1).is_some_and(|w| {
                matches!(
                    w.text.as_str(),
                    "penilaian" | "survei" | "survey" | "evaluasi" | "pengukuran"
                ) || super::lexicon::head_noun(&w.text, accept).is_some()
            })
        {
            continue;
        }
        let span = sub_span(ws, cx.doc, teks, (first.start, first.end));
        // The help suggests "Persentase …" before the text, unless S110 would flag that in
        // turn: before a record of an activity ("Laporan pembinaan teknis …") it would count
        // the records, before an activity ("Sosialisasi peraturan daerah") the activity. The
        // measure then belongs to what the work achieved.
        let lower = teks.value.trim_end_matches('.').to_lowercase();
        let help =
            match counted(&r).or_else(|| counted(&read(&format!("persentase {lower}"), accept))) {
                Some((Counted::Record, _)) => Msg::HelpSNoMeasureRecord,
                Some((Counted::Activity | Counted::Work, _)) => Msg::HelpSNoMeasureActivity,
                None => Msg::HelpSNoMeasure { teks: lower },
            };
        out.push(
            cx.diag(
                RULE.code,
                span,
                Msg::SNoMeasure {
                    awal: teks.value[first.start..first.end].to_string(),
                },
            )
            .arg("kata", first.text.as_str())
            .help(help),
        );
    }
}
