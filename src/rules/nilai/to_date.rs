//! The advisory capaian of one indicator in one evaluation, with the periods rolled up by the
//! indicator's `perhitungan`: a cumulative indicator evaluated in TW2 is measured by what TW1
//! and TW2 realised together against the TW2 target, an averaged one by their mean, a
//! final-value one by TW2 alone. Shared by N111 and `skp evaluate`, so the rule and the table
//! never disagree.

use crate::model::capaian::{Capaian, capaian, capaian_of, deadline_met, number_in, roll_up};
use crate::model::period::Period;
use crate::model::skp::{Iki, Skp, Target};
use crate::model::vocab::{Evaluasi, Perhitungan};
use crate::model::{Content, Doc};

/// A roll-up over periodic realisations.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RollUp {
    pub perhitungan: Perhitungan,
    /// The rolled-up value the capaian was measured by.
    pub value: f64,
    /// How many periodic evaluations it rests on.
    pub periods: usize,
    /// How many it should rest on by then: the periods of the plan's grid ([`periods_due`]).
    /// Fewer means one is missing, or names another plan.
    pub due: usize,
}

/// How many evaluation periods of `skp`'s grid end by the end of `periode` (the year itself
/// apart) within its appraisal period: the periods a roll-up for `periode` should rest on. A
/// roll-up on fewer has an evaluation missing, or one that names another plan, and says so.
pub fn periods_due(skp: &Skp, grid: Evaluasi, periode: Period) -> usize {
    let year = skp.tahun.value;
    let end = periode.bounds().1;
    Period::grid(year, grid)
        .into_iter()
        .filter(|c| *c != Period::Year(year) && c.bounds().1 <= end && skp.evaluates(grid, *c))
        .count()
}

/// The target an evaluation of `periode` is measured against: the periodic target when the
/// SKP sets one for that period, else the annual target.
pub fn target_for(iki: &Iki, periode: Period) -> &Target {
    iki.target_periodik
        .as_ref()
        .and_then(|t| t.iter().find(|(p, _)| p.value == periode))
        .map_or(&iki.target.value, |(_, t)| &t.value)
}

/// The target of `periode` as written for people (forms, `skp evaluate`): a periodic target
/// written as a bare number (`2026-TW2: 1`) is in the unit of the indicator (its `satuan`, or
/// that of the annual target, `4 dokumen`), and is shown with it.
pub fn target_text_for(iki: &Iki, periode: Period) -> String {
    let target = target_for(iki, periode);
    let text = target.text();
    let bare = target.quantity().is_some_and(|q| q.unit.is_none());
    if std::ptr::eq(target, &iki.target.value) || !bare {
        return text;
    }
    let unit = match &iki.satuan {
        Some(s) => Some(s.value.clone()),
        None => iki
            .target
            .value
            .quantity()
            .and_then(|q| q.unit.as_deref().map(str::to_string)),
    };
    match unit {
        Some(unit) => format!("{text} {unit}"),
        None => text,
    }
}

/// `text`, a target as written, with the indicator's `satuan` after it when it names no unit
/// of its own (`1-3` with `satuan: hari kerja`): what forms and `skp evaluate` show.
pub fn with_satuan(iki: &Iki, text: String) -> String {
    match (
        &iki.satuan,
        text.chars().any(|c| c.is_alphabetic() || c == '%'),
    ) {
        (Some(u), false) => format!("{text} {}", u.value),
        _ => text,
    }
}

/// The numbers realised for `iki` by the periodic evaluations of `skp` that end no later than
/// `periode` ends (the annual evaluation itself excluded), in period order. Only evaluations
/// of its `grid` count: one off it (`2026-05` on a quarterly plan, N104's error) would add a
/// figure no period of the plan measures, and make a roll-up look complete.
fn periodic_values(
    docs: &[Doc],
    skp: &Skp,
    grid: Evaluasi,
    iki: &Iki,
    periode: Period,
) -> Vec<f64> {
    let end = periode.bounds().1;
    let target = target_for(iki, periode);
    let satuan = iki.satuan.as_ref().map(|s| s.value.as_str());
    let year = Period::Year(skp.tahun.value);
    let mut found: Vec<(Period, f64)> = docs
        .iter()
        .filter_map(|d| match &d.content {
            Content::Realisasi(r) => Some(r.as_ref()),
            _ => None,
        })
        .filter(|r| {
            r.skp.value == skp.resolved_id.value
                && r.periode.value != year
                && r.periode.value.bounds().1 <= end
                && skp.evaluates(grid, r.periode.value)
        })
        .filter_map(|r| {
            let (_, v) = r
                .hasil_kerja
                .iter()
                .flat_map(|h| h.iter())
                .find(|(k, _)| k.value == iki.id.value)?;
            let raw = v.value.realisasi.as_ref()?;
            // Counted in the unit of the target it rolls up against; a value in another kind
            // of unit is left out, as its own capaian is.
            Some((r.periode.value, number_in(&raw.value, target, satuan)?))
        })
        .collect();
    found.sort_by_key(|(p, _)| (p.bounds().1, p.bounds().0));
    // One value per period (a duplicate evaluation is N107's finding, not a second value).
    found.dedup_by_key(|(p, _)| *p);
    found.into_iter().map(|(_, v)| v).collect()
}

/// The advisory capaian of `iki` in the evaluation of `periode` whose own realisation is
/// `raw`, and the roll-up it rests on when there is one.
pub fn line_capaian(
    docs: &[Doc],
    skp: &Skp,
    grid: Evaluasi,
    iki: &Iki,
    periode: Period,
    raw: Option<&str>,
) -> (Option<Capaian>, Option<RollUp>) {
    let (capaian, roll) = measured_to_date(docs, skp, grid, iki, periode, raw);
    // A ceiling for the year (`≤ Rp 150 juta`, `≤ 12 aduan`) cannot be met by a part of the
    // year: 40 juta in the first quarter is not 173 % of it. It can be broken already, which
    // the capaian below 100 says. A ceiling of none (`0 insiden`) holds in every part of the
    // year alike.
    use crate::model::target::TargetValue;
    let zero = target_for(iki, periode)
        .quantity()
        .is_some_and(|q| match q.value {
            TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => v == 0.0,
            TargetValue::Range { .. } => false,
        });
    // The last period's sum to date is the year's (`kumulatif` in TW4): judged as the year,
    // when it rests on every period due (two months of twelve are not the year's total).
    let whole_year = roll
        .as_ref()
        .is_some_and(|r| r.perhitungan == Perhitungan::Kumulatif && r.periods >= r.due)
        && periode.bounds().1 >= Period::Year(skp.tahun.value).bounds().1;
    let ceiling = iki.polaritas() == crate::model::vocab::Polaritas::Turun
        && !zero
        && !whole_year
        && against_year(skp, iki, periode);
    match capaian {
        Some(c) if ceiling && c.met() => (None, roll),
        c => (c, roll),
    }
}

fn measured_to_date(
    docs: &[Doc],
    skp: &Skp,
    grid: Evaluasi,
    iki: &Iki,
    periode: Period,
    raw: Option<&str>,
) -> (Option<Capaian>, Option<RollUp>) {
    let target = target_for(iki, periode);
    if let Target::Tenggat { date, .. } = target {
        return (
            raw.and_then(|r| deadline_met(*date, r, Some(periode))),
            None,
        );
    }
    let polaritas = iki.polaritas();
    let satuan = iki.satuan.as_ref().map(|s| s.value.as_str());
    let as_written = || raw.and_then(|r| capaian(target, r, polaritas, satuan));
    let Some(perhitungan) = iki.perhitungan.as_ref().map(|p| p.value) else {
        return (as_written(), None);
    };
    let annual = periode == Period::Year(skp.tahun.value);
    let roll = match (annual, perhitungan, raw.filter(|r| !r.trim().is_empty())) {
        // The year's own figure, when written, is the year's realisation.
        (true, _, Some(_)) => false,
        (true, _, None) => true,
        // A period's final value is that period's.
        (false, Perhitungan::NilaiAkhir, _) => false,
        (false, _, written) => written.is_some(),
    };
    if !roll || matches!(target, Target::Kategori(_)) {
        return (as_written(), None);
    }
    let values = periodic_values(docs, skp, grid, iki, periode);
    // A period's own figure rolled up alone says nothing new (and is its own capaian, however
    // many periods are missing before it).
    if !annual && values.len() < 2 {
        return (as_written(), None);
    }
    let due = periods_due(skp, grid, periode);
    let Some(value) = roll_up(perhitungan, &values) else {
        return (as_written(), None);
    };
    let r = RollUp {
        perhitungan,
        value,
        periods: values.len(),
        due,
    };
    (capaian_of(target, value, polaritas), Some(r))
}

/// Whether the evaluation of `periode` measures `iki` against the year's whole target: the
/// plan sets none for the period (`target_periodik`), the period is not the year, and the
/// figure adds up over the year (documents, places, rupiah — counted as written or summed to
/// date with `kumulatif`). A rate, a duration, an average or a last value is the same kind of
/// figure in a quarter, and is not.
pub fn against_year(skp: &Skp, iki: &Iki, periode: Period) -> bool {
    use crate::model::target::{UnitClass, classify_unit};
    let target = target_for(iki, periode);
    // Units skp cannot classify count as things counted: a plan's own units are nouns.
    let additive = target.quantity().is_some_and(|q| {
        q.unit
            .as_deref()
            .or(iki.satuan.as_ref().map(|s| s.value.as_str()))
            .is_some_and(|u| {
                matches!(
                    classify_unit(u, &[]),
                    UnitClass::Count | UnitClass::Money | UnitClass::Other
                )
            })
    });
    let summed = iki
        .perhitungan
        .as_ref()
        .is_none_or(|p| p.value == Perhitungan::Kumulatif);
    periode != Period::Year(skp.tahun.value)
        && std::ptr::eq(target, &iki.target.value)
        && summed
        && additive
        && !is_rate(&target.text())
}

/// Whether a target is a rate, the same kind of figure in a quarter as in the year:
/// `≤ 10 kasus/bulan`, `≤ 90 per 100.000 kelahiran hidup`, `1 : 100`, `2 kali setiap bulan`.
fn is_rate(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains('/')
        || t.contains(':')
        || t.split_whitespace()
            .any(|w| matches!(w, "per" | "setiap" | "tiap" | "perbulan" | "pertahun"))
}

/// What `iki` realised over the whole year of `skp`: the annual evaluation's own figure, else
/// the periodic ones of its `grid` rolled up by its `perhitungan`. `None` without data.
pub fn realised(docs: &[Doc], skp: &Skp, grid: Evaluasi, iki: &Iki) -> Option<f64> {
    let year = Period::Year(skp.tahun.value);
    let written = docs
        .iter()
        .filter_map(|d| match &d.content {
            Content::Realisasi(r) => Some(r.as_ref()),
            _ => None,
        })
        .filter(|r| r.skp.value == skp.resolved_id.value && r.periode.value == year)
        .find_map(|r| {
            let (_, v) = r
                .hasil_kerja
                .iter()
                .flat_map(|h| h.iter())
                .find(|(k, _)| k.value == iki.id.value)?;
            number_in(
                &v.value.realisasi.as_ref()?.value,
                &iki.target.value,
                iki.satuan.as_ref().map(|s| s.value.as_str()),
            )
        });
    written.or_else(|| {
        let p = iki.perhitungan.as_ref()?.value;
        roll_up(p, &periodic_values(docs, skp, grid, iki, year))
    })
}
