//! The message catalogue. Indonesian uses the official terms (Rencana Hasil Kerja, Indikator
//! Kinerja Individu, Pejabat Penilai Kinerja); see docs/glossary.md.

use super::{Amount, Lang, catalog, number_in};
use crate::base::NipProblem;
use crate::base::{ConfigExpected, Expected};

/// Periodic targets as `TW1: 1,5; TW2: 3`: a semicolon between them, as a decimal comma would
/// make a comma ambiguous.
fn periods(list: &[(String, f64)], lang: Lang) -> String {
    let one = |(k, v): &(String, f64)| format!("{k}: {}", number_in(*v, lang));
    list.iter().map(one).collect::<Vec<_>>().join("; ")
}

/// One unit's line of `skp evaluate` (see `Msg::EvalUnit`).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitLine {
    pub unit: String,
    pub periode: String,
    pub organisasi: String,
    pub sebaran: String,
    pub aturan: Option<String>,
    pub kosong: bool,
    /// Members with no predikat for the period (NIPs).
    pub belum_dinilai: Vec<String>,
}

impl UnitLine {
    /// "; 2 pegawai belum dinilai (1990…, 1991…): sebaran belum final", or nothing.
    fn pending(&self, lang: crate::i18n::Lang) -> String {
        let n = self.belum_dinilai.len();
        if n == 0 {
            return String::new();
        }
        let mut who: Vec<&str> = self
            .belum_dinilai
            .iter()
            .take(3)
            .map(String::as_str)
            .collect();
        if n > 3 {
            who.push("\u{2026}");
        }
        let who = who.join(", ");
        match lang {
            crate::i18n::Lang::Id => {
                format!("; {n} pegawai belum dinilai ({who}): sebaran ini belum final")
            }
            crate::i18n::Lang::En => format!(
                "; {n} member{} not yet evaluated ({who}): not the unit's final distribution",
                if n == 1 { "" } else { "s" }
            ),
        }
    }
}

/// One change of an approved plan, as `Msg::AChanged` lists it.
#[derive(Debug, Clone, PartialEq)]
pub enum ApprovalChange {
    /// An indicator or RHK (by its id) removed, reworded or added.
    Removed {
        id: String,
    },
    Text {
        id: String,
    },
    New {
        id: String,
    },
    Target {
        iki: String,
        from: String,
        to: String,
    },
    /// An indicator now under another RHK.
    Moved {
        iki: String,
        from: String,
        to: String,
    },
    /// An indicator's polarity changed (A102 reports it as an error too).
    Polarity {
        iki: String,
        from: String,
        to: String,
    },
    /// How an indicator's periods add up to its year (`perhitungan`) changed, was written
    /// (`from` none) or removed (`to` none).
    Perhitungan {
        iki: String,
        from: Option<String>,
        to: Option<String>,
    },
    /// A periodic target changed, added (`from` none) or removed (`to` none).
    Periodic {
        iki: String,
        periode: String,
        from: Option<String>,
        to: Option<String>,
    },
    /// The plan's id (its NIP, year or `id`) is not the one approved: the record names a plan
    /// that no longer exists, next to this one.
    SkpId {
        from: String,
        to: String,
    },
    /// Nothing the record lists in detail. A record made before approvals kept the RHK and
    /// periodic targets (`detailed` false) cannot tell those apart from identity or
    /// expectations, as it keeps only their hash.
    Other {
        detailed: bool,
    },
    /// The parts of what the record does not list in detail that changed, as its `sidik_lain`
    /// tells them (`pegawai`, `penilai`, `lampiran` …).
    OtherParts {
        parts: Vec<&'static str>,
    },
    /// Beside the changes listed, with a record made before approvals kept the RHKs and the
    /// hash of the rest: whether anything else changed cannot be told.
    MaybeOther,
}

/// What a part of an approval's other content is called in a message.
fn other_part_name(part: &str, lang: crate::i18n::Lang) -> &'static str {
    use crate::i18n::Lang::{En, Id};
    match (part, lang) {
        ("skp", Id) => "NIP atau tahun SKP",
        ("skp", En) => "the SKP's NIP or year",
        ("pendekatan", Id) => "pendekatan",
        ("pendekatan", En) => "approach",
        ("pegawai", Id) => "identitas pegawai",
        ("pegawai", En) => "the employee's identity",
        ("penilai", Id) => "pejabat penilai",
        ("penilai", En) => "the appraising official",
        ("atasan", Id) => "atasan pejabat penilai",
        ("atasan", En) => "the appraising official's superior",
        ("periode", Id) => "periode penilaian",
        ("periode", En) => "the appraisal period",
        ("evaluasi", Id) => "periode evaluasi",
        ("evaluasi", En) => "the evaluation periods",
        ("format", Id) => "format SKP",
        ("format", En) => "the SKP format",
        ("lampiran", Id) => "lampiran",
        ("lampiran", En) => "the annex",
        ("rhk", Id) => "jenis atau urutan RHK",
        ("rhk", En) => "RHK types or order",
        ("rujukan", Id) => "rujukan (intervensi, acuan atau atasan kinerja)",
        ("rujukan", En) => "references (intervensi, acuan or atasan kinerja)",
        ("indikator", Id) => "aspek, perspektif atau urutan indikator",
        ("indikator", En) => "indicator aspects, perspectives or order",
        ("ekspektasi", Id) => "ekspektasi pimpinan",
        ("ekspektasi", En) => "the leader's expectations",
        (_, Id) => "isi lain",
        (_, En) => "other content",
    }
}

impl ApprovalChange {
    pub fn render(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Lang::{En, Id};
        let none = |v: &Option<String>| {
            v.clone().unwrap_or_else(|| match lang {
                Id => "(tidak ada)".into(),
                En => "(none)".into(),
            })
        };
        match (self, lang) {
            (ApprovalChange::SkpId { from, to }, Id) => format!("id SKP {from} → {to}"),
            (ApprovalChange::SkpId { from, to }, En) => format!("SKP id {from} → {to}"),
            (ApprovalChange::Removed { id }, Id) => format!("{id} dihapus"),
            (ApprovalChange::Removed { id }, En) => format!("{id} removed"),
            (ApprovalChange::Target { iki, from, to }, _) => format!("{iki} target {from} → {to}"),
            (
                ApprovalChange::Periodic {
                    iki,
                    periode,
                    from,
                    to,
                },
                _,
            ) => format!("{iki} target {periode} {} → {}", none(from), none(to)),
            (ApprovalChange::Moved { iki, from, to }, Id) => format!("{iki} pindah {from} → {to}"),
            (ApprovalChange::Moved { iki, from, to }, En) => format!("{iki} moved {from} → {to}"),
            (ApprovalChange::Polarity { iki, from, to }, Id) => {
                format!("{iki} polaritas {from} → {to}")
            }
            (ApprovalChange::Polarity { iki, from, to }, En) => {
                format!("{iki} polarity {from} → {to}")
            }
            (ApprovalChange::Perhitungan { iki, from, to }, _) => {
                format!("{iki} perhitungan {} → {}", none(from), none(to))
            }
            (ApprovalChange::Text { id }, Id) => format!("{id} teks berubah"),
            (ApprovalChange::Text { id }, En) => format!("{id} text changed"),
            (ApprovalChange::New { id }, Id) => format!("{id} baru"),
            (ApprovalChange::New { id }, En) => format!("{id} added"),
            (ApprovalChange::Other { detailed: true }, Id) => {
                "isi lain (identitas pegawai atau penilai, periode penilaian, lampiran, urutan atau jenis RHK, aspek, rujukan, atau ekspektasi)".into()
            }
            (ApprovalChange::Other { detailed: true }, En) => {
                "other content (the employee's or appraiser's identity, appraisal period, annex, order or type of RHKs, aspect, references or expectations)"
                    .into()
            }
            (ApprovalChange::OtherParts { parts }, _) => {
                let names: Vec<&str> = parts.iter().map(|p| other_part_name(p, lang)).collect();
                match lang {
                    Id => format!("isi lain: {}", names.join(", ")),
                    En => format!("other content: {}", names.join(", ")),
                }
            }
            (ApprovalChange::MaybeOther, Id) => {
                "mungkin juga isi lain yang tidak dirinci catatan lama (RHK, rujukan, satuan, target periodik, identitas, atau ekspektasi)"
                    .into()
            }
            (ApprovalChange::MaybeOther, En) => {
                "possibly other content an older record does not detail (RHK, references, units, periodic targets, identity or expectations)"
                    .into()
            }
            (ApprovalChange::Other { detailed: false }, Id) => {
                "isi lain (RHK, rujukan, satuan, target periodik, identitas, atau ekspektasi)"
                    .into()
            }
            (ApprovalChange::Other { detailed: false }, En) => {
                "other content (RHK, references, units, periodic targets, identity or expectations)"
                    .into()
            }
        }
    }

    /// `a; b; c` in `lang`.
    pub fn list(changes: &[ApprovalChange], lang: crate::i18n::Lang) -> String {
        changes
            .iter()
            .map(|c| c.render(lang))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// One employee's angka kredit line of `skp evaluate` (see `Msg::EvalCredit`).
#[derive(Debug, Clone, PartialEq)]
pub struct CreditLine {
    pub nama: String,
    pub nip: String,
    pub jenjang: String,
    pub rincian: String,
    pub jumlah: String,
    pub pangkat: String,
    pub jenjang_berikut: Option<String>,
}

fn syntax_id(p: &crate::base::SyntaxProblem) -> String {
    use crate::base::SyntaxProblem as P;
    match p {
        P::UnclosedQuote => "tanda kutip tidak ditutup".into(),
        P::UnclosedBracket(c) => format!("kurung `{c}` tidak ditutup"),
        P::MismatchedBracket { open, close } => format!("kurung `{open}` ditutup dengan `{close}`"),
        P::MisplacedBracket => "kurung penutup tanpa kurung pembukanya".into(),
        P::UnexpectedEnd => {
            "berkas berakhir sebelum strukturnya selesai (ada kurung atau tanda kutip yang belum ditutup?)".into()
        }
        P::ColonNotAllowed => {
            "titik dua `:` tidak boleh di sini (teks yang memuat `: ` diapit tanda kutip)".into()
        }
        P::ExpectedKey => "kunci yang diharapkan tidak ada (periksa indentasi baris ini)".into(),
        P::ExpectedColon => "titik dua `:` sesudah kunci tidak ditemukan".into(),
        P::ExpectedSeparator => "koma atau kurung penutup yang diharapkan tidak ada".into(),
        P::ExpectedListItem => {
            "butir daftar `- ` yang diharapkan tidak ada (periksa indentasi baris ini)".into()
        }
        P::InvalidIndentation => "indentasi tidak sesuai".into(),
        P::UnexpectedCharacter(c) => format!("karakter `{}` tidak diharapkan di sini", c.escape_default()),
        P::CommentNotSeparated => "komentar `#` harus dipisahkan spasi dari teks sebelumnya".into(),
        P::SpaceAfterColon => "titik dua `:` harus diikuti spasi".into(),
        P::SpaceAfterDash => "tanda `-` butir daftar harus diikuti spasi".into(),
        P::UnknownAnchor => "alias `*…` merujuk jangkar (`&…`) yang tidak ada".into(),
        P::RecursiveAlias => "alias merujuk simpul yang belum selesai (alias rekursif)".into(),
        P::Tag(t) => format!(
            "tag YAML `{t}` tidak didukung: hapus tag-nya dan tulis nilainya apa adanya (teks di antara tanda kutip)"
        ),
        P::Other(text) => format!("{text} (pesan pengurai YAML)"),
    }
}

/// A condition of the SE 3/2023 curve (N113's `aturan`, a code kept for machines), as a reader
/// says it.
fn curve_id(aturan: &str) -> String {
    match aturan {
        "sangat_baik_terbesar" => "Sangat Baik harus menjadi predikat terbanyak".into(),
        "sangat_baik_maks_70" => "Sangat Baik paling banyak 70 %".into(),
        "baik_terbesar" => "Baik harus menjadi predikat terbanyak".into(),
        "baik_maks_70" => "Baik paling banyak 70 %".into(),
        "ada_butuh_perbaikan_atau_kurang" => {
            "harus ada pegawai berpredikat Butuh Perbaikan atau Kurang".into()
        }
        "butuh_perbaikan_min_60" => "Butuh Perbaikan paling sedikit 60 %".into(),
        "sangat_baik_maks_10" => "Sangat Baik paling banyak 10 %".into(),
        "kurang_min_60" => "Kurang paling sedikit 60 %".into(),
        "butuh_perbaikan_min_10" => "Butuh Perbaikan paling sedikit 10 %".into(),
        "sangat_kurang_min_60" => "Sangat Kurang paling sedikit 60 %".into(),
        "kurang_butuh_perbaikan_min_10" => {
            "Kurang dan Butuh Perbaikan bersama paling sedikit 10 %".into()
        }
        "tanpa_sangat_baik" => "tidak boleh ada Sangat Baik".into(),
        other => format!("aturan `{other}`"),
    }
}

fn curve_en(aturan: &str) -> String {
    match aturan {
        "sangat_baik_terbesar" => "Outstanding must be the most common predikat".into(),
        "sangat_baik_maks_70" => "at most 70 % Outstanding".into(),
        "baik_terbesar" => "Good must be the most common predikat".into(),
        "baik_maks_70" => "at most 70 % Good".into(),
        "ada_butuh_perbaikan_atau_kurang" => {
            "some staff must be rated Needs Improvement or Poor".into()
        }
        "butuh_perbaikan_min_60" => "at least 60 % Needs Improvement".into(),
        "sangat_baik_maks_10" => "at most 10 % Outstanding".into(),
        "kurang_min_60" => "at least 60 % Poor".into(),
        "butuh_perbaikan_min_10" => "at least 10 % Needs Improvement".into(),
        "sangat_kurang_min_60" => "at least 60 % Very Poor".into(),
        "kurang_butuh_perbaikan_min_10" => {
            "at least 10 % Poor and Needs Improvement together".into()
        }
        "tanpa_sangat_baik" => "no Outstanding at all".into(),
        other => format!("rule `{other}`"),
    }
}

fn toml_id(p: &crate::base::TomlProblem) -> String {
    use crate::base::TomlProblem as P;
    match p {
        P::DuplicateKey => {
            "kunci atau bagian ini sudah ditulis sebelumnya (tulis setiap kunci dan setiap `[bagian]` sekali saja)".into()
        }
        P::UnreadableValue => {
            "nilai tidak terbaca: teks diapit tanda kutip (`timezone = \"WIB\"`), angka dan `true`/`false` tanpa tanda kutip".into()
        }
        P::UnclosedQuote => {
            "teks dalam tanda kutip tidak terbaca: tanda kutip penutupnya tidak ada, atau ada karakter kendali di dalamnya".into()
        }
        P::BadEscape => {
            "`\\` di dalam tanda kutip harus memulai kode seperti `\\n` atau `\\\\`; untuk `\\` biasa tulis `\\\\` atau pakai tanda kutip tunggal `'…'`".into()
        }
        P::ExtraComma => "koma tanpa butir sesudahnya di dalam daftar".into(),
        P::EmptyKey => "nama kunci sebelum `=` tidak ada".into(),
        P::MissingComma => "koma di antara butir daftar tidak ada (`[\"S1\", \"S2\"]`)".into(),
        P::UnclosedList => "kurung `[` daftar tidak ditutup dengan `]`".into(),
        P::UnclosedSection => "nama bagian `[…]` tidak ditutup".into(),
        P::KeyWithoutValue => {
            "kunci tanpa nilai: skp.toml ditulis `kunci = nilai`, bukan `kunci: nilai`".into()
        }
        P::TextAfterValue => {
            "ada teks lain sesudah nilai di baris ini (satu `kunci = nilai` per baris; komentar diawali `#`)".into()
        }
        P::Other(text) => format!("{text} (pesan pengurai TOML)"),
    }
}

fn toml_en(p: &crate::base::TomlProblem) -> String {
    use crate::base::TomlProblem as P;
    match p {
        P::DuplicateKey => {
            "this key or section is written earlier (write each key and each `[section]` once)".into()
        }
        P::UnreadableValue => {
            "unreadable value: text goes in quotes (`timezone = \"WIB\"`), numbers and `true`/`false` without".into()
        }
        P::UnclosedQuote => {
            "unreadable quoted text: its closing quote is missing, or it holds a control character".into()
        }
        P::BadEscape => {
            "a `\\` in quoted text must start a code such as `\\n` or `\\\\`; for a plain `\\` write `\\\\` or use single quotes `'…'`".into()
        }
        P::ExtraComma => "a comma with no item after it in a list".into(),
        P::EmptyKey => "no key name before `=`".into(),
        P::MissingComma => "a comma is missing between list items (`[\"S1\", \"S2\"]`)".into(),
        P::UnclosedList => "a list's `[` is not closed by `]`".into(),
        P::UnclosedSection => "a section name `[…]` is not closed".into(),
        P::KeyWithoutValue => {
            "a key without a value: skp.toml is written `key = value`, not `key: value`".into()
        }
        P::TextAfterValue => {
            "more text after the value on this line (one `key = value` per line; comments start with `#`)".into()
        }
        P::Other(text) => format!("{text} (the TOML parser's words)"),
    }
}

fn syntax_en(p: &crate::base::SyntaxProblem) -> String {
    use crate::base::SyntaxProblem as P;
    match p {
        P::UnclosedQuote => "unclosed quote".into(),
        P::UnclosedBracket(c) => format!("unclosed bracket `{c}`"),
        P::MismatchedBracket { open, close } => format!("bracket `{open}` closed by `{close}`"),
        P::MisplacedBracket => "closing bracket without its opening one".into(),
        P::UnexpectedEnd => {
            "the file ends before its structure does (an unclosed bracket or quote?)".into()
        }
        P::ColonNotAllowed => "a `:` is not allowed here (quote text that contains `: `)".into(),
        P::ExpectedKey => "expected a key here (check this line's indentation)".into(),
        P::ExpectedColon => "expected `:` after the key".into(),
        P::ExpectedSeparator => "expected a comma or a closing bracket".into(),
        P::ExpectedListItem => "expected a `- ` list item (check this line's indentation)".into(),
        P::InvalidIndentation => "invalid indentation".into(),
        P::UnexpectedCharacter(c) => format!("unexpected character `{}`", c.escape_default()),
        P::CommentNotSeparated => {
            "a `#` comment must be separated from the text before it by a space".into()
        }
        P::SpaceAfterColon => "`:` must be followed by a space".into(),
        P::SpaceAfterDash => "a `-` list item must be followed by a space".into(),
        P::UnknownAnchor => "alias `*…` names an anchor (`&…`) that does not exist".into(),
        P::RecursiveAlias => {
            "alias refers to a node that is not complete yet (recursive alias)".into()
        }
        P::Tag(t) => format!(
            "YAML tag `{t}` is not supported: remove it and write the value as it is (text in quotes)"
        ),
        P::Other(text) => text.clone(),
    }
}

fn expected_id(e: &Expected) -> &'static str {
    match e {
        Expected::Text => "teks",
        Expected::Integer => "bilangan bulat",
        Expected::Boolean => "true atau false",
        Expected::List => "daftar (list)",
        Expected::Map => "pemetaan (kunci: nilai)",
    }
}

fn expected_en(e: &Expected) -> &'static str {
    match e {
        Expected::Text => "text",
        Expected::Integer => "an integer",
        Expected::Boolean => "true or false",
        Expected::List => "a list",
        Expected::Map => "a mapping (key: value)",
    }
}

fn config_expected(e: &ConfigExpected, en: bool) -> String {
    let (or, t) = if en { ("or", "text") } else { ("atau", "teks") };
    match e {
        ConfigExpected::Table if en => "a [table]".into(),
        ConfigExpected::Table => "[tabel]".into(),
        ConfigExpected::Text => format!("{t} (\"…\")"),
        ConfigExpected::TextList if en => "a list of text ([\"…\", …])".into(),
        ConfigExpected::TextList => "daftar teks ([\"…\", …])".into(),
        ConfigExpected::Integer { min, max } if en => format!("an integer {min}..{max}"),
        ConfigExpected::Integer { min, max } => format!("bilangan bulat {min}..{max}"),
        ConfigExpected::Level => format!("\"error\", \"warning\", \"info\" {or} \"off\""),
        ConfigExpected::Overrides => "[[rules.overrides]]".into(),
        ConfigExpected::Version if en => {
            "an skp version: numbers separated by dots (\"0.1\")".into()
        }
        ConfigExpected::Version => "versi skp: angka dipisah titik (\"0.1\")".into(),
        ConfigExpected::Glob if en => "a valid glob pattern (pegawai/guru/**)".into(),
        ConfigExpected::Glob => "pola glob yang sah (pegawai/guru/**)".into(),
        ConfigExpected::OneOf(values) => {
            let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
            match quoted.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
                None => String::new(),
            }
        }
    }
}

fn found_id(found: &str) -> &str {
    match found {
        "map" => "pemetaan",
        "list" => "daftar",
        "null" => "kosong",
        "scalar" => "nilai tunggal",
        other => other,
    }
}

fn nip_part_id(p: &NipProblem) -> &'static str {
    match p {
        NipProblem::Length => "tidak terdiri atas 18 digit",
        NipProblem::BirthDate => "digit 1–8 bukan tanggal lahir yang sah",
        NipProblem::Appointment => "digit 9–14 bukan tahun dan bulan pengangkatan yang sah",
        NipProblem::Gender => "digit ke-15 bukan 1 atau 2",
    }
}

fn nip_part_en(p: &NipProblem) -> &'static str {
    match p {
        NipProblem::Length => "is not 18 digits long",
        NipProblem::BirthDate => "digits 1–8 are not a valid birth date",
        NipProblem::Appointment => "digits 9–14 are not a valid year and month of appointment",
        NipProblem::Gender => "digit 15 is not 1 or 2",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

catalog! {
    // ---- YAML syntax and budgets (F001, F009) ----
    YamlSyntax { detail: crate::base::SyntaxProblem } =>
        id { format!("YAML tidak valid: {}", syntax_id(detail)) },
        en { format!("invalid YAML: {}", syntax_en(detail)) };
    YamlTab =>
        id "tab dipakai untuk indentasi",
        en "a tab is used for indentation";
    HelpTab =>
        id "YAML hanya menerima spasi untuk indentasi; ganti tab dengan spasi (atur editor agar menyisipkan spasi)",
        en "YAML indentation must use spaces; replace the tab with spaces (set your editor to insert spaces)";
    HelpYamlTag =>
        id "skp membaca nilai menurut aturannya sendiri; tag selain `!!str` membuatnya membaca nilai itu berbeda dari pembaca YAML lain (misalnya `!!float` membulatkan NIP), jadi berkas tidak dibaca sampai tag-nya dihapus",
        en "skp reads values by its own rules; a tag other than `!!str` would make it read that value differently from other YAML readers (`!!float` rounds a NIP), so the file is not read until the tag is removed";
    HelpYamlSyntax =>
        id "periksa indentasi, tanda kutip, dan kurung pada baris ini atau baris sebelumnya",
        en "check indentation, quotes and brackets on this line or the one before";
    BudgetDepth { limit: usize } =>
        id "struktur YAML bersarang lebih dari {limit} tingkat; berkas tidak dibaca",
        en "YAML nesting deeper than {limit} levels; the file was not read";
    BudgetNodes { limit: usize } =>
        id "berkas memuat lebih dari {limit} simpul YAML (termasuk perluasan alias); berkas tidak dibaca",
        en "the file has more than {limit} YAML nodes (counting alias expansion); it was not read";
    BudgetAliases { limit: usize } =>
        id "berkas memakai lebih dari {limit} alias YAML; berkas tidak dibaca",
        en "the file uses more than {limit} YAML aliases; it was not read";
    BudgetDocuments { limit: usize } =>
        id "berkas memuat lebih dari {limit} dokumen YAML; berkas tidak dibaca",
        en "the file holds more than {limit} YAML documents; it was not read";
    BudgetSize { limit_mb: u64 } =>
        id "berkas lebih besar dari {limit_mb} MiB; berkas tidak dibaca",
        en "the file is larger than {limit_mb} MiB; it was not read";
    HelpBudget =>
        id "rencana kinerja yang wajar jauh di bawah batas ini; pecah berkas atau periksa apakah isinya memang rencana kinerja",
        en "real plans stay far below this limit; split the file or check that it really is a plan";

    // ---- Unreadable files (F008) ----
    Unreadable { error: String } =>
        id "berkas tidak dapat dibaca: {error}",
        en "the file cannot be read: {error}";
    NotUtf8 { line: usize } =>
        id "berkas bukan teks UTF-8 (ada byte tidak sah pada baris {line})",
        en "the file is not UTF-8 text (invalid byte on line {line})";
    MixedEncoding { file: String, line: u32 } =>
        id "{file} bertulisan UTF-8, tetapi baris {line} memuat byte pengodean lain (teks yang ditempel dari berkas lain?); dibaca begitu saja, huruf beraksennya akan rusak",
        en "{file} is UTF-8 text, but line {line} holds bytes of another encoding (text pasted from another file?); read as it is, its accented letters would be garbled";
    HelpNotUtf8 =>
        id "simpan ulang berkas sebagai UTF-8 dari editor Anda",
        en "save the file again as UTF-8 from your editor";
    RefusedUnresolvable =>
        id "folder ruang kerja tidak dapat diurai",
        en "the workspace folder cannot be resolved";
    RefusedOutside =>
        id "di luar ruang kerja",
        en "outside the workspace";
    RefusedNotPlain =>
        id "bukan jalur biasa di dalam ruang kerja",
        en "not a plain path inside the workspace";
    RefusedLink =>
        id "berupa tautan simbolik; skp tidak pernah menulis lewat tautan",
        en "is a symbolic link; skp never writes through one";
    RefusedSkpLink =>
        id "`.skp` berupa atau berisi tautan simbolik; hapus folder itu, skp membuatnya lagi",
        en "`.skp` is or contains a symbolic link; delete it, skp recreates it";
    FileWhereFolder =>
        id "ini berkas, padahal skp perlu folder dengan nama itu di sini; pindahkan atau ganti nama berkas itu",
        en "is a file where skp needs a folder of that name; move or rename the file";
    RefusedLinkOut =>
        id "melewati tautan simbolik ke luar ruang kerja; skp tidak pernah menulis di luarnya",
        en "goes through a symbolic link out of the workspace; skp never writes outside it";
    NotFileOrPipe =>
        id "bukan berkas biasa atau pipa (folder atau perangkat); tidak dibaca",
        en "not a regular file or a pipe (a folder or a device); not read";
    NotRegularFile =>
        id "bukan berkas biasa (folder, FIFO, perangkat, atau soket); tidak dibuka",
        en "not a regular file (a folder, FIFO, device or socket); not opened";

    // ---- Fields and values (F002, F003, F004, F006, F020) ----
    KeyNotText { field: String } =>
        id "kunci di dalam `{field}` harus berupa teks",
        en "keys inside `{field}` must be text";
    DuplicateKey { key: String } =>
        id "kunci `{key}` ditulis dua kali pada blok yang sama",
        en "key `{key}` is written twice in the same mapping";
    HelpDuplicateKey =>
        id "hapus salah satu; YAML tidak menentukan mana yang berlaku",
        en "remove one of them; YAML does not say which one wins";
    FirstWrittenHere =>
        id "pertama kali ditulis di sini",
        en "first written here";
    UnknownField { field: String, parent: String } =>
        id "kolom `{field}` tidak dikenal di `{parent}`",
        en "unknown field `{field}` in `{parent}`";
    HelpDecimalCut { field: String, value: String } =>
        id "di dalam `{{ }}` koma memisahkan kolom, sehingga angka desimal terpotong di komanya; tulis nilainya dalam tanda kutip: `{field}: \"{value}\"`",
        en "inside `{{ }}` a comma separates fields, so the decimal was cut at its comma; quote the value: `{field}: \"{value}\"`";
    HelpDidYouMean { suggestion: String } =>
        id "maksud Anda `{suggestion}`?",
        en "did you mean `{suggestion}`?";
    HelpKnownKinds { kinds: String } =>
        id "jenis dokumen (kind) yang dikenal: {kinds}",
        en "known document kinds: {kinds}";
    HelpKnownFields { fields: String } =>
        id "kolom yang dikenal: {fields}",
        en "known fields: {fields}";
    BaselineNotNumber { nilai: String } =>
        id "baseline `{nilai}` tidak memuat angka; baseline adalah capaian sebelumnya yang menjadi pembanding target",
        en "baseline `{nilai}` holds no number; a baseline is the earlier result the target is compared with";
    HelpBaselineNotNumber =>
        id "tulis angka dan satuannya, misalnya `baseline: {{ nilai: 72 %, tahun: 2025 }}`; hapus `baseline` bila belum ada data",
        en "write a number with its unit, e.g. `baseline: {{ nilai: 72 %, tahun: 2025 }}`; remove `baseline` while there is no data";
    RhkWithoutIndicator =>
        id "RHK tanpa indikator: `indikator` kosong",
        en "an RHK without indicators: `indikator` is empty";
    HelpRhkWithoutIndicator =>
        id "setiap RHK diukur dengan paling sedikit satu indikator kinerja individu (IKI) yang memiliki target; tambahkan IKI-nya",
        en "every RHK is measured by at least one individual performance indicator (IKI) with a target; add its IKI";
    MissingField { field: String, parent: String } =>
        id "kolom wajib `{field}` tidak ada di `{parent}`",
        en "required field `{field}` is missing in `{parent}`";
    HelpMissingField { field: String } =>
        id "tambahkan `{field}: …` di bagian itu; `skp explain F003` dan `skp schema` menunjukkan isian yang diharapkan",
        en "add `{field}: …` in that part; `skp explain F003` and `skp schema` show what it takes";
    WrongType { field: String, expected: Expected, found: String } =>
        id { format!("`{field}` harus berupa {}, bukan {}", expected_id(expected), found_id(found)) },
        en { format!("`{field}` must be {}, not a {found}", expected_en(expected)) };
    NotAnInteger { field: String, value: String } =>
        id "`{field}` harus berupa bilangan bulat, bukan `{value}`",
        en "`{field}` must be a whole number, not `{value}`";
    IntegerQuoted { field: String, value: String } =>
        id "`{field}` ditulis dalam tanda kutip (`\"{value}\"`), sehingga terbaca sebagai teks, bukan bilangan bulat",
        en "`{field}` is written in quotes (`\"{value}\"`), so it reads as text, not a whole number";
    IntegerTooLarge { field: String, value: String } =>
        id "`{field}`: {value} terlalu besar untuk bilangan bulat",
        en "`{field}`: {value} is too large for a whole number";
    HelpIntegerForm =>
        id "tulis angkanya saja, tanpa tanda kutip, misalnya `2026`",
        en "write the number alone, without quotes, e.g. `2026`";
    BadYear { field: String, value: String } =>
        id "`{field}`: {value} bukan tahun yang masuk akal",
        en "`{field}`: {value} is not a plausible year";
    BadDate { field: String, value: String } =>
        id "`{field}`: `{value}` bukan tanggal YYYY-MM-DD yang sah",
        en "`{field}`: `{value}` is not a valid YYYY-MM-DD date";
    BadPeriod { field: String, value: String } =>
        id "`{field}`: `{value}` bukan periode yang dikenal",
        en "`{field}`: `{value}` is not a known period";
    HelpPeriodForms =>
        id "tulis 2026 (tahunan), 2026-01…2026-12, 2026-TW1…2026-TW4, atau 2026-S1/2026-S2",
        en "write 2026 (the year), 2026-01…2026-12, 2026-TW1…2026-TW4, or 2026-S1/2026-S2";
    PeriodReversed { mulai: String, selesai: String } =>
        id "periode penilaian berakhir ({selesai}) sebelum dimulai ({mulai})",
        en "the appraisal period ends ({selesai}) before it starts ({mulai})";
    YearsReversed { mulai: i32, selesai: i32 } =>
        id "tahun_selesai ({selesai}) lebih awal dari tahun_mulai ({mulai})",
        en "tahun_selesai ({selesai}) is before tahun_mulai ({mulai})";
    ApprovalFormUnknown { bentuk: String } =>
        id "`bentuk: {bentuk}` tidak dikenal versi skp ini (yang dikenalnya: 2 dan 3); catatan persetujuan ini dibuat versi lain atau disunting",
        en "`bentuk: {bentuk}` is not known to this version of skp (it knows 2 and 3); this approval record was made by another version or edited";
    HelpApprovalFormUnknown =>
        id "pakai versi skp yang membuat catatan ini, atau minta pejabat penilai menyetujui ulang dengan `skp approve`",
        en "use the version of skp that made this record, or have the appraiser approve again with `skp approve`";
    BadEnum { field: String, value: String } =>
        id "nilai `{value}` tidak dikenal untuk `{field}`",
        en "`{value}` is not an allowed value of `{field}`";
    HelpAllowedValues { allowed: String, suggestion: Option<String> } =>
        id { match suggestion { Some(s) => format!("maksud Anda `{s}`? nilai yang diizinkan: {allowed}"), None => format!("nilai yang diizinkan: {allowed}") } },
        en { match suggestion { Some(s) => format!("did you mean `{s}`? allowed values: {allowed}"), None => format!("allowed values: {allowed}") } };
    BadId { field: String, value: String } =>
        id "`{field}`: `{value}` bukan id yang sah",
        en "`{field}`: `{value}` is not a valid id";
    HelpIdForm =>
        id "id dimulai dengan huruf atau angka, lalu hanya huruf, angka, titik, garis bawah, atau tanda hubung (misalnya RHK-1, IKI-1.2)",
        en "an id starts with a letter or digit, followed only by letters, digits, `.`, `_` or `-` (e.g. RHK-1, IKI-1.2)";
    BadReference { field: String, value: String } =>
        id "`{field}`: `{value}` bukan referensi yang sah",
        en "`{field}`: `{value}` is not a valid reference";
    HelpReferenceForm =>
        id "tulis ENTRI (RHK-2) atau DOK/ENTRI (PK-2026-APTIKA/S1.I1, 199001012015032001/RHK-2)",
        en "write ENTRY (RHK-2) or DOC/ENTRY (PK-2026-APTIKA/S1.I1, 199001012015032001/RHK-2)";
    BadSha256 { value: String } =>
        id "`sha256`: `{value}` bukan 64 digit heksadesimal",
        en "`sha256`: `{value}` is not 64 hexadecimal digits";
    DescriptiveNeedsKualitatif =>
        id "target deskriptif hanya berlaku untuk SKP dengan `pendekatan: kualitatif`",
        en "a descriptive target is only allowed in an SKP with `pendekatan: kualitatif`";

    // ---- apiVersion and kind (F007, F017) ----
    UnsupportedApiVersion { value: String, supported: String } =>
        id "apiVersion `{value}` tidak didukung oleh skp versi ini (didukung: {supported})",
        en "apiVersion `{value}` is not supported by this skp (supported: {supported})";
    HelpUpdateSkp =>
        id "perbarui skp, atau perbaiki apiVersion bila salah ketik",
        en "update skp, or fix the apiVersion if it is a typo";
    UnsupportedKind { value: String } =>
        id "kind `{value}` tidak dikenal",
        en "unknown kind `{value}`";
    LooksLikeOurs =>
        id "berkas tampak seperti dokumen skp tetapi tidak menyatakan `apiVersion: skp/v1`; berkas ini TIDAK diperiksa",
        en "the file looks like a skp document but does not declare `apiVersion: skp/v1`; it is NOT checked";
    HelpLooksLikeOurs =>
        id "tambahkan `apiVersion: skp/v1` pada baris pertama (periksa ejaan kuncinya)",
        en "add `apiVersion: skp/v1` as the first line (check the key's spelling)";

    // ---- NIP (F010, F011, F012) ----
    NipUnquoted { nip: String } =>
        id "NIP {nip} ditulis tanpa tanda kutip sehingga YAML membacanya sebagai angka",
        en "NIP {nip} is written without quotes, so YAML reads it as a number";
    HelpQuoteNip { field: String, nip: String } =>
        id "tulis dalam tanda kutip: {field}: \"{nip}\"",
        en "quote it: {field}: \"{nip}\"";
    NipNotDigits { value: String } =>
        id "NIP `{value}` memuat karakter selain angka",
        en "NIP `{value}` contains characters other than digits";
    NipSpaces { written: String, nip: String } =>
        id "NIP \"{written}\" memuat spasi; dibaca sebagai {nip}",
        en "NIP \"{written}\" contains spaces; read as {nip}";
    NipStructure { nip: String, part: NipProblem } =>
        id { format!("NIP {nip} {}", nip_part_id(part)) },
        en { format!("NIP {nip}: {}", nip_part_en(part)) };
    HelpNipStructure =>
        id "periksa NIP pada SK atau SIASN; nomor PPPK dapat berbeda pola, abaikan bila memang benar",
        en "check the NIP against the decree or SIASN; PPPK numbers may differ, suppress this if it is right";

    // ---- Duplicates and periods of SKPs (F005, F013, F014) ----
    DuplicateId { id: String } =>
        id "id `{id}` dipakai lebih dari sekali",
        en "id `{id}` is used more than once";
    HelpDuplicateId =>
        id "setiap id harus unik agar referensi menunjuk satu hal; ganti salah satunya",
        en "every id must be unique so that a reference names one thing; rename one of them";
    DuplicateLedger { skp: String, other: String } =>
        id "SKP `{skp}` punya lebih dari satu buku catatan bukti; yang lain di `{other}`",
        en "SKP `{skp}` has more than one evidence ledger; another is `{other}`";
    HelpDuplicateLedger { home: String } =>
        id "satu SKP punya satu buku catatan, `{home}`: `skp evidence add` dan `rm` hanya menulis ke sana; pindahkan entri yang belum ada di sana lalu hapus berkas ini (bukti yang sama tidak dihitung dua kali)",
        en "one SKP has one ledger, `{home}`: `skp evidence add` and `rm` write only there; move the entries it lacks there, then delete this file (the same evidence is not counted twice)";
    HelpDuplicateLedgerNoSkp { skp: String } =>
        id "SKP `{skp}` tidak ada di ruang kerja (B104); satukan entrinya dalam satu buku catatan di samping SKP-nya (`<nama berkas SKP>.bukti.yaml`)",
        en "SKP `{skp}` is not in the workspace (B104); keep its entries in one ledger beside its plan (`<plan file name>.bukti.yaml`)";
    OtherLedgerHere =>
        id "buku catatan lain untuk SKP ini",
        en "another ledger of this SKP";
    LedgerKeptHere =>
        id "buku catatan yang ditulis skp",
        en "the ledger skp writes";
    FirstDefinedHere =>
        id "pertama kali didefinisikan di sini",
        en "first defined here";
    SkpOverlap { nip: String, other: String } =>
        id "periode penilaian SKP ini tumpang tindih dengan SKP `{other}` milik NIP {nip} yang sama",
        en "this SKP's appraisal period overlaps SKP `{other}` of the same NIP {nip}";
    HelpSkpOverlap =>
        id "pada mutasi di tengah tahun, SKP lama berakhir sehari sebelum SKP baru dimulai; atur periode_penilaian keduanya",
        en "after a mid-year transfer the old SKP ends the day before the new one starts; set both periode_penilaian";
    OtherSkpHere =>
        id "SKP lain milik NIP yang sama",
        en "the other SKP of the same NIP";
    SkpOutsideYear { tahun: i32, mulai: String, selesai: String } =>
        id "periode penilaian {mulai} s.d. {selesai} melewati batas tahun SKP {tahun}",
        en "the appraisal period {mulai} to {selesai} leaves the SKP year {tahun}";
    HelpSkpOutsideYear =>
        id "periode penilaian harus berada di dalam tahun SKP; buat SKP terpisah untuk tahun berikutnya",
        en "the appraisal period must lie inside the SKP's year; write a separate SKP for the next year";

    // ---- Targets (F015, F016, F018, F019) ----
    TargetBadNumber { value: String } =>
        id "target `{value}` memuat angka yang tidak dapat dibaca",
        en "target `{value}` contains a number that cannot be read";
    TargetNegative { value: String } =>
        id "target `{value}` negatif; skp belum dapat menghitung capaian dari angka negatif",
        en "target `{value}` is negative; skp cannot yet compute a capaian from a negative figure";
    HelpTargetNegative =>
        id "rumuskan indikatornya sebagai besaran yang tidak negatif, misalnya penurunannya: \"Persentase penurunan angka pengangguran\" dengan target 0,5 %",
        en "state the indicator as a quantity that is not negative, such as its decrease: \"Persentase penurunan angka pengangguran\" with a target of 0,5 %";
    HelpTargetForms =>
        id "contoh target yang dikenali: 4 modul, 99,5 %, 4.500 berkas, 95-100 %, ≤ 4 jam, Rp 150 juta, {{ nilai: 4, satuan: modul }}",
        en "targets that are understood: 4 modul, 99,5 %, 4.500 berkas, 95-100 %, ≤ 4 jam, Rp 150 juta, {{ nilai: 4, satuan: modul }}";
    TargetAmbiguousThousands { kolom: String, raw: String, read_as: String } =>
        id "{kolom} {raw} ditulis sebagai angka YAML yang ambigu; dibaca sebagai {read_as}",
        en "{kolom} {raw} is an ambiguous YAML number; read as {read_as}";
    HelpAmbiguousThousands { thousands: String, decimal: String } =>
        id "tulis {thousands} bila maksudnya ribuan, atau \"{decimal}\" bila maksudnya desimal",
        en "write {thousands} if you mean thousands, or \"{decimal}\" if you mean a decimal";
    TargetDecimalPoint { kolom: String, raw: String } =>
        id "{kolom} `{raw}` memakai titik sebagai pemisah desimal",
        en "{kolom} `{raw}` uses a point as the decimal separator";
    HelpDecimalComma { fixed: String } =>
        id "dalam bahasa Indonesia koma adalah pemisah desimal: tulis \"{fixed}\"",
        en "Indonesian uses the comma for decimals: write \"{fixed}\"";
    TargetSpelledMismatch { digits: String, words: String } =>
        id "angka target ({digits}) tidak sama dengan terbilangnya ({words})",
        en "the target's digits ({digits}) disagree with its words ({words})";
    UnitDisagrees { target: String, satuan: String } =>
        id "satuan pada target (`{target}`) berbeda dengan `satuan` (`{satuan}`)",
        en "the unit in the target (`{target}`) differs from `satuan` (`{satuan}`)";
    SatuanWrittenHere =>
        id "satuan ditulis di sini",
        en "satuan written here";

    // ---- skp.toml ----
    ConfigUnknownKey { key: String, section: String } =>
        id "kunci `{key}` tidak dikenal di [{section}]",
        en "unknown key `{key}` in [{section}]";
    ConfigFolderWithoutLocation =>
        id "`storage = \"folder\"` tanpa `location`: tidak ada folder tempat menyimpan salinan bukti",
        en "`storage = \"folder\"` without `location`: there is no folder to keep the evidence copies in";
    HelpConfigFolderWithoutLocation =>
        id "tulis `location` (folder bersama di luar repositori, mis. \"/srv/bukti\"), atau pakai `storage = \"repo\"`",
        en "write `location` (a shared folder outside the repository, e.g. \"/srv/bukti\"), or use `storage = \"repo\"`";
    ConfigNewerVersion { key: String, min_version: String } =>
        id "kunci `{key}` tidak dikenal oleh skp ini; skp.toml meminta skp {min_version} atau lebih baru",
        en "key `{key}` is unknown to this skp; skp.toml asks for skp {min_version} or newer";
    HelpUpdateSkpVersion =>
        id "perbarui skp (perbarui skp ke versi terbaru)",
        en "update skp to the newest version";
    ConfigBadValue { key: String, expected: ConfigExpected } =>
        id { format!("`{key}` harus berupa {}", config_expected(expected, false)) },
        en { format!("`{key}` must be {}", config_expected(expected, true)) };
    ConfigSyntax { detail: crate::base::TomlProblem } =>
        id { format!("skp.toml tidak valid: {}", toml_id(detail)) },
        en { format!("invalid skp.toml: {}", toml_en(detail)) };
    ConfigUnknownCode { code: String } =>
        id "kode aturan `{code}` tidak dikenal",
        en "unknown rule code `{code}`";
    HelpRules =>
        id "jalankan `skp rules` untuk melihat semua kode aturan",
        en "run `skp rules` to see every rule code";

    // ---- Command line, summary and errors ----
    NoWorkspace { start: String } =>
        id "tidak ada skp.toml di {start} maupun folder induknya",
        en "no skp.toml in {start} or any parent folder";
    HelpInit =>
        id "buat ruang kerja dengan `skp init`, atau jalankan dari folder yang berisi skp.toml",
        en "create a workspace with `skp init`, or run from a folder that contains skp.toml";
    Summary { files: usize, errors: usize, warnings: usize, infos: usize } =>
        id { format!("{files} berkas diperiksa: {errors} kesalahan, {warnings} peringatan, {infos} info") },
        en { format!("{} checked: {}, {}, {}", plural(*files, "file", "files"), plural(*errors, "error", "errors"), plural(*warnings, "warning", "warnings"), plural(*infos, "info", "infos")) };
    SummaryClean { files: usize } =>
        id "{files} berkas diperiksa: tidak ada temuan",
        en { format!("{} checked: no findings", plural(*files, "file", "files")) };
    SummaryNested { n: usize, first: String } =>
        id "{n} ruang kerja bersarang dilewati (misalnya {first}; periksa dari dalam foldernya)",
        en "{n} nested workspace(s) skipped (e.g. {first}; check it from inside its folder)";
    SummaryGitIgnored { n: usize, first: String } =>
        id "{n} berkas rencana tidak diperiksa karena diabaikan oleh .gitignore (misalnya {first}); hapus polanya bila berkas itu bagian dari ruang kerja",
        en "{n} plan file(s) not checked because .gitignore ignores them (e.g. {first}); remove the pattern if they belong to the workspace";
    SummarySymlinkOutside { n: usize, first: String } =>
        id "{n} tautan simbolik yang mengarah ke luar ruang kerja tidak dibaca (misalnya {first}); salin berkasnya ke dalam ruang kerja bila berkas itu bagian darinya",
        en "{n} symbolic link(s) leading out of the workspace not read (e.g. {first}); copy the file into the workspace if it belongs to it";
    SummarySymlinkBroken { n: usize, first: String } =>
        id "{n} tautan simbolik yang tidak menuju berkas tidak dibaca (misalnya {first}): tujuannya tidak ada, bukan berkas biasa, atau tautannya melingkar",
        en "{n} symbolic link(s) leading to no file not read (e.g. {first}): the target is missing, not a regular file, or the links go round";
    SummaryHidden { n: usize } =>
        id "{n} temuan lain disembunyikan oleh pilihan aturan, konfigurasi, atau `abaikan`",
        en "{n} more findings hidden by rule selection, configuration or suppressions";
    ListRead =>
        id "dibaca",
        en "read";
    ListIgnored =>
        id "diabaikan",
        en "ignored";
    CheckPathNotRead { path: String, reason: String } =>
        id "{path} tidak diperiksa: {reason}",
        en "{path} was not checked: {reason}";
    HelpCheckPathNotRead =>
        id "`skp check --list-files` menunjukkan berkas mana yang dibaca; folder tersembunyi, `target/`, `node_modules/`, `bukti/` dan berkas selain YAML rencana bukan bagian ruang kerja",
        en "`skp check --list-files` shows which files are read; hidden folders, `target/`, `node_modules/`, `bukti/` and files other than plan YAML are not part of the workspace";
    PathNotThere =>
        id "tidak ada berkas atau folder dengan nama itu",
        en "there is no file or folder of that name";
    PathNotInWorkspace =>
        id "bukan berkas rencana ruang kerja ini (atau berada di folder yang tidak dibaca)",
        en "not a plan file of this workspace (or in a folder that is not read)";
    SarifCapped { shown: usize, all: usize, errors: usize, warnings: usize, notes: usize } =>
        id "skp melaporkan {shown} dari {all} temuan: batas unggah SARIF tercapai; yang ditinggalkan, mulai dari yang paling ringan: {errors} kesalahan, {warnings} peringatan, {notes} info. Jalankan `skp check` untuk daftar lengkapnya.",
        en "skp reported {shown} of {all} findings: the SARIF upload limit was reached; left out, the least severe first: {errors} errors, {warnings} warnings, {notes} notes. Run `skp check` for the full list.";
    GithubSummaryHeader =>
        id "| Kode | Aturan | Tingkat | Jumlah |",
        en "| Code | Rule | Level | Count |";
    GithubSummaryFirst =>
        id "Temuan pertama",
        en "First findings";
    IgnoreReasonNotOurs =>
        id "bukan dokumen skp (tidak ada apiVersion: skp/…)",
        en "not a skp document (no apiVersion: skp/…)";
    IgnoreReasonGitIgnored =>
        id "rencana yang diabaikan oleh .gitignore",
        en "a plan that .gitignore ignores";
    IgnoreReasonNested =>
        id "ruang kerja bersarang (memiliki skp.toml sendiri)",
        en "nested workspace (has its own skp.toml)";
    IgnoreReasonSymlink =>
        id "tautan simbolik ke luar ruang kerja",
        en "symbolic link leading outside the workspace";
    IgnoreReasonSymlinkBroken =>
        id "tautan simbolik yang tidak menuju berkas (tujuannya tidak ada atau tautannya melingkar)",
        en "symbolic link leading to no file (its target is missing, or the links go round)";
    IgnoreReasonSpecial =>
        id "bukan berkas biasa (FIFO/perangkat/soket)",
        en "not a regular file (FIFO/device/socket)";
    UnknownRule { code: String } =>
        id "kode aturan `{code}` tidak dikenal",
        en "unknown rule code `{code}`";
    OutputWouldReplaceInput { path: String } =>
        id "{path} bernama berkas YAML atau TOML, jenis berkas rencana, buku catatan bukti, dan konfigurasi; skp tidak menulis keluaran ke nama seperti itu, agar tidak menimpa atau dibaca sebagai salah satunya",
        en "{path} has the name of a YAML or TOML file, the kind plans, evidence ledgers and configuration are; skp writes no output to such a name, so that it neither replaces one nor is read as one";
    OutputDotDot { path: String, name: String } =>
        id "{path} kembali (`..`) dari {name}, yang bukan folder (belum ada, atau berupa tautan): berkas yang diperiksa skp dan berkas yang ditulisnya bisa berbeda, jadi skp tidak menulis ke sana",
        en "{path} goes back (`..`) from {name}, which is not a folder (it does not exist yet, or is a link): the file skp checks and the file it would write could differ, so skp does not write there";
    OutputInternalFolder { path: String } =>
        id "{path} berada di dalam folder `.git` atau `.skp`, milik git dan skp sendiri; skp tidak menulis keluaran ke sana",
        en "{path} is inside a `.git` or `.skp` folder, which git and skp keep for themselves; skp writes no output there";
    RenderEvidenceProblem { state: String } =>
        id { match state.as_str() { "berubah" => "BERUBAH: isinya tidak sama dengan yang dicatat".to_string(), "hilang" => "HILANG: berkasnya tidak ada".to_string(), "tidak_terbaca" => "TIDAK TERBACA: berkasnya tidak dapat dibaca".to_string(), _ => "JALUR TIDAK AMAN: tidak dibaca".to_string() } },
        en { match state.as_str() { "berubah" => "CHANGED: its content differs from what was recorded".to_string(), "hilang" => "MISSING: the file is not there".to_string(), "tidak_terbaca" => "UNREADABLE: the file cannot be read".to_string(), _ => "UNSAFE PATH: not read".to_string() } };
    RenderEvidenceMoved { to: String } =>
        id "PINDAH ke {to}; catat ulang dengan `skp evidence relink`",
        en "MOVED to {to}; record it again with `skp evidence relink`";
    RenderAkNotFungsional { nip: String, jenis: String } =>
        id "penetapan angka kredit hanya untuk jabatan fungsional; SKP NIP {nip} untuk jabatan {jenis}",
        en "angka kredit is set for functional posts only; the SKP of NIP {nip} is for a {jenis} post";
    RenderAkNoJenjang { nip: String, file: String } =>
        id "SKP NIP {nip} ({file}) tidak menulis `pegawai.jenjang`: angka kredit dihitung dari koefisien jenjang, jadi formulir penetapan angka kredit tidak dicetak",
        en "the SKP of NIP {nip} ({file}) writes no `pegawai.jenjang`: angka kredit is computed from the jenjang's coefficient, so the angka kredit form was not printed";
    HelpAkNoJenjang =>
        id "tulis jenjang jabatan fungsionalnya di bagian `pegawai`, mis. `jenjang: ahli_pertama` (pemula, terampil, mahir, penyelia, ahli_pertama, ahli_muda, ahli_madya, ahli_utama)",
        en "write the functional post's jenjang under `pegawai`, e.g. `jenjang: ahli_pertama` (pemula, terampil, mahir, penyelia, ahli_pertama, ahli_muda, ahli_madya, ahli_utama)";
    AkYearWithoutJenjang { skp: String, file: String } =>
        id "SKP {skp} ({file}) jabatan fungsional tanpa `pegawai.jenjang`: angka kredit dari evaluasi tahunannya tidak dihitung; tulis jenjangnya (mis. `jenjang: ahli_pertama`)",
        en "SKP {skp} ({file}) is of a functional post without `pegawai.jenjang`: the angka kredit of its annual evaluation is not counted; write its jenjang (e.g. `jenjang: ahli_pertama`)";
    HelpRenderAkNotFungsional =>
        id "untuk jabatan ini cetak `skp render dokumen-evaluasi`; bila pegawai ini memang pejabat fungsional, perbaiki `jenis_jabatan` dan `jenjang` di SKP-nya",
        en "for this post print `skp render dokumen-evaluasi`; if this employee does hold a functional post, correct `jenis_jabatan` and `jenjang` in the SKP";
    ExampleAgencyLeft { agency: String, place: bool } =>
        id { if *place { format!("`agency` di skp.toml masih \"{agency}\" dari `skp init`, jadi formulir dicetak tanpa nama instansi; tulis nama instansi") } else { format!("`agency` di skp.toml masih \"{agency}\" dari `skp init`, jadi formulir dicetak tanpa nama instansi dan dengan tempat tanda tangan kosong; tulis nama instansi (dan `place`, tempat tanda tangan)") } },
        en { if *place { format!("`agency` in skp.toml is still \"{agency}\" from `skp init`, so the forms are printed without the agency's name; write the agency's name") } else { format!("`agency` in skp.toml is still \"{agency}\" from `skp init`, so the forms are printed without the agency's name and with the place of signature blank; write the agency's name (and `place`, where forms are signed)") } };
    RenderAgencyMissing { place: bool } =>
        id { if *place { "skp.toml tidak menyebut `agency` (nama instansi), jadi formulir dicetak tanpa nama instansi; tulis `agency = \"…\"` di bagian `[workspace]`".to_string() } else { "skp.toml tidak menyebut `agency` (nama instansi), jadi formulir dicetak tanpa nama instansi dan dengan tempat tanda tangan kosong; tulis `agency = \"…\"` (dan `place`, tempat tanda tangan) di bagian `[workspace]`".to_string() } },
        en { if *place { "skp.toml names no `agency`, so the forms are printed without the agency's name; write `agency = \"…\"` under `[workspace]`".to_string() } else { "skp.toml names no `agency`, so the forms are printed without the agency's name and with the place of signature blank; write `agency = \"…\"` (and `place`, where forms are signed) under `[workspace]`".to_string() } };
    ExamplePlaceLeft { place: String } =>
        id "`place` di skp.toml masih \"{place}\" dari contoh `skp init`, jadi tempat tanda tangan dicetak dari nama instansi (atau dikosongkan); tulis nama kota tempat formulir ditandatangani",
        en "`place` in skp.toml is still \"{place}\" from `skp init`'s example, so the place of signature is printed from the agency's name (or left blank); write the town where the forms are signed";
    RenderPangkatMissing { skp: String } =>
        id "SKP {skp} tidak mencantumkan pangkat/golongan ruang pegawai, dan kolom PANGKAT/GOL. RUANG tercetak kosong; tulis `pegawai.pangkat` (mis. \"Penata Muda Tk. I (III/b)\", atau golongan PPPK)",
        en "SKP {skp} gives no pangkat/golongan of the employee, and the PANGKAT/GOL. RUANG cell prints blank; write `pegawai.pangkat` (e.g. \"Penata Muda Tk. I (III/b)\", or a PPPK golongan)";
    ExampleTextLeft { skp: String, fields: String } =>
        id "SKP {skp} masih memuat teks contoh dari `skp init` ({fields}); ganti dengan nama dan rencana hasil kerja yang sebenarnya",
        en "SKP {skp} still holds the example text of `skp init` ({fields}); replace it with the real names and planned results";
    RenderNoRealisasi { skp: String, periode: String, known: String } =>
        id "tidak ada Realisasi SKP {skp} untuk periode {periode}; formulir dicetak tanpa realisasi dan penilaian (periode yang dinilai: {known})",
        en "no Realisasi of SKP {skp} for period {periode}; the form is printed without realisation or appraisal (periods evaluated: {known})";
    RenderRealisasiUnreadable { file: String } =>
        id "{file} menyatakan `kind: Realisasi` tetapi tidak dapat dibaca; formulir evaluasi tidak dicetak kosong seolah-olah belum dinilai",
        en "{file} declares `kind: Realisasi` but cannot be read; the evaluation form is not printed blank as if nothing had been appraised";
    HelpFixUnreadable =>
        id "`skp check` menunjuk baris yang salah; perbaiki berkas itu, lalu jalankan perintah ini lagi",
        en "`skp check` points at the faulty line; fix that file, then run this command again";
    MaskForTools { format: String } =>
        id "--mask tidak dapat digabung dengan format {format}: NIP di jalur berkas ikut disamarkan, sehingga anotasi menunjuk berkas yang tidak ada dan berkas dua pegawai menjadi satu",
        en "--mask cannot be combined with the {format} format: the NIPs in file paths are masked too, so annotations would point at files that do not exist and two employees' files would become one";
    HelpMaskForTools =>
        id "keluaran untuk alat CI tidak disamarkan (temuan data pribadi sudah disamarkan dalam pesannya); gunakan --mask untuk keluaran yang dibaca orang: human, concise, json, atau `skp report`",
        en "output for CI tools is not masked (findings about personal data are already masked in their messages); use --mask for output people read: human, concise, json, or `skp report`";
    StatisticsWithFormat { format: String } =>
        id "--statistics mencetak tabel jumlah temuan per aturan, bukan format {format}; jalankan keduanya terpisah, atau tulis laporan {format} dengan `-o {format}=BERKAS`",
        en "--statistics prints a table of findings per rule, not the {format} format; run them separately, or write the {format} report with `-o {format}=FILE`";
    OutputEvidenceFolder { path: String } =>
        id "{path} berada di dalam folder `bukti/`, tempat bukti dukung yang dicatat dengan hash SHA-256; keluaran yang ditulis ke sana akan mengubah atau menyamarkan bukti",
        en "{path} is inside a `bukti/` folder, where evidence is recorded by its SHA-256; output written there would change evidence or pass for it";
    OutputRecordedEvidence { path: String, ledger: String } =>
        id "{path} dicatat sebagai bukti dukung di {ledger} dan disimpan di tempatnya, tanpa salinan di folder `bukti/`; keluaran yang ditulis ke sana akan menghapus bukti itu",
        en "{path} is recorded as evidence in {ledger} and kept where it is, with no copy in a `bukti/` folder; output written there would destroy that evidence";
    PlanHasErrors { skp: String, n: usize, file: String, code: String, line: u32 } =>
        id "SKP {skp} masih memiliki {n} kesalahan struktur, SMART atau keselarasan (pertama: {code} di baris {line}); perbaiki dengan bantuan `skp check {file}` sebelum dicetak atau disetujui",
        en { format!("SKP {skp} still has {n} structure, SMART or alignment error{} (first: {code} at line {line}); fix {} with `skp check {file}` before it is printed or approved", if *n == 1 { "" } else { "s" }, if *n == 1 { "it" } else { "them" }) };
    RenderUnfinished { file: String, n: usize, code: String, line: u32 } =>
        id "BELUM DAPAT DITANDATANGANI: {file} masih memiliki {n} kesalahan (pertama: {code} di baris {line}); isi dan angka yang tercetak dapat keliru. Perbaiki dengan bantuan `skp check {file}`, lalu cetak ulang.",
        en "NOT READY TO SIGN: {file} still has {n} error(s) (first: {code} at line {line}); what is printed may be wrong. Fix it with `skp check {file}`, then print again.";
    EvaluationHasErrors { periode: String, n: usize, file: String, code: String, line: u32 } =>
        id "penilaian periode {periode} bertumpu pada {file}, yang masih memiliki {n} kesalahan (pertama: {code} di baris {line}); yang tercetak belum dapat ditandatangani: perbaiki dengan bantuan `skp check {file}`",
        en { format!("the {periode} evaluation{} on {file}, which still has {n} error{} (first: {code} at line {line}); the printed form is not ready to sign: fix {} with `skp check {file}`", if periode.contains(',') { "s rest" } else { " rests" }, if *n == 1 { "" } else { "s" }, if *n == 1 { "it" } else { "them" }) };
    OutputMaybeEvidence { path: String, ledger: String } =>
        id "{path} disebut di buku catatan bukti {ledger}, yang tidak dapat dibaca utuh; berkas itu mungkin bukti dukung yang disimpan di tempatnya, dan skp tidak menimpanya",
        en "{path} is named in the evidence ledger {ledger}, which cannot be read whole; the file may be evidence kept where it is, and skp does not replace it";
    HelpOutputMaybeEvidence =>
        id "perbaiki buku catatan itu (`skp check` menunjukkan masalahnya), atau tulis keluaran ke nama lain",
        en "repair that ledger (`skp check` shows what is wrong with it), or write the output to another name";
    OutputNotAFolder { path: String, file: String } =>
        id "{path}: {file} adalah berkas, bukan folder",
        en "{path}: {file} is a file, not a folder";
    HelpOutputEvidenceFolder =>
        id "tulis laporan di luar folder `bukti/`, misalnya di akar ruang kerja atau di folder `laporan/`",
        en "write the report outside the `bukti/` folder, e.g. at the workspace root or in a `laporan/` folder";
    OutputExists { path: String } =>
        id "{path} sudah ada; skp tidak menimpanya tanpa --force (mungkin isinya sudah diisi dan belum diimpor)",
        en "{path} exists; skp does not replace it without --force (it may have been filled in and not imported yet)";
    HelpOutputExists =>
        id "pilih nama lain, atau jalankan lagi dengan --force untuk menggantinya",
        en "choose another name, or run again with --force to replace it";
    OutputIsInput { path: String } =>
        id "`-o {path}` menamai berkas yang juga dibaca atau ditulis perintah ini; keluarannya akan menimpanya",
        en "`-o {path}` names a file this command also reads or writes; the output would replace it";
    HelpOutputDotDot =>
        id "tulis jalurnya tanpa `..` (misalnya `laporan.txt` untuk `x/../laporan.txt`), atau buat dulu foldernya",
        en "write the path without `..` (e.g. `laporan.txt` for `x/../laporan.txt`), or make the folder first";
    HelpOutputOtherName =>
        id "tulis keluaran ke nama lain, misalnya dengan akhiran .html, .xlsx, .json atau .txt",
        en "write the output to another name, e.g. ending in .html, .xlsx, .json or .txt";
    HelpOutputFailed =>
        id "periksa bahwa foldernya ada dan dapat ditulis (izin, ruang disk, berkas terkunci), atau tulis ke nama atau folder lain",
        en "check that the folder exists and can be written (permissions, disk space, a locked file), or write to another name or folder";
    OutputFailed { error: String } =>
        id "keluaran tidak dapat ditulis: {error}",
        en "output cannot be written: {error}";
    BadLang { value: String } =>
        id "bahasa `{value}` tidak dikenal; pilih id atau en",
        en "unknown language `{value}`; choose id or en";
    BadDateArg { value: String } =>
        id "`{value}` bukan tanggal YYYY-MM-DD",
        en "`{value}` is not a YYYY-MM-DD date";
    InitExists { path: String } =>
        id "{path} sudah ada; skp init tidak pernah menimpa berkas",
        en "{path} already exists; skp init never overwrites a file";
    HelpInitExists =>
        id "pilih folder lain, atau pindahkan berkas yang ada bila memang ingin memulai ulang",
        en "choose another folder, or move the existing file away if you want to start over";
    InitInsideWorkspace { path: String, root: String } =>
        id "{path} ada di dalam ruang kerja {root}; ruang kerja baru di sana membuat `skp check` di {root} melewati seluruh folder itu",
        en "{path} is inside the workspace {root}; a new workspace there makes `skp check` in {root} skip that whole folder";
    HelpInitInsideWorkspace =>
        id "untuk menambah SKP pakai `skp init --skp`; bila memang perlu ruang kerja tersendiri, ulangi dengan `--nested`",
        en "to add an SKP use `skp init --skp`; if a workspace of its own is really meant, run again with `--nested`";
    InitFolderIsFile { path: String } =>
        id "{path} sudah ada sebagai berkas, padahal skp init perlu folder dengan nama itu; tidak ada yang ditulis",
        en "{path} exists as a file where skp init needs a folder of that name; nothing was written";
    InitSkpElsewhere { nip: String, tahun: i32, file: String } =>
        id "NIP {nip} sudah punya SKP tahun {tahun} di {file}; sunting berkas itu. Bila pegawai ini mutasi dan perlu SKP kedua, salin berkas itu dan atur `periode_penilaian` keduanya agar tidak tumpang tindih (F013)",
        en "NIP {nip} already has an SKP for {tahun} in {file}; edit that file. If this employee moved post and needs a second SKP, copy that file and set both files' `periode_penilaian` so that they do not overlap (F013)";
    InitWriteFailed { path: String, error: String } =>
        id "{path} tidak dapat ditulis: {error}",
        en "{path} cannot be written: {error}";
    InitDone { path: String, files: usize } =>
        id "ruang kerja dibuat di {path} ({files} berkas); jalankan `skp check` di sana",
        en "workspace created in {path} ({files} files); run `skp check` there";
    MphLinkNotInSheet { file: String, rhk: String, reference: String } =>
        id "{file}: {rhk} masih mengintervensi {reference}, yang tidak lagi disebut matriks ini; `import --mph` hanya menambah tautan, jadi hapus sendiri dari `intervensi` bila memang tidak berlaku lagi",
        en "{file}: {rhk} still intervenes in {reference}, which this matrix no longer names; `import --mph` only adds links, so remove it from `intervensi` yourself if it no longer holds";
    ImportDropsReferenced { path: String, id: String, by: String } =>
        id "{path}: {id} tidak ada lagi di rencana yang diimpor, padahal dirujuk {by}; rujukan itu kini menunjuk ke yang tidak ada (`skp check`: B104, N102); kembalikan id-nya di spreadsheet, atau perbarui rujukannya",
        en "{path}: {id} is no longer in the imported plan, yet {by} still names it; those records now point at nothing (`skp check`: B104, N102); restore the id in the spreadsheet, or update the records";
    ImportReplacesApproved { path: String } =>
        id "{path} sudah disetujui pejabat penilai; isinya berubah, jadi persetujuannya tidak lagi berlaku sampai dicatat ulang (`skp approve`; `skp check`: A101)",
        en "{path} was approved by the appraiser; its content changes, so the approval no longer holds until it is recorded again (`skp approve`; `skp check`: A101)";
    InitJptNoAcuan { tahun: i32 } =>
        id "ruang kerja belum memuat Perjanjian Kinerja atau Renstra tahun {tahun}: RHK SKP JPT wajib mengacu sasarannya (`acuan`), jadi `skp check` melaporkan K107 sampai PK dicatat dan `acuan` diisi",
        en "the workspace has no Perjanjian Kinerja or Renstra for {tahun} yet: a JPT plan's RHK must refer to one of its sasaran (`acuan`), so `skp check` reports K107 until a PK is recorded and `acuan` filled in";
    InitSkpDone { path: String } =>
        id "SKP baru ditulis ke {path}; lengkapi RHK dan indikatornya, lalu jalankan `skp check`",
        en "new SKP written to {path}; complete its RHK and indicators, then run `skp check`";

    // ---- S rules ----
    SNormative { kata: String } =>
        id "indikator berbentuk kondisi normatif (`{kata}`), bukan ukuran",
        en "the indicator is a normative condition (`{kata}`), not a measure";
    HelpSNormative { saran: String, persen: String } =>
        id "tulis sebagai ukuran, misalnya \"{saran}\" atau \"{persen}\"",
        en "write it as a measure, e.g. \"{saran}\" or \"{persen}\"";
    HelpSNormativeActivity =>
        id "tulis sebagai ukuran dari apa yang berubah karena kegiatan itu, bukan jumlah atau persentase kegiatannya, misalnya \"Persentase kesepakatan rapat yang ditindaklanjuti\" atau \"Persentase permohonan izin yang diselesaikan sesuai standar pelayanan\"",
        en "write it as a measure of what changes because of the activity, not how many or what share of the activities took place, e.g. \"Persentase kesepakatan rapat yang ditindaklanjuti\" or \"Persentase permohonan izin yang diselesaikan sesuai standar pelayanan\"";
    SNoMeasure { awal: String } =>
        id "indikator tidak diawali kata ukuran (diawali `{awal}`)",
        en "the indicator does not start with a measure (it starts with `{awal}`)";
    HelpSNoMeasure { teks: String } =>
        id "awali dengan apa yang diukur: Jumlah, Persentase, Indeks, Tingkat, Nilai, Rasio, Rata-rata, Waktu, Ketepatan waktu …, misalnya \"Persentase {teks} …\"",
        en "start with what is measured: Jumlah, Persentase, Indeks, Tingkat, Nilai, Rasio, Rata-rata, Waktu, Ketepatan waktu …, e.g. \"Persentase {teks} …\"";
    HelpSNoMeasureActivity =>
        id "awali dengan apa yang diukur (Jumlah, Persentase, Indeks, Tingkat …) dari apa yang berubah karena kegiatan itu, bukan dari kegiatannya, misalnya \"Persentase kesepakatan rapat yang ditindaklanjuti\" atau \"Persentase permohonan izin yang diselesaikan sesuai standar pelayanan\"",
        en "start with what is measured (Jumlah, Persentase, Indeks, Tingkat …) of what changes because of the activity, not of the activity itself, e.g. \"Persentase kesepakatan rapat yang ditindaklanjuti\" or \"Persentase permohonan izin yang diselesaikan sesuai standar pelayanan\"";
    HelpSNoMeasureRecord =>
        id "awali dengan apa yang diukur (Jumlah, Persentase, Indeks, Tingkat …) dari hasil pekerjaan yang dicatat, bukan dari catatannya, misalnya \"Persentase aset sekolah yang tercatat dan dalam kondisi baik\"; catatannya menjadi bukti dukung",
        en "start with what is measured (Jumlah, Persentase, Indeks, Tingkat …) of what the recorded work achieves, not of the record, e.g. \"Persentase aset sekolah yang tercatat dan dalam kondisi baik\"; the record becomes the evidence";
    STargetNotStated =>
        id "target tidak tercantum pada dokumen sumber (`tidak_tercantum`): realisasi indikator ini tidak dapat dinilai sampai targetnya disepakati",
        en "the source document states no target (`tidak_tercantum`): this indicator's realisation cannot be judged until a target is agreed";
    HelpSTargetNotStated =>
        id "sepakati target bersama pejabat penilai dan tulis angkanya, misalnya `4 dokumen` atau `95 %`; biarkan `tidak_tercantum` selama dokumen yang disalin memang tidak menyebutnya",
        en "agree a target with the appraiser and write its number, e.g. `4 dokumen` or `95 %`; keep `tidak_tercantum` while the transcribed document states none";
    STargetZero { target: String } =>
        id "target `{target}` dengan polaritas naik (makin tinggi makin baik, bawaan) berarti tidak ada yang diharapkan, dan capaiannya tidak dapat dihitung",
        en "target `{target}` with polarity naik (higher is better, the default) expects nothing, and its capaian cannot be computed";
    HelpSTargetZero =>
        id "tulis hasil yang diharapkan tahun ini, misalnya `80 %` atau `4 dokumen` (sel target yang kosong sering terekspor sebagai 0); bila memang nol kejadian yang dituju, misalnya `0 insiden`, nyatakan `polaritas: turun`",
        en "write the result expected this year, e.g. `80 %` or `4 dokumen` (an empty target cell is often exported as 0); if zero occurrences is the aim, e.g. `0 insiden`, state `polaritas: turun`";
    STargetEmpty =>
        id "target kosong",
        en "the target is empty";
    STargetPlaceholder { target: String } =>
        id "target `{target}` masih berupa isian kosong",
        en "target `{target}` is still a placeholder";
    STargetNoNumber { target: String } =>
        id "target `{target}` tidak memuat angka",
        en "target `{target}` contains no number";
    STargetNotLeadingNumber { target: String } =>
        id "target `{target}` tidak diawali angka yang dapat dinilai",
        en "target `{target}` does not start with a number that can be scored";
    STargetDate { target: String } =>
        id "target `{target}` berupa tanggal, bukan angka yang dapat dinilai",
        en "target `{target}` is a date, not a number that can be scored";
    STargetBadDate { target: String } =>
        id "tenggat `{target}` tidak menyebut hari yang ada (tanggalnya tidak ada, tahunnya tidak ditulis, atau bentuknya tidak dikenal)",
        en "deadline `{target}` names no day that exists (the date does not exist, the year is missing, or the form is unknown)";
    HelpSTargetBadDate =>
        id "tulis tenggat lengkap dengan tahunnya, misalnya `paling lambat 31 Desember 2026` atau `paling lambat 31/12/2026`",
        en "write the deadline in full with its year, e.g. `paling lambat 31 Desember 2026` or `paling lambat 31/12/2026`";
    HelpSTargetDate { target: String } =>
        id "bila ini tenggat, tulis `paling lambat {target}`; bila bukan, spreadsheet mungkin mengubah rentang seperti `1-4` menjadi tanggal: tulis kembali rentangnya dengan satuan (`1-4 dokumen`) dan format selnya sebagai Teks",
        en "if this is a deadline, write `paling lambat {target}`; if not, a spreadsheet may have turned a range such as `1-4` into a date: write the range again with its unit (`1-4 dokumen`) and format the cell as Text";
    HelpSTarget =>
        id "tulis angka dan satuannya, misalnya `4 dokumen`, `95 %`, `≤ 3 hari kerja`; tenggat ditulis sebagai tanggal, misalnya `31 Desember 2026`; target kategoris ditulis `{{ kategori: WTP }}`; target deskriptif hanya untuk `pendekatan: kualitatif`",
        en "write a number with its unit, e.g. `4 dokumen`, `95 %`, `≤ 3 hari kerja`; a deadline is a date, e.g. `31 Desember 2026`; a categorical target is `{{ kategori: WTP }}`; descriptive targets are for `pendekatan: kualitatif` only";
    SUnitMissing =>
        id "target tanpa satuan",
        en "the target has no unit";
    SUnitPlaceholder { satuan: String } =>
        id "satuan `{satuan}` hanya isian templat: satuannya belum ditulis",
        en "the unit `{satuan}` is only a template's placeholder: no unit is written";
    HelpSUnitMissing =>
        id "tulis satuannya di target (`4 dokumen`, `3 hari kerja`) atau di kolom `satuan`",
        en "write the unit in the target (`4 dokumen`, `3 hari kerja`) or in `satuan`";
    SUnitContradicts { kata: String, satuan: String } =>
        id "indikator `{kata}` memakai satuan `{satuan}` yang tidak cocok",
        en "a `{kata}` indicator uses the unit `{satuan}`, which does not fit";
    HelpSUnitContradicts { kata: String } =>
        id { match kata.as_str() { "persentase" | "proporsi" => "indikator Persentase diukur dalam %; bila yang dihitung dokumen atau laporan, rumuskan sebagai \"Jumlah …\"".to_string(), "jumlah" | "banyaknya" => "indikator Jumlah diukur dengan satuan hitungan (dokumen, laporan, orang); bila yang diukur bagian dari keseluruhan, rumuskan sebagai \"Persentase …\"".to_string(), "waktu" | "lama" | "durasi" | "rata-rata" => "indikator waktu diukur dalam satuan waktu (jam, hari kerja, bulan)".to_string(), "ketepatan" => "indikator Ketepatan diukur dalam % (bagian yang tepat) atau dalam satuan waktu (hari kerja, bulan), bukan dengan satuan hitungan; bila yang dihitung laporan atau dokumen, rumuskan sebagai \"Jumlah …\"".to_string(), "tingkat" | "rasio" | "capaian" => format!("indikator {} diukur dalam % atau skala, bukan dengan satuan hitungan; bila yang dihitung dokumen atau orang, rumuskan sebagai \"Jumlah …\"", match kata.as_str() { "tingkat" => "Tingkat", "rasio" => "Rasio", _ => "Capaian" }), _ => "indikator Indeks/Nilai diukur dalam skala indeks atau poin, bukan %".to_string() } },
        en { match kata.as_str() { "persentase" | "proporsi" => "a Persentase indicator is measured in %; if documents or reports are counted, phrase it as \"Jumlah …\"".to_string(), "jumlah" | "banyaknya" => "a Jumlah indicator is measured in countable units (dokumen, laporan, orang); if a share is measured, phrase it as \"Persentase …\"".to_string(), "waktu" | "lama" | "durasi" | "rata-rata" => "a time indicator is measured in time units (jam, hari kerja, bulan)".to_string(), "ketepatan" => "a Ketepatan indicator is measured in % (the share that was on time or accurate) or in time units (hari kerja, bulan), not in countable units; if reports or documents are counted, phrase it as \"Jumlah …\"".to_string(), "tingkat" | "rasio" | "capaian" => format!("a {} indicator is measured in % or on a scale, not in countable units; if documents or people are counted, phrase it as \"Jumlah …\"", match kata.as_str() { "tingkat" => "Tingkat", "rasio" => "Rasio", _ => "Capaian" }), _ => "an Indeks/Nilai indicator is measured on an index scale or in points, not in %".to_string() } };
    SUnitCountsOther { objek: String, satuan: String } =>
        id "indikator menghitung `{objek}`, tetapi satuan `{satuan}` menghitung hal lain",
        en "the indicator counts `{objek}`, but the unit `{satuan}` counts something else";
    HelpSUnitCountsOther { objek: String } =>
        id "satuan menyebut apa yang dihitung indikator (`{objek}`); bila yang dihasilkan memang hal lain, rumuskan indikatornya menurut hasil itu (\"Jumlah laporan …\", \"Jumlah pegawai yang …\")",
        en "the unit names what the indicator counts (`{objek}`); if the output is really something else, phrase the indicator by that output (\"Jumlah laporan …\", \"Jumlah pegawai yang …\")";
    SPercentOfIndex { kata: String } =>
        id "\"Persentase {kata}\" mencampur dua ukuran: persentase adalah bagian dari keseluruhan, {kata} sudah berupa skala",
        en "\"Persentase {kata}\" mixes two measures: a percentage is a share of a whole, an {kata} is already a scale";
    HelpSPercentOfIndex =>
        id "ukur indeks atau nilainya langsung (\"Indeks KAMI\", target 3,5 poin), atau persentase hal yang dapat dihitung (\"Persentase unit dengan Indeks KAMI kategori baik\")",
        en "measure the index or score itself (\"Indeks KAMI\", target 3.5 points), or a share of countable things (\"Persentase unit dengan Indeks KAMI kategori baik\")";
    SPercentOver100 { nilai: f64 } =>
        id { format!("target {} % melebihi 100 % pada indikator proporsi", number_in(*nilai, Lang::Id)) },
        en { format!("target {} % exceeds 100 % for an indicator that measures a share", number_in(*nilai, Lang::En)) };
    HelpSPercentOver100 =>
        id "indikator proporsi paling banyak 100 %; bila yang diukur pertumbuhan atau rasio, sebutkan dalam rumusan indikatornya",
        en "a share is at most 100 %; if growth or a ratio is measured, say so in the indicator";
    SRangeInverted { min: f64, maks: f64 } =>
        id { format!("rentang target terbalik: batas bawah {} lebih besar dari batas atas {}", number_in(*min, Lang::Id), number_in(*maks, Lang::Id)) },
        en { format!("inverted target range: lower bound {} is above upper bound {}", number_in(*min, Lang::En), number_in(*maks, Lang::En)) };
    HelpSRangeInverted { min: String, maks: String } =>
        id "tulis dari yang kecil ke yang besar: {min}-{maks}",
        en "write it from low to high: {min}-{maks}";
    SPolarityDown =>
        id "`polaritas: turun` pada indikator yang menghitung hasil yang diselesaikan (makin banyak makin baik)",
        en "`polaritas: turun` on an indicator that counts finished results (more is better)";
    HelpSPolarityDown =>
        id "hapus `polaritas: turun` (bawaan naik), atau rumuskan ulang indikatornya bila yang diukur memang harus turun",
        en "remove `polaritas: turun` (the default is naik), or rephrase the indicator if it really should go down";
    SPolarityDecreasing { kata: String, tertulis: bool } =>
        id { format!("indikator ini mengukur hal yang makin sedikit makin baik (`{kata}`), tetapi polaritasnya naik{}: capaian akan terhitung terbalik", if *tertulis { "" } else { " (bawaan)" }) },
        en { format!("this indicator measures something that is better when lower (`{kata}`), but its polarity is naik{}: achievement would be computed backwards", if *tertulis { "" } else { " (the default)" }) };
    HelpSPolarityDecreasing { tertulis: bool } =>
        id { format!("{} `polaritas: turun`, atau ukur penanganannya (\"Persentase kasus yang ditangani\", \"Persentase penurunan angka kemiskinan\")", if *tertulis { "ubah menjadi" } else { "tambahkan" }) },
        en { format!("{} `polaritas: turun`, or measure how it is handled (\"Persentase kasus yang ditangani\", \"Persentase penurunan angka kemiskinan\")", if *tertulis { "change it to" } else { "add" }) };
    HelpSPolarityCost { tertulis: bool } =>
        id { format!("{} `polaritas: turun`: biaya yang lebih rendah untuk hasil yang sama lebih baik", if *tertulis { "ubah menjadi" } else { "tambahkan" }) },
        en { format!("{} `polaritas: turun`: a lower cost for the same result is better", if *tertulis { "change it to" } else { "add" }) };
    SPolarityUp { tertulis: bool } =>
        id { format!("indikator waktu atau lama penyelesaian dengan polaritas naik{}: makin singkat semestinya makin baik", if *tertulis { "" } else { " (bawaan)" }) },
        en { format!("a time-to-complete indicator with polarity naik{}: shorter should be better", if *tertulis { "" } else { " (the default)" }) };
    HelpSPolarityUp { tertulis: bool } =>
        id { format!("{} `polaritas: turun`", if *tertulis { "ubah menjadi" } else { "tambahkan" }) },
        en { format!("{} `polaritas: turun`", if *tertulis { "change it to" } else { "add" }) };
    SRhkActivity { kata: String } =>
        id "RHK diawali kata kerja kegiatan `{kata}`; rumuskan sebagai hasil kerja",
        en "the RHK starts with the activity word `{kata}`; an RHK states a result, not an activity";
    HelpSRhkActivityRewrite { saran: String } =>
        id "rumuskan hasilnya, misalnya \"{saran}\", lalu ukur kualitas dan waktunya di indikator",
        en "state the result, e.g. \"{saran}\", and measure its quality and timing in the indicators";
    HelpSRhkActivity =>
        id "rumuskan apa yang dihasilkan kegiatan itu, misalnya \"Tersusunnya …\", \"Tersedianya …\", atau \"… yang terselesaikan\"",
        en "state what the activity produces, e.g. \"Tersusunnya …\", \"Tersedianya …\", or \"… yang terselesaikan\"";
    HelpSRhkProcedureOnly =>
        id "\"sesuai SOP\" dan \"tepat waktu\" berlaku bagi setiap tugas; sebutkan apa yang dihasilkan dan mutunya, misalnya \"Tersedianya data hasil sensus yang lengkap dan tervalidasi\"",
        en "\"sesuai SOP\" and \"tepat waktu\" hold for every task; state what it delivers and to what standard, e.g. \"Tersedianya data hasil sensus yang lengkap dan tervalidasi\"";
    SRhkRecordsActivity { kata: String } =>
        id "RHK hanya menyebut catatan kegiatan atau pekerjaan rutin (`{kata}`), bukan hasilnya",
        en "the RHK names only a record of an activity or of routine work (`{kata}`), not its result";
    HelpSRhkRecordsActivity =>
        id "rumuskan apa yang dihasilkan atau diubah pekerjaan itu, misalnya \"Tersedianya data kepegawaian yang mutakhir setiap bulan\" alih-alih \"Laporan kepegawaian\"; laporannya menjadi bukti dukung",
        en "state what the work produces or changes, e.g. \"Tersedianya data kepegawaian yang mutakhir setiap bulan\" instead of \"Laporan kepegawaian\"; the report becomes the evidence";
    SRhkCountsActivity { kata: String } =>
        id "RHK menyatakan bertambahnya kegiatan, pesertanya, atau catatannya (`{kata}`), bukan hasilnya",
        en "the RHK states more of an activity, its participants or its records (`{kata}`), not its result";
    HelpSRhkCountsActivity =>
        id "rumuskan apa yang berubah karena kegiatan itu, misalnya \"Meningkatnya keluarga yang menerapkan pengasuhan 1000 HPK\", bukan banyaknya peserta atau pertemuannya",
        en "state what changes because of the activity, e.g. \"Meningkatnya keluarga yang menerapkan pengasuhan 1000 HPK\", not how many took part or met";
    HelpSActivityChecked =>
        id "ukur verifikasinya dengan standar (\"Persentase RKA-SKPD yang diverifikasi paling lambat 5 hari kerja\") atau apa yang dihasilkannya (\"Persentase RKA-SKPD yang sesuai KUA-PPAS\")",
        en "measure the verification against a standard (\"Persentase RKA-SKPD yang diverifikasi paling lambat 5 hari kerja\") or by what it yields (\"Persentase RKA-SKPD yang sesuai KUA-PPAS\")";
    SRecordsActivity { kata: String } =>
        id "indikator hanya menyebut catatan kegiatan atau pekerjaan rutin (`{kata}`), bukan hasilnya",
        en "the indicator names only a record of an activity or of routine work (`{kata}`), not its result";
    SActivityCount { kata: String } =>
        id "indikator menghitung kegiatan (`{kata}`), bukan hasilnya",
        en "the indicator counts an activity (`{kata}`), not its result";
    SStatesWork { kata: String } =>
        id "indikator menyebut pekerjaannya (`{kata}` …), bukan ukuran hasilnya",
        en "the indicator states the work itself (`{kata}` …), not a measure of its result";
    HelpSStatesWork =>
        id "kegiatan itu adalah cara mencapai hasil; ukur hasilnya, misalnya \"Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar\" alih-alih \"Melaksanakan pemeriksaan ibu hamil\"; catatan kegiatannya menjadi bukti dukung",
        en "the activity is how the result is reached; measure the result, e.g. \"Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar\" instead of \"Melaksanakan pemeriksaan ibu hamil\"; the records of the activity become the evidence";
    HelpSActivityRecord =>
        id "ukur apa yang dicapai pekerjaan yang dilaporkan, bukan laporannya atau banyaknya, misalnya \"Persentase aset sekolah yang tercatat dan dalam kondisi baik\"; laporannya menjadi bukti dukung",
        en "measure what the reported work achieves, not the reports or how many there are, e.g. \"Persentase aset sekolah yang tercatat dan dalam kondisi baik\"; the reports become the evidence";
    HelpSActivityCount =>
        id "ukur apa yang berubah karena kegiatan itu, misalnya \"Persentase kesepakatan rapat yang ditindaklanjuti\" atau \"Persentase peserta yang lulus uji kompetensi\"",
        en "measure what changes because of the activity, e.g. \"Persentase kesepakatan rapat yang ditindaklanjuti\" or \"Persentase peserta yang lulus uji kompetensi\"";
    SAbsolute { kata: String } =>
        id "target mutlak (`{kata}`) pada SKP administrasi/fungsional",
        en "absolute target (`{kata}`) in an administrative/functional SKP";
    HelpSAbsolute =>
        id "target mutlak hanya untuk pekerjaan yang menyangkut nyawa, cedera, keamanan nasional, atau kerugian besar; tulis target yang dapat dicapai (misalnya 95 %), atau beri alasan: `# skp: abaikan S111 -- alasan`",
        en "absolute targets are for work involving life, injury, national security or large losses; write an achievable target (e.g. 95 %), or give the reason: `# skp: abaikan S111 -- reason`";
    SRepeatsRhk { rhk: String } =>
        id "indikator hanya mengulang rumusan {rhk}",
        en "the indicator merely repeats {rhk}";
    HelpSRepeatsRhk =>
        id "indikator menjawab bagaimana keberhasilan RHK diukur, misalnya \"Persentase …\", \"Jumlah … yang …\", \"Rata-rata waktu …\"",
        en "an indicator says how the RHK's success is measured, e.g. \"Persentase …\", \"Jumlah … yang …\", \"Rata-rata waktu …\"";
    RhkTextHere =>
        id "rumusan RHK",
        en "the RHK's text";
    SVague { frasa: String } =>
        id "kata samar tanpa ukuran: `{frasa}`",
        en "vague qualifier with no measure: `{frasa}`";
    SIkiUnrelated { rhk: String } =>
        id "indikator ini tidak tampak mengukur {rhk}: tidak ada kata pokok yang menghubungkan keduanya",
        en "this indicator does not seem to measure {rhk}: no key word links the two";
    HelpSIkiUnrelated =>
        id "ukur hasil yang dinyatakan RHK itu (bila RHK tentang sistem informasi, ukur keandalan atau pemanfaatan sistemnya), atau pindahkan indikator ini ke RHK yang memang diukurnya",
        en "measure the result the RHK states (for an RHK about an information system, its availability or use), or move this indicator to the result it does measure";
    SVagueObject { frasa: String } =>
        id "`{frasa}` tidak menyebut keluaran yang dapat dihitung atau diperiksa",
        en "`{frasa}` names no output that can be counted or checked";
    HelpSVagueObject =>
        id "sebutkan keluarannya dan ukurannya: dokumen apa, layanan apa, menurut standar apa (misalnya \"Persentase alat kesehatan sesuai standar SPM yang tersedia\" atau \"Jumlah rancangan peraturan daerah yang ditetapkan\")",
        en "name the output and its measure: which document, which service, against which standard (e.g. \"Persentase alat kesehatan sesuai standar SPM yang tersedia\" or \"Jumlah rancangan peraturan daerah yang ditetapkan\")";
    SVagueShare { frasa: String } =>
        id "`{frasa}`: persentase dari apa? Tidak disebut syarat yang membuat sebuah dokumen terhitung",
        en "`{frasa}`: a percentage of what? Nothing says what makes a document count";
    HelpSVagueShare =>
        id "sebutkan syaratnya, misalnya \"Persentase dokumen perencanaan yang disahkan tepat waktu\" atau \"Persentase laporan keuangan sesuai SAP\"; untuk satu dokumen, ukur \"Jumlah dokumen …\" atau ketepatan waktunya",
        en "state the criterion, e.g. \"Persentase dokumen perencanaan yang disahkan tepat waktu\" or \"Persentase laporan keuangan sesuai SAP\"; for a single document, measure \"Jumlah dokumen …\" or its timeliness";
    SVagueCondition { frasa: String } =>
        id "`{frasa}`: kondisi yang mana? Tidak disebut kondisi yang dihitung",
        en "`{frasa}`: which condition? Nothing says which condition is counted";
    HelpSVagueCondition =>
        id "sebutkan kondisi yang dihitung dan ukurannya, misalnya \"Persentase jaringan irigasi dalam kondisi baik\" atau \"Persentase jalan kabupaten dalam kondisi mantap\"",
        en "name the condition counted and how it is rated, e.g. \"Persentase jaringan irigasi dalam kondisi baik\" or \"Persentase jalan kabupaten dalam kondisi mantap\"";
    HelpSVague =>
        id "ganti dengan ukuran yang dapat diperiksa dari bukti: standar (\"sesuai SOP\"), tenggat (\"paling lambat tanggal 10 bulan berikutnya\"), atau batas yang dapat dihitung (\"paling banyak satu kali revisi\", \"≥ 90 %\")",
        en "replace it with something evidence can settle: a standard (\"sesuai SOP\"), a deadline (\"paling lambat tanggal 10 bulan berikutnya\"), or a countable limit (\"paling banyak satu kali revisi\", \"≥ 90 %\")";
    SMissingAspect { aspek: String } =>
        id "RHK tidak memiliki indikator aspek {aspek}",
        en "the RHK has no indicator for aspect {aspek}";
    SOnlyQuantity =>
        id "RHK hanya diukur dari aspek kuantitas: tidak ada indikator kualitas, waktu, atau biaya",
        en "the RHK is measured for quantity only: no quality, time or cost indicator";
    HelpSMissingAspect =>
        id "ukur juga mutu, ketepatan waktu, atau biaya hasil itu (PermenPANRB 6/2022: kuantitas, kualitas, waktu, dan/atau biaya), misalnya \"Persentase dokumen yang diterima tanpa revisi mayor\"",
        en "also measure the quality, timeliness or cost of the result (PermenPANRB 6/2022: quantity, quality, time and/or cost), e.g. \"Persentase dokumen yang diterima tanpa revisi mayor\"";
    SJptPerspektif { iki: String } =>
        id "indikator SKP JPT tanpa `perspektif`: {iki}",
        en "JPT SKP indicators without `perspektif`: {iki}";
    HelpSJptPerspektif =>
        id "tambahkan `perspektif:` penerima_layanan, proses_bisnis, penguatan_internal, atau anggaran",
        en "add `perspektif:` penerima_layanan, proses_bisnis, penguatan_internal or anggaran";
    SIdentical { lain: String } =>
        id "indikator ini sama dengan {lain} dalam RHK yang sama",
        en "this indicator is the same as {lain} in the same RHK";
    HelpSIdentical =>
        id "hapus salah satunya, atau ubah menjadi ukuran aspek lain (kualitas, waktu)",
        en "remove one, or turn it into a measure of another aspect (quality, time)";
    SIkiAspek =>
        id "indikator tanpa `aspek`",
        en "indicator without `aspek`";
    HelpSIkiAspek =>
        id "tambahkan `aspek:` kuantitas, kualitas, waktu, atau biaya",
        en "add `aspek:` kuantitas, kualitas, waktu or biaya";
    SNoUtama =>
        id "SKP tidak memiliki RHK utama",
        en "the SKP has no main (utama) RHK";
    HelpSNoUtama =>
        id "paling sedikit satu RHK harus `jenis: utama`",
        en "at least one RHK must be `jenis: utama`";

    // ---- Suppressions (F021, F022) ----
    SuppressionNoReason =>
        id "`skp: abaikan` tanpa alasan",
        en "suppression without a reason";
    SuppressionUnknownCode { code: String } =>
        id { if code.is_empty() { "`skp: abaikan` tanpa kode aturan".to_string() } else { format!("`skp: abaikan` menyebut kode aturan yang tidak dikenal: `{code}`") } },
        en { if code.is_empty() { "suppression without a rule code".to_string() } else { format!("suppression names an unknown rule code: `{code}`") } };
    HelpSuppressionForm =>
        id "tulis `# skp: abaikan KODE -- alasan` pada baris temuan atau baris di atasnya",
        en "write `# skp: abaikan CODE -- reason` on the finding's line or the line above";
    SuppressionUnused { kode: String } =>
        id "`abaikan {kode}` tidak menyembunyikan temuan apa pun",
        en "suppression of {kode} hides no finding";
    HelpSuppressionUnused =>
        id "hapus komentar ini, atau pindahkan ke baris temuan atau baris di atasnya",
        en "remove this comment, or move it to the finding's line or the line above";

    // ---- K rules ----
    KUnlinked { rhk: String } =>
        id "RHK utama {rhk} tidak mengintervensi hasil kerja atasan dan tidak mengacu PK/Renstra",
        en "main RHK {rhk} neither serves a superior's result nor refers to the PK/Renstra";
    HelpKUnlinked =>
        id "tambahkan `intervensi: RHK-…` (RHK pejabat penilai atau atasan kinerja yang diintervensi) atau `acuan: [PK-…/S…]`",
        en "add `intervensi: RHK-…` (the appraiser's or atasan_kinerja's RHK it serves) or `acuan: [PK-…/S…]`";
    KUnknownDoc { doc: String } =>
        id "referensi menunjuk dokumen `{doc}` yang tidak ada di ruang kerja",
        en "the reference names `{doc}`, which is not in the workspace";
    HelpKUnknownDoc =>
        id "periksa id SKP, Renstra, atau PK (atau NIP) yang dirujuk; `skp check --list-files` menampilkan berkas yang dibaca",
        en "check the SKP, Renstra or PK id (or NIP) referred to; `skp check --list-files` shows the files read";
    HelpKClosest { ids: String } =>
        id "id terdekat di dokumen tujuan: {ids}",
        en "closest ids in the target document: {ids}";
    HelpKRhkList { list: String } =>
        id "RHK di dokumen tujuan: {list}",
        en "RHKs in the target document: {list}";
    KUnknownEntry { entry: String, doc: String } =>
        id "`{entry}` tidak ada di {doc}",
        en "`{entry}` does not exist in {doc}";
    KAmbiguous { nip: String, skp: String } =>
        id "NIP {nip} memiliki beberapa SKP yang beririsan dengan periode SKP ini: {skp}",
        en "NIP {nip} has several SKPs overlapping this SKP's period: {skp}";
    HelpKAmbiguous =>
        id "tulis id SKP yang dimaksud (ID-SKP/ENTRI), atau perbaiki periode_penilaian kedua SKP itu",
        en "write the intended SKP id (SKP-ID/ENTRY), or fix the periode_penilaian of those SKPs";
    KCandidate =>
        id "calon",
        en "candidate";
    KOtherYear { target: String, tahun: String, tahun_sendiri: i32 } =>
        id "referensi ke {target} tahun {tahun}, padahal dokumen ini tahun {tahun_sendiri}",
        en "reference to {target} of {tahun}, while this document is for {tahun_sendiri}";
    HelpKOtherYear =>
        id "rujuk dokumen tahun yang sama (sisa salinan dari tahun lalu?)",
        en "refer to the document of the same year (left over from last year's copy?)";
    KNotSuperior { target: String, pemilik: String } =>
        id "hasil yang diintervensi ({target}) milik {pemilik}, bukan pejabat penilai maupun atasan kinerja",
        en "the served result ({target}) belongs to {pemilik}, who is neither the appraiser nor atasan_kinerja";
    HelpKNotSuperior =>
        id "intervensi RHK pejabat penilai; pada cascading dua tingkat isi `atasan_kinerja` dengan NIP ketua tim",
        en "serve the appraiser's RHK; in two-level cascading set `atasan_kinerja` to the team lead's NIP";
    KNoSuperiorSkp { nip: String } =>
        id "SKP atasan (NIP {nip}) untuk referensi tanpa awalan tidak ada di ruang kerja",
        en "the superior's SKP (NIP {nip}) for this bare reference is not in the workspace";
    HelpKNoSuperiorSkp =>
        id "tambahkan SKP atasan ke repositori, atau tulis referensi lengkap DOK/ENTRI",
        en "add the superior's SKP to the repository, or write a full DOC/ENTRY reference";
    KJptWithoutAcuan { rhk: String } =>
        id "RHK {rhk} pada SKP JPT tidak mengacu Perjanjian Kinerja/Renstra",
        en "RHK {rhk} of a JPT SKP does not refer to the Perjanjian Kinerja/Renstra";
    HelpKJptWithoutAcuan =>
        id "tambahkan `acuan: [PK-…/S…]` ke sasaran atau indikator PK yang diwujudkan RHK ini",
        en "add `acuan: [PK-…/S…]` naming the PK sasaran or indicator this RHK delivers";
    KPkWithoutAcuan { sasaran: String } =>
        id "sasaran PK {sasaran} tidak mengacu Renstra",
        en "PK sasaran {sasaran} does not refer to the Renstra";
    HelpKPkWithoutAcuan =>
        id "tambahkan `acuan: [RENSTRA-…/SS…]`",
        en "add `acuan: [RENSTRA-…/SS…]`";
    HelpKPkNoRenstra =>
        id "ruang kerja ini tidak memuat Renstra: tambahkan berkas Renstra unit Anda agar sasaran PK dapat dirujuk ke sasaran strategisnya (`acuan: [RENSTRA-…/SS…]`)",
        en "this workspace holds no Renstra: add your unit's Renstra file so that PK sasaran can cite its strategic goals (`acuan: [RENSTRA-…/SS…]`)";
    KSamePositionOther { jabatan: String, rekan: String } =>
        id "{jabatan} ini mengintervensi hasil atasan yang berbeda dari rekan dengan nama jabatan yang sama ({rekan}); wajar bila tugasnya memang berbeda",
        en "this {jabatan} serves different superior results than a colleague with the same title ({rekan}); normal when their work differs";
    KCycle { rantai: String } =>
        id "rantai intervensi melingkar: {rantai}",
        en "the intervensi chain is a cycle: {rantai}";
    HelpKCycle =>
        id "intervensi berjalan dari bawahan ke atasan; hapus referensi yang mengarah balik",
        en "intervensi runs from subordinate to superior; remove the reference that points back";
    KSnapshotStale { target: String } =>
        id "salinan teks hasil yang diintervensi ({target}) sudah berbeda dari rumusannya sekarang",
        en "the snapshot of the served result ({target}) differs from its current text";
    HelpKSnapshotStale { sekarang: String } =>
        id "periksa apakah RHK ini masih mengintervensi hasil itu, lalu perbarui `teks` menjadi: {sekarang}",
        en "check that this RHK still serves that result, then update `teks` to: {sekarang}";
    KPkUnserved { indikator: String } =>
        id "indikator PK {indikator} belum dijabarkan ke RHK mana pun di ruang kerja",
        en "PK indicator {indikator} is not served by any RHK in the workspace";
    HelpKPkUnserved =>
        id "bagi target ini ke RHK pejabat yang bertanggung jawab lewat `acuan`, atau biarkan bila dikerjakan pimpinan sendiri",
        en "assign this target to the responsible official's RHK through `acuan`, or leave it if the leader delivers it personally";
    KResultUnserved { rhk: String } =>
        id "{rhk} belum diintervensi RHK bawahan mana pun",
        en "{rhk} is not served by any subordinate's RHK";
    HelpKResultUnserved =>
        id "bagi peran hasilnya kepada bawahan (Matriks Peran Hasil: `skp report mph`), atau biarkan bila dikerjakan sendiri",
        en "share its result roles among subordinates (Matriks Peran Hasil: `skp report mph`), or leave it if done personally";
    KSamePosition { jabatan: String, rekan: String } =>
        id "{jabatan} ini mengintervensi hasil atasan yang berbeda dari rekan sejabatannya ({rekan})",
        en "this {jabatan} serves different superior results than a colleague in the same position ({rekan})";
    HelpKSamePosition =>
        id "jabatan yang sama di bawah atasan yang sama lazimnya memegang peran hasil yang sama; samakan intervensinya atau beri alasan pembagian tugasnya",
        en "the same position under the same superior normally holds the same result roles; align the intervensi or record why the work is split";
    KColleague =>
        id "rekan sejabatan",
        en "colleague in the same position";
    KRestates { target: String } =>
        id "RHK ini hanya mengulang rumusan hasil yang diintervensinya ({target})",
        en "this RHK merely restates the result it serves ({target})";
    HelpKRestates =>
        id "rumuskan bagian hasil yang menjadi tanggung jawab jabatan ini (peran hasil), bukan hasil atasan",
        en "state the part of the result this position is responsible for (its result role), not the superior's result";
    KCopiedYear { tahun: i32 } =>
        id "SKP ini sama persis dengan SKP tahun {tahun} pegawai yang sama",
        en "this SKP is identical to the same employee's SKP of {tahun}";
    KCopiedColleague { nama: String, jabatan: String } =>
        id "SKP ini sama persis dengan SKP {nama} ({jabatan}), beda jabatan dan unit kerja",
        en "this SKP is identical to the SKP of {nama} ({jabatan}), a different position in another unit";
    HelpKCopied =>
        id "pastikan SKP disusun dari ekspektasi pimpinan dan dialog kinerja tahun ini, bukan disalin",
        en "make sure the SKP comes from this position's expectations and this year's performance dialogue, not a copy";
    KOriginal =>
        id "SKP yang sama",
        en "the identical SKP";
    KExternal { reference: String } =>
        id "`intervensi` {reference} ditandai eksternal: dokumennya disimpan di repositori lain, jadi keselarasannya tidak diperiksa di sini",
        en "`intervensi` {reference} is marked external: its document is kept in another repository, so its alignment is not checked here";
    HelpKExternal =>
        id "periksa referensi ini di repositori tempat SKP atasan berada; hapus `eksternal: true` bila dokumen itu ada di ruang kerja ini",
        en "check this reference in the repository that holds the superior's SKP; remove `eksternal: true` if that document is in this workspace";
    KIntervensiToOrg { doc: String } =>
        id "`intervensi` menunjuk dokumen organisasi {doc}; `intervensi` harus menunjuk RHK/IKI atasan, bukan PK/Renstra",
        en "`intervensi` names the organisation document {doc}; intervensi names people's results";
    KAcuanToSkp { doc: String } =>
        id "`acuan` menunjuk SKP {doc}; acuan menunjuk entri Renstra atau PK",
        en "`acuan` names the SKP {doc}; acuan names Renstra or PK entries";
    HelpKWrongKind =>
        id "hasil kerja atasan ditulis di `intervensi`, sasaran/indikator PK dan Renstra di `acuan`",
        en "superiors' results go in `intervensi`, PK and Renstra sasaran/indicators in `acuan`";

    // ---- tree and reports ----
    TreeTooDeep { depth: usize } =>
        id "… (rantai lebih dari {depth} tingkat tidak digambar lebih jauh; `skp tree --format json` memuat semuanya)",
        en "… (a chain deeper than {depth} levels is not drawn further; `skp tree --format json` holds all of it)";
    TreeRhkCount { n: usize } =>
        id "{n} RHK",
        en { if *n == 1 { "1 RHK".to_string() } else { format!("{n} RHKs") } };
    TreeUncovered =>
        id "belum diintervensi",
        en "not served";
    TreeNotCascaded =>
        id "belum dijabarkan ke RHK mana pun",
        en "not cascaded to any RHK";
    TreeUnlinked { n: usize } =>
        id "RHK yang tidak terhubung ke hasil atasan maupun PK/Renstra ({n}):",
        en "RHKs linked to neither a superior's result nor the PK/Renstra ({n}):";
    TreeLooped =>
        id "rantai intervensi melingkar, tidak sampai ke PK/Renstra (K109)",
        en "in a chain of intervensi that goes round, never reaching the PK/Renstra (K109)";
    NoSkpForUnit { unit: String } =>
        id "tidak ada SKP dengan unit kerja yang memuat `{unit}` di ruang kerja",
        en "no SKP in the workspace has a unit_kerja containing `{unit}`";
    HelpUnitClosest { unit: String } =>
        id "unit kerja yang paling mirip: `{unit}` (`--unit` mencocokkan sebagian nama, tanpa membedakan huruf besar)",
        en "the closest unit_kerja: `{unit}` (`--unit` matches part of the name, ignoring case)";
    NoSkpForPenilai { nip: String } =>
        id "tidak ada SKP dengan pejabat penilai NIP {nip} di ruang kerja",
        en "no SKP in the workspace has NIP {nip} as its appraiser";
    NoSkpForNip { nip: String } =>
        id "tidak ada SKP untuk NIP {nip} di ruang kerja",
        en "no SKP for NIP {nip} in the workspace";
    MphTitle { nama: String, jabatan: String, skp: String } =>
        id "Matriks Peran Hasil — {nama} ({jabatan}), SKP {skp}",
        en "Matriks Peran Hasil — {nama} ({jabatan}), SKP {skp}";
    MphEmpty =>
        id "Belum ada RHK bawahan yang mengintervensi hasil kerja pimpinan ini.",
        en "No subordinate RHK serves this leader's results yet.";
    MphLegend =>
        id "* mengintervensi RHK pimpinan secara keseluruhan, bukan indikator tertentu",
        en "* serves the leader's RHK as a whole, not a particular indicator";

    // ---- evidence ----
    EvDateOutsidePeriod { tanggal: String, periode: String } =>
        id "tanggal bukti {tanggal} di luar periode {periode}: bukti ini tidak mengisi periode itu (B105); bila periode atau tanggalnya keliru, hapus dengan `skp evidence rm` lalu catat ulang; bila memang sah, beri alasan dengan `skp evidence abaikan … --kode B105`",
        en "evidence date {tanggal} is outside period {periode}: it does not fill that period (B105); if the period or the date is wrong, remove it with `skp evidence rm` and record it again; if it is legitimate, give the reason with `skp evidence abaikan … --kode B105`";
    EvDateOutsideSkp { tanggal: String, skp: String, mulai: String, selesai: String } =>
        id "tanggal bukti {tanggal} di luar periode penilaian SKP {skp} ({mulai} s.d. {selesai}): bukti ini tidak dihitung untuk SKP itu (B105); bila bukti ini milik SKP lain tahun ini (mutasi), hapus dengan `skp evidence rm` lalu catat ulang dengan `--skp`",
        en "evidence date {tanggal} is outside the appraisal period of SKP {skp} ({mulai} to {selesai}): it does not count for that plan (B105); if it belongs to another plan of the year (a mutasi), remove it with `skp evidence rm` and record it again with `--skp`";
    EvRecordedAfterPeriod { periode: String, today: String } =>
        id "periode {periode} sudah berakhir dan bukti ini dicatat tanpa --date: tanpa tanggal, bukti dihitung menurut hari pencatatannya ({today}) dan tidak mengisi sel {periode}; lengkapi tanggalnya dengan menjalankan perintah yang sama dengan --date TANGGAL_PEKERJAAN",
        en "period {periode} has ended and this evidence was recorded without --date: undated, evidence counts by the day it is recorded ({today}) and fills no cell of {periode}; add its date by running the same command with --date WORK_DATE";
    EvAdded { berkas: String, sha: String } =>
        id "dicatat {berkas} ({sha}…)",
        en "recorded {berkas} ({sha}…)";
    EvLinked { sha: String, untuk: String } =>
        id "isi yang sama ({sha}…) sudah tercatat untuk periode ini; kini juga untuk {untuk}",
        en "the same content ({sha}…) is already recorded for this period; now also for {untuk}";
    EvUnchecked { berkas: String, reason: String } =>
        id "salinan {berkas} tidak dapat dibaca ({reason}), jadi tidak dapat dipastikan bahwa isinya masih utuh; perbaiki izinnya, lalu periksa dengan `skp evidence verify`",
        en "the copy {berkas} cannot be read ({reason}), so whether it still holds the content is unknown; fix its permissions, then check it with `skp evidence verify`";
    EvRestored { berkas: String, sha: String } =>
        id "salinan yang hilang dipulihkan di {berkas} ({sha}…)",
        en "the missing copy was put back at {berkas} ({sha}…)";
    EvRelinked { from: String, to: String, sha: String } =>
        id "salinan yang tercatat di {from} hilang atau tidak dapat dipakai; catatannya kini menunjuk salinan baru {to} ({sha}…)",
        en "the recorded copy at {from} is missing or unusable; its records now name the new copy {to} ({sha}…)";
    EvRelinkedChanged { from: String, to: String, sha: String } =>
        id "salinan yang tercatat di {from} sudah diubah sejak dicatat dan dibiarkan apa adanya; catatan isi ini kini menunjuk salinan baru {to} ({sha}…)",
        en "the recorded copy at {from} was edited since it was recorded and is left as it is; the records of this content now name the new copy {to} ({sha}…)";
    EvRelinkedIntact { from: String, to: String, sha: String } =>
        id "salinan yang tercatat di {from} hilang atau tidak dapat dipakai; catatannya kini menunjuk {to}, salinan lain yang tercatat dan masih utuh ({sha}…)",
        en "the recorded copy at {from} is missing or unusable; its records now name {to}, another recorded copy that is intact ({sha}…)";
    EvRelinkedChangedIntact { from: String, to: String, sha: String } =>
        id "salinan yang tercatat di {from} sudah diubah sejak dicatat dan dibiarkan apa adanya; catatan isi ini kini menunjuk {to}, salinan lain yang tercatat dan masih utuh ({sha}…)",
        en "the recorded copy at {from} was edited since it was recorded and is left as it is; the records of this content now name {to}, another recorded copy that is intact ({sha}…)";
    EvUnchanged { sha: String } =>
        id "isi yang sama ({sha}…) sudah tercatat untuk hasil dan periode ini; tidak ada perubahan",
        en "the same content ({sha}…) is already recorded for these results and period; nothing changed";
    EvCompleted { sha: String, fields: String } =>
        id "isi yang sama ({sha}…) sudah tercatat untuk periode ini; catatannya kini dilengkapi dengan {fields}",
        en "the same content ({sha}…) is already recorded for this period; its record now also has {fields}";
    EvKept { sha: String, fields: String } =>
        id "isi yang sama ({sha}…) sudah tercatat untuk periode ini, dan catatannya tidak ditimpa: {fields}; bila yang tercatat keliru, hapus dengan `skp evidence rm {sha}` lalu catat ulang",
        en "the same content ({sha}…) is already recorded for this period, and its record is not overwritten: {fields}; if what is recorded is wrong, remove it with `skp evidence rm {sha}` and record it again";
    EvKeptField { flag: String, given: String, recorded: String } =>
        id "{flag} {given} tidak dicatat (tercatat: {recorded})",
        en "{flag} {given} not recorded (recorded: {recorded})";
    EvAddedUrl { url: String } =>
        id "dicatat tautan {url}",
        en "recorded link {url}";
    EvUnknownRef { reference: String } =>
        id "`{reference}` bukan RHK, IKI, atau perilaku/<nilai> SKP ini",
        en "`{reference}` is not an RHK, IKI or perilaku/<value> of this SKP";
    HelpEvRefs =>
        id "sebut id RHK atau IKI dari SKP itu (misalnya IKI-1.1), atau perilaku/kolaboratif",
        en "name an RHK or IKI id of that SKP (e.g. IKI-1.1), or perilaku/kolaboratif";
    EvCountsInCell { iki: String, periode: String, cell: String, reason: &'static str } =>
        id { format!("{iki} dinilai per {cell}, bukan per {periode} ({}): bukti ini dihitung untuk sel {cell}", match *reason { "aspek" => "aspek kualitas, waktu dan biaya dinilai tahunan", "bukti_periode" => "`bukti_periode` indikator ini", _ => "`evaluasi` SKP ini" }) },
        en { format!("{iki} is judged per {cell}, not per {periode} ({}): this evidence counts for the {cell} cell", match *reason { "aspek" => "quality, time and cost aspects are judged once a year", "bukti_periode" => "this indicator's `bukti_periode`", _ => "this SKP's `evaluasi`" }) };
    EvWiderThanCells { iki: String, periode: String, cells: String, reason: &'static str, suggest: String } =>
        id { format!("{iki} diperiksa per sel {cells} ({}), dan bukti untuk {periode} tidak termuat dalam satu sel pun, sehingga tidak mengisi sel mana pun; catat bukti untuk periode selnya (mis. `--period {suggest}`)", match *reason { "aspek" => "aspek kualitas, waktu dan biaya dinilai tahunan", "bukti_periode" => "`bukti_periode` indikator ini", _ => "`evaluasi` SKP ini" }) },
        en { format!("{iki} is checked per cell {cells} ({}), and evidence for {periode} fits in none of them, so it fills no cell; record evidence for a cell's period (e.g. `--period {suggest}`)", match *reason { "aspek" => "quality, time and cost aspects are judged once a year", "bukti_periode" => "this indicator's `bukti_periode`", _ => "this SKP's `evaluasi`" }) };
    EvFutureDate { tanggal: String, today: String } =>
        id "tanggal pekerjaan {tanggal} masih di masa depan (hari ini {today}), padahal bukti dukung menunjukkan pekerjaan yang sudah dilakukan; bila tanggalnya keliru, hapus dengan `skp evidence rm` lalu catat ulang",
        en "work date {tanggal} is in the future (today is {today}), yet evidence shows work already done; if the date is wrong, remove it with `skp evidence rm` and record it again";
    EvPeriodOutside { periode: String, tahun: i32 } =>
        id "periode {periode} di luar tahun SKP {tahun}",
        en "period {periode} is outside the SKP year {tahun}";
    HelpEvPeriodOutside { tahun: i32 } =>
        id "tulis periode tahun {tahun} (mis. {tahun}-TW1); bukti pekerjaan tahun lain dicatat di SKP tahun itu (`--skp ID`)",
        en "give a period of {tahun} (e.g. {tahun}-TW1); evidence of work in another year is recorded in that year's SKP (`--skp ID`)";
    EvTooLarge { file: String, mb: u64, max: u64 } =>
        id "{file} berukuran {mb} MiB, melebihi batas {max} MiB",
        en "{file} is {mb} MiB, above the {max} MiB limit";
    HelpEvTooLarge =>
        id "gunakan --force bila berkas memang perlu dicatat, atau naikkan `max_size_mb` di [evidence]",
        en "use --force if the file really must be recorded, or raise `max_size_mb` in [evidence]";
    EvBadUrl { url: String } =>
        id "tautan `{url}` bukan alamat web: harus diawali http:// atau https://, dengan nama situs, tanpa spasi",
        en "link `{url}` is not a web address: it must start with http:// or https://, name a site and hold no spaces";
    EvWorkspaceFile { file: String } =>
        id "{file} adalah berkas yang dibaca atau dikelola skp atau git sendiri (rencana, buku catatan bukti, skp.toml, .skp/, .git/), bukan bukti dukung",
        en "{file} is a file skp or git itself reads or keeps (a plan, an evidence ledger, skp.toml, .skp/, .git/), not evidence";
    HelpEvWorkspaceFile =>
        id "catat dokumen hasil kerjanya (PDF, foto, laporan); rencana sudah tercatat di riwayat git",
        en "record the document the work produced (a PDF, a photo, a report); the plan is already in git's history";
    EvNameTaken { file: String, target: String } =>
        id "{file}: namanya di folder periode dan nama cadangannya ({target}) sudah dipakai berkas lain yang belum dicatat atau ditambahkan bersamaan; tidak ada yang dicatat",
        en "{file}: its name in the period folder and its fallback name ({target}) are taken by other files, unrecorded or added at the same time; nothing was recorded";
    HelpEvNameTaken =>
        id "catat atau pindahkan berkas yang memakai nama itu (`skp evidence verify` menyebutnya), atau ganti nama berkas ini, lalu jalankan perintah ini lagi",
        en "record or move the files using those names (`skp evidence verify` lists them), or rename this file, then run this command again";
    EvCopyRemoved { file: String } =>
        id "salinan {file} dihapus selagi perintah ini berjalan; tidak ada yang dicatat",
        en "the copy {file} was removed while this add ran; nothing was recorded";
    EvStoreEdited { file: String } =>
        id "salinan tersimpan {file} sudah diubah sejak disimpan (SHA-256-nya kini berbeda dari namanya); tidak ada yang dicatat",
        en "the stored copy {file} was edited since it was stored (its SHA-256 no longer matches its name); nothing was recorded";
    EvStoreNotFile { file: String } =>
        id "di alamat penyimpanan {file} ada tautan simbolik atau folder, bukan salinan berkas; tidak ada yang dicatat",
        en "the store address {file} holds a symbolic link or a folder, not a copy of the file; nothing was recorded";
    HelpEvStoreNotFile =>
        id "pindahkan atau hapus tautan atau folder itu dari penyimpanan, lalu jalankan perintah ini lagi: isinya akan disimpan di tempatnya",
        en "move or remove that link or folder from the store, then run this command again: the content is stored in its place";
    HelpEvStoreEdited =>
        id "pindahkan berkas itu keluar dari penyimpanan (simpan bila perubahannya perlu), lalu jalankan perintah ini lagi: isi aslinya akan disimpan kembali di tempatnya",
        en "move that file out of the store (keep it if the change matters), then run this command again: the original content is stored in its place again";
    HelpEvAddAgain =>
        id "jalankan perintah ini lagi",
        en "run this command again";
    EvLinkOut { file: String, target: String } =>
        id "{file} ada di dalam ruang kerja, tetapi merupakan tautan simbolik (atau melewati tautan) ke {target}, di luar ruang kerja: skp tidak mengambil bukti dukung melalui tautan seperti itu, karena tautan yang di-commit ke repositori dapat menyalin berkas siapa pun yang menjalankan perintah ini",
        en "{file} is inside the workspace, but it is a symbolic link (or lies past one) to {target}, outside the workspace: skp takes no evidence through such a link, since one committed to the repository could copy the files of whoever runs this command";
    HelpEvLinkOut { target: String } =>
        id "bila {target} memang bukti dukungnya, sebut berkas itu sendiri: `skp evidence add {target} …`",
        en "if {target} is indeed the evidence, name that file itself: `skp evidence add {target} …`";
    EvTempFile { file: String } =>
        id "{file} adalah salinan sementara yang ditinggalkan skp yang terhenti, bukan bukti dukung (skp menghapusnya pada penulisan berikutnya di folder itu)",
        en "{file} is a temporary copy an interrupted skp left behind, not evidence (skp removes it at its next write in that folder)";
    HelpEvTempFile =>
        id "catat lagi berkas aslinya",
        en "add the original file again";
    EvUnrecordableName { file: String } =>
        id "{file} tidak dapat dicatat di tempatnya: jalurnya memuat garis miring terbalik (`\\`, pemisah folder di Windows) atau huruf yang bukan UTF-8, sehingga buku catatan bukti tidak dapat menyebutnya dengan pasti",
        en "{file} cannot be recorded where it is: its path holds a backslash (`\\`, a folder separator on Windows) or characters that are not UTF-8, so a ledger cannot name it for certain";
    HelpEvUnrecordableName =>
        id "ganti nama berkas atau foldernya (mis. `\\` menjadi `-`), lalu catat lagi",
        en "rename the file or its folder (e.g. `\\` to `-`), then add it again";
    EvLedgerOtherSkp { file: String, skp: String } =>
        id "buku catatan bukti {file} mencatat SKP lain ({skp}); bukti dua SKP tidak dicampur — periksa `skp:` di berkas itu",
        en "the evidence ledger {file} records another SKP ({skp}); two SKPs' evidence is never mixed — check `skp:` in that file";
    VerifyLedgerNotRead { file: String } =>
        id "TIDAK DIBACA {file}: buku catatan bukti ini tautan simbolik yang mengarah ke luar ruang kerja (atau ke berkas yang tidak ada), atau bukan berkas biasa; bukti yang dicatatnya tidak diperiksa. Kembalikan berkas aslinya (`git checkout -- {file}`)",
        en "NOT READ {file}: this evidence ledger is a symbolic link leading outside the workspace (or to nothing), or not a regular file; the evidence it records is not checked. Restore the real file (`git checkout -- {file}`)";
    EvLedgerInvalid { file: String } =>
        id "buku catatan bukti {file} tidak dapat dibaca dengan bersih; tidak ditulis ulang",
        en "the evidence ledger {file} does not load cleanly; it was not rewritten";
    EvListUnreadable { file: String } =>
        id "buku catatan bukti {file} tidak dapat dibaca dengan bersih; catatannya tidak tercantum",
        en "the evidence ledger {file} does not load cleanly; its records are not listed";
    HelpEvLedgerInvalid =>
        id "jalankan `skp check` untuk melihat kesalahannya dan perbaiki berkasnya (misalnya konflik merge git)",
        en "run `skp check` to see what is wrong and fix the file (for example a git merge conflict)";
    // The safe-write guard's refusals already name their path: not twice.
    BagNotPlainPath { path: String } =>
        id "{path}: jalur ini tidak dapat dipakai di paket audit (jalur absolut, `..`, atau garis miring terbalik)",
        en "{path}: this path cannot go in an audit package (an absolute path, `..`, or a backslash)";
    BagSourceUnreadable { file: String, error: String } =>
        id "berkas bukti {file} tidak dapat dibaca ({error}); paket audit tidak dibuat",
        en "evidence file {file} cannot be read ({error}); the audit package was not created";
    BagChangedSinceVerified { path: String } =>
        id "{path}: isinya berubah sejak diverifikasi; paket audit tidak dibuat",
        en "{path}: its content changed since it was verified; the audit package was not created";
    EvIo { file: String, error: String } =>
        id { if error.starts_with(&format!("{file}:")) { error.clone() } else { format!("{file}: {error}") } },
        en { if error.starts_with(&format!("{file}:")) { error.clone() } else { format!("{file}: {error}") } };
    EvStoreMissing =>
        id "`storage = \"folder\"` memerlukan `location` di [evidence]",
        en "`storage = \"folder\"` needs a `location` in [evidence]";
    EvNeedSelector =>
        id "sebut SKP-nya dengan --nip atau --skp",
        en "name the SKP with --nip or --skp";
    HelpEvNeedSelector { nip: String } =>
        id "berkas atau folder ini ada di folder NIP {nip}: tambahkan `--nip {nip}` bila SKP-nya yang dimaksud",
        en "this file or folder is in the folder of NIP {nip}: add `--nip {nip}` if that SKP is meant";
    EvNeedFor =>
        id "sebut hasil yang didukung dengan --for (misalnya --for IKI-1.1)",
        en "name the supported results with --for (e.g. --for IKI-1.1)";
    EvNeedPeriod =>
        id "sebut periodenya dengan --period",
        en "give the period with --period";
    EvNoFiles =>
        id "tidak ada berkas atau --url yang dicatat",
        en "no file or --url to record";
    EvNoSkpForPeriod { who: String, periode: String, list: String } =>
        id "tidak ada SKP {who} yang periodenya mencakup {periode} (yang ada: {list})",
        en "no SKP of {who} covers {periode} (there are: {list})";
    EvNoSkp { who: String } =>
        id "tidak ada SKP untuk {who} di ruang kerja",
        en "no SKP for {who} in the workspace";
    ExportNoSkpAtAll =>
        id "ruang kerja ini belum berisi SKP; tidak ada yang diekspor (buat satu dengan `skp init --skp`)",
        en "this workspace holds no SKP yet; nothing to export (create one with `skp init --skp`)";
    EvManySkp { who: String, list: String } =>
        id "{who} memiliki beberapa SKP yang cocok: {list}",
        en "{who} has several matching SKPs: {list}";
    HelpEvNotRecorded { files: String } =>
        id "berkas ini sudah ditempatkan di ruang kerja tetapi belum dicatat: {files}; perbaiki penyebabnya lalu jalankan perintah yang sama lagi (berkas itu dicatat tanpa disalin ulang); sampai saat itu `skp check` melaporkannya sebagai B108",
        en "these files are placed in the workspace but not recorded: {files}; fix the cause and run the same command again (they are recorded without being copied again); until then `skp check` reports them as B108";
    HelpSkpIsNip { nip: String, list: String } =>
        id "{nip} adalah NIP, bukan id SKP: gunakan `--nip {nip}`, atau `--skp` dengan id SKP-nya ({list})",
        en "{nip} is a NIP, not an SKP id: use `--nip {nip}`, or `--skp` with the id of its SKP ({list})";
    HelpEvManySkp =>
        id "pilih salah satunya dengan --skp",
        en "choose one with --skp";
    ManifestWorkbook { file: String } =>
        id "{file} adalah buku kerja spreadsheet, bukan CSV: simpan lembarnya sebagai CSV (File › Save As › CSV), lalu ulangi",
        en "{file} is a spreadsheet workbook, not a CSV: save its sheet as CSV (File › Save As › CSV), then run this again";
    EvManifestUnknownColumn { column: String, hint: Option<String> } =>
        id { format!("kolom manifest `{column}` tidak dikenal{}; nilainya tidak akan dicatat", hint.as_ref().map_or(String::new(), |h| format!(" (maksud Anda `{h}`?)"))) },
        en { format!("unknown manifest column `{column}`{}; its values would not be recorded", hint.as_ref().map_or(String::new(), |h| format!(" (did you mean `{h}`?)"))) };
    EvManifestColumns =>
        id "manifest CSV memerlukan kolom skp atau nip, for, period, dan file (juga boleh type, date, note)",
        en "the CSV manifest needs columns skp or nip, for, period and file (type, date, note are optional)";
    // The row may be wrong, or its file unreadable, or the disk full: the detail says which.
    EvManifestRow { file: String, line: usize, detail: String } =>
        id "{file} baris {line}: {detail}",
        en "{file} line {line}: {detail}";
    EvManifestNoSkp =>
        id "kolom skp dan nip kosong: baris ini tidak menyebut SKP siapa",
        en "the skp and nip columns are empty: the row names no one's SKP";
    EvManifestBadPeriod { value: String } =>
        id "periode `{value}` tidak dikenal",
        en "unknown period `{value}`";
    EvManifestNoPeriod =>
        id "kolom period kosong",
        en "the period column is empty";
    EvManifestNoFile =>
        id "kolom file kosong: tulis nama berkas (relatif terhadap folder manifest) atau alamat https://",
        en "the file column is empty: write a file name (relative to the manifest's folder) or an https:// address";
    EvManifestRowsRefused { n: usize } =>
        id { if *n == 1 { "1 baris manifest bermasalah; tidak ada yang dicatat".to_string() } else { format!("{n} baris manifest bermasalah; tidak ada yang dicatat") } },
        en { if *n == 1 { "1 manifest row is wrong; nothing was recorded".to_string() } else { format!("{n} manifest rows are wrong; nothing was recorded") } };
    HelpManifestDate { day_first: Option<String> } =>
        id { match day_first { Some(iso) => format!("tulis tanggal sebagai YYYY-MM-DD, mis. {iso} bila maksudnya hari/bulan/tahun"), None => "tulis tanggal sebagai YYYY-MM-DD".to_string() } },
        en { match day_first { Some(iso) => format!("write the date as YYYY-MM-DD, e.g. {iso} if it means day/month/year"), None => "write the date as YYYY-MM-DD".to_string() } };
    EvManifestDone { added: usize, linked: usize, unchanged: usize } =>
        id "manifest selesai: {added} dicatat, {linked} ditautkan ke catatan yang ada, {unchanged} sudah tercatat",
        en "manifest done: {added} recorded, {linked} linked to existing records, {unchanged} already recorded";
    VerifyChanged { berkas: String, recorded: String, now: String } =>
        id "BERUBAH {berkas} (tercatat {recorded}…, sekarang {now}…)",
        en "CHANGED {berkas} (recorded {recorded}…, now {now}…)";
    VerifyMissing { berkas: String } =>
        id "HILANG {berkas}",
        en "MISSING {berkas}";
    VerifyMoved { berkas: String, to: String } =>
        id "PINDAH {berkas} → {to} (perbaiki dengan `skp evidence relink`)",
        en "MOVED {berkas} → {to} (repair with `skp evidence relink`)";
    VerifyNotFetched { berkas: String } =>
        id "BELUM DIAMBIL {berkas} (penunjuk Git LFS atau penyimpanan tidak tersedia di sini)",
        en "NOT FETCHED {berkas} (a Git LFS pointer, or the store is not available here)";
    VerifyUnreadable { berkas: String, reason: String } =>
        id "TIDAK TERBACA {berkas} ({reason})",
        en "UNREADABLE {berkas} ({reason})";
    VerifyUnlisted { folder: String } =>
        id "TIDAK DAPAT DIBUKA {folder}/ (buku catatan bukti dan berkas tidak tercatat di dalamnya tidak ikut diperiksa)",
        en "CANNOT BE OPENED {folder}/ (ledgers and unrecorded files in it are not checked)";
    VerifyUnsafe { berkas: String } =>
        id "DITOLAK {berkas} (jalur absolut, `..`, atau tautan simbolik ke luar ruang kerja; tidak dibaca)",
        en "REFUSED {berkas} (absolute path, `..`, or a symlink out of the workspace; not read)";
    VerifyUnrecorded { berkas: String } =>
        id "TIDAK TERCATAT {berkas}",
        en "UNRECORDED {berkas}";
    VerifySummary { checked: usize, ok: usize, links: usize, changed: usize, missing: usize, moved: usize, not_fetched: usize, unsafe_paths: usize, unreadable: usize, unrecorded: usize, unlisted: usize } =>
        id "{checked} bukti diperiksa: {ok} utuh, {links} tautan (tidak dapat diperiksa isinya), {changed} berubah, {missing} hilang, {moved} pindah, {not_fetched} belum diambil, {unsafe_paths} jalur tidak aman, {unreadable} tidak terbaca, {unrecorded} berkas tidak tercatat, {unlisted} folder tidak dapat dibuka",
        en { let s = |n: &usize| if *n == 1 { "" } else { "s" }; format!("{checked} evidence checked: {ok} intact, {links} link{} (content not checkable), {changed} changed, {missing} missing, {moved} moved, {not_fetched} not fetched, {unsafe_paths} unsafe path{}, {unreadable} unreadable, {unrecorded} unrecorded file{}, {unlisted} folder{} that cannot be opened", s(links), s(unsafe_paths), s(unrecorded), s(unlisted)) };
    RelinkOne { sha: String, to: String } =>
        id "{sha}… kini menunjuk {to}",
        en "{sha}… now points to {to}";
    RelinkDone { n: usize } =>
        id "{n} catatan diperbaiki",
        en { if *n == 1 { "1 record repaired".to_string() } else { format!("{n} records repaired") } };
    RmNotFound { id: String } =>
        id "tidak ada bukti dengan id `{id}`",
        en "no evidence with id `{id}`";
    RmPrefixTooShort { id: String } =>
        id "`{id}` terlalu pendek: tulis paling sedikit 4 karakter awal SHA-256 bukti (lihat `skp evidence list`)",
        en "`{id}` is too short: give at least the first 4 characters of the evidence's SHA-256 (see `skp evidence list`)";
    RmAmbiguous { id: String, n: usize } =>
        id "`{id}` cocok dengan {n} bukti; tulis awalan SHA-256 yang lebih panjang",
        en "`{id}` matches {n} records; give a longer SHA-256 prefix";
    RmDone { id: String } =>
        id "catatan {id} dihapus",
        en "record {id} removed";
    SkpFolderUnlisted { nip: String, folder: String } =>
        id "folder {folder}/ tidak dapat dibuka, dan SKP pegawai dengan NIP {nip} mungkin ada di dalamnya; skp tidak memakai SKP lain sebagai gantinya",
        en "folder {folder}/ cannot be opened, and the SKP of NIP {nip} may be in it; skp does not use another SKP in its place";
    FileUnreadableLeftOut { file: String } =>
        id "{file} tidak dapat dibaca; isinya tidak disertakan (`skp check` menunjukkan kesalahannya)",
        en "{file} cannot be read; what it holds is left out (`skp check` shows what is wrong)";
    FolderUnlistedLeftOut { folder: String } =>
        id "folder {folder}/ tidak dapat dibuka; isinya tidak disertakan (`skp check` melaporkannya sebagai F008)",
        en "folder {folder}/ cannot be opened; what it holds is left out (`skp check` reports it as F008)";
    ExportFolderUnlisted { folder: String } =>
        id "folder {folder}/ tidak dapat dibuka; seluruh ruang kerja tidak diekspor, karena rencana di dalam folder itu akan tertinggal",
        en "folder {folder}/ cannot be opened; the whole workspace is not exported without the plans in it";
    SkpUnreadable { nip: String, file: String } =>
        id "{file} di folder NIP {nip} berisi SKP yang tidak dapat dibaca; skp tidak memakai SKP lain sebagai gantinya",
        en "{file} in the folder of NIP {nip} holds an SKP that cannot be read; skp does not use another SKP in its place";
    ApprovePlanErrors { file: String, n: usize } =>
        id "{file} masih memiliki {n} kesalahan; yang disetujui harus rencana sebagaimana tertulis",
        en "{file} still has {n} error(s); what is approved must be the plan as written";
    ApproveFuture { tanggal: String } =>
        id "tanggal persetujuan {tanggal} belum tiba",
        en "the approval date {tanggal} is in the future";
    ApproveBeforeLast { tanggal: String, last: String } =>
        id "tanggal persetujuan {tanggal} lebih awal dari persetujuan terakhir ({last}); persetujuan dicatat menurut urutan waktu",
        en "the approval date {tanggal} is before the last approval ({last}); approvals are recorded in time order";
    HelpSkpMaybeUnreadable { file: String } =>
        id "SKP itu mungkin yang ada di {file}, yang tidak dapat dibaca: perbaiki dulu kesalahan di berkas itu",
        en "that SKP may be the one in {file}, which cannot be read: fix the errors in that file first";
    HelpSkpUnreadable { file: String } =>
        id "perbaiki dulu kesalahannya: `skp check {file}` menunjukkan baris dan kolomnya",
        en "fix its errors first: `skp check {file}` shows their line and column";
    RmInSeveralSkps { id: String, list: String } =>
        id "`{id}` tercatat pada bukti dukung beberapa SKP: {list}",
        en "`{id}` is recorded in the evidence of several SKPs: {list}";
    RmInTwoLedgers { id: String, skp: String, list: String } =>
        id "`{id}` tercatat pada lebih dari satu buku catatan SKP {skp}: {list}",
        en "`{id}` is recorded in more than one ledger of SKP {skp}: {list}";
    HelpRmMergeLedgers =>
        id "satu SKP punya satu buku catatan: satukan dulu buku-buku itu (`skp check` melaporkannya sebagai F005), lalu jalankan perintah ini lagi",
        en "one SKP has one ledger: merge those ledgers first (`skp check` reports them as F005), then run this command again";
    HelpRmPickSkp =>
        id "pilih SKP-nya dengan `--skp ID`",
        en "pick the SKP with `--skp ID`";
    RmSeveralPeriods { id: String, periods: String } =>
        id "`{id}` tercatat untuk beberapa periode: {periods}",
        en "`{id}` is recorded for several periods: {periods}";
    HelpRmPickPeriod =>
        id "sebutkan periode yang catatannya dihapus dengan `--period`; jalankan sekali per periode untuk menghapus semuanya",
        en "name the period whose record goes with `--period`; run once per period to remove them all";
    HelpAbaikanPickPeriod =>
        id "sebutkan periode yang catatannya dikecualikan dengan `--period`; jalankan sekali per periode untuk mengecualikan semuanya",
        en "name the period whose record is exempted with `--period`; run once per period to exempt them all";
    RmPeriodNotRecorded { id: String, periode: String, periods: String } =>
        id "`{id}` tidak tercatat untuk periode {periode} (tercatat untuk: {periods})",
        en "`{id}` is not recorded for period {periode} (recorded for: {periods})";
    RmFileDeleted { berkas: String } =>
        id "berkas {berkas} dihapus",
        en "file {berkas} deleted";
    RmFileGone { berkas: String } =>
        id "berkas {berkas} sudah tidak ada, jadi tidak ada yang dihapus; bila berkas itu dipindahkan, salinannya di tempat baru tetap ada (`skp evidence verify` mendaftarnya sebagai tidak tercatat)",
        en "file {berkas} was no longer there, so nothing was deleted; if it was moved, the copy at its new place stays (`skp evidence verify` lists it as unrecorded)";
    RmKeptInStore { berkas: String } =>
        id "salinan {berkas} tidak dihapus: salinan di penyimpanan bersama (`storage = \"folder\"`) dapat dipakai SKP atau ruang kerja lain, jadi `rm` tidak pernah menghapusnya",
        en "the copy of {berkas} is kept: copies in the shared store (`storage = \"folder\"`) may be used by other SKPs or workspaces, so `rm` never deletes them";
    RmCopyLeft { berkas: String } =>
        id "berkas {berkas} tetap ada di folder bukti/ SKP ini; bila tidak dipakai catatan lain, `skp check` melaporkannya sebagai tidak tercatat (B108) sampai dihapus (hapus sekalian dengan `--delete-file`)",
        en "file {berkas} stays in this SKP's bukti/ folder; unless another record uses it, `skp check` reports it as unrecorded (B108) until it is deleted (`--delete-file` deletes it with the record)";
    RmKeptRecorded { berkas: String } =>
        id "berkas {berkas} tidak dihapus: masih dicatat oleh bukti lain",
        en "file {berkas} kept: another record still uses it";
    RmKeptChanged { berkas: String } =>
        id "berkas {berkas} tidak dihapus: isinya berubah sejak dicatat, jadi isi barunya hanya ada di berkas itu",
        en "file {berkas} kept: its content changed since it was recorded, so what it now holds exists nowhere else";
    RmKeptOnlyCopy { berkas: String, lain: String } =>
        id "berkas {berkas} tidak dihapus: catatan lain mencatat isi yang sama di {lain}, yang hilang atau berubah, jadi berkas ini satu-satunya salinan yang masih utuh",
        en "file {berkas} kept: another record names the same content at {lain}, which is missing or changed, so this file is the one intact copy left";
    RmKeptFolderUnlisted { berkas: String, folder: String } =>
        id "berkas {berkas} tidak dihapus: folder {folder}/ tidak dapat dibuka, jadi tidak dapat dipastikan bahwa berkas itu tidak lagi dicatat oleh buku catatan bukti di sana; pastikan folder itu dapat dibuka (lihat `skp check`, F008), lalu hapus berkasnya",
        en "file {berkas} kept: folder {folder}/ cannot be opened, so it cannot be told that no evidence ledger in it still records the file; make that folder readable and searchable (see `skp check`, F008), then delete the file";
    RmKeptLedgerUnreadable { berkas: String, ledger: String } =>
        id "berkas {berkas} tidak dihapus: catatan bukti {ledger} tidak dapat dibaca, jadi tidak dapat dipastikan bahwa berkas itu tidak lagi dicatat; perbaiki catatan itu (lihat `skp check`) lalu hapus berkasnya",
        en "file {berkas} kept: the evidence ledger {ledger} cannot be read, so whether it still records the file cannot be told; fix that ledger (see `skp check`), then delete the file";
    RmKeptUnreadable { berkas: String, reason: String } =>
        id "berkas {berkas} tidak dihapus: berkasnya tidak dapat dibaca ({reason}), jadi tidak dapat dipastikan isinya masih sama dengan yang dicatat; catatannya sudah dihapus",
        en "file {berkas} kept: it cannot be read ({reason}), so it cannot be told that it still holds what was recorded; its record is removed";
    RmKeptNotDeleted { berkas: String, reason: String } =>
        id "berkas {berkas} tidak dapat dihapus ({reason}); catatannya sudah dihapus; hapus sendiri berkas itu bila memang tidak diperlukan lagi",
        en "file {berkas} could not be deleted ({reason}); its record is removed, delete the file yourself if it is not needed";
    RmKeptNotOurs { berkas: String } =>
        id "berkas {berkas} tidak dihapus: bukan salinan yang disimpan skp di folder bukti/ milik SKP ini",
        en "file {berkas} kept: it is not a copy skp stored in this SKP's bukti/ folder";
    AbaikanNotB { code: String } =>
        id "`{code}` bukan temuan bukti dukung (B); pada catatan bukti hanya temuan B yang dapat dikecualikan",
        en "`{code}` is not an evidence (B) finding; only B findings can be exempted on an evidence record";
    HelpAbaikanOtherCodes =>
        id "untuk temuan lain, tulis `# skp: abaikan KODE -- alasan` di berkas rencananya, pada baris temuan atau baris di atasnya",
        en "for other findings, write `# skp: abaikan CODE -- reason` in the plan file, on the finding's line or the line above";
    HelpAbaikanReason =>
        id "tulis alasannya dengan `--alasan \"…\"`",
        en "give the reason with `--alasan \"…\"`";
    AbaikanNoChange { berkas: String, keadaan: String } =>
        id "isi {berkas} tidak berubah sejak dicatat (keadaan: {keadaan}): tidak ada perubahan yang dapat dikecualikan dari B101",
        en "{berkas} has not changed since it was recorded (state: {keadaan}): there is no change to exempt from B101";
    HelpAbaikanNoChange =>
        id "pengecualian B101 mencatat isi berubah yang diterima (SHA-256-nya), jadi hanya dapat dicatat setelah berkasnya berubah; perubahan berikutnya dilaporkan lagi",
        en "a B101 exemption records the changed content it accepts (its SHA-256), so it can only be recorded once the file has changed; any later change is reported again";
    AbaikanDone { kode: String } =>
        id "alasan mengabaikan {kode} dicatat",
        en "suppression of {kode} recorded";

    // ---- B rules ----
    BChanged { berkas: String } =>
        id "isi {berkas} berubah sejak dicatat (SHA-256 berbeda)",
        en "{berkas} changed since it was recorded (SHA-256 differs)";
    HelpBChanged =>
        id "kembalikan berkas aslinya (`skp evidence add` berkas asli menyimpannya di samping berkas yang diubah dan mengalihkan catatannya ke sana); bila perubahan sah, catat versi baru dengan `skp evidence add` dan hapus catatan lama dengan `skp evidence rm`",
        en "restore the original file (`skp evidence add` of the original stores it beside the edited one and points the record at it); if the change is legitimate, record the new version with `skp evidence add` and remove the old record with `skp evidence rm`";
    NoteBChangedExemptionStale =>
        id "pengecualian B101 pada catatan ini tidak berlaku: ia menerima isi lain, atau tidak menyebut isi yang diterimanya (`sha256`); catat ulang dengan `skp evidence abaikan` bila perubahan ini pun sah",
        en "this record's B101 exemption does not apply: it accepts other content, or does not name the content it accepts (`sha256`); record it again with `skp evidence abaikan` if this change too is legitimate";
    BMissing { berkas: String } =>
        id "berkas bukti {berkas} tidak ada",
        en "evidence file {berkas} is missing";
    BUnreadable { berkas: String, reason: String } =>
        id "berkas bukti {berkas} tidak dapat dibaca ({reason}), sehingga keutuhannya tidak dapat diperiksa",
        en "evidence file {berkas} cannot be read ({reason}), so its integrity cannot be checked";
    HelpBUnreadable =>
        id "pastikan berkas itu dapat dibaca dan folder-foldernya dapat dibuka oleh akun Anda (misalnya `chmod a+r` pada berkas itu, `chmod a+x` pada foldernya), atau pulihkan dari cadangan, lalu jalankan `skp check` lagi",
        en "make the file readable and its folders searchable (e.g. `chmod a+r` on the file, `chmod a+x` on its folders) or restore it from a backup, then check again";
    HelpBMissing =>
        id "kembalikan berkasnya (`skp evidence add` berkas itu, dengan nama apa pun, menaruhnya kembali di jalur yang tercatat), atau hapus catatannya dengan `skp evidence rm`",
        en "restore the file (`skp evidence add` of it, under any name, puts it back at the recorded path), or remove the record with `skp evidence rm`";
    EvalMet =>
        id "tercapai",
        en "met";
    EvalNotMet =>
        id "tidak tercapai",
        en "not met";
    EvalDerived =>
        id "dari kuadran",
        en "from the quadrant";
    EvalPredikatConflict { matrix: String } =>
        id "bertentangan dengan matriks, yang memberi {matrix}: N108",
        en "contradicts the matrix, which gives {matrix}: N108";
    EvalHeading { nama: String, nip: String, periode: String, skp: Option<String> } =>
        id { format!("{nama} · {nip} · periode {periode}{}", skp.as_ref().map_or(String::new(), |s| format!(" · SKP {s}"))) },
        en { format!("{nama} · {nip} · period {periode}{}", skp.as_ref().map_or(String::new(), |s| format!(" · SKP {s}"))) };
    EvalSummary { hasil: String, perilaku: String, predikat: String, angka_kredit: Option<String> } =>
        id { format!("Rating hasil kerja: {hasil} · rating perilaku kerja: {perilaku} · predikat: {predikat}{}", angka_kredit.as_ref().map_or(String::new(), |ak| format!(" · angka kredit {ak}"))) },
        en { format!("Rating of results: {hasil} · rating of behaviour: {perilaku} · predikat: {predikat}{}", angka_kredit.as_ref().map_or(String::new(), |ak| format!(" · credit points {ak}"))) };
    EvalAdvisoryNote =>
        id "* Capaian hanya bahan pertimbangan (realisasi ÷ target, atau kebalikannya bila makin rendah makin baik); rating ditetapkan pejabat penilai berdasarkan bukti dukung.",
        en "* The % of target (actual ÷ target, mirrored when lower is better) is advisory; the appraiser sets the ratings on the evidence.";
    // The two widest messages keep their fields behind a box: a message is as large as its
    // widest variant, and every finding carries two.
    EvalUnit { u: Box<UnitLine> } =>
        id { let UnitLine { unit, periode, organisasi, sebaran, aturan, kosong, .. } = &**u; let pending = u.pending(crate::i18n::Lang::Id); if *kosong { format!("Unit {unit} ({periode}), capaian organisasi {organisasi}: belum ada predikat pegawai{pending}") } else { format!("Unit {unit} ({periode}), capaian organisasi {organisasi}: {sebaran} — {}{pending}", match aturan { Some(a) => format!("tidak sesuai kurva: {} (N113)", curve_id(a)), None => "sesuai kurva SE MenPANRB 3/2023".to_string() }) } },
        en { let UnitLine { unit, periode, organisasi, sebaran, aturan, kosong, .. } = &**u; let pending = u.pending(crate::i18n::Lang::En); if *kosong { format!("Unit {unit} ({periode}), organisation result {organisasi}: no staff predikat yet{pending}") } else { format!("Unit {unit} ({periode}), organisation result {organisasi}: {sebaran} — {}{pending}", match aturan { Some(a) => format!("breaks the curve: {} (N113)", curve_en(a)), None => "meets the SE MenPANRB 3/2023 curve".to_string() }) } };
    EvalCredit { c: Box<CreditLine> } =>
        id { let CreditLine { nama, nip, jenjang, rincian, jumlah, pangkat, jenjang_berikut } = &**c; format!("Angka kredit {nama} ({nip}), {jenjang}: {rincian} = {jumlah}; kenaikan pangkat {pangkat}{}", match jenjang_berikut { Some(j) => format!(", kenaikan jenjang {j}"), None => ", jenjang puncak".to_string() }) },
        en { let CreditLine { nama, nip, jenjang, rincian, jumlah, pangkat, jenjang_berikut } = &**c; format!("Angka kredit of {nama} ({nip}), {jenjang}: {rincian} = {jumlah}; next pangkat {pangkat}{}", match jenjang_berikut { Some(j) => format!(", next jenjang {j}"), None => ", top jenjang".to_string() }) };
    EvalCreditNeed { kebutuhan: String, kekurangan: String } =>
        id { if kekurangan == "0" { format!("butuh {kebutuhan} (terpenuhi)") } else { format!("butuh {kebutuhan} (kurang {kekurangan})") } },
        en { if kekurangan == "0" { format!("needs {kebutuhan} (reached)") } else { format!("needs {kebutuhan} ({kekurangan} to go)") } };
    EvalCreditNote =>
        id "Angka kredit dijumlah dari evaluasi tahunan di ruang kerja ini saja; angka kredit sebelumnya (hasil integrasi atau konversi, sejak kenaikan pangkat terakhir) tidak diketahui skp.",
        en "Angka kredit are summed over the annual evaluations in this workspace only; credit earned before (integrasi or conversion, since the last promotion) is unknown to skp.";
    EvalAnnualTargetNote =>
        id "\u{2020} Target setahun: SKP tidak menetapkan target untuk periode ini (`target_periodik`), sehingga realisasi periode ini (atau jumlahnya sampai periode ini, bila `perhitungan: kumulatif`) dibandingkan dengan target tahunan; tulis `target_periodik` bila ada target per periode.",
        en "\u{2020} The year's target: the SKP sets no target for this period (`target_periodik`), so this period's result (or its sum to date, with `perhitungan: kumulatif`) is compared with the annual target; write `target_periodik` if there is a target per period.";
    EvalCeilingNote =>
        id "\u{2020} Batas setahun yang makin rendah makin baik (`polaritas: turun`) tidak tercapai oleh sebagian tahun: capaiannya kosong sampai batas itu terlampaui atau tahunnya selesai.",
        en "\u{2020} A ceiling for the year (`polaritas: turun`) is not met by part of the year: its capaian stays empty until the ceiling is passed or the year is over.";
    EvalNotRealised =>
        id "(belum dicatat)",
        en "(not recorded)";
    EvalRollUp { nilai: String, periode: usize, due: usize } =>
        id { if periode < due { format!("s.d. kini {nilai} ({periode} dari {due} per.)") } else { format!("s.d. kini {nilai} ({periode} per.)") } },
        en { if periode < due { format!("to date {nilai} ({periode} of {due} per.)") } else { format!("to date {nilai} ({periode} per.)") } };
    EvalUnread { files: String } =>
        id "tidak dihitung karena tidak dapat dibaca: {files}; jalankan `skp check` untuk melihat kesalahannya",
        en "left out because they cannot be read: {files}; run `skp check` to see their errors";
    EvalNone =>
        id "tidak ada realisasi yang cocok di ruang kerja ini",
        en "no matching evaluation in this workspace";
    HelpEvalFirst { file: String, skp: String, periode: String, iki: String } =>
        id "evaluasi satu periode dicatat pejabat penilai dalam berkas `kind: Realisasi` di samping SKP-nya, mis. {file} dengan `skp: {skp}`, `periode: {periode}`, `dinilai_oleh: \"NIP penilai\"`, `hasil_kerja: {{ {iki}: {{ realisasi: … }} }}`, `rating_hasil_kerja` dan `rating_perilaku_kerja`; semua kuncinya: `skp schema Realisasi`",
        en "an appraiser records one period's evaluation in a `kind: Realisasi` file beside the SKP, e.g. {file} with `skp: {skp}`, `periode: {periode}`, `dinilai_oleh: \"appraiser's NIP\"`, `hasil_kerja: {{ {iki}: {{ realisasi: … }} }}`, `rating_hasil_kerja` and `rating_perilaku_kerja`; every key: `skp schema Realisasi`";
    NUnknownSkp { skp: String } =>
        id "realisasi ini untuk SKP {skp}, yang tidak ada di ruang kerja",
        en "this evaluation is of SKP {skp}, which is not in the workspace";
    NUnknownIndicator { id: String, skp: String } =>
        id "realisasi untuk `{id}`, yang bukan indikator atau RHK SKP {skp}",
        en "a realisation for `{id}`, which is not an indicator or RHK of SKP {skp}";
    DNik { nilai: String } =>
        id "NIK {nilai} tercantum di berkas yang dibagikan",
        en "NIK {nilai} appears in a shared file";
    DPhone { nilai: String } =>
        id "nomor telepon {nilai} tercantum di berkas yang dibagikan",
        en "phone number {nilai} appears in a shared file";
    DEmail { nilai: String } =>
        id "alamat surel {nilai} tercantum di berkas yang dibagikan",
        en "e-mail address {nilai} appears in a shared file";
    DKk { nilai: String } =>
        id "nomor Kartu Keluarga {nilai} tercantum di berkas yang dibagikan",
        en "family card (KK) number {nilai} appears in a shared file";
    DNpwp { nilai: String } =>
        id "NPWP {nilai} tercantum di berkas yang dibagikan",
        en "tax number (NPWP) {nilai} appears in a shared file";
    DRekening { nilai: String } =>
        id "nomor rekening {nilai} tercantum di berkas yang dibagikan",
        en "bank account number {nilai} appears in a shared file";
    DUrlPassword { nilai: String } =>
        id "alamat web memuat nama pengguna dan kata sandi ({nilai}@…): siapa pun yang membaca berkas ini dapat masuk dengan akun itu",
        en "a web address holds a user name and password ({nilai}@…): anyone who reads this file can sign in with that account";
    HelpDUrlPassword =>
        id "hapus `nama:sandi@` dari alamat itu (pakai tautan berbagi yang tidak memerlukan kata sandi), lalu ganti kata sandinya: yang sudah di-commit tetap terbaca di riwayat git",
        en "remove `name:password@` from the address (use a share link that needs no password), then change the password: what was committed stays readable in git's history";
    EvUrlPassword { url: String } =>
        id "tautan `{url}` memuat nama pengguna dan kata sandi; buku catatan bukti dibaca setiap orang yang membuka repositori, jadi tautan itu tidak dicatat",
        en "link `{url}` holds a user name and password; the evidence ledger is read by everyone who opens the repository, so the link was not recorded";
    EvNotePassword { note: String } =>
        id "catatan `{note}` memuat alamat web dengan nama pengguna dan kata sandi; buku catatan bukti dibaca setiap orang yang membuka repositori, jadi bukti itu tidak dicatat",
        en "the note `{note}` holds a web address with a user name and password; the evidence ledger is read by everyone who opens the repository, so the evidence was not recorded";
    HelpEvNotePassword =>
        id "hapus `nama:sandi@` dari alamat di `--note`, lalu ganti kata sandinya bila sudah pernah dibagikan",
        en "remove `name:password@` from the address in `--note`, then change the password if it was ever shared";
    ArgBlank { flag: &'static str, required: bool } =>
        id { if *required { format!("`{flag}` kosong; tulis nilainya") } else { format!("`{flag}` kosong; tulis nilainya, atau tinggalkan opsi itu bila tidak diketahui") } },
        en { if *required { format!("`{flag}` is empty; give its value") } else { format!("`{flag}` is empty; give its value, or leave the option out if it is not known") } };
    ArgPassword { flag: &'static str, value: String } =>
        id "`{flag}` `{value}` memuat alamat web dengan nama pengguna dan kata sandi; berkas yang ditulis skp dibaca setiap orang yang membuka repositori, jadi tidak ada yang ditulis",
        en "`{flag}` `{value}` holds a web address with a user name and password; the files skp writes are read by everyone who opens the repository, so nothing was written";
    ArgPersonalData { flag: &'static str, code: &'static str, value: String } =>
        id "`{flag}` `{value}` memuat data pribadi ({code}); berkas yang ditulis skp dibaca setiap orang yang membuka repositori dan tidak boleh disunting manual, jadi tidak ada yang ditulis",
        en "`{flag}` `{value}` holds personal data ({code}); the files skp writes are read by everyone who opens the repository and are not to be edited by hand, so nothing was written";
    HelpArgPersonalData { flag: &'static str } =>
        id "tulis `{flag}` tanpa data itu (mis. \"dikirim melalui surel kepada pelapor\"); kontak resmi instansi yang memang dipublikasikan dapat dikecualikan di skp.toml: `[privacy] allow = [\"@contoh.go.id\"]`",
        en "write `{flag}` without it (e.g. \"sent by e-mail to the complainant\"); an official contact the agency publishes can be allowed in skp.toml: `[privacy] allow = [\"@contoh.go.id\"]`";
    HelpArgPassword { flag: &'static str } =>
        id "hapus `nama:sandi@` dari alamat di `{flag}`, lalu ganti kata sandinya bila sudah pernah dibagikan",
        en "remove `name:password@` from the address in `{flag}`, then change the password if it was ever shared";
    HelpEvUrlPassword =>
        id "catat tautan berbagi yang tidak memerlukan kata sandi, atau unduh berkasnya dan catat berkas itu (`skp evidence add BERKAS`)",
        en "record a share link that needs no password, or download the file and record it (`skp evidence add FILE`)";
    HelpDPersonalData =>
        id "hapus atau ganti dengan rujukan (nomor aduan, nomor surat) sebelum dibagikan (UU 27/2022); kontak resmi instansi dapat diizinkan di `[privacy] allow` skp.toml",
        en "remove it or replace it with a reference (complaint or letter number) before sharing (UU 27/2022); official agency contacts can be allowed in `[privacy] allow` of skp.toml";
    DIdentityDocument { berkas: String, dokumen: String } =>
        id "bukti `{berkas}` tampaknya pindaian {dokumen}",
        en "evidence `{berkas}` looks like a scan of a {dokumen}";
    HelpDIdentityDocument =>
        id "dokumen identitas tidak diperlukan untuk membuktikan hasil kerja: ganti dengan dokumen hasil kerjanya, atau simpan di luar repositori sesuai ketentuan instansi",
        en "an identity document does not prove a work result: replace it with the result's own document, or keep it outside the repository as the agency requires";
    PMissingPerilaku { jumlah: usize, hilang: String } =>
        id "perilaku kerja tidak memuat {jumlah} nilai BerAKHLAK: {hilang}",
        en { format!("the behaviour section lacks {}: {hilang}", plural(*jumlah, "BerAKHLAK value", "BerAKHLAK values")) };
    HelpPMissingPerilaku =>
        id "tulis ketujuh nilai, masing-masing boleh kosong (`akuntabel: {{}}`) atau dengan `ekspektasi_khusus` dari pejabat penilai",
        en "write all seven values, each may be empty (`akuntabel: {{}}`) or carry the appraiser's `ekspektasi_khusus`";
    PUnknownPerilaku { kunci: String } =>
        id "`{kunci}` bukan nilai BerAKHLAK",
        en "`{kunci}` is not a BerAKHLAK value";
    HelpPFormerAspect { suggestion: String } =>
        id "sejak PermenPANRB 6/2022 perilaku kerja dinilai dengan tujuh nilai BerAKHLAK, bukan aspek aturan lama; nilai yang paling dekat: `{suggestion}`",
        en "since PermenPANRB 6/2022 behaviour is assessed on the seven BerAKHLAK values, not the aspects of the former rules; the closest value: `{suggestion}`";
    PLampiranEmpty { bagian: String } =>
        id "bagian lampiran `{bagian}` kosong",
        en "lampiran section `{bagian}` is empty";
    HelpPLampiranEmpty =>
        id "isi dengan yang disepakati bersama pejabat penilai (misalnya sumber daya: anggaran, sarana, akses sistem), atau hapus bagian itu",
        en "fill it with what was agreed with the appraiser (e.g. resources: budget, facilities, system access), or remove the section";
    HelpPLampiranSkema =>
        id "isi dengan yang disepakati bersama pejabat penilai (misalnya laporan capaian setiap triwulan kepada pejabat penilai, dialog kinerja), atau hapus bagian itu",
        en "fill it with what was agreed with the appraiser (e.g. a report of results to the appraiser every quarter, performance dialogues), or remove the section";
    HelpPLampiranKonsekuensi =>
        id "isi dengan yang disepakati bersama pejabat penilai (misalnya capaian di bawah target dibahas dalam dialog kinerja; capaian menjadi dasar pengembangan karier), atau hapus bagian itu",
        en "fill it with what was agreed with the appraiser (e.g. results below target are discussed in a performance dialogue; results inform career development), or remove the section";
    PVagueEkspektasi { nilai: String, kata: String } =>
        id "ekspektasi khusus pimpinan untuk {nilai} terlalu umum (\"{kata}\")",
        en "the leader's specific expectation for {nilai} is too general (\"{kata}\")";
    HelpPVagueEkspektasi =>
        id "tulis perilaku yang dapat diamati: apa yang dilakukan, kapan atau seberapa sering, misalnya \"laporan gangguan ditanggapi paling lambat 1 hari kerja\"",
        en "write behaviour that can be observed: what is done, when or how often, e.g. \"fault reports answered within 1 working day\"";
    PJptLampiran { hilang: String } =>
        id "lampiran SKP JPT tidak memuat {hilang}",
        en "the JPT SKP's lampiran lacks {hilang}";
    HelpPJptLampiran =>
        id "formulir SKP JPT diakhiri lampiran dengan tiga bagian: dukungan sumber daya, skema pertanggungjawaban, dan konsekuensi (PermenPANRB 6/2022)",
        en "the JPT SKP form ends with a lampiran of three sections: resources, accountability scheme and consequences (PermenPANRB 6/2022)";
    NUnknownPerilaku { kunci: String } =>
        id "`{kunci}` bukan nilai BerAKHLAK",
        en "`{kunci}` is not a BerAKHLAK value";
    NPeriodOutside { periode: String, skp: String } =>
        id "periode {periode} bukan periode evaluasi SKP {skp}",
        en "{periode} is not an evaluation period of SKP {skp}";
    HelpNPeriodOutside { periode: String } =>
        id "periode evaluasi SKP ini: {periode}",
        en "this SKP's evaluation periods: {periode}";
    NValueUnreadable { nilai: String } =>
        id "realisasi `{nilai}` tidak terbaca sebagai angka, padahal targetnya angka",
        en "the realisation `{nilai}` does not read as a number, while its target is one";
    NValueNegative { nilai: String } =>
        id "realisasi `{nilai}` negatif; skp belum dapat menghitung capaian dari angka negatif",
        en "the realisation `{nilai}` is negative; skp cannot yet compute a capaian from a negative figure";
    HelpNValueNegative =>
        id "capaiannya dihitung dan dijelaskan pejabat penilai; catat alasannya di `umpan_balik` dan lampirkan bukti dukungnya",
        en "the appraiser computes and explains its capaian; write the reason in `umpan_balik` and record its evidence";
    NValueOtherUnit { nilai: String, satuan: String } =>
        id "realisasi `{nilai}` bersatuan lain dari targetnya (`{satuan}`)",
        en "the realisation `{nilai}` is in another unit than its target (`{satuan}`)";
    NValueFraction { nilai: String, target: String, persen: Amount } =>
        id { format!("realisasi `{nilai}` tanpa satuan terbaca {nilai} % dari target {target}; bila yang dimaksud pecahan, itu {}", persen.in_(Lang::Id)) },
        en { format!("the realisation `{nilai}` has no unit and reads as {nilai} % of the target {target}; as a fraction it is {}", persen.in_(Lang::En)) };
    HelpNValueFraction =>
        id "tulis realisasi dalam persen seperti targetnya (`90 %`, bukan `0,9`); capaian dihitung dari angka yang tertulis",
        en "write the realisation in percent as its target is (`90 %`, not `0,9`); the capaian is computed from the number written";
    NValueTargetFraction { nilai: String, target: String, persen: Amount } =>
        id { format!("realisasi `{nilai}` dalam persen, sedangkan targetnya `{target}` tanpa satuan di bawah 1: bila target itu pecahan, targetnya {}", persen.in_(Lang::Id)) },
        en { format!("the realisation `{nilai}` is in percent while its target `{target}` is a unitless number under one: as a fraction the target is {}", persen.in_(Lang::En)) };
    HelpNValueTargetFraction =>
        id "tulis target di SKP dalam persen (`85 %`, bukan `0,85`); capaian dihitung dari angka yang tertulis dan kini ratusan kali lipat",
        en "write the plan's target in percent (`85 %`, not `0,85`); the capaian is computed from the numbers written and is now a hundredfold";
    HelpNValue =>
        id "tulis realisasi dengan angka dan satuan targetnya (`3 modul`, `95 %`); penjelasan masuk ke `umpan_balik`",
        en "write the realisation as a number in the target's unit (`3 modul`, `95 %`); explanations go in `umpan_balik`";
    NValueNotDate { nilai: String } =>
        id "realisasi `{nilai}` tidak terbaca sebagai tanggal, padahal targetnya tenggat",
        en "the realisation `{nilai}` does not read as a date, while its target is a deadline";
    NValueDateNoYear { nilai: String } =>
        id "realisasi `{nilai}` tidak menyebut tahunnya, dan tahunnya menentukan tenggatnya tercapai atau tidak",
        en "the realisation `{nilai}` names no year, and the year decides whether the deadline was met";
    HelpNValueDate =>
        id "targetnya tenggat: tulis tanggal pekerjaan selesai (`20 Maret 2026`); penjelasan masuk ke `umpan_balik`",
        en "the target is a deadline: write the date the work was done (`20 Maret 2026`); explanations go in `umpan_balik`";
    NNotPenilai { nip: String, penilai: String } =>
        id "dinilai oleh {nip}, padahal pejabat penilai SKP ini {penilai}",
        en "evaluated by {nip}, while this SKP's appraiser is {penilai}";
    HelpNNotPenilai =>
        id "bila penilai berganti, perbarui `pejabat_penilai` di SKP (dengan `sebagai: plt` atau `plh` untuk pelaksana tugas); bila salah tulis, betulkan `dinilai_oleh`",
        en "if the appraiser changed, update `pejabat_penilai` in the SKP (with `sebagai: plt` or `plh` for an acting official); if it is a typo, fix `dinilai_oleh`";
    NDuplicate { skp: String, periode: String } =>
        id "realisasi kedua untuk SKP {skp} periode {periode}",
        en "a second evaluation of SKP {skp} for {periode}";
    HelpNDuplicate =>
        id "satu periode dievaluasi sekali: gabungkan kedua berkas (git menyimpan riwayat revisinya)",
        en "each period is evaluated once: merge the two files (git keeps the history of revisions)";
    NWithoutEvidence { id: String, periode: String } =>
        id "realisasi {id} untuk {periode} tanpa bukti dukung di buku catatan bukti",
        en "the realisation of {id} for {periode} has no evidence in the ledger";
    HelpNWithoutEvidence { skp: String, id: String, periode: String } =>
        id "catat buktinya: `skp evidence add BERKAS --skp {skp} --for {id} --period {periode} --date TANGGAL_PEKERJAAN`",
        en "record its evidence: `skp evidence add FILE --skp {skp} --for {id} --period {periode} --date WORK_DATE`";
    NPenilaiBelowPengawas { jabatan: String, jenis: String } =>
        id "pejabat penilai SKP ini ({jabatan}) berjabatan {jenis}, di bawah jenjang pengawas",
        en "this SKP's appraiser ({jabatan}) holds a {jenis} post, below the pengawas level";
    HelpNPenilaiBelowPengawas =>
        id "jadikan pejabat itu `atasan_kinerja`, dan pejabat pengawas atau administrator di atasnya `pejabat_penilai`",
        en "make that official the `atasan_kinerja`, and the pengawas or administrator above them the `pejabat_penilai`";
    NRatingAgainstCapaian { rating: String, n: usize } =>
        id { if *n == 1 { format!("rating hasil kerja {rating} berlawanan dengan capaian satu-satunya indikator yang capaiannya dapat dihitung (capaian dihitung sebagai bahan pertimbangan)") } else { format!("rating hasil kerja {rating} berlawanan dengan capaian semua {n} indikator yang capaiannya dapat dihitung (capaian dihitung sebagai bahan pertimbangan)") } },
        en { if *n == 1 { format!("the result rating {rating} goes against the advisory achievement of the one indicator whose achievement could be computed") } else { format!("the result rating {rating} goes against the advisory achievement of all {n} indicators whose achievement could be computed") } };
    HelpNRatingAgainstCapaian =>
        id "tinjau kembali rating-nya, atau tuliskan alasan penilaian di `catatan_rekomendasi` dan kecualikan dengan `# skp: abaikan N111 -- alasan`",
        en "review the rating, or write the reason in `catatan_rekomendasi` and exempt it with `# skp: abaikan N111 -- reason`";
    NLeaderRating { rating: String, organisasi: String, diharapkan: String } =>
        id "rating hasil kerja {rating} berbeda dari capaian kinerja organisasinya ({organisasi}), yang memberi {diharapkan}",
        en "the result rating {rating} differs from the organisation's result ({organisasi}), which gives {diharapkan}";
    HelpNLeaderRating { rating: String } =>
        id "hasil kerja pimpinan adalah hasil organisasinya (SE MenPANRB 3/2023): tulis `rating_hasil_kerja: {rating}`",
        en "a leader's results are the organisation's (SE MenPANRB 3/2023): write `rating_hasil_kerja: {rating}`";
    NDistribution { organisasi: (&'static str, &'static str), aturan: String, sebaran: Vec<super::Share>, kecil: bool } =>
        id { format!("sebaran predikat pegawai unit ini tidak sesuai kurva untuk capaian organisasi {} ({}): {}{}", organisasi.0, curve_id(aturan), super::shares(sebaran, Lang::Id), if *kecil { "; unit sekecil ini sulit memenuhi persentase kurva" } else { "" }) },
        en { format!("the unit's predikat distribution breaks the curve for an organisation result of {} ({}): {}{}", organisasi.1, curve_en(aturan), super::shares(sebaran, Lang::En), if *kecil { "; a unit this small can hardly meet the curve's shares" } else { "" }) };
    HelpNDistribution =>
        id "tinjau predikat pegawai bersama pimpinan unit terhadap kurva SE MenPANRB 3/2023 (`skp explain N113`)",
        en "review the staff's predikat with the unit leader against the SE MenPANRB 3/2023 curve (`skp explain N113`)";
    NPredikatMatrix { predikat: String, hasil: String, perilaku: String, kuadran: String } =>
        id "predikat {predikat} bertentangan dengan kuadran kinerja: rating hasil kerja {hasil} dan rating perilaku kerja {perilaku} memberi {kuadran}",
        en "the predikat {predikat} contradicts the performance quadrant: rating hasil kerja {hasil} with rating perilaku kerja {perilaku} gives {kuadran}";
    HelpNPredikatMatrix { kuadran: String } =>
        id "tulis `predikat: {kuadran}`, atau tinjau kembali kedua rating-nya",
        en "write `predikat: {kuadran}`, or review the two ratings";
    NAfterDeadline { tanggal: String, periode: String, batas: String } =>
        id "evaluasi periode {periode} dicatat {tanggal}, sesudah batas waktunya {batas}",
        en "the evaluation of {periode} was recorded on {tanggal}, after its deadline {batas}";
    HelpNAfterDeadline =>
        id "catat evaluasi dan umpan balik segera setelah periodenya berakhir; batasnya diatur dengan `[evaluation] deadline_days`",
        en "record the evaluation and feedback soon after its period ends; the deadline is set by `[evaluation] deadline_days`";
    NBeforePeriod { tanggal: String, periode: String, mulai: String } =>
        id "evaluasi periode {periode} bertanggal {tanggal}, sebelum periodenya dimulai ({mulai})",
        en "the evaluation of {periode} is dated {tanggal}, before its period begins ({mulai})";
    HelpNBeforePeriod =>
        id "tulis tanggal evaluasi yang sebenarnya (sesudah periodenya berjalan); tanggal ini tercetak di tempat tanda tangan formulir evaluasi",
        en "write the date the evaluation was actually made (once its period is under way); it is printed where the evaluation form is signed";
    TNotChallenging { target: String, pembanding: Amount, sumber: String } =>
        id { format!("target {target} lebih buruk dari titik tolaknya ({sumber}: {}): target tidak menantang", pembanding.in_(Lang::Id)) },
        en { format!("the target {target} is worse than where it starts from ({sumber}: {}): not a challenging target", pembanding.in_(Lang::En)) };
    HelpTNotChallenging =>
        id "sepakati target yang sekurang-kurangnya mempertahankan capaian; bila penurunan memang wajar, tulis alasannya di `catatan` dan `# skp: abaikan T101 -- alasan`",
        en "agree a target that at least keeps the level reached; if a lower one is justified, give the reason in `catatan` and `# skp: abaikan T101 -- reason`";
    TUnrealistic { target: String, pembanding: Amount, sumber: String, kali: f64, turun: bool } =>
        id { if *turun { format!("target {target} kurang dari 1/{} titik tolaknya ({sumber}: {}): target tidak realistis", number_in(*kali, Lang::Id), pembanding.in_(Lang::Id)) } else { format!("target {target} lebih dari {} kali lipat dari titik tolaknya ({sumber}: {}): target tidak realistis", number_in(*kali, Lang::Id), pembanding.in_(Lang::Id)) } },
        en { if *turun { format!("the target {target} is less than 1/{} of where it starts from ({sumber}: {}): not a realistic target", number_in(*kali, Lang::En), pembanding.in_(Lang::En)) } else { format!("the target {target} is more than {} times where it starts from ({sumber}: {}): not a realistic target", number_in(*kali, Lang::En), pembanding.in_(Lang::En)) } };
    HelpTUnrealistic =>
        id "periksa satuan dan angkanya; bila lompatan itu disengaja, tulis dasarnya di `catatan` (batasnya: `[targets] max_growth`)",
        en "check the unit and the number; if the jump is intended, give its basis in `catatan` (the limit: `[targets] max_growth`)";
    TDiffersFromSource { target: Amount, sumber: String, target_sumber: Amount } =>
        id { format!("target {} berbeda dari target sumbernya ({sumber}: {})", target.in_(Lang::Id), target_sumber.in_(Lang::Id)) },
        en { format!("the target {} differs from its source's ({sumber}: {})", target.in_(Lang::En), target_sumber.in_(Lang::En)) };
    HelpTDiffersFromSource =>
        id "samakan dengan target sumbernya, atau rujuk dokumen perubahannya (PK Perubahan) bila target memang diubah",
        en "align it with its source's target, or cite the amended document (PK Perubahan) if the target was changed";
    TCascadeSum { target: f64, jumlah: f64, satuan: String, bawahan: usize } =>
        id { format!("target {} {satuan} tidak sama dengan jumlah target {bawahan} RHK bawahan yang mengintervensinya ({} {satuan})", number_in(*target, Lang::Id), number_in(*jumlah, Lang::Id)) },
        en { format!("the target {} {satuan} does not equal the sum of the targets of the {bawahan} subordinate RHKs that intervene it ({} {satuan})", number_in(*target, Lang::En), number_in(*jumlah, Lang::En)) };
    HelpTCascadeSum =>
        id "bagi habis target atasan kepada bawahan yang mengintervensinya (Matriks Peran Hasil: `skp report mph`), atau catat bila dikerjakan bersama",
        en "divide the superior's target among the subordinates who intervene it (Matriks Peran Hasil: `skp report mph`), or note that the work is shared";
    TShareBelowSuperior { target: Amount, atasan: Amount, rhk: String } =>
        id { format!("target {} di bawah target atasan untuk ukuran yang sama ({rhk}: {})", target.in_(Lang::Id), atasan.in_(Lang::Id)) },
        en { format!("the target {} is below the superior's on the same measure ({rhk}: {})", target.in_(Lang::En), atasan.in_(Lang::En)) };
    HelpTShareBelowSuperior =>
        id "bawahan yang mengintervensi hasil atasan sekurang-kurangnya menjanjikan persentase atasannya; samakan, atau ukur bagian kerjanya sendiri",
        en "a subordinate who intervenes the superior's result promises at least the superior's share; align it, or measure their own part of the work";
    TPeriodicContradicts { perhitungan: String, tahunan: f64, periodik: Vec<(String, f64)>, masalah: &'static str } =>
        id { format!("target periodik ({}) bertentangan dengan target tahunan {} menurut perhitungan {perhitungan}: {}", periods(periodik, Lang::Id), number_in(*tahunan, Lang::Id), match *masalah { "kumulatif_turun" => "target kumulatif turun dari periode ke periode", "akhir_tidak_sama" => "target periode terakhir tidak sama dengan target tahunan", _ => "rata-ratanya tidak sama dengan target tahunan" }) },
        en { format!("the periodic targets ({}) contradict the annual target {} under perhitungan {perhitungan}: {}", periods(periodik, Lang::En), number_in(*tahunan, Lang::En), match *masalah { "kumulatif_turun" => "a cumulative target goes down from one period to the next", "akhir_tidak_sama" => "the last period's target is not the annual target", _ => "their mean is not the annual target" }) };
    HelpTPeriodicContradicts =>
        id "kumulatif: target periodik tidak turun dan berakhir pada target tahunan; rata_rata: rata-ratanya sama dengan target tahunan; nilai_akhir: periode terakhir sama dengan target tahunan",
        en "kumulatif: periodic targets never go down and end at the annual target; rata_rata: their mean is the annual target; nilai_akhir: the last period is the annual target";
    TDeadlineOutside { tenggat: String, tanggal: Option<String>, mulai: String, selesai: String, arah: &'static str } =>
        id { format!("tenggat `{tenggat}`{} jatuh {} periode penilaian SKP ({mulai} s.d. {selesai})", tanggal.as_ref().map(|t| format!(" ({t})")).unwrap_or_default(), if *arah == "sebelum" { "sebelum" } else { "sesudah" }) },
        en { format!("the deadline `{tenggat}`{} falls {} the SKP's appraisal period ({mulai} to {selesai})", tanggal.as_ref().map(|t| format!(" ({t})")).unwrap_or_default(), if *arah == "sebelum" { "before" } else { "after" }) };
    TDeadlineAfterOwnPeriod { tenggat: String, tanggal: Option<String>, periode: String, selesai: String } =>
        id { format!("tenggat `{tenggat}`{} untuk {periode} jatuh sesudah periode itu selesai ({selesai})", tanggal.as_ref().map(|t| format!(" ({t})")).unwrap_or_default()) },
        en { format!("the deadline `{tenggat}`{} for {periode} falls after that period ends ({selesai})", tanggal.as_ref().map(|t| format!(" ({t})")).unwrap_or_default()) };
    HelpTDeadlineAfterOwnPeriod =>
        id "target periodik dinilai pada evaluasi periodenya: tuliskan di sana apa yang selesai dalam periode itu, dan tenggatnya pada periode tempat ia jatuh",
        en "a periodic target is judged at its period's evaluation: write there what is done within that period, and the deadline under the period it falls in";
    TPeriodicOutside { periode: String, skp: String } =>
        id "target periodik untuk {periode}, yang bukan periode evaluasi SKP {skp}: tidak ada evaluasi SKP ini yang diukur dengannya",
        en "a periodic target for {periode}, which is not an evaluation period of SKP {skp}: no evaluation of this SKP is measured against it";
    HelpTPeriodicOutside { periode: String } =>
        id "periode evaluasi SKP ini: {periode}; evaluasi periode tanpa target periodik diukur dengan target tahunan",
        en "this SKP's evaluation periods: {periode}; a period without a periodic target is measured against the annual target";
    HelpTDeadlineOutsidePeriod =>
        id "periode penilaian SKP ini lebih pendek dari setahun: sepakati tenggat di dalamnya, atau rencanakan pekerjaan itu pada SKP periode tempat tenggatnya jatuh",
        en "this SKP's appraisal period is shorter than the year: agree a deadline inside it, or plan the work in the SKP of the period the deadline falls in";
    HelpTDeadlineOutside { tahun: i32 } =>
        id { format!("periksa tahunnya (SKP tahun {tahun}); pekerjaan yang tenggatnya jatuh di tahun lain direncanakan pada SKP tahun itu") },
        en { format!("check its year (an SKP for {tahun}); work due in another year is planned in that year's SKP") };
    TCopied { jumlah: usize, tahun: Option<i32> } =>
        id { match tahun { Some(y) => format!("setiap target {jumlah} indikator SKP ini sama dengan target SKP {y}: target disalin, bukan disepakati"), None => format!("setiap target {jumlah} indikator SKP ini 100 %: target tidak dibedakan menurut kondisi tiap hasil") } },
        en { match tahun { Some(y) => format!("every target of this SKP's {jumlah} indicators equals the {y} SKP's: copied, not agreed"), None => format!("every target of this SKP's {jumlah} indicators is 100 %: targets not set for each result's conditions") } };
    HelpTCopied =>
        id "sepakati target per indikator dalam dialog kinerja dengan menimbang baseline dan realisasi terakhir (`skp report target`)",
        en "agree each indicator's target in the performance dialogue, weighing its baseline and last result (`skp report target`)";
    BContentMismatch { berkas: String, jenis: Option<String> } =>
        id { match jenis { Some(j) => format!("isi berkas bukti {berkas} tidak sesuai dengan ekstensinya: terbaca sebagai {j}"), None => format!("isi berkas bukti {berkas} tidak sesuai dengan ekstensinya: isinya bukan jenis berkas yang dikenali") } },
        en { match jenis { Some(j) => format!("the content of evidence file {berkas} does not match its extension: it reads as {j}"), None => format!("the content of evidence file {berkas} does not match its extension: it is no file type skp recognises") } };
    HelpBContentMismatch =>
        id "buka berkasnya; bila itu halaman pesan kesalahan atau berkas yang salah, ganti dengan dokumen aslinya dan catat ulang dengan `skp evidence add`",
        en "open the file; if it is an error page or the wrong file, replace it with the real document and record it again with `skp evidence add`";
    BDocumentDate { berkas: String, tanggal: String, sumber: String, periode: String } =>
        id "tanggal dokumen bukti {berkas} ({sumber}: {tanggal}) tidak cocok dengan periodenya {periode}",
        en "the document date of evidence file {berkas} ({sumber}: {tanggal}) does not fit its period {periode}";
    HelpBDocumentDate { id: String } =>
        id "pastikan berkas ini memang bukti periode tersebut; bila tercatat di periode yang salah, hapus catatannya dengan `skp evidence rm {id}` lalu catat ulang di periode yang benar; bila sah (misalnya hasil pindai ulang), beri alasan dengan `skp evidence abaikan {id} --kode B113 --alasan …`",
        en "make sure this file is evidence of that period; if it is recorded under the wrong period, remove the record with `skp evidence rm {id}` and record it again under the right one; if it is legitimate (a later rescan, say), give the reason with `skp evidence abaikan {id} --kode B113 --alasan …`";
    BUnrelatedText { berkas: String, untuk: String } =>
        id "teks bukti {berkas} tidak memuat satu pun pokok dari {untuk} (indikator, RHK, maupun bukti rencananya)",
        en "the text of evidence file {berkas} shares no subject with {untuk} (its indicator, RHK or planned evidence)";
    HelpBUnrelatedText =>
        id "buka berkasnya: bila salah lampir, ganti dengan bukti yang benar; bila relevan dengan istilah lain, tambahkan istilah itu ke `bukti_rencana` indikatornya",
        en "open the file: if the wrong file was attached, replace it; if it is relevant in other words, add those words to the indicator's `bukti_rencana`";
    BMoved { berkas: String, to: String } =>
        id "berkas bukti {berkas} pindah ke {to}",
        en "evidence file {berkas} moved to {to}";
    HelpBMoved { to: String } =>
        id "isi yang sama ada di {to}; perbaiki jalurnya dengan `skp evidence relink`",
        en "the same content is at {to}; repair the path with `skp evidence relink`";
    BUnsafe { berkas: String } =>
        id "jalur bukti `{berkas}` keluar dari ruang kerja; berkas tidak dibaca",
        en "evidence path `{berkas}` leaves the workspace; the file was not read";
    HelpBUnsafe =>
        id "`berkas` ditulis relatif terhadap akar ruang kerja, dipisah `/`, tanpa `..`",
        en "`berkas` is relative to the workspace root, `/`-separated, without `..`";
    BUnknownSkp { skp: String } =>
        id "daftar bukti untuk SKP `{skp}`, padahal SKP itu tidak ada di ruang kerja",
        en "ledger for SKP `{skp}`, which is not in the workspace";
    BUnknownTarget { target: String } =>
        id "bukti dicatat untuk `{target}`, padahal RHK/IKI itu tidak ada di SKP-nya",
        en "evidence for `{target}`, which does not exist in its SKP";
    HelpBUnknownSkp =>
        id "perbaiki `skp:` agar menyebut id SKP yang ada (`skp tree` menampilkannya), atau hapus daftar bukti ini bila SKP-nya sudah tidak ada",
        en "correct `skp:` to name an SKP that exists (`skp tree` lists them), or delete this ledger if its SKP is gone";
    HelpBUnknownTarget =>
        id "perbaiki dengan `skp evidence rm` lalu `skp evidence add --for …` ke RHK/IKI yang benar",
        en "fix with `skp evidence rm` and then `skp evidence add --for …` to the right RHK/IKI";
    BDateOutside { tanggal: String, periode: String } =>
        id "tanggal bukti {tanggal} di luar periodenya {periode}",
        en "evidence date {tanggal} is outside its period {periode}";
    BDateOutsideSkp { tanggal: String, awal: String, akhir: String } =>
        id "tanggal bukti {tanggal} di luar periode penilaian SKP-nya ({awal} s.d. {akhir})",
        en "evidence date {tanggal} is outside its SKP's appraisal period ({awal} to {akhir})";
    BRecordedOutside { ditambahkan: String, periode: String } =>
        id "bukti tanpa tanggal ini dicatat {ditambahkan}, di luar periodenya {periode}, sehingga tidak dihitung untuk periode itu",
        en "this undated evidence was recorded on {ditambahkan}, outside its period {periode}, so it does not count for that period";
    HelpBRecordedOutside =>
        id "catat ulang dengan tanggal pekerjaannya: `skp evidence rm` lalu `skp evidence add … --date YYYY-MM-DD`",
        en "record it again with the date of the work: `skp evidence rm`, then `skp evidence add … --date YYYY-MM-DD`";
    HelpBDateOutside { id: String } =>
        id "catat bukti pada periode tanggalnya; bila sah, beri alasan dengan `skp evidence abaikan {id} --kode B105 --alasan …`",
        en "record the evidence in its date's period; if legitimate, give the reason with `skp evidence abaikan {id} --kode B105 --alasan …`";
    BSharedPeriod { periode: String } =>
        id "berkas yang sama juga diklaim untuk periode {periode}",
        en "the same file is also claimed for period {periode}";
    BSharedUnit { skp: String } =>
        id "berkas yang sama juga diklaim oleh SKP {skp} dari unit kerja lain",
        en "the same file is also claimed by SKP {skp} of another unit";
    HelpBShared =>
        id "bila dokumen bersama yang sah, tandai `bersama: true` atau beri alasan dengan `skp evidence abaikan`",
        en "if it is a legitimate shared document, mark it `bersama: true` or give a reason with `skp evidence abaikan`";
    BFirstClaim =>
        id "klaim pertama",
        en "first claim";
    BPlannedMissing { rencana: String } =>
        id "bukti yang direncanakan \"{rencana}\" tidak pernah dilampirkan",
        en "planned evidence \"{rencana}\" was never attached";
    HelpBPlannedMissing =>
        id "lampirkan dengan `skp evidence add … --for <IKI>` (nama berkas atau --note memuat kata rencananya), atau perbarui `bukti_rencana`",
        en "attach it with `skp evidence add … --for <IKI>` (file name or --note containing the planned words), or update `bukti_rencana`";
    BUnrecorded { berkas: String } =>
        id "berkas {berkas} ada di folder bukti tetapi tidak tercatat",
        en "file {berkas} is in a bukti folder but not recorded";
    HelpBUnrecorded { berkas: String, skp: String, periode: String } =>
        id "catat dengan `skp evidence add {berkas} --skp {skp} --for ID_IKI --period {periode} --date TANGGAL_PEKERJAAN`, atau hapus berkasnya",
        en "record it with `skp evidence add {berkas} --skp {skp} --for IKI_ID --period {periode} --date WORK_DATE`, or delete it";
    HelpBUnrecordedTemp =>
        id "ini salinan setengah jadi dari `skp evidence add` yang terputus, bukan bukti: hapus berkasnya (atau jalankan lagi `skp evidence add` untuk berkas aslinya, yang membersihkannya)",
        en "this is a half-written copy left by an interrupted `skp evidence add`, not evidence: delete it (or run `skp evidence add` again for the original file, which clears it away)";
    BCoverageGap { iki: String, periode: String, bukti: usize, min: usize } =>
        id "{iki} baru memiliki {bukti} dari {min} bukti untuk periode {periode} yang sudah jatuh tempo",
        en { format!("{iki} has {bukti} of {} for period {periode}, which is due", plural(*min, "piece of evidence", "pieces of evidence")) };
    BCoverageUnverified { iki: String, periode: String } =>
        id "{iki} belum memiliki bukti terverifikasi untuk periode {periode} yang sudah jatuh tempo: hanya tautan tanpa hash isi, atau berkas yang isinya tidak sesuai namanya",
        en "{iki} has no verified evidence for period {periode}, which is due: only links without a content hash, or files whose content contradicts their name";
    HelpBCoverageGap { skp: String, iki: String, periode: String } =>
        id "lampirkan bukti dengan `skp evidence add BERKAS --skp {skp} --for {iki} --period {periode} --date TANGGAL_PEKERJAAN`; lihat semua celah dengan `skp report`",
        en "attach evidence with `skp evidence add FILE --skp {skp} --for {iki} --period {periode} --date WORK_DATE`; see every gap with `skp report`";
    BUrl { url: String } =>
        id "bukti tautan {url} tidak dapat diverifikasi isinya",
        en "link evidence {url} cannot have its content verified";
    HelpBUrl =>
        id "unduh dokumennya dan catat sebagai berkas dengan `skp evidence add`",
        en "download the document and record it as a file with `skp evidence add`";
    BNotFetched { berkas: String } =>
        id "isi {berkas} belum diambil di sini (penunjuk Git LFS atau penyimpanan tidak tersedia)",
        en "the content of {berkas} is not fetched here (a Git LFS pointer, or the store is unavailable)";
    HelpBNotFetched =>
        id "jalankan `git lfs pull` (atau sediakan penyimpanannya) lalu `skp evidence verify`",
        en "run `git lfs pull` (or make the store available), then `skp evidence verify`";

    // ---- coverage report and export ----
    ReportTitle { as_of: String } =>
        id "Cakupan bukti dukung per {as_of} (celah di atas)",
        en "Evidence coverage as of {as_of} (gaps first)";
    ReportPerEmployee { nama: String, nip: String, terpenuhi: usize, wajib: usize } =>
        id "{nama} ({nip}): {terpenuhi} dari {wajib} indikator-periode yang sudah jatuh tempo terpenuhi",
        en "{nama} ({nip}): {terpenuhi} of {wajib} due cells met";
    CoverageStatus { code: &'static str } =>
        id { match *code { "terpenuhi" => "terpenuhi", "kurang" => "kurang", "tidak_terverifikasi" => "tidak terverifikasi", "kosong" => "kosong", "berubah" => "berubah", "hilang" => "hilang", "belum_jatuh_tempo" => "belum jatuh tempo", _ => "tidak berlaku" }.to_string() },
        en { match *code { "terpenuhi" => "met", "kurang" => "short", "tidak_terverifikasi" => "unverified", "kosong" => "empty", "berubah" => "changed", "hilang" => "missing", "belum_jatuh_tempo" => "not yet due", _ => "not applicable" }.to_string() };
    DashboardUnit =>
        id "Unit",
        en "Unit";
    DashboardStatus =>
        id "Status",
        en "Status";
    DashboardCellNote =>
        id "Setiap sel menunjukkan status terburuk dari indikator pegawai itu pada periodenya, dan berapa indikator yang terpenuhi.",
        en "Each cell shows the worst status of the employee's indicators in its period, and how many indicators are met.";
    DashboardCellMet { met: usize, all: usize } =>
        id "{met}/{all} terpenuhi",
        en "{met}/{all} met";
    DashboardEmployee =>
        id "Pegawai",
        en "Employee";
    DashboardGaps =>
        id "Celah per pegawai",
        en "Gaps per employee";
    DashboardNoGaps =>
        id "Tidak ada celah: setiap sel yang jatuh tempo terpenuhi.",
        en "No gaps: every due cell is met.";
    AChanged { tanggal: String, perubahan: Vec<ApprovalChange> } =>
        id { format!("SKP ini berubah sesudah disetujui pada {tanggal}: {}", ApprovalChange::list(perubahan, crate::i18n::Lang::Id)) },
        en { format!("this SKP changed after its approval on {tanggal}: {}", ApprovalChange::list(perubahan, crate::i18n::Lang::En)) };
    HelpAChanged { nip: String, penilai: String } =>
        id "sepakati ulang dengan pejabat penilai, lalu catat: `skp approve --nip {nip} --by {penilai}`",
        en "agree it again with the appraiser, then record it: `skp approve --nip {nip} --by {penilai}`";
    AWeakened { iki: String, jenis: &'static str, rincian: String, tanggal: String } =>
        id { match *jenis { "dihapus" => format!("{iki} dihapus sesudah SKP disetujui pada {tanggal}"), "polaritas" => format!("polaritas {iki} dibalik sesudah SKP disetujui pada {tanggal}"), "perhitungan" => format!("perhitungan {iki} diubah sesudah SKP disetujui pada {tanggal} sehingga realisasi periodik yang sama memberi capaian tahunan lebih tinggi: {rincian}"), "target_periodik" => format!("target periodik {iki} dilemahkan sesudah SKP disetujui pada {tanggal}: {rincian}"), _ => format!("target {iki} dilemahkan sesudah SKP disetujui pada {tanggal}: {rincian}") } },
        en { match *jenis { "dihapus" => format!("{iki} was removed after the SKP's approval on {tanggal}"), "polaritas" => format!("the polarity of {iki} was flipped after the SKP's approval on {tanggal}"), "perhitungan" => format!("the perhitungan of {iki} was changed after the SKP's approval on {tanggal}, so the same periodic results give a higher annual capaian: {rincian}"), "target_periodik" => format!("a periodic target of {iki} was weakened after the SKP's approval on {tanggal}: {rincian}"), _ => format!("the target of {iki} was weakened after the SKP's approval on {tanggal}: {rincian}") } };
    HelpAWeakened =>
        id "kembalikan target yang disepakati, atau sepakati perubahan ini dengan pejabat penilai dan catat ulang dengan `skp approve`",
        en "restore the agreed target, or agree the change with the appraiser and record it again with `skp approve`";
    ApproveNoPenilai { file: String } =>
        id "SKP di {file} tidak mencantumkan NIP pejabat penilai (`pejabat_penilai.nip`), jadi tidak ada yang dapat menyepakatinya",
        en "the SKP in {file} names no appraiser's NIP (`pejabat_penilai.nip`), so nobody can approve it";
    ApproveDuplicateId { file: String, id: String } =>
        id "{file}: id {id} dipakai lebih dari sekali (F005); persetujuan mencatat RHK dan indikator menurut id-nya, jadi beri setiap RHK dan indikator id sendiri, lalu setujui",
        en "{file}: the id {id} is used more than once (F005); an approval records results and indicators by their ids, so give each its own id, then approve";
    HelpApproveNoPenilai =>
        id "tulis NIP pejabat penilai di `pejabat_penilai.nip`, lalu jalankan `skp approve` lagi dengan NIP itu pada `--by`",
        en "write the appraiser's NIP in `pejabat_penilai.nip`, then run `skp approve` again with that NIP as `--by`";
    ApproveNotPenilai { by: String, penilai: String } =>
        id "{by} bukan pejabat penilai SKP ini ({penilai}): hanya pejabat penilai yang menyepakati SKP",
        en "{by} is not this SKP's appraiser ({penilai}): only the appraiser approves an SKP";
    ApproveUnreadable { file: String } =>
        id "{file} tidak dapat dibaca dengan utuh; perbaiki temuan F-nya dulu (`skp check`), skp tidak menimpanya",
        en "{file} cannot be read whole; fix its F findings first (`skp check`), skp does not overwrite it";
    ApproveOtherSkp { file: String, named: String, skp: String } =>
        id "{file} mencatat persetujuan SKP `{named}`, bukan {skp}; skp tidak menambahkan persetujuan ke catatan SKP lain. Bila berkas itu tersalin ke sini, pindahkan atau hapus, lalu setujui lagi",
        en "{file} records the approvals of SKP `{named}`, not {skp}; skp does not add an approval to another SKP's record. If the file was copied here, move or delete it, then approve again";
    ApproveNotRecord { file: String } =>
        id "{file} bukan satu catatan persetujuan (tepat satu dokumen `kind: Persetujuan` dengan daftar `persetujuan`, tanpa dokumen lain); skp tidak menulis ke berkas itu. Pindahkan isi lain ke berkasnya sendiri atau pindahkan berkas itu, lalu setujui lagi",
        en "{file} is not one record of approvals (exactly one `kind: Persetujuan` document with a `persetujuan` list, and no other document); skp does not write to it. Move anything else to a file of its own or move that file away, then approve again";
    ApproveRecordElsewhere { file: String, other: String } =>
        id "persetujuan SKP ini sudah dicatat di {other}, bukan di {file} (berkas rencananya berganti nama?); ganti nama {other} menjadi {file}, lalu setujui lagi",
        en "this SKP's approvals are recorded in {other}, not in {file} (was the plan renamed?); rename {other} to {file}, then approve again";
    ApproveChanged { file: String } =>
        id "{file} berubah saat persetujuan dicatat (disunting di luar skp?); tidak ada yang ditulis, jalankan lagi",
        en "{file} changed while the approval was being recorded (edited outside skp?); nothing written, run again";
    ApproveDone { skp: String, by: String, tanggal: String, sha: String } =>
        id "{skp}: disetujui oleh {by} pada {tanggal} (isi {sha})",
        en "{skp}: approved by {by} on {tanggal} (content {sha})";
    ApproveStatusLeft { file: String, status: String } =>
        id "{file} masih menulis `status: {status}`; skp tidak mengubah berkas rencana, jadi tulis `status: disetujui` di sana bila berkas itu perlu menyebut persetujuan ini",
        en "{file} still says `status: {status}`; skp does not edit the plan file, so write `status: disetujui` there if the file should state this approval";
    ApproveSame { skp: String } =>
        id "{skp}: isinya sama dengan persetujuan terakhir; tidak ada yang dicatat",
        en "{skp}: its content equals the last approval; nothing recorded";
    RenderNoSkp { nip: String } =>
        id "tidak ada SKP untuk NIP {nip} di ruang kerja ini",
        en "no SKP for NIP {nip} in this workspace";
    RenderPdfNeedsOutput =>
        id "--pdf memerlukan -o BERKAS.pdf",
        en "--pdf needs -o FILE.pdf";
    RenderNoChromium =>
        id "Chromium tidak ditemukan untuk mencetak PDF",
        en "Chromium was not found to print the PDF";
    HelpRenderNoChromium =>
        id "pasang Chromium (Debian/Ubuntu: `apt install chromium`) atau tunjuk programnya dengan SKP_CHROMIUM=/jalur/chromium; tanpa --pdf, buka berkas HTML-nya di peramban lalu Cetak → Simpan sebagai PDF",
        en "install Chromium (Debian/Ubuntu: `apt install chromium`) or point to it with SKP_CHROMIUM=/path/to/chromium; without --pdf, open the HTML in a browser and Print → Save as PDF";
    RenderNoPdf =>
        id "Chromium selesai tanpa menulis PDF",
        en "Chromium finished without writing a PDF";
    RenderPdfTimeout =>
        id "Chromium tidak selesai dalam 120 detik",
        en "Chromium did not finish within 120 s";
    RenderPdfFailed { error: String } =>
        id "PDF gagal dicetak: {error}",
        en "printing the PDF failed: {error}";
    BadPeriodArg { value: String } =>
        id "periode `{value}` tidak dikenal: tulis misalnya 2026-TW1, 2026-S1, 2026-03 atau 2026",
        en "unknown period `{value}`: write e.g. 2026-TW1, 2026-S1, 2026-03 or 2026";
    ReportOnlyDoubtful =>
        id "* hanya bertumpu pada bukti yang gagal pemeriksaan isi (B112 jenis berkas, B113 tanggal dokumen, B114 teks tidak relevan): buka bukti ini lebih dulu",
        en "* rests only on evidence that failed a content check (B112 file type, B113 document date, B114 unrelated text): open this evidence first";
    ReportTotal { skp: usize, wajib: usize, terpenuhi: usize, kurang: usize, tidak_terverifikasi: usize, kosong: usize, berubah: usize, hilang: usize, persen: String } =>
        id "Total {skp} SKP: {wajib} indikator-periode yang sudah jatuh tempo, {terpenuhi} terpenuhi, {kurang} kurang, {tidak_terverifikasi} tidak terverifikasi, {kosong} kosong, {berubah} berubah, {hilang} hilang ({persen} %)",
        en { format!("Total {}: {wajib} due cells, {terpenuhi} met, {kurang} short, {tidak_terverifikasi} unverified, {kosong} empty, {berubah} changed, {hilang} missing ({persen} %)", plural(*skp, "SKP", "SKPs")) };
    ExportExists { path: String } =>
        id "{path} sudah ada dan tidak kosong; ekspor tidak pernah menimpa",
        en "{path} exists and is not empty; export never overwrites";
    ExportProblems { n: usize } =>
        id "{n} bukti berubah, hilang, atau tidak terbaca; paket audit tidak dibuat",
        en { if *n == 1 { "1 piece of evidence is changed, missing or unreadable; the audit package was not created".to_string() } else { format!("{n} pieces of evidence are changed, missing or unreadable; the audit package was not created") } };
    HelpExportProblems =>
        id "periksa dengan `skp evidence verify`; gunakan --force untuk tetap membuat paket (masalahnya dicatat di bag-info.txt)",
        en "check with `skp evidence verify`; use --force to bag anyway (the problems are listed in bag-info.txt)";
    ExportDone { path: String, files: usize, skp: usize } =>
        id "paket BagIt dibuat di {path}: {files} berkas dari {skp} SKP; periksa dengan `sha256sum -c manifest-sha256.txt` di folder itu",
        en { format!("BagIt package written to {path}: {} from {}; check with `sha256sum -c manifest-sha256.txt` in that folder", plural(*files, "file", "files"), plural(*skp, "SKP", "SKPs")) };
    ExportEncodedNames { n: usize, first: String, written: String } =>
        id "{n} nama berkas di paket memuat `%` atau ganti baris (yang pertama: `{first}`), yang ditulis di manifest tersandi sebagaimana diwajibkan RFC 8493 (`{written}`); `sha256sum -c` dan bagit.py membaca nama tersandi itu apa adanya dan melaporkan berkasnya hilang: hash-nya berlaku untuk nama aslinya (`%25` adalah `%`, `%0A` ganti baris)",
        en { if *n == 1 { format!("1 file name in the bag holds `%` or a line break (`{first}`), which the manifest writes encoded as RFC 8493 requires (`{written}`); `sha256sum -c` and bagit.py read the encoded name as it stands and report the file missing: its hash is for the real name (`%25` is `%`, `%0A` a line break)") } else { format!("{n} file names in the bag hold `%` or a line break (the first: `{first}`), which the manifest writes encoded as RFC 8493 requires (`{written}`); `sha256sum -c` and bagit.py read the encoded names as they stand and report the files missing: their hashes are for the real names (`%25` is `%`, `%0A` a line break)") } };
    IgnoreReasonUnlisted =>
        id "folder yang tidak dapat dibuka",
        en "a folder that cannot be opened";
    IgnoreReasonIgnoreFile =>
        id "berkas .gitignore yang tidak dapat dibaca; polanya tidak diterapkan",
        en "an ignore file that cannot be read; its patterns are not applied";
    IgnoreFileUnreadable { file: String } =>
        id "berkas {file} tidak dapat dibaca, jadi pola di dalamnya tidak diterapkan: berkas yang diabaikannya ikut diperiksa",
        en "ignore file {file} cannot be read, so its patterns are not applied: the files it leaves out are checked too";
    HelpIgnoreFileUnreadable { file: String } =>
        id "pastikan berkas itu dapat dibaca oleh akun Anda (misalnya `chmod a+r {file}`), atau hapus bila memang tidak dipakai",
        en "make the file readable (e.g. `chmod a+r {file}`), or remove it if it is not used";
    FolderUnlisted { folder: String } =>
        id "folder {folder}/ tidak dapat dibuka, jadi berkas di dalamnya tidak diperiksa",
        en "folder {folder}/ cannot be opened, so the files in it are not checked";
    HelpFolderUnlisted =>
        id "pastikan folder itu dapat dibaca dan dibuka oleh akun Anda (misalnya `chmod a+rx` folder itu); bila folder itu memang bukan bagian ruang kerja (seperti `lost+found`), cantumkan di .gitignore atau pindahkan",
        en "make the folder readable and searchable (e.g. `chmod a+rx` on it); if it is no part of the workspace (such as `lost+found`), list it in .gitignore or move it";
    IgnoreReasonUntracked =>
        id "tidak dilacak git (--tracked-only)",
        en "not tracked by git (--tracked-only)";
    IgnoreReasonDuplicate =>
        id "tautan simbolik ke berkas yang sudah dibaca dengan namanya sendiri",
        en "symbolic link to a file that is read under its own name";
    PathNotFound { path: String } =>
        id "{path} tidak ada",
        en "{path} does not exist";
    // ---- baseline, diff-aware, exemptions ----
    BaselineWritten { n: usize, file: String } =>
        id "{n} temuan dicatat sebagai baseline di {file}",
        en { if *n == 1 { format!("1 finding recorded as the baseline in {file}") } else { format!("{n} findings recorded as the baseline in {file}") } };
    BaselineUnhideable { n: usize, codes: String, file: String } =>
        id "{n} temuan ({codes}) tidak dicatat di baseline: berkas atau folder yang disebutnya tidak dapat dibaca atau diurai, jadi belum diperiksa sama sekali, dan temuan seperti ini tidak dapat disembunyikan; perbaiki dulu (yang pertama: {file})",
        en { if *n == 1 { format!("1 finding ({codes}) not recorded in the baseline: the file or folder it names could not be read or parsed, so nothing in it was checked, and such a finding cannot be hidden; fix it first ({file})") } else { format!("{n} findings ({codes}) not recorded in the baseline: the files or folders they name could not be read or parsed, so nothing in them was checked, and such findings cannot be hidden; fix them first (the first: {file})") } };
    BaselineHidden { n: usize } =>
        id "{n} temuan baseline disembunyikan",
        en "{n} baselined findings hidden";
    BaselineGone { n: usize } =>
        id "{n} temuan baseline sudah tidak ada (perbarui dengan --write-baseline)",
        en "{n} baselined findings are gone (refresh with --write-baseline)";
    BaselineInvalid { file: String, line: usize, column: usize, json: bool } =>
        id { if *json { format!("baseline {file} bukan JSON yang utuh (rusak atau terpotong di baris {line}, kolom {column})") } else { format!("baseline {file} bukan baseline skp (baris {line}, kolom {column}): baseline adalah berkas JSON berisi `findings` yang ditulis `skp check --write-baseline`") } },
        en { if *json { format!("baseline {file} is not whole JSON (broken or cut off at line {line}, column {column})") } else { format!("baseline {file} is not an skp baseline (line {line}, column {column}): a baseline is the JSON file of `findings` that `skp check --write-baseline` writes") } };
    HelpBaselineInvalid =>
        id "buat ulang baseline-nya: `skp check --write-baseline FILE` (semua temuan saat ini dicatat sebagai yang diterima)",
        en "write the baseline again: `skp check --write-baseline FILE` (every current finding is recorded as accepted)";
    ChangedSinceHidden { n: usize, rev: String } =>
        id "{n} temuan yang sudah ada di {rev} disembunyikan",
        en { if *n == 1 { format!("1 finding already present at {rev} hidden") } else { format!("{n} findings already present at {rev} hidden") } };
    NotGit =>
        id "--changed-since memerlukan ruang kerja di dalam repositori git",
        en "--changed-since needs the workspace to be inside a git repository";
    GitFailed { rev: String, error: String } =>
        id "revisi {rev} tidak dapat diambil dengan git: {error}",
        en "git cannot check out revision {rev}: {error}";
    ExportInside { path: String } =>
        id "{path} berada di dalam ruang kerja; paket audit akan terbaca sebagai salinan kedua rencana kinerja",
        en "{path} is inside the workspace; the audit package would be read as a second copy of the plans";
    HelpExportInside =>
        id "tulis paketnya ke folder di luar ruang kerja, misalnya ../audit-2026",
        en "write the package to a folder outside the workspace, e.g. ../audit-2026";
    PathOutside { path: String } =>
        id "{path} berada di luar ruang kerja yang diperiksa",
        en "{path} is outside the workspace being checked";
    BadOutput { value: String, detail: String } =>
        id "--output `{value}`: {detail}",
        en "--output `{value}`: {detail}";
    OutputUnknownFormat { format: String, allowed: String } =>
        id "format `{format}` tidak dikenal; pilih salah satu dari {allowed}",
        en "unknown format `{format}`; one of {allowed}";
    OutputNoFile { format: String } =>
        id "tidak ada nama berkas setelah `{format}=`",
        en "no file after `{format}=`";
    OutputEmpty =>
        id "nama berkasnya kosong",
        en "the file name is empty";
    OutputTwice =>
        id "berkas ini sudah dinamai untuk keluaran lain pada perintah yang sama; satu laporan akan menimpa yang lain",
        en "this file is already named for another output of the same command; one report would replace the other";
    HelpOutput =>
        id "-o BERKAS menulis keluaran perintah ke satu berkas; hanya `skp check` menerima laporan tambahan -o FORMAT=BERKAS",
        en "-o FILE writes the command's output to one file; only `skp check` takes further reports as -o FORMAT=FILE";
    ManOutputWithOutDir =>
        id "`-o` tidak dipakai bersama `--out-dir`: halaman manual ditulis ke folder itu, tidak ada keluaran lain",
        en "`-o` does not go with `--out-dir`: the manual pages are written into that folder, there is no other output";
    ManWritten { n: usize, dir: String } =>
        id "{n} halaman manual ditulis ke {dir}",
        en "{n} manual pages written to {dir}";
    ExcelNeedsCsv =>
        id "--excel hanya berlaku untuk --format csv",
        en "--excel applies only to --format csv";
    InitNoAppraiser =>
        id "tanpa --appraiser-nip, SKP ini belum tertaut ke pejabat penilai: isi `pejabat_penilai.nip` dan `intervensi` RHK-nya, atau buat ulang dengan --appraiser-nip NIP",
        en "without --appraiser-nip this SKP is not linked to its appraiser: fill in `pejabat_penilai.nip` and its RHK's `intervensi`, or create it again with --appraiser-nip NIP";
    InitAppraiserNoSkp { nip: String, tahun: i32 } =>
        id "SKP {tahun} pejabat penilai {nip} tidak ada di ruang kerja ini; `intervensi` belum diisi (skp check akan mengingatkan)",
        en "the appraiser {nip} has no {tahun} SKP in this workspace; `intervensi` is left empty (skp check will remind you)";
    ImportReadCsv { file: String, separator: String, encoding: String } =>
        id "membaca {file}: CSV, pemisah {separator}, {encoding}",
        en "reading {file}: CSV, separator {separator}, {encoding}";
    ImportReadSheet { file: String, sheet: String } =>
        id "membaca {file}: lembar {sheet}",
        en "reading {file}: sheet {sheet}";
    ImportPlace { cell: String, row: u32, column: String } =>
        id "{cell} (baris {row}, kolom {column})",
        en "{cell} (row {row}, column {column})";
    ImportPlaceRow { cell: String, row: u32 } =>
        id "{cell} (baris {row})",
        en "{cell} (row {row})";
    ImportRefused { count: usize } =>
        id "{count} masalah; tidak ada berkas yang ditulis",
        en { if *count == 1 { "1 problem; no file was written".to_string() } else { format!("{count} problems; no file was written") } };
    ImportDone { dry_run: bool, created: usize, replaced: usize, unchanged: usize } =>
        id { format!("{}{created} SKP dibuat, {replaced} diganti, {unchanged} tidak berubah", if *dry_run { "(--dry-run, tidak ada yang ditulis) " } else { "" }) },
        en { format!("{}{} created, {replaced} replaced, {unchanged} unchanged", if *dry_run { "(--dry-run, nothing written) " } else { "" }, plural(*created, "SKP", "SKPs")) };
    ImportRequired =>
        id "sel ini wajib diisi",
        en "this cell is required";
    HelpImportMerged =>
        id "bila sel ini bagian dari sel gabungan (merge) dengan sel di atasnya, nilainya hanya tersimpan di sel pertama: pisahkan gabungannya dan isi setiap baris",
        en "if this cell is merged with the one above, only the first cell holds the value: unmerge the cells and fill in every row";
    ImportDateCell { date: String } =>
        id "spreadsheet menyimpan sel ini sebagai tanggal ({date}); tidak ada kolom templat yang berisi tanggal",
        en "the spreadsheet stored this cell as a date ({date}); no template column holds a date";
    HelpImportAsText =>
        id "format kolomnya sebagai Teks (atau awali nilainya dengan ') lalu ketik ulang nilainya; templat dari `skp template --xlsx` sudah berformat Teks",
        en "format the column as Text (or start the value with ') and type the value again; the template from `skp template --xlsx` is already formatted as Text";
    ImportNipBad { value: String } =>
        id "NIP `{value}` bukan 18 digit",
        en "NIP `{value}` is not 18 digits";
    ImportNipMangled { value: String, lost: usize } =>
        id { if *lost > 3 { format!("NIP `{value}` telah diubah spreadsheet menjadi angka dan kehilangan {lost} digit terakhirnya; terlalu banyak untuk dipulihkan") } else { format!("NIP `{value}` telah diubah spreadsheet menjadi angka dan kehilangan {lost} digit terakhirnya; tidak ada satu NIP pun di ruang kerja atau berkas ini yang cocok untuk memulihkannya") } },
        en { if *lost > 3 { format!("NIP `{value}` was turned into a number by the spreadsheet and lost its last {lost} digits; too many to restore") } else { format!("NIP `{value}` was turned into a number by the spreadsheet and lost its last {lost} digits; no single NIP in the workspace or this file matches to restore it") } };
    ImportNipOtherPerson { value: String, nip: String, dikenal: String, lost: usize, nama: String } =>
        id { if nama.is_empty() { format!("NIP `{value}` telah diubah spreadsheet menjadi angka dan kehilangan {lost} digit terakhirnya; digit awalnya cocok dengan {nip} milik {dikenal}, tetapi baris ini tidak menulis nama untuk memastikannya, jadi tidak dipulihkan") } else { format!("NIP `{value}` telah diubah spreadsheet menjadi angka dan kehilangan {lost} digit terakhirnya; digit awalnya cocok dengan {nip}, tetapi NIP itu milik {dikenal}, bukan {nama} yang tertulis di baris ini, jadi tidak dipulihkan") } },
        en { if nama.is_empty() { format!("NIP `{value}` was turned into a number by the spreadsheet and lost its last {lost} digits; its first digits match {nip}, {dikenal}'s, but this row writes no name to confirm it, so it is not restored") } else { format!("NIP `{value}` was turned into a number by the spreadsheet and lost its last {lost} digits; its first digits match {nip}, but that NIP is {dikenal}'s, not {nama}'s as this row says, so it is not restored") } };
    ImportNipRecovered { value: String, nip: String } =>
        id "NIP `{value}` (diubah spreadsheet menjadi angka) dipulihkan menjadi {nip}, satu-satunya NIP yang cocok",
        en "NIP `{value}` (turned into a number by the spreadsheet) restored as {nip}, the only NIP that matches";
    ImportYearBad { value: String } =>
        id "tahun `{value}` bukan tahun 4 digit antara 2000 dan 2100",
        en "year `{value}` is not a 4-digit year between 2000 and 2100";
    HelpImportId =>
        id "id terdiri atas huruf, angka, titik, garis bawah dan tanda hubung, misalnya RHK-1 atau IKI-1.2",
        en "an id is letters, digits, dots, underscores and hyphens, e.g. RHK-1 or IKI-1.2";
    HelpImportRef =>
        id "referensi berbentuk ENTRI atau DOK/ENTRI, misalnya RHK-1 atau 197808142003122002/RHK-2; beberapa dipisah titik koma",
        en "a reference is ENTRY or DOC/ENTRY, e.g. RHK-1 or 197808142003122002/RHK-2; separate several with semicolons";
    ImportPercentFraction { value: String } =>
        id "target {value} dengan satuan % tampaknya persentase yang disimpan spreadsheet sebagai pecahan (95 % menjadi 0,95)",
        en "target {value} with unit % looks like a percentage the spreadsheet stored as a fraction (95 % became 0.95)";
    ImportPercentFractionNoUnit { value: String } =>
        id "target {value} untuk indikator persentase tanpa satuan tampaknya persentase yang disimpan spreadsheet sebagai pecahan (95 % menjadi 0,95)",
        en "target {value} of a percentage indicator without a unit looks like a percentage the spreadsheet stored as a fraction (95 % became 0.95)";
    ImportPercentBareFraction { value: String, persen: Amount } =>
        id { format!("target {value} untuk indikator persentase tanpa satuan akan terbaca {value} %; tulis persennya dengan tandanya: `{}` bila {value} itu pecahan, atau `{value} %` bila memang di bawah satu persen", persen.in_(Lang::Id)) },
        en { format!("target {value} of a percentage indicator without a unit would read as {value} %; write the percentage with its sign: `{}` if {value} is a fraction, or `{value} %` if it really is under one percent", persen.in_(Lang::Id)) };
    ImportTargetBad { value: String } =>
        id "target `{value}` tidak terbaca sebagai angka",
        en "target `{value}` cannot be read as a number";
    HelpImportTarget =>
        id "tulis angka dengan satuannya, misalnya 12 dokumen, 95 %, ≤ 5 hari kerja; untuk target bukan angka isi satuan dengan `kategori` (atau `deskripsi` untuk pendekatan kualitatif)",
        en "write a number with its unit, e.g. 12 dokumen, 95 %, ≤ 5 hari kerja; for a non-numeric target put `kategori` in satuan (or `deskripsi` for the kualitatif approach)";
    HelpImportLostChar =>
        id "`?` menggantikan karakter (misalnya ≤ atau ≥) yang hilang ketika berkas disimpan dalam pengodean 8-bit; simpan ulang CSV sebagai UTF-8, atau impor berkas .xlsx/.ods-nya",
        en "`?` stands for a character (such as ≤ or ≥) lost when the file was saved in an 8-bit encoding; save the CSV again as UTF-8, or import the .xlsx/.ods file";
    ImportHeaderUnknown { header: String, suggestion: Option<String> } =>
        id { match suggestion { Some(s) => format!("kolom `{header}` tidak dikenal; maksudnya `{s}`?"), None => format!("kolom `{header}` tidak dikenal") } },
        en { match suggestion { Some(s) => format!("unknown column `{header}`; did you mean `{s}`?"), None => format!("unknown column `{header}`") } };
    ImportHeaderDuplicate { header: String } =>
        id "kolom `{header}` muncul dua kali",
        en "column `{header}` appears twice";
    ImportHeaderMissing { headers: String } =>
        id "kolom wajib tidak ada di baris judul: {headers}",
        en "required columns missing from the header row: {headers}";
    HelpImportHeaders =>
        id "judul kolom adalah kunci templat (nip, nama, jabatan, …, bukti_rencana); `skp template --xlsx templat.xlsx` menulis templat kosong",
        en "column headers are the template keys (nip, nama, jabatan, …, bukti_rencana); `skp template --xlsx template.xlsx` writes an empty template";
    ImportConflict { value: String, first: String, first_row: u32 } =>
        id "`{value}` berbeda dengan baris {first_row} (`{first}`) untuk pegawai atau RHK yang sama; kosongkan sel atau samakan nilainya",
        en "`{value}` differs from row {first_row} (`{first}`) for the same employee or RHK; leave the cell empty or make the values equal";
    ImportDuplicateId { id: String, first_row: u32 } =>
        id "id indikator {id} sudah dipakai di baris {first_row} pada SKP yang sama",
        en "indicator id {id} is already used in row {first_row} of the same SKP";
    ImportNothing =>
        id "berkas ini kosong: tidak ada baris judul dan tidak ada baris data",
        en "the file is empty: no header row and no data rows";
    HelpImportEmpty =>
        id "`skp template --xlsx templat.xlsx` menulis templat kosong untuk diisi",
        en "`skp template --xlsx templat.xlsx` writes an empty template to fill in";
    ImportNoRows =>
        id "tidak ada baris data di bawah baris judul",
        en "no data rows below the header row";
    ImportExists { path: String } =>
        id "{path} sudah ada dan isinya berbeda; jalankan dengan --dry-run untuk melihat perbedaannya dan --force untuk menggantinya",
        en "{path} exists with different content; run with --dry-run to see the difference and --force to replace it";
    ImportErrorCell { value: String } =>
        id "sel berisi kesalahan rumus `{value}`, bukan nilai",
        en "the cell holds the formula error `{value}`, not a value";
    HelpImportErrorCell =>
        id "perbaiki rumusnya atau ketik nilainya langsung di sel itu",
        en "fix the formula or type the value into the cell";
    ImportUnreadableSkp { path: String } =>
        id "{path} berisi SKP pegawai ini yang tidak dapat dibaca; perbaiki kesalahannya dulu (`skp check {path}`), lalu impor lagi",
        en "{path} holds this employee's SKP but cannot be read; fix its errors first (`skp check {path}`), then import again";
    ImportDryRunNeedsForce { n: usize } =>
        id "{n} SKP yang sudah ada akan diganti hanya bila dijalankan dengan --force",
        en { if *n == 1 { "1 existing SKP would be replaced only when run with --force".to_string() } else { format!("{n} existing SKPs would be replaced only when run with --force") } };
    ImportSeveralDocuments { path: String } =>
        id "{path} memuat lebih dari satu dokumen YAML; skp import hanya mengganti berkas yang berisi satu SKP, agar dokumen lain di dalamnya tidak tertimpa; pindahkan dokumen lain ke berkasnya sendiri, lalu impor lagi",
        en "{path} holds more than one YAML document; skp import only replaces a file that holds one SKP, so that the other documents in it are not overwritten; move the others to files of their own, then import again";
    ImportPathTaken { path: String } =>
        id "{path} sudah ada tetapi bukan SKP yang dapat dibaca; pindahkan atau perbaiki dulu, lalu impor lagi",
        en "{path} exists but is no SKP that can be read; move or fix it first, then import again";
    ImportTitleRows { first: u32, last: u32, header: u32 } =>
        id { if first == last { format!("baris {first} dibaca sebagai judul, bukan data; judul kolom ada di baris {header}") } else { format!("baris {first}–{last} dibaca sebagai judul, bukan data; judul kolom ada di baris {header}") } },
        en { if first == last { format!("row {first} is read as a title, not data; the header is row {header}") } else { format!("rows {first}–{last} are read as a title, not data; the header is row {header}") } };
    ImportFormulaWithoutValue { path: String, cell: String, formula: String } =>
        id "{path}: sel {cell} berisi rumus `={formula}` tanpa nilai hasil hitungan (berkas ini dibuat program dan belum pernah disimpan oleh aplikasi spreadsheet), sehingga terbaca kosong",
        en "{path}: cell {cell} holds the formula `={formula}` with no computed value (a program wrote the file and no spreadsheet application has saved it), so it would read as empty";
    HelpImportFormulaWithoutValue =>
        id "buka berkas itu di Excel atau LibreOffice lalu simpan, atau salin dan tempel sebagai nilai (paste values), lalu impor lagi",
        en "open the file in Excel or LibreOffice and save it, or copy and paste as values, then import again";
    ImportNoHeader { value: String } =>
        id "sel ini berisi `{value}`, tetapi kolomnya tidak berjudul, sehingga isinya tidak terbaca ke mana pun",
        en "this cell holds `{value}`, but its column has no header, so what it holds would go nowhere";
    HelpImportNoHeader =>
        id "beri kolom itu judul dari templat (lihat `skp template --xlsx`), atau kosongkan selnya",
        en "give that column a header of the template (see `skp template --xlsx`), or empty the cell";
    ImportFolderTaken { path: String } =>
        id "{path} sudah ada sebagai berkas, padahal SKP ini harus ditulis di dalam folder dengan nama itu; pindahkan berkas itu, lalu impor lagi",
        en "{path} exists as a file where this SKP needs a folder of that name; move that file, then import again";
    ImportAmbiguous { nip: String, tahun: i32, files: String } =>
        id "NIP {nip} punya lebih dari satu SKP tahun {tahun} ({files}); impor tidak dapat memilih yang diganti",
        en "NIP {nip} has more than one SKP for {tahun} ({files}); the import cannot choose which to replace";
    ImportTooLarge { path: String, size_mb: u64, limit_mb: u64 } =>
        id "{path} berukuran {size_mb} MiB, melebihi batas {limit_mb} MiB",
        en "{path} is {size_mb} MiB, over the {limit_mb} MiB limit";
    ImportUnpacked { path: String, size_mb: u64, limit_mb: u64 } =>
        id "{path} akan terurai menjadi {size_mb} MiB, melebihi batas {limit_mb} MiB untuk buku kerja",
        en "{path} would unpack to {size_mb} MiB, over the {limit_mb} MiB limit for a workbook";
    ImportUnclosedQuote { file: String, line: u32 } =>
        id "{file}:{line}: tanda kutip (\") yang membuka sel di baris ini tidak pernah ditutup, sehingga semua baris sesudahnya akan terbaca sebagai isi satu sel",
        en "{file}:{line}: the quote (\") that opens a cell on this line is never closed, so every later row would be read as the content of that one cell";
    ImportSwallowedRows { file: String, line: u32 } =>
        id "{file}:{line}: sel bertanda kutip (\") yang dibuka di baris ini memuat baris-baris yang tampak seperti baris tabel sendiri, sehingga baris-baris itu akan terbaca sebagai isi satu sel; tanda kutip pembukanya kemungkinan diketik tanpa pasangan",
        en "{file}:{line}: the quoted cell (\") opened on this line holds lines that look like rows of their own, which would be read as the content of that one cell; its opening quote was probably typed without its pair";
    HelpImportUnclosedQuote =>
        id "tutup tanda kutipnya di akhir sel, atau tulis tanda kutip di dalam sel sebagai dua tanda kutip (\"\"); menyimpan ulang dari spreadsheet menuliskannya dengan benar",
        en "close the quote at the end of the cell, or write a quote inside a cell as two quotes (\"\"); saving again from the spreadsheet writes it correctly";
    ImportCells { path: String, cells: u64, text_mb: u64 } =>
        id "lembar {path} melebihi batas {cells} sel atau {text_mb} MiB teks yang dibaca skp",
        en "the sheet of {path} is over the limit of {cells} cells or {text_mb} MiB of text that skp reads";
    HelpImportCells =>
        id "sebuah sel terisi jauh di bawah atau di kanan tabel (misalnya di XFD1048576) membuat lembar sebesar itu; hapus baris dan kolom setelah tabel, atau salin tabelnya saja ke buku kerja baru",
        en "one cell filled far below or to the right of the table (at XFD1048576, say) makes the sheet that large; delete the rows and columns after the table, or copy the table alone into a new workbook";
    ImportPartElements { path: String, part: String, limit: u64 } =>
        id "bagian {part} dari {path} memuat lebih dari {limit} elemen XML, melebihi batas yang dibaca skp",
        en "the part {part} of {path} holds more than {limit} XML elements, over the limit skp reads";
    ImportPartStrings { path: String, part: String, strings: u64, text_mb: u64 } =>
        id "bagian {part} dari {path} memuat lebih dari {strings} teks bersama atau {text_mb} MiB teks, melebihi batas yang dibaca skp",
        en "the part {part} of {path} holds more than {strings} shared texts or {text_mb} MiB of text, over the limit skp reads";
    ImportPartBytes { path: String, part: String, limit_mb: u64 } =>
        id "bagian {part} dari {path} lebih besar dari {limit_mb} MiB, melebihi batas yang dibaca skp",
        en "the part {part} of {path} is larger than {limit_mb} MiB, over the limit skp reads";
    HelpImportPart =>
        id "buku kerja yang disimpan Excel atau LibreOffice tidak sebesar ini; berkas ini kemungkinan rusak atau dibuat program lain: salin tabelnya saja ke buku kerja baru, atau simpan sebagai CSV",
        en "a workbook Excel or LibreOffice saves is not this large; the file is probably damaged or made by another program: copy the table alone into a new workbook, or save it as CSV";
    ImportMarkup { path: String } =>
        id "{path} berisi halaman web (HTML) atau XML, bukan buku kerja Excel atau CSV",
        en "{path} holds a web page (HTML) or XML, not an Excel workbook or a CSV";
    HelpImportMarkup =>
        id "banyak aplikasi mengekspor \"Excel\" sebagai HTML: buka berkasnya di Excel atau LibreOffice, lalu simpan sebagai .xlsx atau CSV",
        en "many applications export \"Excel\" as HTML: open the file in Excel or LibreOffice, then save it as .xlsx or CSV";
    ImportNotWorkbook { path: String, detail: String } =>
        id "{path} tidak dapat dibaca sebagai buku kerja: {detail}",
        en "{path} cannot be read as a workbook: {detail}";
    HelpImportNotWorkbook =>
        id "simpan ulang sebagai .xlsx (Excel, LibreOffice) atau sebagai CSV; berkas terenkripsi tidak dapat dibaca",
        en "save it again as .xlsx (Excel, LibreOffice) or as CSV; an encrypted file cannot be read";
    ImportEmpty { path: String } =>
        id "{path} tidak berisi sel apa pun",
        en "{path} holds no cells";
    ImportHiddenSheet { path: String, sheet: String, visible: String } =>
        id "{path}: lembar `{sheet}` yang akan dibaca tersembunyi (lembar yang terlihat: {visible}); lembar tersembunyi biasanya salinan lama, jadi tidak diimpor diam-diam",
        en "{path}: the sheet `{sheet}` to be read is hidden (visible sheets: {visible}); a hidden sheet is most often an old copy, so it is not imported silently";
    HelpImportHiddenSheet =>
        id "tampilkan lembar itu bila memang yang benar, atau hapus salinan lama dan beri nama `SKP` pada lembar yang Anda sunting",
        en "unhide that sheet if it is the right one, or delete the old copy and name the sheet you edited `SKP`";
    ImportMasked { value: String } =>
        id "`{value}` adalah nama yang disamarkan (`export --mask`); buku kerja bersamaran untuk dibagikan, bukan untuk diimpor kembali: ekspor ulang tanpa --mask",
        en "`{value}` is a masked name (`export --mask`); a masked workbook is for sharing, not for importing back: export again without --mask";
    ExportSkpUnreadable { file: String } =>
        id "{file} berisi SKP yang tidak dapat dibaca; ekspor seluruh ruang kerja tidak dibuat tanpa SKP itu",
        en "{file} holds an SKP that cannot be read; the whole workspace is not exported without it";
    ExportUnknownNip { skp: String, nama: String } =>
        id "SKP {skp} ({nama}) ber-NIP `tidak_diketahui` tidak masuk ke templat: templat mengenali rencana dari NIP-nya; isi NIP-nya lebih dulu, atau simpan rencana itu dalam YAML saja",
        en "SKP {skp} ({nama}) with NIP `tidak_diketahui` is left out of the template: the template finds a plan by its NIP; fill in the NIP first, or keep that plan in YAML only";
    ExportTwoSkpsOneYear { nip: String, tahun: i32, list: String } =>
        id "NIP {nip} memiliki lebih dari satu SKP tahun {tahun} ({list}); templat hanya memuat satu SKP per pegawai per tahun, sehingga berkas ini tidak dapat diimpor kembali dengan utuh",
        en "NIP {nip} has more than one SKP of {tahun} ({list}); the template holds one SKP per employee and year, so this file could not be imported back whole";
    HelpExportOneSkp =>
        id "ekspor setiap SKP itu ke berkasnya sendiri dengan `--skp ID`",
        en "export each of those SKPs to a file of its own with `--skp ID`";
    ExportCellTooLong { nip: String, iki: String, kolom: String, n: usize, max: usize } =>
        id "kolom {kolom} pada SKP {nip} ({iki}) berisi {n} karakter, melebihi {max} karakter yang dapat dimuat satu sel Excel; persingkat teksnya di berkas YAML",
        en "column {kolom} of the SKP of {nip} ({iki}) holds {n} characters, over the {max} an Excel cell can hold; shorten that text in the YAML file";
    ExportXlsxDone { path: String, skp: usize, rows: usize } =>
        id "{path}: {skp} SKP, {rows} baris indikator",
        en "{path}: {skp} SKPs, {rows} indicator rows";
    TemplateDone { path: String } =>
        id "templat kosong ditulis ke {path}; petunjuk pengisian ada di lembar Petunjuk",
        en "empty template written to {path}; how to fill it in is on the Petunjuk sheet";
    MphColumnUnknown { header: String, suggestion: Option<String> } =>
        id { match suggestion { Some(s) => format!("kolom `{header}` tidak diawali id RHK atau IKI pimpinan; maksudnya `{s}`?"), None => format!("kolom `{header}` tidak diawali id RHK atau IKI pimpinan (misalnya `IKI-1.1 Persentase …`)") } },
        en { match suggestion { Some(s) => format!("column `{header}` does not start with an id of the leader's RHK or IKI; did you mean `{s}`?"), None => format!("column `{header}` does not start with an id of the leader's RHK or IKI (e.g. `IKI-1.1 Persentase …`)") } };
    MphNoNip { value: String } =>
        id "sel pertama baris ini (`{value}`) tidak memuat NIP 18 digit",
        en "the first cell of this row (`{value}`) holds no 18-digit NIP";
    MphLeaderRow { nip: String } =>
        id "baris ini milik pimpinan matriks sendiri ({nip}); Matriks Peran Hasil hanya memuat pegawai yang mengintervensi hasil kerjanya: hapus baris ini",
        en "this row is the matrix's own leader ({nip}); a Matriks Peran Hasil lists only the staff whose results intervene the leader's: delete this row";
    MphNoSkp { nip: String, tahun: i32 } =>
        id "tidak ada SKP {tahun} untuk NIP {nip} di ruang kerja ini",
        en "no {tahun} SKP for NIP {nip} in this workspace";
    MphNoRhk { kolom: String, nip: String, text: String, closest: Option<String> } =>
        id { match closest { Some(c) => format!("kolom {kolom}: peran hasil `{text}` tidak cocok dengan RHK mana pun milik {nip}; yang paling mirip: `{c}`"), None => format!("kolom {kolom}: peran hasil `{text}` tidak cocok dengan RHK mana pun milik {nip}") } },
        en { match closest { Some(c) => format!("column {kolom}: peran hasil `{text}` matches no RHK of {nip}; the closest: `{c}`"), None => format!("column {kolom}: peran hasil `{text}` matches no RHK of {nip}") } };
    MphCannotEdit { file: String, rhk: String, reference: String } =>
        id "{file}: `intervensi` {rhk} ditulis dalam bentuk yang tidak diubah skp; tambahkan {reference} dengan tangan",
        en "{file}: `intervensi` of {rhk} is written in a form skp does not rewrite; add {reference} by hand";
    MphSeveralDocuments { file: String } =>
        id "{file} memuat lebih dari satu dokumen YAML; skp tidak mengubah `intervensi` di dalamnya, agar SKP yang lain tidak ikut terubah; pindahkan dokumen lain ke berkasnya sendiri, lalu impor lagi",
        en "{file} holds more than one YAML document; skp does not edit the `intervensi` in it, so that no other SKP is edited by mistake; move the other documents to files of their own, then import again";
    MphEditInvalid { file: String } =>
        id "{file}: `intervensi` yang ditambahkan skp membuat berkas itu tidak terbaca lagi, jadi tidak ada yang ditulis; tambahkan tautan dari baris ini dengan tangan",
        en "{file}: the `intervensi` skp added made that file unreadable, so nothing was written; add the links of this row by hand";
    MphDone { dry_run: bool, links: usize, files: usize } =>
        id { format!("{}{links} peran hasil terbaca; {files} berkas SKP {}", if *dry_run { "(--dry-run) " } else { "" }, if *dry_run { "akan diubah" } else { "diubah" }) },
        en { format!("{}{links} peran hasil read; {files} SKP files {}", if *dry_run { "(--dry-run) " } else { "" }, if *dry_run { "would change" } else { "changed" }) };
}
