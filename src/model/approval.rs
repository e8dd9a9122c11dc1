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
use super::vocab::{Polaritas, Vocab};

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
    /// Target periodik yang disetujui, per periode, sebagaimana ditulis.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    pub target_periodik: Option<super::Keyed<String, String>>,
}

/// The plan's content as it is agreed: identity, results, indicators with their targets and
/// periodic targets, and the leader's expectations — one line per fact, in plan order. Comments,
/// key order, quoting and layout do not enter it, so reformatting a file keeps an approval.
pub fn normalised(skp: &Skp) -> String {
    normalised_with(skp, true)
}

/// [`normalised`] as approvals made before the unit (`satuan`) entered it computed it.
fn normalised_without_satuan(skp: &Skp) -> String {
    normalised_with(skp, false)
}

fn normalised_with(skp: &Skp, satuan: bool) -> String {
    let mut s = format!(
        "skp {}\nnip {}\ntahun {}\npendekatan {}\npenilai {}\n",
        skp.resolved_id.value,
        skp.nip_shown(),
        skp.tahun.value,
        skp.pendekatan.value.code(),
        skp.pejabat_penilai
            .nip
            .as_ref()
            .map_or("", |n| n.value.as_str()),
    );
    for r in skp.hasil_kerja.iter() {
        s.push_str(&format!(
            "rhk {} {} {}\n",
            r.id.value,
            r.jenis.as_ref().map_or("utama", |j| j.value.code()),
            r.rhk.value.trim()
        ));
        for i in r.intervensi.iter().flat_map(|l| l.iter()) {
            // The newer marks only when written, so that an approval given before they
            // existed still matches its unchanged plan.
            let eksternal = if i.eksternal { " eksternal" } else { "" };
            let cara = i
                .cara
                .as_ref()
                .map_or(String::new(), |c| format!(" cara {}", c.value.code()));
            s.push_str(&format!(
                "intervensi {}{eksternal}{cara}\n",
                i.reference.value
            ));
        }
        for a in r.acuan.iter().flat_map(|l| l.iter()) {
            s.push_str(&format!("acuan {}\n", a.value));
        }
        for i in r.indikator.iter() {
            s.push_str(&format!(
                "iki {} {} | {} | {} | {}",
                i.id.value,
                i.aspek.as_ref().map_or("", |a| a.value.code()),
                i.teks.value.trim(),
                i.target.value.text().trim(),
                i.polaritas().code(),
            ));
            // "4" of modul and "4" of lembar are not the same commitment.
            if let Some(u) = i.satuan.as_ref().filter(|_| satuan) {
                s.push_str(&format!(" | {}", u.value.trim()));
            }
            s.push('\n');
            for (p, t) in i.target_periodik.iter().flat_map(|l| l.iter()) {
                s.push_str(&format!("periodik {} {}\n", p.value, t.value.text().trim()));
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
                s.push_str(&format!("ekspektasi {code} {}\n", e.value.trim()));
            }
        }
    }
    s
}

/// SHA-256 (hex) of [`normalised`]: what a new approval records.
pub fn content_hash(skp: &Skp) -> String {
    sha256_hex(&normalised(skp))
}

/// Whether an approval recorded as `sha256` covers the plan as it is now. A record made before
/// the unit entered the content still holds while everything it covered is unchanged (it
/// cannot see a change of unit; approving again makes the record that can).
pub fn approves(sha256: &str, skp: &Skp) -> bool {
    sha256 == content_hash(skp) || sha256 == sha256_hex(&normalised_without_satuan(skp))
}

fn sha256_hex(text: &str) -> String {
    crate::base::hex(&Sha256::digest(text.as_bytes()))
}
