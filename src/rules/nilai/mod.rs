//! `N` rules: penilaian — the evaluation of a period (`kind: Realisasi`) checked against the
//! SKP it evaluates: the indicators and behaviours it names, its period, its appraiser, the
//! values it records, and the predikat the official matrix gives its two ratings.

pub mod n101_unknown_skp;
pub mod n102_unknown_indicator;
pub mod n103_unknown_perilaku;
pub mod n104_period_outside;
pub mod n105_value_unreadable;
pub mod n106_not_penilai;
pub mod n107_duplicate;
pub mod n108_predikat_matrix;
pub mod n109_without_evidence;
pub mod n110_penilai_below_pengawas;
pub mod n111_rating_against_capaian;
pub mod n112_leader_rating;
pub mod n113_distribution;
pub mod n114_after_deadline;
pub mod n115_before_period;
pub mod to_date;
pub mod unit;

use crate::model::realisasi::Realisasi;
use crate::model::skp::Skp;
use crate::model::vocab::{Predikat, Rating};
use crate::model::{Content, Doc};
use crate::rules::rule::RuleCx;

/// One evaluation with the SKP it names, when that SKP is in the workspace.
pub struct EvalCx<'a> {
    pub doc: &'a Doc,
    pub realisasi: &'a Realisasi,
    pub skp: Option<&'a Skp>,
}

/// Every evaluation of the workspace.
pub fn evaluations<'a>(cx: &RuleCx<'a>) -> Vec<EvalCx<'a>> {
    let ws = cx.ws;
    let cascade = cx.cascade();
    ws.docs
        .iter()
        .filter_map(|doc| match &doc.content {
            Content::Realisasi(r) => Some(EvalCx {
                doc,
                realisasi: r,
                skp: cascade
                    .skp_by_id
                    .get(&r.skp.value)
                    .and_then(|&i| ws.skp_at(i)),
            }),
            _ => None,
        })
        .collect()
}

/// The predikat of the kuadran kinerja pegawai (PermenPANRB 6/2022; domain reference §9):
/// rows are the rating of results, columns the rating of behaviour.
/// The predikat of two ratings as the workspace reads the matrix: a cell `[evaluation.matrix]`
/// names, else the Lampiran's ([`matrix`]). domain.md marks the matrix partly confirmed, so an
/// agency that reads a cell otherwise sets it once instead of exempting every N108.
pub fn predikat(
    cfg: &crate::workspace::config::EvaluationSection,
    hasil: Rating,
    perilaku: Rating,
) -> Predikat {
    cfg.matrix
        .iter()
        .find(|(cell, _)| *cell == (hasil, perilaku))
        .map_or_else(|| matrix(hasil, perilaku), |(_, p)| *p)
}

/// The matrix of PermenPANRB 6/2022's Lampiran: rating hasil kerja × rating perilaku kerja.
pub fn matrix(hasil: Rating, perilaku: Rating) -> Predikat {
    use Rating::{
        DiAtasEkspektasi as Atas, DiBawahEkspektasi as Bawah, SesuaiEkspektasi as Sesuai,
    };
    match (hasil, perilaku) {
        (Atas, Atas) => Predikat::SangatBaik,
        (Atas | Sesuai, Sesuai) | (Sesuai, Atas) => Predikat::Baik,
        (Atas | Sesuai, Bawah) => Predikat::Kurang,
        (Bawah, Bawah) => Predikat::SangatKurang,
        (Bawah, Sesuai | Atas) => Predikat::ButuhPerbaikan,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::vocab::Vocab;

    /// Every cell of the quadrant, and every other predikat rejected for it.
    #[test]
    fn the_nine_cells_of_the_quadrant() {
        use Predikat::*;
        use Rating::*;
        let cells = [
            (DiAtasEkspektasi, DiAtasEkspektasi, SangatBaik),
            (DiAtasEkspektasi, SesuaiEkspektasi, Baik),
            (DiAtasEkspektasi, DiBawahEkspektasi, Kurang),
            (SesuaiEkspektasi, DiAtasEkspektasi, Baik),
            (SesuaiEkspektasi, SesuaiEkspektasi, Baik),
            (SesuaiEkspektasi, DiBawahEkspektasi, Kurang),
            (DiBawahEkspektasi, DiAtasEkspektasi, ButuhPerbaikan),
            (DiBawahEkspektasi, SesuaiEkspektasi, ButuhPerbaikan),
            (DiBawahEkspektasi, DiBawahEkspektasi, SangatKurang),
        ];
        for (hasil, perilaku, expected) in cells {
            assert_eq!(
                matrix(hasil, perilaku),
                expected,
                "{hasil:?} × {perilaku:?}"
            );
            for (p, _, _) in Predikat::ALL {
                let accepted = matrix(hasil, perilaku) == *p;
                assert_eq!(
                    accepted,
                    *p == expected,
                    "{} for {hasil:?} × {perilaku:?}",
                    p.code()
                );
            }
        }
    }
}
