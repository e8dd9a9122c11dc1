//! Matriks Peran Hasil: a leader's indicators as columns, the staff who serve them as rows,
//! each cell the staff RHK serving that indicator (domain.md §1.8).

use super::{Origin, Target};
use crate::workspace::Workspace;

#[derive(Debug, Clone)]
pub struct Column {
    pub rhk: String,
    pub iki: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub rhk: String,
    pub text: String,
    /// Serves the leader's RHK as a whole rather than this indicator.
    pub via_rhk: bool,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub skp: String,
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub cells: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone)]
pub struct Mph {
    pub leader_skp: String,
    pub leader_nama: String,
    pub leader_jabatan: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// The matrix of the SKP at `leader` (an index into `Workspace::docs`).
pub fn build(ws: &Workspace, cascade: &super::Cascade, leader: usize) -> Option<Mph> {
    let l = ws.skp_at(leader)?;
    // Columns, and for each leader RHK the range of its columns.
    let mut columns = Vec::new();
    let mut ranges = Vec::new();
    for r in l.hasil_kerja.iter() {
        let start = columns.len();
        for i in r.indikator.iter() {
            columns.push(Column {
                rhk: r.id.value.clone(),
                iki: i.id.value.clone(),
                text: i.teks.value.clone(),
            });
        }
        ranges.push(start..columns.len());
    }
    let mut rows: Vec<Row> = Vec::new();
    for r in &cascade.references {
        let Origin::Intervensi { doc, rhk, .. } = r.origin else {
            continue;
        };
        let Ok(Target::Skp {
            doc: td,
            rhk: tr,
            iki,
        }) = &r.result
        else {
            continue;
        };
        if *td != leader || doc == leader {
            continue;
        }
        let Some(s) = ws.skp_at(doc) else { continue };
        let own = &s.hasil_kerja[rhk];
        let pos = match rows.iter().position(|row| row.skp == s.resolved_id.value) {
            Some(p) => p,
            None => {
                rows.push(Row {
                    skp: s.resolved_id.value.clone(),
                    nip: s.nip_shown().to_string(),
                    nama: s.pegawai.nama.value.clone(),
                    jabatan: s.pegawai.jabatan.value.clone(),
                    cells: vec![Vec::new(); columns.len()],
                });
                rows.len() - 1
            }
        };
        let cell = |via_rhk| Cell {
            rhk: own.id.value.clone(),
            text: own.rhk.value.clone(),
            via_rhk,
        };
        let targets: Vec<usize> = match iki {
            Some(i) => vec![ranges[*tr].start + i],
            None => ranges[*tr].clone().collect(),
        };
        for c in targets {
            let list = &mut rows[pos].cells[c];
            if !list.iter().any(|x| x.rhk == own.id.value) {
                list.push(cell(iki.is_none()));
            }
        }
    }
    rows.sort_by(|a, b| a.jabatan.cmp(&b.jabatan).then(a.nama.cmp(&b.nama)));
    Some(Mph {
        leader_skp: l.resolved_id.value.clone(),
        leader_nama: l.pegawai.nama.value.clone(),
        leader_jabatan: l.pegawai.jabatan.value.clone(),
        columns,
        rows,
    })
}
