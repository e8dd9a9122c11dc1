//! `kind: Persetujuan` — the record of a plan's approval by its appraiser (*menyepakati target
//! kinerja*), machine-owned, next to the SKP as `<stem>.persetujuan.yaml`. Each approval keeps
//! the hash of the plan's normalised content and the indicators as approved, so a later change
//! can be listed and a target lowered after agreement can be caught.

use schemars::JsonSchema;
use sha2::{Digest, Sha256};

use super::Sp;
use super::date::Date;
use super::nip::Nip;
use super::skp::Skp;
use super::vocab::{Perhitungan, Polaritas, Vocab};

/// Buku catatan persetujuan satu SKP; dikelola oleh `skp approve`.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Persetujuan {
    /// Id SKP yang disetujui.
    pub skp: Sp<String>,
    /// Persetujuan, satu per baris, urut waktu.
    pub persetujuan: Sp<Vec<Approval>>,
}

/// Satu persetujuan.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Approval {
    /// SHA-256 isi SKP yang dinormalkan (format dan komentar tidak dihitung).
    pub sha256: Sp<String>,
    /// NIP pejabat penilai yang menyetujui.
    pub oleh: Sp<Nip>,
    /// Tanggal persetujuan (YYYY-MM-DD).
    pub tanggal: Sp<Date>,
    /// Catatan persetujuan, misalnya "Disepakati dalam dialog kinerja awal tahun".
    pub catatan: Option<Sp<String>>,
    /// Indikator sebagaimana disetujui.
    pub isi: Option<Sp<Vec<ApprovedIndicator>>>,
    /// RHK sebagaimana disetujui (dicatat sejak versi yang menyebut perubahan RHK).
    pub hasil_kerja: Option<Sp<Vec<ApprovedResult>>>,
    /// SHA-256 isi yang tidak dirinci `hasil_kerja` dan `isi` (identitas, jenis dan urutan RHK,
    /// rujukan, aspek, ekspektasi), agar perubahannya tetap disebut di samping yang dirinci.
    pub sha256_lain: Option<Sp<String>>,
    /// Bentuk isi yang dinormalkan untuk `sha256` (ditulis sejak bentuk 2, yang menyertakan
    /// `perhitungan`; bentuk 3 juga identitas, periode, dan lampiran; bentuk 4 juga
    /// `perspektif` indikator; bentuk 5 juga `atasan_kinerja`); catatan tanpa bentuk dibuat
    /// versi skp sebelumnya.
    pub bentuk: Option<Sp<u32>>,
    /// Sidik tiap bagian isi lain (16 angka heksadesimal pertama SHA-256 bagian itu: `pegawai`,
    /// `penilai`, `periode`, `lampiran`, …), agar A101 dapat menyebut bagian yang berubah.
    /// Keutuhan tetap dijaga `sha256` dan `sha256_lain`.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    pub sidik_lain: Option<super::Keyed<String, String>>,
}

/// Satu RHK sebagaimana disetujui.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ApprovedResult {
    /// Id RHK.
    pub id: Sp<String>,
    /// Rumusan RHK yang disetujui.
    pub rhk: Sp<String>,
}

/// Satu indikator sebagaimana disetujui.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ApprovedIndicator {
    /// Id indikator (IKI).
    pub id: Sp<String>,
    /// Id RHK indikator ini.
    pub rhk: Sp<String>,
    /// Rumusan indikator yang disetujui.
    pub teks: Sp<String>,
    /// Target yang disetujui, sebagaimana ditulis.
    pub target: Sp<String>,
    /// Satuan yang disetujui, bila ditulis terpisah dari target (`satuan:` indikator).
    pub satuan: Option<Sp<String>>,
    /// Polaritas yang disetujui.
    pub polaritas: Option<Sp<Polaritas>>,
    /// Cara realisasi periodik digabung, sebagaimana disetujui (bila ditulis).
    pub perhitungan: Option<Sp<Perhitungan>>,
    /// Target periodik yang disetujui, per periode, sebagaimana ditulis.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    pub target_periodik: Option<super::Keyed<String, String>>,
}

/// The plan's content as it is agreed: identity, results, indicators with their targets and
/// periodic targets, and the leader's expectations — one line per fact, in plan order. Comments,
/// key order, quoting and layout do not enter it, so reformatting a file keeps an approval.
pub fn normalised(skp: &Skp) -> String {
    normalised_with(skp, Form::CURRENT)
}

/// How a version of skp computed the normalised content: approvals keep the hash they were
/// given, so each older form is still recognised.
#[derive(Clone, Copy)]
pub struct Form {
    /// The unit (`satuan`) is part of it.
    satuan: bool,
    /// Periodic targets in period order, whatever order they are written in.
    sorted_periods: bool,
    /// Only what the record's `hasil_kerja` and `isi` do not list (see [`other_hash`]).
    other_only: bool,
    /// An indicator's `perhitungan`, when written: summing quarters instead of averaging them
    /// changes the year's result as much as its target does.
    perhitungan: bool,
    /// Everything else the printed form shows: who is appraised in which post and jenjang
    /// (the jenjang sets the angka kredit), the appraisers' names and posts, the appraisal
    /// period and grid, the annex. The form says its content is the one approved.
    identity: bool,
    /// An indicator's `perspektif`, when written: the JPT form prints it beside the indicator.
    perspektif: bool,
    /// The plan's `atasan_kinerja`, when written: whose RHKs the `intervensi` references are,
    /// so whose RHK the form prints as the one intervened.
    atasan_kinerja: bool,
}

impl Form {
    /// The number a new record keeps as `bentuk`: records without one are of the forms before
    /// ([`Form::OLDER`]), and only those may match without `perhitungan`.
    pub const CURRENT_NUMBER: u32 = 5;
    const CURRENT: Form = Form {
        satuan: true,
        sorted_periods: true,
        other_only: false,
        perhitungan: true,
        identity: true,
        perspektif: true,
        atasan_kinerja: true,
    };
    /// `bentuk: 4`: before the plan's `atasan_kinerja` entered it.
    const FOURTH: Form = Form {
        atasan_kinerja: false,
        ..Form::CURRENT
    };
    /// `bentuk: 3`: before an indicator's `perspektif` entered it.
    const THIRD: Form = Form {
        perspektif: false,
        ..Form::FOURTH
    };
    /// `bentuk: 2`: before the rest of the identity entered it.
    const SECOND: Form = Form {
        identity: false,
        ..Form::THIRD
    };
    /// Records with no `bentuk`: before `perhitungan` entered it, before the periods were put
    /// in order, and before that before the unit entered it.
    const OLDER: [Form; 3] = [
        Form {
            satuan: true,
            sorted_periods: true,
            other_only: false,
            perhitungan: false,
            identity: false,
            perspektif: false,
            atasan_kinerja: false,
        },
        Form {
            satuan: true,
            sorted_periods: false,
            other_only: false,
            perhitungan: false,
            identity: false,
            perspektif: false,
            atasan_kinerja: false,
        },
        Form {
            satuan: false,
            sorted_periods: false,
            other_only: false,
            perhitungan: false,
            identity: false,
            perspektif: false,
            atasan_kinerja: false,
        },
    ];

    /// Whether this version knows the form numbered `bentuk`.
    pub fn known(bentuk: u32) -> bool {
        Form::numbered(Some(bentuk)).is_some()
    }

    /// The form a record's `bentuk` names; `None` for a number this version does not know.
    fn numbered(bentuk: Option<u32>) -> Option<Form> {
        match bentuk {
            Some(Form::CURRENT_NUMBER) => Some(Form::CURRENT),
            Some(4) => Some(Form::FOURTH),
            Some(3) => Some(Form::THIRD),
            Some(2) => Some(Form::SECOND),
            Some(_) => None,
            // Its `sha256_lain` left the identity out, as every form before the third did.
            None => Some(Form::OLDER[0]),
        }
    }
}

/// SHA-256 (hex) of what an approval's record does not list item by item: identity, the RHKs'
/// kinds and order, references, the indicators' aspects, places and order, the leader's
/// expectations. A101 names "isi lain" when it differs, beside the changes it lists.
pub fn other_hash(skp: &Skp) -> String {
    other_hash_in(skp, Form::CURRENT)
}

/// [`other_hash`] as the form of `approval` computed it, to compare with its `sha256_lain`;
/// `None` for a form this version does not know.
pub fn other_hash_of(approval: &Approval, skp: &Skp) -> Option<String> {
    let form = Form::numbered(approval.bentuk.as_ref().map(|b| b.value))?;
    Some(other_hash_in(skp, form))
}

/// The parts of the other content ([`other_hash`]), each with a short fingerprint of its
/// facts: what a new record keeps as `sidik_lain`, so that A101 can name the part that changed
/// ("pejabat penilai", "lampiran") instead of "isi lain" alone. Every part is listed, empty or
/// not, in [`OTHER_PARTS`] order.
pub fn other_parts(skp: &Skp) -> Vec<(&'static str, String)> {
    other_parts_in(skp, Form::CURRENT)
}

/// [`other_parts`] as `form` computes them (a record of an earlier form that keeps them).
fn other_parts_in(skp: &Skp, form: Form) -> Vec<(&'static str, String)> {
    let mut w = Writer::with_parts();
    write_normalised(
        skp,
        Form {
            other_only: true,
            ..form
        },
        &mut w,
    );
    OTHER_PARTS
        .iter()
        .zip(w.parts.unwrap_or_default())
        .map(|(part, mut facts)| {
            // References and indicators by their RHK, each RHK's in its own order: moving an
            // RHK is a change of the RHKs' order alone.
            facts.sort_by(|a, b| a.0.cmp(&b.0));
            let text: String = facts
                .into_iter()
                .map(|(key, fact)| format!("{key}\t{fact}"))
                .collect();
            let mut hex = sha256_hex(&text);
            // A name for what changed, not a seal: the full hashes beside it are the seal.
            hex.truncate(16);
            (*part, hex)
        })
        .collect()
}

/// The parts of [`other_parts`]. `skp` is the plan's id, NIP and year (a change of those is
/// named by A101 as a new id, unless the id is written out).
pub const OTHER_PARTS: &[&str] = &[
    "skp",
    "pendekatan",
    "pegawai",
    "penilai",
    "atasan",
    "periode",
    "evaluasi",
    "format",
    "lampiran",
    "rhk",
    "rujukan",
    "indikator",
    "ekspektasi",
];

/// The parts of the other content that differ between what `approval` kept and the plan now,
/// in [`OTHER_PARTS`] order; `None` when the record keeps no fingerprint of every part (a
/// record made before them, or one edited by hand), which cannot tell.
pub fn changed_parts(approval: &Approval, skp: &Skp) -> Option<Vec<&'static str>> {
    let kept = approval.sidik_lain.as_ref()?;
    // Fingerprints are kept from `bentuk: 4` on; each record's by its own form.
    let form = match approval.bentuk.as_ref().map(|b| b.value) {
        Some(Form::CURRENT_NUMBER) => Form::CURRENT,
        Some(4) => Form::FOURTH,
        _ => return None,
    };
    let was = |part: &str| {
        kept.value
            .iter()
            .find(|(k, _)| k.value == part)
            .map(|(_, v)| v.value.as_str())
    };
    if OTHER_PARTS.iter().any(|p| was(p).is_none()) {
        return None;
    }
    let parts = other_parts_in(skp, form)
        .into_iter()
        .filter(|(part, now)| was(part) != Some(now.as_str()))
        .map(|(part, _)| part)
        .collect();
    Some(parts)
}

/// The normalised content as it is written, and, when asked for, the same facts gathered by
/// the part of the other content they belong to ([`other_parts`]), each with what orders it
/// within its part (its RHK, for references and indicators).
struct Writer {
    text: String,
    parts: Option<Vec<Vec<(String, String)>>>,
}

impl Writer {
    /// The content alone: what the hashes are made of.
    fn text_only() -> Writer {
        Writer {
            text: String::new(),
            parts: None,
        }
    }

    /// The content and its parts.
    fn with_parts() -> Writer {
        Writer {
            text: String::new(),
            parts: Some(vec![Vec::new(); OTHER_PARTS.len()]),
        }
    }

    /// Appends `fact` (whole lines) to the content and to `part`, ordered there by `key`.
    fn fact(&mut self, part: &'static str, key: &str, fact: String) {
        self.text.push_str(&fact);
        if let Some(parts) = &mut self.parts {
            let i = OTHER_PARTS.iter().position(|p| *p == part);
            debug_assert!(i.is_some(), "{part} is not in OTHER_PARTS");
            if let Some(i) = i {
                parts[i].push((key.to_string(), fact));
            }
        }
    }
}

fn other_hash_in(skp: &Skp, form: Form) -> String {
    sha256_hex(&normalised_with(
        skp,
        Form {
            other_only: true,
            ..form
        },
    ))
}

fn normalised_with(skp: &Skp, form: Form) -> String {
    let mut w = Writer::text_only();
    write_normalised(skp, form, &mut w);
    w.text
}

/// Writes the normalised content of `skp` in `form`, one fact at a time (the text is what the
/// records' hashes were made of: it must not change for a form already written).
fn write_normalised(skp: &Skp, form: Form, w: &mut Writer) {
    let satuan = form.satuan;
    // What the record lists item by item is left out of the other content's form.
    fn listed(form: Form, text: &str) -> &str {
        if form.other_only { "" } else { text }
    }
    w.fact(
        "skp",
        "",
        format!(
            "skp {}\nnip {}\ntahun {}\n",
            skp.resolved_id.value,
            skp.nip_shown(),
            skp.tahun.value,
        ),
    );
    w.fact(
        "pendekatan",
        "",
        format!("pendekatan {}\n", skp.pendekatan.value.code()),
    );
    w.fact(
        "penilai",
        "",
        format!(
            "penilai {}\n",
            skp.pejabat_penilai
                .nip
                .as_ref()
                .map_or("", |n| n.value.as_str()),
        ),
    );
    if form.identity {
        identity(skp, w);
    }
    // Only when written, so that a plan without it keeps the approvals given before.
    if let Some(a) = skp.atasan_kinerja.as_ref().filter(|_| form.atasan_kinerja) {
        w.fact(
            "rujukan",
            "",
            format!(
                "atasan_kinerja {}
",
                a.value.as_str()
            ),
        );
    }
    for r in skp.hasil_kerja.iter() {
        let rhk = r.id.value.as_str();
        w.fact(
            "rhk",
            "",
            format!(
                "rhk {} {} {}\n",
                r.id.value,
                r.jenis.as_ref().map_or("utama", |j| j.value.code()),
                listed(form, r.rhk.value.trim())
            ),
        );
        for i in r.intervensi.iter().flat_map(|l| l.iter()) {
            // The newer marks only when written, so that an approval given before they
            // existed still matches its unchanged plan.
            let eksternal = if i.eksternal { " eksternal" } else { "" };
            let cara = i
                .cara
                .as_ref()
                .map_or(String::new(), |c| format!(" cara {}", c.value.code()));
            w.fact(
                "rujukan",
                rhk,
                format!("intervensi {}{eksternal}{cara}\n", i.reference.value),
            );
        }
        for a in r.acuan.iter().flat_map(|l| l.iter()) {
            w.fact("rujukan", rhk, format!("acuan {}\n", a.value));
        }
        for i in r.indikator.iter() {
            let mut s = format!(
                "iki {} {} | {} | {} | {}",
                i.id.value,
                i.aspek.as_ref().map_or("", |a| a.value.code()),
                listed(form, i.teks.value.trim()),
                listed(form, i.target.value.text().trim()),
                listed(form, i.polaritas().code()),
            );
            // "4" of modul and "4" of lembar are not the same commitment.
            if let Some(u) = i.satuan.as_ref().filter(|_| satuan && !form.other_only) {
                s.push_str(&format!(" | {}", u.value.trim()));
            }
            // Only when written, as `perhitungan`; in the other content too: the record does not
            // list it.
            if let Some(p) = i.perspektif.as_ref().filter(|_| form.perspektif) {
                s.push_str(&format!(" | perspektif {}", p.value.code()));
            }
            // Only when written, so that a plan without it keeps the approvals given before.
            if let Some(p) = i
                .perhitungan
                .as_ref()
                .filter(|_| form.perhitungan && !form.other_only)
            {
                s.push_str(&format!(" | perhitungan {}", p.value.code()));
            }
            s.push('\n');
            w.fact("indikator", rhk, s);
            if form.other_only {
                continue;
            }
            let mut periods: Vec<_> = i.target_periodik.iter().flat_map(|l| l.iter()).collect();
            // Key order is layout, not content.
            if form.sorted_periods {
                periods.sort_by_key(|(p, _)| p.value);
            }
            for (p, t) in periods {
                w.fact(
                    "indikator",
                    rhk,
                    format!("periodik {} {}\n", p.value, t.value.text().trim()),
                );
            }
        }
    }
    if let Some(p) = &skp.perilaku_kerja {
        for (v, code, _) in super::vocab::Perilaku::ALL {
            if let Some(e) = p
                .value
                .get(*v)
                .and_then(|e| e.value.ekspektasi_khusus.as_ref())
            {
                w.fact(
                    "ekspektasi",
                    "",
                    format!("ekspektasi {code} {}\n", e.value.trim()),
                );
            }
        }
    }
}

/// The identity the printed form shows, one line per fact ([`Form::identity`]). The
/// plan's `status` is left out: it is set after the approval it reports.
fn identity(skp: &Skp, w: &mut Writer) {
    let text = |t: Option<&Sp<String>>| t.map_or(String::new(), |t| t.value.trim().to_string());
    let p = &skp.pegawai.value;
    w.fact(
        "pegawai",
        "",
        format!(
            "pegawai {} | {} | {} | {} | {} | {} | {}\n",
            p.nama.value.trim(),
            p.jenis_pegawai.as_ref().map_or("", |j| j.value.code()),
            text(p.pangkat.as_ref()),
            p.jabatan.value.trim(),
            p.jenis_jabatan.value.code(),
            p.jenjang.as_ref().map_or("", |j| j.value.code()),
            p.unit_kerja.value.trim(),
        ),
    );
    let q = &skp.pejabat_penilai.value;
    w.fact(
        "penilai",
        "",
        format!(
            "penilai {} | {} | {} | {} | {}\n",
            q.nama.value.trim(),
            q.jabatan.value.trim(),
            text(q.pangkat.as_ref()),
            text(q.unit_kerja.as_ref()),
            q.sebagai.as_ref().map_or("", |x| x.value.code()),
        ),
    );
    if let Some(a) = &skp.atasan_pejabat_penilai {
        let a = &a.value;
        w.fact(
            "atasan",
            "",
            format!(
                "atasan {} | {} | {} | {} | {}\n",
                a.nip.as_ref().map_or("", |n| n.value.as_str()),
                a.nama.value.trim(),
                a.jabatan.value.trim(),
                text(a.pangkat.as_ref()),
                text(a.unit_kerja.as_ref()),
            ),
        );
    }
    if let Some(p) = &skp.periode_penilaian {
        w.fact(
            "periode",
            "",
            format!(
                "periode {} {}\n",
                p.value.mulai.value, p.value.selesai.value
            ),
        );
    }
    if let Some(e) = &skp.evaluasi {
        w.fact("evaluasi", "", format!("evaluasi {}\n", e.value.code()));
    }
    if let Some(f) = &skp.format {
        w.fact("format", "", format!("format {}\n", f.value.code()));
    }
    if let Some(l) = &skp.lampiran {
        let l = &l.value;
        for (name, items) in [
            ("dukungan_sumber_daya", &l.dukungan_sumber_daya),
            ("skema_pertanggungjawaban", &l.skema_pertanggungjawaban),
            ("konsekuensi", &l.konsekuensi),
        ] {
            for item in items.iter().flat_map(|i| i.value.iter()) {
                w.fact(
                    "lampiran",
                    "",
                    format!("lampiran {name} {}\n", item.value.trim()),
                );
            }
        }
    }
}

/// SHA-256 (hex) of [`normalised`]: what a new approval records.
pub fn content_hash(skp: &Skp) -> String {
    sha256_hex(&normalised(skp))
}

/// Whether `approval` covers the plan as it is now. A record made by an older skp (before the
/// unit or `perhitungan` entered the content, or the periods were put in order, which it says
/// by keeping no `bentuk`) still holds while everything it covered is unchanged (approving
/// again makes the current record). A current record matches the current form only, so that
/// a `perhitungan` added after it is a change.
pub fn approves(approval: &Approval, skp: &Skp) -> bool {
    let sha256 = approval.sha256.value.as_str();
    match approval.bentuk.as_ref().map(|b| b.value) {
        None => Form::OLDER
            .iter()
            .any(|f| sha256 == sha256_hex(&normalised_with(skp, *f))),
        // A form this version does not know (written by a newer skp): never taken as agreed.
        bentuk => {
            Form::numbered(bentuk).is_some_and(|f| sha256 == sha256_hex(&normalised_with(skp, f)))
        }
    }
}

fn sha256_hex(text: &str) -> String {
    crate::base::hex(&Sha256::digest(text.as_bytes()))
}
