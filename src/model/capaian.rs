//! Advisory *capaian* (achievement) of an indicator: realisation against target, polarity-aware.
//! PermenPANRB 6/2022 leaves the rating to the appraiser's judgement; this number only helps
//! the dialogue and is labelled "advisory" wherever it is shown. It follows the superseded
//! PermenPANRB 8/2021 formula still taught in training: realisasi ÷ target × 100 when higher is
//! better, (2 − realisasi ÷ target) × 100 when lower is better, a range or bound judged by the
//! bound that applies, a categorical target met or not.

use super::skp::Target;
use super::target::{Comparator, ScalarKind, TargetValue, parse_done_date, parse_target};
use super::vocab::{Perhitungan, Polaritas};

/// The advisory achievement of one realisation.
#[derive(Debug, Clone, PartialEq)]
pub enum Capaian {
    /// A percentage (100 = target met exactly).
    Percent(f64),
    /// A categorical target: the recorded category is or is not the target's.
    Category { met: bool },
}

impl Capaian {
    /// Whether the target is met.
    pub fn met(&self) -> bool {
        match self {
            Capaian::Percent(p) => *p >= 100.0 - 1e-9,
            Capaian::Category { met } => *met,
        }
    }
}

/// The advisory capaian of `realisasi` (as written) against `target`, or `None` when either
/// cannot be read as a number (or the target is zero).
pub fn capaian(target: &Target, realisasi: &str, polaritas: Polaritas) -> Option<Capaian> {
    if let Target::Kategori(k) = target {
        let norm = |s: &str| s.trim().to_lowercase();
        return Some(Capaian::Category {
            met: norm(k) == norm(realisasi),
        });
    }
    if let Target::Tenggat { date, .. } = target {
        return deadline_met(*date, realisasi, None);
    }
    capaian_of(target, number(realisasi)?, polaritas)
}

/// Whether the work was done by `deadline`, by the date `realisasi` states. A date without its
/// year (`20 Maret`) is read in the years the evaluation of `periode` can speak of: its own, or
/// the next up to two months after the period ends (the deadline's year without a period).
/// When those readings disagree (`2 Januari` against 31 December), the year decides, and
/// `None` asks for it.
pub fn deadline_met(
    deadline: super::date::Date,
    realisasi: &str,
    periode: Option<super::period::Period>,
) -> Option<Capaian> {
    let met = |d: super::date::Date| Capaian::Category { met: d <= deadline };
    match parse_done_date(realisasi)? {
        Ok(d) => Some(met(d)),
        Err(_) => {
            let (years, latest) = match periode {
                Some(p) => (
                    vec![p.year(), p.year() + 1],
                    Some(p.bounds().1.add_days(62)),
                ),
                None => (vec![deadline.year()], None),
            };
            let mut readings = years
                .into_iter()
                .filter_map(|y| parse_done_date(&format!("{} {y}", realisasi.trim()))?.ok())
                .filter(|d| latest.is_none_or(|l| *d <= l))
                .map(met);
            let first = readings.next()?;
            readings.all(|r| r == first).then_some(first)
        }
    }
}

/// The number a realisation states ("3 modul", "≤ 2 hari", "90 %"), read with the target
/// grammar; a range counts as its middle.
pub fn number(realisasi: &str) -> Option<f64> {
    let (r, _) = parse_target(realisasi, ScalarKind::Text).ok()?;
    Some(match r.value {
        TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => v,
        TargetValue::Range { min, max } => (min + max) / 2.0,
    })
}

/// Periodic realisations rolled up by `perhitungan` (in period order): summed, averaged, or
/// the last one.
pub fn roll_up(perhitungan: Perhitungan, values: &[f64]) -> Option<f64> {
    let last = *values.last()?;
    Some(match perhitungan {
        Perhitungan::Kumulatif => values.iter().sum(),
        Perhitungan::RataRata => values.iter().sum::<f64>() / values.len() as f64,
        Perhitungan::NilaiAkhir => last,
    })
}

/// The advisory capaian of the realised number `r` against a quantitative `target`.
pub fn capaian_of(target: &Target, r: f64, polaritas: Polaritas) -> Option<Capaian> {
    let q = target.quantity()?;
    // The bound that applies: the lower one when higher is better, the upper one otherwise.
    let (t, lower_better) = match q.value {
        TargetValue::Number(v) => (v, polaritas == Polaritas::Turun),
        TargetValue::Range { min, max } => {
            if polaritas == Polaritas::Turun {
                (max, true)
            } else {
                (min, false)
            }
        }
        TargetValue::Bound {
            comparator: Comparator::AtMost,
            value,
        } => (value, true),
        TargetValue::Bound {
            comparator: Comparator::AtLeast,
            value,
        } => (value, false),
    };
    if t == 0.0 {
        return None;
    }
    let ratio = r / t;
    let pct = if lower_better {
        ((2.0 - ratio) * 100.0).max(0.0)
    } else {
        ratio * 100.0
    };
    Some(Capaian::Percent((pct * 10.0).round() / 10.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::target::Quantity;

    fn t(value: TargetValue) -> Target {
        Target::Quantity {
            quantity: Quantity { value, unit: None },
            raw: Box::default(),
            notes: Box::default(),
        }
    }

    #[test]
    fn both_polarities_ranges_bounds_and_categories() {
        let four = t(TargetValue::Number(4.0));
        assert_eq!(
            capaian(&four, "3 modul", Polaritas::Naik),
            Some(Capaian::Percent(75.0))
        );
        assert_eq!(
            capaian(&four, "4", Polaritas::Naik).map(|c| c.met()),
            Some(true)
        );
        // Lower is better: 3 days against a 4-day target is 125 %.
        assert_eq!(
            capaian(&four, "3 hari", Polaritas::Turun),
            Some(Capaian::Percent(125.0))
        );
        assert_eq!(
            capaian(&four, "10 hari", Polaritas::Turun),
            Some(Capaian::Percent(0.0))
        );
        let range = t(TargetValue::Range {
            min: 90.0,
            max: 95.0,
        });
        assert_eq!(
            capaian(&range, "90 %", Polaritas::Naik),
            Some(Capaian::Percent(100.0))
        );
        assert_eq!(
            capaian(&range, "95 %", Polaritas::Turun),
            Some(Capaian::Percent(100.0))
        );
        let at_most = t(TargetValue::Bound {
            comparator: Comparator::AtMost,
            value: 5.0,
        });
        assert_eq!(
            capaian(&at_most, "4", Polaritas::Naik),
            Some(Capaian::Percent(120.0))
        );
        let wtp = Target::Kategori("WTP".into());
        assert_eq!(
            capaian(&wtp, "wtp", Polaritas::Naik),
            Some(Capaian::Category { met: true })
        );
        assert_eq!(
            capaian(&wtp, "WDP", Polaritas::Naik),
            Some(Capaian::Category { met: false })
        );
        assert_eq!(capaian(&four, "sudah baik", Polaritas::Naik), None);
        let by = Target::Tenggat {
            raw: "paling lambat 31 Maret 2026".into(),
            date: crate::model::date::Date::ymd(2026, 3, 31).unwrap(),
        };
        // A day and month alone are read in the years the evaluated period can speak of; when
        // the year decides, it is asked for.
        let d = |y, m, d| crate::model::date::Date::ymd(y, m, d).unwrap();
        let tw1 = crate::model::period::Period::parse("2026-TW1");
        let year = crate::model::period::Period::parse("2026");
        let met = |deadline, done, p| deadline_met(deadline, done, p).map(|c| c.met());
        assert_eq!(met(d(2026, 3, 31), "20 Maret", tw1), Some(true));
        assert_eq!(met(d(2027, 1, 31), "20 Maret", tw1), Some(true));
        assert_eq!(met(d(2026, 12, 31), "2 Januari", year), None);
        assert_eq!(met(d(2026, 12, 31), "20 Maret", year), Some(true));
        for (done, met) in [
            ("31 Maret 2026", Some(true)),
            ("20 Maret", Some(true)),
            ("2026-03-01", Some(true)),
            ("31/03/2026", Some(true)),
            ("01.04.2026", Some(false)),
            ("2 April 2026", Some(false)),
            ("sudah selesai", None),
        ] {
            let got = capaian(&by, done, Polaritas::Naik).map(|c| c.met());
            assert_eq!(got, met, "{done}");
        }
        assert_eq!(
            capaian(&t(TargetValue::Number(0.0)), "1", Polaritas::Naik),
            None
        );
    }

    #[test]
    fn periods_roll_up_by_perhitungan() {
        let v = [1.0, 2.0, 6.0];
        assert_eq!(roll_up(Perhitungan::Kumulatif, &v), Some(9.0));
        assert_eq!(roll_up(Perhitungan::RataRata, &v), Some(3.0));
        assert_eq!(roll_up(Perhitungan::NilaiAkhir, &v), Some(6.0));
        assert_eq!(roll_up(Perhitungan::Kumulatif, &[]), None);
        assert_eq!(number("≤ 2 hari"), Some(2.0));
        assert_eq!(number("sudah baik"), None);
    }
}
