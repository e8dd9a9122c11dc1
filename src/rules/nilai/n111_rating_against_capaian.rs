use super::evaluations;
use super::to_date::line_capaian;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{Rating, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `rating_hasil_kerja: di_atas_ekspektasi` padahal capaian setiap indikator yang
    /// dievaluasi berada di bawah targetnya — atau `di_bawah_ekspektasi` padahal setiap
    /// indikator mencapai targetnya. Capaian diukur terhadap target periode itu
    /// (`target_periodik`, atau target tahunan) dan, bila indikatornya punya `perhitungan`,
    /// dengan realisasi periode-periode sebelumnya dihimpun: `kumulatif` dijumlah, `rata_rata`
    /// dirata-rata, `nilai_akhir` hanya periode itu — sama dengan kolom capaian `skp evaluate`.
    ///
    /// ## Mengapa
    /// Rating ditetapkan pejabat penilai berdasarkan realisasi dan bukti dukung; rating yang
    /// berlawanan dengan semua angkanya perlu alasan yang tertulis, agar dapat dipertanggung-
    /// jawabkan saat keberatan atau pemeriksaan.
    ///
    /// ## Contoh
    /// Tiga indikator dengan capaian 60 %, 75 % dan 80 %, `rating_hasil_kerja: di_atas_ekspektasi`.
    ///
    /// ## Pengaturan
    /// Bila penilaian memang mempertimbangkan hal di luar angka (ekspektasi khusus pimpinan,
    /// kondisi luar biasa), tulis alasannya: `# skp: abaikan N111 -- alasan`.
    code: "N111",
    name: "rating-against-capaian",
    level: Warning,
    summary: ("Rating hasil kerja berlawanan dengan semua capaian", "Result rating against every achievement"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for e in evaluations(cx) {
        let (Some(skp), Some(hasil), Some(rating)) = (
            e.skp,
            &e.realisasi.hasil_kerja,
            &e.realisasi.rating_hasil_kerja,
        ) else {
            continue;
        };
        let achieved: Vec<bool> = hasil
            .iter()
            .filter_map(|(key, v)| {
                let (_, iki) = skp.indicators().find(|(_, i)| i.id.value == key.value)?;
                let raw = v.value.realisasi.as_ref().map(|r| r.value.as_str());
                let grid = skp.grid(cx.ws.config.workspace.evaluation);
                let (c, _) =
                    line_capaian(&cx.ws.docs, skp, grid, iki, e.realisasi.periode.value, raw);
                c.map(|c| c.met())
            })
            .collect();
        if achieved.is_empty() {
            continue;
        }
        let contradicts = match rating.value {
            Rating::DiAtasEkspektasi => achieved.iter().all(|m| !m),
            Rating::DiBawahEkspektasi => achieved.iter().all(|m| *m),
            Rating::SesuaiEkspektasi => false,
        };
        if !contradicts {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.code,
                e.doc.file,
                rating.span,
                Msg::NRatingAgainstCapaian {
                    rating: rating.value.label().to_string(),
                    n: achieved.len(),
                },
            )
            .subject(&skp.resolved_id.value, None)
            .arg("rating", rating.value.code())
            .help(Msg::HelpNRatingAgainstCapaian),
        );
    }
}
