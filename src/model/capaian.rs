//! Advisory *capaian* (achievement) of an indicator: realisation against target, polarity-aware.
//! PermenPANRB 6/2022 leaves the rating to the appraiser's judgement; this number only helps
//! the dialogue and is labelled "advisory" wherever it is shown. It follows the superseded
//! PermenPANRB 8/2021 formula still taught in training: realisasi ÷ target × 100 when higher is
//! better, (2 − realisasi ÷ target) × 100 when lower is better, a range judged by the bound a
//! realisation beyond it passed (inside it, the target is met), a bound by its value, a
//! categorical target and a target of zero (lower being better) met or not.

use super::skp::Target;
use super::target::{
    Comparator, ScalarKind, TargetError, TargetValue, parse_done_date, parse_target,
};
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

/// The advisory capaian of `realisasi` (as written) against `target`, whose unit, when its
/// text names none, is `satuan`; `None` when either cannot be read as a number, or the
/// realisation is in a unit that cannot be counted in the target's (`12 dokumen` against
/// `90 %`; `3 hari kerja` against hours). A length of time in another fixed unit is counted in
/// the target's (`48 jam` against `≤ 4 hari` is two days).
pub fn capaian(
    target: &Target,
    realisasi: &str,
    polaritas: Polaritas,
    satuan: Option<&str>,
) -> Option<Capaian> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    if let Target::Kategori(k) = target {
        return Some(Capaian::Category {
            met: norm(k) == norm(realisasi),
        });
    }
    // A category written as plain text (`target: opini WTP`, as the template's `satuan:
    // kategori` column has it): judged as `{ kategori: … }` is when the unit says so, and met
    // whatever the unit when the realisation names the very same words.
    if let Target::Invalid {
        raw,
        error: TargetError::NoNumber(_),
    } = target
    {
        let met = norm(raw) == norm(realisasi);
        if met || satuan.is_some_and(|u| norm(u) == "kategori") {
            return Some(Capaian::Category { met });
        }
    }
    if let Target::Tenggat { date, .. } = target {
        return deadline_met(*date, realisasi, None);
    }
    capaian_of(target, number_in(realisasi, target, satuan)?, polaritas)
}

/// The number `realisasi` states, counted in `target`'s unit (its text's, else `satuan`);
/// `None` when it is unreadable or in a unit that cannot be counted in the target's.
pub fn number_in(realisasi: &str, target: &Target, satuan: Option<&str>) -> Option<f64> {
    let (r, unit) = measured(realisasi)?;
    let target_unit = target
        .quantity()
        .and_then(|q| q.unit.as_deref())
        .or(satuan)
        .map(str::trim)
        .filter(|u| !u.is_empty());
    match (unit.as_deref(), target_unit) {
        (Some(u), Some(t)) => in_unit_of(r, u, t),
        _ => Some(r),
    }
}

/// The number a realisation states ("3 modul", "≤ 2 hari", "90 %"), read with the target
/// grammar (a range counts as its middle), and its unit, if it names one.
fn measured(realisasi: &str) -> Option<(f64, Option<String>)> {
    let (r, _) = parse_target(realisasi, ScalarKind::Text).ok()?;
    let v = match r.value {
        TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => v,
        TargetValue::Range { min, max } => (min + max) / 2.0,
    };
    Some((v, r.unit.map(String::from)))
}

/// `r` of unit `unit` counted in `target`'s unit: the same number in a unit of a comparable
/// kind ([`super::target::UnitClass::comparable`]); a length of time converted when both units have a fixed
/// length; `None` when the two cannot be compared.
fn in_unit_of(r: f64, unit: &str, target: &str) -> Option<f64> {
    use super::target::{classify_unit, time_unit};
    let norm = |u: &str| u.trim().to_lowercase();
    let (unit, target) = (norm(unit), norm(target));
    if let (Some((a, (a_lo, a_hi))), Some((b, (b_lo, b_hi)))) =
        (time_unit(&unit), time_unit(&target))
    {
        // Months, quarters, semesters and years count one another exactly (`24 bulan` is
        // `2 tahun`), though none has one length in days.
        let months = |k: &str| match k {
            "bulan" => Some(1.0),
            "triwulan" => Some(3.0),
            "caturwulan" => Some(4.0),
            "semester" => Some(6.0),
            "tahun" => Some(12.0),
            _ => None,
        };
        if let (Some(am), Some(bm)) = (months(a), months(b)) {
            return Some(r * am / bm);
        }
        return match (a == b, a_lo == a_hi && b_lo == b_hi) {
            (true, _) => Some(r),
            // Hours against days; a working day or a month has no one length.
            (false, true) => Some(r * a_lo / b_lo),
            (false, false) => None,
        };
    }
    let (a, b) = (classify_unit(&unit, &[]), classify_unit(&target, &[]));
    (a.comparable(b) && same_thing_counted(&unit, &target)).then_some(r)
}

/// Counted nouns that name one kind of thing, however a plan or a realisation writes it: a
/// report is a document, a regency a district-level region.
const COUNTED_ALIKE: &[&[&str]] = &[
    &[
        "dokumen", "dok", "berkas", "file", "laporan", "lap", "naskah",
    ],
    &["sk", "surat keputusan"],
    &["kegiatan", "keg"],
    &["kab/kota", "kabupaten/kota", "kabupaten", "kota"],
    &["desa", "kelurahan"],
    &["perangkat daerah", "opd", "instansi"],
    &["subkegiatan", "sub kegiatan"],
    &["objek", "obyek"],
];

/// Classifiers that count anything (`buah`, `unit`, `paket`, `kali`): `3 unit` is as good a
/// count of servers as `3 server`.
const ANY_COUNTED: &[&str] = &["buah", "unit", "item", "paket", "set", "kali", "x"];

/// `orang` counts any of these people, as `12 orang` counts participants.
const PERSONS: &[&str] = &["orang", "org", "peserta", "pegawai", "siswa", "pasien"];

/// Whether two units (lower-cased) count the same thing. Only two nouns skp knows as things
/// counted can differ (`4 dokumen` against `4 modul` is not 100 %, `12 modul` against
/// `10 orang` not 120 %); a unit it does not know (`km`, `ha`, `PNS`) is taken at its word.
fn same_thing_counted(unit: &str, target: &str) -> bool {
    use super::target::counted_nouns;
    let (ours, theirs) = (counted_nouns(unit), counted_nouns(target));
    if ours.is_empty() || theirs.is_empty() {
        return true;
    }
    let person = |x: &str| matches!(x, "orang" | "org");
    let alike = |a: &str, b: &str| {
        a == b
            || ANY_COUNTED.contains(&a)
            || ANY_COUNTED.contains(&b)
            || ((person(a) || person(b)) && PERSONS.contains(&a) && PERSONS.contains(&b))
            || COUNTED_ALIKE
                .iter()
                .any(|group| group.contains(&a) && group.contains(&b))
    };
    // `4 dokumen rekomendasi` counts recommendations as `4 rekomendasi` does.
    ours.iter().any(|a| theirs.iter().any(|b| alike(a, b)))
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
    // The bound that applies: the one a number beyond a range passed, or the bound a target
    // sets. Anywhere inside the agreed range is the target met.
    let (t, lower_better) = match q.value {
        TargetValue::Number(v) => (v, polaritas == Polaritas::Turun),
        TargetValue::Range { min, max } => {
            let (lo, hi) = (min.min(max), min.max(max));
            if (lo..=hi).contains(&r) {
                return Some(Capaian::Percent(100.0));
            }
            (if r > hi { hi } else { lo }, polaritas == Polaritas::Turun)
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
    // A target of zero (`0 insiden`) has no ratio, but, lower being better, is met or not.
    // Higher being better (the polarity not written), anything would meet it: not judged.
    if t == 0.0 {
        return lower_better.then_some(Capaian::Category { met: r <= 0.0 });
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
            capaian(&four, "3 modul", Polaritas::Naik, None),
            Some(Capaian::Percent(75.0))
        );
        assert_eq!(
            capaian(&four, "4", Polaritas::Naik, None).map(|c| c.met()),
            Some(true)
        );
        // Lower is better: 3 days against a 4-day target is 125 %.
        assert_eq!(
            capaian(&four, "3 hari", Polaritas::Turun, None),
            Some(Capaian::Percent(125.0))
        );
        assert_eq!(
            capaian(&four, "10 hari", Polaritas::Turun, None),
            Some(Capaian::Percent(0.0))
        );
        let range = t(TargetValue::Range {
            min: 90.0,
            max: 95.0,
        });
        assert_eq!(
            capaian(&range, "90 %", Polaritas::Naik, None),
            Some(Capaian::Percent(100.0))
        );
        assert_eq!(
            capaian(&range, "95 %", Polaritas::Turun, None),
            Some(Capaian::Percent(100.0))
        );
        let at_most = t(TargetValue::Bound {
            comparator: Comparator::AtMost,
            value: 5.0,
        });
        assert_eq!(
            capaian(&at_most, "4", Polaritas::Naik, None),
            Some(Capaian::Percent(120.0))
        );
        let wtp = Target::Kategori("WTP".into());
        assert_eq!(
            capaian(&wtp, "wtp", Polaritas::Naik, None),
            Some(Capaian::Category { met: true })
        );
        assert_eq!(
            capaian(&wtp, "WDP", Polaritas::Naik, None),
            Some(Capaian::Category { met: false })
        );
        assert_eq!(capaian(&four, "sudah baik", Polaritas::Naik, None), None);
        // A category written as plain text: by its unit, or by the very same words.
        let plain = crate::model::target::parse_target("opini WTP", ScalarKind::Text)
            .map(|_| ())
            .unwrap_err();
        let plain = Target::Invalid {
            raw: "opini WTP".into(),
            error: plain,
        };
        let kategori = Some("kategori");
        assert_eq!(
            capaian(&plain, "Opini  WTP", Polaritas::Naik, None),
            Some(Capaian::Category { met: true })
        );
        assert_eq!(
            capaian(&plain, "opini WDP", Polaritas::Naik, kategori),
            Some(Capaian::Category { met: false })
        );
        assert_eq!(capaian(&plain, "opini WDP", Polaritas::Naik, None), None);
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
            let got = capaian(&by, done, Polaritas::Naik, None).map(|c| c.met());
            assert_eq!(got, met, "{done}");
        }
        // Zero incidents: met or not, with no percentage.
        let zero = t(TargetValue::Number(0.0));
        assert_eq!(
            capaian(&zero, "0 insiden", Polaritas::Turun, None),
            Some(Capaian::Category { met: true })
        );
        assert_eq!(
            capaian(&zero, "2 insiden", Polaritas::Turun, None),
            Some(Capaian::Category { met: false })
        );
        assert_eq!(capaian(&zero, "5 insiden", Polaritas::Naik, None), None);
    }

    #[test]
    fn a_range_is_judged_by_the_bound_passed_and_met_inside() {
        let range = t(TargetValue::Range {
            min: 95.0,
            max: 100.0,
        });
        let pct = |r: &str, p| capaian(&range, r, p, None);
        assert_eq!(pct("101 %", Polaritas::Naik), Some(Capaian::Percent(101.0)));
        assert_eq!(pct("110 %", Polaritas::Naik), Some(Capaian::Percent(110.0)));
        assert_eq!(pct("99 %", Polaritas::Naik), Some(Capaian::Percent(100.0)));
        assert_eq!(pct("90 %", Polaritas::Naik), Some(Capaian::Percent(94.7)));
        // Lower is better: under the range is better than agreed, over it worse.
        assert_eq!(pct("90 %", Polaritas::Turun), Some(Capaian::Percent(105.3)));
        assert_eq!(pct("110 %", Polaritas::Turun), Some(Capaian::Percent(90.0)));
    }

    #[test]
    fn a_realisation_in_another_unit_is_counted_in_the_targets_or_not_at_all() {
        let days = Target::Quantity {
            quantity: Quantity {
                value: TargetValue::Bound {
                    comparator: Comparator::AtMost,
                    value: 4.0,
                },
                unit: Some("hari".into()),
            },
            raw: Box::default(),
            notes: Box::default(),
        };
        let pct = |r: &str| capaian(&days, r, Polaritas::Turun, None);
        assert_eq!(pct("48 jam"), Some(Capaian::Percent(150.0)));
        assert_eq!(pct("2 hari"), Some(Capaian::Percent(150.0)));
        assert_eq!(pct("1 minggu").map(|c| c.met()), Some(false));
        assert_eq!(pct("3 hari kerja"), None);
        // The unit written apart from the target (`satuan: jam`).
        let bare = t(TargetValue::Bound {
            comparator: Comparator::AtMost,
            value: 48.0,
        });
        assert_eq!(
            capaian(&bare, "3 hari", Polaritas::Turun, Some("jam")).map(|c| c.met()),
            Some(false)
        );
        let percent = Target::Quantity {
            quantity: Quantity {
                value: TargetValue::Number(90.0),
                unit: Some("%".into()),
            },
            raw: Box::default(),
            notes: Box::default(),
        };
        assert_eq!(capaian(&percent, "12 dokumen", Polaritas::Naik, None), None);
        assert_eq!(
            capaian(&percent, "95 %", Polaritas::Naik, None),
            Some(Capaian::Percent(105.6))
        );
    }

    #[test]
    fn periods_roll_up_by_perhitungan() {
        let v = [1.0, 2.0, 6.0];
        assert_eq!(roll_up(Perhitungan::Kumulatif, &v), Some(9.0));
        assert_eq!(roll_up(Perhitungan::RataRata, &v), Some(3.0));
        assert_eq!(roll_up(Perhitungan::NilaiAkhir, &v), Some(6.0));
        assert_eq!(roll_up(Perhitungan::Kumulatif, &[]), None);
        assert_eq!(measured("≤ 2 hari"), Some((2.0, Some("hari".into()))));
        assert_eq!(measured("2-4 modul").map(|(v, _)| v), Some(3.0));
        assert_eq!(measured("sudah baik"), None);
    }
}
