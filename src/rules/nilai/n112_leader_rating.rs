use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::model::vocab::Vocab;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Realisasi pimpinan unit yang `rating_hasil_kerja`-nya berbeda dari capaian kinerja
    /// organisasinya (`kind: CapaianOrganisasi` dengan `pimpinan` NIP-nya, periode yang sama):
    /// istimewa → di atas ekspektasi, baik → sesuai ekspektasi, butuh perbaikan, kurang dan
    /// sangat kurang → di bawah ekspektasi.
    ///
    /// ## Mengapa
    /// Menurut SE MenPANRB 3/2023, hasil kerja pimpinan organisasi adalah hasil organisasinya:
    /// rating hasil kerjanya mengikuti capaian kinerja organisasi yang ditetapkan pimpinan satu
    /// tingkat di atasnya.
    ///
    /// ## Contoh
    /// Capaian organisasi `baik`, rating hasil kerja Kepala Dinas `di_atas_ekspektasi`.
    ///
    /// ## Pengaturan
    /// Pemetaan lima predikat organisasi ke tiga rating hanya sebagian terkonfirmasi (lihat
    /// referensi domain); bila instansi Anda memakai pemetaan lain, tuliskan di `skp.toml`,
    /// misalnya:
    ///
    /// ```toml
    /// [evaluation.organisation_rating]
    /// butuh_perbaikan = "sesuai_ekspektasi"
    /// ```
    ///
    /// Predikat yang tidak disebut memakai bawaan. Untuk satu pengecualian, tulis
    /// `# skp: abaikan N112 -- alasan` di tempat.
    code: "N112",
    name: "leader-rating-organisation",
    level: Warning,
    summary: ("Rating hasil kerja pimpinan berbeda dari capaian organisasinya", "Leader's result rating differs from the organisation's result"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let capaian: Vec<_> = cx
        .ws
        .docs
        .iter()
        .filter_map(|d| match &d.content {
            Content::CapaianOrganisasi(c) => Some(c.as_ref()),
            _ => None,
        })
        .collect();
    for e in evaluations(cx) {
        let (Some(skp), Some(rating)) = (e.skp, &e.realisasi.rating_hasil_kerja) else {
            continue;
        };
        let Some(c) = capaian.iter().find(|c| {
            skp.nip() == Some(c.pimpinan.value.as_str())
                && c.periode.value == e.realisasi.periode.value
        }) else {
            continue;
        };
        let expected = cx.ws.config.evaluation.leader_rating(c.predikat.value);
        if rating.value == expected {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.code,
                e.doc.file,
                rating.span,
                Msg::NLeaderRating {
                    rating: rating.value.label().to_string(),
                    organisasi: c.predikat.value.label().to_string(),
                    diharapkan: expected.label().to_string(),
                },
            )
            .subject(&skp.resolved_id.value, None)
            .arg("rating", rating.value.code())
            .arg("capaian_organisasi", c.predikat.value.code())
            .help(Msg::HelpNLeaderRating {
                rating: expected.code().to_string(),
            }),
        );
    }
}
