//! The edits of an existing ledger that `skp evidence relink|rm|abaikan` make: which entry an id
//! names, and what changes. Every write goes through [`super::add::update_ledger`] (claimed,
//! compare-and-swap, atomic), so these functions only decide *what* to change.

use std::path::{Path, PathBuf};

use super::add::{self, AddError};
use super::ledger::{Ledger, resolve_inside};
use super::verify::{Report, State};
use crate::model::period::Period;
use crate::workspace::config::{Config, Storage};

/// Every ledger file of the workspace, found by the one walker (so nested workspaces and
/// ignored folders are outside, as for `skp check`).
pub fn ledger_files(root: &Path) -> Vec<PathBuf> {
    ledger_files_seen(root).0
}

/// [`ledger_files`], and the first folder the walk could not open (relative), where a ledger
/// may lie unseen: for a decision that must not be taken on a partial view.
pub fn ledger_files_seen(root: &Path) -> (Vec<PathBuf>, Option<String>) {
    use crate::workspace::{Candidate, IgnoreReason};
    let mut files = Vec::new();
    let mut unlisted = None;
    for c in crate::workspace::walk(root, crate::workspace::Purpose::Ledgers).candidates {
        match c {
            Candidate::File { path, .. } => files.push(path),
            Candidate::Skipped {
                rel,
                reason: IgnoreReason::Unlisted,
            } => {
                unlisted.get_or_insert(rel);
            }
            Candidate::Skipped { .. } => {}
        }
    }
    (files, unlisted)
}

/// How a ledger holds a file that an output would replace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    /// An entry's `berkas` leads to the file: the only copy of that proof.
    In(PathBuf),
    /// The ledger names the file but does not load (a hand edit gone wrong): it may record it,
    /// and a proof is not gambled on that.
    MaybeIn(PathBuf),
}

/// The first ledger of the workspace at `root` that records the existing file `abs` (a
/// canonical path) as evidence, under a `berkas` of the file's own name that leads to it: a
/// file recorded in place, outside any `bukti/` folder, is the only copy of its proof, and no
/// output may replace it. A ledger is parsed only when the name appears in its text, which is
/// how skp writes it ([`crate::yaml::quote`]); a name YAML may spell otherwise (quotes,
/// controls) is looked for in every ledger. Not found: a `berkas` that is a link of another
/// name, or a name a hand edit escaped or folded over two lines.
pub fn ledger_recording(root: &Path, abs: &Path) -> Option<Recorded> {
    let name = abs.file_name()?.to_str()?;
    let verbatim = !name.chars().any(crate::yaml::may_be_escaped);
    ledger_files(root).into_iter().find_map(|ledger| {
        let Ok(Ok(bytes)) = crate::workspace::read_limited(&ledger) else {
            return None;
        };
        if verbatim && memchr::memmem::find(&bytes, name.as_bytes()).is_none() {
            return None;
        }
        let parsed = std::str::from_utf8(&bytes).ok().and_then(Ledger::parse);
        let Some(parsed) = parsed else {
            return Some(Recorded::MaybeIn(ledger));
        };
        let leads_here = |berkas: &str| {
            Path::new(berkas).file_name() == Some(std::ffi::OsStr::new(name))
                && matches!(resolve_inside(root, berkas), Ok(Some(p))
                    if std::fs::canonicalize(&p).is_ok_and(|p| p == abs))
        };
        parsed
            .entries
            .iter()
            .filter_map(|e| e.berkas.as_deref())
            .any(leads_here)
            .then_some(Recorded::In(ledger))
    })
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

    /// The entries this names in its ledger (`ledgers` as read).
    pub fn entries<'l>(
        &self,
        ledgers: &'l [(PathBuf, Ledger)],
    ) -> impl Iterator<Item = &'l super::ledger::Entry> {
        ledgers
            .iter()
            .filter(|(p, _)| *p == self.ledger)
            .flat_map(|(_, l)| l.entries.iter().filter(|e| self.names(e)))
    }

    /// The periods the content is recorded for in its ledger (`ledgers` as read), in order.
    pub fn periods(&self, ledgers: &[(PathBuf, Ledger)]) -> Vec<Period> {
        let mut out: Vec<Period> = self.entries(ledgers).map(|e| e.periode).collect();
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
/// `(sha256, new berkas, records changed)` for each change made, and why each ledger that
/// could not be changed was not (one that does not load cleanly stops no other).
///
/// Only the records of the missing path change: another record of the same content at a
/// path of its own (a hand edit may keep a copy per period) keeps naming its copy.
pub fn relink(root: &Path, report: &Report) -> (Vec<(String, String, usize)>, Vec<AddError>) {
    use std::collections::{BTreeMap, HashMap};
    // Each ledger's moves, written in one update: a folder of thousands of moved files is one
    // write per ledger, not one per record.
    let mut by_ledger: BTreeMap<&str, HashMap<(&str, &str), &str>> = BTreeMap::new();
    for c in &report.checked {
        if let (State::Moved { to }, Some(sha), Some(from)) = (
            &c.state,
            c.entry.sha256.as_deref(),
            c.entry.berkas.as_deref(),
        ) {
            by_ledger
                .entry(c.ledger.as_str())
                .or_default()
                .insert((sha, from), to.as_str());
        }
    }
    let mut done = Vec::new();
    let mut failed: Vec<AddError> = Vec::new();
    for (ledger, moves) in by_ledger {
        // Records changed, per (content, new place).
        let mut changed: BTreeMap<(String, String), usize> = BTreeMap::new();
        let written = add::update_ledger(root, &root.join(ledger), "", |l| {
            changed.clear();
            for e in &mut l.entries {
                let (Some(sha), Some(from)) = (e.sha256.as_deref(), e.berkas.as_deref()) else {
                    continue;
                };
                if let Some(&to) = moves.get(&(sha, from))
                    && from != to
                {
                    *changed
                        .entry((sha.to_string(), to.to_string()))
                        .or_default() += 1;
                    e.berkas = Some(to.to_string());
                }
            }
            !changed.is_empty()
        });
        match written {
            Ok(true) => done.extend(changed.into_iter().map(|((sha, to), n)| (sha, to, n))),
            Ok(false) => {}
            Err(e) => failed.push(e),
        }
    }
    (done, failed)
}

/// What `rm` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// Stored copies deleted (`--delete-file`).
    pub deleted: Vec<String>,
    /// Stored copies kept, and why.
    pub kept: Vec<(String, Kept)>,
    /// Recorded copies already gone (moved or deleted by hand): nothing to delete.
    pub gone: Vec<String>,
    /// Without `--delete-file`: the copies left in the SKP's `bukti/` folder, which no record
    /// may name now (B108 until they are deleted or recorded again).
    pub left: Vec<String>,
}

/// Why `rm --delete-file` kept a stored copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// Another entry still records the same path.
    StillRecorded,
    /// Kept in the content-addressed store (`storage = "folder"`), which rm never deletes from.
    InStore,
    /// Another entry records the same content at the path named, where it is missing or
    /// changed: this copy is the one left of what that entry vouches for.
    OnlyCopyOf(String),
    /// A ledger of the workspace (the one named) could not be read: whether it records the
    /// file cannot be told.
    LedgerUnreadable(String),
    /// A folder of the workspace (the one named) could not be opened: a ledger in it may
    /// still record the file.
    FolderUnlisted(String),
    /// Its content is no longer what was recorded: the only copy of that content, which no
    /// ledger vouches for, so deleting it could lose work.
    Changed,
    /// Outside the `bukti/` folder of the SKP the record belonged to, or outside the
    /// workspace: not skp's copy to delete. (A copy already gone is neither deleted nor kept.)
    NotOurs,
    /// It could not be read to make sure it still holds what was recorded (the system's
    /// reason): a file whose content is unknown is never deleted.
    Unreadable(String),
    /// The system refused to delete it (the system's reason, e.g. a read-only folder).
    NotDeleted(String),
}

/// Removes the entry `target` names; with `delete_file`, also deletes skp's stored copy, but
/// only when it lies in the `bukti/` folder of the SKP whose ledger held the entry, every
/// ledger of the workspace could be read (and every folder opened) and none still records
/// its path (nor names the same content at a path where that content is missing or changed),
/// and the copy still holds the content recorded. A copy that cannot be read or deleted is
/// kept and said so, never a silent success: the record is gone by then, and an error would
/// hide that it is.
pub fn remove(
    root: &Path,
    cfg: &Config,
    target: &EntryRef,
    delete_file: bool,
) -> Result<Removed, AddError> {
    // Taken before the ledger's own lock, as every add takes it (shared) before any ledger's:
    // no add can record one of these files in place, in any ledger, while the decision to
    // delete it is taken.
    let _deleting = if delete_file && !target.sha256.is_empty() {
        Some(add::lock_evidence_files(root, true)?)
    } else {
        None
    };
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
    // A link has no copy.
    if target.sha256.is_empty() {
        return Ok(out);
    }
    removed_berkas.sort();
    removed_berkas.dedup();
    // Where this SKP's adds put their copies (see `add::Reader::stage`), and where a path's
    // folder is, both followed by their text and never past the workspace: whether a copy is
    // this SKP's must not depend on what exists outside.
    let real_folder = |path: &Path| match path.strip_prefix(root) {
        Ok(rel) => match crate::fsutil::walk_inside(root, rel) {
            crate::fsutil::Walk::Found(at) => Some(at),
            _ => None,
        },
        Err(_) => None,
    };
    let own_bukti = target
        .ledger
        .parent()
        .map(|d| d.join("bukti"))
        .and_then(|d| real_folder(&d));
    let in_own_bukti = |path: &Path| {
        own_bukti.as_ref().is_some_and(|bukti| {
            path.parent()
                .and_then(real_folder)
                .is_some_and(|d| d.starts_with(bukti))
        })
    };
    if !delete_file {
        out.left = removed_berkas
            .into_iter()
            .filter(|b| matches!(resolve_inside(root, b), Ok(Some(p)) if in_own_bukti(&p)))
            .collect();
        return Ok(out);
    }
    // Decide and delete under the ledger's lock, the lock an add holds while it checks that
    // the files it records are still there (see `add::add`).
    let lock = crate::fsutil::lock_path(root, &target.ledger).map_err(|e| AddError::Io {
        file: target.ledger.display().to_string(),
        error: crate::i18n::io_error(&e),
    })?;
    let _lock = crate::fsutil::Lock::acquire(root, &lock).map_err(|e| AddError::Io {
        file: target.ledger.display().to_string(),
        error: crate::i18n::io_error(&e),
    })?;
    let mut recorded: Vec<super::ledger::Entry> = Vec::new();
    let mut unreadable: Option<String> = None;
    let (files, unlisted) = ledger_files_seen(root);
    for f in files {
        match add::read_ledger(&f, "") {
            Ok(l) => recorded.extend(l.entries),
            Err(_) => {
                unreadable.get_or_insert_with(|| {
                    crate::workspace::relative_path(f.strip_prefix(root).unwrap_or(&f))
                });
            }
        }
    }
    for b in removed_berkas {
        // A content-addressed store is shared by every SKP and maybe by other workspaces: rm
        // never deletes from it (the record's `berkas` there is only a label).
        if cfg.evidence.storage == Storage::Folder {
            out.kept.push((b, Kept::InStore));
            continue;
        }
        let canonical = super::ledger::canonical(&b);
        // Only a copy skp made in this SKP's bukti/ folder (through real folders), never a
        // file elsewhere: not another SKP's, nor a user's own folder that is also called
        // `bukti`.
        let path = match resolve_inside(root, &b) {
            Ok(Some(p)) => p,
            // Behind a folder that may not be searched (it may well be there), or links that
            // go round: not gone, and nothing to delete.
            Ok(None)
                if let super::ledger::Lookup::Unreadable(e) =
                    super::ledger::look_inside(root, &b) =>
            {
                out.kept
                    .push((b, Kept::Unreadable(crate::i18n::io_error(&e))));
                continue;
            }
            // Already gone: nothing to delete.
            Ok(None) => {
                out.gone.push(b);
                continue;
            }
            Err(_) => {
                out.kept.push((b, Kept::NotOurs));
                continue;
            }
        };
        if !in_own_bukti(&path) {
            out.kept.push((b, Kept::NotOurs));
            continue;
        }
        if let Some(ledger) = &unreadable {
            out.kept.push((b, Kept::LedgerUnreadable(ledger.clone())));
            continue;
        }
        if let Some(folder) = &unlisted {
            out.kept.push((b, Kept::FolderUnlisted(folder.clone())));
            continue;
        }
        // The same path however a hand edit spelled it (`./pegawai/…`).
        let same_path = |e: &super::ledger::Entry| {
            e.berkas
                .as_deref()
                .is_some_and(|r| super::ledger::canonical(r) == canonical)
        };
        let same_content =
            |e: &&super::ledger::Entry| e.sha256.as_deref() == Some(target.sha256.as_str());
        if recorded.iter().any(same_path) {
            out.kept.push((b, Kept::StillRecorded));
            continue;
        }
        // A record of this content elsewhere whose own copy is gone or changed: this file is
        // what is left of it (`verify` reports that record as moved here).
        // (A record whose path is a link to this very file has no copy of its own.)
        let real = std::fs::canonicalize(&path).ok();
        let orphan = recorded.iter().filter(same_content).find_map(|e| {
            let at = e.berkas.as_deref()?;
            let holds = match resolve_inside(root, at) {
                Ok(Some(p)) => {
                    std::fs::canonicalize(&p).ok() != real
                        && super::hash::file(&p).is_ok_and(|(h, _)| h == target.sha256)
                }
                _ => false,
            };
            (!holds).then(|| at.to_string())
        });
        if let Some(other) = orphan {
            out.kept.push((b, Kept::OnlyCopyOf(other)));
            continue;
        }
        match super::hash::file(&path) {
            Ok((sha, _)) if sha != target.sha256 => {
                out.kept.push((b, Kept::Changed));
                continue;
            }
            Ok(_) => {}
            Err(e) => {
                out.kept
                    .push((b, Kept::Unreadable(crate::i18n::io_error(&e))));
                continue;
            }
        }
        match std::fs::remove_file(&path) {
            Ok(()) => out.deleted.push(b),
            Err(e) => out
                .kept
                .push((b, Kept::NotDeleted(crate::i18n::io_error(&e)))),
        }
    }
    Ok(out)
}

/// Records `abaikan: [{kode, alasan}]` on the entry `target` names (replacing an earlier
/// exemption of the same code); `sha256`: the changed content a B101 exemption accepts.
pub fn exempt(
    root: &Path,
    target: &EntryRef,
    kode: &str,
    alasan: &str,
    sha256: Option<&str>,
) -> Result<bool, AddError> {
    add::update_ledger(root, &target.ledger, "", |l| {
        let mut any = false;
        for e in l.entries.iter_mut().filter(|e| target.names(e)) {
            e.abaikan.retain(|x| x.kode != kode);
            e.abaikan.push(super::ledger::Exemption {
                kode: kode.to_string(),
                alasan: alasan.trim().to_string(),
                sha256: sha256.map(str::to_string),
            });
            any = true;
        }
        any
    })
}
