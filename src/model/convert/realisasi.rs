//! Conversion of `kind: Realisasi`.

use super::{Cx, with_header};
use crate::model::Sp;
use crate::model::realisasi::*;
use crate::model::vocab::{Predikat, PredikatOrganisasi, Rating};
use crate::yaml::Node;

pub(super) fn realisasi(cx: &mut Cx<'_>, root: &Node) -> Option<Realisasi> {
    const P: &str = "Realisasi";
    let allowed = with_header([
        "skp",
        "periode",
        "dinilai_oleh",
        "tanggal_penilaian",
        "hasil_kerja",
        "perilaku_kerja",
        "rating_hasil_kerja",
        "rating_perilaku_kerja",
        "predikat",
        "capaian_organisasi",
        "catatan_rekomendasi",
    ]);
    let f = cx.fields(root, P, &allowed)?;
    let skp = cx.req(&f, "skp", P).and_then(|n| cx.id(n, "skp"));
    let periode = cx
        .req(&f, "periode", P)
        .and_then(|n| cx.period(n, "periode"));
    let dinilai_oleh = f
        .get("dinilai_oleh")
        .and_then(|n| cx.nip(n, "dinilai_oleh"));
    let tanggal_penilaian = f
        .get("tanggal_penilaian")
        .and_then(|n| cx.date(n, "tanggal_penilaian"));
    let hasil_kerja = f.get("hasil_kerja").and_then(|n| {
        keyed(cx, n, "hasil_kerja", |cx, v| {
            let g = cx.fields(v, "hasil_kerja", &["realisasi", "umpan_balik"])?;
            let realisasi = cx.opt_text(&g, "realisasi");
            // `4.500` or `3.5 modul`: read as the target grammar reads it, and said as F016
            // says it of a target, since the capaian rests on it.
            if let (Some(r), Some(node)) = (&realisasi, g.get("realisasi"))
                && let crate::yaml::NodeKind::Scalar { style, .. } = &node.kind
            {
                let kind = super::skp::scalar_kind(&r.value, *style);
                if let Ok((_, notes)) = crate::model::target::parse_target(&r.value, kind) {
                    super::skp::report_notes(cx, node.span, &r.value, &notes, "realisasi");
                }
            }
            Some(Sp::new(
                RealisasiIndikator {
                    realisasi,
                    umpan_balik: cx.opt_text(&g, "umpan_balik"),
                },
                v.span,
            ))
        })
    });
    let perilaku_kerja = f.get("perilaku_kerja").and_then(|n| {
        keyed(cx, n, "perilaku_kerja", |cx, v| {
            let g = cx.fields(v, "perilaku_kerja", &["umpan_balik"])?;
            Some(Sp::new(
                UmpanBalik {
                    umpan_balik: cx.opt_text(&g, "umpan_balik"),
                },
                v.span,
            ))
        })
    });
    let rating_hasil_kerja = cx.opt_vocab::<Rating>(&f, "rating_hasil_kerja");
    let rating_perilaku_kerja = cx.opt_vocab::<Rating>(&f, "rating_perilaku_kerja");
    let predikat = cx.opt_vocab::<Predikat>(&f, "predikat");
    let capaian_organisasi = cx.opt_vocab::<PredikatOrganisasi>(&f, "capaian_organisasi");
    let catatan_rekomendasi = cx.opt_text(&f, "catatan_rekomendasi");
    Some(Realisasi {
        skp: skp?,
        periode: periode?,
        dinilai_oleh,
        tanggal_penilaian,
        hasil_kerja,
        perilaku_kerja,
        rating_hasil_kerja,
        rating_perilaku_kerja,
        predikat,
        capaian_organisasi,
        catatan_rekomendasi,
    })
}

type Keyed<T> = crate::model::Keyed<String, T>;

/// A mapping from ids to values (`IKI-1.1: { realisasi: … }`).
fn keyed<T>(
    cx: &mut Cx<'_>,
    node: &Node,
    field: &str,
    mut value: impl FnMut(&mut Cx<'_>, &Node) -> Option<Sp<T>>,
) -> Option<Keyed<T>> {
    let mut out = Vec::new();
    for (key, v) in cx.keyed_by(node, field, |cx, k| cx.id(k, field))? {
        if let Some(v) = value(cx, v) {
            out.push((key, v));
        }
    }
    Some(Sp::new(out, node.span))
}

pub(super) fn capaian_organisasi(cx: &mut Cx<'_>, root: &Node) -> Option<CapaianOrganisasi> {
    const P: &str = "CapaianOrganisasi";
    let allowed = with_header([
        "id",
        "unit",
        "pimpinan",
        "tahun",
        "periode",
        "predikat",
        "ditetapkan_oleh",
        "tanggal",
    ]);
    let f = cx.fields(root, P, &allowed)?;
    let id = cx.req(&f, "id", P).and_then(|n| cx.id(n, "id"));
    let unit = cx.req_text(&f, "unit", P);
    let pimpinan = cx
        .req(&f, "pimpinan", P)
        .and_then(|n| cx.nip(n, "pimpinan"));
    let tahun = cx.req(&f, "tahun", P).and_then(|n| cx.year(n, "tahun"));
    let periode = cx
        .req(&f, "periode", P)
        .and_then(|n| cx.period(n, "periode"));
    let predikat = cx
        .req(&f, "predikat", P)
        .and_then(|n| cx.vocab::<PredikatOrganisasi>(n, "predikat"));
    let ditetapkan_oleh = f
        .get("ditetapkan_oleh")
        .and_then(|n| super::skp::pejabat(cx, n, "ditetapkan_oleh"));
    let tanggal = f.get("tanggal").and_then(|n| cx.date(n, "tanggal"));
    Some(CapaianOrganisasi {
        id: id?,
        unit: unit?,
        pimpinan: pimpinan?,
        tahun: tahun?,
        periode: periode?,
        predikat: predikat?,
        ditetapkan_oleh,
        tanggal,
    })
}
