//! Loaded SKPs back into template rows, for `export --xlsx` and for telling whether an import
//! changes a plan at all.

use super::COLUMNS;
use super::rows::{SATUAN_DESKRIPSI, SATUAN_KATEGORI};
use crate::model::period::Period;
use crate::model::skp::{Skp, Target};
use crate::model::vocab::Vocab;

/// One row per indicator, cells in [`COLUMNS`] order, as text.
pub fn rows(skp: &Skp) -> Vec<Vec<String>> {
    let p = &skp.pegawai;
    let pp = &skp.pejabat_penilai;
    let mut out = Vec::new();
    for r in skp.hasil_kerja.iter() {
        let intervensi: Vec<&str> = r
            .intervensi
            .iter()
            .flat_map(|l| l.iter().map(|i| i.reference.value.as_str()))
            .collect();
        let acuan: Vec<&str> = r
            .acuan
            .iter()
            .flat_map(|l| l.iter().map(|a| a.value.as_str()))
            .collect();
        for i in r.indikator.iter() {
            let (target, satuan) = match &i.target.value {
                Target::Kategori(k) => (k.clone(), SATUAN_KATEGORI.to_string()),
                Target::Deskripsi(d) => (d.clone(), SATUAN_DESKRIPSI.to_string()),
                t => (
                    t.text(),
                    i.satuan
                        .as_ref()
                        .map(|s| s.value.clone())
                        .unwrap_or_default(),
                ),
            };
            let quarter = |q: u8| {
                i.target_periodik
                    .as_ref()
                    .and_then(|m| {
                        m.iter()
                            .find(|(k, _)| k.value == Period::Quarter(skp.tahun.value, q))
                            .map(|(_, v)| v.value.text())
                    })
                    .unwrap_or_default()
            };
            let cells = [
                p.nip.value.as_str().to_string(),
                p.nama.value.clone(),
                p.jabatan.value.clone(),
                p.jenis_jabatan.value.code().to_string(),
                p.jenjang
                    .as_ref()
                    .map_or("", |j| j.value.code())
                    .to_string(),
                p.unit_kerja.value.clone(),
                skp.tahun.value.to_string(),
                pp.nip
                    .as_ref()
                    .map(|n| n.value.as_str().to_string())
                    .unwrap_or_default(),
                pp.nama.value.clone(),
                pp.jabatan.value.clone(),
                r.id.value.clone(),
                r.jenis.as_ref().map_or("", |j| j.value.code()).to_string(),
                r.rhk.value.clone(),
                intervensi.join("; "),
                acuan.join("; "),
                i.id.value.clone(),
                i.aspek.as_ref().map_or("", |a| a.value.code()).to_string(),
                i.perspektif
                    .as_ref()
                    .map_or("", |a| a.value.code())
                    .to_string(),
                i.teks.value.clone(),
                target,
                satuan,
                i.polaritas
                    .as_ref()
                    .map_or("", |a| a.value.code())
                    .to_string(),
                quarter(1),
                quarter(2),
                quarter(3),
                quarter(4),
                planned_evidence(i),
            ];
            debug_assert_eq!(cells.len(), COLUMNS.len());
            out.push(cells.to_vec());
        }
    }
    out
}

/// The `bukti_rencana` cell: items parted by `; `, one that holds a `;` or a line break or
/// starts with a quote in double quotes (import reads it back as one item).
fn planned_evidence(i: &crate::model::skp::Iki) -> String {
    i.bukti_rencana
        .iter()
        .flat_map(|l| l.iter().map(|b| b.value.as_str()))
        .map(|t| {
            // What the import would otherwise split (a `;`, a line break) or read as a quote.
            if t.contains([';', '\n', '\r']) || t.starts_with('"') {
                format!("\"{}\"", t.replace('"', "\"\""))
            } else {
                t.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}
