use super::{evaluations, predikat};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::Vocab;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `predikat` yang tertulis pada `Realisasi` dan bertentangan dengan kuadran kinerja untuk
    /// kedua rating-nya:
    ///
    /// | rating hasil kerja ↓ / rating perilaku → | di bawah ekspektasi | sesuai ekspektasi | di atas ekspektasi |
    /// |---|---|---|---|
    /// | di atas ekspektasi | Kurang/Misconduct | Baik | Sangat Baik |
    /// | sesuai ekspektasi | Kurang/Misconduct | Baik | Baik |
    /// | di bawah ekspektasi | Sangat Kurang | Butuh Perbaikan | Butuh Perbaikan |
    ///
    /// ## Mengapa
    /// Predikat kinerja pegawai ditetapkan dari kuadran rating hasil kerja dan rating perilaku
    /// kerja (PermenPANRB 6/2022), bukan diketik bebas; predikat yang berbeda dari kuadrannya
    /// mengubah angka kredit dan sebaran predikat unit.
    ///
    /// ## Contoh
    /// `rating_hasil_kerja: sesuai_ekspektasi`, `rating_perilaku_kerja: di_atas_ekspektasi`,
    /// `predikat: sangat_baik`: kuadrannya memberi **Baik**.
    ///
    /// ## Pengaturan
    /// Tabel di atas mengikuti gambar kuadran Lampiran PermenPANRB 6/2022 sebagaimana dibaca
    /// referensi domain proyek ini. Abaikan di tempat: `# skp: abaikan N108 -- alasan`.
    code: "N108",
    name: "predikat-contradicts-matrix",
    level: Error,
    summary: ("Predikat bertentangan dengan kuadran kinerja", "Predikat contradicts the performance quadrant"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for e in evaluations(cx) {
        let r = e.realisasi;
        let (Some(written), Some(hasil), Some(perilaku)) =
            (&r.predikat, &r.rating_hasil_kerja, &r.rating_perilaku_kerja)
        else {
            continue;
        };
        let expected = predikat(&cx.ws.config.evaluation, hasil.value, perilaku.value);
        if written.value == expected {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.code,
                e.doc.file,
                written.span,
                Msg::NPredikatMatrix {
                    predikat: written.value.label().to_string(),
                    hasil: hasil.value.label().to_string(),
                    perilaku: perilaku.value.label().to_string(),
                    kuadran: expected.label().to_string(),
                },
            )
            .subject(&r.skp.value, None)
            .arg("predikat", written.value.code())
            .arg("kuadran", expected.code())
            .help(Msg::HelpNPredikatMatrix {
                kuadran: expected.code().to_string(),
            }),
        );
    }
}
