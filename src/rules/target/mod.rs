//! `T` rules: whether targets are realistic and challenging (*realistis dan menantang*,
//! PermenPANRB 6/2022: the leader weighs the baseline or last realisation when agreeing a
//! target). Each compares like with like — the same indicator last year, its baseline, the
//! organisation target it cites, the targets that cascade from it — and is silent when the
//! comparison has no data: absence is never a finding.

pub mod t101_not_challenging;
pub mod t102_unrealistic;
pub mod t103_differs_from_source;
pub mod t104_cascade_sum;
pub mod t105_periodic_contradicts;
pub mod t106_copied;
pub mod t107_deadline_outside;
pub mod t108_periodic_outside_grid;

use crate::model::skp::{Iki, Skp, Target};
use crate::model::target::{TargetValue, UnitClass, classify_unit};
use crate::model::vocab::Polaritas;
use crate::workspace::Workspace;

/// The number a target commits to, read the way its polarity judges it: the lower bound of a
/// range when higher is better, the upper one when lower is better.
pub fn committed(t: &Target, polaritas: Polaritas) -> Option<f64> {
    let q = t.quantity()?;
    Some(match q.value {
        TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => v,
        TargetValue::Range { min, max } => {
            if polaritas == Polaritas::Turun {
                min.max(max)
            } else {
                min.min(max)
            }
        }
    })
}

/// The unit class of a target (or of the indicator's `satuan`), so that counts are compared
/// with counts and percentages with percentages.
pub fn class(t: &Target, satuan: Option<&str>, ws: &Workspace) -> Option<UnitClass> {
    let unit = t.quantity()?.unit.as_deref().or(satuan)?;
    Some(classify_unit(unit, &ws.config.vocab.extra_units))
}

/// Whether two targets may be compared: both quantities whose units, when both are known,
/// are of one class.
pub fn comparable(
    a: &Target,
    a_unit: Option<&str>,
    b: &Target,
    b_unit: Option<&str>,
    ws: &Workspace,
) -> bool {
    if a.quantity().is_none() || b.quantity().is_none() {
        return false;
    }
    match (class(a, a_unit, ws), class(b, b_unit, ws)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Lower case, single spaces, letters and digits only: two writings of one indicator.
pub fn normalised(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every SKP by (NIP, year), the latest segment of a year kept: built once per rule, so that
/// finding each indicator's plan of the year before is a lookup, not a scan of every SKP (which
/// made the T rules quadratic in the size of the workspace).
pub struct ByYear<'w>(std::collections::HashMap<(&'w str, i32), &'w Skp>);

impl<'w> ByYear<'w> {
    pub fn of(ws: &'w Workspace) -> ByYear<'w> {
        let mut map: std::collections::HashMap<(&'w str, i32), &'w Skp> =
            std::collections::HashMap::new();
        // A plan of unknown NIP has no year before that can be told to be its own.
        for (nip, s) in ws.skps().filter_map(|(_, s)| Some((s.nip()?, s))) {
            let slot = map.entry((nip, s.tahun.value)).or_insert(s);
            if s.period().1 > slot.period().1 {
                *slot = s;
            }
        }
        ByYear(map)
    }

    /// The same employee's SKP of the year before (its latest segment).
    pub fn last_year(&self, skp: &Skp) -> Option<&'w Skp> {
        self.0.get(&(skp.nip()?, skp.tahun.value - 1)).copied()
    }
}

/// The same indicator in another SKP: by id when its text is still the same measure, else by
/// normalised text.
pub fn same_indicator<'s>(other: &'s Skp, iki: &Iki) -> Option<&'s Iki> {
    let text = normalised(&iki.teks.value);
    let all = || other.hasil_kerja.iter().flat_map(|r| r.indikator.iter());
    all()
        .find(|i| normalised(&i.teks.value) == text)
        .or_else(|| {
            all().find(|i| {
                i.id.value == iki.id.value
                    && crate::rules::smart::lexicon::head_noun(
                        i.teks.value.split_whitespace().next().unwrap_or(""),
                        &[],
                    ) == crate::rules::smart::lexicon::head_noun(
                        iki.teks.value.split_whitespace().next().unwrap_or(""),
                        &[],
                    )
            })
        })
}

/// What an indicator's target starts from: its baseline (with the year when given), if it is
/// a comparable quantity.
pub fn baseline_of(ws: &Workspace, c: &crate::rules::smart::IkiCx) -> Option<(f64, String)> {
    let b = c.iki.manual.as_ref()?.baseline.as_ref()?;
    let pol = c.iki.polaritas();
    let satuan = c.iki.satuan.as_ref().map(|s| s.value.as_str());
    let v = committed(&b.value.nilai.value, pol)?;
    comparable(
        &c.iki.target.value,
        satuan,
        &b.value.nilai.value,
        satuan,
        ws,
    )
    .then(|| {
        let year = b.value.tahun.as_ref().map(|y| format!(" {}", y.value));
        (v, format!("baseline{}", year.unwrap_or_default()))
    })
}

/// What the same indicator realised last year, if last year's SKP has it with a comparable
/// target and the year's realisation is known.
pub fn last_year_result(
    ws: &Workspace,
    years: &ByYear<'_>,
    c: &crate::rules::smart::IkiCx,
) -> Option<(f64, String)> {
    let prev = years.last_year(c.skp)?;
    let prev_iki = same_indicator(prev, c.iki)?;
    let satuan = c.iki.satuan.as_ref().map(|s| s.value.as_str());
    let prev_unit = prev_iki.satuan.as_ref().map(|s| s.value.as_str());
    if !comparable(
        &c.iki.target.value,
        satuan,
        &prev_iki.target.value,
        prev_unit,
        ws,
    ) {
        return None;
    }
    let grid = prev.grid(ws.config.workspace.evaluation);
    let r = crate::rules::nilai::to_date::realised(&ws.docs, prev, grid, prev_iki)?;
    Some((r, format!("realisasi {}", prev.tahun.value)))
}

/// A number in the unit of `like` ("45 pengaduan"), for messages.
pub fn with_unit(v: f64, like: &Target) -> crate::i18n::Amount {
    crate::i18n::Amount {
        value: v,
        unit: like
            .quantity()
            .and_then(|q| q.unit.as_deref())
            .map(Into::into),
    }
}

/// Whether `a` is worse than `b` for an indicator of `polaritas`.
pub fn worse(a: f64, b: f64, polaritas: Polaritas) -> bool {
    match polaritas {
        Polaritas::Turun => a > b,
        _ => a < b,
    }
}
