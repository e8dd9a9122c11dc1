//! A workspace: `skp.toml`, the files discovered below it, and their loaded documents.

pub mod config;
mod discover;
mod load;

use std::path::PathBuf;

pub use config::Config;
pub use discover::{
    Candidate, EvidenceFile, IgnoreReason, Purpose, Walked, evidence_files, find_root,
    ignore_rules, in_nested_workspace, is_ignored, is_ledger_name, walk,
};

/// `/`-separated form of a relative path.
pub fn relative_path(rel: &std::path::Path) -> String {
    discover::relative(std::path::Path::new(""), rel)
}
pub use discover::declares_ours;
pub use load::{Listing, ListingStatus, Loaded, MAX_FILE_BYTES, load_text, read_limited};

use crate::diag::{Diagnostic, FileId};
use crate::model::Doc;
use crate::yaml::Comment;

/// A file whose text is kept for rendering snippets and reading suppressions.
#[derive(Debug)]
pub struct SourceFile {
    /// Relative to the workspace root, `/`-separated.
    pub rel: String,
    pub text: String,
    pub comments: Vec<Comment>,
    /// Built the first time a position in the file is shown.
    lines: std::sync::OnceLock<crate::base::LineIndex>,
}

impl SourceFile {
    pub fn new(rel: String, text: String, comments: Vec<Comment>) -> SourceFile {
        SourceFile {
            rel,
            text,
            comments,
            lines: std::sync::OnceLock::new(),
        }
    }

    /// Lines and columns of `span` in this file.
    pub fn locate(&self, span: crate::base::Span) -> crate::base::Location {
        self.lines
            .get_or_init(|| crate::base::LineIndex::new(&self.text))
            .locate(&self.text, span)
    }
}

/// Every file diagnostics can point into, by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// Lines and columns of `span` in file `id`.
    pub fn locate(&self, id: FileId, span: crate::base::Span) -> crate::base::Location {
        self.get(id).locate(span)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Every file with its id.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }
}

/// Whether `text` says `kind: Skp` on a line of its own, as a plan file does even when the
/// YAML around that line no longer parses.
pub fn declares_skp(text: &str) -> bool {
    declares_kind(text, crate::model::Kind::Skp)
}

/// Whether `text` says `kind: <kind>` on a line of its own (see [`declares_skp`]).
pub fn declares_kind(text: &str, kind: crate::model::Kind) -> bool {
    let k = kind.as_str();
    text.lines().any(|l| {
        let l = l.split(" #").next().unwrap_or(l).trim();
        l.strip_prefix("kind:")
            .map(|v| v.trim().trim_matches(['"', '\'']))
            .is_some_and(|v| v == k)
    })
}

/// Whether `rel` (`/`-separated, relative to the root) is in the folder of employee `nip`,
/// `pegawai/<nip>/`, where `skp init` puts their plans.
pub fn in_folder_of(rel: &str, nip: &str) -> bool {
    rel.strip_prefix("pegawai/")
        .and_then(|r| r.split_once('/'))
        .is_some_and(|(n, _)| n == nip)
}

/// The loaded workspace: plain data, read once. Derived facts (the cascade, evidence states,
/// coverage) are computed from it by the `facts` layer above, never stored here.
#[derive(Debug)]
pub struct Workspace {
    pub root: PathBuf,
    pub config: Config,
    pub sources: SourceMap,
    pub docs: Vec<Doc>,
    /// Findings of loading (the F rules found while converting).
    pub load_diags: Vec<Diagnostic>,
    /// What was read and what was ignored, for `--list-files`.
    pub listing: Vec<Listing>,
    /// Number of files read as skp documents.
    pub files_read: usize,
    /// Every `bukti/` folder of the workspace (absolute, sorted), from the same walk.
    pub bukti_dirs: Vec<PathBuf>,
}

impl Workspace {
    /// Discovers and loads every plan document below `root` (in parallel). Never exits, never
    /// panics on input: every problem becomes a diagnostic.
    pub fn load(root: PathBuf, config: Config) -> Workspace {
        Workspace::load_for(root, config, Purpose::Plans)
    }

    /// Like [`Workspace::load`], reading only the files `purpose` needs (the same walk, so the
    /// same boundary).
    pub fn load_for(root: PathBuf, config: Config, purpose: Purpose) -> Workspace {
        let walked = discover::walk(&root, purpose);
        Workspace::load_walked(root, config, walked)
    }

    /// Only the plan files git tracks (`check --tracked-only`, for pre-commit hooks: a file being
    /// written but not added is not part of the commit). Outside git, every file.
    pub fn load_tracked(root: PathBuf, config: Config) -> Workspace {
        let mut walked = discover::walk(&root, Purpose::Plans);
        if let Some(tracked) = discover::tracked(&root) {
            walked.retain_tracked(&tracked);
        }
        Workspace::load_walked(root, config, walked)
    }

    /// Loads what a [`walk`] found (a caller may have taken out files it already knows).
    pub fn load_walked(root: PathBuf, config: Config, walked: discover::Walked) -> Workspace {
        let mut ws = load::load(root, config, walked.candidates, load::Text::Keep);
        ws.bukti_dirs = walked.bukti_dirs;
        ws
    }

    /// Like [`Workspace::load`], for a command that shows the plans and never a finding: the
    /// files' text is not kept (positions in them cannot be shown).
    pub fn load_model(root: PathBuf, config: Config) -> Workspace {
        let walked = discover::walk(&root, Purpose::Plans);
        Workspace::load_model_walked(root, config, walked)
    }

    /// [`Workspace::load_model`] of what a [`walk`] found.
    pub fn load_model_walked(root: PathBuf, config: Config, walked: discover::Walked) -> Workspace {
        let mut ws = load::load(root, config, walked.candidates, load::Text::Drop);
        ws.bukti_dirs = walked.bukti_dirs;
        ws
    }

    /// The folders the walk could not open (relative, sorted): whatever they hold is unread
    /// (F008 in `check`), so a command counting the workspace says so.
    pub fn unlisted_folders(&self) -> Vec<&str> {
        self.listing
            .iter()
            .filter(|l| l.status == ListingStatus::Ignored(IgnoreReason::Unlisted))
            .map(|l| l.rel.as_str())
            .collect()
    }

    /// A folder that could not be opened where `nip`'s plans are kept (`pegawai/<nip>/`, or a
    /// folder above it): that employee's SKP may be in it, unread.
    pub fn unlisted_over(&self, nip: &str) -> Option<&str> {
        let home = format!("pegawai/{nip}/");
        self.unlisted_folders()
            .into_iter()
            .find(|f| *f == "." || home.starts_with(&format!("{f}/")))
    }

    /// The files in `nip`'s folder that declare an SKP but could not be loaded as one (a YAML
    /// error, say). A command choosing that employee's SKP stops at them rather than take
    /// another one, such as last year's, in their place.
    pub fn unreadable_skps_of(&self, nip: &str) -> Vec<&str> {
        self.unreadable_skps(|rel| in_folder_of(rel, nip))
    }

    /// The files beside `file` (in its folder) that declare an SKP but could not be loaded
    /// as one: where an SKP a ledger or an evaluation names may be, unread.
    pub fn unreadable_skps_beside(&self, file: FileId) -> Vec<&str> {
        self.unreadable_beside(file, crate::model::Kind::Skp)
    }

    /// The files beside `file` that declare `kind` but could not be loaded as one: an
    /// evaluation whose Realisasi is unreadable must not print as one with nothing recorded.
    pub fn unreadable_beside(&self, file: FileId, kind: crate::model::Kind) -> Vec<&str> {
        let folder = |rel: &str| rel.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        let here = folder(&self.sources.get(file).rel);
        self.unreadable(kind, |rel| folder(rel) == here)
    }

    /// Every file of the workspace that declares an SKP but could not be loaded as one.
    pub fn unreadable_skps_anywhere(&self) -> Vec<&str> {
        self.unreadable_skps(|_| true)
    }

    /// Every file of the workspace that declares one of `kinds` but could not be loaded as
    /// one, in path order.
    pub fn unreadable_of_kinds(&self, kinds: &[crate::model::Kind]) -> Vec<&str> {
        let mut out: Vec<&str> = kinds
            .iter()
            .flat_map(|k| self.unreadable(*k, |_| true))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn unreadable_skps(&self, keep: impl Fn(&str) -> bool) -> Vec<&str> {
        self.unreadable(crate::model::Kind::Skp, keep)
    }

    fn unreadable(&self, kind: crate::model::Kind, keep: impl Fn(&str) -> bool) -> Vec<&str> {
        let loaded: std::collections::HashSet<FileId> = self
            .docs
            .iter()
            .filter(|d| d.kind() == kind)
            .map(|d| d.file)
            .collect();
        let mut out: Vec<&str> = self
            .load_diags
            .iter()
            .map(|d| d.file)
            .filter(|f| !loaded.contains(f))
            .map(|f| self.sources.get(f))
            .filter(|f| keep(&f.rel) && declares_kind(&f.text, kind))
            .map(|f| f.rel.as_str())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    pub fn skps(&self) -> impl Iterator<Item = (&Doc, &crate::model::skp::Skp)> {
        self.docs.iter().filter_map(|d| match &d.content {
            crate::model::Content::Skp(s) => Some((d, s.as_ref())),
            _ => None,
        })
    }

    pub fn skp_at(&self, i: usize) -> Option<&crate::model::skp::Skp> {
        match &self.docs.get(i)?.content {
            crate::model::Content::Skp(s) => Some(s),
            _ => None,
        }
    }

    pub fn rel(&self, file: FileId) -> &str {
        &self.sources.get(file).rel
    }
}
