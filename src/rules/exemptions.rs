//! Every way a finding can be exempted, gathered into one value: in-place comments, ledger
//! `abaikan`, `[rules] select/ignore/level` and `[[rules.overrides]]` (any level other than the
//! default, downgrades to `info` included), `[vocab] accept`, a baseline file, and evidence that
//! is "not fetched" (Git LFS, an absent store). `--no-exemptions` turns every source off at
//! once, and `skp report exemptions` prints this same value, so what an inspector switches off
//! and what they can list are the same thing.

use super::suppress::{self, Suppression};
use crate::model::Content;
use crate::workspace::Workspace;
use crate::workspace::config::RulesSection;

/// Where an exemption comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// `# skp: abaikan CODE -- alasan` in a plan file.
    Comment,
    /// `abaikan:` on a ledger entry.
    LedgerAbaikan,
    /// `[rules] select` (rules left out are not run).
    RulesSelect,
    /// `[rules] ignore`.
    RulesIgnore,
    /// `[rules.level]`: a level other than the rule's default.
    RulesLevel,
    /// `[[rules.overrides]]`.
    Override,
    /// `[vocab] accept`: wording the S rules never flag.
    VocabAccept,
    /// `--baseline FILE`: findings recorded there are not reported.
    Baseline,
    /// Evidence whose content is not here to verify (Git LFS pointer, absent store).
    NotFetched,
}

impl Source {
    /// Stable key for tables and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Source::Comment => "komentar",
            Source::LedgerAbaikan => "abaikan",
            Source::RulesSelect => "rules.select",
            Source::RulesIgnore => "rules.ignore",
            Source::RulesLevel => "rules.level",
            Source::Override => "rules.overrides",
            Source::VocabAccept => "vocab.accept",
            Source::Baseline => "baseline",
            Source::NotFetched => "belum_diambil",
        }
    }
}

/// One exemption, where it is written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Exemption {
    /// Relative path of the file that declares it.
    pub file: String,
    /// 1-based line, 0 when unknown.
    pub line: u32,
    pub source: Source,
    /// Rule codes (or the accepted term, or the evidence path).
    pub what: String,
    /// The reason, level or paths given with it.
    pub detail: String,
}

/// The exemptions of one run.
#[derive(Debug, Default)]
pub struct Exemptions {
    /// False with `--no-exemptions`: no source applies.
    pub enabled: bool,
    /// Every exemption declared in the workspace (listed even when disabled).
    pub declared: Vec<Exemption>,
    /// In-place suppression comments (empty when disabled).
    pub suppressions: Vec<Suppression>,
    accept: Vec<String>,
}

impl Exemptions {
    /// Gathers every declared exemption of the loaded workspace; `enabled = false` keeps the
    /// list but applies none.
    pub fn collect(ws: &Workspace, enabled: bool) -> Exemptions {
        let comments = suppress::collect(ws);
        let mut declared = Vec::new();
        for s in &comments {
            declared.push(Exemption {
                file: ws.rel(s.file).to_string(),
                line: ws.sources.locate(s.file, s.span).line,
                source: Source::Comment,
                what: s.codes.join(", "),
                detail: s.reason.clone().unwrap_or_default(),
            });
        }
        for d in &ws.docs {
            let Content::BuktiDukung(l) = &d.content else {
                continue;
            };
            for x in l
                .bukti
                .iter()
                .flat_map(|b| b.abaikan.iter().flat_map(|a| a.iter()))
            {
                declared.push(Exemption {
                    file: ws.rel(d.file).to_string(),
                    line: ws.sources.locate(d.file, x.kode.span).line,
                    source: Source::LedgerAbaikan,
                    what: x.kode.value.clone(),
                    detail: x.alasan.value.clone(),
                });
            }
        }
        declared.extend(from_rules(&ws.config.rules));
        for a in &ws.config.vocab.accept {
            declared.push(Exemption {
                file: "skp.toml".into(),
                line: a.line,
                source: Source::VocabAccept,
                what: a.value.clone(),
                detail: String::new(),
            });
        }
        declared.sort();
        Exemptions {
            enabled,
            declared,
            suppressions: if enabled { comments } else { Vec::new() },
            accept: if enabled {
                ws.config
                    .vocab
                    .accept
                    .iter()
                    .map(|a| a.value.clone())
                    .collect()
            } else {
                Vec::new()
            },
        }
    }

    /// The `[vocab] accept` terms in force (none when disabled).
    pub fn accept(&self) -> &[String] {
        &self.accept
    }

    /// The rules configuration in force: the workspace's, or the registry defaults when
    /// exemptions are off (an inspector's run: no select, ignore, level or override applies).
    pub fn rules_in_force(
        configured: &RulesSection,
        enabled: bool,
    ) -> std::borrow::Cow<'_, RulesSection> {
        if enabled {
            std::borrow::Cow::Borrowed(configured)
        } else {
            std::borrow::Cow::Owned(RulesSection::default())
        }
    }

    /// The lowest severity a finding of `code` may have in this run. Evidence that is "not
    /// fetched" (B111) is informational only as an exemption; an inspector's run without
    /// exemptions reports it as a warning, since nobody verified that content.
    pub fn floor(&self, code: &str) -> Option<crate::diag::Severity> {
        (!self.enabled && code == "B111").then_some(crate::diag::Severity::Warning)
    }

    /// Records a source found outside the workspace's files (a baseline, unfetched evidence).
    pub fn declare(&mut self, e: Exemption) {
        self.declared.push(e);
        self.declared.sort();
    }
}

fn from_rules(r: &RulesSection) -> Vec<Exemption> {
    let mut out = Vec::new();
    let item = |line, source, what: &str, detail: String| Exemption {
        file: "skp.toml".into(),
        line,
        source,
        what: what.to_string(),
        detail,
    };
    for s in &r.select {
        out.push(item(s.line, Source::RulesSelect, &s.value, String::new()));
    }
    for s in &r.ignore {
        out.push(item(s.line, Source::RulesIgnore, &s.value, String::new()));
    }
    for (code, l) in &r.level {
        out.push(item(
            l.line,
            Source::RulesLevel,
            code,
            l.value.as_str().to_string(),
        ));
    }
    for o in &r.overrides {
        let paths = o
            .paths
            .iter()
            .map(|p| p.value.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        for s in &o.ignore {
            out.push(item(s.line, Source::Override, &s.value, paths.clone()));
        }
        for s in &o.select {
            out.push(item(
                s.line,
                Source::Override,
                &s.value,
                format!("select: {paths}"),
            ));
        }
        for (code, l) in &o.level {
            out.push(item(
                l.line,
                Source::Override,
                code,
                format!("{}: {paths}", l.value.as_str()),
            ));
        }
    }
    out
}
