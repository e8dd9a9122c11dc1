//! Calendar dates as plans write them (`2026-03-28`).

use std::fmt;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;

/// A civil date, no time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        // Exactly YYYY-MM-DD: chrono alone would also accept single-digit fields.
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().map(Date)
    }

    /// The date a text that [`Date::parse`] refuses most likely means: day first as
    /// Indonesian writes it (`31-12-2026`, `31/12/2026`, `31.12.2026`), or the year first with
    /// other separators or single digits (`2026/12/31`, `2026-3-5`). For a "did you mean".
    pub fn meant(s: &str) -> Option<Date> {
        let parts: Vec<&str> = s.trim().split(['-', '/', '.']).collect();
        let [a, b, c] = parts.as_slice() else {
            return None;
        };
        let num = |t: &str| -> Option<u32> {
            (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        let (a, b, c) = (num(a)?, num(b)?, num(c)?);
        let (year, month, day) = if c >= 1000 { (c, b, a) } else { (a, b, c) };
        (year >= 1000)
            .then(|| Date::ymd(year as i32, month, day))
            .flatten()
    }

    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// As Indonesian documents write a date: `31 Maret 2026`.
    pub fn long_id(self) -> String {
        use chrono::Datelike;
        const M: [&str; 12] = [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ];
        format!(
            "{} {} {}",
            self.0.day(),
            M[self.0.month0() as usize],
            self.0.year()
        )
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn add_days(self, days: i64) -> Date {
        Date(self.0 + chrono::Duration::days(days))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Tanggal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "Tanggal dalam bentuk YYYY-MM-DD, misalnya 2026-03-28."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn a_date_written_day_first_is_what_was_meant() {
        let meant = |s| Date::meant(s).map(|d| d.to_string());
        assert_eq!(meant("31-12-2026").as_deref(), Some("2026-12-31"));
        assert_eq!(meant("5/3/2026").as_deref(), Some("2026-03-05"));
        assert_eq!(meant("2026/12/31").as_deref(), Some("2026-12-31"));
        assert_eq!(meant("2026-3-5").as_deref(), Some("2026-03-05"));
        assert_eq!(meant("31-02-2026"), None);
        assert_eq!(meant("12-31"), None);
    }
}
