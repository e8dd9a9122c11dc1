use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `Realisasi` yang `tanggal_penilaian`-nya lebih dari `[evaluation] deadline_days` hari
    /// sesudah akhir periodenya. Tanpa `deadline_days` aturan ini diam: batas waktunya
    /// ditetapkan instansi (di e-Kinerja BKN, "Batas Pengisian" setiap periode).
    ///
    /// ## Mengapa
    /// Evaluasi dan umpan balik berkelanjutan gunanya memperbaiki kinerja periode berikutnya;
    /// evaluasi triwulan I yang baru dicatat bulan Agustus tidak lagi berkelanjutan, dan
    /// biasanya berarti evaluasi dibuat sekaligus menjelang akhir tahun.
    ///
    /// ## Contoh
    /// Dengan `deadline_days = 5`: `periode: 2026-TW1` dan `tanggal_penilaian: "2026-04-07"`
    /// (tujuh hari sesudah 31 Maret).
    ///
    /// ## Pengaturan
    /// `[evaluation] deadline_days = 10` di `skp.toml`. Hanya info. Abaikan di tempat:
    /// `# skp: abaikan N114 -- alasan`.
    code: "N114",
    name: "evaluation-after-deadline",
    level: Info,
    summary: ("Evaluasi dicatat sesudah batas waktunya", "Evaluation recorded after its deadline"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let Some(days) = cx.ws.config.evaluation.deadline_days else {
        return;
    };
    for e in evaluations(cx) {
        let Some(tanggal) = &e.realisasi.tanggal_penilaian else {
            continue;
        };
        let periode = e.realisasi.periode.value;
        let deadline = periode.bounds().1.add_days(i64::from(days));
        if tanggal.value <= deadline {
            continue;
        }
        let mut d = Diagnostic::new(
            RULE.code,
            e.doc.file,
            tanggal.span,
            Msg::NAfterDeadline {
                tanggal: tanggal.value.to_string(),
                periode: periode.to_string(),
                batas: deadline.to_string(),
            },
        )
        .arg("tanggal", tanggal.value.to_string())
        .arg("batas", deadline.to_string())
        .arg("periode", periode.to_string())
        .help(Msg::HelpNAfterDeadline);
        if let Some(skp) = e.skp {
            d = d.subject(&skp.resolved_id.value, None);
        } else {
            d = d.subject(&e.realisasi.skp.value, None);
        }
        out.push(d);
    }
}
