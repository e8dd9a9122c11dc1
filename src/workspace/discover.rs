//! Finding the workspace root and the YAML files below it.

use std::fs;
use std::path::{Path, PathBuf};

/// Walks up from `start` to the first folder with a `skp.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = fs::canonicalize(start).ok()?;
    let mut dir = if start.is_file() {
        start.parent()?.to_path_buf()
    } else {
        start
    };
    loop {
        if dir.join("skp.toml").is_file() {
            return Some(dir);
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// Why a path was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IgnoreReason {
    /// A YAML file without `apiVersion: skp/…`.
    NotOurs,
    /// A folder with its own skp.toml.
    Nested,
    /// A symbolic link that leaves the workspace.
    SymlinkOutside,
    /// A symbolic link inside the workspace that leads to no file: its target is missing, is
    /// not a regular file, or the links go round.
    SymlinkBroken,
    /// A FIFO, device or socket.
    Special,
    /// A symbolic link to a file that is read under its own name.
    SymlinkDuplicate,
    /// Not tracked by git (`--tracked-only`): a file still being written is not the commit's.
    Untracked,
    /// A folder the walk could not list (its permissions, say): whatever it holds is unread,
    /// and said so (F008), never silently left out of a check.
    Unlisted,
    /// An ignore file (`.gitignore`, `.git/info/exclude`) that could not be read: the paths it
    /// would leave out are walked as if it were not there, and said so (F008), so that findings
    /// on files the team had excluded come with their cause.
    IgnoreFileUnreadable,
    /// A plan file the ignore rules leave out (`pegawai/` in a `.gitignore`, or one in a
    /// folder above the workspace): not read, as git would not commit it, but said, so that a
    /// pattern never drops plans from every check unnoticed.
    GitIgnored,
}

/// Whether the raw text declares (or plainly looks like) a skp document, for files whose YAML
/// is too broken to read the header from, or that are not read at all.
pub fn declares_ours(text: &str) -> bool {
    declares_api(text)
        || text.lines().any(|l| {
            l.starts_with("hasil_kerja:") || l.starts_with("pegawai:") || l.starts_with("bukti:")
        })
}

/// Whether the raw text declares `apiVersion: skp/…` itself, not merely looks like a plan.
fn declares_api(text: &str) -> bool {
    text.lines().any(|l| {
        let t = l.trim_start();
        t.starts_with("apiVersion:") && t.contains("skp/")
    })
}

/// The start of a file (64 KiB), opened as the loader opens files (never a FIFO swapped in
/// since the walk), enough to tell a plan by its header.
fn head_of(path: &Path) -> Option<String> {
    use std::io::Read;
    let (f, _) = crate::fsutil::open_nofollow_regular(path).ok()?;
    let mut head = Vec::new();
    f.take(64 * 1024).read_to_end(&mut head).ok()?;
    Some(String::from_utf8_lossy(&head).into_owned())
}

/// A path found by the walk.
#[derive(Debug)]
pub enum Candidate {
    /// A regular YAML file (or an in-workspace symlink to one): to be read.
    File { path: PathBuf, rel: String },
    /// Not to be read; listed by `--list-files`.
    Skipped { rel: String, reason: IgnoreReason },
}

fn is_yaml(path: &Path) -> bool {
    // In any case: Windows tools save `SKP-2026.YAML`, and a plan must not drop out unseen.
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// `/`-separated path of `path` relative to `root`.
pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What a walk is for: every command sees the same workspace boundary (nested workspaces,
/// `.gitignore` up to the root, hidden and build folders, symlinks out), and differs only in
/// which YAML files it wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Every YAML file: `skp check`, `report`, `tree`, `export`.
    Plans,
    /// Only evidence ledgers (`*.bukti.yaml`): `skp evidence verify` and friends.
    Ledgers,
    /// Only plan files that may hold an SKP (no ledgers): finding one employee's SKP.
    Skps,
}

/// Whether a file name (or a path ending in one) is an evidence ledger's, `*.bukti.yaml` in
/// any case: a plan saved as `.YAML` is read, so its ledger must be found as one too, or
/// `verify` would pass over the evidence `check` reports changed.
pub fn is_ledger_name(name: &str) -> bool {
    let n = name.len();
    n >= 11 && name.is_char_boundary(n - 11) && name[n - 11..].eq_ignore_ascii_case(".bukti.yaml")
}

impl Purpose {
    fn wants(self, path: &Path) -> bool {
        let ledger = path
            .file_name()
            .is_some_and(|n| is_ledger_name(&n.to_string_lossy()));
        is_yaml(path)
            && match self {
                Purpose::Plans => true,
                Purpose::Ledgers => ledger,
                Purpose::Skps => !ledger,
            }
    }
}

/// What a walk found: the YAML candidates for its purpose and every `bukti/` folder of the
/// workspace (not descended into: evidence files are listed by [`evidence_files`]).
#[derive(Debug, Default)]
pub struct Walked {
    pub candidates: Vec<Candidate>,
    /// Absolute paths, sorted.
    pub bukti_dirs: Vec<PathBuf>,
}

/// The workspace-relative paths git tracks (the index: what a commit will hold), or `None`
/// outside a git repository.
pub fn tracked(root: &Path) -> Option<std::collections::HashSet<String>> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| o.stdout)
    };
    // `ls-files` names files relative to the folder it runs in, which is the workspace root.
    let out = git(&["ls-files", "-z", "--cached", "--full-name", "--", "."])?;
    let prefix = String::from_utf8(git(&["rev-parse", "--show-prefix"])?).ok()?;
    let prefix = prefix.trim();
    Some(
        out.split(|b| *b == 0)
            .filter_map(|p| std::str::from_utf8(p).ok())
            .filter_map(|p| p.strip_prefix(prefix).map(str::to_string))
            .collect(),
    )
}

impl Walked {
    /// Keeps only the files git tracks; the others are listed as untracked.
    pub fn retain_tracked(&mut self, tracked: &std::collections::HashSet<String>) {
        for c in &mut self.candidates {
            if let Candidate::File { rel, .. } = c
                && !tracked.contains(rel.as_str())
            {
                *c = Candidate::Skipped {
                    rel: std::mem::take(rel),
                    reason: IgnoreReason::Untracked,
                };
            }
        }
        // A folder that cannot be opened matters only if git tracks something in it: a
        // scratch folder nobody committed must not block a commit.
        let holds_tracked = |folder: &str| {
            folder == "."
                || tracked
                    .iter()
                    .any(|t| t.strip_prefix(folder).is_some_and(|r| r.starts_with('/')))
        };
        self.candidates.retain(|c| match c {
            Candidate::Skipped {
                rel,
                reason: IgnoreReason::Unlisted,
            } => holds_tracked(rel),
            _ => true,
        });
    }
}

/// What one walked entry is for `purpose`: a file to load, a file skipped with its reason (a
/// link out of the workspace, a FIFO, a nested workspace's folder), or nothing.
fn candidate(
    root: &Path,
    canonical_root: &Path,
    purpose: Purpose,
    entry: &ignore::DirEntry,
) -> Option<Candidate> {
    let path = entry.path();
    let ft = entry.file_type()?;
    if ft.is_dir() {
        return (entry.depth() > 0 && path.join("skp.toml").is_file()).then(|| {
            Candidate::Skipped {
                rel: relative(root, path),
                reason: IgnoreReason::Nested,
            }
        });
    }
    if !purpose.wants(path) {
        return None;
    }
    let rel = relative(root, path);
    if ft.is_symlink() {
        // Followed by its text and never past the workspace: a link out and back in is out,
        // whatever exists outside.
        let walked = path
            .strip_prefix(root)
            .map(|r| crate::fsutil::walk_inside(canonical_root, r));
        return Some(match walked {
            Ok(crate::fsutil::Walk::Found(target))
                if fs::metadata(canonical_root.join(&target)).is_ok_and(|m| m.is_file()) =>
            {
                Candidate::File {
                    path: canonical_root.join(target),
                    rel,
                }
            }
            Ok(crate::fsutil::Walk::Outside) | Err(_) => Candidate::Skipped {
                rel,
                reason: IgnoreReason::SymlinkOutside,
            },
            // Not out of the workspace: "a link leading outside" would send the user looking
            // for a file elsewhere.
            _ => Candidate::Skipped {
                rel,
                reason: IgnoreReason::SymlinkBroken,
            },
        });
    }
    if !ft.is_file() {
        return Some(Candidate::Skipped {
            rel,
            reason: IgnoreReason::Special,
        });
    }
    Some(Candidate::File {
        path: path.to_path_buf(),
        rel,
    })
}

/// A folder the walk could not read: its plans would otherwise vanish from every check while
/// the run says all is well. (A folder removed during the walk is simply gone.)
fn unlisted(root: &Path, e: &ignore::Error) -> Option<Candidate> {
    fn path_of(e: &ignore::Error) -> Option<&Path> {
        match e {
            ignore::Error::WithPath { path, .. } => Some(path),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                path_of(err)
            }
            _ => None,
        }
    }
    let io = e.io_error()?;
    if io.kind() == std::io::ErrorKind::NotFound {
        return None;
    }
    let rel = relative(root, path_of(e)?);
    Some(Candidate::Skipped {
        // The root itself: named as a path, never as an empty one (or "/").
        rel: if rel.is_empty() { ".".into() } else { rel },
        reason: IgnoreReason::Unlisted,
    })
}

/// The ignore files of the folder `entry` (and `.git/info/exclude` at the root) that exist but
/// cannot be read. The `ignore` crate passes over such a file as if it were absent, as git
/// warns and goes on, so the paths it would leave out are walked. A folder without one costs a
/// failed `stat`, as its `skp.toml` does.
fn unread_ignore_files(
    root: &Path,
    entry: &ignore::DirEntry,
    any: &std::sync::atomic::AtomicBool,
) -> Vec<Candidate> {
    if !entry.file_type().is_some_and(|t| t.is_dir()) {
        return Vec::new();
    }
    let dir = entry.path();
    let mut files = vec![dir.join(".gitignore")];
    if entry.depth() == 0 {
        files.push(dir.join(".git/info/exclude"));
    }
    files
        .into_iter()
        .filter(|f| fs::metadata(f).is_ok_and(|m| m.is_file()))
        .inspect(|_| any.store(true, std::sync::atomic::Ordering::Relaxed))
        .filter(|f| fs::File::open(f).is_err_and(|e| e.kind() != std::io::ErrorKind::NotFound))
        .map(|f| Candidate::Skipped {
            rel: relative(root, &f),
            reason: IgnoreReason::IgnoreFileUnreadable,
        })
        .collect()
}

/// The one walker: lists candidate YAML files for `purpose`, skipping `.git/`, `target/`,
/// `node_modules/`, hidden folders, `bukti/` folders (recorded, not entered), git-ignored
/// paths (`.gitignore` files of parent folders included) and nested workspaces; never
/// following symlinks out of the workspace; never opening FIFOs or devices; and a folder it
/// cannot open returned as such ([`IgnoreReason::Unlisted`]), never passed over (nor an ignore
/// file it cannot read, [`IgnoreReason::IgnoreFileUnreadable`]). Sorted by
/// relative path, so runs are reproducible.
pub fn walk(root: &Path, purpose: Purpose) -> Walked {
    let canonical_root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let bukti = std::sync::Arc::new(std::sync::Mutex::new(Vec::<PathBuf>::new()));
    let seen = std::sync::Arc::clone(&bukti);
    let walker = ignore::WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .require_git(false)
        .ignore(false)
        .parents(true)
        .follow_links(false)
        .filter_entry(move |e| {
            let name = e.file_name().to_string_lossy();
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            if is_dir && e.depth() > 0 && name == "bukti" {
                seen.lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push(e.path().to_path_buf());
            }
            !(is_dir
                && e.depth() > 0
                && matches!(name.as_ref(), "target" | "bukti" | "node_modules"))
        })
        .build_parallel();
    // The folders are read in parallel (two cores halve a warm `verify` walk of an agency);
    // the order found does not matter, the list is sorted below.
    let found = std::sync::Mutex::new(Vec::new());
    // Whether any ignore file applies (in a folder walked, or above the root): only then can
    // the rules have left a plan out (see `git_ignored_plans`).
    let rules = std::sync::atomic::AtomicBool::new(
        root.ancestors()
            .skip(1)
            .any(|d| d.join(".gitignore").is_file()),
    );
    walker.run(|| {
        let found = &found;
        let canonical_root = &canonical_root;
        let rules = &rules;
        Box::new(move |entry| {
            let mut cs = Vec::new();
            match entry {
                Ok(entry) => {
                    cs.extend(unread_ignore_files(root, &entry, rules));
                    cs.extend(candidate(root, canonical_root, purpose, &entry));
                }
                Err(e) => cs.extend(unlisted(root, &e)),
            }
            if !cs.is_empty() {
                found
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .extend(cs);
            }
            ignore::WalkState::Continue
        })
    });
    let mut out = found
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Nested workspaces: drop every file below a folder that has its own skp.toml.
    let nested: Vec<String> = out
        .iter()
        .filter_map(|c| match c {
            Candidate::Skipped {
                rel,
                reason: IgnoreReason::Nested,
            } => Some(format!("{rel}/")),
            _ => None,
        })
        .collect();
    if !nested.is_empty() {
        out.retain(|c| match c {
            Candidate::File { rel, .. } => !nested.iter().any(|n| rel.starts_with(n.as_str())),
            // A nested workspace that may be searched but not listed is still only nested.
            Candidate::Skipped {
                rel,
                reason: IgnoreReason::Unlisted,
            } => !nested
                .iter()
                .any(|n| rel.starts_with(n.as_str()) || n.strip_suffix('/') == Some(rel)),
            Candidate::Skipped { rel, .. } => !nested.iter().any(|n| rel.starts_with(n.as_str())),
        });
    }
    // A link to a file that is also read directly would load the same documents twice. Only
    // asked when some file was reached through a link: resolving every path costs a readlink
    // per component, a tenth of a warm `verify`.
    let linked =
        |c: &Candidate| matches!(c, Candidate::File { path, rel } if root.join(rel) != *path);
    let direct: std::collections::HashSet<PathBuf> = if out.iter().any(linked) {
        out.iter()
            .filter_map(|c| match c {
                Candidate::File { path, rel } if root.join(rel) == *path => {
                    fs::canonicalize(path).ok()
                }
                _ => None,
            })
            .collect()
    } else {
        std::collections::HashSet::new()
    };
    for c in &mut out {
        if let Candidate::File { path, rel } = c
            && root.join(rel.as_str()) != *path
            && direct.contains(path)
        {
            *c = Candidate::Skipped {
                rel: rel.clone(),
                reason: IgnoreReason::SymlinkDuplicate,
            };
        }
    }
    if purpose == Purpose::Plans && rules.into_inner() {
        let seen: std::collections::HashSet<&str> = out.iter().map(rel_of).collect();
        let mut left_out = git_ignored_plans(root, &seen, &nested);
        // Git never applies ignore rules to a file it tracks: a committed plan is the
        // repository's, and one `.gitignore` line must not take it out of the check. Only a
        // file that declares `apiVersion: skp/…`: a data file that merely looks like a plan
        // (F017) stays left out, `.gitignore` being the way to say it is not one.
        if let Some(tracked) = (!left_out.is_empty()).then(|| tracked(root)).flatten() {
            for c in &mut left_out {
                if let Candidate::Skipped { rel, .. } = c
                    && tracked.contains(rel.as_str())
                    && head_of(&root.join(rel.as_str())).is_some_and(|h| declares_api(&h))
                {
                    *c = Candidate::File {
                        path: root.join(rel.as_str()),
                        rel: std::mem::take(rel),
                    };
                }
            }
        }
        out.extend(left_out);
    }
    out.sort_by(|a, b| rel_of(a).cmp(rel_of(b)));
    let mut bukti_dirs = std::mem::take(
        &mut *bukti
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    );
    bukti_dirs.retain(|d| {
        let rel = format!("{}/", relative(root, d));
        !nested.iter().any(|n| rel.starts_with(n.as_str()))
    });
    bukti_dirs.sort();
    Walked {
        candidates: out,
        bukti_dirs,
    }
}

/// The plan files below `root` that the ignore rules left out of the walk: a second walk
/// within the same boundary (hidden, build and `bukti/` folders, nested workspaces, no link
/// followed) without those rules, keeping the YAML files it alone found whose text declares
/// them skp's (`seen`: what the first walk listed; `nested`: its nested workspaces, `rel/`).
fn git_ignored_plans(
    root: &Path,
    seen: &std::collections::HashSet<&str>,
    nested: &[String],
) -> Vec<Candidate> {
    let (base, nested) = (root.to_path_buf(), nested.to_vec());
    let walker = ignore::WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(false)
        .git_exclude(false)
        .git_global(false)
        .ignore(false)
        .parents(false)
        .follow_links(false)
        .filter_entry(move |e| {
            if e.depth() == 0 || !e.file_type().is_some_and(|t| t.is_dir()) {
                return true;
            }
            let name = e.file_name().to_string_lossy();
            let rel = format!("{}/", relative(&base, e.path()));
            // A nested workspace, known to the first walk or inside a folder it left out.
            !(matches!(name.as_ref(), "target" | "bukti" | "node_modules")
                || nested.contains(&rel)
                || e.path().join("skp.toml").is_file())
        })
        .build();
    let mut out = Vec::new();
    for e in walker.flatten() {
        if !e.file_type().is_some_and(|t| t.is_file()) || !is_yaml(e.path()) {
            continue;
        }
        let rel = relative(root, e.path());
        if seen.contains(rel.as_str()) {
            continue;
        }
        if head_of(e.path()).is_some_and(|h| declares_ours(&h)) {
            out.push(Candidate::Skipped {
                rel,
                reason: IgnoreReason::GitIgnored,
            });
        }
    }
    out
}

/// A regular file below a `bukti/` folder, as its folder's listing found it.
#[derive(Debug)]
pub struct EvidenceFile {
    pub path: PathBuf,
    /// The file's own `lstat`, when asked for: read relative to the open folder (std's
    /// `DirEntry::metadata`), one path component instead of the whole path from `/`, as a
    /// warm `verify` needs a stat of every file anyway.
    pub meta: Option<fs::Metadata>,
}

/// Regular files below one `bukti/` folder, sorted, each with its own `lstat` when `stat` is
/// set; symlinks and special files are never followed or opened, and a nested workspace
/// inside it is not entered. Also the folders that could not be listed (their permissions):
/// their files are neither listed nor known to be absent.
pub fn evidence_files(dir: &Path, stat: bool) -> (Vec<EvidenceFile>, Vec<PathBuf>) {
    let mut out = Vec::new();
    let mut unlisted = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut here = Vec::new();
    while let Some(d) = stack.pop() {
        let rd = match fs::read_dir(&d) {
            Ok(rd) => rd,
            Err(e) => {
                if e.kind() != std::io::ErrorKind::NotFound {
                    unlisted.push(d);
                }
                continue;
            }
        };
        // A subfolder is judged by its own listing: one with a `skp.toml` is a nested
        // workspace, and none of its files are listed (asking each subfolder for the file
        // beforehand cost a failed stat per period folder).
        let mut nested = false;
        here.clear();
        for e in rd.flatten() {
            let Ok(t) = e.file_type() else { continue };
            if d != dir && e.file_name() == "skp.toml" && (t.is_file() || e.path().is_file()) {
                nested = true;
                break;
            }
            if t.is_dir() {
                here.push((e.path(), None, true));
            } else if t.is_file() {
                // A file replaced by something else since the listing is no longer a
                // regular file here: left to the caller's own stat.
                let meta = stat.then(|| e.metadata().ok()).flatten();
                here.push((e.path(), meta.filter(fs::Metadata::is_file), false));
            }
        }
        if nested {
            continue;
        }
        for (path, meta, is_dir) in here.drain(..) {
            if is_dir {
                stack.push(path);
            } else {
                out.push(EvidenceFile { path, meta });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    (out, unlisted)
}

/// Whether `path` (below `root`) is git-ignored by the same rules the walker applies: the
/// repository's `info/exclude` and every `.gitignore` from the root down to its folder.
pub fn is_ignored(root: &Path, path: &Path) -> bool {
    path.parent()
        .and_then(|dir| ignore_rules(root, dir))
        .is_some_and(|g| g.matched_path_or_any_parents(path, false).is_ignore())
}

/// The ignore rules that apply to the files of `dir` (below `root`), for [`is_ignored`] or for
/// a caller that asks about many files of one folder.
pub fn ignore_rules(root: &Path, dir: &Path) -> Option<ignore::gitignore::Gitignore> {
    let mut b = ignore::gitignore::GitignoreBuilder::new(root);
    // A missing or unreadable ignore file simply contributes no patterns.
    b.add(root.join(".git/info/exclude"));
    let rel = dir.strip_prefix(root).unwrap_or(dir);
    let mut at = root.to_path_buf();
    if at.join(".gitignore").is_file() {
        b.add(at.join(".gitignore"));
    }
    for c in rel.components() {
        at.push(c);
        if at.join(".gitignore").is_file() {
            b.add(at.join(".gitignore"));
        }
    }
    b.build().ok()
}

/// The workspace a path belongs to when nested workspaces exist: whether `path` (below
/// `root`) lies inside a folder with its own `skp.toml` below `root`.
pub fn in_nested_workspace(root: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut dir = root.to_path_buf();
    for c in rel.parent().into_iter().flat_map(Path::components) {
        dir.push(c);
        if dir.join("skp.toml").is_file() {
            return true;
        }
    }
    false
}

fn rel_of(c: &Candidate) -> &str {
    match c {
        Candidate::File { rel, .. } | Candidate::Skipped { rel, .. } => rel,
    }
}
