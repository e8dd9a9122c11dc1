//! Angka kredit of a functional post from its annual predikat (Peraturan BKN 3/2023):
//! persentase predikat × koefisien tahunan of the jenjang × months of the SKP segment ÷ 12.

use super::date::Date;
use super::vocab::{Jenjang, Predikat};

/// The predikat's percentage (Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan 75 %, Kurang
/// 50 %, Sangat Kurang 25 %).
pub fn percentage(p: Predikat) -> f64 {
    match p {
        Predikat::SangatBaik => 1.5,
        Predikat::Baik => 1.0,
        Predikat::ButuhPerbaikan => 0.75,
        Predikat::Kurang => 0.5,
        Predikat::SangatKurang => 0.25,
    }
}

/// The yearly coefficient of a jenjang.
pub fn coefficient(j: Jenjang) -> f64 {
    match j {
        Jenjang::Pemula => 3.75,
        Jenjang::Terampil => 5.0,
        Jenjang::Mahir | Jenjang::AhliPertama => 12.5,
        Jenjang::Penyelia | Jenjang::AhliMuda => 25.0,
        Jenjang::AhliMadya => 37.5,
        Jenjang::AhliUtama => 50.0,
    }
}

/// Whole and part months of an SKP segment, counted by calendar month as BKN's worked
/// examples do (1 January – 31 March is 3; a mutasi in mid-July gives January–July and
/// August–December): a month counts for the segment that holds its 16th day, the one that
/// covers most of it. One segment holds each day, so however often a year is split, even
/// twice in one month, its segments count twelve months between them.
pub fn months(from: Date, to: Date) -> u32 {
    use chrono::Datelike;
    let (a, b) = (from.0, to.0);
    if b < a {
        return 0;
    }
    let mut n = 0;
    let mut y = a.year();
    let mut m = a.month();
    loop {
        let first = chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(a);
        let next = if m == 12 {
            chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            chrono::NaiveDate::from_ymd_opt(y, m + 1, 1)
        }
        .unwrap_or(b);
        let middle = first + chrono::Days::new(15);
        if a <= middle && middle <= b {
            n += 1;
        }
        if next > b {
            break;
        }
        y = next.year();
        m = next.month();
    }
    n
}

/// Angka kredit for one SKP segment, rounded to `decimals` (BKN's worked examples use three;
/// `[evaluation] angka_kredit_decimals`).
pub fn angka_kredit(p: Predikat, j: Jenjang, months: u32, decimals: u32) -> f64 {
    let ak = percentage(p) * coefficient(j) * f64::from(months) / 12.0;
    let scale = 10f64.powi(decimals.min(6) as i32);
    (ak * scale).round() / scale
}

/// The cumulative angka kredit a jenjang needs for the next pangkat and for the next jenjang
/// under the integrasi method (BKN, Peraturan BKN 3/2023; domain.md §2.4). The top jenjang of
/// each ladder has no next jenjang.
pub fn needed(j: Jenjang) -> (f64, Option<f64>) {
    match j {
        Jenjang::Pemula => (15.0, Some(15.0)),
        Jenjang::Terampil => (20.0, Some(60.0)),
        Jenjang::Mahir => (50.0, Some(100.0)),
        Jenjang::Penyelia => (100.0, None),
        Jenjang::AhliPertama => (50.0, Some(100.0)),
        Jenjang::AhliMuda => (100.0, Some(200.0)),
        Jenjang::AhliMadya => (150.0, Some(450.0)),
        Jenjang::AhliUtama => (200.0, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn every_jenjang_and_a_partial_year() {
        let full = months(d("2026-01-01"), d("2026-12-31"));
        assert_eq!(full, 12);
        for (j, coef) in [
            (Jenjang::Pemula, 3.75),
            (Jenjang::Terampil, 5.0),
            (Jenjang::Mahir, 12.5),
            (Jenjang::Penyelia, 25.0),
            (Jenjang::AhliPertama, 12.5),
            (Jenjang::AhliMuda, 25.0),
            (Jenjang::AhliMadya, 37.5),
            (Jenjang::AhliUtama, 50.0),
        ] {
            assert_eq!(angka_kredit(Predikat::Baik, j, 12, 3), coef);
            assert_eq!(angka_kredit(Predikat::SangatBaik, j, 12, 3), coef * 1.5);
        }
        // BKN's worked example: 2 months, Baik, Ahli Pertama: 2/12 × 100 % × 12.5 = 2.083.
        assert_eq!(months(d("2026-11-01"), d("2026-12-31")), 2);
        assert_eq!(
            angka_kredit(Predikat::Baik, Jenjang::AhliPertama, 2, 3),
            2.083
        );
        assert_eq!(
            angka_kredit(Predikat::Baik, Jenjang::AhliPertama, 2, 2),
            2.08
        );
        // A mutasi in mid-July: January–July (7 months) and August–December (5 months).
        assert_eq!(months(d("2026-01-01"), d("2026-07-16")), 7);
        assert_eq!(months(d("2026-07-17"), d("2026-12-31")), 5);
        // Split anywhere, a year is twelve months, also where each side holds exactly half a
        // month (June has 30 days), and split twice.
        let mut day = d("2026-01-01");
        while day < d("2026-12-31") {
            let next = day.add_days(1);
            assert_eq!(
                months(d("2026-01-01"), day) + months(next, d("2026-12-31")),
                12,
                "split after {day:?}"
            );
            day = next;
        }
        assert_eq!(months(d("2026-01-01"), d("2026-06-15")), 5);
        assert_eq!(months(d("2026-06-16"), d("2026-12-31")), 7);
        // Two mutasi in one month: still twelve between the three segments.
        assert_eq!(
            months(d("2026-01-01"), d("2026-06-10"))
                + months(d("2026-06-11"), d("2026-06-20"))
                + months(d("2026-06-21"), d("2026-12-31")),
            12
        );
        assert_eq!(
            angka_kredit(Predikat::Kurang, Jenjang::AhliMuda, 6, 3),
            6.25
        );
    }

    #[test]
    fn every_jenjang_has_its_integrasi_thresholds() {
        assert_eq!(needed(Jenjang::AhliPertama), (50.0, Some(100.0)));
        assert_eq!(needed(Jenjang::AhliMadya), (150.0, Some(450.0)));
        assert_eq!(needed(Jenjang::Terampil), (20.0, Some(60.0)));
        assert_eq!(needed(Jenjang::AhliUtama).1, None);
        assert_eq!(needed(Jenjang::Penyelia).1, None);
        // Four years at Baik reach the next pangkat on every ladder that has one every four.
        for j in [
            Jenjang::Terampil,
            Jenjang::Mahir,
            Jenjang::AhliPertama,
            Jenjang::AhliMuda,
        ] {
            assert_eq!(coefficient(j) * 4.0, needed(j).0, "{j:?}");
        }
    }
}
