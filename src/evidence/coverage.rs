//! Evidence coverage: for every SKP, indicator and period cell, how much
//! recorded evidence there is and whether the cell is due, met, short, empty or tampered with.

use std::collections::HashMap;

use super::verify::{Report, State};
use crate::model::Content;
use crate::model::date::Date;
use crate::model::period::Period;
use crate::model::vocab::{Aspek, Evaluasi};
use crate::workspace::Workspace;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Recorded evidence whose content changed: a tamper signal.
    Changed,
    /// Recorded evidence whose file is missing.
    Missing,
    Empty,
    Short,
    Met,
    NotDue,
    NotApplicable,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "terpenuhi",
            Status::Short => "kurang",
            Status::Empty => "kosong",
            Status::Changed => "berubah",
            Status::Missing => "hilang",
            Status::NotDue => "belum_jatuh_tempo",
            Status::NotApplicable => "tidak_berlaku",
        }
    }

    /// Whether the cell counts as due ("sel wajib").
    pub fn is_due(self) -> bool {
        !matches!(self, Status::NotDue | Status::NotApplicable)
    }
}

#[derive(Debug, Clone)]
pub struct Cell {
    /// Index of the SKP in `Workspace::docs`.
    pub skp: usize,
    pub rhk: usize,
    pub iki: usize,
    pub period: Period,
    pub bukti: usize,
    pub terverifikasi: usize,
    pub status: Status,
    /// Whether the cell is due at `as_of` (a cell met early is not yet a due cell).
    pub due: bool,
}

/// The period grid of an indicator: `bukti_periode`, else kuantitas and JPT indicators follow
/// the SKP's grid, kualitas/waktu/biaya are annual.
fn cells_of(
    year: i32,
    grid: Evaluasi,
    explicit: Option<Evaluasi>,
    aspek: Option<Aspek>,
) -> Vec<Period> {
    let e = explicit.unwrap_or(match aspek {
        Some(Aspek::Kualitas | Aspek::Waktu | Aspek::Biaya) => Evaluasi::Tahunan,
        _ => grid,
    });
    Period::grid(year, e)
}

/// Every cell of every SKP at `as_of`.
pub fn compute(ws: &Workspace, ev: &Report, as_of: Date) -> Vec<Cell> {
    let grace = i64::from(ws.config.workspace.grace_days);
    let min = ws.config.evidence.min_per_period as usize;
    // SKP id → its ledgers' entries with their states.
    let mut by_skp: HashMap<&str, Vec<(&super::ledger::Entry, &State)>> = HashMap::new();
    for c in &ev.checked {
        by_skp
            .entry(c.skp.as_str())
            .or_default()
            .push((&c.entry, &c.state));
    }
    let mut out = Vec::new();
    for (di, d) in ws.docs.iter().enumerate() {
        let Content::Skp(s) = &d.content else {
            continue;
        };
        let grid = s
            .evaluasi
            .as_ref()
            .map_or(ws.config.workspace.evaluation, |e| e.value);
        let (p0, p1) = s.period();
        let entries = by_skp
            .get(s.resolved_id.value.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        for (ri, r) in s.hasil_kerja.iter().enumerate() {
            for (ii, i) in r.indikator.iter().enumerate() {
                let periods = cells_of(
                    s.tahun.value,
                    grid,
                    i.bukti_periode.as_ref().map(|b| b.value),
                    i.aspek.as_ref().map(|a| a.value),
                );
                for period in periods {
                    let (c0, c1) = period.bounds();
                    // Clip to the appraisal period; a cell outside it does not apply.
                    let (c0, c1) = (c0.max(p0), c1.min(p1));
                    let applies = c0 <= c1;
                    let counted: Vec<&State> = entries
                        .iter()
                        .filter(|(e, _)| {
                            e.periode.within(period)
                                && (e.untuk.contains(&i.id.value) || e.untuk.contains(&r.id.value))
                        })
                        .map(|(_, st)| *st)
                        .collect();
                    let bukti = counted.len();
                    let terverifikasi = counted.iter().filter(|st| ***st == State::Ok).count();
                    let due = as_of > c1.add_days(grace);
                    let status = if !applies {
                        Status::NotApplicable
                    } else if counted.iter().any(|st| matches!(st, State::Changed { .. })) {
                        Status::Changed
                    } else if counted.iter().any(|st| {
                        matches!(st, State::Missing | State::Moved { .. } | State::Unsafe)
                    }) {
                        Status::Missing
                    } else if bukti >= min {
                        Status::Met
                    } else if !due {
                        Status::NotDue
                    } else if bukti == 0 {
                        Status::Empty
                    } else {
                        Status::Short
                    };
                    out.push(Cell {
                        skp: di,
                        rhk: ri,
                        iki: ii,
                        period,
                        bukti,
                        terverifikasi,
                        status,
                        due: applies && due,
                    });
                }
            }
        }
    }
    out
}
