//! Period ids: `2026`, `2026-01`…`2026-12`, `2026-TW1`…`2026-TW4`, `2026-S1`, `2026-S2`.

use std::fmt;

use schemars::JsonSchema;

use super::date::Date;
use super::vocab::Evaluasi;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(i32),
    Semester(i32, u8),
    Quarter(i32, u8),
    Month(i32, u8),
}

impl Period {
    /// The period a text that [`Period::parse`] refuses most likely means: the year written
    /// last (`TW1-2026`, `TW1 2026`, `S2/2026`). For a "did you mean".
    pub fn meant(s: &str) -> Option<Period> {
        let s = s.trim();
        let i = s.rfind(['-', '/', ' ', '_'])?;
        let (rest, year) = (s[..i].trim(), &s[i + 1..]);
        (!rest.is_empty())
            .then(|| Period::parse(&format!("{year}-{rest}")))
            .flatten()
    }

    /// Parses the canonical form and the accepted spellings (`2026-T1`, `2026-Q1`,
    /// `2026-TW I`, `2026-S II`, `2026/TW1`). Case-insensitive.
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let (year, rest) = match s.find(['-', '/', ' ', '_']) {
            Some(i) => (&s[..i], s[i + 1..].trim()),
            None => (s, ""),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = year.parse().ok()?;
        if rest.is_empty() {
            return Some(Period::Year(y));
        }
        let up: String = rest
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        if up.bytes().all(|b| b.is_ascii_digit()) {
            let m: u8 = up.parse().ok()?;
            return (up.len() == 2 && (1..=12).contains(&m)).then_some(Period::Month(y, m));
        }
        for (prefix, quarter) in [
            ("TW", true),
            ("SEM", false),
            ("SM", false),
            ("T", true),
            ("Q", true),
            ("S", false),
        ] {
            let Some(num) = up.strip_prefix(prefix) else {
                continue;
            };
            let n = parse_small(num)?;
            return if quarter {
                (1..=4).contains(&n).then_some(Period::Quarter(y, n))
            } else {
                (1..=2).contains(&n).then_some(Period::Semester(y, n))
            };
        }
        None
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Year(y)
            | Period::Semester(y, _)
            | Period::Quarter(y, _)
            | Period::Month(y, _) => y,
        }
    }

    /// First and last day, both inclusive.
    pub fn bounds(self) -> (Date, Date) {
        let (y, first_month, months) = match self {
            Period::Year(y) => (y, 1, 12),
            Period::Semester(y, n) => (y, 1 + (u32::from(n) - 1) * 6, 6),
            Period::Quarter(y, n) => (y, 1 + (u32::from(n) - 1) * 3, 3),
            Period::Month(y, m) => (y, u32::from(m), 1),
        };
        let start = Date::ymd(y, first_month, 1).unwrap_or(Date(chrono::NaiveDate::MIN));
        let last_month = first_month + months - 1;
        let end = if last_month == 12 {
            Date::ymd(y, 12, 31)
        } else {
            Date::ymd(y, last_month + 1, 1).map(|d| d.add_days(-1))
        }
        .unwrap_or(start);
        (start, end)
    }

    /// Whether `self` lies inside `other` (finer evidence counts toward its containing cell).
    pub fn within(self, other: Period) -> bool {
        let (a0, a1) = self.bounds();
        let (b0, b1) = other.bounds();
        b0 <= a0 && a1 <= b1
    }

    /// The cells of a year for an evaluation grid.
    pub fn grid(year: i32, evaluasi: Evaluasi) -> Vec<Period> {
        match evaluasi {
            Evaluasi::Bulanan => (1..=12).map(|m| Period::Month(year, m)).collect(),
            Evaluasi::Triwulanan => (1..=4).map(|q| Period::Quarter(year, q)).collect(),
            Evaluasi::Semesteran => (1..=2).map(|s| Period::Semester(year, s)).collect(),
            Evaluasi::Tahunan => vec![Period::Year(year)],
        }
    }
}

fn parse_small(s: &str) -> Option<u8> {
    match s {
        "1" | "I" => Some(1),
        "2" | "II" => Some(2),
        "3" | "III" => Some(3),
        "4" | "IV" => Some(4),
        _ => None,
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Semester(y, n) => write!(f, "{y}-S{n}"),
            Period::Quarter(y, n) => write!(f, "{y}-TW{n}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
        }
    }
}

impl JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Periode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                { "type": "string", "pattern": "^[0-9]{4}([-/ _].+)?$" },
                { "type": "integer" }
            ],
            "description": "Periode: 2026 (tahunan), 2026-01…2026-12, 2026-TW1…2026-TW4, 2026-S1, 2026-S2."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_written_year_last_is_what_was_meant() {
        let meant = |s| Period::meant(s).map(|p| p.to_string());
        assert_eq!(meant("TW1-2026").as_deref(), Some("2026-TW1"));
        assert_eq!(meant("S2/2026").as_deref(), Some("2026-S2"));
        assert_eq!(meant("TW 3 2026").as_deref(), Some("2026-TW3"));
        assert_eq!(meant("TW5-2026"), None);
        assert_eq!(meant("TW1"), None);
    }

    #[test]
    fn parses_canonical_and_aliases() {
        assert_eq!(Period::parse("2026"), Some(Period::Year(2026)));
        assert_eq!(Period::parse("2026-03"), Some(Period::Month(2026, 3)));
        assert_eq!(Period::parse("2026-TW1"), Some(Period::Quarter(2026, 1)));
        assert_eq!(Period::parse("2026-T2"), Some(Period::Quarter(2026, 2)));
        assert_eq!(Period::parse("2026-Q3"), Some(Period::Quarter(2026, 3)));
        assert_eq!(Period::parse("2026-TW IV"), Some(Period::Quarter(2026, 4)));
        assert_eq!(Period::parse("2026-tw ii"), Some(Period::Quarter(2026, 2)));
        assert_eq!(Period::parse("2026-S2"), Some(Period::Semester(2026, 2)));
        assert_eq!(Period::parse("2026-S I"), Some(Period::Semester(2026, 1)));
        assert_eq!(Period::parse("2026-TW5"), None);
        assert_eq!(Period::parse("2026-13"), None);
        assert_eq!(Period::parse("26-TW1"), None);
        assert_eq!(Period::parse("2026-Ω"), None);
    }

    #[test]
    fn bounds_and_containment() {
        let (a, b) = Period::Quarter(2026, 1).bounds();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("2026-01-01".into(), "2026-03-31".into())
        );
        let (_, b) = Period::Month(2028, 2).bounds();
        assert_eq!(b.to_string(), "2028-02-29");
        assert!(Period::Month(2026, 2).within(Period::Quarter(2026, 1)));
        assert!(!Period::Month(2026, 4).within(Period::Quarter(2026, 1)));
        assert_eq!(Period::Quarter(2026, 4).to_string(), "2026-TW4");
    }
}
