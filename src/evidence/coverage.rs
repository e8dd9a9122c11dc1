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
    /// The evidence is only links without a content hash, which nobody can check later.
    Unverified,
    Met,
    NotDue,
    NotApplicable,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "terpenuhi",
            Status::Short => "kurang",
            Status::Unverified => "tidak_terverifikasi",
            Status::Empty => "kosong",
            Status::Changed => "berubah",
            Status::Missing => "hilang",
            Status::NotDue => "belum_jatuh_tempo",
            Status::NotApplicable => "tidak_berlaku",
        }
    }

    /// The status in words, for people (machine formats keep [`Status::code`]).
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Lang::{En, Id};
        match (self, lang) {
            (Status::Met, Id) => "terpenuhi",
            (Status::Met, En) => "met",
            (Status::Short, Id) => "kurang",
            (Status::Short, En) => "short",
            (Status::Unverified, Id) => "tidak terverifikasi",
            (Status::Unverified, En) => "unverified",
            (Status::Empty, Id) => "kosong",
            (Status::Empty, En) => "empty",
            (Status::Changed, Id) => "berubah",
            (Status::Changed, En) => "changed",
            (Status::Missing, Id) => "hilang",
            (Status::Missing, En) => "missing",
            (Status::NotDue, Id) => "belum jatuh tempo",
            (Status::NotDue, En) => "not yet due",
            (Status::NotApplicable, Id) => "tidak berlaku",
            (Status::NotApplicable, En) => "not applicable",
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
    /// The period grid the cell follows, and why.
    pub grid: Evaluasi,
    pub grid_reason: GridReason,
    /// The entries counted for the cell (ledger document, entry index), so that a report can
    /// say which cells rest only on evidence that failed a content check.
    pub entries: Vec<(usize, usize)>,
}

/// Why an indicator's cells follow the grid they follow (shown in `skp report`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridReason {
    /// `bukti_periode` on the indicator.
    Explicit,
    /// Kualitas, waktu and biaya are judged once a year unless `bukti_periode` says otherwise.
    AnnualAspect,
    /// The SKP's evaluation grid (`evaluasi`, or `[workspace] evaluation`).
    Skp,
}

impl GridReason {
    pub fn code(self) -> &'static str {
        match self {
            GridReason::Explicit => "bukti_periode",
            GridReason::AnnualAspect => "aspek",
            GridReason::Skp => "skp",
        }
    }
}

/// The cell of the indicator `iki` of `skp` that evidence of `period` counts in, and why its
/// cells are that size, when that cell is larger than the period (evidence of a quarter for an
/// indicator judged once a year): what `evidence add` tells the user, so that a report's
/// yearly cell is no surprise. `None` when the period is a cell of its own, or no indicator of
/// the SKP has that id.
pub fn coarser_cell(
    skp: &crate::model::skp::Skp,
    iki: &str,
    period: Period,
    default: Evaluasi,
) -> Option<(Period, GridReason)> {
    let (cells, reason) = cells_of(skp, iki, default)?;
    let (p0, p1) = period.bounds();
    cells
        .into_iter()
        .find(|c| {
            let (c0, c1) = c.bounds();
            c0 <= p0 && p1 <= c1
        })
        .filter(|c| *c != period)
        .map(|c| (c, reason))
}

/// The cells of the indicator `iki` of `skp` that `period` overlaps without fitting in any
/// (evidence of a semester for an indicator checked every quarter), and why its cells are that
/// size: such evidence fills none of them. `None` when the period fits in a cell, or no
/// indicator of the SKP has that id.
pub fn wider_than_cells(
    skp: &crate::model::skp::Skp,
    iki: &str,
    period: Period,
    default: Evaluasi,
) -> Option<(Vec<Period>, GridReason)> {
    let (cells, reason) = cells_of(skp, iki, default)?;
    let (p0, p1) = period.bounds();
    if cells.iter().any(|c| {
        let (c0, c1) = c.bounds();
        c0 <= p0 && p1 <= c1
    }) {
        return None;
    }
    let overlapped: Vec<Period> = cells
        .into_iter()
        .filter(|c| {
            let (c0, c1) = c.bounds();
            c0 <= p1 && p0 <= c1
        })
        .collect();
    (!overlapped.is_empty()).then_some((overlapped, reason))
}

/// The coverage cells of the indicator `iki` of `skp` in its year, and why they are that size.
fn cells_of(
    skp: &crate::model::skp::Skp,
    iki: &str,
    default: Evaluasi,
) -> Option<(Vec<Period>, GridReason)> {
    let i = skp
        .hasil_kerja
        .iter()
        .flat_map(|r| r.indikator.iter())
        .find(|i| i.id.value == iki)?;
    let grid = skp.evaluasi.as_ref().map_or(default, |e| e.value);
    let (cell_grid, reason) = grid_of(
        grid,
        i.bukti_periode.as_ref().map(|b| b.value),
        i.aspek.as_ref().map(|a| a.value),
    );
    Some((Period::grid(skp.tahun.value, cell_grid), reason))
}

/// The period grid of an indicator and why: `bukti_periode`, else kuantitas and JPT indicators
/// follow the SKP's grid, kualitas/waktu/biaya are annual.
fn grid_of(
    grid: Evaluasi,
    explicit: Option<Evaluasi>,
    aspek: Option<Aspek>,
) -> (Evaluasi, GridReason) {
    match (explicit, aspek) {
        (Some(e), _) => (e, GridReason::Explicit),
        (None, Some(Aspek::Kualitas | Aspek::Waktu | Aspek::Biaya)) => {
            (Evaluasi::Tahunan, GridReason::AnnualAspect)
        }
        _ => (grid, GridReason::Skp),
    }
}

/// The day an entry's evidence belongs to: its `tanggal`, else the day it was recorded.
fn evidence_day(e: &super::ledger::Entry) -> Option<Date> {
    e.tanggal.as_deref().and_then(Date::parse).or_else(|| {
        e.ditambahkan
            .as_deref()
            .and_then(|d| d.get(..10))
            .and_then(Date::parse)
    })
}

/// Every cell of every SKP at `as_of`.
pub fn compute(ws: &Workspace, ev: &Report, as_of: Date) -> Vec<Cell> {
    let grace = i64::from(ws.config.workspace.grace_days);
    let min = ws.config.evidence.min_per_period as usize;
    let count_urls = ws.config.evidence.count_unpinned_urls;
    let rhk_covers = ws.config.evidence.rhk_covers_indicators;
    // SKP id → its entries as checked; an entry whose bytes contradict its name (B112) is
    // kept but cannot verify a cell.
    let mut by_skp: HashMap<&str, Vec<&super::verify::Checked>> = HashMap::new();
    for c in &ev.checked {
        by_skp.entry(c.skp.as_str()).or_default().push(c);
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
                let (cell_grid, grid_reason) = grid_of(
                    grid,
                    i.bukti_periode.as_ref().map(|b| b.value),
                    i.aspek.as_ref().map(|a| a.value),
                );
                for period in Period::grid(s.tahun.value, cell_grid) {
                    let (b0, b1) = period.bounds();
                    // Clip to the appraisal period; a cell outside it does not apply.
                    let (c0, c1) = (b0.max(p0), b1.min(p1));
                    let applies = c0 <= c1;
                    // An entry counts for the cells of its own indicator (of the RHK too, only
                    // when configured), if its date puts it inside the cell's period as clipped
                    // to the SKP's (work before a transfer is not the new post's) and not after
                    // the report's date.
                    let checked: Vec<&super::verify::Checked> = entries
                        .iter()
                        .filter(|c| {
                            let e = &c.entry;
                            e.periode.within(period)
                                && (e.untuk.contains(&i.id.value)
                                    || (rhk_covers && e.untuk.contains(&r.id.value)))
                                && evidence_day(e).is_some_and(|d| c0 <= d && d <= c1 && d <= as_of)
                        })
                        .copied()
                        .collect();
                    // One content counts once: a line repeated by a merge, or a copy of the
                    // ledger under another name, is not a second piece of evidence.
                    let mut seen = std::collections::HashSet::new();
                    let counted: Vec<(&super::ledger::Entry, &State, bool)> = checked
                        .iter()
                        .filter(|c| {
                            seen.insert(c.entry.sha256.as_deref().or(c.entry.url.as_deref()))
                        })
                        .map(|c| (&c.entry, &c.state, c.mismatch.is_some()))
                        .collect();
                    let bukti = counted.len();
                    let terverifikasi = counted
                        .iter()
                        .filter(|(_, st, bad)| **st == State::Ok && !bad)
                        .count();
                    // A file there that could not be read (its permissions) vouches for
                    // nothing, yet is no tamper signal: its cell is unverified, not missing.
                    let unread = |st: &State| matches!(st, State::Unreadable { .. });
                    let unreadable = counted.iter().filter(|(_, st, _)| unread(st)).count();
                    // Pinned evidence that was read and also passed the content check.
                    let pinned = counted
                        .iter()
                        .filter(|(e, st, bad)| e.sha256.is_some() && !bad && !unread(st))
                        .count();
                    let due = as_of > c1.add_days(grace);
                    let status = if !applies {
                        Status::NotApplicable
                    } else if counted
                        .iter()
                        .any(|(_, st, _)| matches!(st, State::Changed { .. }))
                    {
                        Status::Changed
                    } else if counted.iter().any(|(_, st, _)| {
                        // Not there: nothing vouches for its content.
                        matches!(st, State::Missing | State::Moved { .. } | State::Unsafe)
                    }) {
                        Status::Missing
                    } else if pinned >= min || (count_urls && bukti - unreadable >= min) {
                        Status::Met
                    } else if bukti >= min {
                        Status::Unverified
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
                        grid: cell_grid,
                        grid_reason,
                        entries: checked
                            .iter()
                            .filter_map(|c| Some((c.doc?, c.index)))
                            .collect(),
                    });
                }
            }
        }
    }
    out
}
