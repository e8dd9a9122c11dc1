//! Messages in Bahasa Indonesia (default) and English.
//!
//! Every user-facing sentence lives in one catalogue (`messages`). Each entry must give both
//! languages: the `catalog!` macro does not accept an entry without `en`, so a missing
//! translation is a compile error, not a runtime fallback.

pub mod help;
mod messages;

pub use messages::{ApprovalChange, CreditLine, Msg, UnitLine};

/// Output language. Rule codes, JSON keys and exit codes never depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// `id`/`en` (also `id-ID`, `en_US`, …); `None` for anything else.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let primary = s.split(['-', '_', '.']).next().unwrap_or("");
        match primary {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// A severity as the human formats frame a message with it (`kesalahan[S103]: …`,
    /// `peringatan: …`): a human format is translated whole, as the summary line always was.
    /// Machine formats (JSON, SARIF, GitHub annotations) and `skp.toml` keep `error`,
    /// `warning` and `info`.
    pub fn severity(self, s: crate::base::Severity) -> &'static str {
        use crate::base::Severity as S;
        match (self, s) {
            (Lang::En, s) => s.as_str(),
            (Lang::Id, S::Error) => "kesalahan",
            (Lang::Id, S::Warning) => "peringatan",
            (Lang::Id, S::Info) => "info",
        }
    }

    /// The word before a hint (`= saran: …`), the human formats' `help:`.
    pub fn help_label(self) -> &'static str {
        match self {
            Lang::Id => "saran",
            Lang::En => "help",
        }
    }
}

/// The language of the running command, for the few texts made below the command layer that
/// cannot be handed it (the safe-write path's refusals, which travel as `io::Error`s). Set
/// once by the command layer; Bahasa Indonesia until then.
static PROCESS_LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// Sets [`process_lang`]; the first call wins (one process runs one command).
pub fn set_process_lang(lang: Lang) {
    let _ = PROCESS_LANG.set(lang);
}

/// See [`set_process_lang`].
pub fn process_lang() -> Lang {
    PROCESS_LANG.get().copied().unwrap_or_default()
}

/// An error of the operating system in the running command's language: "No such file or
/// directory (os error 2)" inside an Indonesian message read as two languages. skp's own
/// refusals travel as `io::Error`s too, already in the user's words, and are kept as they are.
pub fn io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // What `read_to_string` says of a file in another encoding (UTF-16, Windows-1252).
    if e.kind() == K::InvalidData && e.to_string() == "stream did not contain valid UTF-8" {
        return match process_lang() {
            Lang::Id => "bukan teks UTF-8 (simpan ulang sebagai UTF-8)",
            Lang::En => "not UTF-8 text (save it again as UTF-8)",
        }
        .to_string();
    }
    if process_lang() == Lang::En || e.raw_os_error().is_none() {
        // The system's words without its error number (`… (os error 2)`), which says nothing
        // to a reader.
        let said = e.to_string();
        return match said.rfind(" (os error ") {
            Some(i) if said.ends_with(')') => said[..i].to_string(),
            _ => said,
        };
    }
    let said = match e.kind() {
        K::NotFound => "tidak ditemukan",
        K::PermissionDenied => "akses ditolak: izin berkas atau folder tidak mengizinkannya",
        K::AlreadyExists => "sudah ada",
        K::IsADirectory => "berupa folder, bukan berkas",
        K::NotADirectory => "salah satu bagian jalurnya bukan folder",
        K::StorageFull => "ruang disk penuh",
        K::ReadOnlyFilesystem => "sistem berkasnya hanya dapat dibaca",
        K::FileTooLarge => "berkas terlalu besar untuk sistem berkasnya",
        K::InvalidFilename => "nama berkas tidak sah atau terlalu panjang",
        K::DirectoryNotEmpty => "folder tidak kosong",
        K::CrossesDevices => "tidak dapat dipindahkan antar-disk",
        _ if is_link_loop(e) => {
            "tautan simboliknya berputar: menunjuk ke dirinya sendiri, langsung atau lewat tautan lain"
        }
        _ => return e.to_string(),
    };
    said.to_string()
}

/// ELOOP: a link that points at itself, directly or round a circle (std has no stable kind).
fn is_link_loop(e: &std::io::Error) -> bool {
    #[cfg(target_os = "linux")]
    return e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error());
    #[cfg(not(target_os = "linux"))]
    return false;
}

/// One side of a catalogue entry: a `format!` template literal, or a block for messages that
/// need a computed part (a translated type name, a plural).
macro_rules! text {
    ($lit:literal) => {
        format!($lit)
    };
    ({ $($e:tt)* }) => {
        { $($e)* }
    };
}
pub(crate) use text;

/// Defines `enum Msg` and its `render`. Each entry: `Name { field: Type, … } => id "…", en "…"`,
/// where each side is a `format!` template naming the fields, or a `{ block }` returning `String`.
macro_rules! catalog {
    ($(
        $(#[$meta:meta])*
        $name:ident $({ $($field:ident : $ty:ty),* $(,)? })? => id $id:tt, en $en:tt;
    )*) => {
        /// A translatable message with its typed arguments.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Msg {
            $( $(#[$meta])* $name $({ $($field: $ty),* })?, )*
        }

        impl Msg {
            pub fn render(&self, lang: $crate::i18n::Lang) -> String {
                match self {
                    $(
                        #[allow(unused_variables)]
                        Msg::$name $({ $($field),* })? => match lang {
                            $crate::i18n::Lang::Id => $crate::i18n::text!($id),
                            $crate::i18n::Lang::En => $crate::i18n::text!($en),
                        },
                    )*
                }
            }
        }
    };
}
pub(crate) use catalog;

/// Joins values as `a, b, c`; used inside messages that list alternatives.
pub fn list(items: &[String]) -> String {
    items.join(", ")
}

/// A number as the language writes it: a decimal comma in Indonesian, a point in English.
pub fn number_in(v: f64, lang: Lang) -> String {
    let v = readable(v);
    let plain = match lang {
        Lang::Id => number(v),
        Lang::En if v.fract() == 0.0 && v.abs() < 1e15 => format!("{}", v as i64),
        Lang::En => format!("{v}"),
    };
    // Thousands grouped as each language writes them (`450.000.000`, `450,000,000`): a sum of
    // rupiah printed as `450000000` beside a target of `Rp 450.000.000` is misread tenfold.
    let (group, decimal) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    if plain.contains(['e', 'E', 'i', 'N']) {
        return plain; // an exponent, `inf` or `NaN`: shown as it is.
    }
    let (sign, rest) = plain
        .strip_prefix('-')
        .map_or(("", plain.as_str()), |r| ("-", r));
    let (int, frac) = rest
        .split_once(decimal)
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(decimal);
        out.push_str(f);
    }
    out
}

/// A number the Indonesian way, as plans write it: integers without decimals, decimals with a
/// comma. Text a message suggests writing into a plan uses it whatever the reader's language.
pub fn number(v: f64) -> String {
    let v = readable(v);
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}").replace('.', ",")
    }
}

/// `v` to nine decimal places, as no plan writes more: a computed number loses the noise of
/// binary arithmetic (`3,3000000000000003`) before anyone reads it.
fn readable(v: f64) -> f64 {
    if v.is_finite() && v.abs() < 1e9 {
        (v * 1e9).round() / 1e9
    } else {
        v
    }
}

/// One predikat's part of a distribution, by its label in each language.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub id: &'static str,
    pub en: &'static str,
    pub count: usize,
}

/// A distribution of predikat as people read it: "Baik 1 (50 %), Butuh Perbaikan 1 (50 %)",
/// each by its label in `lang`, with its share of the whole.
pub fn shares(parts: &[Share], lang: Lang) -> String {
    let total: usize = parts.iter().map(|p| p.count).sum();
    parts
        .iter()
        .map(|p| {
            let label = match lang {
                Lang::Id => p.id,
                Lang::En => p.en,
            };
            let pct = number_in((p.count as f64 * 100.0 / total.max(1) as f64).round(), lang);
            format!("{label} {} ({pct} %)", p.count)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A quantity in a message ("45 pengaduan", "1,5 %"), kept as a number until the message is
/// rendered, so that each language writes its own decimal separator.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub value: f64,
    /// The unit as the plan wrote it; none for a bare number.
    pub unit: Option<Box<str>>,
}

impl Amount {
    pub fn in_(&self, lang: Lang) -> String {
        let n = number_in(self.value, lang);
        match self.unit.as_deref() {
            Some("%") => format!("{n} %"),
            Some(u) => format!("{n} {u}"),
            None => n,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, Msg};

    #[test]
    fn computed_numbers_lose_the_noise_of_binary_arithmetic() {
        assert_eq!(super::number(1.1 + 2.2), "3,3");
        assert_eq!(super::number_in(1.1 + 2.2, Lang::En), "3.3");
        assert_eq!(super::number(0.2755), "0,2755");
        assert_eq!(super::number(12.0), "12");
    }

    #[test]
    fn shown_numbers_group_their_thousands() {
        let n = super::number_in;
        assert_eq!(n(450_000_000.0, Lang::Id), "450.000.000");
        assert_eq!(n(450_000_000.0, Lang::En), "450,000,000");
        assert_eq!(n(1234.5, Lang::Id), "1.234,5");
        assert_eq!(n(1234.5, Lang::En), "1,234.5");
        assert_eq!(n(-12_500.0, Lang::Id), "-12.500");
        assert_eq!(n(999.0, Lang::Id), "999");
        assert_eq!(n(0.25, Lang::Id), "0,25");
        // What a plan may be told to write stays ungrouped.
        assert_eq!(super::number(1500.0), "1500");
    }

    #[test]
    fn one_problem_is_singular_in_english() {
        let refused = |count| Msg::ImportRefused { count }.render(Lang::En);
        assert_eq!(refused(1), "1 problem; no file was written");
        assert_eq!(refused(2), "2 problems; no file was written");
        assert_eq!(
            Msg::ImportRefused { count: 1 }.render(Lang::Id),
            "1 masalah; tidak ada berkas yang ditulis"
        );
        assert_eq!(
            Msg::RelinkDone { n: 1 }.render(Lang::En),
            "1 record repaired"
        );
        let baseline = |n| {
            Msg::BaselineWritten {
                n,
                file: "b.json".into(),
            }
            .render(Lang::En)
        };
        assert_eq!(baseline(1), "1 finding recorded as the baseline in b.json");
        assert_eq!(baseline(3), "3 findings recorded as the baseline in b.json");
    }
}
