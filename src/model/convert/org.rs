//! Conversion of `kind: Renstra` and `kind: PerjanjianKinerja`.

use super::skp::{check_unit_agreement, pejabat, reference, target};
use super::{Cx, Fields, with_header};
use crate::base::codes;
use crate::model::Sp;
use crate::model::org::*;
use crate::model::skp::Target;
use crate::model::vocab::Polaritas;
use crate::yaml::Node;

pub(super) fn renstra(cx: &mut Cx<'_>, root: &Node) -> Option<Renstra> {
    let allowed = with_header(["id", "tahun_mulai", "tahun_selesai", "unit", "tujuan"]);
    let f = cx.fields(root, "Renstra", &allowed)?;
    let id = cx.req(&f, "id", "Renstra").and_then(|n| cx.id(n, "id"));
    let mulai = cx
        .req(&f, "tahun_mulai", "Renstra")
        .and_then(|n| cx.year(n, "tahun_mulai"));
    let selesai = cx
        .req(&f, "tahun_selesai", "Renstra")
        .and_then(|n| cx.year(n, "tahun_selesai"));
    if let (Some(a), Some(b)) = (&mulai, &selesai)
        && b.value < a.value
    {
        cx.diag(
            codes::INVALID_VALUE,
            b.span,
            crate::i18n::Msg::YearsReversed {
                mulai: a.value,
                selesai: b.value,
            },
        )
        .with("kolom", "tahun_selesai");
    }
    let unit = cx.req_text(&f, "unit", "Renstra");
    let tujuan = cx
        .req(&f, "tujuan", "Renstra")
        .and_then(|n| cx.list(n, "tujuan", tujuan));
    Some(Renstra {
        id: id?,
        tahun_mulai: mulai?,
        tahun_selesai: selesai?,
        unit: unit?,
        tujuan: tujuan?,
    })
}

/// The fields shared by every Renstra level: id, optional kode, uraian, indikator.
struct Common {
    id: Option<Sp<String>>,
    kode: Option<Sp<String>>,
    uraian: Option<Sp<String>>,
    indikator: Option<Sp<Vec<IndikatorRenstra>>>,
}

fn common(cx: &mut Cx<'_>, f: &Fields<'_>, level: &str) -> Common {
    Common {
        id: cx.req(f, "id", level).and_then(|n| cx.id(n, "id")),
        kode: cx.opt_text(f, "kode"),
        uraian: cx.req_text(f, "uraian", level),
        indikator: f
            .get("indikator")
            .and_then(|n| cx.list(n, "indikator", indikator_renstra)),
    }
}

fn tujuan(cx: &mut Cx<'_>, node: &Node) -> Option<Tujuan> {
    let f = cx.fields(node, "tujuan", &["id", "uraian", "indikator", "sasaran"])?;
    let c = common(cx, &f, "tujuan");
    let sasaran = f
        .get("sasaran")
        .and_then(|n| cx.list(n, "sasaran", sasaran));
    Some(Tujuan {
        id: c.id?,
        uraian: c.uraian?,
        indikator: c.indikator,
        sasaran,
    })
}

fn sasaran(cx: &mut Cx<'_>, node: &Node) -> Option<SasaranRenstra> {
    let f = cx.fields(node, "sasaran", &["id", "uraian", "indikator", "program"])?;
    let c = common(cx, &f, "sasaran");
    let program = f
        .get("program")
        .and_then(|n| cx.list(n, "program", program));
    Some(SasaranRenstra {
        id: c.id?,
        uraian: c.uraian?,
        indikator: c.indikator,
        program,
    })
}

fn program(cx: &mut Cx<'_>, node: &Node) -> Option<Program> {
    let f = cx.fields(
        node,
        "program",
        &["id", "kode", "uraian", "indikator", "kegiatan"],
    )?;
    let c = common(cx, &f, "program");
    let kegiatan = f
        .get("kegiatan")
        .and_then(|n| cx.list(n, "kegiatan", kegiatan));
    Some(Program {
        id: c.id?,
        kode: c.kode,
        uraian: c.uraian?,
        indikator: c.indikator,
        kegiatan,
    })
}

fn kegiatan(cx: &mut Cx<'_>, node: &Node) -> Option<Kegiatan> {
    let f = cx.fields(
        node,
        "kegiatan",
        &["id", "kode", "uraian", "indikator", "sub_kegiatan"],
    )?;
    let c = common(cx, &f, "kegiatan");
    let sub = f
        .get("sub_kegiatan")
        .and_then(|n| cx.list(n, "sub_kegiatan", sub_kegiatan));
    Some(Kegiatan {
        id: c.id?,
        kode: c.kode,
        uraian: c.uraian?,
        indikator: c.indikator,
        sub_kegiatan: sub,
    })
}

fn sub_kegiatan(cx: &mut Cx<'_>, node: &Node) -> Option<SubKegiatan> {
    let f = cx.fields(node, "sub_kegiatan", &["id", "kode", "uraian", "indikator"])?;
    let c = common(cx, &f, "sub_kegiatan");
    Some(SubKegiatan {
        id: c.id?,
        kode: c.kode,
        uraian: c.uraian?,
        indikator: c.indikator,
    })
}

/// The keys of a PK or Renstra indicator, and its manual fields.
fn org_indicator<'n>(
    cx: &mut Cx<'_>,
    node: &'n Node,
) -> Option<(Fields<'n>, Option<Box<crate::model::manual::Manual>>)> {
    let allowed: Vec<&str> = ["id", "uraian", "satuan", "target", "polaritas"]
        .iter()
        .chain(crate::model::manual::FIELDS)
        .copied()
        .collect();
    let f = cx.fields(node, "indikator", &allowed)?;
    let manual = super::manual::manual(cx, &f);
    Some((f, manual))
}

fn indikator_renstra(cx: &mut Cx<'_>, node: &Node) -> Option<IndikatorRenstra> {
    let (f, manual) = org_indicator(cx, node)?;
    let id = cx.req(&f, "id", "indikator").and_then(|n| cx.id(n, "id"));
    let uraian = cx.req_text(&f, "uraian", "indikator");
    let satuan = cx.opt_text(&f, "satuan");
    let polaritas = cx.opt_vocab::<Polaritas>(&f, "polaritas");
    let target = f.get("target").and_then(|n| yearly_targets(cx, n));
    if let (Some(list), Some(s)) = (&target, &satuan) {
        for (_, t) in list.iter() {
            check_unit_agreement(cx, t, s);
        }
    }
    Some(IndikatorRenstra {
        id: id?,
        uraian: uraian?,
        satuan,
        target,
        polaritas,
        manual,
    })
}

type Yearly = crate::model::Keyed<i32, Target>;

fn yearly_targets(cx: &mut Cx<'_>, node: &Node) -> Option<Yearly> {
    let mut out = Vec::new();
    for (year, v) in cx.keyed_by(node, "target", |cx, k| cx.year(k, "target"))? {
        if let Some(t) = target(cx, v, false) {
            out.push((year, t));
        }
    }
    Some(Sp::new(out, node.span))
}

pub(super) fn perjanjian(cx: &mut Cx<'_>, root: &Node) -> Option<PerjanjianKinerja> {
    const P: &str = "PerjanjianKinerja";
    let allowed = with_header([
        "id",
        "tahun",
        "revisi",
        "menggantikan",
        "pihak_pertama",
        "pihak_kedua",
        "sasaran",
    ]);
    let f = cx.fields(root, P, &allowed)?;
    let id = cx.req(&f, "id", P).and_then(|n| cx.id(n, "id"));
    let tahun = cx.req(&f, "tahun", P).and_then(|n| cx.year(n, "tahun"));
    cx.plan_year = tahun.as_ref().map(|t| t.value);
    let revisi = f.get("revisi").and_then(|n| cx.int(n, "revisi"));
    let menggantikan = f.get("menggantikan").and_then(|n| cx.id(n, "menggantikan"));
    let pihak_pertama = cx
        .req(&f, "pihak_pertama", P)
        .and_then(|n| pejabat(cx, n, "pihak_pertama"));
    let pihak_kedua = cx
        .req(&f, "pihak_kedua", P)
        .and_then(|n| pejabat(cx, n, "pihak_kedua"));
    let sasaran = cx
        .req(&f, "sasaran", P)
        .and_then(|n| cx.list(n, "sasaran", sasaran_pk));
    Some(PerjanjianKinerja {
        id: id?,
        tahun: tahun?,
        revisi,
        menggantikan,
        pihak_pertama: pihak_pertama?,
        pihak_kedua: pihak_kedua?,
        sasaran: sasaran?,
    })
}

fn sasaran_pk(cx: &mut Cx<'_>, node: &Node) -> Option<SasaranPk> {
    let f = cx.fields(node, "sasaran", &["id", "uraian", "acuan", "indikator"])?;
    let id = cx.req(&f, "id", "sasaran").and_then(|n| cx.id(n, "id"));
    let uraian = cx.req_text(&f, "uraian", "sasaran");
    let acuan = f
        .get("acuan")
        .and_then(|n| cx.one_or_list(n, "acuan", |cx, n| reference(cx, n, "acuan")));
    let indikator = cx
        .req(&f, "indikator", "sasaran")
        .and_then(|n| cx.list(n, "indikator", indikator_pk));
    Some(SasaranPk {
        id: id?,
        uraian: uraian?,
        acuan,
        indikator: indikator?,
        span: node.span,
    })
}

fn indikator_pk(cx: &mut Cx<'_>, node: &Node) -> Option<IndikatorPk> {
    let (f, manual) = org_indicator(cx, node)?;
    let id = cx.req(&f, "id", "indikator").and_then(|n| cx.id(n, "id"));
    let uraian = cx.req_text(&f, "uraian", "indikator");
    let satuan = cx.opt_text(&f, "satuan");
    let polaritas = cx.opt_vocab::<Polaritas>(&f, "polaritas");
    let target = f.get("target").and_then(|n| target(cx, n, false));
    if let (Some(t), Some(s)) = (&target, &satuan) {
        check_unit_agreement(cx, t, s);
    }
    Some(IndikatorPk {
        id: id?,
        uraian: uraian?,
        satuan,
        target,
        polaritas,
        manual,
    })
}
