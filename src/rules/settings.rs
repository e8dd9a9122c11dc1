//! Which rules run and at what level: registry defaults, then skp.toml (`[rules]`,
//! `[[rules.overrides]]` by path), then the command line.

use std::collections::BTreeMap;

use globset::{Glob, GlobSet, GlobSetBuilder};

use super::registry::RULES;
use super::rule::{Level, Rule};
use crate::diag::Severity;
use crate::workspace::config::{Lined, RulesSection};

/// An unknown code or a bad glob in the configuration or on the command line.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsError {
    /// `at`: the line and column in skp.toml; `None` on the command line.
    UnknownCode {
        code: String,
        at: Option<(u32, u32)>,
    },
    BadGlob(String),
}

struct Layer {
    select: Vec<String>,
    ignore: Vec<String>,
    level: BTreeMap<String, Level>,
}

pub struct Settings {
    base: Layer,
    overrides: Vec<(GlobSet, Layer)>,
}

fn matches(code: &str, patterns: &[String]) -> Option<usize> {
    patterns
        .iter()
        .filter(|p| code.starts_with(p.as_str()))
        .map(|p| p.len())
        .max()
}

/// The level set for `code` by the most specific key of `levels` (keys are codes or prefixes:
/// `S1 = "off"` applies to every S1xx rule; `S113` beats `S1`).
fn level_for(code: &str, levels: &BTreeMap<String, Level>) -> Option<Level> {
    levels
        .iter()
        .filter(|(k, _)| code.starts_with(k.as_str()))
        .max_by_key(|(k, _)| k.len())
        .map(|(_, l)| *l)
}

/// Each code or prefix of `list` that no rule has, added to `errors`: every one is named in
/// one run.
fn validate(list: &[Lined<String>], errors: &mut Vec<SettingsError>) {
    for p in list {
        let code = &p.value;
        if code.is_empty() || !RULES.iter().any(|r| r.code.starts_with(code.as_str())) {
            errors.push(SettingsError::UnknownCode {
                code: code.clone(),
                at: (p.line > 0).then_some((p.line, p.column)),
            });
        }
    }
}

/// Codes as written: upper case, and a comma-separated item (`"S101, S102"`) split, each part
/// keeping the place of its item.
fn normalize(list: &[Lined<String>]) -> Vec<Lined<String>> {
    list.iter()
        .flat_map(|l| {
            l.value.split(',').map(|s| Lined {
                value: s.trim().to_ascii_uppercase(),
                ..*l
            })
        })
        .filter(|l| !l.value.is_empty())
        .collect()
}

/// Codes of the command line, which has no place in skp.toml.
fn unlined(list: &[String]) -> Vec<Lined<String>> {
    list.iter().map(|s| Lined::unlined(s.clone())).collect()
}

/// The level keys of a table as codes, each at the place of its key.
fn level_keys(levels: &BTreeMap<String, Lined<Level>>) -> Vec<Lined<String>> {
    levels
        .iter()
        .map(|(k, v)| Lined {
            value: k.to_ascii_uppercase(),
            line: v.line,
            column: v.column,
        })
        .collect()
}

fn values(list: Vec<Lined<String>>) -> Vec<String> {
    list.into_iter().map(|l| l.value).collect()
}

fn levels(levels: &BTreeMap<String, Lined<Level>>) -> BTreeMap<String, Level> {
    levels
        .iter()
        .map(|(k, v)| (k.to_ascii_uppercase(), v.value))
        .collect()
}

impl Settings {
    /// `cli_select` replaces the configured `select` when given; `cli_ignore` adds to `ignore`.
    pub fn new(
        rules: &RulesSection,
        cli_select: &[String],
        cli_ignore: &[String],
    ) -> Result<Settings, Vec<SettingsError>> {
        let cli_select = normalize(&unlined(cli_select));
        let select = if cli_select.is_empty() {
            normalize(&rules.select)
        } else {
            cli_select
        };
        let mut ignore = normalize(&rules.ignore);
        ignore.extend(normalize(&unlined(cli_ignore)));
        let mut errors = Vec::new();
        validate(&select, &mut errors);
        validate(&ignore, &mut errors);
        validate(&level_keys(&rules.level), &mut errors);
        let level = levels(&rules.level);
        let mut overrides = Vec::new();
        for o in &rules.overrides {
            let mut b = GlobSetBuilder::new();
            for p in &o.paths {
                match Glob::new(&p.value) {
                    Ok(g) => {
                        b.add(g);
                    }
                    Err(_) => errors.push(SettingsError::BadGlob(p.value.clone())),
                }
            }
            let set = match b.build() {
                Ok(set) => set,
                Err(e) => {
                    errors.push(SettingsError::BadGlob(e.to_string()));
                    GlobSet::empty()
                }
            };
            let (o_select, o_ignore) = (normalize(&o.select), normalize(&o.ignore));
            validate(&o_select, &mut errors);
            validate(&o_ignore, &mut errors);
            validate(&level_keys(&o.level), &mut errors);
            overrides.push((
                set,
                Layer {
                    select: values(o_select),
                    ignore: values(o_ignore),
                    level: levels(&o.level),
                },
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let (select, ignore) = (values(select), values(ignore));
        Ok(Settings {
            base: Layer {
                select,
                ignore,
                level,
            },
            overrides,
        })
    }

    /// Whether a workspace rule needs to run at all (it may be enabled for some paths only).
    pub fn may_run(&self, rule: &Rule) -> bool {
        self.level_in(&self.base, rule) != Level::Off
            || self.overrides.iter().any(|(_, l)| {
                matches(rule.code, &l.select)
                    .is_some_and(|n| rule.level != Level::Off || n == rule.code.len())
                    || level_for(rule.code, &l.level).is_some_and(|l| l != Level::Off)
            })
    }

    fn level_in(&self, layer: &Layer, rule: &Rule) -> Level {
        let mut level = level_for(rule.code, &layer.level).unwrap_or(rule.level);
        if !layer.select.is_empty() {
            match matches(rule.code, &layer.select) {
                None => return Level::Off,
                // An opt-in rule (off by default) is turned on, as a warning, only when selected by
                // its full code: selecting "S" keeps the set of rules a user has vetted.
                Some(n)
                    if level == Level::Off && rule.level == Level::Off && n == rule.code.len() =>
                {
                    level = Level::Warning;
                }
                Some(_) if level == Level::Off && rule.level == Level::Off => return Level::Off,
                Some(_) if level == Level::Off => level = Level::Warning,
                Some(_) => {}
            }
        }
        if let Some(ig) = matches(rule.code, &layer.ignore) {
            let sel = matches(rule.code, &layer.select).unwrap_or(0);
            // The more specific of select/ignore wins, as in ruff.
            if ig >= sel {
                return Level::Off;
            }
        }
        level
    }

    /// The severity of a finding of `code` in the file at `rel`, or `None` if hidden.
    pub fn severity(&self, code: &str, rel: &str) -> Option<Severity> {
        let Some(rule) = super::registry::find(code) else {
            return Some(Severity::Error);
        };
        if !rule.hideable {
            return Some(Severity::Error);
        }
        let mut level = self.level_in(&self.base, rule);
        for (set, layer) in &self.overrides {
            if !set.is_match(rel) {
                continue;
            }
            if let Some(l) = level_for(code, &layer.level) {
                level = l;
            }
            if !layer.select.is_empty()
                && matches(code, &layer.select)
                    .is_some_and(|n| rule.level != Level::Off || n == code.len())
                && level == Level::Off
            {
                level = rule.level.max(Level::Warning);
            }
            if matches(code, &layer.ignore).is_some() {
                level = Level::Off;
            }
        }
        match level {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::config::{Override, RulesSection};

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn lined(v: &[&str]) -> Vec<Lined<String>> {
        v.iter().map(|x| Lined::unlined(x.to_string())).collect()
    }

    #[test]
    fn level_keys_are_prefixes_like_everywhere_else() {
        let mut rules = RulesSection::default();
        rules.level.insert("S1".into(), Lined::unlined(Level::Off));
        rules
            .level
            .insert("S113".into(), Lined::unlined(Level::Error));
        let st = Settings::new(&rules, &[], &[]).unwrap();
        assert_eq!(st.severity("S101", "a.yaml"), None);
        assert_eq!(st.severity("S110", "a.yaml"), None);
        assert_eq!(st.severity("S113", "a.yaml"), Some(Severity::Error));
        assert_eq!(st.severity("F012", "a.yaml"), Some(Severity::Warning));
    }

    #[test]
    fn select_ignore_and_levels() {
        let mut rules = RulesSection::default();
        rules
            .level
            .insert("F012".into(), Lined::unlined(Level::Error));
        let st = Settings::new(&rules, &[], &s(&["F011"])).unwrap();
        assert_eq!(st.severity("F012", "a.yaml"), Some(Severity::Error));
        assert_eq!(st.severity("F011", "a.yaml"), None);
        let st = Settings::new(&rules, &s(&["F01"]), &[]).unwrap();
        assert_eq!(st.severity("F002", "a.yaml"), None);
        assert_eq!(st.severity("F010", "a.yaml"), Some(Severity::Error));
        // A file that could not be read cannot be hidden; what was read of one can.
        let st = Settings::new(&rules, &[], &s(&["F"])).unwrap();
        for code in ["F001", "F008", "F009"] {
            assert_eq!(st.severity(code, "a.yaml"), Some(Severity::Error), "{code}");
        }
        assert_eq!(st.severity("F002", "a.yaml"), None);
    }

    #[test]
    fn unknown_codes_are_errors() {
        let r = Settings::new(&RulesSection::default(), &s(&["X9"]), &[]);
        assert_eq!(
            r.err(),
            Some(vec![SettingsError::UnknownCode {
                code: "X9".into(),
                at: None
            }])
        );
        // In skp.toml: where it is written, a comma-separated item's part at its item.
        let rules = RulesSection {
            ignore: vec![Lined {
                value: "s101, z999".into(),
                line: 18,
                column: 11,
            }],
            ..RulesSection::default()
        };
        assert_eq!(
            Settings::new(&rules, &[], &[]).err(),
            Some(vec![SettingsError::UnknownCode {
                code: "Z999".into(),
                at: Some((18, 11))
            }])
        );
    }

    #[test]
    fn overrides_apply_by_path() {
        let rules = RulesSection {
            overrides: vec![Override {
                paths: lined(&["pegawai/guru/**"]),
                ignore: lined(&["F012"]),
                ..Override::default()
            }],
            ..RulesSection::default()
        };
        let st = Settings::new(&rules, &[], &[]).unwrap();
        assert_eq!(st.severity("F012", "pegawai/guru/x/skp.yaml"), None);
        assert_eq!(
            st.severity("F012", "pegawai/x/skp.yaml"),
            Some(Severity::Warning)
        );
    }
}
