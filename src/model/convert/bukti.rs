//! Conversion of `kind: BuktiDukung` (the ledger).

use super::{Cx, with_header};
use crate::base::codes;
use crate::i18n::Msg;
use crate::model::bukti::*;
use crate::yaml::Node;

pub(super) fn ledger(cx: &mut Cx<'_>, root: &Node) -> Option<BuktiDukung> {
    let allowed = with_header(["skp", "bukti"]);
    let f = cx.fields(root, "BuktiDukung", &allowed)?;
    let skp = cx
        .req(&f, "skp", "BuktiDukung")
        .and_then(|n| cx.id(n, "skp"));
    let bukti = cx
        .req(&f, "bukti", "BuktiDukung")
        .and_then(|n| cx.list(n, "bukti", entry));
    Some(BuktiDukung {
        skp: skp?,
        bukti: bukti?,
    })
}

const ENTRY_FIELDS: &[&str] = &[
    "sha256",
    "berkas",
    "url",
    "ukuran",
    "untuk",
    "periode",
    "jenis",
    "tanggal",
    "ditambahkan",
    "keterangan",
    "bersama",
    "abaikan",
];

fn entry(cx: &mut Cx<'_>, node: &Node) -> Option<Bukti> {
    const P: &str = "bukti";
    let f = cx.fields(node, P, ENTRY_FIELDS)?;
    let sha256 = cx.opt_text(&f, "sha256");
    if let Some(h) = &sha256 {
        bad_sha256(cx, h);
    }
    let berkas = cx.opt_text(&f, "berkas");
    let url = cx.opt_text(&f, "url");
    if let Some(u) = &url
        && !crate::model::bukti::is_web_url(&u.value)
    {
        cx.diag(
            codes::INVALID_VALUE,
            u.span,
            Msg::EvBadUrl {
                url: u.value.clone(),
            },
        )
        .with("kolom", "url");
    }
    if berkas.is_none() && url.is_none() {
        cx.diag(
            codes::MISSING_FIELD,
            super::first_line(node.span),
            Msg::MissingField {
                field: "berkas".into(),
                parent: P.into(),
            },
        )
        .with("kolom", "berkas")
        .with("induk", P);
    }
    let ukuran = f.get("ukuran").and_then(|n| cx.int(n, "ukuran"));
    let untuk = cx
        .req(&f, "untuk", P)
        .and_then(|n| cx.one_or_list(n, "untuk", |cx, n| cx.text(n, "untuk")));
    let periode = cx
        .req(&f, "periode", P)
        .and_then(|n| cx.period(n, "periode"));
    let jenis = cx.req_text(&f, "jenis", P);
    let tanggal = f.get("tanggal").and_then(|n| cx.date(n, "tanggal"));
    let ditambahkan = cx.opt_text(&f, "ditambahkan");
    let keterangan = cx.opt_text(&f, "keterangan");
    let bersama = f.get("bersama").and_then(|n| cx.boolean(n, "bersama"));
    let abaikan = f
        .get("abaikan")
        .and_then(|n| cx.list(n, "abaikan", abaikan));
    Some(Bukti {
        sha256,
        berkas,
        url,
        ukuran,
        untuk: untuk?,
        periode: periode?,
        jenis: jenis?,
        tanggal,
        ditambahkan,
        keterangan,
        bersama,
        abaikan,
        span: node.span,
    })
}

/// F-error on a `sha256` that is not 64 hexadecimal digits.
fn bad_sha256(cx: &mut Cx<'_>, h: &crate::model::Sp<String>) {
    if h.value.len() != 64 || !h.value.bytes().all(|b| b.is_ascii_hexdigit()) {
        cx.diag(
            codes::INVALID_VALUE,
            h.span,
            Msg::BadSha256 {
                value: h.value.clone(),
            },
        )
        .with("kolom", "sha256");
    }
}

fn abaikan(cx: &mut Cx<'_>, node: &Node) -> Option<Abaikan> {
    let f = cx.fields(node, "abaikan", &["kode", "alasan", "sha256"])?;
    let kode = cx.req_text(&f, "kode", "abaikan");
    let alasan = cx.req_text(&f, "alasan", "abaikan");
    let sha256 = cx.opt_text(&f, "sha256");
    if let Some(h) = &sha256 {
        bad_sha256(cx, h);
    }
    Some(Abaikan {
        kode: kode?,
        alasan: alasan?,
        sha256,
    })
}
