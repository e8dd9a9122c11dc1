//! `skp evidence add`: hash, place, record. Files are copied before they are recorded, so a
//! crash can leave an unrecorded copy (reported by `verify`) but never an entry without its file.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::ledger::{Entry, Ledger, ledger_path};
use super::locate::Found;
use crate::fsutil::{Batch, Lock, fault};
use crate::model::period::Period;
use crate::model::vocab::{JenisBukti, Perilaku, Vocab};
use crate::workspace::config::{Config, Storage};

/// One piece of evidence to record.
#[derive(Debug, Clone)]
pub struct Request {
    pub file: Option<PathBuf>,
    pub url: Option<String>,
    pub untuk: Vec<String>,
    pub periode: Period,
    pub jenis: Option<String>,
    pub tanggal: Option<String>,
    pub keterangan: Option<String>,
    pub force: bool,
    /// The manifest line it came from, named in its errors.
    pub line: Option<usize>,
}

/// What happened to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Added {
        berkas: String,
        sha256: String,
    },
    /// The same content was already recorded for this period; new results were linked to it.
    Linked {
        sha256: String,
        untuk: Vec<String>,
    },
    /// Already recorded for the same results and period: nothing to do.
    Unchanged {
        sha256: String,
    },
    /// Already recorded for this period without a date or a note the request gives: the
    /// record now has them (`fields`: option and value). Reported beside the request's own
    /// outcome, which counts it.
    Completed {
        sha256: String,
        fields: Vec<(String, String)>,
    },
    /// Already recorded for this period with another date, type or note than the request
    /// gives: the record is kept as it is, never overwritten (`fields`: option, value given,
    /// value recorded). Reported beside the request's own outcome, which counts it.
    Kept {
        sha256: String,
        fields: Vec<(String, String, String)>,
    },
    /// The recorded copy this content is linked to could not be read, so whether it still
    /// holds the content is unknown (reported before the request's own outcome, which counts
    /// it).
    Unchecked {
        berkas: String,
        reason: String,
    },
    AddedUrl {
        url: String,
    },
    /// The recorded copy of this content was missing: the file added was put back at the
    /// recorded path (reported before the request's own outcome, and counted by it).
    Restored {
        berkas: String,
        sha256: String,
    },
    /// Records of this content named a copy that is missing, unusable or edited (`from`: the
    /// first edited one, else the first): they now name `to`, the copy this add put back or
    /// made, or another recorded copy (reported like `Restored`).
    Relinked {
        from: String,
        to: String,
        sha256: String,
        /// `from` is there but was edited since it was recorded: it is left as it is.
        changed: bool,
        /// `to` is no new copy but another the ledger records, which still holds the content
        /// (a hand edit may record one content at several paths).
        intact: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddError {
    UnknownRef {
        reference: String,
        suggestion: Option<String>,
    },
    UnknownType {
        jenis: String,
        allowed: String,
    },
    PeriodOutside {
        periode: String,
        tahun: i32,
    },
    TooLarge {
        file: String,
        mb: u64,
        max: u64,
    },
    Unreadable {
        file: String,
        error: String,
    },
    BadUrl {
        url: String,
    },
    /// A link that carries `user:password@`: the ledger would share the password (D108).
    UrlPassword {
        /// The link with its password masked.
        url: String,
    },
    /// A note (`--note`) holding such a link.
    NotePassword {
        /// The note with the password masked.
        note: String,
    },
    LedgerInvalid {
        file: String,
    },
    /// The ledger beside this SKP records another SKP (`skp:`): never mix two SKPs' evidence.
    LedgerOfOtherSkp {
        file: String,
        skp: String,
    },
    Io {
        file: String,
        error: String,
    },
    /// A folder, FIFO, device or socket: nothing to hash.
    NotRegular {
        file: String,
    },
    /// A file skp itself reads or keeps (a plan, a ledger, `skp.toml`, `.skp/`): as
    /// evidence it would "change" with every edit of the plan it is meant to support.
    WorkspaceFile {
        file: String,
    },
    StoreMissing,
    /// The name of `file` in its period folder, and its collision name too, were taken by
    /// other content while this add ran.
    NameTaken {
        file: String,
        target: String,
    },
    /// A copy about to be recorded was removed while this add ran (`rm --delete-file`).
    CopyRemoved {
        file: String,
    },
    /// A temporary copy of skp's own (`.skp-tmp-…`), which a later write sweeps away.
    TempFile {
        file: String,
    },
    /// A file named inside the workspace that is a link (or lies past one) leading out of it:
    /// one committed to the repository (`docs/laporan.pdf -> /proc/self/environ`) would copy
    /// what it points at, a secret of whoever runs the add, into the evidence.
    LinkOut {
        file: String,
        target: String,
    },
    /// A file to record in place whose path a ledger cannot hold as it is: a backslash (a
    /// folder separator on Windows, so `verify` refuses the path) or a name that is not UTF-8.
    UnrecordableName {
        file: String,
    },
    /// The store's copy of content added again was edited since it was stored: its path is its
    /// content's hash, so the original can go back there only once the edited file is moved.
    StoreEdited {
        file: String,
    },
    /// Something other than a file is at the content's address in the store (a link that
    /// leads nowhere, a folder): the store is shared, so skp does not remove it.
    StoreNotFile {
        file: String,
    },
    /// The ledger could not be written after the files were placed in the workspace: they are
    /// there, unrecorded, and an add run again records them without copying them again.
    NotRecorded {
        error: Box<AddError>,
        placed: Vec<String>,
    },
    /// An error of the request on this manifest line.
    AtRow {
        line: usize,
        error: Box<AddError>,
    },
}

impl AddError {
    /// This error, placed at the manifest line of `r` when it has one.
    fn of(self, r: &Request) -> AddError {
        match r.line {
            Some(line) => AddError::AtRow {
                line,
                error: Box::new(self),
            },
            None => self,
        }
    }
}

/// The valid `untuk` references of an SKP: RHK ids, IKI ids, `perilaku/<value>`.
pub fn valid_refs(skp: &crate::model::skp::Skp) -> Vec<String> {
    let mut v: Vec<String> = skp
        .hasil_kerja
        .iter()
        .flat_map(|r| {
            std::iter::once(r.id.value.clone())
                .chain(r.indikator.iter().map(|i| i.id.value.clone()))
        })
        .collect();
    v.extend(
        Perilaku::ALL
            .iter()
            .map(|(_, c, _)| format!("perilaku/{c}")),
    );
    v
}

fn rel_of(root: &Path, p: &Path) -> String {
    crate::workspace::relative_path(p.strip_prefix(root).unwrap_or(p))
}

/// The current time stamp for `ditambahkan`: RFC 3339 in the workspace time zone, or midnight
/// of `SKP_TODAY` when tests fix the clock.
pub fn now(cfg: &Config) -> String {
    let off = cfg.workspace.timezone.offset_hours;
    if let Ok(d) = std::env::var("SKP_TODAY") {
        return format!("{d}T00:00:00+{off:02}:00");
    }
    let tz = chrono::FixedOffset::east_opt(off * 3600)
        .unwrap_or(chrono::FixedOffset::east_opt(0).expect("zero offset"));
    chrono::Utc::now()
        .with_timezone(&tz)
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

struct Placed {
    berkas: String,
    sha256: String,
    size: u64,
    /// Put back at the path of a record whose copy was missing.
    restored: bool,
    /// Stored elsewhere for records whose copy is missing or unusable: they are to name it.
    relink: bool,
    /// That copy is there, edited since it was recorded (see `Outcome::Relinked`).
    changed: bool,
    /// Relinked to another recorded copy that still holds the content, not to a new one.
    intact: bool,
    /// A recorded copy of the content that could not be read to check it, and why: the
    /// request links to it, or leaves its records as they are.
    unchecked: Option<(String, String)>,
    /// With `intact`: the paths whose records are relinked (the others still hold the
    /// content), and the one the add names (the first edited one, else the first).
    only: Vec<String>,
    from: Option<String>,
}

/// What adding recorded content again finds at the copies its records name.
enum Copies {
    /// No copy holds it any more, and one at least is there, edited.
    Edited,
    /// A folder is at its address in the store.
    NotFile,
    /// The copies at `bad` are missing, unusable or edited (`edited`: the first that is), and
    /// the others could not be read to tell whether they hold it, or are links (which records
    /// are never moved onto): a new copy is made for the records of `bad`.
    Unusable {
        bad: Vec<String>,
        edited: Option<String>,
    },
    /// The copies at `bad` are missing, unusable or edited (`edited`: the first that is), and
    /// `at`, a regular file (the first in the ledger's order), still holds the content.
    Intact {
        at: String,
        bad: Vec<String>,
        edited: Option<String>,
    },
}

/// Adds `requests` to the ledger of `found`: [`prepare`], [`commit`], [`Staged::record`].
/// Hashing runs in parallel; `on_hashed` is called once per hashed file (for a progress bar).
pub fn add(
    root: &Path,
    cfg: &Config,
    found: &Found,
    requests: &[Request],
    on_hashed: &(dyn Fn() + Sync),
) -> Result<Vec<Outcome>, AddError> {
    let _deleting = lock_evidence_files(root, false)?;
    let batch = Batch::default();
    let staged = prepare(root, cfg, found, requests, on_hashed, &batch)?;
    commit(root, &batch)?;
    staged.record(root, cfg).map_err(|e| staged.unrecorded(e))
}

/// Requests whose files are placed in the workspace, waiting for [`commit`] to make the copies
/// durable before [`Staged::record`] writes them into the ledger.
pub struct Staged<'a> {
    found: &'a Found,
    requests: &'a [Request],
    placed: Vec<Option<Placed>>,
    ledger_file: PathBuf,
}

/// What can be judged of one request before anything is read: its file is no file skp keeps,
/// its results are the SKP's, its type is known, its period is in the SKP's year, its link is a
/// web address.
fn check_request(
    root: &Path,
    canon_root: &Path,
    skp: &crate::model::skp::Skp,
    refs: &[String],
    allowed_types: &[String],
    r: &Request,
) -> Result<(), AddError> {
    if let Some(f) = &r.file
        && is_workspace_file(root, f)
    {
        return Err(AddError::WorkspaceFile {
            file: f.display().to_string(),
        });
    }
    if let Some(f) = &r.file
        && let Some(target) = link_out(root, canon_root, f)
    {
        return Err(AddError::LinkOut {
            file: f.display().to_string(),
            target: target.display().to_string(),
        });
    }
    for u in &r.untuk {
        if !refs.contains(u) {
            let cand: Vec<&str> = refs.iter().map(String::as_str).collect();
            return Err(AddError::UnknownRef {
                reference: u.clone(),
                suggestion: crate::model::convert::did_you_mean(u, &cand).map(str::to_string),
            });
        }
    }
    if let Some(j) = &r.jenis
        && !allowed_types.contains(j)
    {
        return Err(AddError::UnknownType {
            jenis: j.clone(),
            allowed: allowed_types.join(", "),
        });
    }
    if r.periode.year() != skp.tahun.value {
        return Err(AddError::PeriodOutside {
            periode: r.periode.to_string(),
            tahun: skp.tahun.value,
        });
    }
    if let Some(u) = &r.url
        && !crate::model::bukti::is_web_url(u)
    {
        return Err(AddError::BadUrl {
            url: crate::privacy::mask_in_place(u).into_owned(),
        });
    }
    let has_password = crate::privacy::has_password;
    if let Some(u) = &r.url
        && has_password(u)
    {
        return Err(AddError::UrlPassword {
            url: crate::privacy::mask_passwords(u).into_owned(),
        });
    }
    if let Some(note) = &r.keterangan
        && has_password(note)
    {
        return Err(AddError::NotePassword {
            note: crate::privacy::mask_passwords(note).into_owned(),
        });
    }
    Ok(())
}

/// Checks a request's file before anything is copied: a regular file, within `max_mb` unless
/// forced, that this user may read. Returns its size (`None` for a link).
fn check_file(r: &Request, max_mb: u64) -> Result<Option<u64>, AddError> {
    let Some(f) = &r.file else { return Ok(None) };
    let unreadable = |e: std::io::Error| AddError::Unreadable {
        file: f.display().to_string(),
        error: crate::i18n::io_error(&e),
    };
    // skp's own temporary file, named or reached through a link: a later write removes it.
    let temporary = |p: &Path| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with(crate::fsutil::TEMP_PREFIX))
    };
    if temporary(f)
        || (std::fs::symlink_metadata(f).is_ok_and(|m| m.is_symlink())
            && std::fs::canonicalize(f).is_ok_and(|c| temporary(&c)))
    {
        return Err(AddError::TempFile {
            file: f.display().to_string(),
        });
    }
    let meta = std::fs::metadata(f).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(AddError::NotRegular {
            file: f.display().to_string(),
        });
    }
    if meta.len() > max_mb * 1024 * 1024 && !r.force {
        return Err(AddError::TooLarge {
            file: f.display().to_string(),
            mb: meta.len().div_ceil(1024 * 1024),
            max: max_mb,
        });
    }
    // Opened once here, so that a file this user may not read stops the add before anything
    // is copied (the permission shows only on opening).
    std::fs::File::open(f).map_err(unreadable)?;
    Ok(Some(meta.len()))
}

/// A request's file, read once in the parallel pass.
enum Read {
    /// In the workspace already (repository storage): hashed where it lies, recorded there.
    InPlace {
        berkas: String,
        sha256: String,
        size: u64,
    },
    /// To be stored: `copy` is the copy made while it was hashed, or `None` for a file only
    /// hashed so far (its content may be recorded already), copied only if it is not.
    ToStore {
        sha256: String,
        size: u64,
        copy: Option<crate::fsutil::StagedCopy>,
    },
}

/// What reading a request's file needs to know: where the workspace and the SKP's folder are.
struct Reader<'a> {
    root: &'a Path,
    cfg: &'a Config,
    canon_root: &'a Path,
    skp_dir: &'a Path,
    batch: &'a Batch,
}

impl Reader<'_> {
    /// Reads a request's file (`None` for a link) once: hashed where it lies if it is in the
    /// workspace; hashed only if `may_be_known` (two files of one content have one size, so a
    /// file of a size no other evidence has cannot be a duplicate); else copied into its
    /// period folder (or the store) while hashed.
    fn read(&self, r: &Request, may_be_known: bool) -> Result<Option<Read>, AddError> {
        let Some(file) = &r.file else { return Ok(None) };
        let unreadable = |e: std::io::Error| AddError::Unreadable {
            file: file.display().to_string(),
            error: crate::i18n::io_error(&e),
        };
        if let Storage::Repo = self.cfg.evidence.storage {
            let canon = crate::fsutil::canonical_file(file).unwrap_or_else(|_| file.clone());
            if canon.starts_with(self.canon_root)
                && !crate::workspace::is_ignored(self.canon_root, &canon)
            {
                let berkas = rel_of(self.canon_root, &canon);
                let lossy = canon
                    .strip_prefix(self.canon_root)
                    .map_or(true, |rel| rel.to_str().is_none());
                if lossy || super::ledger::safe_relative(&berkas).is_none() {
                    return Err(AddError::UnrecordableName {
                        file: file.display().to_string(),
                    });
                }
                let (sha256, size) = super::hash::file(file).map_err(unreadable)?;
                return Ok(Some(Read::InPlace {
                    berkas,
                    sha256,
                    size,
                }));
            }
        }
        if may_be_known {
            let (sha256, size) = super::hash::file(file).map_err(unreadable)?;
            return Ok(Some(Read::ToStore {
                sha256,
                size,
                copy: None,
            }));
        }
        let copy = self.stage(r, file)?;
        Ok(Some(Read::ToStore {
            sha256: copy.sha256.clone(),
            size: copy.size,
            copy: Some(copy),
        }))
    }

    /// Copies `file` under a temporary name beside the name it will most likely get (in the
    /// store's own folder for a content-addressed store), hashing it on the way; the write is
    /// guarded as a write of that name.
    fn stage(&self, r: &Request, file: &Path) -> Result<crate::fsutil::StagedCopy, AddError> {
        let name = super::sanitize_name(
            &file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default(),
        );
        let (copy_root, meant_for) = match self.cfg.evidence.storage {
            Storage::Repo => (
                self.root.to_path_buf(),
                self.skp_dir
                    .join("bukti")
                    .join(r.periode.to_string())
                    .join(name),
            ),
            Storage::Folder => {
                let base = store_base(self.root, &self.cfg.evidence.location);
                let meant_for = base.join(name);
                (base, meant_for)
            }
        };
        let unreadable = |e: std::io::Error| AddError::Unreadable {
            file: file.display().to_string(),
            error: crate::i18n::io_error(&e),
        };
        let source = crate::fsutil::open_regular_len(file).map_err(unreadable)?;
        self.batch
            .stage_copy(&copy_root, source, &meant_for, "copy")
            .map_err(|e| match e {
                crate::fsutil::CopyError::Read(e) => unreadable(e),
                crate::fsutil::CopyError::Write(e) => AddError::Io {
                    file: meant_for.display().to_string(),
                    error: crate::i18n::io_error(&e),
                },
            })
    }
}

/// Where `file` leads when it is named inside the workspace at `root` (as written, `..`
/// resolved by name; `canon_root` is `root` resolved) but resolves outside it: a link, or a folder on its way that is one. A
/// file outside the workspace named as such is the user's own choice, and is not asked about.
fn link_out(root: &Path, canon_root: &Path, file: &Path) -> Option<PathBuf> {
    let named = crate::fsutil::lexical(file);
    if !(named.starts_with(crate::fsutil::lexical(root)) || named.starts_with(canon_root)) {
        return None;
    }
    let target = crate::fsutil::canonical_file(file).ok()?;
    (!target.starts_with(canon_root)).then_some(target)
}

/// Whether `file` is one skp reads or keeps in the workspace at `root`: `skp.toml`, anything
/// under `.skp/` or `.git/`, or a YAML file the loader would read as one of its own (plans and
/// ledgers). Judged where the file resolves (`lampiran.pdf -> skp-2026.yaml`, `g/config` with
/// `g -> .git`): its folder's resolution is memoised, so a manifest of thousands of files in a
/// few folders costs one `lstat` each.
fn is_workspace_file(root: &Path, file: &Path) -> bool {
    let yaml = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
    };
    let internal = |p: &Path| {
        p.components()
            .any(|c| c.as_os_str() == ".skp" || c.as_os_str() == ".git")
    };
    let (Some(root), Ok(file)) = (
        crate::fsutil::canonical(root),
        crate::fsutil::canonical_file(file),
    ) else {
        return false;
    };
    let Ok(rel) = file.strip_prefix(&root) else {
        return false;
    };
    rel == Path::new("skp.toml")
        || internal(rel)
        || (yaml(rel)
            && crate::workspace::read_limited(&file)
                .ok()
                .and_then(Result::ok)
                .is_some_and(|b| crate::workspace::declares_ours(&String::from_utf8_lossy(&b))))
}

/// Makes the copies of one or many [`prepare`]s durable, with their folders' entries, so that
/// no ledger entry can name a file a crash could still lose.
pub fn commit(root: &Path, batch: &Batch) -> Result<(), AddError> {
    batch.sync().map_err(|e| AddError::Io {
        file: root.display().to_string(),
        error: crate::i18n::io_error(&e),
    })?;
    fault("copy-renamed");
    fault("before-ledger");
    Ok(())
}

/// Checks `requests` against `found`, hashes their files and places them in the workspace
/// through `batch`; nothing is recorded yet. A refused request leaves nothing behind.
pub fn prepare<'a>(
    root: &Path,
    cfg: &Config,
    found: &'a Found,
    requests: &'a [Request],
    on_hashed: &(dyn Fn() + Sync),
    batch: &Batch,
) -> Result<Staged<'a>, AddError> {
    let skp = &found.skp;
    let refs = valid_refs(skp);
    let allowed_types: Vec<String> = JenisBukti::ALL
        .iter()
        .map(|(_, c, _)| c.to_string())
        .chain(cfg.evidence.extra_types.iter().cloned())
        .collect();
    let canon_root = crate::fsutil::canonical(root).unwrap_or_else(|| root.to_path_buf());
    for r in requests {
        check_request(root, &canon_root, skp, &refs, &allowed_types, r).map_err(|e| e.of(r))?;
    }
    let skp_dir = found.file.parent().unwrap_or(root).to_path_buf();
    // The ledger must load, and every file pass its checks, before anything is copied: a
    // refused add leaves nothing behind.
    let ledger_file = ledger_path(&found.file);
    // Nor a ledger the safe-write path will refuse (a link, a link out on the way): refused
    // when it was written, it left the copies made for it unrecorded.
    crate::fsutil::guard(root, &ledger_file).map_err(|e| AddError::Io {
        file: ledger_file.display().to_string(),
        error: crate::i18n::io_error(&e),
    })?;
    // Nor without the folders the ledger's write takes its lock and claim in (a file at
    // `.skp/claims` would leave the copies unrecorded). Each is made once per process.
    crate::fsutil::locks_dir(root)
        .and_then(|_| crate::fsutil::claims_dir(root))
        .map_err(|e| AddError::Io {
            file: ledger_file.display().to_string(),
            error: crate::i18n::io_error(&e),
        })?;
    // Copies go into real `bukti/` folders, which the loader never reads: through a link
    // (`bukti -> .`, or a period folder linked elsewhere in the workspace) a copy of a plan
    // would land where it is read as one.
    if cfg.evidence.storage == Storage::Repo {
        let bukti = skp_dir.join("bukti");
        // Each period once: a manifest's thousands of rows fall into a few.
        let periods: std::collections::BTreeSet<String> =
            requests.iter().map(|r| r.periode.to_string()).collect();
        let linked = std::iter::once(bukti.clone())
            .chain(periods.iter().map(|p| bukti.join(p)))
            .find(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_symlink()));
        if let Some(p) = linked {
            return Err(AddError::Io {
                file: p.display().to_string(),
                error: crate::i18n::Msg::RefusedLink.render(crate::i18n::process_lang()),
            });
        }
    }
    let current = read_ledger(&ledger_file, &skp.resolved_id.value)?;
    let max = cfg.evidence.max_size_mb;
    if cfg.evidence.storage == Storage::Folder
        && cfg.evidence.location.is_empty()
        && requests.iter().any(|r| r.file.is_some())
    {
        return Err(AddError::StoreMissing);
    }
    // In order, so that of several refused rows the first is named, whichever thread saw it.
    let sizes: Vec<Result<Option<u64>, AddError>> = requests
        .par_iter()
        .map(|r| check_file(r, max).map_err(|e| e.of(r)))
        .collect();
    let sizes: Vec<Option<u64>> = sizes.into_iter().collect::<Result<_, _>>()?;
    // Content already recorded (and present) is linked to its one copy, never copied again.
    // Paths are kept as skp writes them, whatever spelling a hand edit gave them.
    let mut known: std::collections::HashMap<String, String> = current
        .entries
        .iter()
        .filter_map(|e| {
            let berkas = super::ledger::canonical(e.berkas.as_deref()?).into_owned();
            Some((e.sha256.clone()?, berkas))
        })
        .filter(|(sha, b)| match cfg.evidence.storage {
            // A store copy someone removed is put back by adding the content again.
            // (Or one behind a folder of the store that may not be searched: it may be there.)
            Storage::Folder => {
                let store = store_path(root, &cfg.evidence.location, sha);
                store.is_file() || unsearchable(&store).is_some()
            }
            // A folder or other non-file at the recorded path is no copy.
            Storage::Repo => {
                matches!(super::ledger::resolve_inside(root, b), Ok(Some(p)) if p.is_file())
                    || unlookable(root, b).is_some()
            }
        })
        .collect();
    // Recorded content none of whose copies is usable (missing, a link out, a path a hand
    // edit made unsafe): its records are to name the copy this add puts back or makes, so no
    // record of a missing file is left beside an unrecorded copy of the same content.
    let mut unusable: std::collections::HashSet<String> = match cfg.evidence.storage {
        Storage::Folder => std::collections::HashSet::new(),
        Storage::Repo => current
            .entries
            .iter()
            .filter(|e| e.berkas.is_some())
            .filter_map(|e| e.sha256.clone())
            .filter(|sha| !known.contains_key(sha))
            .collect(),
    };
    // Every path the ledger records a content at, in the ledger's order (a hand edit may have
    // made several). The first record's is the one new records of it take (`merge`).
    let mut recorded_at: std::collections::HashMap<&str, Vec<&str>> =
        std::collections::HashMap::new();
    for e in &current.entries {
        if let (Some(sha), Some(b)) = (&e.sha256, &e.berkas) {
            let paths = recorded_at.entry(sha).or_default();
            if !paths.contains(&b.as_str()) {
                paths.push(b);
            }
        }
    }
    // Where such content is put back: its first record's path, if it is missing and lies where
    // an add writes itself (below this SKP's `bukti/` folder through real folders, not a link
    // such as `bukti -> .`, under a name not skp's own temporary one nor one the loader reads
    // as a plan; a hand-edited record names what it likes).
    let bukti = skp_dir.join("bukti");
    let canonical_root = crate::fsutil::canonical(root);
    let plain = |b: &str| {
        let at = root.join(b);
        let ours = Path::new(b).extension().is_some_and(|e| {
            ["yaml", "yml", "toml"]
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x))
        });
        !ours
            && canonical_root
                .as_ref()
                .is_some_and(|r| crate::fsutil::resolved(&at) == r.join(b))
    };
    let mut lost: std::collections::HashMap<String, String> = match cfg.evidence.storage {
        Storage::Folder => std::collections::HashMap::new(),
        Storage::Repo => recorded_at
            .iter()
            .map(|(&sha, paths)| (sha, paths[0]))
            .filter(|&(sha, b)| {
                let at = root.join(b);
                !known.contains_key(sha)
                    && at.starts_with(&bukti)
                    && at.file_name().is_some_and(|n| {
                        !n.to_string_lossy().starts_with(crate::fsutil::TEMP_PREFIX)
                    })
                    && matches!(super::ledger::resolve_inside(root, b), Ok(None))
                    && plain(b)
            })
            .map(|(sha, b)| (sha.to_string(), b.to_string()))
            .collect(),
    };
    // Names in use (case-insensitively: a checkout on Windows or macOS folds case), with their
    // content: a different file may not take an existing name, even one differing in case.
    let mut taken: std::collections::HashMap<String, String> = current
        .entries
        .iter()
        .filter_map(|e| {
            let berkas = super::ledger::canonical(e.berkas.as_deref()?).to_lowercase();
            Some((berkas, e.sha256.clone()?))
        })
        .collect();
    // Sizes a file may share with other evidence: the ledger's, and those of two requests.
    // (An entry written by hand may lack `ukuran`: the size of its file stands in.)
    let mut shared: std::collections::HashMap<u64, usize> = current
        .entries
        .iter()
        .filter_map(|e| {
            let size = e.ukuran.or_else(|| {
                let file = super::ledger::resolve_inside(root, e.berkas.as_ref()?).ok()??;
                std::fs::metadata(file).ok().map(|m| m.len())
            })?;
            Some((size, 2))
        })
        .collect();
    for size in sizes.iter().flatten() {
        *shared.entry(*size).or_default() += 1;
    }
    // Read every file once, in parallel: hashed where it lies if it is in the workspace, else
    // copied under a temporary name while it is hashed, so that what is stored is what was
    // hashed. A file whose content may be recorded already is only hashed: it is copied below
    // if it is not, and duplicates are never written at all.
    let reader = Reader {
        root,
        cfg,
        canon_root: &canon_root,
        skp_dir: &skp_dir,
        batch,
    };
    let read: Vec<Result<Option<Read>, AddError>> = requests
        .par_iter()
        .zip(&sizes)
        .map(|(r, size)| {
            // A store is shared by every SKP: content in it is found by its hash only.
            let may_be_known = cfg.evidence.storage == Storage::Folder
                || size.is_some_and(|s| shared.get(&s).is_some_and(|&n| n > 1));
            let read = reader.read(r, may_be_known).map_err(|e| e.of(r));
            on_hashed();
            read
        })
        .collect();
    let read: Vec<Option<Read>> = read.into_iter().collect::<Result<_, _>>()?;

    // Recorded content added again, checked once per content and in parallel: does each copy
    // its records name still hold it (its size, then its hash)? An edited copy is left as it
    // is, since it may be someone's work. The records of the content are relinked to another
    // recorded copy that still holds it, if there is one (a hand edit may record one content
    // at several paths), else to a new copy.
    let again: std::collections::HashMap<&str, u64> = read
        .iter()
        .flatten()
        .map(|r| match r {
            Read::InPlace { sha256, size, .. } | Read::ToStore { sha256, size, .. } => {
                (sha256.as_str(), *size)
            }
        })
        .collect();
    // Copies that could not be read, by content: the path the records name, and why.
    let unreadable: std::sync::Mutex<std::collections::HashMap<String, (String, String)>> =
        Default::default();
    // Notes a copy of `sha` that could not be read: the path its records name, and why.
    let note = |sha: &str, berkas: &str, path: &Path, reason: String| {
        // A store copy's `berkas` is only a label: the reason names the file read.
        let reason = if *path == root.join(berkas) {
            reason
        } else {
            format!("{}: {reason}", path.display())
        };
        unreadable
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(sha.to_string())
            .or_insert((super::ledger::canonical(berkas).into_owned(), reason));
    };
    // Whether the copy holds the content; `None` (noted) when it cannot be read.
    let holds = |sha: &str, berkas: &str, path: &Path, size: u64| {
        still_holds(path, sha, size)
            .map(Some)
            .unwrap_or_else(|reason| {
                note(sha, berkas, path, reason);
                None
            })
    };
    let mut copies: std::collections::HashMap<String, Copies> = again
        .into_par_iter()
        .filter_map(|(sha, size)| {
            let found = match cfg.evidence.storage {
                // A store is shared: its copy is checked whichever SKP stored it.
                Storage::Folder => {
                    let store = store_path(root, &cfg.evidence.location, sha);
                    if store.is_dir() {
                        Copies::NotFile
                    } else {
                        // Named by its place in the store, whatever this ledger calls it.
                        let named = store.display().to_string();
                        (holds(sha, &named, &store, size) == Some(false))
                            .then_some(Copies::Edited)?
                    }
                }
                // Content none of whose copies is a file is put back or copied anew below.
                Storage::Repo if !known.contains_key(sha) => return None,
                Storage::Repo => {
                    let (mut intact, mut edited, mut bad) = (None, None, Vec::new());
                    let mut unchecked = false;
                    for &b in recorded_at.get(sha).into_iter().flatten() {
                        match super::ledger::resolve_inside(root, b) {
                            Ok(Some(p)) if p.is_file() => match holds(sha, b, &p, size) {
                                Some(false) => {
                                    edited.get_or_insert(b);
                                    bad.push(b.to_string());
                                }
                                Some(true)
                                    if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_file()) =>
                                {
                                    intact.get_or_insert(b);
                                }
                                // A link that leads to the content is left as it is, but
                                // records are never moved onto one: its target may change.
                                Some(true) => {}
                                // Nor onto a copy that could not be read: it may not hold it.
                                None => unchecked = true,
                            },
                            // Behind a folder that may not be searched: it may well be there.
                            _ if let Some(e) = unlookable(root, b) => {
                                note(sha, b, &root.join(b), crate::i18n::io_error(&e));
                                unchecked = true;
                            }
                            _ => bad.push(b.to_string()),
                        }
                    }
                    match (intact, edited) {
                        _ if bad.is_empty() => return None,
                        (Some(at), edited) => Copies::Intact {
                            // Records moved onto it name it as skp writes paths.
                            at: super::ledger::canonical(at).into_owned(),
                            bad,
                            edited: edited.map(str::to_string),
                        },
                        // Records to mend and no copy known to hold the content: a new one,
                        // for them only.
                        (None, edited) if unchecked => Copies::Unusable {
                            bad,
                            edited: edited.map(str::to_string),
                        },
                        (None, Some(_)) => Copies::Edited,
                        // Only missing copies beside a link to the content: a new copy for
                        // them, as records are never moved onto a link.
                        (None, None) => Copies::Unusable { bad, edited: None },
                    }
                }
            };
            Some((sha.to_string(), found))
        })
        .collect();
    let unreadable = unreadable
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Why the copy at `berkas` that a request links to was not checked, if it was not (in a
    // store, the one copy of the content, whatever label this ledger gives it).
    let unchecked = |sha: &str, berkas: &str| {
        unreadable
            .get(sha)
            .filter(|(at, _)| at == berkas || cfg.evidence.storage == Storage::Folder)
            .cloned()
    };
    // A store's copy is where its content's hash says: an edited one is not set aside by skp
    // (a store may be shared by several workspaces), the user is asked to.
    if cfg.evidence.storage == Storage::Folder
        && let Some((sha, c)) = copies
            .iter()
            .filter(|(_, c)| matches!(c, Copies::Edited | Copies::NotFile))
            .min_by_key(|(sha, _)| *sha)
    {
        let file = store_path(root, &cfg.evidence.location, sha)
            .display()
            .to_string();
        let e = match c {
            Copies::NotFile => AddError::StoreNotFile { file },
            _ => AddError::StoreEdited { file },
        };
        // Named at the first manifest row of that content.
        let row = requests.iter().zip(&read).find(|(_, read)| match read {
            Some(Read::InPlace { sha256, .. } | Read::ToStore { sha256, .. }) => sha256 == sha,
            None => false,
        });
        return Err(match row {
            Some((r, _)) => e.of(r),
            None => e,
        });
    }
    let mut changed: std::collections::HashSet<String> = std::collections::HashSet::new();
    // The names already in each period folder, case-folded, read once per folder.
    let mut folded_names: std::collections::HashMap<
        PathBuf,
        std::collections::HashMap<String, String>,
    > = std::collections::HashMap::new();
    // Name every copy before anything is recorded. A copy not needed (its content is known)
    // is removed when dropped.
    let mut placed: Vec<Option<Placed>> = Vec::with_capacity(requests.len());
    for (r, read) in requests.iter().zip(read) {
        // The records a new copy is for, when not every record of its content, and the one the
        // add names (see `Copies::Unusable`).
        let mut only_bad: Vec<String> = Vec::new();
        let mut from: Option<String> = None;
        let (Some(file), Some(read)) = (&r.file, read) else {
            placed.push(None);
            continue;
        };
        let (mut sha, mut size) = match &read {
            Read::InPlace { sha256, size, .. } | Read::ToStore { sha256, size, .. } => {
                (sha256.clone(), *size)
            }
        };
        match copies.remove(&sha) {
            // (A store's edited copy or folder was refused above.)
            Some(Copies::Edited | Copies::NotFile) => {
                known.remove(&sha);
                unusable.insert(sha.clone());
                changed.insert(sha.clone());
            }
            Some(Copies::Unusable { bad, edited }) => {
                known.remove(&sha);
                unusable.insert(sha.clone());
                if edited.is_some() {
                    changed.insert(sha.clone());
                }
                only_bad = bad;
                from = edited;
            }
            Some(Copies::Intact { at, bad, edited }) => {
                known.insert(sha.clone(), at.clone());
                placed.push(Some(Placed {
                    unchecked: unchecked(&sha, &at),
                    berkas: at,
                    sha256: sha.clone(),
                    size,
                    restored: false,
                    relink: true,
                    changed: edited.is_some(),
                    intact: true,
                    from: Some(edited.unwrap_or_else(|| bad[0].clone())),
                    only: bad,
                }));
                continue;
            }
            None => {}
        }
        if let Some(berkas) = known.get(&sha) {
            placed.push(Some(Placed {
                unchecked: unchecked(&sha, berkas),
                berkas: berkas.clone(),
                sha256: sha.clone(),
                size,
                restored: false,
                relink: false,
                changed: false,
                intact: false,
                only: Vec::new(),
                from: None,
            }));
            continue;
        }
        let name = super::sanitize_name(
            &file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default(),
        );
        let period_dir = skp_dir.join("bukti").join(r.periode.to_string());
        let mut restored = false;
        let berkas = match (read, cfg.evidence.storage) {
            // Already in the workspace: recorded where it is; never moved or rewritten.
            (Read::InPlace { berkas, .. }, _) => berkas,
            (Read::ToStore { copy, .. }, Storage::Repo) => 'stored: {
                // Not recorded, nor earlier in this add: a file only hashed so far is copied
                // now (a second read, for a file sharing its size with other evidence only).
                let copy = match copy {
                    Some(copy) => copy,
                    None => reader.stage(r, file).map_err(|e| e.of(r))?,
                };
                // What was stored is what is recorded, even if the file changed since it was
                // hashed.
                (sha, size) = (copy.sha256.clone(), copy.size);
                let mut copy = copy;
                if let Some(at) = lost.remove(&sha) {
                    // Taken meanwhile, or not a place a file can go (a folder linked out of
                    // the workspace, a file where a folder was): a copy of its own instead.
                    match batch.try_place(root, copy, &root.join(&at)) {
                        Ok(()) => {
                            restored = true;
                            break 'stored at;
                        }
                        Err(back) => copy = back,
                    }
                }
                let mut target = period_dir.join(&name);
                let folded = rel_of(root, &target).to_lowercase();
                let on_disk = folded_names
                    .entry(period_dir.clone())
                    .or_insert_with(|| names_in(&period_dir));
                let clash_on_disk = on_disk
                    .get(&name.to_lowercase())
                    .is_some_and(|existing| *existing != name);
                // A link at the name (an edited copy replaced by one, say) is never written
                // through: the copy takes a name of its own.
                let link_there =
                    std::fs::symlink_metadata(&target).is_ok_and(|m| m.file_type().is_symlink());
                if clash_on_disk || link_there || taken.get(&folded).is_some_and(|h| *h != sha) {
                    target = period_dir.join(super::collision_name(&name, &sha));
                }
                let mut attempt = 0;
                // Made durable with the whole batch, before the ledger.
                while let Err(back) =
                    batch.place(root, copy, &target).map_err(|e| AddError::Io {
                        file: target.display().to_string(),
                        error: crate::i18n::io_error(&e),
                    })?
                {
                    // The name was taken meanwhile (another add, or a copy a crash left
                    // unrecorded): the same content there is adopted, and this copy dropped.
                    if std::fs::symlink_metadata(&target).is_ok_and(|m| m.is_file())
                        && super::hash::file(&target).is_ok_and(|(h, _)| h == sha)
                    {
                        break;
                    }
                    if attempt == 1 {
                        return Err(AddError::NameTaken {
                            file: file.display().to_string(),
                            target: target.display().to_string(),
                        }
                        .of(r));
                    }
                    attempt += 1;
                    copy = back;
                    target = period_dir.join(super::collision_name(&name, &sha));
                }
                rel_of(root, &target)
            }
            (Read::ToStore { copy, .. }, Storage::Folder) => 'stored: {
                let base = store_base(root, &cfg.evidence.location);
                // A file already at its content address (stored for another SKP, say) holds
                // this content: nothing is copied, and a copy made is dropped.
                let copy = match copy {
                    Some(copy) => Some(copy),
                    None if store_path(root, &cfg.evidence.location, &sha).is_file()
                        || unsearchable(&store_path(root, &cfg.evidence.location, &sha))
                            .is_some() =>
                    {
                        None
                    }
                    None => Some(reader.stage(r, file).map_err(|e| e.of(r))?),
                };
                if let Some(copy) = copy {
                    // Stored at the address of what was copied, recorded as such.
                    (sha, size) = (copy.sha256.clone(), copy.size);
                    let store = store_path(root, &cfg.evidence.location, &sha);
                    if std::fs::symlink_metadata(&store).is_ok_and(|m| !m.is_file())
                        && !store.is_file()
                    {
                        return Err(AddError::StoreNotFile {
                            file: store.display().to_string(),
                        }
                        .of(r));
                    }
                    let placed_now = batch
                        .place(&base, copy, &store)
                        .map_err(|e| AddError::Io {
                            file: store.display().to_string(),
                            error: crate::i18n::io_error(&e),
                        })?
                        .is_ok();
                    // Recorded content whose store copy was missing: put back, and said so
                    // under the name its first record gives it.
                    if placed_now && let Some(paths) = recorded_at.get(sha.as_str()) {
                        restored = true;
                        break 'stored paths[0].to_string();
                    }
                }
                // The name is only a label here: two different files of one name and period
                // get different labels, so no export or listing can merge them.
                let label = rel_of(root, &period_dir.join(&name));
                if taken.get(&label.to_lowercase()).is_some_and(|h| *h != sha) {
                    rel_of(root, &period_dir.join(super::collision_name(&name, &sha)))
                } else {
                    label
                }
            }
        };
        // Records of this content whose copy is gone are to name this one (the first placed,
        // or the one put back for the first record).
        let relink = unusable.remove(&sha);
        known.insert(sha.clone(), berkas.clone());
        taken.insert(berkas.to_lowercase(), sha.clone());
        if let Some(file_name) = Path::new(&berkas).file_name() {
            let file_name = file_name.to_string_lossy().to_string();
            folded_names
                .entry(period_dir.clone())
                .or_default()
                .insert(file_name.to_lowercase(), file_name);
        }
        placed.push(Some(Placed {
            // A new copy for some records leaves the others on the copy that was not checked.
            unchecked: match only_bad.is_empty() {
                true => unchecked(&sha, &berkas),
                false => unreadable.get(&sha).cloned(),
            },
            only: std::mem::take(&mut only_bad),
            berkas,
            sha256: sha.clone(),
            size,
            restored,
            relink,
            changed: relink && changed.contains(&sha),
            intact: false,
            from,
        }));
    }
    Ok(Staged {
        found,
        requests,
        placed,
        ledger_file,
    })
}

impl Staged<'_> {
    /// `e`, a failure to write the ledger, saying which files it leaves placed but unrecorded
    /// (`verify` and B108 report them too, but the person who ran the add is told here).
    fn unrecorded(&self, e: AddError) -> AddError {
        if !matches!(e, AddError::Io { .. }) {
            return e;
        }
        let mut placed: Vec<String> = self
            .placed
            .iter()
            .flatten()
            .map(|p| p.berkas.clone())
            .collect();
        // Two requests of one content share a copy.
        placed.sort();
        placed.dedup();
        if placed.is_empty() {
            return e;
        }
        AddError::NotRecorded {
            error: Box::new(e),
            placed,
        }
    }

    /// Records the placed requests in the ledger (after [`commit`]).
    pub fn record(&self, root: &Path, cfg: &Config) -> Result<Vec<Outcome>, AddError> {
        let stamp = now(cfg);
        let mut result = Ok(Vec::new());
        update_ledger(
            root,
            &self.ledger_file,
            &self.found.skp.resolved_id.value,
            |ledger| {
                result = self.edit(root, cfg, ledger, &stamp);
                result.as_ref().is_ok_and(|o| changes(o))
            },
        )?;
        result
    }

    /// The edit made under the ledger's lock. It first checks that every file about to be
    /// recorded is still there: a concurrent `rm --delete-file` takes its decision under the
    /// same lock, so either it sees this entry and keeps the file, or this add sees the file
    /// gone and records nothing.
    fn edit(
        &self,
        root: &Path,
        cfg: &Config,
        ledger: &mut Ledger,
        stamp: &str,
    ) -> Result<Vec<Outcome>, AddError> {
        let lost = self
            .placed
            .iter()
            .flatten()
            .find(|p| match cfg.evidence.storage {
                Storage::Repo => {
                    !root.join(&p.berkas).is_file() && unlookable(root, &p.berkas).is_none()
                }
                Storage::Folder => {
                    let store = store_path(root, &cfg.evidence.location, &p.sha256);
                    !store.is_file() && unsearchable(&store).is_none()
                }
            });
        if let Some(p) = lost {
            return Err(AddError::CopyRemoved {
                file: p.berkas.clone(),
            });
        }
        Ok(merge(ledger, self.requests, &self.placed, stamp))
    }

    /// [`Staged::record`] up to the rename: the ledger edited under its lock and claim, and
    /// written to a temporary file of `batch`.
    fn stage(
        &self,
        root: &Path,
        cfg: &Config,
        stamp: &str,
        batch: &Batch,
    ) -> Result<Step, AddError> {
        let ledger_file = &self.ledger_file;
        let io = |e: std::io::Error| AddError::Io {
            file: ledger_file.display().to_string(),
            error: crate::i18n::io_error(&e),
        };
        // Never waited for: the other ledgers of the batch are held until it is renamed, so a
        // wait here could be for one of them (two SKPs of one file share a ledger) or for a
        // writer waiting on them (another manifest). Taken by someone else, the ledger is
        // recorded after the batch, the ordinary way.
        let Some(lock) = Lock::try_acquire(
            root,
            &crate::fsutil::lock_path(root, ledger_file).map_err(io)?,
        )
        .map_err(io)?
        else {
            return Ok(Step::Again);
        };
        let base = match read_bytes(ledger_file) {
            Ok(b) => Some(b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io(e)),
        };
        let mut ledger = parse_ledger(
            base.as_deref(),
            ledger_file,
            &self.found.skp.resolved_id.value,
        )?;
        let outcomes = self.edit(root, cfg, &mut ledger, stamp)?;
        if !changes(&outcomes) {
            return Ok(Step::Done(outcomes));
        }
        let Some(claim) = Claim::take(root, ledger_file, base.as_deref()).map_err(io)? else {
            return Ok(Step::Again);
        };
        let file = batch
            .stage(root, ledger_file, ledger.render().as_bytes())
            .map_err(io)?;
        Ok(Step::Staged {
            outcomes,
            file,
            base,
            claim,
            lock,
        })
    }
}

/// Why the recorded path `berkas` cannot even be looked at (a folder on its way that may not be
/// searched, inside the workspace), if that is so: its copy may well be there.
fn unlookable(root: &Path, berkas: &str) -> Option<std::io::Error> {
    match super::ledger::look_inside(root, berkas) {
        super::ledger::Lookup::Unreadable(e)
            if e.kind() == std::io::ErrorKind::PermissionDenied =>
        {
            Some(e)
        }
        _ => None,
    }
}

/// The permission error a stat of `path` gives, if it gives one: whatever is there may well
/// be intact. (Any other error, a loop of links or a name too long, means nothing is.)
fn unsearchable(path: &Path) -> Option<std::io::Error> {
    std::fs::symlink_metadata(path)
        .err()
        .filter(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
}

/// Whether the recorded copy at `path` still holds the content `sha256` of `size` bytes (read
/// only if its size is right); `Err` with the reason when it cannot be read. The caller takes
/// such a copy to hold the content (it may well: only its permissions may be wrong) and says
/// that it could not be checked.
fn still_holds(path: &Path, sha256: &str, size: u64) -> Result<bool, String> {
    match std::fs::metadata(path) {
        Ok(m) if m.len() != size => Ok(false),
        Ok(_) => match super::hash::file(path) {
            Ok((h, _)) => Ok(h == sha256),
            // Gone between the two: the caller's next look finds it missing.
            Err(e) if crate::fsutil::gone(&e) => Ok(true),
            Err(e) => Err(crate::i18n::io_error(&e)),
        },
        Err(e) if crate::fsutil::gone(&e) => Ok(true),
        Err(e) => Err(crate::i18n::io_error(&e)),
    }
}

/// Whether recording these outcomes changes the ledger (a copy put back changes files only).
fn changes(outcomes: &[Outcome]) -> bool {
    !outcomes.iter().all(|o| {
        matches!(
            o,
            Outcome::Unchanged { .. }
                | Outcome::Restored { .. }
                | Outcome::Unchecked { .. }
                | Outcome::Kept { .. }
        )
    })
}

/// Where [`Staged::stage`] left one ledger.
enum Step {
    /// Nothing to write: the ledger already holds every request.
    Done(Vec<Outcome>),
    /// Another writer holds or replaced this generation: record it again the ordinary way.
    Again,
    /// Written to a temporary file, waiting for the batch's sync and its rename.
    Staged {
        outcomes: Vec<Outcome>,
        file: crate::fsutil::Pending,
        base: Option<Vec<u8>>,
        claim: Claim,
        lock: Lock,
    },
}

/// Ledgers written per sync in [`record_all`]: each holds its lock file open until renamed,
/// and open files are limited (1 024 by default on Linux).
const LEDGERS_PER_SYNC: usize = 256;

/// Ledgers from which one flush of the whole file system is worth more than an fsync each.
const LEDGERS_FOR_ONE_FLUSH: usize = 16;

/// Records many [`Staged`] adds (a manifest's SKPs), in the order given. The ledgers are
/// written `LEDGERS_PER_SYNC` at a time: each is edited and written to a temporary file under
/// its lock and claim, one sync makes them all durable, each is renamed into place if no other
/// writer replaced it meanwhile, and a second sync makes the new names durable. Two fsyncs per
/// ledger had been most of a manifest's recording time. A ledger another writer replaced
/// meanwhile is recorded again by [`Staged::record`].
pub fn record_all(
    root: &Path,
    cfg: &Config,
    staged: Vec<Result<Staged<'_>, AddError>>,
) -> Vec<Result<Vec<Outcome>, AddError>> {
    let stamp = now(cfg);
    let mut results = Vec::with_capacity(staged.len());
    for chunk in staged.chunks(LEDGERS_PER_SYNC) {
        let batch = if chunk.len() >= LEDGERS_FOR_ONE_FLUSH {
            Batch::many()
        } else {
            Batch::default()
        };
        let steps: Vec<Result<Step, AddError>> = chunk
            .par_iter()
            .map(|s| match s {
                Ok(s) => s.stage(root, cfg, &stamp, &batch),
                Err(e) => Err(e.clone()),
            })
            .collect();
        let synced = |point: &str| {
            batch
                .sync()
                .map(|()| fault(point))
                .map_err(|e| AddError::Io {
                    file: root.display().to_string(),
                    error: crate::i18n::io_error(&e),
                })
        };
        let first = synced("ledger-temp");
        // Each staged ledger is renamed, or `None`: another writer replaced it meanwhile.
        let renamed: Vec<Result<Option<Vec<Outcome>>, AddError>> = steps
            .into_par_iter()
            .map(|step| match step? {
                Step::Done(outcomes) => Ok(Some(outcomes)),
                Step::Again => Ok(None),
                Step::Staged {
                    outcomes,
                    file,
                    base,
                    claim,
                    lock,
                } => {
                    first.clone()?;
                    let ledger_file = file.path().display().to_string();
                    let replaced = file.replace_if(base.as_deref());
                    drop((claim, lock));
                    match replaced {
                        Ok(true) => Ok(Some(outcomes)),
                        Ok(false) => Ok(None),
                        Err(e) => Err(AddError::Io {
                            file: ledger_file,
                            error: crate::i18n::io_error(&e),
                        }),
                    }
                }
            })
            .collect();
        let second = synced("ledger-renamed");
        for (s, step) in chunk.iter().zip(renamed) {
            results.push(match (step, s) {
                // Renamed into place: recorded, even if the sync that follows failed.
                (Ok(Some(outcomes)), _) => second.clone().map(|()| outcomes),
                (Ok(None), Ok(s)) => s.record(root, cfg).map_err(|e| s.unrecorded(e)),
                (Ok(None), Err(e)) => Err(e.clone()),
                (Err(e), Ok(s)) => Err(s.unrecorded(e)),
                (Err(e), Err(_)) => Err(e),
            });
        }
    }
    results
}

/// The files of a folder by their case-folded names (empty if it does not exist yet).
fn names_in(dir: &Path) -> std::collections::HashMap<String, String> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().to_string())
                .map(|n| (n.to_lowercase(), n))
                .collect()
        })
        .unwrap_or_default()
}

/// The folder of the content-addressed store (`[evidence] location`, relative to the root).
pub fn store_base(root: &Path, location: &str) -> PathBuf {
    let base = Path::new(location);
    if base.is_absolute() {
        base.to_path_buf()
    } else {
        root.join(base)
    }
}

/// The content-addressed store path of a hash: `<location>/sha256/ab/cd/<hash>`.
pub fn store_path(root: &Path, location: &str, sha: &str) -> PathBuf {
    store_base(root, location)
        .join("sha256")
        .join(&sha[..2.min(sha.len())])
        .join(&sha[2.min(sha.len())..4.min(sha.len())])
        .join(sha)
}

/// Reads a ledger file; a missing file is an empty ledger; one that does not load cleanly is
/// refused (rather than overwritten and lost).
pub fn read_ledger(path: &Path, skp_id: &str) -> Result<Ledger, AddError> {
    match read_bytes(path) {
        Ok(b) => parse_ledger(Some(&b), path, skp_id),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => parse_ledger(None, path, skp_id),
        Err(e) => Err(AddError::Io {
            file: path.display().to_string(),
            error: crate::i18n::io_error(&e),
        }),
    }
}

/// A ledger's bytes within the loader's budget; a larger file reads as invalid data (and is
/// then refused, never rewritten).
fn read_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    crate::workspace::read_limited(path)?.map_err(|size| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("{size} bytes, over the limit for a ledger"),
        )
    })
}

/// Parses ledger bytes (`None`: no ledger yet, an empty one).
fn parse_ledger(bytes: Option<&[u8]>, path: &Path, skp_id: &str) -> Result<Ledger, AddError> {
    let invalid = || AddError::LedgerInvalid {
        file: path.display().to_string(),
    };
    let Some(bytes) = bytes else {
        return Ok(Ledger {
            skp: skp_id.to_string(),
            entries: Vec::new(),
        });
    };
    let ledger = std::str::from_utf8(bytes)
        .ok()
        .and_then(Ledger::parse)
        .ok_or_else(invalid)?;
    if !skp_id.is_empty() && ledger.skp != skp_id {
        return Err(AddError::LedgerOfOtherSkp {
            file: path.display().to_string(),
            skp: ledger.skp,
        });
    }
    Ok(ledger)
}

/// Adds to an entry recording the same content for the same period what the request `r`
/// adds: the results it does not list yet, and a date or note it lacks. A date, type or note
/// it records otherwise is kept, and said (a second add is no way to rewrite a record).
fn link(e: &mut Entry, r: &Request, sha256: String, out: &mut Vec<Outcome>) {
    let mut filled = Vec::new();
    let mut kept = Vec::new();
    let mut fill = |flag: &str, given: &Option<String>, recorded: &mut Option<String>| match (
        given,
        recorded.as_deref(),
    ) {
        (Some(g), None) => {
            filled.push((flag.to_string(), g.clone()));
            *recorded = Some(g.clone());
        }
        (Some(g), Some(x)) if g != x => {
            kept.push((flag.to_string(), g.clone(), x.to_string()));
        }
        _ => {}
    };
    fill("--date", &r.tanggal, &mut e.tanggal);
    fill("--note", &r.keterangan, &mut e.keterangan);
    if let Some(j) = r.jenis.as_ref().filter(|j| **j != e.jenis) {
        kept.push(("--type".to_string(), j.clone(), e.jenis.clone()));
    }
    let new: Vec<String> = r
        .untuk
        .iter()
        .filter(|u| !e.untuk.contains(u))
        .cloned()
        .collect();
    if !filled.is_empty() {
        out.push(Outcome::Completed {
            sha256: sha256.clone(),
            fields: filled,
        });
    }
    if !kept.is_empty() {
        out.push(Outcome::Kept {
            sha256: sha256.clone(),
            fields: kept,
        });
    }
    if new.is_empty() {
        out.push(Outcome::Unchanged { sha256 });
    } else {
        e.untuk.extend(new.clone());
        out.push(Outcome::Linked { sha256, untuk: new });
    }
}

fn merge(
    ledger: &mut Ledger,
    requests: &[Request],
    placed: &[Option<Placed>],
    stamp: &str,
) -> Vec<Outcome> {
    use std::collections::HashMap;
    // Indexes instead of scans: a manifest of tens of thousands of rows into one ledger must
    // stay linear.
    let mut by_url: HashMap<(String, String), usize> = HashMap::new();
    let mut by_sha_period: HashMap<(String, String), usize> = HashMap::new();
    let mut berkas_of_sha: HashMap<String, String> = HashMap::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        if let Some(u) = &e.url {
            by_url
                .entry((u.clone(), e.periode.to_string()))
                .or_insert(i);
        }
        if let Some(h) = &e.sha256 {
            by_sha_period
                .entry((h.clone(), e.periode.to_string()))
                .or_insert(i);
            if let Some(b) = &e.berkas {
                berkas_of_sha
                    .entry(h.clone())
                    .or_insert_with(|| super::ledger::canonical(b).into_owned());
            }
        }
    }
    let mut out = Vec::new();
    for (r, p) in requests.iter().zip(placed) {
        let period = r.periode.to_string();
        if let Some(url) = &r.url {
            if let Some(&i) = by_url.get(&(url.clone(), period.clone())) {
                link(&mut ledger.entries[i], r, String::new(), &mut out);
                continue;
            }
            by_url.insert((url.clone(), period), ledger.entries.len());
            ledger.entries.push(Entry {
                sha256: None,
                berkas: None,
                url: Some(url.clone()),
                ukuran: None,
                untuk: r.untuk.clone(),
                periode: r.periode,
                jenis: r.jenis.clone().unwrap_or_else(|| "tautan".into()),
                tanggal: r.tanggal.clone(),
                ditambahkan: Some(stamp.to_string()),
                keterangan: r.keterangan.clone(),
                bersama: false,
                abaikan: Vec::new(),
            });
            out.push(Outcome::AddedUrl { url: url.clone() });
            continue;
        }
        let Some(p) = p else { continue };
        if let Some((berkas, reason)) = &p.unchecked {
            out.push(Outcome::Unchecked {
                berkas: berkas.clone(),
                reason: reason.clone(),
            });
        }
        if p.restored {
            out.push(Outcome::Restored {
                berkas: p.berkas.clone(),
                sha256: p.sha256.clone(),
            });
        }
        if p.relink {
            let mut from = None;
            for e in &mut ledger.entries {
                if e.sha256.as_ref() == Some(&p.sha256)
                    && let Some(b) = e.berkas.as_mut()
                    && *b != p.berkas
                    && (p.only.is_empty() || p.only.contains(b))
                {
                    from.get_or_insert_with(|| b.clone());
                    b.clone_from(&p.berkas);
                }
            }
            // The copy the add names, if it chose one, once a record was moved.
            let from = from.map(|first| p.from.clone().unwrap_or(first));
            berkas_of_sha.insert(p.sha256.clone(), p.berkas.clone());
            if let Some(from) = from {
                out.push(Outcome::Relinked {
                    from,
                    to: p.berkas.clone(),
                    sha256: p.sha256.clone(),
                    changed: p.changed,
                    intact: p.intact,
                });
            }
        }
        // The same content for the same period: link the new results to the one entry.
        if let Some(&i) = by_sha_period.get(&(p.sha256.clone(), period.clone())) {
            link(&mut ledger.entries[i], r, p.sha256.clone(), &mut out);
            continue;
        }
        // The same content for another period points at the same copy.
        let berkas = berkas_of_sha
            .get(&p.sha256)
            .cloned()
            .unwrap_or_else(|| p.berkas.clone());
        berkas_of_sha
            .entry(p.sha256.clone())
            .or_insert_with(|| berkas.clone());
        let jenis = r
            .jenis
            .clone()
            .unwrap_or_else(|| super::type_for(Path::new(&berkas)).to_string());
        by_sha_period.insert((p.sha256.clone(), period), ledger.entries.len());
        ledger.entries.push(Entry {
            sha256: Some(p.sha256.clone()),
            berkas: Some(berkas.clone()),
            url: None,
            ukuran: Some(p.size),
            untuk: r.untuk.clone(),
            periode: r.periode,
            jenis,
            tanggal: r.tanggal.clone(),
            ditambahkan: Some(stamp.to_string()),
            keterangan: r.keterangan.clone(),
            bersama: false,
            abaikan: Vec::new(),
        });
        out.push(Outcome::Added {
            berkas,
            sha256: p.sha256.clone(),
        });
    }
    out
}

/// Read-modify-write of one ledger under its lock, atomically, re-reading to detect lost
/// updates where locking is weak. `edit` returns whether it changed anything.
pub fn update_ledger(
    root: &Path,
    ledger_file: &Path,
    skp_id: &str,
    mut edit: impl FnMut(&mut Ledger) -> bool,
) -> Result<bool, AddError> {
    let io = |e: std::io::Error| AddError::Io {
        file: ledger_file.display().to_string(),
        error: crate::i18n::io_error(&e),
    };
    let lock_file = crate::fsutil::lock_path(root, ledger_file).map_err(io)?;
    let _lock = Lock::acquire(root, &lock_file).map_err(io)?;
    // Correctness does not rest on the lock (network shares honour it badly): each writer claims
    // the ledger generation it read with an exclusive create — atomic even on NFS — and renames
    // only if the file still holds that generation. A writer that loses re-reads and redoes.
    let started = std::time::Instant::now();
    for attempt in 0u32.. {
        if started.elapsed() > std::time::Duration::from_secs(90) {
            break;
        }
        let base = match read_bytes(ledger_file) {
            Ok(b) => Some(b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io(e)),
        };
        let mut ledger = parse_ledger(base.as_deref(), ledger_file, skp_id)?;
        if !edit(&mut ledger) {
            return Ok(false);
        }
        let claim = match Claim::take(root, ledger_file, base.as_deref()) {
            Ok(Some(c)) => c,
            Ok(None) => {
                std::thread::sleep(std::time::Duration::from_millis(2 + u64::from(attempt % 7)));
                continue;
            }
            Err(e) => return Err(io(e)),
        };
        let text = ledger.render();
        let wrote = crate::fsutil::write_atomic_if(
            root,
            ledger_file,
            text.as_bytes(),
            "ledger",
            Some(base.as_deref()),
        )
        .map_err(io)?;
        drop(claim);
        if wrote {
            return Ok(true);
        }
    }
    Err(AddError::Io {
        file: ledger_file.display().to_string(),
        error: "concurrent writers kept replacing the ledger".into(),
    })
}

/// An exclusive claim on one generation of a ledger (a file created with `create_new` in
/// `.skp/claims/`), removed when dropped. Claims left by a crashed process expire.
struct Claim(PathBuf);

impl Claim {
    fn take(
        root: &Path,
        ledger_file: &Path,
        base: Option<&[u8]>,
    ) -> std::io::Result<Option<Claim>> {
        use sha2::Digest;
        let dir = crate::fsutil::claims_dir(root)?;
        let generation = crate::base::hex(&sha2::Sha256::digest(base.unwrap_or(b"\0none")));
        let name = format!(
            "{}__{}.claim",
            rel_of(root, ledger_file).replace('/', "__"),
            &generation[..16]
        );
        let path = dir.join(name);
        match crate::fsutil::create_new(root, &path) {
            Ok(mut f) => {
                use std::io::Write;
                let _ = write!(f, "{} {}", std::process::id(), crate::fsutil::host());
                Ok(Some(Claim(path)))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if Claim::abandoned(&path) {
                    let _ = std::fs::remove_file(&path);
                }
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// A claim whose owner died: a process of this host that no longer runs, or one older than
    /// a minute (a claim is held for milliseconds).
    fn abandoned(path: &Path) -> bool {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let mut parts = text.split(' ');
        let pid = parts.next().and_then(|p| p.parse::<u32>().ok());
        let same_host = parts.next().is_some_and(|h| h == crate::fsutil::host());
        if let Some(pid) = pid
            && same_host
            && cfg!(target_os = "linux")
            && !Path::new(&format!("/proc/{pid}")).exists()
        {
            return true;
        }
        std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(60))
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The workspace's lock on deleting evidence files, taken before any ledger's lock: shared by
/// every add for its whole run, exclusive for `rm --delete-file` while it decides and deletes.
/// An add may record in place a file of another SKP's `bukti/` folder, under that other
/// ledger's lock only; without this lock an `rm` of the other SKP could find the file recorded
/// nowhere and delete it just as the add records it.
pub fn lock_evidence_files(root: &Path, exclusive: bool) -> Result<Lock, AddError> {
    fn io(file: &Path) -> impl Fn(std::io::Error) -> AddError + '_ {
        move |e| AddError::Io {
            file: file.display().to_string(),
            error: crate::i18n::io_error(&e),
        }
    }
    let dir = root.join(".skp").join("locks");
    let path = crate::fsutil::locks_dir(root)
        .map_err(io(&dir))?
        .join("evidence-files.lock");
    if exclusive {
        Lock::acquire(root, &path).map_err(io(&path))
    } else {
        Lock::acquire_shared(root, &path).map_err(io(&path))
    }
}
