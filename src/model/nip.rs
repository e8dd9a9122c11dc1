//! NIP (Nomor Induk Pegawai): 18 digits, stored as a quoted string.

use schemars::JsonSchema;

use super::date::Date;

/// A NIP with spaces removed. Construction does not validate; see [`structure_problems`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Nip(pub String);

/// What a transcribed document with a blank identity writes for a NIP (DESIGN §9.2): the plan
/// is checked, but nothing can find it by a NIP.
pub const UNKNOWN: &str = "tidak_diketahui";

impl Nip {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is [`UNKNOWN`] rather than a number.
    pub fn is_unknown(&self) -> bool {
        self.0 == UNKNOWN
    }

    /// The number, `None` when [`UNKNOWN`]: what lookups and comparisons by NIP use, so that
    /// two people of unknown NIP are never one person.
    pub fn known(&self) -> Option<&str> {
        (!self.is_unknown()).then_some(self.0.as_str())
    }
}

impl JsonSchema for Nip {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Nip".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9 ]+$",
            "description": "NIP 18 digit (NIP PNS atau NI PPPK), ditulis dalam tanda kutip, misalnya \"199001012015032001\"."
        })
    }
}

/// Schema of a NIP that may be written `tidak_diketahui` (`pegawai.nip`,
/// `pejabat_penilai.nip` of an SKP).
pub struct NipOrUnknown;

impl JsonSchema for NipOrUnknown {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NipOrUnknown".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                { "type": "string", "pattern": "^[0-9 ]+$" },
                { "const": UNKNOWN }
            ],
            "description": "NIP 18 digit dalam tanda kutip, misalnya \"199001012015032001\"; `tidak_diketahui` bila dokumen yang disalin tidak mencantumkannya (SKP itu diperiksa, tetapi tidak dapat dirujuk dengan NIP)."
        })
    }
}

pub use crate::base::NipProblem;

/// Structural checks on an all-digit NIP: digits 1–8 a birth date, 9–14 a year
/// and month of appointment, 15 the digit 1 or 2. PPPK numbers differ, so these are warnings.
pub fn structure_problems(digits: &str) -> Vec<NipProblem> {
    if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return vec![NipProblem::Length];
    }
    let num = |r: std::ops::Range<usize>| digits[r].parse::<u32>().unwrap_or(0);
    let mut out = Vec::new();
    let (y, m, d) = (num(0..4), num(4..6), num(6..8));
    if !(1940..=2020).contains(&y) || Date::ymd(y as i32, m, d).is_none() {
        out.push(NipProblem::BirthDate);
    }
    let (ty, tm) = (num(8..12), num(12..14));
    if !(1960..=2100).contains(&ty) || !(1..=12).contains(&tm) || ty < y + 15 {
        out.push(NipProblem::Appointment);
    }
    if !matches!(digits.as_bytes()[14], b'1' | b'2') {
        out.push(NipProblem::Gender);
    }
    out
}

/// What a PNS's NIP states of its holder (BKN's numbering): the date of birth (digits 1–8) and
/// the sex (digit 15, 1 a man, 2 a woman). `None` for a number of another structure (PPPK),
/// which states neither.
pub fn birth_and_sex(nip: &str) -> Option<(Date, Sex)> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    if !structure_problems(&digits).is_empty() {
        return None;
    }
    let num = |r: std::ops::Range<usize>| digits[r].parse::<u32>().ok();
    let born = Date::ymd(num(0..4)? as i32, num(4..6)?, num(6..8)?)?;
    let sex = match digits.as_bytes()[14] {
        b'1' => Sex::Male,
        _ => Sex::Female,
    };
    Some((born, sex))
}

/// A sex as the NIP states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    /// As the forms write it.
    pub fn label(self) -> &'static str {
        match self {
            Sex::Male => "Laki-laki",
            Sex::Female => "Perempuan",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pns_nip_states_birth_date_and_sex() {
        let (born, sex) = birth_and_sex("199507302020032005").unwrap();
        assert_eq!(born.long_id(), "30 Juli 1995");
        assert_eq!(sex, Sex::Female);
        assert_eq!(birth_and_sex("197406121999031002").unwrap().1, Sex::Male);
        // A number of another structure states neither.
        assert!(birth_and_sex("199013012015032001").is_none());
        assert!(birth_and_sex("1990").is_none());
    }

    #[test]
    fn valid_nip_has_no_problems() {
        assert!(structure_problems("199001012015032001").is_empty());
    }

    #[test]
    fn each_part_is_checked() {
        assert_eq!(
            structure_problems("199013012015032001"),
            vec![NipProblem::BirthDate]
        );
        assert_eq!(
            structure_problems("199001012015132001"),
            vec![NipProblem::Appointment]
        );
        assert_eq!(
            structure_problems("199001012015033001"),
            vec![NipProblem::Gender]
        );
        assert_eq!(structure_problems("1990"), vec![NipProblem::Length]);
    }
}
