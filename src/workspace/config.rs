//! `skp.toml`: parsed strictly. Every section and key of DESIGN §1 is known; anything else is an
//! error with a "did you mean" hint, unless the file asks for a newer skp (`min_version`), in
//! which case the message says to update skp instead.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::i18n::Msg;
use crate::model::convert::did_you_mean;
use crate::model::vocab::{Evaluasi, Vocab};
use crate::rules::rule::Level;

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
    pub max_size_mb: u64,
    pub extra_types: Vec<String>,
}

/// `[[rules.overrides]]`: settings for files matching `paths` (globs relative to the root).
#[derive(Debug, Clone, Default)]
pub struct Override {
    pub paths: Vec<String>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub level: BTreeMap<String, Level>,
}

#[derive(Debug, Clone, Default)]
pub struct RulesSection {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub level: BTreeMap<String, Level>,
    pub overrides: Vec<Override>,
}

#[derive(Debug, Clone, Default)]
pub struct VocabSection {
    pub extra_normative: Vec<String>,
    pub extra_units: Vec<String>,
    pub accept: Vec<String>,
}

/// `[evaluation]`: regulation facts that are only partly confirmed (domain.md §2), kept as
/// raw TOML until the evaluation rules read them.
#[derive(Debug, Clone, Default)]
pub struct EvaluationSection {
    pub entries: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub min_version: Option<String>,
    pub workspace: WorkspaceSection,
    pub evidence: EvidenceSection,
    pub rules: RulesSection,
    pub vocab: VocabSection,
    pub evaluation: EvaluationSection,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            min_version: None,
            workspace: WorkspaceSection {
                agency: None,
                year: None,
                evaluation: Evaluasi::Triwulanan,
                timezone: TimeZone::WIB,
                grace_days: 0,
            },
            evidence: EvidenceSection {
                storage: Storage::Repo,
                location: String::new(),
                min_per_period: 1,
                max_size_mb: 50,
                extra_types: Vec::new(),
            },
            rules: RulesSection::default(),
            vocab: VocabSection::default(),
            evaluation: EvaluationSection::default(),
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
];
const WORKSPACE: &[&str] = &["agency", "year", "evaluation", "timezone", "grace_days"];
const EVIDENCE: &[&str] = &[
    "storage",
    "location",
    "min_per_period",
    "max_size_mb",
    "extra_types",
];
const RULES: &[&str] = &["select", "ignore", "level", "overrides"];
const OVERRIDE: &[&str] = &["paths", "select", "ignore", "level"];
const VOCAB: &[&str] = &["extra_normative", "extra_units", "accept"];
const EVALUATION: &[&str] = &[
    "predikat_matrix",
    "organisation_rating",
    "distribution_rounding",
];

struct Parser {
    errors: Vec<ConfigError>,
    newer: Option<String>,
}

type Item<'i> = (
    toml::Spanned<std::borrow::Cow<'i, str>>,
    toml::Spanned<DeValue<'i>>,
);

impl Parser {
    fn err(&mut self, span: Range<usize>, message: Msg, help: Option<Msg>) {
        self.errors.push(ConfigError {
            message,
            help,
            span,
        });
    }

    fn bad(&mut self, span: Range<usize>, key: &str, expected: &str) {
        self.err(
            span,
            Msg::ConfigBadValue {
                key: key.to_string(),
                expected: expected.to_string(),
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
                self.bad(v.span(), key, "[tabel]");
                None
            }
        }
    }

    fn string(&mut self, v: &toml::Spanned<DeValue<'_>>, key: &str) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.bad(v.span(), key, "teks (\"…\")");
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
                self.bad(v.span(), key, &format!("bilangan bulat {min}..{max}"));
                None
            }
        }
    }

    fn strings(&mut self, v: &toml::Spanned<DeValue<'_>>, key: &str) -> Vec<String> {
        let DeValue::Array(items) = v.get_ref() else {
            self.bad(v.span(), key, "daftar teks ([\"…\", …])");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            if let Some(s) = self.string(item, key) {
                out.push(s);
            }
        }
        out
    }

    fn levels(&mut self, v: &toml::Spanned<DeValue<'_>>) -> BTreeMap<String, Level> {
        let mut out = BTreeMap::new();
        let Some(t) = self.table(v, "rules.level") else {
            return out;
        };
        for (k, v) in t.iter() {
            let code: &str = k.get_ref();
            match v.get_ref() {
                DeValue::String(s) if Level::parse(s).is_some() => {
                    out.insert(code.to_string(), Level::parse(s).unwrap_or(Level::Off));
                }
                _ => self.bad(
                    v.span(),
                    code,
                    "\"error\", \"warning\", \"info\" atau \"off\"",
                ),
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

/// Parses skp.toml. An empty file is valid and gives the defaults.
pub fn parse(text: &str) -> Result<Config, Vec<ConfigError>> {
    let table = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            return Err(vec![ConfigError {
                message: Msg::ConfigSyntax {
                    detail: e.message().to_string(),
                },
                help: None,
                span: e.span().unwrap_or(0..0),
            }]);
        }
    };
    let table = table.get_ref();
    let mut p = Parser {
        errors: Vec::new(),
        newer: None,
    };
    let mut cfg = Config::default();

    // min_version first: it decides how unknown keys are reported.
    if let Some((_, v)) = table.iter().find(|(k, _)| k.get_ref() == "min_version")
        && let Some(min) = p.string(v, "min_version")
    {
        if compare_versions(&min, env!("CARGO_PKG_VERSION")) == std::cmp::Ordering::Greater {
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
                        "year" => cfg.workspace.year = p.int(v, k, 1900, 2200).map(|y| y as i32),
                        "evaluation" => {
                            if let Some(s) = p.string(v, k) {
                                match Evaluasi::parse(&s) {
                                    Some(e) => cfg.workspace.evaluation = e,
                                    None => p.bad(v.span(), k, "\"bulanan\", \"triwulanan\", \"semesteran\" atau \"tahunan\""),
                                }
                            }
                        }
                        "timezone" => {
                            if let Some(s) = p.string(v, k) {
                                match TimeZone::parse(&s) {
                                    Some(tz) => cfg.workspace.timezone = tz,
                                    None => p.bad(v.span(), k, "\"WIB\", \"WITA\" atau \"WIT\""),
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
                for (k, v) in p.keys(t, "evidence", EVIDENCE) {
                    match k {
                        "storage" => match p.string(v, k).as_deref() {
                            Some("repo") => cfg.evidence.storage = Storage::Repo,
                            Some("folder") => cfg.evidence.storage = Storage::Folder,
                            Some(_) => p.bad(v.span(), k, "\"repo\" atau \"folder\""),
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
                        _ => {}
                    }
                }
            }
            "rules" => {
                let Some(t) = p.table(v, key) else { continue };
                for (k, v) in p.keys(t, "rules", RULES) {
                    match k {
                        "select" => cfg.rules.select = p.strings(v, k),
                        "ignore" => cfg.rules.ignore = p.strings(v, k),
                        "level" => cfg.rules.level = p.levels(v),
                        "overrides" => {
                            let DeValue::Array(items) = v.get_ref() else {
                                p.bad(v.span(), k, "[[rules.overrides]]");
                                continue;
                            };
                            for item in items {
                                let Some(t) = p.table(item, "rules.overrides") else {
                                    continue;
                                };
                                let mut o = Override::default();
                                for (k, v) in p.keys(t, "rules.overrides", OVERRIDE) {
                                    match k {
                                        "paths" => o.paths = p.strings(v, k),
                                        "select" => o.select = p.strings(v, k),
                                        "ignore" => o.ignore = p.strings(v, k),
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
                    let list = p.strings(v, k);
                    match k {
                        "extra_normative" => cfg.vocab.extra_normative = list,
                        "extra_units" => cfg.vocab.extra_units = list,
                        "accept" => cfg.vocab.accept = list,
                        _ => {}
                    }
                }
            }
            "evaluation" => {
                let Some(t) = p.table(v, key) else { continue };
                for (k, v) in p.keys(t, "evaluation", EVALUATION) {
                    if let Ok(value) = toml::Value::try_from(devalue_to_toml(v.get_ref())) {
                        cfg.evaluation.entries.insert(k.to_string(), value);
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

fn devalue_to_toml(v: &DeValue<'_>) -> toml::Value {
    match v {
        DeValue::String(s) => toml::Value::String(s.to_string()),
        DeValue::Integer(i) => i.as_str().replace('_', "").parse::<i64>().map_or_else(
            |_| toml::Value::String(i.as_str().to_string()),
            toml::Value::Integer,
        ),
        DeValue::Float(f) => f.as_str().parse::<f64>().map_or_else(
            |_| toml::Value::String(f.as_str().to_string()),
            toml::Value::Float,
        ),
        DeValue::Boolean(b) => toml::Value::Boolean(*b),
        DeValue::Datetime(d) => toml::Value::String(d.to_string()),
        DeValue::Array(a) => {
            toml::Value::Array(a.iter().map(|x| devalue_to_toml(x.get_ref())).collect())
        }
        DeValue::Table(t) => toml::Value::Table(
            t.iter()
                .map(|(k, v)| (k.get_ref().to_string(), devalue_to_toml(v.get_ref())))
                .collect(),
        ),
    }
}

#[allow(dead_code)]
fn _item_type_check(_: Item<'_>) {}

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
        assert_eq!(c.rules.level.get("S106"), Some(&Level::Error));
        assert_eq!(c.rules.overrides[0].ignore, vec!["S110".to_string()]);
        assert_eq!(c.vocab.extra_units.len(), 2);
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
    fn newer_min_version_says_update() {
        let e = parse("min_version = \"9.0\"\n[workspace]\nfuture_key = 1\n").unwrap_err();
        assert!(matches!(&e[0].message, Msg::ConfigNewerVersion { .. }));
    }

    #[test]
    fn bad_values_are_reported() {
        let e = parse("[workspace]\ntimezone = \"UTC\"\ngrace_days = -1\n").unwrap_err();
        assert_eq!(e.len(), 2);
    }
}
