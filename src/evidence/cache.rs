//! The stat cache in `.skp/cache/`: a file whose (size, mtime_ns, ctime_ns, inode, device) are
//! unchanged is not hashed again.
//! Git-ignored, written atomically, safe to delete; `verify --full` never trusts it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::sniff::Kind;

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

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Hashed {
    stat: Stat,
    sha256: String,
    /// What the first bytes show the file to be (see `sniff`).
    #[serde(default)]
    kind: Option<Kind>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Data {
    version: u32,
    hashes: BTreeMap<String, Hashed>,
    /// What each content (by SHA-256) says about itself: read once per content, whatever its
    /// path, since a hash names the bytes.
    #[serde(default)]
    documents: BTreeMap<String, super::extract::Extract>,
}

/// The cache for one run. Thread-safe: hashing runs in parallel.
pub struct Cache {
    root: PathBuf,
    path: PathBuf,
    data: Mutex<Data>,
    changed: Mutex<bool>,
    /// `verify --full`: never read from the cache (still refreshed).
    trust: bool,
}

/// 2: ledgers are no longer cached (they are read by the loader like every plan file).
/// 3: each hash keeps what the file's first bytes show it to be.
/// 4: documents' text words and own dates, by content hash.
const VERSION: u32 = 4;

impl Cache {
    pub fn open(root: &Path, trust: bool) -> Cache {
        let path = root.join(".skp").join("cache").join("stat.json");
        let data = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Data>(&b).ok())
            .filter(|d| d.version == VERSION)
            .unwrap_or(Data {
                version: VERSION,
                ..Data::default()
            });
        Cache {
            root: root.to_path_buf(),
            path,
            data: Mutex::new(data),
            changed: Mutex::new(false),
            trust,
        }
    }

    /// SHA-256 of `path` (keyed by `key`, its workspace-relative name), from the cache when
    /// its stat is unchanged.
    pub fn hash(&self, key: &str, path: &Path) -> std::io::Result<String> {
        self.hash_with_stat(key, path, Stat::of(path))
    }

    /// As [`Cache::hash`], with the file's stat already read: a warm `verify` stats each file
    /// once, as `git status` does.
    pub fn hash_with_stat(
        &self,
        key: &str,
        path: &Path,
        stat: Option<Stat>,
    ) -> std::io::Result<String> {
        if self.trust
            && let Some(stat) = stat
            && let Ok(d) = self.data.lock()
            && let Some(h) = d.hashes.get(key)
            && h.stat == stat
            && h.kind.is_some()
        {
            return Ok(h.sha256.clone());
        }
        // One read: the first bytes for `sniff` are kept while the file is hashed.
        let (sha, _, head) = super::hash::file_and_head(path, super::sniff::HEAD)?;
        let kind = Some(super::sniff::sniff(&head));
        if let (Some(stat), Ok(mut d)) = (stat, self.data.lock()) {
            d.hashes.insert(
                key.to_string(),
                Hashed {
                    stat,
                    sha256: sha.clone(),
                    kind,
                },
            );
            if let Ok(mut c) = self.changed.lock() {
                *c = true;
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

    /// Writes the cache back if anything changed. Failure is harmless (the cache is optional).
    pub fn save(&self) {
        if !self.changed.lock().is_ok_and(|c| *c) {
            return;
        }
        let Ok(mut d) = self.data.lock() else { return };
        // Forget the documents of contents no longer in the workspace.
        let live: std::collections::HashSet<String> =
            d.hashes.values().map(|h| h.sha256.clone()).collect();
        d.documents.retain(|sha, _| live.contains(sha));
        let Ok(bytes) = serde_json::to_vec(&*d) else {
            return;
        };
        // The cache is optional: a refused or failed write (a `.skp` that is a link, a
        // read-only checkout) only means the next run hashes again. Ignored by git even where
        // the workspace's .gitignore does not say so.
        if let Some(dir) = self.path.parent()
            && crate::fsutil::write_marker(&self.root, &dir.join(".gitignore"), "*\n").is_ok()
        {
            crate::fsutil::write_atomic(&self.root, &self.path, &bytes, "cache").ok();
        }
    }
}
