//! The edits of an existing ledger that `skp evidence relink|rm|abaikan` make: which entry an id
//! names, and what changes. Every write goes through [`super::add::update_ledger`] (claimed,
//! compare-and-swap, atomic), so these functions only decide *what* to change.

use std::path::{Path, PathBuf};

use super::add::{self, AddError};
use super::ledger::{Ledger, resolve_inside};
use super::verify::{Report, State};
use crate::model::period::Period;

/// Every ledger file of the workspace, found by the one walker (so nested workspaces and
/// ignored folders are outside, as for `skp check`).
pub fn ledger_files(root: &Path) -> Vec<PathBuf> {
    crate::workspace::walk(root, crate::workspace::Purpose::Ledgers)
        .candidates
        .into_iter()
        .filter_map(|c| match c {
            crate::workspace::Candidate::File { path, .. } => Some(path),
            crate::workspace::Candidate::Skipped { .. } => None,
        })
        .collect()
}

/// The entries an id names in one ledger: a unique SHA-256 prefix (at least 4 hex digits) or
/// a URL, recorded there for one or more periods; `periode` narrows them to one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRef {
    pub ledger: PathBuf,
    /// Empty for a link.
    pub sha256: String,
    /// Empty for a file.
    pub url: String,
    /// Every period, when `None`.
    pub periode: Option<Period>,
}

impl EntryRef {
    fn names(&self, e: &super::ledger::Entry) -> bool {
        let content = (!self.sha256.is_empty()
            && e.sha256.as_deref() == Some(self.sha256.as_str()))
            || (!self.url.is_empty() && e.url.as_deref() == Some(self.url.as_str()));
        content && self.periode.is_none_or(|p| e.periode == p)
    }

    /// The periods the content is recorded for in its ledger (`ledgers` as read), in order.
    pub fn periods(&self, ledgers: &[(PathBuf, Ledger)]) -> Vec<Period> {
        let mut out: Vec<Period> = ledgers
            .iter()
            .filter(|(p, _)| *p == self.ledger)
            .flat_map(|(_, l)| l.entries.iter().filter(|e| self.names(e)))
            .map(|e| e.periode)
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// Why an id names no single entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    NotFound,
    /// The prefix fits this many different contents.
    Ambiguous(usize),
    /// One content, recorded in each of these ledgers (a file shared by several SKPs).
    InSeveralLedgers(Vec<PathBuf>),
}

/// The one entry `id` names among `ledgers`.
pub fn find_entry(ledgers: &[(PathBuf, Ledger)], id: &str) -> Result<EntryRef, FindError> {
    let id_l = id.to_lowercase();
    let mut hits: Vec<EntryRef> = ledgers
        .iter()
        .flat_map(|(p, l)| {
            let id_l = id_l.as_str();
            l.entries.iter().filter_map(move |e| {
                let by_hash = e
                    .sha256
                    .as_ref()
                    .is_some_and(|h| id_l.len() >= 4 && h.starts_with(id_l));
                let by_url = e.url.as_deref() == Some(id);
                (by_hash || by_url).then(|| EntryRef {
                    ledger: p.clone(),
                    sha256: e.sha256.clone().unwrap_or_default(),
                    url: e.url.clone().unwrap_or_default(),
                    periode: None,
                })
            })
        })
        .collect();
    hits.sort_by(|a, b| (&a.ledger, &a.sha256, &a.url).cmp(&(&b.ledger, &b.sha256, &b.url)));
    hits.dedup();
    let mut contents: Vec<(&str, &str)> = hits
        .iter()
        .map(|h| (h.sha256.as_str(), h.url.as_str()))
        .collect();
    contents.sort();
    contents.dedup();
    match (hits.len(), contents.len()) {
        (0, _) => Err(FindError::NotFound),
        (1, _) => Ok(hits.remove(0)),
        (_, 1) => Err(FindError::InSeveralLedgers(
            hits.into_iter().map(|h| h.ledger).collect(),
        )),
        (_, n) => Err(FindError::Ambiguous(n)),
    }
}

/// Points every moved entry of `report` at the path its content was found at. Returns
/// `(sha256, new berkas)` for each ledger entry changed.
///
/// Only the records of the missing path change: another record of the same content at a
/// path of its own (a hand edit may keep a copy per period) keeps naming its copy.
pub fn relink(root: &Path, report: &Report) -> Result<Vec<(String, String)>, AddError> {
    let mut done = Vec::new();
    for c in &report.checked {
        let State::Moved { to } = &c.state else {
            continue;
        };
        let sha = c.entry.sha256.clone().unwrap_or_default();
        let from = c.entry.berkas.as_deref();
        let path = root.join(&c.ledger);
        let changed = add::update_ledger(root, &path, "", |l| {
            let mut any = false;
            for e in l.entries.iter_mut().filter(|e| {
                e.sha256.as_deref() == Some(sha.as_str()) && e.berkas.as_deref() == from
            }) {
                if e.berkas.as_deref() != Some(to.as_str()) {
                    e.berkas = Some(to.clone());
                    any = true;
                }
            }
            any
        })?;
        if changed {
            done.push((sha, to.clone()));
        }
    }
    done.dedup();
    Ok(done)
}

/// What `rm` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// Stored copies deleted (`--delete-file`).
    pub deleted: Vec<String>,
    /// Stored copies kept, and why.
    pub kept: Vec<(String, Kept)>,
}

/// Why `rm --delete-file` kept a stored copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// Another entry still records the same path or content.
    StillRecorded,
    /// Its content is no longer what was recorded: the only copy of that content, which no
    /// ledger vouches for, so deleting it could lose work.
    Changed,
    /// Outside a `bukti/` folder or the workspace: not skp's copy to delete. (A copy already
    /// gone is neither deleted nor kept.)
    NotOurs,
}

/// Removes the entry `target` names; with `delete_file`, also deletes skp's stored copy, but
/// only when no ledger of the workspace still records the same content or the same path, and
/// the copy still holds the content recorded. A copy that cannot be deleted is an error,
/// never a silent success.
pub fn remove(root: &Path, target: &EntryRef, delete_file: bool) -> Result<Removed, AddError> {
    let mut removed_berkas: Vec<String> = Vec::new();
    add::update_ledger(root, &target.ledger, "", |l| {
        let before = l.entries.len();
        l.entries.retain(|e| {
            let hit = target.names(e);
            if hit && let Some(b) = &e.berkas {
                removed_berkas.push(b.clone());
            }
            !hit
        });
        l.entries.len() != before
    })?;
    let mut out = Removed::default();
    if !delete_file || target.sha256.is_empty() {
        return Ok(out);
    }
    removed_berkas.sort();
    removed_berkas.dedup();
    // Decide and delete under the ledger's lock, the lock an add holds while it checks that
    // the files it records are still there (see `add::add`).
    let lock = add::lock_path(root, &target.ledger).map_err(|e| AddError::Io {
        file: target.ledger.display().to_string(),
        error: e.to_string(),
    })?;
    let _lock = crate::fsutil::Lock::acquire(root, &lock).map_err(|e| AddError::Io {
        file: target.ledger.display().to_string(),
        error: e.to_string(),
    })?;
    let recorded: Vec<super::ledger::Entry> = ledger_files(root)
        .iter()
        .filter_map(|f| add::read_ledger(f, "").ok())
        .flat_map(|l| l.entries)
        .collect();
    for b in removed_berkas {
        // The same path however a hand edit spelled it (`./pegawai/…`).
        let same_path = |e: &super::ledger::Entry| {
            e.berkas
                .as_deref()
                .is_some_and(|r| super::ledger::canonical(r) == super::ledger::canonical(&b))
        };
        let still_used = recorded
            .iter()
            .any(|e| e.sha256.as_deref() == Some(target.sha256.as_str()) || same_path(e));
        // Only a copy skp made (inside a bukti/ folder), never a file elsewhere.
        let ours = b.split('/').any(|seg| seg == "bukti");
        let path = match resolve_inside(root, &b) {
            Ok(Some(p)) if ours => p,
            // Already gone: nothing to delete.
            Ok(None) if ours => continue,
            _ => {
                out.kept.push((b, Kept::NotOurs));
                continue;
            }
        };
        if still_used {
            out.kept.push((b, Kept::StillRecorded));
            continue;
        }
        let io = |e: std::io::Error| AddError::Io {
            file: path.display().to_string(),
            error: e.to_string(),
        };
        let (sha, _) = super::hash::file(&path).map_err(io)?;
        if sha != target.sha256 {
            out.kept.push((b, Kept::Changed));
            continue;
        }
        std::fs::remove_file(&path).map_err(io)?;
        out.deleted.push(b);
    }
    Ok(out)
}

/// Records `abaikan: [{kode, alasan}]` on the entry `target` names (replacing an earlier
/// exemption of the same code).
pub fn exempt(root: &Path, target: &EntryRef, kode: &str, alasan: &str) -> Result<bool, AddError> {
    add::update_ledger(root, &target.ledger, "", |l| {
        let mut any = false;
        for e in l.entries.iter_mut().filter(|e| target.names(e)) {
            e.abaikan.retain(|(k, _)| k != kode);
            e.abaikan
                .push((kode.to_string(), alasan.trim().to_string()));
            any = true;
        }
        any
    })
}
