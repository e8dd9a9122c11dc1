//! `skp evidence verify`: every ledger entry checked against the files, plus the files in
//! `bukti/` folders that no ledger records.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::add::store_path;
use super::cache::Cache;
use super::ledger::{Entry, Ledger, resolve_inside};
use crate::workspace::config::{Config, Storage};

/// The state of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    Ok,
    /// The file's content differs from the recorded hash: a tamper signal.
    Changed {
        actual: String,
    },
    Missing,
    /// Missing at its path, but the recorded content is at another path.
    Moved {
        to: String,
    },
    /// A Git LFS pointer, or a store that is absent here: never reported as changed.
    NotFetched,
    /// An absolute path, `..`, or a symlink out of the workspace: refused, never read.
    Unsafe,
    /// Link evidence: nothing to hash.
    Url,
}

impl State {
    pub fn code(&self) -> &'static str {
        match self {
            State::Ok => "ok",
            State::Changed { .. } => "berubah",
            State::Missing => "hilang",
            State::Moved { .. } => "pindah",
            State::NotFetched => "belum_diambil",
            State::Unsafe => "tidak_aman",
            State::Url => "tautan",
        }
    }
}

/// One checked entry.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The ledger file, relative to the root.
    pub ledger: String,
    pub skp: String,
    pub entry: Entry,
    pub state: State,
}

#[derive(Debug, Default)]
pub struct Report {
    pub checked: Vec<Checked>,
    /// Files under `bukti/` folders next to ledgers that no entry records.
    pub unrecorded: Vec<String>,
    /// Ledgers that could not be read (reported by `skp check` as F findings).
    pub unreadable: Vec<String>,
}

fn rel(root: &Path, p: &Path) -> String {
    crate::workspace::relative_path(p.strip_prefix(root).unwrap_or(p))
}

/// Every `*.bukti.yaml` in the workspace (git-ignored and hidden paths skipped).
pub fn ledger_files(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = ignore::WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .require_git(false)
        .follow_links(false)
        .filter_entry(|e| {
            !(e.file_type().is_some_and(|t| t.is_dir())
                && e.depth() > 0
                && matches!(e.file_name().to_str(), Some("bukti" | "target")))
        })
        .build()
        .flatten()
        .filter(|e| {
            e.file_type().is_some_and(|t| t.is_file())
                && e.file_name().to_string_lossy().ends_with(".bukti.yaml")
        })
        .map(|e| e.into_path())
        .collect();
    out.sort();
    out
}

/// Reads every ledger, from the cache when unchanged.
pub fn read_ledgers(root: &Path, cache: &Cache) -> (Vec<(String, Ledger)>, Vec<String>) {
    let files = ledger_files(root);
    let results: Vec<(String, Option<Ledger>)> = files
        .par_iter()
        .map(|p| {
            let key = rel(root, p);
            if let Some(l) = cache.ledger(&key, p) {
                return (key, Some(l));
            }
            let l = super::add::read_ledger(p, "").ok();
            if let Some(l) = &l {
                cache.store_ledger(&key, p, l);
            }
            (key, l)
        })
        .collect();
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for (k, l) in results {
        match l {
            Some(l) => ok.push((k, l)),
            None => bad.push(k),
        }
    }
    (ok, bad)
}

/// The state of one entry (without move detection).
pub fn check_entry(root: &Path, cfg: &Config, cache: &Cache, e: &Entry) -> State {
    let (Some(sha), Some(berkas)) = (&e.sha256, &e.berkas) else {
        return if e.url.is_some() {
            State::Url
        } else {
            State::Missing
        };
    };
    let path = match cfg.evidence.storage {
        Storage::Folder => {
            if crate::evidence::ledger::safe_relative(berkas).is_none() {
                return State::Unsafe;
            }
            let p = store_path(root, &cfg.evidence.location, sha);
            let store_root = p
                .ancestors()
                .nth(4)
                .map(Path::to_path_buf)
                .unwrap_or_default();
            if !store_root.is_dir() {
                return State::NotFetched;
            }
            if !p.is_file() {
                return State::Missing;
            }
            p
        }
        Storage::Repo => match resolve_inside(root, berkas) {
            Err(_) => return State::Unsafe,
            Ok(None) => return State::Missing,
            Ok(Some(p)) => p,
        },
    };
    if !path.is_file() {
        return State::Missing;
    }
    match cache.hash(berkas, &path) {
        Ok(actual) if actual == *sha => State::Ok,
        // A pointer to *this* content is merely not fetched; a pointer to other content is a
        // change like any other.
        Ok(_) if super::hash::lfs_pointer_oid(&path).as_deref() == Some(sha.as_str()) => {
            State::NotFetched
        }
        Ok(actual) => State::Changed { actual },
        Err(_) => State::Missing,
    }
}

/// Verifies every ledger of the workspace. `full` re-hashes every file.
pub fn verify(root: &Path, cfg: &Config, full: bool) -> Report {
    let cache = Cache::open(root, !full);
    let (ledgers, unreadable) = read_ledgers(root, &cache);
    let jobs: Vec<(String, String, Entry)> = ledgers
        .iter()
        .flat_map(|(k, l)| {
            l.entries
                .iter()
                .map(move |e| (k.clone(), l.skp.clone(), e.clone()))
        })
        .collect();
    let mut checked: Vec<Checked> = jobs
        .into_par_iter()
        .map(|(ledger, skp, entry)| {
            let state = check_entry(root, cfg, &cache, &entry);
            Checked {
                ledger,
                skp,
                entry,
                state,
            }
        })
        .collect();
    // Files under bukti/ folders next to ledgers.
    let recorded: HashSet<String> = ledgers
        .iter()
        .flat_map(|(_, l)| l.entries.iter().filter_map(|e| e.berkas.clone()))
        .collect();
    let mut bukti_files: Vec<(String, PathBuf)> = Vec::new();
    // Every bukti/ folder of the workspace, with or without a ledger beside it yet (a crash
    // during a first `add` leaves a copy before any ledger exists).
    let mut dirs: Vec<PathBuf> = bukti_dirs(root);
    dirs.sort();
    dirs.dedup();
    for d in dirs {
        if !d.is_dir() {
            continue;
        }
        for e in walkdir(&d) {
            bukti_files.push((rel(root, &e), e));
        }
    }
    let unrecorded: Vec<String> = bukti_files
        .iter()
        .filter(|(r, p)| {
            !recorded.contains(r)
                && !p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(super::is_junk)
        })
        .map(|(r, _)| r.clone())
        .collect();
    // Moved: a missing entry whose content is at an unrecorded path (same size first).
    let missing: Vec<usize> = checked
        .iter()
        .enumerate()
        .filter(|(_, c)| c.state == State::Missing && cfg.evidence.storage == Storage::Repo)
        .map(|(i, _)| i)
        .collect();
    if !missing.is_empty() {
        let sizes: HashSet<u64> = missing
            .iter()
            .filter_map(|&i| checked[i].entry.ukuran)
            .collect();
        let candidates: Vec<&(String, PathBuf)> = bukti_files
            .iter()
            .filter(|(r, p)| {
                !recorded.contains(r)
                    && std::fs::metadata(p).is_ok_and(|m| sizes.contains(&m.len()))
            })
            .collect();
        let by_hash: HashMap<String, String> = candidates
            .par_iter()
            .filter_map(|(r, p)| cache.hash(r, p).ok().map(|h| (h, r.clone())))
            .collect();
        for i in missing {
            if let Some(to) = checked[i]
                .entry
                .sha256
                .as_ref()
                .and_then(|h| by_hash.get(h))
            {
                checked[i].state = State::Moved { to: to.clone() };
            }
        }
    }
    let moved_to: HashSet<String> = checked
        .iter()
        .filter_map(|c| match &c.state {
            State::Moved { to } => Some(to.clone()),
            _ => None,
        })
        .collect();
    let unrecorded = unrecorded
        .into_iter()
        .filter(|u| !moved_to.contains(u))
        .collect();
    cache.save();
    Report {
        checked,
        unrecorded,
        unreadable,
    }
}

/// Every folder named `bukti` in the workspace (hidden and git-ignored paths skipped).
fn bukti_dirs(root: &Path) -> Vec<PathBuf> {
    ignore::WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .require_git(false)
        .follow_links(false)
        .filter_entry(|e| e.file_name() != "target")
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_dir()) && e.file_name() == "bukti")
        .map(|e| e.into_path())
        .collect()
}

/// Regular files below `dir`, never following symlinks.
fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let Ok(t) = e.file_type() else { continue };
            if t.is_dir() {
                stack.push(e.path());
            } else if t.is_file() {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}
