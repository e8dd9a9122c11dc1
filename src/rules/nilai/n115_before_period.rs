use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `Realisasi` yang `tanggal_penilaian`-nya jatuh sebelum periodenya dimulai: evaluasi
    /// triwulan I 2026 bertanggal 1 Desember 2025.
    ///
    /// ## Mengapa
    /// Evaluasi periodik dan akhir menilai periode yang sudah berjalan; tanggal sebelum
    /// periodenya dimulai hampir selalu salah ketik (tahun lama yang tersalin dari berkas tahun
    /// lalu), dan tanggal itulah yang tercetak di tempat tanda tangan formulir evaluasi.
    /// Tanggal di dalam periodenya sendiri tidak dilaporkan: penilaian akhir tahun lazim
    /// dilakukan pada bulan Desember, sebelum tahunnya berakhir.
    ///
    /// ## Contoh
    /// `periode: 2026-TW1` dengan `tanggal_penilaian: "2025-12-01"`: tulis tanggal evaluasinya,
    /// misalnya `"2026-04-07"`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N115 -- alasan`.
    code: "N115",
    name: "evaluation-before-period",
    level: Warning,
    summary: ("Evaluasi bertanggal sebelum periodenya dimulai", "Evaluation dated before its period begins"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for e in evaluations(cx) {
        let Some(tanggal) = &e.realisasi.tanggal_penilaian else {
            continue;
        };
        let periode = e.realisasi.periode.value;
        let start = periode.bounds().0;
        if tanggal.value >= start {
            continue;
        }
        let d = Diagnostic::new(
            RULE.code,
            e.doc.file,
            tanggal.span,
            Msg::NBeforePeriod {
                tanggal: tanggal.value.to_string(),
                periode: periode.to_string(),
                mulai: start.to_string(),
            },
        )
        .arg("tanggal", tanggal.value.to_string())
        .arg("periode", periode.to_string())
        .help(Msg::HelpNBeforePeriod)
        .subject(
            e.skp.map_or(e.realisasi.skp.value.as_str(), |s| {
                s.resolved_id.value.as_str()
            }),
            None,
        );
        out.push(d);
    }
}
