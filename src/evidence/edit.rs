//! The edits of an existing ledger that `skp evidence relink|rm|abaikan` make: which entry an id
//! names, and what changes. Every write goes through [`super::add::update_ledger`] (claimed,
//! compare-and-swap, atomic), so these functions only decide *what* to change.

use std::path::{Path, PathBuf};

use super::add::{self, AddError};
use super::ledger::{Ledger, resolve_inside};
use super::verify::{Report, State};

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

/// The entry an id names: a unique SHA-256 prefix (at least 4 hex digits) or a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRef {
    pub ledger: PathBuf,
    /// Empty for a link.
    pub sha256: String,
    /// Empty for a file.
    pub url: String,
}

impl EntryRef {
    fn names(&self, e: &super::ledger::Entry) -> bool {
        (!self.sha256.is_empty() && e.sha256.as_deref() == Some(self.sha256.as_str()))
            || (!self.url.is_empty() && e.url.as_deref() == Some(self.url.as_str()))
    }
}

/// Why an id names no single entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    NotFound,
    Ambiguous(usize),
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
                })
            })
        })
        .collect();
    hits.dedup();
    match hits.len() {
        0 => Err(FindError::NotFound),
        1 => Ok(hits.remove(0)),
        n => Err(FindError::Ambiguous(n)),
    }
}

/// Points every moved entry of `report` at the path its content was found at. Returns
/// `(sha256, new berkas)` for each ledger entry changed.
pub fn relink(root: &Path, report: &Report) -> Result<Vec<(String, String)>, AddError> {
    let mut done = Vec::new();
    for c in &report.checked {
        let State::Moved { to } = &c.state else {
            continue;
        };
        let sha = c.entry.sha256.clone().unwrap_or_default();
        let path = root.join(&c.ledger);
        let changed = add::update_ledger(root, &path, "", |l| {
            let mut any = false;
            for e in l
                .entries
                .iter_mut()
                .filter(|e| e.sha256.as_deref() == Some(sha.as_str()))
            {
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
    /// Stored copies kept because another entry still records the same path or content.
    pub kept: Vec<String>,
}

/// Removes the entry `target` names; with `delete_file`, also deletes skp's stored copy, but
/// only when no ledger of the workspace still records the same content or the same path.
/// A copy that cannot be deleted is an error, never a silent success.
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
        let still_used = recorded.iter().any(|e| {
            e.sha256.as_deref() == Some(target.sha256.as_str()) || e.berkas.as_deref() == Some(&b)
        });
        // Only a copy skp made (inside a bukti/ folder), never a file elsewhere.
        let ours = b.split('/').any(|seg| seg == "bukti");
        match resolve_inside(root, &b) {
            Ok(Some(p)) if ours && !still_used => {
                std::fs::remove_file(&p).map_err(|e| AddError::Io {
                    file: p.display().to_string(),
                    error: e.to_string(),
                })?;
                out.deleted.push(b);
            }
            _ => out.kept.push(b),
        }
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
