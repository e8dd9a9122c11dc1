use super::content::{skps_by_id, unrelated};
use super::entries;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas bukti (PDF ber-teks, DOCX, XLSX, PPTX, ODT, ODS) yang teksnya tidak memuat satu
    /// pun pokok dari yang dibuktikannya: kata pokok indikator, RHK-nya, dan `bukti_rencana`-nya
    /// dibandingkan dengan kata-kata dokumen setelah keduanya dipotong ke akar kata ("pegawai",
    /// "kepegawaian"), dengan kelompok padanan yang sama dengan S119 ("aparatur" dan "pegawai",
    /// "aplikasi" dan "sistem informasi"). Kata ukuran dan kata kop surat ("dinas", "nomor",
    /// "laporan") tidak dihitung. Dokumen yang terlalu sedikit teksnya untuk dinilai (pindaian
    /// tanpa lapisan teks, foto, memo satu baris: kurang dari 40 akar kata) tidak pernah
    /// ditandai. Teks dibaca sekali untuk setiap isi berkas dan disimpan di `.skp/cache`.
    ///
    /// ## Mengapa
    /// Bukti yang tidak relevan dengan indikatornya adalah keluhan yang paling sering tentang
    /// penilaian kinerja: berkas tercatat rapi, hash-nya cocok, tetapi isinya tentang hal lain
    /// (salah lampir, daftar hadir umum, surat untuk kegiatan lain). Pejabat penilai dan
    /// auditor membaca isinya; aturan ini menunjukkan berkas yang patut dibuka lebih dulu.
    ///
    /// ## Contoh
    /// Indikator "Persentase layanan aplikasi yang diselesaikan sesuai SLA", berkas berisi
    /// notulen rapat pembagian tugas piket kebersihan kantor.
    ///
    /// ## Pengaturan
    /// Info: petunjuk untuk dibaca, bukan gerbang CI; presisinya diukur pada sampel berlabel
    /// (`tests/data/evidence-relevance`, lihat docs/evidence-relevance.md). Bila bukti relevan
    /// dengan istilah lain, tambahkan istilah itu ke `bukti_rencana` indikatornya; bila sah,
    /// `skp evidence abaikan ID --kode B114 --alasan …`.
    code: "B114",
    name: "evidence-text-unrelated",
    level: Info,
    summary: ("Teks bukti tidak memuat pokok indikatornya", "Evidence text shares nothing with its indicator"),
    needs: [Documents],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let skps = skps_by_id(cx.ws);
    for e in entries(cx) {
        if !unrelated(cx.ws, &skps, e.checked) || e.suppressed(RULE.code) {
            continue;
        }
        let untuk = e
            .bukti
            .untuk
            .iter()
            .map(|u| u.value.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let mut d = e
            .diag(
                RULE.code,
                Msg::BUnrelatedText {
                    berkas: e.berkas(),
                    untuk: untuk.clone(),
                },
            )
            .arg("untuk", untuk)
            .help(Msg::HelpBUnrelatedText);
        if let Some(b) = &e.bukti.berkas {
            d.span = b.span;
        }
        out.push(d);
    }
}
