//! `skp evidence verify`: every ledger entry checked against the files, plus the files in
//! `bukti/` folders that no ledger records.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::add::store_path;
use super::cache::{Cache, Stat};
use super::ledger::{Entry, Ledger, Lookup, look_inside, resolve_inside};
use crate::model::Content;
use crate::workspace::config::{Config, Storage};
use crate::workspace::{EvidenceFile, IgnoreReason, ListingStatus, Workspace};

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
    /// There, but it could not be read (its permissions, a failing disk): neither intact nor
    /// missing, since nothing is known of its content. `reason` is the system's, in the
    /// user's language.
    Unreadable {
        reason: String,
    },
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
            State::Unreadable { .. } => "tidak_terbaca",
            State::Url => "tautan",
        }
    }
}

/// One checked entry, keyed by where the loader found it.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Index of the ledger document in `Workspace::docs`; `None` for a ledger a warm `verify`
    /// took from the cache unparsed (see [`Cache::split_ledgers`]).
    pub doc: Option<usize>,
    /// Index of the entry in that ledger's `bukti` list.
    pub index: usize,
    /// The ledger file, relative to the root.
    pub ledger: String,
    pub skp: String,
    pub entry: Entry,
    pub state: State,
    /// What the stored file's bytes show it to be, when that contradicts its name.
    pub mismatch: Option<super::sniff::Kind>,
    /// The stored file's text and own date (only when documents were asked for, and the file
    /// is intact: a changed file's words say nothing about the recorded evidence).
    pub document: Option<super::extract::Extract>,
}

#[derive(Debug, Default)]
pub struct Report {
    pub checked: Vec<Checked>,
    /// Files under `bukti/` folders that no entry records.
    pub unrecorded: Vec<String>,
    /// Ledger files with a finding of their own (F rules): their valid entries are still
    /// checked, but a writer will not rewrite them.
    pub unreadable: Vec<String>,
    /// Folders that could not be opened (relative, sorted): a ledger in one is not read, a
    /// file in one not listed, so nothing there is vouched for.
    pub unlisted: Vec<String>,
    /// Ledger files the walk found but did not read (relative, sorted): a link that leads out
    /// of the workspace or nowhere, or something other than a regular file. What they record
    /// is checked nowhere, which a ledger swapped for a link must not hide.
    pub not_read: Vec<String>,
}

fn rel(root: &Path, p: &Path) -> String {
    crate::workspace::relative_path(p.strip_prefix(root).unwrap_or(p))
}

/// The state of one entry (without move detection). `walked`: the files the walk of the
/// `bukti/` folders found, with the `lstat` it read when asked for (see
/// [`crate::workspace::evidence_files`]).
fn check_entry(
    root: &Path,
    cfg: &Config,
    cache: &Cache,
    walked: &HashMap<&str, Option<&std::fs::Metadata>>,
    e: &Entry,
) -> State {
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
                return absent(root, berkas, &p);
            }
            p
        }
        // The walk reached this file through real folders of the workspace, never through a
        // link: only its own stat is needed (resolving every file's folders was a tenth of a
        // warm `verify`). Anything else, or a file replaced since, is resolved in full.
        Storage::Repo if walked.contains_key(berkas.as_str()) => {
            let path = root.join(berkas);
            if cache.rehashes() {
                return match cache.hash_unseen(berkas, &path) {
                    Ok(actual) => judge(root, berkas, sha, &path, Ok(actual)),
                    Err(_) => check_entry(root, cfg, cache, &HashMap::new(), e),
                };
            }
            // The walk's own stat of the file when it read one (see `evidence_files`).
            let meta = match walked.get(berkas.as_str()) {
                Some(Some(meta)) => Ok(Cow::Borrowed(*meta)),
                _ => std::fs::symlink_metadata(&path).map(Cow::Owned),
            };
            match meta {
                Ok(meta) if meta.is_file() => {
                    let actual = hash_lstated(cache, berkas, &path, &meta);
                    return judge(root, berkas, sha, &path, actual);
                }
                _ => return check_entry(root, cfg, cache, &HashMap::new(), e),
            }
        }
        // Looked at from inside only: no state depends on what exists outside the workspace.
        Storage::Repo => match look_inside(root, berkas) {
            Lookup::Outside => return State::Unsafe,
            Lookup::Missing => return State::Missing,
            Lookup::Unreadable(e) => return unreadable(root, berkas, &root.join(berkas), &e),
            // A regular file: its own stat is the one the cache compares (no second stat).
            Lookup::Found(p, meta) if meta.is_file() => {
                let actual = hash_lstated(cache, berkas, &p, &meta);
                return judge(root, berkas, sha, &p, actual);
            }
            Lookup::Found(p, _) => p,
        },
    };
    if !path.is_file() {
        return absent(root, berkas, &path);
    }
    let actual = cache.hash_with_stat(berkas, &path, Stat::of(&path));
    judge(root, berkas, sha, &path, actual)
}

/// The state of one entry, its file hashed afresh whatever the stat cache holds: what an
/// exemption accepts must be the content there now.
pub fn entry_state(root: &Path, cfg: &Config, e: &Entry) -> State {
    check_entry(root, cfg, &Cache::open(root, false), &HashMap::new(), e)
}

/// The state of an entry whose file was not found as a regular file at `path`: missing,
/// unless it could not even be looked for (a folder on its way that may not be opened, a link
/// that loops), when it may well be there.
fn absent(root: &Path, berkas: &str, path: &Path) -> State {
    match std::fs::metadata(path) {
        Err(e) if !crate::fsutil::gone(&e) => unreadable(root, berkas, path, &e),
        _ => State::Missing,
    }
}

/// The hash of a regular file whose own `lstat` is `meta` (through the stat cache).
fn hash_lstated(
    cache: &Cache,
    berkas: &str,
    path: &Path,
    meta: &std::fs::Metadata,
) -> std::io::Result<String> {
    match Stat::from_meta(meta) {
        Some(stat) => cache.hash_lstated(berkas, path, stat),
        None => cache.hash_with_stat(berkas, path, None),
    }
}

/// The state of an entry whose file is there: its hash (`actual`, through the stat cache)
/// against the recorded one.
fn judge(
    root: &Path,
    berkas: &str,
    sha: &str,
    path: &Path,
    actual: std::io::Result<String>,
) -> State {
    match actual {
        Ok(actual) if actual == sha => State::Ok,
        // A pointer to *this* content, at a path `.gitattributes` stores in Git LFS, is merely
        // not fetched. Anywhere else a pointer is a replaced file like any other (a forged
        // pointer must not turn a tampered file into an info).
        Ok(_)
            if super::hash::lfs_pointer_oid(path).as_deref() == Some(sha)
                && lfs_tracked(root, berkas) =>
        {
            State::NotFetched
        }
        Ok(actual) => State::Changed { actual },
        // Gone between the stat and the read.
        Err(e) if crate::fsutil::gone(&e) => State::Missing,
        // Still there: "missing" would send the user looking for a file they can see.
        Err(e) => unreadable(root, berkas, path, &e),
    }
}

/// [`State::Unreadable`], naming the file read when it is not at `berkas` (a store copy, whose
/// `berkas` is only a label: the user must know which file to open up).
fn unreadable(root: &Path, berkas: &str, path: &Path, e: &std::io::Error) -> State {
    let reason = crate::i18n::io_error(e);
    State::Unreadable {
        reason: if path == root.join(berkas) {
            reason
        } else {
            format!("{}: {reason}", path.display())
        },
    }
}

/// Where an entry whose state is [`State::Ok`] has its file.
fn stored_path(root: &Path, cfg: &Config, e: &Entry) -> Option<PathBuf> {
    match cfg.evidence.storage {
        Storage::Folder => Some(store_path(root, &cfg.evidence.location, e.sha256.as_ref()?)),
        Storage::Repo => resolve_inside(root, e.berkas.as_ref()?).ok().flatten(),
    }
}

/// Whether `.gitattributes` (at the root or in a folder on the way to `berkas`) marks `berkas`
/// with `filter=lfs`.
fn lfs_tracked(root: &Path, berkas: &str) -> bool {
    let mut b = ignore::gitignore::GitignoreBuilder::new(root);
    let mut dir = root.to_path_buf();
    let mut dirs = vec![dir.clone()];
    let parts: Vec<&str> = berkas.split('/').collect();
    for p in &parts[..parts.len().saturating_sub(1)] {
        dir.push(p);
        dirs.push(dir.clone());
    }
    for d in dirs {
        let Ok(text) =
            crate::fsutil::read_regular(&d.join(".gitattributes")).map(String::from_utf8)
        else {
            continue;
        };
        let Ok(text) = text else { continue };
        for line in text.lines() {
            let mut fields = line.split_whitespace();
            let Some(pattern) = fields.next().filter(|p| !p.starts_with('#')) else {
                continue;
            };
            if fields.any(|a| a == "filter=lfs") {
                // Patterns are relative to the folder of their .gitattributes.
                let rel = d.strip_prefix(root).unwrap_or(Path::new(""));
                let full = if rel.as_os_str().is_empty() || !pattern.contains('/') {
                    pattern.to_string()
                } else {
                    format!(
                        "{}/{}",
                        crate::workspace::relative_path(rel),
                        pattern.trim_start_matches('/')
                    )
                };
                // A malformed pattern simply matches nothing.
                b.add_line(None, &full).ok();
            }
        }
    }
    b.build()
        .map(|g| g.matched(root.join(berkas), false).is_ignore())
        .unwrap_or(false)
}

/// Checks every entry of every ledger the loader read (`ws.docs`) against its file, hashing
/// only what `cache` cannot vouch for, and lists the unrecorded files of the workspace's
/// `bukti/` folders. With `documents`, also reads each intact file's text and own date.
/// Reads files; writes nothing (the caller decides whether to save `cache`).
pub fn verify(ws: &Workspace, cache: &Cache, documents: bool) -> Report {
    verify_with(ws, cache, documents, &[])
}

/// [`verify`], with ledgers the loader did not read because the cache holds them unchanged
/// (`unchanged`: relative path and ledger), checked like the loaded ones.
pub fn verify_with(
    ws: &Workspace,
    cache: &Cache,
    documents: bool,
    unchanged: &[(String, Ledger)],
) -> Report {
    let root = ws.root.as_path();
    let cfg = &ws.config;
    let mut ledgers: Vec<(Option<usize>, &str, Cow<'_, Ledger>)> = ws
        .docs
        .par_iter()
        .enumerate()
        .filter_map(|(i, d)| match &d.content {
            Content::BuktiDukung(b) => {
                Some((Some(i), ws.rel(d.file), Cow::Owned(Ledger::from_model(b))))
            }
            _ => None,
        })
        .collect();
    ledgers.extend(
        unchanged
            .iter()
            .map(|(rel, l)| (None, rel.as_str(), Cow::Borrowed(l))),
    );
    // The order of the loader (by path), whichever ledgers came from the cache.
    ledgers.sort_by(|a, b| a.1.cmp(b.1));
    let mut unreadable: Vec<String> = ws
        .load_diags
        .iter()
        .map(|d| ws.rel(d.file))
        .filter(|r| crate::workspace::is_ledger_name(r))
        .map(str::to_string)
        .collect();
    unreadable.sort();
    unreadable.dedup();
    let not_read: Vec<String> = ws
        .listing
        .iter()
        .filter(|l| {
            crate::workspace::is_ledger_name(&l.rel)
                && matches!(
                    l.status,
                    ListingStatus::Ignored(
                        IgnoreReason::SymlinkOutside
                            | IgnoreReason::SymlinkBroken
                            | IgnoreReason::Special
                    )
                )
        })
        .map(|l| l.rel.clone())
        .collect();
    let jobs: Vec<&Entry> = ledgers.iter().flat_map(|(_, _, l)| &l.entries).collect();
    // Every bukti/ folder of the workspace, with or without a ledger beside it yet (a crash
    // during a first `add` leaves a copy before any ledger exists); read in parallel, in order.
    // Walked first: a file the walk found needs no resolving of its folders.
    // A warm run stats every file the walk lists: the listing does so relative to the open
    // folder. `--full` opens each file instead, and takes the stat of what it opened.
    let stat = !cache.rehashes();
    let listed: Vec<(Vec<EvidenceFile>, Vec<PathBuf>)> = ws
        .bukti_dirs
        .par_iter()
        .map(|d| crate::workspace::evidence_files(d, stat))
        .collect();
    // Folders nobody may open: the ledgers in them are unread, the files in them unlisted.
    let mut unlisted: Vec<String> = ws
        .listing
        .iter()
        .filter(|l| l.status == ListingStatus::Ignored(IgnoreReason::Unlisted))
        .map(|l| l.rel.clone())
        .collect();
    let mut bukti_files: Vec<(String, EvidenceFile)> = Vec::new();
    for (files, folders) in listed {
        // A git-ignored folder is not the workspace's, readable or not.
        unlisted.extend(
            folders
                .iter()
                .filter(|f| {
                    !f.parent()
                        .and_then(|dir| crate::workspace::ignore_rules(root, dir))
                        .is_some_and(|g| g.matched_path_or_any_parents(f, true).is_ignore())
                })
                .map(|f| rel(root, f)),
        );
        bukti_files.extend(files.into_iter().map(|e| (rel(root, &e.path), e)));
    }
    unlisted.sort();
    let walked: HashMap<&str, Option<&std::fs::Metadata>> = bukti_files
        .iter()
        .map(|(r, e)| (r.as_str(), e.meta.as_ref()))
        .collect();
    // What each entry's file shows, judged in parallel over borrowed entries; the entries are
    // then moved into the report, not cloned (at an agency's 20 000 records the copies were
    // 3.5 MB and a fiftieth of `verify --full`'s CPU time).
    let judged: Vec<(
        State,
        Option<super::sniff::Kind>,
        Option<super::extract::Extract>,
    )> = jobs
        .into_par_iter()
        .map(|entry| {
            let state = check_entry(root, cfg, cache, &walked, entry);
            // The kind is known for every file that was hashed (or found in the cache).
            let kind = match (&state, &entry.berkas) {
                (State::Ok, Some(berkas)) => cache.kind(berkas),
                _ => None,
            };
            let mismatch = kind.and_then(|k| super::sniff::mismatch(entry.berkas.as_deref()?, k));
            let document = match (documents, kind, &entry.sha256) {
                (true, Some(kind), Some(sha)) => {
                    stored_path(root, cfg, entry).map(|p| cache.document(sha, &p, kind))
                }
                _ => None,
            };
            (state, mismatch, document)
        })
        .collect();
    let mut judged = judged.into_iter();
    let mut checked: Vec<Checked> = Vec::with_capacity(judged.len());
    for (doc, ledger, l) in ledgers {
        let l = l.into_owned();
        // One judgement per entry, in the order of `jobs` (a zip takes an entry first, so it
        // never takes the next ledger's judgement).
        let entries = l.entries.into_iter().enumerate().zip(&mut judged);
        for ((index, entry), (state, mismatch, document)) in entries {
            checked.push(Checked {
                doc,
                index,
                ledger: ledger.to_string(),
                skp: l.skp.clone(),
                state,
                mismatch,
                document,
                entry,
            });
        }
    }
    // Files under bukti/ folders next to ledgers.
    // As skp writes them: a hand-edited `./pegawai/…` records the file the walk lists.
    let recorded: HashSet<Cow<'_, str>> = checked
        .iter()
        .filter_map(|c| c.entry.berkas.as_deref())
        .map(super::ledger::canonical)
        .collect();
    // A git-ignored file is not the workspace's (the one walker skips it): neither unrecorded
    // nor a place a record moved to. Asked only of files no record names, per folder.
    let mut rules: HashMap<PathBuf, Option<ignore::gitignore::Gitignore>> = HashMap::new();
    let mut ignored = |f: &EvidenceFile| {
        let Some(dir) = f.path.parent() else {
            return false;
        };
        rules
            .entry(dir.to_path_buf())
            .or_insert_with(|| crate::workspace::ignore_rules(root, dir))
            .as_ref()
            .is_some_and(|g| g.matched_path_or_any_parents(&f.path, false).is_ignore())
    };
    let bukti_files: Vec<&(String, EvidenceFile)> = bukti_files
        .iter()
        .filter(|(r, f)| recorded.contains(r.as_str()) || !ignored(f))
        .collect();
    let unrecorded: Vec<String> = bukti_files
        .iter()
        .filter(|(r, f)| {
            !recorded.contains(r.as_str())
                && !f
                    .path
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
        // A record without its size (a hand edit) may have moved to a file of any size.
        let any_size = missing.iter().any(|&i| checked[i].entry.ukuran.is_none());
        let candidates: Vec<&(String, EvidenceFile)> = bukti_files
            .iter()
            .copied()
            .filter(|(r, f)| {
                // A name that is not UTF-8 cannot be written into a ledger as it is.
                f.path.to_str().is_some()
                    && !recorded.contains(r.as_str())
                    && std::fs::metadata(&f.path)
                        .is_ok_and(|m| any_size || sizes.contains(&m.len()))
            })
            .collect();
        let mut by_hash: HashMap<String, Vec<&str>> = HashMap::new();
        let hashed: Vec<(String, &str)> = candidates
            .par_iter()
            .filter_map(|(r, f)| cache.hash(r, &f.path).ok().map(|h| (h, r.as_str())))
            .collect();
        for (h, r) in hashed {
            by_hash.entry(h).or_default().push(r);
        }
        // Each missing path (whatever records name it) is matched to its own file where there
        // are several with its content: the nearest to where it was (two employees who both
        // tidied their folders each get their own copy back), one already taken only when
        // there is no other.
        let mut paths: Vec<(&str, Cow<'_, str>, Vec<usize>)> = Vec::new();
        // A lookup, not a scan: a mass move leaves thousands of missing paths.
        let mut path_of: HashMap<(&str, Cow<'_, str>), usize> = HashMap::new();
        for &i in &missing {
            let e = &checked[i].entry;
            let (Some(sha), Some(berkas)) = (e.sha256.as_deref(), e.berkas.as_deref()) else {
                continue;
            };
            let at = super::ledger::canonical(berkas);
            match path_of.get(&(sha, at.clone())) {
                Some(&p) => paths[p].2.push(i),
                None => {
                    path_of.insert((sha, at.clone()), paths.len());
                    paths.push((sha, at, vec![i]));
                }
            }
        }
        let shared = |a: &str, b: &str| {
            a.split('/')
                .zip(b.split('/'))
                .take_while(|(x, y)| x == y)
                .count()
        };
        // Every (path, file of its content) pair, nearest first; each taken while both are
        // free, so no path takes a file nearer to another's place.
        let mut pairs: Vec<(usize, usize, &str)> = paths
            .iter()
            .enumerate()
            .flat_map(|(p, (sha, at, _))| {
                by_hash
                    .get(*sha)
                    .into_iter()
                    .flatten()
                    .map(move |f| (shared(f, at), p, *f))
            })
            .collect();
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(b.2)));
        let mut to: Vec<Option<&str>> = vec![None; paths.len()];
        let mut taken: HashSet<&str> = HashSet::new();
        for &(_, p, f) in &pairs {
            if to[p].is_none() && !taken.contains(f) {
                to[p] = Some(f);
                taken.insert(f);
            }
        }
        // More paths than files: the nearest file, though another path took it too.
        for &(_, p, f) in &pairs {
            to[p].get_or_insert(f);
        }
        let moves: Vec<(usize, String)> = paths
            .iter()
            .zip(&to)
            .filter_map(|((_, _, records), to)| Some((records, (*to)?)))
            .flat_map(|(records, to)| records.iter().map(move |&i| (i, to.to_string())))
            .collect();
        for (i, to) in moves {
            checked[i].state = State::Moved { to };
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
    Report {
        checked,
        unrecorded,
        unreadable,
        unlisted,
        not_read,
    }
}
