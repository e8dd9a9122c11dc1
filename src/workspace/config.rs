//! `skp.toml`: parsed strictly. Every section and key is known; anything else is an
//! error with a "did you mean" hint, unless the file asks for a newer skp (`min_version`), in
//! which case the message says to update skp instead.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::base::{ConfigExpected, Level};
use crate::i18n::Msg;
use crate::model::convert::did_you_mean;
use crate::model::vocab::{Evaluasi, Predikat, PredikatOrganisasi, Rating, Vocab};

/// Where evidence files live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Storage {
    #[default]
    Repo,
    Folder,
}

/// A workspace time zone: WIB, WITA or WIT, as an offset in hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone {
    pub name: &'static str,
    pub offset_hours: i32,
}

impl TimeZone {
    pub const WIB: TimeZone = TimeZone {
        name: "WIB",
        offset_hours: 7,
    };
    pub const WITA: TimeZone = TimeZone {
        name: "WITA",
        offset_hours: 8,
    };
    pub const WIT: TimeZone = TimeZone {
        name: "WIT",
        offset_hours: 9,
    };

    pub fn parse(s: &str) -> Option<TimeZone> {
        match s.trim() {
            "WIB" | "+07" | "+07:00" | "Asia/Jakarta" | "Asia/Pontianak" => Some(Self::WIB),
            "WITA" | "+08" | "+08:00" | "Asia/Makassar" | "Asia/Ujung_Pandang" => Some(Self::WITA),
            "WIT" | "+09" | "+09:00" | "Asia/Jayapura" => Some(Self::WIT),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct WorkspaceSection {
    pub agency: Option<String>,
    /// Where the forms are signed ("Sleman, 6 Desember 2026"): a Dinas's name is no place.
    pub place: Option<String>,
    pub year: Option<i32>,
    pub evaluation: Evaluasi,
    pub timezone: TimeZone,
    pub grace_days: u32,
}

#[derive(Debug, Clone)]
pub struct EvidenceSection {
    pub storage: Storage,
    pub location: String,
    pub min_per_period: u32,
    /// A link without a content hash counts towards coverage (default: no; such a cell is
    /// `tidak_terverifikasi`).
    pub count_unpinned_urls: bool,
    /// Evidence recorded for an RHK fills the cells of its indicators (default: no).
    pub rhk_covers_indicators: bool,
    /// Days after its period within which a document's own date still fits it (B113):
    /// reports and minutes are signed and scanned in the weeks after the work.
    pub document_date_slack_days: u32,
    pub max_size_mb: u64,
    pub extra_types: Vec<String>,
}

/// A value of skp.toml with the 1-based line and column it is written at, so that `skp report
/// exemptions` can point at it (and ask git who wrote it), and a rule code nobody has is named
/// where it stands, without searching the text again.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Lined<T> {
    pub value: T,
    pub line: u32,
    pub column: u32,
}

impl<T> Lined<T> {
    /// A value that comes from no line of the file (defaults, tests, the command line).
    pub fn unlined(value: T) -> Lined<T> {
        Lined {
            value,
            line: 0,
            column: 0,
        }
    }
}

/// `[[rules.overrides]]`: settings for files matching `paths` (globs relative to the root).
#[derive(Debug, Clone, Default)]
pub struct Override {
    pub paths: Vec<Lined<String>>,
    pub select: Vec<Lined<String>>,
    pub ignore: Vec<Lined<String>>,
    pub level: BTreeMap<String, Lined<Level>>,
}

/// `[rules] aspects`: which indicator aspects S114 asks of every RHK of a JA/JF SKP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AspectPolicy {
    /// The regulation's "kuantitas, kualitas, waktu, dan/atau biaya": besides kuantitas, at
    /// least one of kualitas, waktu or biaya.
    #[default]
    Any,
    /// Kuantitas, kualitas and waktu, each (a stricter house rule some agencies keep).
    All,
}

#[derive(Debug, Clone, Default)]
pub struct RulesSection {
    /// What S114 asks for.
    pub aspects: AspectPolicy,
    pub select: Vec<Lined<String>>,
    pub ignore: Vec<Lined<String>>,
    pub level: BTreeMap<String, Lined<Level>>,
    pub overrides: Vec<Override>,
}

/// `[privacy]`: contacts the agency publishes on purpose (its complaint line, its official
/// e-mail domain), which the D rules and `--mask` leave alone.
#[derive(Debug, Clone, Default)]
pub struct PrivacySection {
    /// Exact numbers or addresses, or `@domain` for every address of a domain.
    pub allow: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct VocabSection {
    pub extra_normative: Vec<String>,
    pub extra_units: Vec<String>,
    pub accept: Vec<Lined<String>>,
}

/// `[evaluation]`: regulation facts that are only partly confirmed (domain.md §9), so an agency
/// can follow its own reading without exempting findings one by one.
#[derive(Debug, Clone)]
pub struct EvaluationSection {
    /// The rating of results a unit's leader gets from the organisation's predikat (N112);
    /// the keys of `[evaluation.organisation_rating]` replace the default for their predikat.
    pub organisation_rating: Vec<(PredikatOrganisasi, Rating)>,
    /// Units of at most this many people get the distribution curve (N113) as advice.
    pub small_unit: u32,
    /// Days after a period's end by which its evaluation is to be recorded (N114); the
    /// instansi sets it ("Batas Pengisian" in e-Kinerja), so there is no default.
    pub deadline_days: Option<u32>,
    /// Decimals angka kredit are rounded to (BKN's worked examples use three).
    pub angka_kredit_decimals: u32,
    /// Cells of the predikat matrix an agency reads otherwise (`[evaluation.matrix.<hasil>]`,
    /// `<perilaku> = "<predikat>"`): (rating hasil kerja, rating perilaku) → predikat; the
    /// cells not named keep the Lampiran's (see `rules::nilai::predikat`).
    pub matrix: Vec<((Rating, Rating), Predikat)>,
}

impl Default for EvaluationSection {
    fn default() -> Self {
        use PredikatOrganisasi as O;
        EvaluationSection {
            organisation_rating: vec![
                (O::Istimewa, Rating::DiAtasEkspektasi),
                (O::Baik, Rating::SesuaiEkspektasi),
                (O::ButuhPerbaikan, Rating::DiBawahEkspektasi),
                (O::Kurang, Rating::DiBawahEkspektasi),
                (O::SangatKurang, Rating::DiBawahEkspektasi),
            ],
            small_unit: 4,
            deadline_days: None,
            angka_kredit_decimals: 3,
            matrix: Vec::new(),
        }
    }
}

impl EvaluationSection {
    /// The leader's rating of results for an organisation predikat.
    pub fn leader_rating(&self, p: PredikatOrganisasi) -> Rating {
        self.organisation_rating
            .iter()
            .find(|(o, _)| *o == p)
            .map_or(Rating::DiBawahEkspektasi, |(_, r)| *r)
    }
}

/// `[targets]`: how far from its history a target may go before T102 calls it unrealistic.
#[derive(Debug, Clone)]
pub struct TargetsSection {
    /// A target more than this many times its baseline or last year's result (or less than
    /// its fraction, for lower-is-better measures) is reported by T102.
    pub max_growth: u32,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub min_version: Option<String>,
    pub workspace: WorkspaceSection,
    pub evidence: EvidenceSection,
    pub rules: RulesSection,
    pub vocab: VocabSection,
    pub evaluation: EvaluationSection,
    pub targets: TargetsSection,
    pub privacy: PrivacySection,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            min_version: None,
            workspace: WorkspaceSection {
                agency: None,
                place: None,
                year: None,
                evaluation: Evaluasi::Triwulanan,
                timezone: TimeZone::WIB,
                grace_days: 0,
            },
            evidence: EvidenceSection {
                storage: Storage::Repo,
                location: String::new(),
                min_per_period: 1,
                count_unpinned_urls: false,
                rhk_covers_indicators: false,
                document_date_slack_days: 45,
                max_size_mb: 50,
                extra_types: Vec::new(),
            },
            rules: RulesSection::default(),
            vocab: VocabSection::default(),
            evaluation: EvaluationSection::default(),
            targets: TargetsSection { max_growth: 3 },
            privacy: PrivacySection::default(),
        }
    }
}

/// A problem in skp.toml, at a byte range of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub message: Msg,
    pub help: Option<Msg>,
    pub span: Range<usize>,
}

const TOP: &[&str] = &[
    "min_version",
    "workspace",
    "evidence",
    "rules",
    "vocab",
    "evaluation",
    "targets",
    "privacy",
];
const TARGETS: &[&str] = &["max_growth"];
const WORKSPACE: &[&str] = &[
    "agency",
    "place",
    "year",
    "evaluation",
    "timezone",
    "grace_days",
];
const EVIDENCE: &[&str] = &[
    "storage",
    "location",
    "min_per_period",
    "max_size_mb",
    "extra_types",
    "count_unpinned_urls",
    "rhk_covers_indicators",
    "document_date_slack_days",
];
const RULES: &[&str] = &["select", "ignore", "level", "overrides", "aspects"];
const OVERRIDE: &[&str] = &["paths", "select", "ignore", "level"];
const VOCAB: &[&str] = &["extra_normative", "extra_units", "accept"];
const PRIVACY: &[&str] = &["allow"];
const EVALUATION: &[&str] = &[
    "organisation_rating",
    "small_unit",
    "deadline_days",
    "angka_kredit_decimals",
    "matrix",
];
const RATINGS: &[&str] = &[
    "di_atas_ekspektasi",
    "sesuai_ekspektasi",
    "di_bawah_ekspektasi",
];
const ORGANISATION_PREDIKAT: &[&str] = &[
    "istimewa",
    "baik",
    "butuh_perbaikan",
    "kurang",
    "sangat_kurang",
];

struct Parser<'t> {
    text: &'t str,
    errors: Vec<ConfigError>,
    newer: Option<String>,
}

impl Parser<'_> {
    /// The 1-based line of a byte offset.
    fn line(&self, offset: usize) -> u32 {
        let upto = self.text.get(..offset).unwrap_or(self.text);
        upto.bytes().filter(|b| *b == b'\n').count() as u32 + 1
    }

    /// `value` where `span` starts: its line and its 1-based column in characters.
    fn lined<T>(&self, value: T, span: &Range<usize>) -> Lined<T> {
        let upto = self.text.get(..span.start).unwrap_or(self.text);
        let column = upto.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
        Lined {
            value,
            line: self.line(span.start),
            column,
        }
    }

    fn err(&mut self, span: Range<usize>, message: Msg, help: Option<Msg>) {
        self.errors.push(ConfigError {
            message,
            help,
            span,
        });
    }

    fn bad(&mut self, span: Range<usize>, key: &str, expected: ConfigExpected) {
        self.err(
            span,
            Msg::ConfigBadValue {
                key: key.to_string(),
                expected,
            },
            None,
        );
    }

    /// Reports keys of `table` not in `known`; returns the known ones.
    fn keys<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        section: &str,
        known: &[&str],
    ) -> Vec<(&'t str, &'t toml::Spanned<DeValue<'i>>)> {
        let mut out = Vec::new();
        for (k, v) in table.iter() {
            let name: &str = k.get_ref();
            if known.contains(&name) {
                out.push((name, v));
                continue;
            }
            let span = k.span();
            match &self.newer {
                Some(min) => {
                    let min = min.clone();
                    self.err(
                        span,
                        Msg::ConfigNewerVersion {
                            key: name.to_string(),
                            min_version: min,
                        },
                        Some(Msg::HelpUpdateSkpVersion),
                    );
                }
                None => {
                    let help = match did_you_mean(name, known) {
                        Some(s) => Msg::HelpDidYouMean {
                            suggestion: s.to_string(),
                        },
                        None => Msg::HelpKnownFields {
                            fields: known.join(", "),
                        },
                    };
                    self.err(
                        span,
                        Msg::ConfigUnknownKey {
                            key: name.to_string(),
                            section: section.to_string(),
                        },
                        Some(help),
                    );
                }
            }
        }
        out
    }

    fn table<'t, 'i>(
        &mut self,
        v: &'t toml::Spanned<DeValue<'i>>,
        key: &str,
    ) -> Option<&'t DeTable<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.bad(v.span(), key, ConfigExpected::Table);
                None
            }
        }
    }

    fn string(&mut self, v: &toml::Spanned<DeValue<'_>>, key: &str) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.bad(v.span(), key, ConfigExpected::Text);
                None
            }
        }
    }

    fn boolean(&mut self, v: &toml::Spanned<DeValue<'_>>, key: &str) -> Option<bool> {
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.bad(v.span(), key, ConfigExpected::OneOf(&["true", "false"]));
                None
            }
        }
    }

    fn int(
        &mut self,
        v: &toml::Spanned<DeValue<'_>>,
        key: &str,
        min: i64,
        max: i64,
    ) -> Option<i64> {
        let parsed = match v.get_ref() {
            DeValue::Integer(i) => i.as_str().replace('_', "").parse::<i64>().ok(),
            _ => None,
        };
        match parsed {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                self.bad(v.span(), key, ConfigExpected::Integer { min, max });
                None
            }
        }
    }

    fn strings(&mut self, v: &toml::Spanned<DeValue<'_>>, key: &str) -> Vec<String> {
        self.lined_strings(v, key)
            .into_iter()
            .map(|l| l.value)
            .collect()
    }

    fn lined_strings(&mut self, v: &toml::Spanned<DeValue<'_>>, key: &str) -> Vec<Lined<String>> {
        let DeValue::Array(items) = v.get_ref() else {
            self.bad(v.span(), key, ConfigExpected::TextList);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            if let Some(s) = self.string(item, key) {
                out.push(self.lined(s, &item.span()));
            }
        }
        out
    }

    fn levels(&mut self, v: &toml::Spanned<DeValue<'_>>) -> BTreeMap<String, Lined<Level>> {
        let mut out = BTreeMap::new();
        let Some(t) = self.table(v, "rules.level") else {
            return out;
        };
        for (k, v) in t.iter() {
            let code: &str = k.get_ref();
            match v.get_ref() {
                DeValue::String(s) if let Some(level) = Level::parse(s) => {
                    out.insert(code.to_string(), self.lined(level, &k.span()));
                }
                _ => self.bad(v.span(), code, ConfigExpected::Level),
            }
        }
        out
    }
}

fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |s: &str| -> Vec<u64> {
        s.trim()
            .split('.')
            .map(|p| p.parse::<u64>().unwrap_or(0))
            .collect()
    };
    let (mut x, mut y) = (parts(a), parts(b));
    let n = x.len().max(y.len());
    x.resize(n, 0);
    y.resize(n, 0);
    x.cmp(&y)
}

/// The slip a TOML parser's message names. The parser has no error kinds, only its words:
/// those it says for the common slips are matched, and anything else is kept as said.
fn toml_problem(message: &str) -> crate::base::TomlProblem {
    use crate::base::TomlProblem as P;
    let m = message.trim();
    let starts = |p: &str| m.starts_with(p);
    if starts("duplicate key") || starts("duplicate table") {
        P::DuplicateKey
    } else if starts("string values must be quoted")
        || starts("missing value")
        || starts("invalid date")
        || starts("invalid time")
    {
        P::UnreadableValue
    } else if starts("invalid basic string")
        || starts("invalid literal string")
        || starts("invalid multi-line")
        || starts("unclosed string")
    {
        P::UnclosedQuote
    } else if starts("missing comma between array elements") {
        P::MissingComma
    } else if starts("unclosed array table") || starts("unclosed table") {
        P::UnclosedSection
    } else if starts("unclosed array") {
        P::UnclosedList
    } else if starts("key with no value") {
        P::KeyWithoutValue
    } else if starts("unexpected key or value") {
        P::TextAfterValue
    } else if starts("missing escaped value") || starts("invalid escape") {
        P::BadEscape
    } else if starts("extra comma") {
        P::ExtraComma
    } else if starts("unquoted keys cannot be empty") {
        P::EmptyKey
    } else {
        P::Other(m.to_string())
    }
}

/// Parses skp.toml. An empty file is valid and gives the defaults.
pub fn parse(text: &str) -> Result<Config, Vec<ConfigError>> {
    let table = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            return Err(vec![ConfigError {
                message: Msg::ConfigSyntax {
                    detail: toml_problem(e.message()),
                },
                help: None,
                span: e.span().unwrap_or(0..0),
            }]);
        }
    };
    let table = table.get_ref();
    let mut p = Parser {
        text,
        errors: Vec::new(),
        newer: None,
    };
    let mut cfg = Config::default();

    // min_version first: it decides how unknown keys are reported.
    if let Some((_, v)) = table.iter().find(|(k, _)| k.get_ref() == "min_version")
        && let Some(min) = p.string(v, "min_version")
    {
        // Compared number by number: anything else would compare as nothing at all.
        let numeric = min
            .split('.')
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if !numeric {
            p.bad(v.span(), "min_version", ConfigExpected::Version);
        } else if compare_versions(&min, env!("CARGO_PKG_VERSION")) == std::cmp::Ordering::Greater {
            p.newer = Some(min.clone());
        }
        cfg.min_version = Some(min);
    }

    for (key, v) in p.keys(table, "", TOP) {
        match key {
            "workspace" => {
                let Some(t) = p.table(v, key) else { continue };
                for (k, v) in p.keys(t, "workspace", WORKSPACE) {
                    match k {
                        "agency" => cfg.workspace.agency = p.string(v, k),
                        "place" => cfg.workspace.place = p.string(v, k),
                        "year" => cfg.workspace.year = p.int(v, k, 1900, 2200).map(|y| y as i32),
                        "evaluation" => {
                            if let Some(s) = p.string(v, k) {
                                match Evaluasi::parse(&s) {
                                    Some(e) => cfg.workspace.evaluation = e,
                                    None => p.bad(
                                        v.span(),
                                        k,
                                        ConfigExpected::OneOf(&[
                                            "bulanan",
                                            "triwulanan",
                                            "semesteran",
                                            "tahunan",
                                        ]),
                                    ),
                                }
                            }
                        }
                        "timezone" => {
                            if let Some(s) = p.string(v, k) {
                                match TimeZone::parse(&s) {
                                    Some(tz) => cfg.workspace.timezone = tz,
                                    None => p.bad(
                                        v.span(),
                                        k,
                                        ConfigExpected::OneOf(&["WIB", "WITA", "WIT"]),
                                    ),
                                }
                            }
                        }
                        "grace_days" => {
                            if let Some(n) = p.int(v, k, 0, 366) {
                                cfg.workspace.grace_days = n as u32;
                            }
                        }
                        _ => {}
                    }
                }
            }
            "evidence" => {
                let Some(t) = p.table(v, key) else { continue };
                let mut folder_at = None;
                for (k, v) in p.keys(t, "evidence", EVIDENCE) {
                    match k {
                        "storage" => match p.string(v, k).as_deref() {
                            Some("repo") => cfg.evidence.storage = Storage::Repo,
                            Some("folder") => {
                                cfg.evidence.storage = Storage::Folder;
                                folder_at = Some(v.span());
                            }
                            Some(_) => {
                                p.bad(v.span(), k, ConfigExpected::OneOf(&["repo", "folder"]))
                            }
                            None => {}
                        },
                        "location" => cfg.evidence.location = p.string(v, k).unwrap_or_default(),
                        "min_per_period" => {
                            if let Some(n) = p.int(v, k, 1, 1000) {
                                cfg.evidence.min_per_period = n as u32;
                            }
                        }
                        "max_size_mb" => {
                            if let Some(n) = p.int(v, k, 1, 1_000_000) {
                                cfg.evidence.max_size_mb = n as u64;
                            }
                        }
                        "extra_types" => cfg.evidence.extra_types = p.strings(v, k),
                        "count_unpinned_urls" => {
                            if let Some(b) = p.boolean(v, k) {
                                cfg.evidence.count_unpinned_urls = b;
                            }
                        }
                        "rhk_covers_indicators" => {
                            if let Some(b) = p.boolean(v, k) {
                                cfg.evidence.rhk_covers_indicators = b;
                            }
                        }
                        "document_date_slack_days" => {
                            if let Some(n) = p.int(v, k, 0, 366) {
                                cfg.evidence.document_date_slack_days = n as u32;
                            }
                        }
                        _ => {}
                    }
                }
                // A folder store with no folder: every `evidence add` would fail, and `check`
                // could not find a single copy.
                if let Some(span) = folder_at
                    && cfg.evidence.location.trim().is_empty()
                {
                    p.err(
                        span,
                        Msg::ConfigFolderWithoutLocation,
                        Some(Msg::HelpConfigFolderWithoutLocation),
                    );
                }
            }
            "rules" => {
                let Some(t) = p.table(v, key) else { continue };
                for (k, v) in p.keys(t, "rules", RULES) {
                    match k {
                        "select" => cfg.rules.select = p.lined_strings(v, k),
                        "ignore" => cfg.rules.ignore = p.lined_strings(v, k),
                        "level" => cfg.rules.level = p.levels(v),
                        "aspects" => match p.string(v, k).as_deref() {
                            Some("any") => cfg.rules.aspects = AspectPolicy::Any,
                            Some("all") => cfg.rules.aspects = AspectPolicy::All,
                            Some(_) => p.bad(v.span(), k, ConfigExpected::OneOf(&["any", "all"])),
                            None => {}
                        },
                        "overrides" => {
                            let DeValue::Array(items) = v.get_ref() else {
                                p.bad(v.span(), k, ConfigExpected::Overrides);
                                continue;
                            };
                            for item in items {
                                let Some(t) = p.table(item, "rules.overrides") else {
                                    continue;
                                };
                                let mut o = Override::default();
                                for (k, v) in p.keys(t, "rules.overrides", OVERRIDE) {
                                    match k {
                                        "paths" => o.paths = p.lined_strings(v, k),
                                        "select" => o.select = p.lined_strings(v, k),
                                        "ignore" => o.ignore = p.lined_strings(v, k),
                                        "level" => o.level = p.levels(v),
                                        _ => {}
                                    }
                                }
                                cfg.rules.overrides.push(o);
                            }
                        }
                        _ => {}
                    }
                }
            }
            "vocab" => {
                let Some(t) = p.table(v, key) else { continue };
                for (k, v) in p.keys(t, "vocab", VOCAB) {
                    match k {
                        "extra_normative" => cfg.vocab.extra_normative = p.strings(v, k),
                        "extra_units" => cfg.vocab.extra_units = p.strings(v, k),
                        "accept" => cfg.vocab.accept = p.lined_strings(v, k),
                        _ => {}
                    }
                }
            }
            "privacy" => {
                let Some(t) = p.table(v, key) else { continue };
                for (k, v) in p.keys(t, "privacy", PRIVACY) {
                    if k == "allow" {
                        cfg.privacy.allow = p.strings(v, k);
                    }
                }
            }
            "targets" => {
                let Some(t) = p.table(v, key) else { continue };
                for (k, v) in p.keys(t, "targets", TARGETS) {
                    if k == "max_growth"
                        && let Some(n) = p.int(v, k, 2, 1000)
                    {
                        cfg.targets.max_growth = n as u32;
                    }
                }
            }
            "evaluation" => {
                let Some(t) = p.table(v, key) else { continue };
                for (k, v) in p.keys(t, "evaluation", EVALUATION) {
                    match k {
                        "organisation_rating" => {
                            let Some(t) = p.table(v, k) else { continue };
                            let section = "evaluation.organisation_rating";
                            for (org, v) in p.keys(t, section, ORGANISATION_PREDIKAT) {
                                let Some(text) = p.string(v, org) else {
                                    continue;
                                };
                                match (PredikatOrganisasi::parse(org), Rating::parse(&text)) {
                                    (Some(o), Some(r)) => {
                                        let map = &mut cfg.evaluation.organisation_rating;
                                        map.retain(|(x, _)| *x != o);
                                        map.push((o, r));
                                    }
                                    _ => p.bad(
                                        v.span(),
                                        org,
                                        ConfigExpected::OneOf(&[
                                            "di_atas_ekspektasi",
                                            "sesuai_ekspektasi",
                                            "di_bawah_ekspektasi",
                                        ]),
                                    ),
                                }
                            }
                        }
                        "matrix" => {
                            let Some(t) = p.table(v, k) else { continue };
                            for (hasil, v) in p.keys(t, "evaluation.matrix", RATINGS) {
                                let Some(t) = p.table(v, hasil) else { continue };
                                let section = format!("evaluation.matrix.{hasil}");
                                for (perilaku, v) in p.keys(t, &section, RATINGS) {
                                    let Some(text) = p.string(v, perilaku) else {
                                        continue;
                                    };
                                    match (
                                        Rating::parse(hasil),
                                        Rating::parse(perilaku),
                                        Predikat::parse(&text),
                                    ) {
                                        (Some(h), Some(b), Some(pr)) => {
                                            let m = &mut cfg.evaluation.matrix;
                                            m.retain(|(cell, _)| *cell != (h, b));
                                            m.push(((h, b), pr));
                                        }
                                        _ => p.bad(
                                            v.span(),
                                            perilaku,
                                            ConfigExpected::OneOf(&[
                                                "sangat_baik",
                                                "baik",
                                                "butuh_perbaikan",
                                                "kurang",
                                                "sangat_kurang",
                                            ]),
                                        ),
                                    }
                                }
                            }
                        }
                        "small_unit" => {
                            if let Some(n) = p.int(v, k, 0, 1000) {
                                cfg.evaluation.small_unit = n as u32;
                            }
                        }
                        "deadline_days" => {
                            if let Some(n) = p.int(v, k, 0, 366) {
                                cfg.evaluation.deadline_days = Some(n as u32);
                            }
                        }
                        "angka_kredit_decimals" => {
                            if let Some(n) = p.int(v, k, 0, 6) {
                                cfg.evaluation.angka_kredit_decimals = n as u32;
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    if p.errors.is_empty() {
        Ok(cfg)
    } else {
        Err(p.errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_is_valid() {
        let c = parse("").unwrap();
        assert_eq!(c.evidence.min_per_period, 1);
        assert_eq!(c.workspace.timezone, TimeZone::WIB);
    }

    #[test]
    fn full_example_parses() {
        let c = parse(
            r#"
min_version = "0.1"
[workspace]
agency = "Pemerintah Kota Contoh"
year = 2026
evaluation = "triwulanan"
timezone = "Asia/Makassar"
grace_days = 3
[evidence]
storage = "repo"
location = ""
min_per_period = 1
max_size_mb = 50
extra_types = []
[rules]
select = []
ignore = []
[rules.level]
S106 = "error"
[[rules.overrides]]
paths = ["pegawai/guru/**"]
ignore = ["S110"]
[vocab]
extra_normative = []
extra_units = ["paket", "ha"]
accept = []
[evaluation]
"#,
        )
        .unwrap();
        assert_eq!(c.workspace.year, Some(2026));
        assert_eq!(c.workspace.timezone, TimeZone::WITA);
        assert_eq!(
            c.rules.level.get("S106").map(|l| l.value),
            Some(Level::Error)
        );
        assert_eq!(c.rules.overrides[0].ignore[0].value, "S110");
        assert_eq!(c.vocab.extra_units.len(), 2);
    }

    #[test]
    fn values_keep_their_lines() {
        let c = parse("[rules]\nignore = [\n  \"S110\",\n  \"S113\",\n]\n[rules.level]\nS1 = \"off\"\n[vocab]\naccept = [\"IKM\"]\n").unwrap();
        let lines: Vec<u32> = c.rules.ignore.iter().map(|l| l.line).collect();
        assert_eq!(lines, vec![3, 4]);
        assert_eq!(c.rules.level["S1"].line, 7);
        assert_eq!(c.vocab.accept[0].line, 9);
    }

    #[test]
    fn bad_values_speak_the_chosen_language() {
        let e = parse("[workspace]\ngrace_days = -5\n").unwrap_err();
        let en = e[0].message.render(crate::i18n::Lang::En);
        assert!(en.contains("must be an integer 0..366"), "{en}");
        assert!(!en.contains("bilangan"), "{en}");
        let id = e[0].message.render(crate::i18n::Lang::Id);
        assert!(id.contains("bilangan bulat 0..366"), "{id}");
    }

    #[test]
    fn unknown_key_suggests() {
        let e = parse("[workspace]\nagensi = \"x\"\n").unwrap_err();
        assert!(matches!(&e[0].message, Msg::ConfigUnknownKey { key, .. } if key == "agensi"));
        assert_eq!(
            e[0].help,
            Some(Msg::HelpDidYouMean {
                suggestion: "agency".into()
            })
        );
    }

    #[test]
    fn the_slips_of_a_hand_edit_are_named() {
        use crate::base::TomlProblem as P;
        let problem = |text: &str| match &parse(text).unwrap_err()[0].message {
            Msg::ConfigSyntax { detail } => detail.clone(),
            other => panic!("{other:?}"),
        };
        for (text, expected) in [
            (
                "[workspace]\nagency = \"A\"\nagency = \"B\"\n",
                P::DuplicateKey,
            ),
            ("[workspace]\n[workspace]\n", P::DuplicateKey),
            ("[workspace]\ntimezone = WIB\n", P::UnreadableValue),
            ("[workspace]\nagency = \"Dinas\n", P::UnclosedQuote),
            ("[workspace]\nagency = 'Dinas\n", P::UnclosedQuote),
            ("[rules]\nselect = [\"S1\" \"S2\"]\n", P::MissingComma),
            ("[rules]\nselect = [\"S1\"\n", P::UnclosedList),
            ("[workspace\n", P::UnclosedSection),
            ("[[rules.overrides]\n", P::UnclosedSection),
            ("[workspace]\nagency: \"A\"\n", P::KeyWithoutValue),
            ("[workspace]\nagency = \"A\" \"B\"\n", P::TextAfterValue),
        ] {
            assert_eq!(problem(text), expected, "{text:?}");
        }
        for (text, expected) in [
            ("[workspace]\nagency = \"C:\\data\"\n", P::BadEscape),
            ("[rules]\nignore = [\"S101\",,]\n", P::ExtraComma),
            ("[workspace]\n= \"x\"\n", P::EmptyKey),
            ("[workspace]\nyear = 2026-01\n", P::UnreadableValue),
        ] {
            assert_eq!(problem(text), expected, "{text:?}");
        }
    }

    #[test]
    fn newer_min_version_says_update() {
        let e = parse("min_version = \"9.0\"\n[workspace]\nfuture_key = 1\n").unwrap_err();
        assert!(matches!(&e[0].message, Msg::ConfigNewerVersion { .. }));
    }

    #[test]
    fn bad_values_are_reported() {
        let e = parse("[workspace]\ntimezone = \"UTC\"\ngrace_days = -1\n").unwrap_err();
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn evaluation_overrides_the_partly_confirmed_facts() {
        let c = parse(
            "[evaluation]
small_unit = 2
[evaluation.organisation_rating]
butuh_perbaikan = \"sesuai_ekspektasi\"\n",
        )
        .unwrap();
        assert_eq!(c.evaluation.small_unit, 2);
        assert_eq!(
            c.evaluation
                .leader_rating(PredikatOrganisasi::ButuhPerbaikan),
            Rating::SesuaiEkspektasi
        );
        // The predikat not named keep the default.
        assert_eq!(
            c.evaluation.leader_rating(PredikatOrganisasi::Istimewa),
            Rating::DiAtasEkspektasi
        );
        // A cell of the matrix read otherwise; the others keep the Lampiran's.
        let c = parse(
            "[evaluation.matrix.sesuai_ekspektasi]
di_bawah_ekspektasi = \"butuh_perbaikan\"\n",
        )
        .unwrap();
        assert_eq!(
            c.evaluation.matrix,
            [(
                (Rating::SesuaiEkspektasi, Rating::DiBawahEkspektasi),
                Predikat::ButuhPerbaikan
            )]
        );
        let e = parse(
            "[evaluation.matrix.sesuai_ekspektasi]
di_bawah = \"baik\"
di_atas_ekspektasi = \"istimewa\"
",
        )
        .unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
        let e = parse(
            "[evaluation.organisation_rating]
istimewa = \"tinggi\"
cukup = \"sesuai_ekspektasi\"
",
        )
        .unwrap_err();
        assert_eq!(e.len(), 2);
        assert!(
            e.iter()
                .any(|e| matches!(&e.message, Msg::ConfigUnknownKey { key, .. } if key == "cukup"))
        );
    }
}
