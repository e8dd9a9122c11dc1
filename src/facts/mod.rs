//! Derived facts: what the rules read besides the loaded documents. Built eagerly, once, after
//! loading and before any rule runs, so that rules stay pure functions over read-only data
//! (no lazy initialisation under the parallel rule runner, no I/O inside a rule).
//!
//! Each rule declares the facts it needs ([`Fact`]); [`build`] computes the union of what the
//! rules that will run need, and nothing else: `skp check --select S` never hashes evidence.

use crate::base::{FileId, Span};
use crate::cascade::Cascade;
use crate::evidence::cache::Cache;
use crate::evidence::coverage::{self, Cell};
use crate::evidence::verify::{self, Report};
use crate::model::date::Date;
use crate::privacy;
use crate::workspace::Workspace;

/// One kind of derived fact a rule can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    /// Every `intervensi`/`acuan` reference resolved against an index of the workspace.
    Cascade,
    /// The state of every ledger entry (hashing files the stat cache cannot vouch for) and the
    /// unrecorded files of `bukti/` folders.
    Evidence,
    /// Coverage cells (employee × indicator × period) at `--as-of`; implies `Evidence`.
    Coverage,
    /// The text and own date of each intact evidence document (PDF, Office, photo), read once
    /// per content; implies `Evidence`.
    Documents,
    /// Personal data (NIK, phone numbers, e-mail addresses …) in the text of every loaded file,
    /// found in one scan for all the D rules.
    PersonalData,
    /// The plans whose content differs from their last approval, found once for the A rules
    /// (a differing plan is hashed in every older form the record may have been made in).
    Approvals,
}

/// Which facts to build.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Needs {
    pub cascade: bool,
    pub evidence: bool,
    pub coverage: bool,
    pub documents: bool,
    pub personal_data: bool,
    pub approvals: bool,
}

impl Needs {
    pub const ALL: Needs = Needs {
        cascade: true,
        evidence: true,
        coverage: true,
        documents: true,
        personal_data: true,
        approvals: true,
    };

    pub fn add(&mut self, facts: &[Fact]) {
        for f in facts {
            match f {
                Fact::Cascade => self.cascade = true,
                Fact::Evidence => self.evidence = true,
                Fact::Coverage => {
                    self.evidence = true;
                    self.coverage = true;
                }
                Fact::PersonalData => self.personal_data = true,
                Fact::Approvals => self.approvals = true,
                Fact::Documents => {
                    self.evidence = true;
                    self.documents = true;
                }
            }
        }
    }
}

/// The facts of one run.
pub struct Facts {
    cascade: Option<Cascade>,
    evidence: Option<Report>,
    coverage: Option<Vec<Cell>>,
    personal_data: Option<Vec<PersonalData>>,
    approvals: Option<Vec<Unapproved>>,
    /// The date of date-dependent rules (`--as-of`); `None` keeps `check` hermetic.
    pub as_of: Option<Date>,
    /// The stat cache the evidence facts were read through; saved only when the caller asks.
    cache: Option<Cache>,
}

/// How to build evidence facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hashing {
    /// Trust the stat cache for unchanged files.
    Cached,
    /// Re-hash every file (`verify --full`); the cache is refreshed, never read.
    Full,
}

/// Computes the facts in `needs` from the loaded workspace. Reads evidence files (hashing);
/// writes nothing.
pub fn build(ws: &Workspace, needs: Needs, as_of: Option<Date>, hashing: Hashing) -> Facts {
    let cascade = needs.cascade.then(|| crate::cascade::build(&ws.docs));
    let cache = needs
        .evidence
        .then(|| Cache::open(&ws.root, hashing == Hashing::Cached));
    let evidence = cache
        .as_ref()
        .map(|c| verify::verify(ws, c, needs.documents));
    let coverage = match (&evidence, as_of) {
        (Some(report), Some(date)) if needs.coverage => Some(coverage::compute(ws, report, date)),
        _ => None,
    };
    let personal_data = needs.personal_data.then(|| personal_data(ws));
    let approvals = needs.approvals.then(|| unapproved(ws));
    Facts {
        cascade,
        evidence,
        coverage,
        personal_data,
        approvals,
        as_of,
        cache,
    }
}

/// One piece of personal data in a loaded file.
#[derive(Debug, Clone)]
pub struct PersonalData {
    pub file: FileId,
    pub span: Span,
    pub kind: privacy::Kind,
    /// The value with its middle hidden: what a finding may show.
    pub masked: String,
}

/// Scans the text of every loaded file (values, keys and comments alike: a phone number in a
/// comment is shared as widely as one in a value), in parallel.
fn personal_data(ws: &Workspace) -> Vec<PersonalData> {
    use rayon::prelude::*;
    let allow = privacy::Allow::new(&ws.config.privacy.allow);
    let files: Vec<(FileId, &crate::workspace::SourceFile)> = ws.sources.iter().collect();
    files
        .par_iter()
        .flat_map_iter(|(id, f)| {
            let found = privacy::find(&f.text, &allow);
            let ranges: Vec<_> = found.iter().map(|p| p.range.clone()).collect();
            let spans = Span::of_ranges(&ranges);
            found
                .into_iter()
                .zip(spans)
                .map(|(p, span)| PersonalData {
                    file: *id,
                    span,
                    kind: p.kind,
                    masked: privacy::masked(p.kind, p.value(&f.text)),
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A plan that differs from its last approval: indices into `ws.docs`.
#[derive(Debug, Clone, Copy)]
pub struct Unapproved {
    pub skp_doc: usize,
    pub approval_doc: usize,
}

/// Each approval record's plan, looked up by id (one map, not a search per record) and hashed
/// in parallel: an agency that approves every plan has thousands.
fn unapproved(ws: &Workspace) -> Vec<Unapproved> {
    use crate::model::Content;
    use rayon::prelude::*;
    let records: Vec<(usize, &crate::model::approval::Persetujuan)> = ws
        .docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| match &d.content {
            Content::Persetujuan(p) => Some((i, &**p)),
            _ => None,
        })
        .collect();
    if records.is_empty() {
        return Vec::new();
    }
    let mut plans = std::collections::HashMap::new();
    for (i, d) in ws.docs.iter().enumerate() {
        if let Content::Skp(s) = &d.content {
            // The first of two plans with one id, as a search in file order found it.
            plans.entry(s.resolved_id.value.as_str()).or_insert((i, s));
        }
    }
    // A record whose plan is gone by its id: the plan beside it (`skp-2026.persetujuan.yaml`
    // next to `skp-2026.yaml`) had its NIP, year or id changed after the approval.
    let beside = |approval_doc: usize| {
        let rel = ws.rel(ws.docs[approval_doc].file);
        let stem = rel.strip_suffix(".persetujuan.yaml")?;
        ws.docs
            .iter()
            .enumerate()
            .find_map(|(i, d)| match &d.content {
                Content::Skp(s)
                    if ws
                        .rel(d.file)
                        .strip_prefix(stem)
                        .is_some_and(|ext| matches!(ext, ".yaml" | ".yml")) =>
                {
                    Some((i, &**s))
                }
                _ => None,
            })
    };
    records
        .par_iter()
        .filter_map(|(approval_doc, p)| {
            let last = p.persetujuan.last()?;
            let (skp_doc, skp) = match plans.get(p.skp.value.as_str()) {
                Some(&(i, s)) => (i, &**s),
                None => beside(*approval_doc)?,
            };
            (!crate::model::approval::approves(last, skp)).then_some(Unapproved {
                skp_doc,
                approval_doc: *approval_doc,
            })
        })
        .collect()
}

impl Facts {
    /// The resolved cascade. Panics if no rule declared [`Fact::Cascade`]: a programming error
    /// that every rule's tests would show at once.
    pub fn cascade(&self) -> &Cascade {
        self.cascade
            .as_ref()
            .expect("the cascade is built for every rule that declares Fact::Cascade")
    }

    /// Every ledger entry with its state. Panics unless [`Fact::Evidence`] was declared.
    pub fn evidence(&self) -> &Report {
        self.evidence
            .as_ref()
            .expect("evidence facts are built for every rule that declares Fact::Evidence")
    }

    /// Personal data in the loaded files. Panics unless [`Fact::PersonalData`] was declared.
    pub fn personal_data(&self) -> &[PersonalData] {
        self.personal_data
            .as_deref()
            .expect("personal data is scanned for every rule that declares Fact::PersonalData")
    }

    /// The plans changed since their last approval, in file order of their records. Panics
    /// unless [`Fact::Approvals`] was declared.
    pub fn unapproved(&self) -> &[Unapproved] {
        self.approvals
            .as_deref()
            .expect("approvals are compared for every rule that declares Fact::Approvals")
    }

    /// Coverage cells: empty without `--as-of`.
    pub fn coverage(&self) -> &[Cell] {
        self.coverage.as_deref().unwrap_or(&[])
    }

    /// Writes the stat cache back (`.skp/cache/`), if evidence was read and anything changed,
    /// and lets it go: nothing after the facts reads it, and at an agency's 20 000 files it is
    /// ten megabytes that the rules' findings can use instead. An explicit step of the
    /// commands that want it, never a side effect of a rule.
    pub fn save_cache(&mut self) {
        if let Some(c) = self.cache.take() {
            c.save();
        }
    }

    /// Takes the evidence report out (commands that only verify).
    pub fn into_evidence(self) -> Option<Report> {
        self.evidence
    }
}
