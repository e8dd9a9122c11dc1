//! The grammar of indicator targets (`target: 4 modul`, `target: 95-100 %`, `target: Rp 1,2 M`).
//!
//! The grammar reads the *raw text* of the YAML scalar, not the value a YAML library would
//! produce. Indonesian writes `4.500` for four thousand five hundred and `4,5` for four and a
//! half, but YAML reads a plain `4.500` as the float 4.5 and `4,5` as a string. Reading the text
//! as written lets the linter take the author's meaning (4500), say that the form is ambiguous,
//! and never accept a value a thousand times too small without a word. [`ScalarKind`] tells the
//! grammar whether YAML would have read the scalar as a number.
//!
//! In short: an optional comparator (`≤`, `maksimal`, `paling sedikit`, …), a number written
//! with digits (`99,5`, `4.500`, `1.250.000,5`) or in words (`dua puluh lima`), an optional
//! multiplier (`ribu`, `juta`, `M` after `Rp`, …), an optional spelled-out cross-check in
//! parentheses (`4 (empat)`), optionally a second number after a range separator (`-`, `–`,
//! `s.d.`, `sampai`), and finally the unit as free text.
//!
//! Every function here is total: it returns a value or an error for any UTF-8 input.

/// How the YAML scalar was written: a plain scalar that YAML would read as a number
/// (e.g. `4.500`, `3.5`, `95`) vs. anything else (quoted, or text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarKind {
    /// A plain scalar that YAML reads as a number.
    PlainNumber,
    /// A quoted scalar, or a plain scalar that YAML reads as a string.
    Text,
}

/// The direction of a one-sided target.
#[derive(Debug, Clone, PartialEq)]
pub enum Comparator {
    /// `≤`, `maksimal`, `paling lambat`, `tidak lebih dari`, …
    AtMost,
    /// `≥`, `minimal`, `sekurang-kurangnya`, `paling sedikit`, …
    AtLeast,
}

/// The numeric part of a target.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetValue {
    /// A single number.
    Number(f64),
    /// `95-100 %`, `95 – 100 %`, also `95 s.d. 100 %`, `95 sampai 100 %`.
    /// Kept as written: `min` may exceed `max` (another rule reports that).
    Range { min: f64, max: f64 },
    /// `≤ 4 jam`, `maksimal 4 jam`, `paling lambat 4 hari`, `≥ 90 %`, `minimal 90 %`
    Bound { comparator: Comparator, value: f64 },
}

/// Written back the way plans write it, with Indonesian decimal commas ("3,1 indeks",
/// "95–100 %", "≤ 4 jam"): for printed forms and tables of a structured target
/// (`{ nilai: 75, satuan: poin }`) that has no text of its own.
impl std::fmt::Display for Quantity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = |v: f64| crate::i18n::number(v);
        match self.value {
            TargetValue::Number(v) => write!(f, "{}", n(v))?,
            TargetValue::Range { min, max } => write!(f, "{}\u{2013}{}", n(min), n(max))?,
            TargetValue::Bound {
                comparator: Comparator::AtMost,
                value,
            } => write!(f, "\u{2264} {}", n(value))?,
            TargetValue::Bound {
                comparator: Comparator::AtLeast,
                value,
            } => write!(f, "\u{2265} {}", n(value))?,
        }
        match self.unit.as_deref() {
            Some("%") => write!(f, " %"),
            Some(u) => write!(f, " {u}"),
            None => Ok(()),
        }
    }
}

/// A parsed target: its value and its unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: TargetValue,
    /// Unit text as written after the number, trimmed, original case kept; `%` for percent.
    /// `None` when no unit was written. For rupiah (`Rp …`) the unit is `"rupiah"`.
    pub unit: Option<Box<str>>,
}

/// Something worth a warning in a target that was nevertheless read.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetNote {
    /// `4.500` written as a bare YAML number: read as 4500 (thousands dot) but ambiguous;
    /// the help should ask for `4500` or `4,5`.  Carries the value read.
    AmbiguousThousands { read_as: f64 },
    /// English-style decimal point like `3.5 jam` or bare `3.5`: read as 3.5, ask for `3,5`.
    /// Carries the number as written, before any multiplier (`Rp 1.5 juta` → 1.5).
    DecimalPoint { read_as: f64 },
    /// `4 (lima) modul`: the spelled-out number disagrees with the digits.
    SpelledMismatch { digits: f64, words: f64 },
}

/// Why a target could not be read. Each variant carries the trimmed text where it has one.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetError {
    /// `""`, `"-"`, `"–"`, whitespace.
    Empty,
    /// `....%`, `…`, `TBD`, `xx`, `N/A`, `??`, `-%`.
    Placeholder(String),
    /// Text with no number where the number belongs (at the start, after an optional
    /// comparator or `Rp`), e.g. `tepat waktu`, `sesuai jadwal`, also `nilai 80` or a
    /// descriptive sentence that mentions a year.
    NoNumber(String),
    /// A malformed number such as `1.2.3`, `4,5,6`, `1.25.000`, `1,250,000`, `-5`, `1e3`.
    BadNumber(String),
    /// A date as spreadsheets write one (`2026-01-04`, `31/12/2026`, `01-Apr`), also after a
    /// comparator: most often a range such as `1-4` that a spreadsheet turned into a date. Read
    /// as numbers it would be an inverted range (2026 to 1).
    Date(String),
    /// A deadline that names no day of a year (`31 Februari 2026`, `31 Desember` without its
    /// year), or a day and month name in a form [`parse_deadline`] does not read: never the
    /// number 31 of a unit "Desember".
    BadDate(String),
    /// [`NOT_STATED`]: the source document states no target (DESIGN §9.2). Said as such,
    /// never replaced by an invented number.
    NotStated,
}

/// The value a transcribed plan writes for a target its source document does not state.
pub const NOT_STATED: &str = "tidak_tercantum";

/// Whether a target is written as [`NOT_STATED`].
pub fn not_stated(raw: &str) -> bool {
    raw.trim() == NOT_STATED
}

/// The class of a unit, for the SMART rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitClass {
    Percent,
    Time,
    Index,
    Money,
    Count,
    Other,
}

impl UnitClass {
    /// Whether a quantity in this class of unit can be counted against one in `other`: the
    /// same class, or a unit skp cannot classify (`puskesmas`, `desa`), except against a
    /// percentage: "2 puskesmas" is no share of anything, and against "60 %" it read as 3 %.
    pub fn comparable(self, other: UnitClass) -> bool {
        self == other
            || ((self == UnitClass::Other || other == UnitClass::Other)
                && self != UnitClass::Percent
                && other != UnitClass::Percent)
    }
}

/// Whether `raw` is a negative number (`-0,5 %`, `≥ −2`): a growth that may contract. skp reads
/// no negative figure (a capaian of one has no agreed formula), and says so rather than call
/// the number unreadable.
pub fn is_negative(raw: &str) -> bool {
    let t = raw.trim_start_matches(|c: char| c.is_whitespace() || "≤≥<>=".contains(c));
    let mut chars = t.chars();
    matches!(chars.next(), Some('-' | '−' | '–'))
        && chars
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| c.is_ascii_digit())
}

/// Parse the raw text of a target scalar.
///
/// # Errors
///
/// [`TargetError::Empty`] for blank text or a lone dash, [`TargetError::Placeholder`] for
/// `....`, `xx`, `TBD` and the like, [`TargetError::NoNumber`] for text that does not start
/// with a number (after an optional comparator), and [`TargetError::BadNumber`] for a malformed
/// number. A range with `min > max` is not an error.
pub fn parse_target(
    raw: &str,
    kind: ScalarKind,
) -> Result<(Quantity, Vec<TargetNote>), TargetError> {
    let s = normalize(raw);
    let text: String = s.iter().collect();
    precheck(&s, &text)?;
    let err = |f: Fail| fail_to_error(f, &text);

    let (leading, start) = match leading_comparator(&s) {
        Some((comparator, end)) => (Some(comparator), end),
        None => (None, 0),
    };
    let rest: String = slice(&s, start, s.len()).iter().collect();
    if may_be_a_date(&rest) {
        if is_calendar_date(&rest) {
            return Err(TargetError::Date(text));
        }
        if starts_with_a_day_of_a_month(&rest) {
            return Err(TargetError::BadDate(text));
        }
    }
    let first = parse_amount(&s, start, kind, true).map_err(err)?;
    let first_base = first.num.scaled(0).unwrap_or(first.value);
    let mut notes = first.notes;

    let (value, unit_chars, money) =
        match find_range(&s, first.end, kind, first.words).map_err(err)? {
            Some((sep, second)) => {
                let left = trim(slice(&s, first.end, sep));
                let right = trim(slice(&s, second.end, s.len()));
                // `Rp 100-200 juta`, `2-3 juta orang`: the multiplier on the right covers both.
                let min = if first.exp == 0 && second.exp != 0 && left.is_empty() {
                    first.num.scaled(second.exp).ok_or(Fail::Bad).map_err(err)?
                } else {
                    first.value
                };
                notes.extend(second.notes);
                let unit_chars = if right.is_empty() { left } else { right };
                let range = TargetValue::Range {
                    min,
                    max: second.value,
                };
                (range, unit_chars, first.money || second.money)
            }
            None => {
                let rest = trim(slice(&s, first.end, s.len()));
                let (rest, trailing) = match leading {
                    Some(_) => (rest, None),
                    None => strip_trailing_comparator(rest),
                };
                let value = match leading.or(trailing) {
                    Some(comparator) => TargetValue::Bound {
                        comparator,
                        value: first.value,
                    },
                    None => TargetValue::Number(first.value),
                };
                (value, rest, first.money)
            }
        };

    let (unit, words) = finish_unit(unit_chars, money).map_err(err)?;
    if let Some(words) = words {
        let (candidates, digits) = match &value {
            TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => ([*v, first_base], *v),
            TargetValue::Range { min, max } => ([*min, *max], *max),
        };
        if !candidates.iter().any(|c| same(*c, words)) {
            notes.push(TargetNote::SpelledMismatch { digits, words });
        }
    }
    Ok((
        Quantity {
            value,
            unit: unit.map(String::into_boxed_str),
        },
        notes,
    ))
}

/// Parse one number written the Indonesian way (used for realisation values and structured
/// `nilai`/`min`/`maks` written as text). Same rules as inside `parse_target`.
///
/// Accepts an optional `Rp` prefix, a multiplier (`juta`, …), a spelled-out cross-check in
/// parentheses and a trailing `%`/`persen`/`rupiah`; any other text (a unit, a comparator, a
/// range) makes it a [`TargetError::BadNumber`].
///
/// # Errors
///
/// As [`parse_target`], plus [`TargetError::BadNumber`] when anything but the number is left.
pub fn parse_number(raw: &str, kind: ScalarKind) -> Result<(f64, Vec<TargetNote>), TargetError> {
    let s = normalize(raw);
    let text: String = s.iter().collect();
    precheck(&s, &text)?;
    let amount = parse_amount(&s, 0, kind, true).map_err(|f| fail_to_error(f, &text))?;
    let mut p = skip_spaces(&s, amount.end);
    if at(&s, p) == Some('%') {
        p += 1;
    } else if let Some(end) = match_word(&s, p, "persen") {
        p = end;
    }
    let rest = trim_dots(trim(slice(&s, p, s.len())));
    if !rest.is_empty() {
        return Err(TargetError::BadNumber(text));
    }
    Ok((amount.value, amount.notes))
}

/// Classify a unit for the SMART rules.
///
/// Case-insensitive, whitespace-collapsed, ignoring a trailing `.`; when the whole unit is not
/// known, its leading words are tried (`laporan per triwulan` → `laporan` → Count,
/// `dokumen/bulan` → `dokumen`). Entries of `extra_units` count as Count unless the built-in
/// lists put them in another class.
#[must_use]
pub fn classify_unit(unit: &str, extra_units: &[String]) -> UnitClass {
    let norm = normalize_unit(unit);
    if let Some(class) = lookup_unit(&norm, extra_units) {
        return class;
    }
    let words: Vec<&str> = norm.split([' ', '/']).filter(|w| !w.is_empty()).collect();
    for n in (1..words.len()).rev() {
        let prefix = words.get(..n).unwrap_or_default().join(" ");
        if let Some(class) = lookup_unit(prefix.trim_end_matches('.'), extra_units) {
            return class;
        }
    }
    // `%pegawai`, `%/tahun` written without a space.
    if norm.starts_with('%') {
        return UnitClass::Percent;
    }
    UnitClass::Other
}

/// The nouns of things counted that `unit` names, as skp's list of counted units has them:
/// the whole unit (`perangkat daerah`), else each word that is one (`laporan/bulan` →
/// `laporan`; `dokumen rekomendasi` → `dokumen`, `rekomendasi`). Empty for any other unit.
pub fn counted_nouns(unit: &str) -> Vec<&'static str> {
    let norm = normalize_unit(unit);
    let find = |u: &str| COUNT_UNITS.iter().find(|c| **c == u).copied();
    if let Some(found) = find(&norm) {
        return vec![found];
    }
    norm.split([' ', '/'])
        .filter_map(|w| find(w.trim_end_matches('.')))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Unit classes

const PERCENT_UNITS: &[&str] = &["%", "persen", "persentase", "prosentase", "percent"];

const TIME_UNITS: &[&str] = &[
    "detik",
    "menit",
    "jam",
    "hari",
    "hari kerja",
    "hari kalender",
    "minggu",
    "pekan",
    "bulan",
    "triwulan",
    "caturwulan",
    "semester",
    "tahun",
    // Jam pelajaran: the unit of ASN competency development (20 JP a year, PermenPANRB
    // 38/2017), a duration.
    "jp",
    "jpl",
    "jam pelajaran",
];

const INDEX_UNITS: &[&str] = &[
    "indeks",
    "index",
    "nilai",
    "skor",
    "poin",
    "point",
    "predikat",
    "level",
    "skala",
    "peringkat",
];

const MONEY_UNITS: &[&str] = &["rupiah", "rp", "idr"];

const COUNT_UNITS: &[&str] = &[
    "dokumen",
    "laporan",
    // As planning tables abbreviate them ("11 Lap", "2 Dok", "5 Keg", "12 Org").
    "lap",
    "dok",
    "keg",
    "org",
    "berkas",
    "kegiatan",
    "orang",
    "modul",
    "aplikasi",
    "paket",
    "unit",
    "buah",
    "kali",
    "layanan",
    "sistem",
    "kajian",
    "rekomendasi",
    "surat",
    "naskah",
    "sk",
    "data",
    "dataset",
    "jenis",
    "lokasi",
    "desa",
    "kelurahan",
    "kecamatan",
    "daerah",
    "provinsi",
    "kabupaten",
    "kota",
    "kab/kota",
    "kabupaten/kota",
    "sekolah",
    "siswa",
    "peserta",
    "pegawai",
    "perangkat daerah",
    "opd",
    "instansi",
    "permohonan",
    "pengaduan",
    "izin",
    "usulan",
    "rancangan",
    "produk",
    "item",
    "eksemplar",
    "judul",
    "artikel",
    "konten",
    "video",
    "set",
    "kasus",
    "perkara",
    "akun",
    "server",
    "titik",
    "berita",
    "regulasi",
    "peraturan",
    "kebijakan",
    "inovasi",
    "program",
    "sub kegiatan",
    "subkegiatan",
    "rapat",
    "dokumentasi",
    "sertifikat",
    "pelatihan",
    "keluarga",
    "rumah",
    "ekor",
    "kelompok",
    "lembaga",
    "koperasi",
    "umkm",
    "pasien",
    "kunjungan",
    "temuan",
    "objek",
    "obyek",
    "buku",
    "halaman",
    "file",
    "berkas perkara",
    "surat keputusan",
    "x",
];

fn normalize_unit(unit: &str) -> String {
    let collapsed = unit
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    collapsed.trim_end_matches('.').trim_end().to_string()
}

fn lookup_unit(unit: &str, extra_units: &[String]) -> Option<UnitClass> {
    if unit.is_empty() {
        return None;
    }
    let tables = [
        (PERCENT_UNITS, UnitClass::Percent),
        (TIME_UNITS, UnitClass::Time),
        (INDEX_UNITS, UnitClass::Index),
        (MONEY_UNITS, UnitClass::Money),
        (COUNT_UNITS, UnitClass::Count),
    ];
    for (table, class) in tables {
        if table.contains(&unit) {
            return Some(class);
        }
    }
    extra_units
        .iter()
        .any(|extra| normalize_unit(extra) == unit)
        .then_some(UnitClass::Count)
}

// ---------------------------------------------------------------------------------------------
// Errors inside the grammar

/// Why an amount could not be read at a position.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fail {
    /// Nothing that looks like a number here.
    NotNumber,
    /// Dots, `x`, `?`, `…` where the number belongs.
    Placeholder,
    /// Something number-like but malformed.
    Bad,
}

fn fail_to_error(fail: Fail, text: &str) -> TargetError {
    match fail {
        Fail::Placeholder => TargetError::Placeholder(text.to_string()),
        Fail::Bad => TargetError::BadNumber(text.to_string()),
        // Digits later in the text (`nilai 80`, `laporan tahun 2026`) are not the target's
        // number: a qualitative target may well mention a year.
        Fail::NotNumber => TargetError::NoNumber(text.to_string()),
    }
}

/// A target written as a date by which the work is done: `31 Desember 2026`, `paling lambat
/// 31 Mar 2026`, `tanggal 10 Januari 2027 pukul 16.00`, `paling lambat 2026-03-31` or
/// `tanggal 31/03/2026` (day first); `sebelum 1 Juli 2026` is due on 30 June. A bare
/// `2026-03-31`, `01-Apr` is not one (spreadsheets write ranges that way; see
/// [`TargetError::Date`]), nor is a number with an abbreviation and no year (`10 SEP`, `5 Des.`:
/// units). `None` when `raw` is not written as a deadline.
///
/// # Errors
///
/// [`TargetError::BadDate`] for a deadline that names no day of a year (`31 Februari 2026`, or
/// `31 Desember` without its year: [`parse_deadline_in`] reads that in a plan's year).
pub fn parse_deadline(raw: &str) -> Option<Result<super::date::Date, TargetError>> {
    read_date(raw, false, None)
}

/// [`parse_deadline`] in a plan for `year`: a deadline written without its year (`paling
/// lambat 31 Maret`) falls in it, as its reader takes it.
pub fn parse_deadline_in(
    raw: &str,
    year: Option<i32>,
) -> Option<Result<super::date::Date, TargetError>> {
    read_date(raw, false, year)
}

/// The date a realisation states (`20 Maret 2026`, `20/03/2026`, `2026-03-20 00:00:00`,
/// `20-Mar-2026`): the forms of [`parse_deadline`], and bare digits or a spreadsheet's form,
/// which a realisation of a deadline has no reason to mean otherwise.
///
/// # Errors
///
/// [`TargetError::BadDate`] for a date that names no day of a year (`20 Maret`: the caller may
/// supply the year).
pub fn parse_done_date(raw: &str) -> Option<Result<super::date::Date, TargetError>> {
    read_date(raw, true, None)
}

/// Whether `text` could be a date at all: digits joined by `-`, `/` or `.`, or a word that
/// starts like a month's name. Most targets (`4 modul`, `95 %`) are not, and skip the date
/// patterns (a few percent of `check` on a large workspace).
fn may_be_a_date(text: &str) -> bool {
    let b = text.as_bytes();
    let joined = b.windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'-' | b'/' | b'.') && w[2].is_ascii_digit()
    });
    joined
        || (b.iter().any(u8::is_ascii_digit)
            && text
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.len() >= 3 && month_number(w).is_some()))
}

/// `year`: the year of a date written without one.
fn read_date(
    raw: &str,
    realised: bool,
    year: Option<i32>,
) -> Option<Result<super::date::Date, TargetError>> {
    static DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        let pattern = format!(
            r"(?ix)^
              (?P<by>(?:paling\s+lambat|selambat-lambatnya|selambatnya|(?P<before>sebelum)|maksimal|maks\.?|≤|<=)\s*:?\s*)?
              (?P<on>(?:tanggal|tgl\.?)\s*)?
              (?: (?P<d>\d{{1,2}}) [\s\-/.]* (?P<m>{MONTHS}) \b \.? (?:[\s,\-/.]+ (?P<y>\d{{4}}))?
                | (?P<numeric>\d{{1,4}} [-/.] \d{{1,2}} [-/.] \d{{1,4}})
              )
              (?:\s*,?\s*(?:(?:pukul|pkl\.?|pk\.?|jam)\s*)?(?P<hh>\d{{1,2}})[.:](?P<mm>\d{{2}})(?::\d{{2}})?(?:\s*(?:wib|wita|wit))?)?
              \s*\.?$"
        );
        regex::Regex::new(&pattern).expect("a valid built-in pattern")
    });
    let text: String = normalize(raw).into_iter().collect();
    if !may_be_a_date(&text) {
        return None;
    }
    // What spreadsheets write (`01-Apr`, `4-Jan-2026`) is no deadline, even if it could be read
    // as one: most often it is a range.
    if !realised && is_calendar_date(&text) {
        return None;
    }
    let c = DATE.captures(&text)?;
    let marked = c.name("by").is_some() || c.name("on").is_some();
    let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
    let date = if let Some(numeric) = c.name("numeric") {
        // Bare, it is what spreadsheets write: a deadline only after a word that makes it one.
        if !marked && !realised {
            return None;
        }
        numeric_date(numeric.as_str())
    } else {
        let name = c.name("m").map_or("", |m| m.as_str());
        // `10 SEP`, `25 agt.`, `5 Des.`: a number of a unit, unless a year or `tanggal` says
        // it is a day.
        if num("y").is_none()
            && c.name("on").is_none()
            && !FULL_MONTHS.contains(&name.to_lowercase().as_str())
        {
            return None;
        }
        // `sebelum 1 Januari` in a plan's year is its last day, not the one before it.
        let year = match (c.name("before"), month_number(name), num("d")) {
            (Some(_), Some(1), Some(1)) => year.map(|y| y + 1),
            _ => year,
        };
        match (
            num("y").map(|y| y as i32).or(year),
            month_number(name),
            num("d"),
        ) {
            (Some(y), Some(m), Some(d)) => super::date::Date::ymd(y, m, d),
            _ => None,
        }
    };
    let time_ok = match (num("hh"), num("mm")) {
        (Some(h), Some(m)) => h <= 24 && m <= 59,
        _ => true,
    };
    let date = date
        .filter(|d| time_ok && (1900..=2999).contains(&d.year()))
        // "Sebelum 1 Juli" is due the day before.
        .map(|d| {
            if c.name("before").is_some() {
                d.add_days(-1)
            } else {
                d
            }
        });
    Some(date.ok_or(TargetError::BadDate(text)))
}

/// A date written with digits only, as Indonesian forms write it: `31/03/2026`, `31-03-2026`,
/// `31.03.2026` (day first), or `2026-03-31`, `2026/03/31`. `None` for anything else, and for
/// a day that does not exist.
pub fn numeric_date(text: &str) -> Option<super::date::Date> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().ok();
    let (y, m, d) = match (a.len(), c.len()) {
        (4, 1..=2) => (n(a)?, n(b)?, n(c)?),
        (1..=2, 4) => (n(c)?, n(b)?, n(a)?),
        _ => return None,
    };
    super::date::Date::ymd(y as i32, m, d)
}

/// The length of time a unit names (its first words: `hari kerja sejak berkas lengkap` is
/// `hari kerja`), as the fewest and most calendar days one of it can span. A working day spans
/// one to three (a weekend or a holiday between), a month 28 to 31.
pub fn time_unit(unit: &str) -> Option<(&'static str, (f64, f64))> {
    const UNITS: &[(&str, (f64, f64))] = &[
        ("hari kerja", (1.0, 3.0)),
        // Jam pelajaran: 45 minutes (PermenPANRB 38/2017), before "jam".
        ("jam pelajaran", (45.0 / 1_440.0, 45.0 / 1_440.0)),
        ("jpl", (45.0 / 1_440.0, 45.0 / 1_440.0)),
        ("jp", (45.0 / 1_440.0, 45.0 / 1_440.0)),
        ("hari kalender", (1.0, 1.0)),
        ("detik", (1.0 / 86_400.0, 1.0 / 86_400.0)),
        ("menit", (1.0 / 1_440.0, 1.0 / 1_440.0)),
        ("jam", (1.0 / 24.0, 1.0 / 24.0)),
        ("hari", (1.0, 1.0)),
        ("minggu", (7.0, 7.0)),
        ("pekan", (7.0, 7.0)),
        ("bulan", (28.0, 31.0)),
        ("triwulan", (89.0, 92.0)),
        ("caturwulan", (120.0, 123.0)),
        ("semester", (181.0, 184.0)),
        ("tahun", (365.0, 366.0)),
    ];
    UNITS.iter().find_map(|&(name, days)| {
        let rest = unit.strip_prefix(name)?;
        (rest.is_empty() || rest.starts_with(' ')).then_some((name, days))
    })
}

/// Month names written in full, older spellings included: never a unit.
const FULL_MONTHS: &[&str] = &[
    "januari",
    "februari",
    "pebruari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "nopember",
    "desember",
];

/// Indonesian month names, their older spellings and the abbreviations plans use.
const MONTHS: &str = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|\
                      oktober|november|nopember|desember|agst|agus|sept|jan|feb|peb|mar|mrt|apr|\
                      jun|jul|agu|agt|ags|sep|okt|nov|nop|des";

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let m = match n.as_str() {
        "mrt" => 3,
        _ => match n.get(..3)? {
            "jan" => 1,
            "feb" | "peb" => 2,
            "mar" => 3,
            "apr" => 4,
            "mei" => 5,
            "jun" => 6,
            "jul" => 7,
            "agu" | "agt" | "ags" => 8,
            "sep" => 9,
            "okt" => 10,
            "nov" | "nop" => 11,
            "des" => 12,
            _ => return None,
        },
    };
    Some(m)
}

/// Whether `text` starts with a day and a month's name (`31 Maret …`, `tgl 5-Agt`,
/// `5 Agt 2026 …`): a date in some form, never a number of a unit. An abbreviation alone after
/// a number (`10 SEP`, `5 Des.`) is a unit.
fn starts_with_a_day_of_a_month(text: &str) -> bool {
    static DAY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        let full = FULL_MONTHS.join("|");
        let pattern = format!(
            r"(?ix)^
              (?: (?:tanggal|tgl\.?)\s* \d{{1,2}} [\s\-/.]* (?:{MONTHS}) \b
                | \d{{1,2}} [\s\-/.]* (?:{full}) \b
                | \d{{1,2}} [\s\-/.]* (?:{MONTHS}) \b \.? [\s,\-/.]+ \d{{4}} \b
              )"
        );
        regex::Regex::new(&pattern).expect("a valid built-in pattern")
    });
    DAY.is_match(text)
}

/// Whether `text` (after any comparator) is a date in the forms spreadsheets write: `2026-01-04`
/// (also with a time), `31/12/2026`, `31-12-2026`, `1/4/26`, `01-Apr`, `Jan-26`. A deadline
/// written with the month's name (`31 Desember 2026`, as S103's help advises) is not one.
fn is_calendar_date(text: &str) -> bool {
    static DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        let month = "jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|ags|sep|oct|okt|nov|dec|des";
        let pattern = format!(
            r"(?ix)^ (?:
                  (?P<y1>\d{{4}}) [-/.] (?P<m1>\d{{1,2}}) [-/.] (?P<d1>\d{{1,2}})
                  (?:[\sT]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?)?
                | (?P<d2>\d{{1,2}}) [-/.] (?P<m2>\d{{1,2}}) [-/.] \d{{4}}
                | (?P<d3>\d{{1,2}}) / (?P<m3>\d{{1,2}}) / \d{{2}}
                | \d{{1,2}} [-/] (?:{month}) (?:[-/] (?:\d{{4}}|\d{{2}}))?
                | (?:{month}) [-/] \d{{2}}
              )$"
        );
        regex::Regex::new(&pattern).expect("a valid built-in pattern")
    });
    let Some(c) = DATE.captures(text) else {
        return false;
    };
    // A numeric form is a date only with a real month and day; day and month may come in
    // either order after a day first (`12/31/2026` from a spreadsheet in English).
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let real = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
    match (
        num("m1"),
        num("d1"),
        num("m2").or(num("m3")),
        num("d2").or(num("d3")),
    ) {
        (Some(m), Some(d), _, _) => real(m, d),
        (_, _, Some(m), Some(d)) => real(m, d) || real(d, m),
        _ => true,
    }
}

/// Texts that stand for "not filled in yet" (compared in lower case, trailing dots ignored).
const PLACEHOLDER_TEXTS: &[&str] = &[
    "tbd",
    "tba",
    "tbc",
    "n/a",
    "na",
    "n.a",
    "belum ada",
    "belum ditentukan",
    "akan ditentukan",
    "menyusul",
    "perlu diisi",
    "belum diisi",
    "harap diisi",
];

/// Whether a `satuan` is only a placeholder left by a template ("-", "…", "xx", "TBD",
/// "perlu diisi"): no unit. A lone "x" is kept, since it abbreviates "kali".
pub fn is_placeholder_unit(raw: &str) -> bool {
    /// What forms and dropdowns leave in a unit cell: the column's own name, "pilih" (an
    /// e-Kinerja dropdown's default), "isi", "kosong", "null".
    const UNIT_PLACEHOLDERS: &[&str] = &[
        "satuan",
        "pilih",
        "pilih satuan",
        "isi",
        "diisi",
        "isi satuan",
        "kosong",
        "null",
        "none",
        "nihil",
        "dst",
    ];
    let s = normalize(raw);
    let text: String = s.iter().collect();
    let lower = text.to_lowercase();
    let key = lower.trim_end_matches('.').trim_end();
    let marks = !s.is_empty()
        && text != "x"
        && text != "X"
        && s.iter()
            .all(|c| matches!(c, ' ' | '/') || is_placeholder_char(*c));
    // A number alone ("0", "0,00") is a value where a unit belongs.
    let number = !s.is_empty()
        && s.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'));
    // "(diisi)", "[satuan]", "<satuan>", "-- pilih --", "...dst", "*)": the words inside.
    let inner = key.trim_matches(|c: char| !c.is_alphanumeric()).trim();
    marks
        || number
        || PLACEHOLDER_TEXTS.contains(&key)
        || PLACEHOLDER_TEXTS.contains(&inner)
        || UNIT_PLACEHOLDERS.contains(&inner)
        || key == "*)"
}

fn precheck(s: &[char], text: &str) -> Result<(), TargetError> {
    if s.is_empty() || (s.len() == 1 && s.first().copied().is_some_and(is_dash)) {
        return Err(TargetError::Empty);
    }
    let lower = text.to_lowercase();
    let key = lower.trim_end_matches('.').trim_end();
    if PLACEHOLDER_TEXTS.contains(&key) {
        return Err(TargetError::Placeholder(text.to_string()));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Character helpers (the text is a `Vec<char>`, so positions never split a UTF-8 sequence)

/// Trim, strip one pair of surrounding quotes, drop zero-width characters, and collapse every
/// run of whitespace (including U+00A0 and U+202F) into one ASCII space.
fn normalize(raw: &str) -> Vec<char> {
    let trimmed = raw.trim();
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|q| trimmed.strip_prefix(*q).and_then(|r| r.strip_suffix(*q)))
        .unwrap_or(trimmed);
    let mut out = Vec::with_capacity(unquoted.len());
    let mut pending_space = false;
    for c in unquoted.chars() {
        if matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        ) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

fn at(s: &[char], i: usize) -> Option<char> {
    s.get(i).copied()
}

fn slice(s: &[char], from: usize, to: usize) -> &[char] {
    s.get(from..to).unwrap_or_default()
}

fn skip_spaces(s: &[char], mut i: usize) -> usize {
    while at(s, i) == Some(' ') {
        i += 1;
    }
    i
}

fn trim(s: &[char]) -> &[char] {
    let start = s.iter().position(|c| *c != ' ').unwrap_or(s.len());
    let end = s.iter().rposition(|c| *c != ' ').map_or(start, |i| i + 1);
    slice(s, start, end)
}

/// Trim and drop trailing dots (`4 modul.`).
fn trim_dots(s: &[char]) -> &[char] {
    let end = s
        .iter()
        .rposition(|c| *c != ' ' && *c != '.')
        .map_or(0, |i| i + 1);
    trim(slice(s, 0, end))
}

fn letter_at(s: &[char], i: usize) -> bool {
    at(s, i).is_some_and(char::is_alphabetic)
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '−' | '‒')
}

fn is_placeholder_char(c: char) -> bool {
    matches!(c, '.' | '…' | '‥' | 'x' | 'X' | '_' | '?') || is_dash(c)
}

/// Case-insensitive (ASCII) match of `kw` at `i`; returns the index after it.
fn match_kw(s: &[char], i: usize, kw: &str) -> Option<usize> {
    let mut j = i;
    for k in kw.chars() {
        let c = at(s, j)?;
        if !c.eq_ignore_ascii_case(&k) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// Like [`match_kw`], but a keyword ending in a letter must not run on into another letter.
fn match_word(s: &[char], i: usize, kw: &str) -> Option<usize> {
    let end = match_kw(s, i, kw)?;
    let ends_in_letter = kw.chars().last().is_some_and(char::is_alphabetic);
    if ends_in_letter && letter_at(s, end) {
        return None;
    }
    Some(end)
}

/// The longest keyword of `list` that matches as a word at `i`, with its payload.
fn longest_word<T: Copy>(s: &[char], i: usize, list: &[(&str, T)]) -> Option<(T, usize)> {
    list.iter()
        .filter_map(|(kw, payload)| match_word(s, i, kw).map(|end| (*payload, end)))
        .max_by_key(|(_, end)| *end)
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

// ---------------------------------------------------------------------------------------------
// Comparators

const COMPARATORS: &[(&str, bool)] = &[
    // (keyword, is "at most")
    ("≤", true),
    ("⩽", true),
    ("<=", true),
    ("=<", true),
    ("<", true),
    ("maks", true),
    ("maks.", true),
    ("maksimal", true),
    ("maksimum", true),
    ("max", true),
    ("max.", true),
    ("maximal", true),
    ("maximum", true),
    ("paling lambat", true),
    ("paling lama", true),
    ("paling banyak", true),
    ("selambat-lambatnya", true),
    ("sebanyak-banyaknya", true),
    ("tidak lebih dari", true),
    ("kurang dari", true),
    ("≥", false),
    ("⩾", false),
    (">=", false),
    ("=>", false),
    (">", false),
    ("min", false),
    ("min.", false),
    ("minimal", false),
    ("minimum", false),
    ("sekurang-kurangnya", false),
    ("sekurangnya", false),
    ("setidak-tidaknya", false),
    ("setidaknya", false),
    ("sedikitnya", false),
    ("paling sedikit", false),
    ("paling sedikitnya", false),
    ("tidak kurang dari", false),
    ("lebih dari", false),
];

/// Trailing forms: `4 jam atau kurang`, `95 % ke atas`.
const TRAILING_COMPARATORS: &[(&str, bool)] = &[
    ("atau kurang", true),
    ("ke bawah", true),
    ("atau lebih", false),
    ("ke atas", false),
];

fn comparator(at_most: bool) -> Comparator {
    if at_most {
        Comparator::AtMost
    } else {
        Comparator::AtLeast
    }
}

/// A comparator at the start of the text; returns it and where the number starts.
fn leading_comparator(s: &[char]) -> Option<(Comparator, usize)> {
    let (at_most, end) = longest_word(s, 0, COMPARATORS)?;
    let mut p = skip_spaces(s, end);
    if at(s, p) == Some(':') {
        p = skip_spaces(s, p + 1);
    }
    Some((comparator(at_most), p))
}

fn strip_trailing_comparator(rest: &[char]) -> (&[char], Option<Comparator>) {
    let r = trim_dots(rest);
    for (kw, at_most) in TRAILING_COMPARATORS {
        let n = kw.chars().count();
        let Some(start) = r.len().checked_sub(n) else {
            continue;
        };
        if match_kw(r, start, kw) == Some(r.len()) && (start == 0 || at(r, start - 1) == Some(' '))
        {
            return (trim(slice(r, 0, start)), Some(comparator(*at_most)));
        }
    }
    (rest, None)
}

// ---------------------------------------------------------------------------------------------
// Numbers written with digits

/// A decimal number as written: all its digits and how many of them are decimals.
#[derive(Debug, Clone)]
struct Decimal {
    digits: String,
    frac: i64,
}

impl Decimal {
    /// The value times `10^exp`, rounded once (so `1,2 M` is exactly 1 200 000 000).
    fn scaled(&self, exp: i32) -> Option<f64> {
        let e = i64::from(exp).saturating_sub(self.frac);
        format!("{}e{}", self.digits, e)
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
    }
}

/// How the dots of a number were read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum DotStyle {
    /// No dot.
    Plain,
    /// Thousands dots, unambiguous.
    Thousands,
    /// `4.500` as a bare YAML number.
    AmbiguousThousands,
    /// `3.5`: an English decimal point.
    DecimalPoint,
}

/// Read digits with `.`/`,` separators starting at `start` (which holds a digit).
fn read_digits(
    s: &[char],
    start: usize,
    kind: ScalarKind,
) -> Result<(Decimal, DotStyle, usize), Fail> {
    let mut end = start;
    while at(s, end).is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        end += 1;
    }
    // A separator not followed by a digit ends the number (`4 modul.`, `Rp 150.000,-`).
    while end > start && matches!(at(s, end - 1), Some('.' | ',')) {
        end -= 1;
    }
    let token: String = slice(s, start, end).iter().collect();
    let mut halves = token.split(',');
    let int_part = halves.next().unwrap_or_default();
    let frac_part = halves.next().unwrap_or_default();
    if halves.next().is_some() {
        // `4,5,6`, `1,250,000`
        return Err(Fail::Bad);
    }
    let has_comma = token.contains(',');
    if has_comma && (frac_part.is_empty() || frac_part.contains('.')) {
        return Err(Fail::Bad);
    }
    let groups: Vec<&str> = int_part.split('.').collect();
    if groups.iter().any(|g| g.is_empty()) {
        return Err(Fail::Bad);
    }
    let (int_digits, frac_digits, style) = match groups.as_slice() {
        [only] => ((*only).to_string(), frac_part, DotStyle::Plain),
        [first, rest @ ..] if is_thousands(first, rest) => {
            let whole_scalar = start == 0 && end == s.len();
            let style =
                if rest.len() == 1 && !has_comma && kind == ScalarKind::PlainNumber && whole_scalar
                {
                    DotStyle::AmbiguousThousands
                } else {
                    DotStyle::Thousands
                };
            (groups.concat(), frac_part, style)
        }
        [whole, decimals] if !has_comma => {
            ((*whole).to_string(), *decimals, DotStyle::DecimalPoint)
        }
        _ => return Err(Fail::Bad),
    };
    let frac = i64::try_from(frac_digits.len()).unwrap_or(i64::MAX);
    let decimal = Decimal {
        digits: format!("{int_digits}{frac_digits}"),
        frac,
    };
    Ok((decimal, style, end))
}

/// `1.250.000`: a first group of 1–3 digits (not starting with 0), then groups of exactly 3.
fn is_thousands(first: &str, rest: &[&str]) -> bool {
    (1..=3).contains(&first.len()) && !first.starts_with('0') && rest.iter().all(|g| g.len() == 3)
}

fn dot_note(decimal: &Decimal, style: DotStyle) -> Option<TargetNote> {
    let read_as = decimal.scaled(0)?;
    match style {
        DotStyle::AmbiguousThousands => Some(TargetNote::AmbiguousThousands { read_as }),
        DotStyle::DecimalPoint => Some(TargetNote::DecimalPoint { read_as }),
        DotStyle::Plain | DotStyle::Thousands => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers written in words

fn digit_word(w: &str) -> Option<u32> {
    Some(match w {
        "satu" => 1,
        "dua" => 2,
        "tiga" => 3,
        "empat" => 4,
        "lima" => 5,
        "enam" => 6,
        "tujuh" => 7,
        "delapan" => 8,
        "sembilan" => 9,
        _ => return None,
    })
}

fn decimal_digit_word(w: &str) -> Option<u32> {
    if w == "nol" { Some(0) } else { digit_word(w) }
}

/// `ribu`, `juta`, … after a number below a thousand: the power of ten.
fn scale_word(w: &str) -> Option<i32> {
    Some(match w {
        "ribu" => 3,
        "juta" => 6,
        "miliar" | "milyar" => 9,
        "triliun" => 12,
        _ => return None,
    })
}

/// `seribu`, `sejuta`, …: one of a scale.
fn se_scale_word(w: &str) -> Option<i32> {
    Some(match w {
        "seribu" => 3,
        "sejuta" => 6,
        "semiliar" | "semilyar" => 9,
        "setriliun" => 12,
        _ => return None,
    })
}

/// Words (letter runs separated by single spaces) from `start`, lower-cased, with the index
/// after each. At most 24 words: no number needs more.
fn word_tokens(s: &[char], start: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut i = start;
    while letter_at(s, i) && out.len() < 24 {
        let begin = i;
        while letter_at(s, i) {
            i += 1;
        }
        let word: String = slice(s, begin, i)
            .iter()
            .map(char::to_ascii_lowercase)
            .collect();
        out.push((word, i));
        if at(s, i) == Some(' ') && letter_at(s, i + 1) {
            i += 1;
        } else {
            break;
        }
    }
    out
}

/// A number below one thousand: `seratus`, `dua ratus lima puluh tiga`, `tujuh belas`, ….
/// Returns the value and the number of words used (0 when none).
fn below_thousand(toks: &[&str]) -> (u32, usize) {
    let w = |i: usize| toks.get(i).copied();
    let mut v = 0;
    let mut i = 0;
    if w(0) == Some("seratus") {
        v = 100;
        i = 1;
    } else if let Some(d) = w(0).and_then(digit_word)
        && w(1) == Some("ratus")
    {
        v = d * 100;
        i = 2;
    }
    match w(i) {
        Some("sepuluh") => {
            v += 10;
            i += 1;
        }
        Some("sebelas") => {
            v += 11;
            i += 1;
        }
        Some(t) => {
            if let Some(d) = digit_word(t) {
                match w(i + 1) {
                    Some("belas") => {
                        v += 10 + d;
                        i += 2;
                    }
                    Some("puluh") => {
                        v += 10 * d;
                        i += 2;
                        if let Some(u) = w(i).and_then(digit_word)
                            && !matches!(w(i + 1), Some("belas" | "puluh" | "ratus"))
                        {
                            v += u;
                            i += 1;
                        }
                    }
                    Some("ratus") => {}
                    _ => {
                        v += d;
                        i += 1;
                    }
                }
            }
        }
        None => {}
    }
    (v, i)
}

/// A number in words at the start of `toks`: the value and the number of words used.
fn words_value(toks: &[&str]) -> Option<(f64, usize)> {
    let w = |i: usize| toks.get(i).copied();
    let mut i = 0;
    let mut total = 0.0_f64;
    let mut any = false;
    // Whether the last group had no scale word, so `setengah` may follow (`dua setengah`).
    let mut open_units = true;
    if w(0) == Some("nol") {
        i = 1;
        any = true;
    } else {
        let mut last_exp = i32::MAX;
        loop {
            if let Some(exp) = w(i).and_then(se_scale_word) {
                if exp >= last_exp {
                    break;
                }
                total += 10f64.powi(exp);
                last_exp = exp;
                i += 1;
                any = true;
                open_units = false;
                continue;
            }
            let (n, k) = below_thousand(toks.get(i..).unwrap_or_default());
            if k == 0 {
                break;
            }
            any = true;
            if let Some(exp) = w(i + k).and_then(scale_word)
                && exp < last_exp
            {
                total += f64::from(n) * 10f64.powi(exp);
                last_exp = exp;
                i += k + 1;
                open_units = false;
                continue;
            }
            total += f64::from(n);
            i += k;
            open_units = true;
            break;
        }
    }
    if w(i) == Some("setengah") && (!any || open_units) {
        total += 0.5;
        i += 1;
        any = true;
    } else if any && w(i) == Some("koma") {
        let mut decimals = String::from("0.");
        let mut j = i + 1;
        while let Some(c) = w(j)
            .and_then(decimal_digit_word)
            .and_then(|d| char::from_digit(d, 10))
        {
            decimals.push(c);
            j += 1;
        }
        if j > i + 1 {
            total += decimals.parse::<f64>().unwrap_or(0.0);
            i = j;
        }
    }
    any.then_some((total, i))
}

/// A number in words starting at `p`: the value and the index after its last word.
fn words_at(s: &[char], p: usize) -> Option<(f64, usize)> {
    let toks = word_tokens(s, p);
    let strs: Vec<&str> = toks.iter().map(|(w, _)| w.as_str()).collect();
    let (value, used) = words_value(&strs)?;
    let (_, end) = toks.get(used.checked_sub(1)?)?;
    Some((value, *end))
}

/// `(empat)`, `(seratus lima puluh juta rupiah)` at `p`: the value in words and the index after
/// the closing parenthesis. `None` when there is no parenthesis or it does not start with a
/// number in words.
fn paren_words(s: &[char], p: usize) -> Option<(f64, usize)> {
    if at(s, p) != Some('(') {
        return None;
    }
    let close = (p + 1..s.len()).find(|&j| at(s, j) == Some(')'))?;
    let inner = slice(s, p + 1, close);
    let (value, _) = words_at(inner, skip_spaces(inner, 0))?;
    Some((value, close + 1))
}

/// `(4)` at `p`, after a number in words: the value and the index after the parenthesis.
fn paren_digits(s: &[char], p: usize, kind: ScalarKind) -> Option<(f64, usize)> {
    if at(s, p) != Some('(') {
        return None;
    }
    let start = skip_spaces(s, p + 1);
    if !at(s, start).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let (decimal, _, end) = read_digits(s, start, kind).ok()?;
    let close = skip_spaces(s, end);
    (at(s, close) == Some(')')).then_some(())?;
    Some((decimal.scaled(0)?, close + 1))
}

// ---------------------------------------------------------------------------------------------
// Amounts: [Rp] number [multiplier] [rupiah] [(words)]

/// `e3`, `E-3`, `e+3` glued to a number.
fn is_exponent_at(s: &[char], p: usize) -> bool {
    let digit = |i: usize| at(s, i).is_some_and(|c| c.is_ascii_digit());
    matches!(at(s, p), Some('e' | 'E'))
        && (digit(p + 1) || (matches!(at(s, p + 1), Some('+' | '-')) && digit(p + 2)))
}

#[derive(Debug, Clone)]
enum Num {
    Digits(Decimal),
    Plain(f64),
}

impl Num {
    fn scaled(&self, exp: i32) -> Option<f64> {
        match self {
            Num::Digits(d) => d.scaled(exp),
            Num::Plain(v) => Some(v * 10f64.powi(exp)).filter(|r| r.is_finite()),
        }
    }
}

#[derive(Debug, Clone)]
struct Amount {
    num: Num,
    /// Power of ten of the multiplier (`juta` → 6), 0 without one.
    exp: i32,
    value: f64,
    money: bool,
    /// Written in words.
    words: bool,
    end: usize,
    notes: Vec<TargetNote>,
}

const MULTIPLIERS: &[(&str, i32)] = &[
    ("triliun", 12),
    ("miliar", 9),
    ("milyar", 9),
    ("juta", 6),
    ("jt", 6),
    ("jt.", 6),
    ("ribu", 3),
    ("rb", 3),
    ("rb.", 3),
];

/// Single letters that multiply only right after a rupiah amount (`Rp 1,2 M`).
const MONEY_LETTERS: &[(&str, i32)] = &[("m", 9), ("t", 12)];

/// `Rp`, `Rp.`, `IDR` before an amount: the index where the amount starts.
fn rupiah_prefix(s: &[char], p: usize) -> Option<usize> {
    let e = match_kw(s, p, "rp").or_else(|| match_kw(s, p, "idr"))?;
    if letter_at(s, e) {
        return None;
    }
    let e = if at(s, e) == Some('.') { e + 1 } else { e };
    let start = skip_spaces(s, e);
    let next = at(s, start)?;
    (next.is_ascii_digit() || next.is_alphabetic() || is_placeholder_char(next)).then_some(start)
}

/// A run of placeholder characters at `p` standing where a number belongs (`....`, `xx`, `?`).
fn is_placeholder_at(s: &[char], p: usize) -> bool {
    let mut e = p;
    while at(s, e).is_some_and(is_placeholder_char) {
        e += 1;
    }
    e > p && !at(s, e).is_some_and(char::is_alphanumeric)
}

fn parse_amount(
    s: &[char],
    pos: usize,
    kind: ScalarKind,
    allow_words: bool,
) -> Result<Amount, Fail> {
    let mut p = skip_spaces(s, pos);
    let mut money = false;
    if let Some(start) = rupiah_prefix(s, p) {
        money = true;
        p = start;
    }
    let c = at(s, p).ok_or(Fail::NotNumber)?;
    if is_dash(c) || c == '+' {
        // `-5`, `+5`, `- 5`: signed numbers are never valid targets.
        let mut q = p;
        while at(s, q).is_some_and(|c| is_dash(c) || c == '+') {
            q += 1;
        }
        if at(s, skip_spaces(s, q)).is_some_and(|d| d.is_ascii_digit()) {
            return Err(Fail::Bad);
        }
    }
    let mut notes = Vec::new();
    let (num, words) = if c.is_ascii_digit() {
        let (decimal, style, end) = read_digits(s, p, kind)?;
        p = end;
        if is_exponent_at(s, p) {
            // `1e3`: YAML reads it as a number, Indonesian never writes it.
            return Err(Fail::Bad);
        }
        notes.extend(dot_note(&decimal, style));
        let mut num = Num::Digits(decimal);
        // `1 x 24 jam`, `2x24 jam`: a product, common in service standards.
        let q = skip_spaces(s, p);
        let r = skip_spaces(s, q + 1);
        if matches!(at(s, q), Some('x' | 'X' | '×')) && at(s, r).is_some_and(|d| d.is_ascii_digit())
        {
            let (second, style2, end2) = read_digits(s, r, kind)?;
            notes.extend(dot_note(&second, style2));
            let a = num.scaled(0).ok_or(Fail::Bad)?;
            let b = second.scaled(0).ok_or(Fail::Bad)?;
            num = Num::Plain(a * b);
            p = end2;
        }
        (num, false)
    } else if matches!(c, '.' | ',') && at(s, p + 1).is_some_and(|d| d.is_ascii_digit()) {
        // `.5`, `,5`
        return Err(Fail::Bad);
    } else if is_placeholder_at(s, p) {
        return Err(Fail::Placeholder);
    } else if allow_words && let Some((value, end)) = words_at(s, p) {
        p = end;
        (Num::Plain(value), true)
    } else {
        return Err(Fail::NotNumber);
    };

    // `Rp 150.000.000,-`
    if matches!(at(s, p), Some(',' | '.')) && at(s, p + 1).is_some_and(is_dash) {
        p += 1;
        while at(s, p).is_some_and(is_dash) {
            p += 1;
        }
    }
    let mut exp = 0;
    let q = skip_spaces(s, p);
    let multiplier = longest_word(s, q, MULTIPLIERS).or_else(|| {
        if money {
            longest_word(s, q, MONEY_LETTERS)
        } else {
            None
        }
    });
    if let Some((e, end)) = multiplier {
        exp = e;
        p = end;
    }
    let q = skip_spaces(s, p);
    if let Some(end) = match_word(s, q, "rupiah") {
        money = true;
        p = end;
    }
    let value = num.scaled(exp).ok_or(Fail::Bad)?;
    let q = skip_spaces(s, p);
    let base = num.scaled(0).unwrap_or(value);
    if !words && let Some((spelled, end)) = paren_words(s, q) {
        // `4 (empat) modul`
        if !same(spelled, value) && !same(spelled, base) {
            notes.push(TargetNote::SpelledMismatch {
                digits: value,
                words: spelled,
            });
        }
        p = end;
    } else if words && let Some((digits, end)) = paren_digits(s, q, kind) {
        // `empat (4) modul`
        if !same(digits, value) && !same(digits, base) {
            notes.push(TargetNote::SpelledMismatch {
                digits,
                words: value,
            });
        }
        p = end;
    }
    Ok(Amount {
        num,
        exp,
        value,
        money,
        words,
        end: p,
        notes,
    })
}

// ---------------------------------------------------------------------------------------------
// Ranges and units

const RANGE_WORDS: &[(&str, ())] = &[
    ("sampai dengan", ()),
    ("sampai", ()),
    ("hingga", ()),
    ("s.d.", ()),
    ("s.d", ()),
    ("s/d", ()),
    ("s/d.", ()),
    ("sd", ()),
];

/// A range separator at `i` (not glued to a preceding letter): the index after it.
fn separator_at(s: &[char], i: usize) -> Option<usize> {
    if i.checked_sub(1).is_some_and(|j| letter_at(s, j)) {
        return None;
    }
    if at(s, i).is_some_and(is_dash) {
        return Some(i + 1);
    }
    longest_word(s, i, RANGE_WORDS).map(|((), end)| end)
}

/// Look for `<separator> <amount>` after the first amount, allowing a unit in between
/// (`95% - 100%`). Stops at the first digit that is not part of such an amount.
fn find_range(
    s: &[char],
    from: usize,
    kind: ScalarKind,
    allow_words: bool,
) -> Result<Option<(usize, Amount)>, Fail> {
    let mut i = from;
    while let Some(c) = at(s, i) {
        if c.is_ascii_digit() {
            return Ok(None);
        }
        if let Some(end) = separator_at(s, i) {
            match parse_amount(s, end, kind, allow_words) {
                Ok(second) => return Ok(Some((i, second))),
                Err(Fail::NotNumber) => {}
                Err(fail) => return Err(fail),
            }
        }
        i += 1;
    }
    Ok(None)
}

/// `%` or `persen` at the start of a unit: the text after it.
fn percent_prefix(u: &[char]) -> Option<&[char]> {
    if u.first() == Some(&'%') {
        return Some(trim(slice(u, 1, u.len())));
    }
    match_word(u, 0, "persen").map(|end| trim(slice(u, end, u.len())))
}

/// Turn the text after the number into the unit; also returns a trailing spelled-out number
/// (`95 % (sembilan puluh lima persen)`) for the cross-check.
fn finish_unit(u: &[char], money: bool) -> Result<(Option<String>, Option<f64>), Fail> {
    let mut u = trim_dots(u);
    let mut words = None;
    if u.last() == Some(&')')
        && let Some(open) = u.iter().rposition(|c| *c == '(')
        && let Some((spelled, _)) = paren_words(u, open)
    {
        words = Some(spelled);
        u = trim_dots(slice(u, 0, open));
    }
    if u.first()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
    {
        // `4 2 dokumen`, `1 250 000`, `4 ,5`, `4.500 , 5`
        return Err(Fail::Bad);
    }
    let text = |c: &[char]| c.iter().collect::<String>();
    let unit = if money {
        Some(if u.is_empty() {
            "rupiah".to_string()
        } else {
            format!("rupiah {}", text(u))
        })
    } else if let Some(after) = percent_prefix(u) {
        Some(if after.is_empty() {
            "%".to_string()
        } else {
            format!("% {}", text(after))
        })
    } else if u.is_empty() {
        None
    } else {
        Some(text(u))
    };
    Ok((unit, words))
}

// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {

    #[test]
    fn quantities_print_as_plans_write_them() {
        let q = |value, unit: Option<&str>| Quantity {
            value,
            unit: unit.map(Into::into),
        };
        assert_eq!(
            q(TargetValue::Number(3.1), Some("indeks")).to_string(),
            "3,1 indeks"
        );
        assert_eq!(
            q(
                TargetValue::Range {
                    min: 95.0,
                    max: 100.0
                },
                Some("%")
            )
            .to_string(),
            "95\u{2013}100 %"
        );
        assert_eq!(
            q(
                TargetValue::Bound {
                    comparator: Comparator::AtMost,
                    value: 4.0
                },
                Some("jam")
            )
            .to_string(),
            "\u{2264} 4 jam"
        );
        assert_eq!(q(TargetValue::Number(75.0), None).to_string(), "75");
    }

    use super::*;

    use ScalarKind::{PlainNumber, Text};

    fn ok(raw: &str) -> (Quantity, Vec<TargetNote>) {
        match parse_target(raw, Text) {
            Ok(r) => r,
            Err(e) => panic!("{raw:?} failed: {e:?}"),
        }
    }

    fn num(raw: &str) -> (f64, Option<Box<str>>) {
        let (q, notes) = ok(raw);
        assert!(notes.is_empty(), "{raw:?} notes {notes:?}");
        match q.value {
            TargetValue::Number(v) => (v, q.unit),
            other => panic!("{raw:?} gave {other:?}"),
        }
    }

    fn unit(u: &str) -> Option<Box<str>> {
        Some(u.into())
    }

    fn bound(raw: &str) -> (Comparator, f64, Option<Box<str>>) {
        let (q, notes) = ok(raw);
        assert!(notes.is_empty(), "{raw:?} notes {notes:?}");
        match q.value {
            TargetValue::Bound { comparator, value } => (comparator, value, q.unit),
            other => panic!("{raw:?} gave {other:?}"),
        }
    }

    fn range(raw: &str) -> (f64, f64, Option<Box<str>>) {
        let (q, notes) = ok(raw);
        assert!(notes.is_empty(), "{raw:?} notes {notes:?}");
        match q.value {
            TargetValue::Range { min, max } => (min, max, q.unit),
            other => panic!("{raw:?} gave {other:?}"),
        }
    }

    // --- every form of the target grammar, row by row ---

    #[test]
    fn table_row_modul_and_spelled_cross_check() {
        assert_eq!(num("4 modul"), (4.0, unit("modul")));
        assert_eq!(num("4 (empat) modul"), (4.0, unit("modul")));
    }

    #[test]
    fn table_row_decimal_comma() {
        assert_eq!(num("99,5 %"), (99.5, unit("%")));
        assert_eq!(num("99,5%"), (99.5, unit("%")));
    }

    #[test]
    fn table_row_thousands_dot() {
        assert_eq!(num("4.500 berkas"), (4500.0, unit("berkas")));
        assert_eq!(num("1.250.000"), (1_250_000.0, None));
    }

    #[test]
    fn table_row_ambiguous_and_english_decimals() {
        let (q, notes) = parse_target("4.500", PlainNumber).unwrap();
        assert_eq!(
            q,
            Quantity {
                value: TargetValue::Number(4500.0),
                unit: None
            }
        );
        assert_eq!(
            notes,
            vec![TargetNote::AmbiguousThousands { read_as: 4500.0 }]
        );
        let (q, notes) = ok("3.5 jam");
        assert_eq!(
            q,
            Quantity {
                value: TargetValue::Number(3.5),
                unit: unit("jam")
            }
        );
        assert_eq!(notes, vec![TargetNote::DecimalPoint { read_as: 3.5 }]);
    }

    #[test]
    fn table_row_ranges() {
        assert_eq!(range("95-100 %"), (95.0, 100.0, unit("%")));
        assert_eq!(range("95 – 100 %"), (95.0, 100.0, unit("%")));
    }

    #[test]
    fn table_row_bounds() {
        for raw in ["≤ 4 jam", "<= 4 jam", "maksimal 4 jam"] {
            assert_eq!(bound(raw), (Comparator::AtMost, 4.0, unit("jam")), "{raw}");
        }
        assert_eq!(
            bound("paling lambat 4 hari"),
            (Comparator::AtMost, 4.0, unit("hari"))
        );
        for raw in [
            "≥ 90 %",
            ">= 90 %",
            "minimal 90 %",
            "sekurang-kurangnya 90 %",
            "paling sedikit 90 %",
        ] {
            assert_eq!(bound(raw), (Comparator::AtLeast, 90.0, unit("%")), "{raw}");
        }
    }

    #[test]
    fn table_row_rupiah() {
        assert_eq!(num("Rp 150.000.000"), (150_000_000.0, unit("rupiah")));
        assert_eq!(num("Rp150 juta"), (150_000_000.0, unit("rupiah")));
        assert_eq!(num("Rp 1,2 M"), (1_200_000_000.0, unit("rupiah")));
    }

    #[test]
    fn table_rows_structured_categorical_never_reach_the_grammar_as_text() {
        // `{ kategori: WTP }` is structured; a bare `WTP` text is a target without a number.
        assert_eq!(
            parse_target("WTP", Text),
            Err(TargetError::NoNumber("WTP".into()))
        );
    }

    // --- comparators ---

    #[test]
    fn every_comparator_word() {
        let at_most = [
            "≤",
            "<=",
            "<",
            "maks",
            "maks.",
            "maksimal",
            "maksimum",
            "paling lambat",
            "paling lama",
            "tidak lebih dari",
            "kurang dari",
            "Maksimal",
            "PALING LAMBAT",
            "=<",
            "max",
            "paling banyak",
            "selambat-lambatnya",
        ];
        for c in at_most {
            let raw = format!("{c} 4 jam");
            assert_eq!(bound(&raw), (Comparator::AtMost, 4.0, unit("jam")), "{raw}");
        }
        let at_least = [
            "≥",
            ">=",
            ">",
            "min",
            "min.",
            "minimal",
            "minimum",
            "sekurang-kurangnya",
            "paling sedikit",
            "paling sedikitnya",
            "tidak kurang dari",
            "lebih dari",
            "Minimal",
            "=>",
            "setidaknya",
        ];
        for c in at_least {
            let raw = format!("{c} 90 %");
            assert_eq!(bound(&raw), (Comparator::AtLeast, 90.0, unit("%")), "{raw}");
        }
        // glued to the number
        assert_eq!(bound("≤4 jam"), (Comparator::AtMost, 4.0, unit("jam")));
        assert_eq!(
            bound("maks.3 hari"),
            (Comparator::AtMost, 3.0, unit("hari"))
        );
        // `min` must not swallow `minggu`
        assert!(matches!(
            parse_target("minggu", Text),
            Err(TargetError::NoNumber(_))
        ));
    }

    #[test]
    fn trailing_comparators() {
        assert_eq!(
            bound("4 jam atau kurang"),
            (Comparator::AtMost, 4.0, unit("jam"))
        );
        assert_eq!(
            bound("90 % atau lebih"),
            (Comparator::AtLeast, 90.0, unit("%"))
        );
        assert_eq!(bound("95% ke atas"), (Comparator::AtLeast, 95.0, unit("%")));
        assert_eq!(bound("2 atau kurang"), (Comparator::AtMost, 2.0, None));
    }

    #[test]
    fn bound_with_hari_kerja() {
        assert_eq!(
            bound("≤ 3 hari kerja"),
            (Comparator::AtMost, 3.0, unit("hari kerja"))
        );
        assert_eq!(
            bound("maksimal Rp 150 juta"),
            (Comparator::AtMost, 150e6, unit("rupiah"))
        );
        assert_eq!(
            bound("minimal empat modul"),
            (Comparator::AtLeast, 4.0, unit("modul"))
        );
    }

    // --- multipliers and rupiah ---

    #[test]
    fn every_multiplier() {
        let cases = [
            ("Rp 500 rb", 500e3),
            ("Rp 500 ribu", 500e3),
            ("Rp 3 jt", 3e6),
            ("Rp 3 juta", 3e6),
            ("Rp 1,2 M", 1.2e9),
            ("Rp 2 miliar", 2e9),
            ("Rp 2 milyar", 2e9),
            ("Rp 1,5 T", 1.5e12),
            ("Rp 7 triliun", 7e12),
            ("Rp 500 rb.", 500e3),
            ("Rp 3 jt.", 3e6),
            ("Rp 1,2M", 1.2e9),
        ];
        for (raw, v) in cases {
            assert_eq!(num(raw), (v, unit("rupiah")), "{raw}");
        }
    }

    #[test]
    fn rupiah_forms() {
        assert_eq!(num("Rp150.000.000,00"), (150e6, unit("rupiah")));
        assert_eq!(num("Rp. 150 juta"), (150e6, unit("rupiah")));
        assert_eq!(num("150 juta rupiah"), (150e6, unit("rupiah")));
        assert_eq!(num("Rp 150.000.000,-"), (150e6, unit("rupiah")));
        assert_eq!(num("Rp 2 juta per bulan"), (2e6, unit("rupiah per bulan")));
        assert_eq!(
            num("Rp 150.000.000 (seratus lima puluh juta rupiah)"),
            (150e6, unit("rupiah"))
        );
        assert_eq!(range("Rp 100-200 juta"), (100e6, 200e6, unit("rupiah")));
        assert_eq!(
            range("Rp 100 juta - Rp 200 juta"),
            (100e6, 200e6, unit("rupiah"))
        );
    }

    #[test]
    fn multipliers_without_rupiah() {
        assert_eq!(num("2 juta orang"), (2e6, unit("orang")));
        assert_eq!(num("5 ribu peserta"), (5000.0, unit("peserta")));
        assert_eq!(num("3 miliar"), (3e9, None));
        // single letters multiply only after Rp
        assert_eq!(num("5 M"), (5.0, unit("M")));
        assert_eq!(num("2 T"), (2.0, unit("T")));
    }

    // --- numbers ---

    #[test]
    fn decimal_comma_and_percent() {
        assert_eq!(num("0,5 %"), (0.5, unit("%")));
        assert_eq!(num("100%"), (100.0, unit("%")));
        assert_eq!(num("100 persen"), (100.0, unit("%")));
        assert_eq!(num("100 Persen"), (100.0, unit("%")));
        assert_eq!(num("1.250.000,5"), (1_250_000.5, None));
        assert_eq!(num("12 bulan"), (12.0, unit("bulan")));
        assert_eq!(num("80 % pegawai"), (80.0, unit("% pegawai")));
    }

    #[test]
    fn ambiguous_thousands_plain_vs_text() {
        let (q, notes) = parse_target("4.500", PlainNumber).unwrap();
        assert_eq!(q.value, TargetValue::Number(4500.0));
        assert_eq!(
            notes,
            vec![TargetNote::AmbiguousThousands { read_as: 4500.0 }]
        );
        let (q, notes) = parse_target("4.500", Text).unwrap();
        assert_eq!(q.value, TargetValue::Number(4500.0));
        assert!(notes.is_empty());
        let (q, notes) = parse_target("4.500 berkas", Text).unwrap();
        assert_eq!(q.value, TargetValue::Number(4500.0));
        assert!(notes.is_empty());
        let (_, notes) = parse_target("12.500", PlainNumber).unwrap();
        assert_eq!(
            notes,
            vec![TargetNote::AmbiguousThousands { read_as: 12500.0 }]
        );
    }

    #[test]
    fn english_decimal_point() {
        let (q, notes) = parse_target("3.5", PlainNumber).unwrap();
        assert_eq!(q.value, TargetValue::Number(3.5));
        assert_eq!(notes, vec![TargetNote::DecimalPoint { read_as: 3.5 }]);
        let (q, notes) = parse_target("0.75", PlainNumber).unwrap();
        assert_eq!(q.value, TargetValue::Number(0.75));
        assert_eq!(notes, vec![TargetNote::DecimalPoint { read_as: 0.75 }]);
        let (q, notes) = parse_target("4.5000", PlainNumber).unwrap();
        assert_eq!(q.value, TargetValue::Number(4.5));
        assert_eq!(notes, vec![TargetNote::DecimalPoint { read_as: 4.5 }]);
        // a leading zero group is never a thousands group
        let (q, notes) = parse_target("0.500", PlainNumber).unwrap();
        assert_eq!(q.value, TargetValue::Number(0.5));
        assert_eq!(notes, vec![TargetNote::DecimalPoint { read_as: 0.5 }]);
    }

    #[test]
    fn bad_numbers() {
        for raw in [
            "1.2.3",
            "4,5,6",
            "1.25.000",
            "1,250,000",
            "-5",
            "- 5",
            "+5",
            ".5",
            "1.5,5",
            "4 2 dokumen",
            "≥ -5 %",
            "4,",
            "4 ,5",
            "4.500 , 5",
            "1e3",
            "2E-3 jam",
        ] {
            assert_eq!(
                parse_target(raw, Text),
                Err(TargetError::BadNumber(raw.into())),
                "{raw}"
            );
        }
        assert_eq!(
            parse_target("1,250,000", PlainNumber),
            Err(TargetError::BadNumber("1,250,000".into()))
        );
        // digits that are not at the start are not the target's number
        for raw in [
            "nilai 80",
            "Level 3",
            "Laporan kinerja tahun 2026 tersusun",
            "(empat) 4",
        ] {
            assert_eq!(
                parse_target(raw, Text),
                Err(TargetError::NoNumber(raw.into())),
                "{raw}"
            );
        }
    }

    #[test]
    fn plain_numbers_and_whitespace() {
        assert_eq!(
            parse_target("95", PlainNumber).unwrap().0.value,
            TargetValue::Number(95.0)
        );
        assert_eq!(num("  4\u{00A0}modul  "), (4.0, unit("modul")));
        assert_eq!(num("4   hari    kerja"), (4.0, unit("hari kerja")));
        assert_eq!(num("4 modul."), (4.0, unit("modul")));
        assert_eq!(num("4 Modul"), (4.0, unit("Modul")));
        assert_eq!(num("\"4 modul\""), (4.0, unit("modul")));
        assert_eq!(num("3 dokumen/bulan"), (3.0, unit("dokumen/bulan")));
        assert_eq!(
            num("4 laporan per triwulan"),
            (4.0, unit("laporan per triwulan"))
        );
        assert_eq!(num("1 x 24 jam"), (24.0, unit("jam")));
        assert_eq!(num("2x24 jam"), (48.0, unit("jam")));
        assert_eq!(num("3 x sebulan"), (3.0, unit("x sebulan")));
    }

    // --- ranges ---

    #[test]
    fn ranges_with_each_separator() {
        let seps = [
            "-",
            " - ",
            "–",
            " – ",
            "—",
            " s.d. ",
            " s.d ",
            " s/d ",
            " sampai ",
            " sampai dengan ",
            " hingga ",
            " sd ",
        ];
        for sep in seps {
            let raw = format!("95{sep}100 %");
            assert_eq!(range(&raw), (95.0, 100.0, unit("%")), "{raw:?}");
        }
    }

    #[test]
    fn ranges_with_units_and_inversions() {
        assert_eq!(range("95% - 100%"), (95.0, 100.0, unit("%")));
        assert_eq!(range("95 % – 100 %"), (95.0, 100.0, unit("%")));
        assert_eq!(range("3 jam - 4 hari"), (3.0, 4.0, unit("hari")));
        assert_eq!(range("2 - 3 hari kerja"), (2.0, 3.0, unit("hari kerja")));
        assert_eq!(range("100-90 %"), (100.0, 90.0, unit("%")));
        assert_eq!(range("99,5 - 100"), (99.5, 100.0, None));
        assert_eq!(
            range("sembilan puluh lima sampai seratus persen"),
            (95.0, 100.0, unit("%"))
        );
        // a hyphen inside the unit is not a range
        assert_eq!(num("4 laporan e-kinerja"), (4.0, unit("laporan e-kinerja")));
        assert_eq!(
            num("4 dokumen tahun 2025-2026"),
            (4.0, unit("dokumen tahun 2025-2026"))
        );
    }

    // --- spelled-out numbers ---

    #[test]
    fn spelled_numbers_zero_to_twenty_and_more() {
        let words = [
            "nol",
            "satu",
            "dua",
            "tiga",
            "empat",
            "lima",
            "enam",
            "tujuh",
            "delapan",
            "sembilan",
            "sepuluh",
            "sebelas",
            "dua belas",
            "tiga belas",
            "empat belas",
            "lima belas",
            "enam belas",
            "tujuh belas",
            "delapan belas",
            "sembilan belas",
            "dua puluh",
        ];
        for (n, w) in words.iter().enumerate() {
            let expected = f64::from(u32::try_from(n).unwrap());
            assert_eq!(num(w), (expected, None), "{w}");
            assert_eq!(
                num(&format!("{w} dokumen")),
                (expected, unit("dokumen")),
                "{w}"
            );
        }
        assert_eq!(num("dua puluh lima dokumen"), (25.0, unit("dokumen")));
        assert_eq!(num("seratus persen"), (100.0, unit("%")));
        assert_eq!(num("seribu"), (1000.0, None));
        assert_eq!(num("seribu dua ratus lima puluh"), (1250.0, None));
        assert_eq!(num("satu juta"), (1e6, None));
        assert_eq!(num("sejuta"), (1e6, None));
        assert_eq!(num("empat modul"), (4.0, unit("modul")));
        assert_eq!(num("dua belas bulan"), (12.0, unit("bulan")));
        assert_eq!(num("Dua Puluh Lima Dokumen"), (25.0, unit("Dokumen")));
        assert_eq!(
            num("dua ratus lima puluh ribu orang"),
            (250_000.0, unit("orang"))
        );
        assert_eq!(
            num("seratus lima puluh juta rupiah"),
            (150e6, unit("rupiah"))
        );
        assert_eq!(num("setengah hari"), (0.5, unit("hari")));
        assert_eq!(num("dua setengah jam"), (2.5, unit("jam")));
        assert_eq!(num("tiga koma lima"), (3.5, None));
    }

    #[test]
    fn spelled_cross_check() {
        let (q, notes) = ok("4 (lima) modul");
        assert_eq!(
            q,
            Quantity {
                value: TargetValue::Number(4.0),
                unit: unit("modul")
            }
        );
        assert_eq!(
            notes,
            vec![TargetNote::SpelledMismatch {
                digits: 4.0,
                words: 5.0
            }]
        );
        assert_eq!(num("12 (dua belas) bulan"), (12.0, unit("bulan")));
        assert_eq!(num("95 % (sembilan puluh lima persen)"), (95.0, unit("%")));
        let (_, notes) = ok("90 % (sembilan puluh lima persen)");
        assert_eq!(
            notes,
            vec![TargetNote::SpelledMismatch {
                digits: 90.0,
                words: 95.0
            }]
        );
        assert_eq!(num("empat (4) modul"), (4.0, unit("modul")));
        let (_, notes) = ok("empat (5) modul");
        assert_eq!(
            notes,
            vec![TargetNote::SpelledMismatch {
                digits: 5.0,
                words: 4.0
            }]
        );
        // a parenthesis that is not a number stays in the unit
        assert_eq!(num("4 (dokumen) modul"), (4.0, unit("(dokumen) modul")));
    }

    // --- placeholders, empty, no number ---

    #[test]
    fn placeholders() {
        for raw in [
            "....%",
            "…",
            ".. dokumen",
            "xx %",
            "xx",
            "___",
            "??",
            "?",
            "-%",
            "TBD",
            "tba",
            "N/A",
            "NA",
            "n.a.",
            "belum ada",
            "Menyusul",
            "Rp ....",
            "≥ ... %",
            "95 - .. %",
            "x dokumen",
            "--",
            "perlu diisi",
        ] {
            assert_eq!(
                parse_target(raw, Text),
                Err(TargetError::Placeholder(raw.into())),
                "{raw}"
            );
        }
    }

    #[test]
    fn empty_targets() {
        for raw in ["", "   ", "-", "–", "—", "\u{00A0}", "\t\n"] {
            assert_eq!(parse_target(raw, Text), Err(TargetError::Empty), "{raw:?}");
        }
        assert_eq!(parse_number("", Text), Err(TargetError::Empty));
    }

    #[test]
    fn no_number() {
        for raw in [
            "tepat waktu",
            "sesuai jadwal",
            "WTP",
            "Predikat A",
            "maksimal",
            "Rp",
            "ribu",
        ] {
            assert_eq!(
                parse_target(raw, Text),
                Err(TargetError::NoNumber(raw.into())),
                "{raw}"
            );
        }
    }

    // --- parse_number ---

    #[test]
    fn deadlines_name_a_day_of_a_year() {
        use crate::model::date::Date;
        for (text, day) in [
            ("31 Desember 2026", (2026, 12, 31)),
            ("paling lambat 31 Mar 2026", (2026, 3, 31)),
            ("Paling lambat: 10 Januari 2027", (2027, 1, 10)),
            ("tanggal 5 Agt 2026", (2026, 8, 5)),
            ("≤ 2026-03-31", (2026, 3, 31)),
            ("selambat-lambatnya tgl. 1 okt. 2026", (2026, 10, 1)),
            ("31 Maret 2026.", (2026, 3, 31)),
            ("31 Maret, 2026", (2026, 3, 31)),
            ("31 Mrt 2026", (2026, 3, 31)),
            ("28 Pebruari 2026", (2026, 2, 28)),
            ("30 Nopember 2026", (2026, 11, 30)),
            ("31 Maret 2026 pukul 16.00 WIB", (2026, 3, 31)),
            ("paling lambat 31-Maret-2026", (2026, 3, 31)),
            ("paling lambat 31/03/2026", (2026, 3, 31)),
            ("paling lambat 31.03.2026", (2026, 3, 31)),
        ] {
            let (y, m, d) = day;
            assert_eq!(
                parse_deadline(text),
                Some(Ok(Date::ymd(y, m, d).unwrap())),
                "{text}"
            );
        }
        // Written as a deadline, but no day of a year: S103 says so.
        for text in [
            "31 Februari 2026",
            "31 Desember",
            "paling lambat 31/02/2026",
        ] {
            assert!(
                matches!(parse_deadline(text), Some(Err(TargetError::BadDate(_)))),
                "{text}"
            );
        }
        // A day and a month in a form not read as a deadline is never a number of a unit.
        for text in ["31 Maret 2026 sore", "≤ 31 Maret tahun ini"] {
            assert!(
                matches!(parse_target(text, Text), Err(TargetError::BadDate(_))),
                "{text}"
            );
        }
        // A unit that merely starts like a month's abbreviation is a unit, and so is an
        // abbreviation alone after a number (SEP: a BPJS form; agt.: anggota; Des.: desa).
        for text in [
            "4 marka jalan",
            "5 desa",
            "3 janji temu",
            "10 SEP",
            "25 agt",
            "5 Des.",
            "≥ 100 SEP",
        ] {
            assert!(parse_target(text, Text).is_ok(), "{text}");
            assert_eq!(parse_deadline(text), None, "{text}");
        }
        // With a year or `tanggal`, an abbreviation is a month.
        let d = |y, m, d| Some(Ok(crate::model::date::Date::ymd(y, m, d).unwrap()));
        assert_eq!(parse_deadline("5 Agt 2026"), d(2026, 8, 5));
        assert_eq!(parse_deadline("tanggal 31/03/2026"), d(2026, 3, 31));
        assert!(matches!(
            parse_deadline("tgl 5 agt"),
            Some(Err(TargetError::BadDate(_)))
        ));
        // "Sebelum" is strictly before; a year or an hour that cannot be is no day.
        assert_eq!(parse_deadline("sebelum 1 Juli 2026"), d(2026, 6, 30));
        // Without its year, in a plan for 2026.
        assert_eq!(
            parse_deadline_in("sebelum 1 Juli", Some(2026)),
            d(2026, 6, 30)
        );
        assert_eq!(
            parse_deadline_in("sebelum 1 Januari", Some(2026)),
            d(2026, 12, 31)
        );
        assert_eq!(
            parse_deadline_in("paling lambat 1 Januari", Some(2026)),
            d(2026, 1, 1)
        );
        assert_eq!(
            parse_deadline_in("sebelum 1 Januari 2026", Some(2026)),
            d(2025, 12, 31)
        );
        for text in ["31 Maret 0000", "31 Maret 2026 pukul 99.99"] {
            assert!(
                matches!(parse_deadline(text), Some(Err(TargetError::BadDate(_)))),
                "{text}"
            );
        }
        // A realisation may be written as spreadsheets and forms write dates.
        for text in [
            "20-Mar-2026",
            "2026-03-20 00:00:00",
            "20 Maret 2026 16:00",
            "20/03/2026",
        ] {
            assert_eq!(parse_done_date(text), d(2026, 3, 20), "{text}");
        }
        // As a target, the spreadsheet's forms are no deadline.
        for text in ["20-Mar-2026", "2026-03-20 00:00:00", "20/03/2026"] {
            assert_eq!(parse_deadline(text), None, "{text}");
        }
        // Not deadlines: a bare date (a spreadsheet's), numbers, units, a month alone.
        for text in [
            "2026-03-31",
            "12 bulan",
            "4 modul",
            "Desember 2026",
            "31 Desember 2026 x",
        ] {
            assert_eq!(parse_deadline(text), None, "{text}");
        }
    }

    #[test]
    fn dates_as_spreadsheets_write_them_are_not_numbers() {
        for d in [
            "2026-01-04",
            "2026/1/4",
            "2026-01-04 00:00:00",
            "2026-01-04T00:00:00",
            "31-12-2026",
            "31/12/2026",
            "12/31/2026",
            "4.1.2026",
            "1/4/26",
            "01-Apr",
            "4-jan-2026",
            "Jan-26",
            "paling lambat 2026-03-31",
            "≤ 31/03/2026",
        ] {
            assert_eq!(
                parse_target(d, Text),
                Err(TargetError::Date(d.to_string())),
                "{d}"
            );
        }
        // Not dates: ranges, numbers with thousands dots, years, a month that cannot be, and a
        // deadline written with the month's name (S103's help advises it).
        for n in [
            "1-4 dokumen",
            "95-100 %",
            "2024-2026",
            "1.250.000",
            "2026-13-45",
            "40/40/2026",
            "31 Desember 2026",
            "12 bulan",
        ] {
            assert!(
                !matches!(parse_target(n, Text), Err(TargetError::Date(_))),
                "{n}"
            );
        }
    }

    #[test]
    fn parse_number_rules() {
        assert_eq!(parse_number("4,5", Text), Ok((4.5, vec![])));
        assert_eq!(parse_number("4.500", Text), Ok((4500.0, vec![])));
        assert_eq!(
            parse_number("4.500", PlainNumber),
            Ok((
                4500.0,
                vec![TargetNote::AmbiguousThousands { read_as: 4500.0 }]
            ))
        );
        assert_eq!(
            parse_number("3.5", PlainNumber),
            Ok((3.5, vec![TargetNote::DecimalPoint { read_as: 3.5 }]))
        );
        assert_eq!(parse_number("95 %", Text), Ok((95.0, vec![])));
        assert_eq!(parse_number("Rp 1,2 M", Text), Ok((1.2e9, vec![])));
        assert_eq!(parse_number("empat", Text), Ok((4.0, vec![])));
        assert_eq!(
            parse_number("1.2.3", Text),
            Err(TargetError::BadNumber("1.2.3".into()))
        );
        assert_eq!(
            parse_number("4 modul", Text),
            Err(TargetError::BadNumber("4 modul".into()))
        );
        assert_eq!(
            parse_number("95-100", Text),
            Err(TargetError::BadNumber("95-100".into()))
        );
        assert_eq!(
            parse_number("...", Text),
            Err(TargetError::Placeholder("...".into()))
        );
        assert_eq!(
            parse_number("tepat waktu", Text),
            Err(TargetError::NoNumber("tepat waktu".into()))
        );
    }

    // --- units ---

    #[test]
    fn unit_classes() {
        let extra = vec![
            "ha".to_string(),
            "Paket".to_string(),
            "jam".to_string(),
            "Bidang Tanah".to_string(),
        ];
        let cases = [
            ("%", UnitClass::Percent),
            ("persen", UnitClass::Percent),
            ("Persentase", UnitClass::Percent),
            ("% pegawai", UnitClass::Percent),
            ("jam", UnitClass::Time),
            ("hari kerja", UnitClass::Time),
            ("Hari", UnitClass::Time),
            ("bulan", UnitClass::Time),
            ("triwulan", UnitClass::Time),
            ("tahun.", UnitClass::Time),
            ("menit", UnitClass::Time),
            ("JP", UnitClass::Time),
            ("jam pelajaran", UnitClass::Time),
            ("indeks", UnitClass::Index),
            ("nilai", UnitClass::Index),
            ("skor", UnitClass::Index),
            ("Predikat", UnitClass::Index),
            ("level", UnitClass::Index),
            ("rupiah", UnitClass::Money),
            ("Rp", UnitClass::Money),
            ("rupiah per bulan", UnitClass::Money),
            ("dokumen", UnitClass::Count),
            ("laporan per triwulan", UnitClass::Count),
            ("dokumen/bulan", UnitClass::Count),
            ("  Modul  ", UnitClass::Count),
            ("perangkat daerah", UnitClass::Count),
            ("kali sebulan", UnitClass::Count),
            ("orang", UnitClass::Count),
            ("SK", UnitClass::Count),
            ("ha", UnitClass::Count),
            ("HA.", UnitClass::Count),
            ("paket", UnitClass::Count),
            ("bidang tanah", UnitClass::Count),
            ("jam", UnitClass::Time),
            ("meter persegi", UnitClass::Other),
            ("", UnitClass::Other),
            ("kg", UnitClass::Other),
        ];
        for (u, class) in cases {
            assert_eq!(classify_unit(u, &extra), class, "{u:?}");
        }
        assert_eq!(classify_unit("ha", &[]), UnitClass::Other);
    }

    #[test]
    fn parsed_units_classify() {
        let (q, _) = ok("≤ 3 hari kerja");
        assert_eq!(
            q.unit.as_deref().map(|u| classify_unit(u, &[])),
            Some(UnitClass::Time)
        );
        let (q, _) = ok("Rp 1,5 T");
        assert_eq!(
            q.unit.as_deref().map(|u| classify_unit(u, &[])),
            Some(UnitClass::Money)
        );
    }

    // --- robustness ---

    #[test]
    fn pseudo_random_inputs_never_panic() {
        let alphabet = [
            "0", "1", "4", "5", "9", ".", ",", "%", "-", "–", "≤", "≥", " ", "\u{a0}", "é", "…",
            "😀", "(", ")", "x", "Rp", "M", "T", "juta", "empat", "puluh", "s.d.", "maks", "min",
            "sampai", "/", "?", "_", "persen", "koma", "setengah", "se", "rb", ",-", "\"", "'",
            "×",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut parsed = 0;
        for _ in 0..2000 {
            let len = next() % 10;
            let mut s = String::new();
            for _ in 0..len {
                let i = usize::try_from(next() % alphabet.len() as u64).unwrap();
                s.push_str(alphabet[i]);
            }
            for kind in [PlainNumber, Text] {
                if let Ok((q, notes)) = parse_target(&s, kind) {
                    parsed += 1;
                    let values = match q.value {
                        TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => vec![v],
                        TargetValue::Range { min, max } => vec![min, max],
                    };
                    assert!(values.iter().all(|v| v.is_finite() && *v >= 0.0), "{s:?}");
                    assert!(notes.len() <= 4, "{s:?}");
                }
                if let Ok((v, _)) = parse_number(&s, kind) {
                    assert!(v.is_finite(), "{s:?}");
                }
            }
            let _ = classify_unit(&s, &[s.clone()]);
        }
        assert!(parsed > 0);
    }

    #[test]
    fn huge_and_odd_inputs() {
        let long = "9".repeat(400);
        assert_eq!(
            parse_target(&long, Text),
            Err(TargetError::BadNumber(long.clone()))
        );
        let many = format!("0,{}1", "0".repeat(1000));
        assert!(parse_target(&many, Text).is_ok());
        let dashes = "-".repeat(5000);
        assert!(matches!(
            parse_target(&dashes, Text),
            Err(TargetError::Placeholder(_))
        ));
        assert!(parse_target(&"dua ".repeat(300), Text).is_ok());
        assert!(parse_target("😀", Text).is_err());
        assert!(parse_target("4 😀", Text).is_ok());
    }
}
