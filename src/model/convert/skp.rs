//! Conversion of `kind: Skp`.

use super::{Cx, Expected, Fields, first_line, with_header};
use crate::base::codes;
use crate::diag::Span;
use crate::i18n::Msg;
use crate::model::Sp;
use crate::model::skp::*;
use crate::model::target::{
    Quantity, ScalarKind, TargetError, TargetNote, TargetValue, parse_number, parse_target,
};
use crate::model::vocab::*;
use crate::yaml::{Node, NodeKind, Style};

const SKP_FIELDS: [&str; 15] = [
    "id",
    "melanjutkan",
    "tahun",
    "periode_penilaian",
    "evaluasi",
    "pendekatan",
    "format",
    "status",
    "pegawai",
    "pejabat_penilai",
    "atasan_pejabat_penilai",
    "atasan_kinerja",
    "hasil_kerja",
    "perilaku_kerja",
    "lampiran",
];

pub(super) fn skp(cx: &mut Cx<'_>, root: &Node) -> Option<Skp> {
    let allowed = with_header(SKP_FIELDS);
    let f = cx.fields(root, "Skp", &allowed)?;
    let id = f.get("id").and_then(|n| cx.id(n, "id"));
    let melanjutkan = f.get("melanjutkan").and_then(|n| cx.id(n, "melanjutkan"));
    let tahun = cx.req(&f, "tahun", "Skp").and_then(|n| cx.year(n, "tahun"));
    cx.plan_year = tahun.as_ref().map(|t| t.value);
    let periode_penilaian = f.get("periode_penilaian").and_then(|n| periode(cx, n));
    let evaluasi = cx.opt_vocab::<Evaluasi>(&f, "evaluasi");
    let pendekatan = cx
        .req(&f, "pendekatan", "Skp")
        .and_then(|n| cx.vocab::<Pendekatan>(n, "pendekatan"));
    let format = cx.opt_vocab::<FormatSkp>(&f, "format");
    let status = cx.opt_vocab::<StatusSkp>(&f, "status");
    let pegawai = cx.req(&f, "pegawai", "Skp").and_then(|n| pegawai(cx, n));
    let pejabat_penilai = cx
        .req(&f, "pejabat_penilai", "Skp")
        .and_then(|n| penilai(cx, n));
    let atasan_pejabat_penilai = f
        .get("atasan_pejabat_penilai")
        .and_then(|n| pejabat(cx, n, "atasan_pejabat_penilai"));
    let atasan_kinerja = f
        .get("atasan_kinerja")
        .and_then(|n| cx.nip(n, "atasan_kinerja"));
    let kualitatif = pendekatan
        .as_ref()
        .is_some_and(|p| p.value == Pendekatan::Kualitatif);
    let hasil_kerja = cx
        .req(&f, "hasil_kerja", "Skp")
        .and_then(|n| cx.list(n, "hasil_kerja", |cx, item| rhk(cx, item, kualitatif)));
    let perilaku_kerja = f.get("perilaku_kerja").and_then(|n| perilaku(cx, n));
    let lampiran = f.get("lampiran").and_then(|n| lampiran(cx, n));
    let regulasi = cx.opt_text(&f, "regulasi");

    let tahun = tahun?;
    let pegawai = pegawai?;
    let resolved_id = match &id {
        Some(id) => id.clone(),
        None => Sp::new(
            format!("{}-{}", pegawai.nip.as_str(), tahun.value),
            first_line(root.span),
        ),
    };
    Some(Skp {
        id,
        melanjutkan,
        tahun,
        periode_penilaian,
        evaluasi,
        pendekatan: pendekatan?,
        format,
        status,
        pegawai,
        pejabat_penilai: pejabat_penilai?,
        atasan_pejabat_penilai,
        atasan_kinerja,
        hasil_kerja: hasil_kerja?,
        perilaku_kerja,
        lampiran,
        regulasi,
        resolved_id,
    })
}

fn periode(cx: &mut Cx<'_>, node: &Node) -> Option<Sp<PeriodePenilaian>> {
    let f = cx.fields(node, "periode_penilaian", &["mulai", "selesai"])?;
    let mulai = cx
        .req(&f, "mulai", "periode_penilaian")
        .and_then(|n| cx.date(n, "mulai"));
    let selesai = cx
        .req(&f, "selesai", "periode_penilaian")
        .and_then(|n| cx.date(n, "selesai"));
    let (mulai, selesai) = (mulai?, selesai?);
    if selesai.value < mulai.value {
        cx.diag(
            codes::INVALID_VALUE,
            node.span,
            Msg::PeriodReversed {
                mulai: mulai.value.to_string(),
                selesai: selesai.value.to_string(),
            },
        )
        .with("kolom", "periode_penilaian");
        return None;
    }
    Some(Sp::new(PeriodePenilaian { mulai, selesai }, node.span))
}

fn pegawai(cx: &mut Cx<'_>, node: &Node) -> Option<Sp<Pegawai>> {
    const P: &str = "pegawai";
    let f = cx.fields(
        node,
        P,
        &[
            "nama",
            "nip",
            "jenis_pegawai",
            "pangkat",
            "jabatan",
            "jenis_jabatan",
            "jenjang",
            "unit_kerja",
        ],
    )?;
    let nama = cx.req_text(&f, "nama", P);
    let nip = cx
        .req(&f, "nip", P)
        .and_then(|n| cx.nip_or_unknown(n, "nip"));
    let jenis_pegawai = cx.opt_vocab::<JenisPegawai>(&f, "jenis_pegawai");
    let pangkat = cx.opt_text(&f, "pangkat");
    let jabatan = cx.req_text(&f, "jabatan", P);
    let jenis_jabatan = cx
        .req(&f, "jenis_jabatan", P)
        .and_then(|n| cx.vocab::<JenisJabatan>(n, "jenis_jabatan"));
    let jenjang = cx.opt_vocab::<Jenjang>(&f, "jenjang");
    let unit_kerja = cx.req_text(&f, "unit_kerja", P);
    Some(Sp::new(
        Pegawai {
            nama: nama?,
            nip: nip?,
            jenis_pegawai,
            pangkat,
            jabatan: jabatan?,
            jenis_jabatan: jenis_jabatan?,
            jenjang,
            unit_kerja: unit_kerja?,
        },
        node.span,
    ))
}

fn penilai(cx: &mut Cx<'_>, node: &Node) -> Option<Sp<PejabatPenilai>> {
    const P: &str = "pejabat_penilai";
    let f = cx.fields(
        node,
        P,
        &[
            "nip",
            "nama",
            "jabatan",
            "pangkat",
            "unit_kerja",
            "sebagai",
            "skp",
        ],
    )?;
    let nip = f.get("nip").and_then(|n| cx.nip_or_unknown(n, "nip"));
    let nama = cx.req_text(&f, "nama", P);
    let jabatan = cx.req_text(&f, "jabatan", P);
    let pangkat = cx.opt_text(&f, "pangkat");
    let unit_kerja = cx.opt_text(&f, "unit_kerja");
    let sebagai = cx.opt_vocab::<Sebagai>(&f, "sebagai");
    let skp = f.get("skp").and_then(|n| cx.id(n, "skp"));
    Some(Sp::new(
        PejabatPenilai {
            nip,
            nama: nama?,
            jabatan: jabatan?,
            pangkat,
            unit_kerja,
            sebagai,
            skp,
        },
        node.span,
    ))
}

pub(super) fn pejabat(cx: &mut Cx<'_>, node: &Node, field: &str) -> Option<Sp<Pejabat>> {
    let f = cx.fields(
        node,
        field,
        &["nip", "nama", "jabatan", "pangkat", "unit_kerja"],
    )?;
    let nip = f.get("nip").and_then(|n| cx.nip(n, "nip"));
    let nama = cx.req_text(&f, "nama", field);
    let jabatan = cx.req_text(&f, "jabatan", field);
    let pangkat = cx.opt_text(&f, "pangkat");
    let unit_kerja = cx.opt_text(&f, "unit_kerja");
    Some(Sp::new(
        Pejabat {
            nip,
            nama: nama?,
            jabatan: jabatan?,
            pangkat,
            unit_kerja,
        },
        node.span,
    ))
}

fn rhk(cx: &mut Cx<'_>, node: &Node, kualitatif: bool) -> Option<Rhk> {
    const P: &str = "hasil_kerja";
    let f = cx.fields(
        node,
        P,
        &["id", "jenis", "rhk", "intervensi", "acuan", "indikator"],
    )?;
    let id = cx.req(&f, "id", P).and_then(|n| cx.id(n, "id"));
    let jenis = cx
        .req(&f, "jenis", P)
        .and_then(|n| cx.vocab::<JenisRhk>(n, "jenis"));
    let text = cx.req_text(&f, "rhk", P);
    let intervensi = f
        .get("intervensi")
        .and_then(|n| cx.one_or_list(n, "intervensi", intervensi));
    let acuan = f
        .get("acuan")
        .and_then(|n| cx.one_or_list(n, "acuan", |cx, n| reference(cx, n, "acuan")));
    let indikator_node = cx.req(&f, "indikator", P);
    // `indikator: []`: an RHK with nothing to measure it by, which the forms could not print.
    if let Some(n) = indikator_node
        && matches!(&n.kind, NodeKind::Seq(items) if items.is_empty())
    {
        cx.diag(codes::MISSING_FIELD, n.span, Msg::RhkWithoutIndicator)
            .with("kolom", "indikator")
            .help = Some(Msg::HelpRhkWithoutIndicator);
    }
    let indikator =
        indikator_node.and_then(|n| cx.list(n, "indikator", |cx, item| iki(cx, item, kualitatif)));
    // A missing text is reported (F003) but keeps the RHK, so its indicators are still checked.
    let text = text.unwrap_or_else(|| Sp::new(String::new(), first_line(node.span)));
    Some(Rhk {
        id: id?,
        jenis,
        rhk: text,
        intervensi,
        acuan,
        indikator: indikator?,
        span: node.span,
    })
}

/// A `DOC/ENTRY` or bare `ENTRY` reference, checked for form only (resolution is a K rule).
pub(super) fn reference(cx: &mut Cx<'_>, node: &Node, field: &str) -> Option<Sp<String>> {
    let text = cx.text(node, field)?;
    if crate::model::reference::Ref::parse(&text.value).is_some() {
        return Some(text);
    }
    cx.diag(
        codes::INVALID_ID,
        node.span,
        Msg::BadReference {
            field: field.to_string(),
            value: text.value.clone(),
        },
    )
    .with("kolom", field)
    .with("nilai", text.value)
    .help = Some(Msg::HelpReferenceForm);
    None
}

fn intervensi(cx: &mut Cx<'_>, node: &Node) -> Option<Intervensi> {
    if let NodeKind::Map(_) = node.kind {
        let f = cx.fields(node, "intervensi", &["ref", "teks", "eksternal", "cara"])?;
        let reference = cx
            .req(&f, "ref", "intervensi")
            .and_then(|n| self::reference(cx, n, "ref"))?;
        let teks = cx.opt_text(&f, "teks");
        let eksternal = f
            .get("eksternal")
            .and_then(|n| cx.boolean(n, "eksternal"))
            .is_some_and(|b| b.value);
        let cara = cx.opt_vocab::<Cara>(&f, "cara");
        return Some(Intervensi {
            reference,
            teks,
            eksternal,
            cara,
        });
    }
    let reference = reference(cx, node, "intervensi")?;
    Some(Intervensi {
        reference,
        teks: None,
        eksternal: false,
        cara: None,
    })
}

const IKI_FIELDS: &[&str] = &[
    "id",
    "aspek",
    "perspektif",
    "teks",
    "target",
    "satuan",
    "polaritas",
    "perhitungan",
    "target_periodik",
    "bukti_periode",
    "bukti_rencana",
];

fn iki(cx: &mut Cx<'_>, node: &Node, kualitatif: bool) -> Option<Iki> {
    const P: &str = "indikator";
    let allowed: Vec<&str> = IKI_FIELDS
        .iter()
        .chain(crate::model::manual::FIELDS)
        .copied()
        .collect();
    let f = cx.fields(node, P, &allowed)?;
    let manual = super::manual::manual(cx, &f);
    let id = cx.req(&f, "id", P).and_then(|n| cx.id(n, "id"));
    let aspek = cx.opt_vocab::<Aspek>(&f, "aspek");
    let perspektif = cx.opt_vocab::<Perspektif>(&f, "perspektif");
    let teks = cx.req_text(&f, "teks", P);
    let target = cx
        .req(&f, "target", P)
        .and_then(|n| target(cx, n, kualitatif));
    let satuan = cx.opt_text(&f, "satuan");
    let polaritas = cx.opt_vocab::<Polaritas>(&f, "polaritas");
    let perhitungan = cx.opt_vocab::<Perhitungan>(&f, "perhitungan");
    let target_periodik = f
        .get("target_periodik")
        .and_then(|n| periodic_targets(cx, n, kualitatif));
    let bukti_periode = cx.opt_vocab::<Evaluasi>(&f, "bukti_periode");
    let bukti_rencana = f
        .get("bukti_rencana")
        .and_then(|n| cx.one_or_list(n, "bukti_rencana", |cx, n| cx.text(n, "bukti_rencana")));
    if let (Some(t), Some(s)) = (&target, &satuan) {
        check_unit_agreement(cx, t, s);
    }
    let unreadable = [
        ("aspek", aspek.is_none()),
        ("perspektif", perspektif.is_none()),
    ]
    .into_iter()
    .filter(|(k, missing)| *missing && f.get(k).is_some())
    .map(|(k, _)| k)
    .collect();
    let teks = teks.unwrap_or_else(|| Sp::new(String::new(), first_line(node.span)));
    let target = target.unwrap_or_else(|| {
        Sp::new(
            Target::Invalid {
                raw: String::new(),
                error: TargetError::Empty,
            },
            first_line(node.span),
        )
    });
    Some(Iki {
        id: id?,
        aspek,
        perspektif,
        teks,
        target,
        satuan,
        polaritas,
        perhitungan,
        target_periodik,
        bukti_periode,
        bukti_rencana,
        manual,
        span: node.span,
        unreadable,
    })
}

/// A unit given both in `target` and in `satuan` must agree.
pub(super) fn check_unit_agreement(cx: &mut Cx<'_>, target: &Sp<Target>, satuan: &Sp<String>) {
    let Some(unit) = target.quantity().and_then(|q| q.unit.as_deref()) else {
        return;
    };
    if normalize_unit(unit) != normalize_unit(&satuan.value) {
        let file = cx.file;
        cx.diag(
            codes::UNIT_MISMATCH,
            target.span,
            Msg::UnitDisagrees {
                target: unit.to_string(),
                satuan: satuan.value.clone(),
            },
        )
        .with("satuan_target", unit)
        .with("satuan", satuan.value.as_str())
        .related
        .push(crate::diag::Related {
            file,
            span: satuan.span,
            message: Msg::SatuanWrittenHere,
        });
    }
}

fn normalize_unit(u: &str) -> String {
    let u = u.trim().trim_end_matches('.').to_lowercase();
    match u.as_str() {
        "persen" | "percent" => "%".into(),
        _ => u,
    }
}

fn periodic_targets(
    cx: &mut Cx<'_>,
    node: &Node,
    kualitatif: bool,
) -> Option<crate::model::Keyed<crate::model::period::Period, Target>> {
    let mut out = Vec::new();
    for (p, v) in cx.keyed_by(node, "target_periodik", |cx, k| {
        cx.period(k, "target_periodik")
    })? {
        if let Some(t) = target(cx, v, kualitatif) {
            out.push((p, t));
        }
    }
    Some(Sp::new(out, node.span))
}

/// Whether YAML would read this plain scalar as a number (so `4.500` is a float to YAML).
fn yaml_number_like(s: &str) -> bool {
    let s = s.trim();
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    !s.is_empty()
        && s.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'_' || b == b'e' || b == b'E')
}

pub(super) fn scalar_kind(value: &str, style: Style) -> ScalarKind {
    if style == Style::Plain && yaml_number_like(value) {
        ScalarKind::PlainNumber
    } else {
        ScalarKind::Text
    }
}

/// A target: a scalar read by the target grammar (`model::target`), or one of the structured forms.
pub(super) fn target(cx: &mut Cx<'_>, node: &Node, kualitatif: bool) -> Option<Sp<Target>> {
    match &node.kind {
        NodeKind::Scalar { value, style } => {
            let raw = value.trim().to_string();
            // Stated as not stated, whatever the approach: S103 says so.
            if crate::model::target::not_stated(&raw) {
                let error = TargetError::NotStated;
                return Some(Sp::new(Target::Invalid { raw, error }, node.span));
            }
            let kind = scalar_kind(&raw, *style);
            let t = match crate::model::target::parse_deadline_in(&raw, cx.plan_year) {
                Some(Ok(date)) => return Some(Sp::new(Target::Tenggat { raw, date }, node.span)),
                Some(Err(error)) => Err(error),
                None => parse_target(&raw, kind),
            };
            let t =
                match t {
                    Ok((quantity, notes)) => {
                        report_notes(cx, node.span, &raw, &notes, "target");
                        Target::Quantity {
                            quantity,
                            raw: raw.into_boxed_str(),
                            notes: notes.into_boxed_slice(),
                        }
                    }
                    Err(
                        TargetError::NoNumber(_) | TargetError::Date(_) | TargetError::BadDate(_),
                    ) if kualitatif => Target::Deskripsi(raw),
                    Err(error) => {
                        if let TargetError::BadNumber(bad) = &error {
                            bad_number(cx, node, bad, &raw);
                        }
                        Target::Invalid { raw, error }
                    }
                };
            Some(Sp::new(t, node.span))
        }
        NodeKind::Map(_) => structured_target(cx, node, kualitatif),
        NodeKind::Seq(_) => {
            cx.wrong_type(node, "target", Expected::Text);
            None
        }
    }
}

/// `kolom`: the key the number was written under (`target`, `realisasi`), named by the message.
pub(super) fn report_notes(
    cx: &mut Cx<'_>,
    span: Span,
    raw: &str,
    notes: &[TargetNote],
    kolom: &str,
) {
    for note in notes {
        match *note {
            TargetNote::AmbiguousThousands { read_as } => {
                cx.diag(
                    codes::TARGET_AMBIGUOUS,
                    span,
                    Msg::TargetAmbiguousThousands {
                        kolom: kolom.to_string(),
                        raw: raw.to_string(),
                        read_as: fmt_num(read_as),
                    },
                )
                .with("target", raw)
                .with("dibaca", read_as)
                .help = Some(Msg::HelpAmbiguousThousands {
                    thousands: fmt_num(read_as),
                    decimal: raw
                        .replace('.', ",")
                        .trim_end_matches('0')
                        .trim_end_matches(',')
                        .to_string(),
                });
            }
            TargetNote::DecimalPoint { read_as } => {
                cx.diag(
                    codes::TARGET_AMBIGUOUS,
                    span,
                    Msg::TargetDecimalPoint {
                        kolom: kolom.to_string(),
                        raw: raw.to_string(),
                    },
                )
                .with("target", raw)
                .with("dibaca", read_as)
                .help = Some(Msg::HelpDecimalComma {
                    fixed: raw.replace('.', ","),
                });
            }
            TargetNote::SpelledMismatch { digits, words } => {
                cx.diag(
                    codes::TARGET_SPELLED_MISMATCH,
                    span,
                    Msg::TargetSpelledMismatch {
                        digits: fmt_num(digits),
                        words: fmt_num(words),
                    },
                )
                .with("angka", digits)
                .with("terbilang", words);
            }
        }
    }
}

/// A number for messages: integers without a decimal part.
pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn structured_number(cx: &mut Cx<'_>, node: &Node, field: &str) -> Option<f64> {
    let NodeKind::Scalar { value, style } = &node.kind else {
        cx.wrong_type(node, field, Expected::Text);
        return None;
    };
    let raw = value.trim();
    match parse_number(raw, scalar_kind(raw, *style)) {
        Ok((v, notes)) => {
            report_notes(cx, node.span, raw, &notes, "target");
            Some(v)
        }
        Err(_) => {
            bad_number(cx, node, raw, raw);
            None
        }
    }
}

/// F015 on a target's number skp cannot read (`bad`, in the target `raw`): a negative one
/// said as such.
fn bad_number(cx: &mut Cx<'_>, node: &Node, bad: &str, raw: &str) {
    let (msg, help) = if crate::model::target::is_negative(raw) {
        (
            Msg::TargetNegative {
                value: raw.to_string(),
            },
            Msg::HelpTargetNegative,
        )
    } else {
        (
            Msg::TargetBadNumber {
                value: bad.to_string(),
            },
            Msg::HelpTargetForms,
        )
    };
    cx.diag(codes::TARGET_INVALID, node.span, msg)
        .with("target", raw)
        .help = Some(help);
}

fn structured_target(cx: &mut Cx<'_>, node: &Node, kualitatif: bool) -> Option<Sp<Target>> {
    let f: Fields<'_> = cx.fields(
        node,
        "target",
        &["nilai", "min", "maks", "satuan", "kategori", "deskripsi"],
    )?;
    let sp = |t| Some(Sp::new(t, node.span));
    if let Some(k) = cx.opt_text(&f, "kategori") {
        return sp(Target::Kategori(k.value));
    }
    if let Some(d) = cx.opt_text(&f, "deskripsi") {
        if !kualitatif {
            cx.diag(
                codes::INVALID_VALUE,
                d.span,
                Msg::DescriptiveNeedsKualitatif,
            )
            .with("kolom", "deskripsi");
        }
        return sp(Target::Deskripsi(d.value));
    }
    let unit = cx.opt_text(&f, "satuan").map(|s| s.value.into_boxed_str());
    if let Some(n) = f.get("nilai") {
        let v = structured_number(cx, n, "nilai")?;
        return sp(Target::Quantity {
            quantity: Quantity {
                value: TargetValue::Number(v),
                unit,
            },
            raw: Box::default(),
            notes: Box::default(),
        });
    }
    match (f.get("min"), f.get("maks")) {
        (Some(a), Some(b)) => {
            let min = structured_number(cx, a, "min");
            let max = structured_number(cx, b, "maks");
            sp(Target::Quantity {
                quantity: Quantity {
                    value: TargetValue::Range {
                        min: min?,
                        max: max?,
                    },
                    unit,
                },
                raw: Box::default(),
                notes: Box::default(),
            })
        }
        _ => {
            cx.diag(
                codes::MISSING_FIELD,
                first_line(node.span),
                Msg::MissingField {
                    field: "nilai".into(),
                    parent: "target".into(),
                },
            )
            .with("kolom", "nilai")
            .with("induk", "target")
            .help = Some(Msg::HelpTargetForms);
            None
        }
    }
}

fn perilaku(cx: &mut Cx<'_>, node: &Node) -> Option<Sp<PerilakuKerja>> {
    let keys: Vec<&str> = Perilaku::ALL.iter().map(|(_, c, _)| *c).collect();
    // A key that is no BerAKHLAK value is kept for P102, which knows the values and the
    // aspects of the former regulations they replaced; F002 would only say "unknown field".
    let f = cx.open_fields(node, "perilaku_kerja", &keys)?;
    let lainnya: Vec<Sp<String>> = f
        .unknown
        .iter()
        .map(|(k, span)| Sp::new(k.to_string(), *span))
        .collect();
    let mut one = |p: Perilaku| -> Option<Sp<Ekspektasi>> {
        let key = p.code();
        let n = f.entries.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)?;
        if n.is_null() {
            return Some(Sp::new(
                Ekspektasi {
                    ekspektasi_khusus: None,
                },
                n.span,
            ));
        }
        let g = cx.fields(n, key, &["ekspektasi_khusus"])?;
        Some(Sp::new(
            Ekspektasi {
                ekspektasi_khusus: cx.opt_text(&g, "ekspektasi_khusus"),
            },
            n.span,
        ))
    };
    Some(Sp::new(
        PerilakuKerja {
            berorientasi_pelayanan: one(Perilaku::BerorientasiPelayanan),
            akuntabel: one(Perilaku::Akuntabel),
            kompeten: one(Perilaku::Kompeten),
            harmonis: one(Perilaku::Harmonis),
            loyal: one(Perilaku::Loyal),
            adaptif: one(Perilaku::Adaptif),
            kolaboratif: one(Perilaku::Kolaboratif),
            lainnya,
        },
        node.span,
    ))
}

fn lampiran(cx: &mut Cx<'_>, node: &Node) -> Option<Sp<Lampiran>> {
    let mut kosong = Vec::new();
    if let NodeKind::Map(entries) = &node.kind {
        for e in entries.iter().filter(|e| e.value.is_null()) {
            if let Some(k) = e.key.as_str().filter(|_| !e.key.is_null()) {
                kosong.push(Sp::new(k.to_string(), e.key.span));
            }
        }
    }
    let f = cx.fields(
        node,
        "lampiran",
        &[
            "dukungan_sumber_daya",
            "skema_pertanggungjawaban",
            "konsekuensi",
        ],
    )?;
    let mut list = |key: &str| {
        f.get(key)
            .and_then(|n| cx.one_or_list(n, key, |cx, n| cx.text(n, key)))
    };
    Some(Sp::new(
        Lampiran {
            dukungan_sumber_daya: list("dukungan_sumber_daya"),
            skema_pertanggungjawaban: list("skema_pertanggungjawaban"),
            konsekuensi: list("konsekuensi"),
            kosong,
        },
        node.span,
    ))
}
