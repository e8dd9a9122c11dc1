//! Advisory *capaian* (achievement) of an indicator: realisation against target, polarity-aware.
//! PermenPANRB 6/2022 leaves the rating to the appraiser's judgement; this number only helps
//! the dialogue and is labelled "advisory" wherever it is shown. It follows the superseded
//! PermenPANRB 8/2021 formula still taught in training: realisasi ÷ target × 100 when higher is
//! better, (2 − realisasi ÷ target) × 100 when lower is better, a range or bound judged by the
//! bound that applies, a categorical target met or not.

use super::skp::Target;
use super::target::{Comparator, ScalarKind, TargetValue, parse_target};
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
        return deadline_met(*date, realisasi, date.year());
    }
    capaian_of(target, number(realisasi)?, polaritas)
}

/// Whether the work was done by `deadline`, by the date `realisasi` states (`year` for one
/// that names none: the year of the evaluated period).
pub fn deadline_met(deadline: super::date::Date, realisasi: &str, year: i32) -> Option<Capaian> {
    Some(Capaian::Category {
        met: realised_date(realisasi, year)? <= deadline,
    })
}

/// The date a realisation of a deadline states: `20 Maret 2026`, `20 Maret` (in `year`),
/// `2026-03-20` or `20/03/2026`.
pub fn realised_date(realisasi: &str, year: i32) -> Option<super::date::Date> {
    use super::target::{numeric_date, parse_deadline};
    match parse_deadline(realisasi) {
        Some(Ok(d)) => Some(d),
        Some(Err(_)) => parse_deadline(&format!("{} {year}", realisasi.trim()))?.ok(),
        None => numeric_date(realisasi),
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
