//! Conversion of `kind: Persetujuan` (the approval record).

use super::{Cx, with_header};
use crate::model::approval::*;
use crate::model::vocab::{Perhitungan, Polaritas};
use crate::yaml::Node;

pub(super) fn record(cx: &mut Cx<'_>, root: &Node) -> Option<Persetujuan> {
    const P: &str = "Persetujuan";
    let allowed = with_header(["skp", "persetujuan"]);
    let f = cx.fields(root, P, &allowed)?;
    let skp = cx.req(&f, "skp", P).and_then(|n| cx.id(n, "skp"));
    let persetujuan = cx
        .req(&f, "persetujuan", P)
        .and_then(|n| cx.list(n, "persetujuan", approval));
    Some(Persetujuan {
        skp: skp?,
        persetujuan: persetujuan?,
    })
}

fn approval(cx: &mut Cx<'_>, node: &Node) -> Option<Approval> {
    const P: &str = "persetujuan";
    let f = cx.fields(
        node,
        P,
        &[
            "sha256",
            "oleh",
            "tanggal",
            "catatan",
            "isi",
            "hasil_kerja",
            "sha256_lain",
            "bentuk",
            "sidik_lain",
        ],
    )?;
    let sha256 = cx.req_text(&f, "sha256", P);
    let oleh = cx.req(&f, "oleh", P).and_then(|n| cx.nip(n, "oleh"));
    let tanggal = cx.req(&f, "tanggal", P).and_then(|n| cx.date(n, "tanggal"));
    let catatan = cx.opt_text(&f, "catatan");
    let isi = f.get("isi").and_then(|n| cx.list(n, "isi", indicator));
    let hasil_kerja = f
        .get("hasil_kerja")
        .and_then(|n| cx.list(n, "hasil_kerja", result));
    let sha256_lain = cx.opt_text(&f, "sha256_lain");
    let sidik_lain = f
        .get("sidik_lain")
        .and_then(|n| text_map(cx, n, "sidik_lain"));
    // Only the forms this version writes or reads: another (a newer skp's, or a hand edit)
    // is said at the record, and the record is left out, not compared with the plan as if
    // this version could read its hash.
    let bentuk = match f.get("bentuk").and_then(|n| cx.int(n, "bentuk")) {
        None => None,
        Some(b) => match u32::try_from(b.value) {
            Ok(v) if crate::model::approval::Form::known(v) => {
                Some(crate::model::Sp::new(v, b.span))
            }
            _ => {
                cx.diag(
                    crate::base::codes::INVALID_VALUE,
                    b.span,
                    crate::i18n::Msg::ApprovalFormUnknown {
                        bentuk: b.value.to_string(),
                    },
                )
                .help = Some(crate::i18n::Msg::HelpApprovalFormUnknown);
                return None;
            }
        },
    };
    Some(Approval {
        sha256: sha256?,
        oleh: oleh?,
        tanggal: tanggal?,
        catatan,
        isi,
        hasil_kerja,
        sha256_lain,
        bentuk,
        sidik_lain,
    })
}

fn result(cx: &mut Cx<'_>, node: &Node) -> Option<ApprovedResult> {
    const P: &str = "hasil_kerja";
    let f = cx.fields(node, P, &["id", "rhk"])?;
    let id = cx.req_text(&f, "id", P);
    let rhk = cx.req_text(&f, "rhk", P);
    Some(ApprovedResult { id: id?, rhk: rhk? })
}

fn indicator(cx: &mut Cx<'_>, node: &Node) -> Option<ApprovedIndicator> {
    const P: &str = "isi";
    let f = cx.fields(
        node,
        P,
        &[
            "id",
            "rhk",
            "teks",
            "target",
            "satuan",
            "polaritas",
            "perhitungan",
            "target_periodik",
        ],
    )?;
    let id = cx.req_text(&f, "id", P);
    let rhk = cx.req_text(&f, "rhk", P);
    let teks = cx.req_text(&f, "teks", P);
    let target = cx.req_text(&f, "target", P);
    let satuan = cx.opt_text(&f, "satuan");
    let polaritas = cx.opt_vocab::<Polaritas>(&f, "polaritas");
    let perhitungan = cx.opt_vocab::<Perhitungan>(&f, "perhitungan");
    let target_periodik = f
        .get("target_periodik")
        .and_then(|n| text_map(cx, n, "target_periodik"));
    Some(ApprovedIndicator {
        id: id?,
        rhk: rhk?,
        teks: teks?,
        target: target?,
        satuan,
        polaritas,
        perhitungan,
        target_periodik,
    })
}

/// A mapping of text to text, compared as written: the periodic targets as approved (period
/// and target), the fingerprints of the other content's parts.
fn text_map(
    cx: &mut Cx<'_>,
    node: &Node,
    field: &str,
) -> Option<crate::model::Keyed<String, String>> {
    let mut out = Vec::new();
    for (k, v) in cx.keyed_by(node, field, |cx, k| cx.text(k, field))? {
        if let Some(t) = cx.text(v, field) {
            out.push((k, t));
        }
    }
    Some(crate::model::Sp::new(out, node.span))
}
