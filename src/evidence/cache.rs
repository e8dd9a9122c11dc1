//! The stat cache in `.skp/cache/`: a file whose (size, mtime_ns, ctime_ns, inode, device) are
//! unchanged is not hashed again, and a ledger whose stat is unchanged is not parsed again
//! (`ledgers.bin`, read by `verify` only).
//! Compact binary files (postcard), as git's index is; git-ignored, written atomically, safe
//! to delete; `verify --full` never trusts it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::ledger::Ledger;
use super::sniff::Kind;
use crate::workspace::Candidate;

/// The stat fields that key the cache (restic and git use the same ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stat {
    pub size: u64,
    pub mtime_ns: i128,
    pub ctime_ns: i128,
    pub ino: u64,
    pub dev: u64,
}

impl Stat {
    pub fn of(path: &Path) -> Option<Stat> {
        Stat::from_meta(&std::fs::metadata(path).ok()?)
    }

    /// The stat of metadata already read (a regular file's own `lstat`).
    pub fn from_meta(m: &std::fs::Metadata) -> Option<Stat> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(Stat {
                size: m.len(),
                mtime_ns: i128::from(m.mtime()) * 1_000_000_000 + i128::from(m.mtime_nsec()),
                ctime_ns: i128::from(m.ctime()) * 1_000_000_000 + i128::from(m.ctime_nsec()),
                ino: m.ino(),
                dev: m.dev(),
            })
        }
        #[cfg(not(unix))]
        {
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128);
            Some(Stat {
                size: m.len(),
                mtime_ns: mtime,
                ctime_ns: 0,
                ino: 0,
                dev: 0,
            })
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Hashed {
    stat: Stat,
    sha256: String,
    /// What the first bytes show the file to be (see `sniff`).
    kind: Option<Kind>,
    /// Changed safely before the run that hashed it (see [`Cache::settled`]): only then is
    /// the hash trusted by a later run. This run reads its kind either way.
    settled: bool,
}

/// A ledger as the loader read it, with the stat its file had just before it was read.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ParsedLedger {
    stat: Stat,
    ledger: Ledger,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Data {
    version: u32,
    /// The skp that wrote the cache: another version may read a ledger differently.
    skp: String,
    hashes: BTreeMap<String, Hashed>,
    /// What each content (by SHA-256) says about itself: read once per content, whatever its
    /// path, since a hash names the bytes.
    documents: BTreeMap<String, super::extract::Extract>,
}

/// The ledgers that loaded without a finding, by workspace-relative path: a file of its own,
/// read only by `verify` (`check` reads every ledger itself and need not hold these).
#[derive(Debug, Default, Serialize, Deserialize)]
struct LedgerFile {
    version: u32,
    skp: String,
    ledgers: BTreeMap<String, ParsedLedger>,
}

/// The ledger files of a walk, split by whether the cache still holds what they say.
pub struct LedgerSplit {
    /// Unchanged since the cache read them: (relative path, ledger), not to be parsed again.
    pub unchanged: Vec<(String, Ledger)>,
    /// To be read by the loader.
    pub to_read: Vec<Candidate>,
    /// The stat of each ledger file: of one to be read, taken before it is read (so a write
    /// racing the read leaves a stat the next run will not match); of an unchanged one, the
    /// stat the memo matched.
    stats: BTreeMap<String, Stat>,
}

/// The cache for one run. Thread-safe: hashing runs in parallel.
pub struct Cache {
    root: PathBuf,
    path: PathBuf,
    data: Mutex<Data>,
    changed: Mutex<bool>,
    /// Read when first asked for ([`Cache::split_ledgers`]); `Some` once read or replaced.
    ledgers: Mutex<Option<LedgerFile>>,
    ledgers_changed: Mutex<bool>,
    /// `verify --full`: never read from the cache (still refreshed).
    trust: bool,
    /// When this run began, in ns since the epoch (see [`Cache::settled`]).
    started_ns: i128,
}

/// A file changed this close to the start of a run may change again within the same timestamp
/// tick and keep its stat (git's "racily clean" entries): a tick is 1–10 ms on Linux, so 50 ms
/// is a safe margin. Such files are hashed or parsed, but not remembered.
const RACY_NS: i128 = 50_000_000;

/// 2: ledgers are no longer cached (they are read by the loader like every plan file).
/// 3: each hash keeps what the file's first bytes show it to be.
/// 4: documents' text words and own dates, by content hash.
/// 5: binary (postcard) instead of JSON; the loader's ledgers memoised by their file's stat.
/// 6: those ledgers in a file of their own (`ledgers.bin`), which only `verify` reads.
/// 7: an exemption keeps the content it accepts (`abaikan: [{…, sha256}]`).
const VERSION: u32 = 7;

/// The cache file; `stat.json` was the JSON one of versions 1–4.
const FILE: &str = "stat.bin";
const LEDGER_FILE: &str = "ledgers.bin";

/// The contents of a cache file this very skp wrote; anything else (older, newer, truncated)
/// is simply not used.
fn read<T: serde::de::DeserializeOwned>(
    path: &Path,
    version: impl Fn(&T) -> (u32, &str),
) -> Option<T> {
    // Never a wait: a FIFO put in its place (or a link to one) is simply not a cache.
    let data = postcard::from_bytes::<T>(&crate::fsutil::read_regular(path).ok()?).ok()?;
    (version(&data) == (VERSION, env!("CARGO_PKG_VERSION"))).then_some(data)
}

impl Cache {
    pub fn open(root: &Path, trust: bool) -> Cache {
        let path = root.join(".skp").join("cache").join(FILE);
        let data = read(&path, |d: &Data| (d.version, &d.skp)).unwrap_or(Data {
            version: VERSION,
            skp: env!("CARGO_PKG_VERSION").to_string(),
            ..Data::default()
        });
        Cache {
            root: root.to_path_buf(),
            path,
            data: Mutex::new(data),
            changed: Mutex::new(false),
            ledgers: Mutex::new(None),
            ledgers_changed: Mutex::new(false),
            trust,
            started_ns: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as i128),
        }
    }

    /// Whether a file with `stat` last changed safely before this run began, so that a change
    /// after the run would show in its stat.
    fn settled(&self, stat: &Stat) -> bool {
        stat.mtime_ns.max(stat.ctime_ns) < self.started_ns - RACY_NS
    }

    /// SHA-256 of `path` (keyed by `key`, its workspace-relative name), from the cache when
    /// its stat is unchanged.
    pub fn hash(&self, key: &str, path: &Path) -> std::io::Result<String> {
        self.hash_with_stat(key, path, Stat::of(path))
    }

    /// As [`Cache::hash`], with the file's stat already read.
    pub fn hash_with_stat(
        &self,
        key: &str,
        path: &Path,
        stat: Option<Stat>,
    ) -> std::io::Result<String> {
        self.hash_opened(key, stat, || crate::fsutil::open_regular(path))
    }

    /// As [`Cache::hash`], for a regular file whose own `lstat` the caller has just read
    /// (`stat`): a warm `verify` stats each file once, as `git status` does.
    pub fn hash_lstated(&self, key: &str, path: &Path, stat: Stat) -> std::io::Result<String> {
        self.hash_opened(key, Some(stat), || {
            crate::fsutil::open_nofollow_regular(path).map(|(f, _)| f)
        })
    }

    /// Whether every file is hashed again (`verify --full`): then a file is opened before it
    /// is stat'ed, and the stat of what was opened keys the cache (see [`Cache::hash_unseen`]).
    pub fn rehashes(&self) -> bool {
        !self.trust
    }

    /// SHA-256 of a file found by a walk that does not follow links, opened without a stat
    /// first: with nothing to compare a stat with, the open's own is enough.
    pub fn hash_unseen(&self, key: &str, path: &Path) -> std::io::Result<String> {
        let (file, meta) = crate::fsutil::open_nofollow_regular(path)?;
        self.hash_opened(key, Stat::from_meta(&meta), || Ok(file))
    }

    fn hash_opened(
        &self,
        key: &str,
        stat: Option<Stat>,
        open: impl FnOnce() -> std::io::Result<std::fs::File>,
    ) -> std::io::Result<String> {
        if self.trust
            && let Some(stat) = stat
            && let Ok(d) = self.data.lock()
            && let Some(h) = d.hashes.get(key)
            && h.stat == stat
            && h.settled
            && h.kind.is_some()
        {
            return Ok(h.sha256.clone());
        }
        // One read: the first bytes for `sniff` are kept while the file is hashed.
        let (sha, _, head) =
            super::hash::open_file_and_head(open()?, stat.map(|s| s.size), super::sniff::HEAD)?;
        let kind = Some(super::sniff::sniff(&head));
        if let Some(stat) = stat
            && let Ok(mut d) = self.data.lock()
        {
            let hashed = Hashed {
                stat,
                sha256: sha.clone(),
                kind,
                settled: self.settled(&stat),
            };
            // A `--full` run over an unchanged tree finds what the cache already holds: no
            // reason to write 20 000 entries back.
            if d.hashes.get(key) != Some(&hashed) {
                d.hashes.insert(key.to_string(), hashed);
                if let Ok(mut c) = self.changed.lock() {
                    *c = true;
                }
            }
        }
        Ok(sha)
    }

    /// What the file last hashed under `key` showed itself to be.
    pub fn kind(&self, key: &str) -> Option<Kind> {
        self.data.lock().ok()?.hashes.get(key)?.kind
    }

    /// The text and metadata of the content `sha256` stored at `path`, read at most once per
    /// content (`verify --full` reads again, like it hashes again).
    pub fn document(&self, sha256: &str, path: &Path, kind: Kind) -> super::extract::Extract {
        if self.trust
            && let Ok(d) = self.data.lock()
            && let Some(x) = d.documents.get(sha256)
        {
            return x.clone();
        }
        let x = super::extract::extract(path, kind);
        if let Ok(mut d) = self.data.lock() {
            d.documents.insert(sha256.to_string(), x.clone());
            if let Ok(mut c) = self.changed.lock() {
                *c = true;
            }
        }
        x
    }

    /// Reads `ledgers.bin` if it has not been read yet (a caller may do it while the workspace
    /// is walked; [`Cache::split_ledgers`] does it otherwise).
    pub fn read_ledgers(&self) {
        let Ok(mut memo) = self.ledgers.lock() else {
            return;
        };
        if memo.is_none() {
            let path = self.path.with_file_name(LEDGER_FILE);
            *memo = Some(
                self.trust
                    .then(|| read(&path, |f: &LedgerFile| (f.version, &f.skp)))
                    .flatten()
                    .unwrap_or(LedgerFile {
                        version: VERSION,
                        skp: env!("CARGO_PKG_VERSION").to_string(),
                        ledgers: BTreeMap::new(),
                    }),
            );
        }
    }

    /// Splits a walk's ledger files into those the cache read before and whose stat has not
    /// changed since (a warm `verify` does not parse them again, as `git status` does not
    /// re-read unchanged files) and those the loader must read. Stats run in parallel.
    pub fn split_ledgers(&self, candidates: Vec<Candidate>) -> LedgerSplit {
        use rayon::prelude::*;
        // `verify --full` reads every ledger and does not remember them (see
        // [`Cache::remember_ledgers`]): no stat to take.
        if !self.trust {
            return LedgerSplit {
                unchanged: Vec::new(),
                to_read: candidates,
                stats: BTreeMap::new(),
            };
        }
        let stated: Vec<(Candidate, Option<Stat>)> = candidates
            .into_par_iter()
            .map(|c| {
                let stat = match &c {
                    Candidate::File { path, .. } => Stat::of(path),
                    Candidate::Skipped { .. } => None,
                };
                (c, stat)
            })
            .collect();
        let mut split = LedgerSplit {
            unchanged: Vec::new(),
            to_read: Vec::new(),
            stats: BTreeMap::new(),
        };
        self.read_ledgers();
        let mut memo = self.ledgers.lock().ok();
        let mut known = memo.as_mut().and_then(|m| m.as_mut());
        for (c, stat) in stated {
            if let (Candidate::File { rel, .. }, Some(stat)) = (&c, stat) {
                split.stats.insert(rel.clone(), stat);
                // Moved out of the memo, not copied (a clone of every ledger was a twentieth
                // of a warm run, alone on one core): `remember_ledgers` puts it back.
                if let Some(file) = known.as_deref_mut()
                    && file.ledgers.get(rel).is_some_and(|p| p.stat == stat)
                    && let Some(p) = file.ledgers.remove(rel)
                {
                    split.unchanged.push((rel.clone(), p.ledger));
                    continue;
                }
            }
            split.to_read.push(c);
        }
        split
    }

    /// Keeps the ledgers of this run for the next: the unchanged ones, and those the loader
    /// has just read without a finding (`ledgers`: relative path and ledger). A ledger no
    /// longer in the workspace is forgotten.
    pub fn remember_ledgers<'a>(
        &self,
        split: LedgerSplit,
        ledgers: impl Iterator<Item = (&'a str, Ledger)>,
    ) {
        // `verify --full` (the scheduled check, often on a fresh clone whose cache is thrown
        // away) leaves the memo as it was: rewriting it cost 30–55 ms of a 0.8 s run, alone on
        // one core at the end, and a later warm run parses only the ledgers changed since the
        // memo was written, as it would anyway.
        if !self.trust {
            return;
        }
        let Ok(mut memo) = self.ledgers.lock() else {
            return;
        };
        let Some(file) = memo.as_mut() else { return };
        // The unchanged ledgers were moved out of the memo by `split_ledgers`: back they go.
        let mut old = std::mem::take(&mut file.ledgers);
        let mut kept: BTreeMap<String, ParsedLedger> = split
            .unchanged
            .into_iter()
            .filter_map(|(rel, ledger)| {
                let stat = *split.stats.get(&rel)?;
                Some((rel, ParsedLedger { stat, ledger }))
            })
            .collect();
        let mut changed = false;
        for (rel, ledger) in ledgers {
            if let Some(&stat) = split.stats.get(rel).filter(|s| self.settled(s)) {
                old.remove(rel);
                kept.insert(rel.to_string(), ParsedLedger { stat, ledger });
                changed = true;
            }
        }
        // What is left of the old ledgers was removed from the workspace or no longer loads.
        changed |= !old.is_empty();
        file.ledgers = kept;
        if changed && let Ok(mut c) = self.ledgers_changed.lock() {
            *c = true;
        }
    }

    /// Writes the cache back if anything changed. Failure is harmless (the cache is optional).
    pub fn save(&self) {
        if self.changed.lock().is_ok_and(|c| *c)
            && let Ok(mut d) = self.data.lock()
        {
            // Forget the documents of contents no longer in the workspace.
            let live: std::collections::HashSet<String> =
                d.hashes.values().map(|h| h.sha256.clone()).collect();
            d.documents.retain(|sha, _| live.contains(sha));
            if let Ok(bytes) = postcard::to_stdvec(&*d)
                && self.write(&self.path, &bytes)
            {
                // The JSON cache that versions 1–4 of the cache used: superseded, and up to
                // ten megabytes.
                let old = self.path.with_file_name("stat.json");
                if crate::fsutil::guard(&self.root, &old).is_ok() {
                    std::fs::remove_file(old).ok();
                }
            }
        }
        if self.ledgers_changed.lock().is_ok_and(|c| *c)
            && let Ok(memo) = self.ledgers.lock()
            && let Some(file) = memo.as_ref()
            && let Ok(bytes) = postcard::to_stdvec(file)
        {
            self.write(&self.path.with_file_name(LEDGER_FILE), &bytes);
        }
    }

    /// Writes one cache file. The cache is optional: a refused or failed write (a `.skp` that
    /// is a link, a read-only checkout) only means the next run hashes again. Ignored by git
    /// even where the workspace's .gitignore does not say so.
    fn write(&self, path: &Path, bytes: &[u8]) -> bool {
        let Some(dir) = path.parent() else {
            return false;
        };
        crate::fsutil::write_marker(&self.root, &dir.join(".gitignore"), "*\n").is_ok()
            && crate::fsutil::write_scratch(&self.root, path, bytes).is_ok()
    }
}
