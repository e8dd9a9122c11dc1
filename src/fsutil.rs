//! Safe file writing: everything skp writes goes through here.
//!
//! Every write names the folder it must stay in (the workspace root, or the folder a user chose
//! for an output) and is refused when any part of its path is a symbolic link that leaves that
//! folder, when the file itself is a symbolic link, or when it goes through a `.skp` folder that
//! is or contains a link: links can be committed to a shared repository, so a pull request must
//! not be able to make `skp check` write elsewhere. Every write is atomic — a temporary file in
//! the same folder, fsync, rename, fsync of the folder — so a crash leaves the old file or the
//! new one, never a torn one. Named fault points (`SKP_FAULT=<name>`) let tests kill the process
//! at each step deterministically.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::i18n::{Msg, process_lang};

/// Aborts the process when `SKP_FAULT` names this point: a crash test's scalpel. Aborting
/// (not exiting) skips destructors, like a kill would.
pub fn fault(point: &str) {
    if std::env::var("SKP_FAULT").is_ok_and(|f| f == point) {
        std::process::abort();
    }
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    // Directories can be fsynced on Unix; elsewhere the rename is the best we have.
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
    Ok(())
}

/// `canonicalize` of a folder, memoised for the process (folders do not move while skp runs).
/// A folder that is not itself a link is its resolved parent plus its name: one `lstat` instead
/// of a `readlink` per component, for each of the thousands of `bukti/<periode>` folders.
pub fn canonical(p: &Path) -> Option<PathBuf> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, PathBuf>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(c) = cache.lock().ok()?.get(p) {
        return Some(c.clone());
    }
    let plain = |name: &std::ffi::OsStr| {
        !name.is_empty()
            && name != ".."
            && name != "."
            && std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir())
    };
    let c = match (p.parent(), p.file_name()) {
        (Some(parent), Some(name)) if !parent.as_os_str().is_empty() && plain(name) => {
            canonical(parent)?.join(name)
        }
        _ => std::fs::canonicalize(p).ok()?,
    };
    cache.lock().ok()?.insert(p.to_path_buf(), c.clone());
    Some(c)
}

/// `canonicalize` of a file: its folder's (memoised) plus its name, unless the file itself is a
/// link, which is resolved on its own.
pub fn canonical_file(p: &Path) -> io::Result<PathBuf> {
    let link = fs::symlink_metadata(p).map_or(true, |m| m.file_type().is_symlink());
    canonical_entry(p, link)
}

/// As [`canonical_file`], for an entry whose `lstat` the caller already has.
pub fn canonical_entry(p: &Path, is_link: bool) -> io::Result<PathBuf> {
    match (p.parent(), p.file_name()) {
        (Some(dir), Some(name)) if !is_link && !dir.as_os_str().is_empty() => canonical(dir)
            .map(|d| d.join(name))
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound)),
        _ => fs::canonicalize(p),
    }
}

/// What is at a recorded path, looked at from inside the workspace only.
#[derive(Debug)]
pub enum Lookup {
    /// Something is there (a file, a folder, a link that stays inside): the path and its own
    /// `lstat`. Opening the path goes where the walk went.
    Found(PathBuf, std::fs::Metadata),
    /// Nothing is there: a name on the way does not exist, or is no folder.
    Missing,
    /// A name on the way may not be looked at (its permissions), or the links go round.
    Unreadable(std::io::Error),
    /// The path leaves the workspace (`..`, an absolute path, a link out, a linked folder out
    /// and back in): nothing there is looked at.
    Outside,
}

/// Looks at `rel` (plain names, as `evidence::ledger::safe_relative` makes them) below `root`
/// without ever looking past it, so that what skp says of a path in the workspace (intact,
/// missing, unreadable, a path out: B103) never depends on what exists outside, and nothing
/// outside is read, written or deleted through it. The folders of a path are walked once per
/// run ([`walk_inside`], memoised: thousands of files share a few folders); the file itself
/// takes one `lstat`, and a walk of its own only when it is a link.
pub fn look_inside(root: &Path, rel: &Path) -> Lookup {
    let path = root.join(rel);
    if let Some(dir) = rel.parent().filter(|d| !d.as_os_str().is_empty()) {
        match folder(root, dir) {
            Walk::Found(_) => {}
            other => return other.not_found(),
        }
        // The folders stay inside, so the kernel's stat of the path goes where the walk went.
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if !meta.file_type().is_symlink() => return Lookup::Found(path, meta),
            Ok(_) => {}
            Err(e) if gone(&e) => return Lookup::Missing,
            Err(e) => return Lookup::Unreadable(e),
        }
    }
    match walk_inside(root, rel) {
        Walk::Found(_) => match std::fs::symlink_metadata(&path) {
            Ok(meta) => Lookup::Found(path, meta),
            Err(e) if gone(&e) => Lookup::Missing,
            Err(e) => Lookup::Unreadable(e),
        },
        other => other.not_found(),
    }
}

/// [`walk_inside`] of a folder, memoised for the run when it ends inside or outside (a folder
/// found missing may be made meanwhile, by an add).
fn folder(root: &Path, dir: &Path) -> Walk {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static MEMO: OnceLock<Mutex<HashMap<PathBuf, Option<PathBuf>>>> = OnceLock::new();
    let key = root.join(dir);
    let memo = MEMO.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(known) = memo.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return known.map_or(Walk::Outside, Walk::Found);
    }
    let walk = walk_inside(root, dir);
    let known = match &walk {
        Walk::Found(at) => Some(Some(at.clone())),
        Walk::Outside => Some(None),
        _ => None,
    };
    if let (Some(known), Ok(mut m)) = (known, memo.lock()) {
        m.insert(key, known);
    }
    walk
}

/// Whether `e` says there is nothing at the path (rather than that it cannot be looked at).
pub fn gone(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
    )
}

/// Where [`walk_inside`] ends.
#[derive(Debug)]
pub enum Walk {
    /// At something inside the workspace: its path relative to the root, every link expanded
    /// (so its folders are real folders).
    Found(PathBuf),
    /// At a name inside the workspace that is not there, or is no folder where one is needed.
    Missing,
    /// At a name inside the workspace that may not be looked at.
    Unreadable(std::io::Error),
    /// After more links than the kernel follows: they go round.
    Loop,
    /// At a name or link target that leaves the workspace, never looked at.
    Outside,
}

impl Walk {
    /// What a walk that did not find the path says of it.
    fn not_found(self) -> Lookup {
        match self {
            // (A walk that found it is looked at by the caller.)
            Walk::Found(_) | Walk::Missing => Lookup::Missing,
            Walk::Unreadable(e) => Lookup::Unreadable(e),
            Walk::Loop => Lookup::Unreadable(link_loop()),
            Walk::Outside => Lookup::Outside,
        }
    }
}

/// The error the kernel gives for links that go round (ELOOP), said by skp's own walk.
fn link_loop() -> std::io::Error {
    #[cfg(target_os = "linux")]
    return std::io::Error::from_raw_os_error(rustix::io::Errno::LOOP.raw_os_error());
    #[cfg(not(target_os = "linux"))]
    return std::io::Error::other("too many levels of symbolic links");
}

/// Follows `rel` below `root` name by name with `lstat`, expanding each link by its text as
/// the kernel resolves a path, but never past the workspace: a name or target that leaves it
/// is `Outside` without being looked at. An error only skp's expanded path could meet (a name
/// too long once links are expanded) counts as `Outside` too: the kernel, following the short
/// path, might go on to look outside.
pub fn walk_inside(root: &Path, rel: &Path) -> Walk {
    use std::collections::VecDeque;
    // Linux's own limit: after as many links the kernel says ELOOP too.
    const MAX_LINKS: usize = 40;
    let mut at = PathBuf::new();
    let mut pending: VecDeque<std::ffi::OsString> = rel
        .components()
        .map(|c| c.as_os_str().to_os_string())
        .collect();
    let canonical_root = canonical(root);
    let mut links = 0;
    while let Some(name) = pending.pop_front() {
        if name == ".." {
            if !at.pop() {
                return Walk::Outside;
            }
            continue;
        }
        if name == "." || name.is_empty() {
            continue;
        }
        at.push(&name);
        let path = root.join(&at);
        let meta = match std::fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if gone(&e) => return Walk::Missing,
            Err(e) if links == 0 || e.kind() == std::io::ErrorKind::PermissionDenied => {
                return Walk::Unreadable(e);
            }
            Err(_) => return Walk::Outside,
        };
        if meta.file_type().is_symlink() {
            links += 1;
            if links > MAX_LINKS {
                return Walk::Loop;
            }
            let Ok(target) = std::fs::read_link(&path) else {
                return Walk::Outside;
            };
            at.pop();
            let rest = if target.is_absolute() {
                let inside = target.strip_prefix(root).ok().or_else(|| {
                    canonical_root
                        .as_deref()
                        .and_then(|c| target.strip_prefix(c).ok())
                });
                let Some(inside) = inside else {
                    return Walk::Outside;
                };
                at = PathBuf::new();
                inside.to_path_buf()
            } else {
                target
            };
            for c in rest.components().rev() {
                match c {
                    std::path::Component::Normal(n) => pending.push_front(n.to_os_string()),
                    std::path::Component::ParentDir => pending.push_front("..".into()),
                    std::path::Component::CurDir => {}
                    std::path::Component::RootDir | std::path::Component::Prefix(_) => {
                        return Walk::Outside;
                    }
                }
            }
            continue;
        }
        if !pending.is_empty() && !meta.is_dir() {
            return Walk::Missing;
        }
    }
    Walk::Found(at)
}

/// Why a write was refused before anything was written.
/// A refusal of the safe-write path, in the running command's language (it reaches the user
/// inside other messages as the text of an `io::Error`).
fn refused(path: &Path, why: Msg) -> io::Error {
    io::Error::new(
        io::ErrorKind::PermissionDenied,
        format!("{}: {}", path.display(), why.render(process_lang())),
    )
}

fn not_regular(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{}: {}",
            path.display(),
            Msg::NotRegularFile.render(process_lang())
        ),
    )
}

/// Checks that writing `path` stays inside `root`: `path` is below `root`; no existing part of
/// it is a symbolic link that resolves outside `root`; no part named `.skp` is a link at all;
/// and `path` itself, if it exists, is not a link. Parts that do not exist yet are fine (they
/// will be created as real folders).
pub fn guard(root: &Path, path: &Path) -> io::Result<()> {
    let canonical_root = canonical(root).ok_or_else(|| refused(root, Msg::RefusedUnresolvable))?;
    let rel = path
        .strip_prefix(root)
        .or_else(|_| path.strip_prefix(&canonical_root))
        .map_err(|_| refused(path, Msg::RefusedOutside))?;
    let mut at = canonical_root.clone();
    let parts: Vec<_> = rel.components().collect();
    let mut in_skp = false;
    for (i, part) in parts.iter().enumerate() {
        let std::path::Component::Normal(name) = part else {
            return Err(refused(path, Msg::RefusedNotPlain));
        };
        at.push(name);
        let Ok(meta) = fs::symlink_metadata(&at) else {
            // Not there yet: created by skp as a real folder or file.
            return Ok(());
        };
        if !meta.file_type().is_symlink() {
            in_skp |= *name == ".skp";
            continue;
        }
        if i + 1 == parts.len() {
            return Err(refused(path, Msg::RefusedLink));
        }
        if *name == ".skp" || in_skp {
            return Err(refused(path, Msg::RefusedSkpLink));
        }
        // Followed by its text and never past the root: whether a link out and back in is
        // refused must not depend on what exists outside.
        let walked = at
            .strip_prefix(&canonical_root)
            .map(|rel| walk_inside(&canonical_root, rel));
        match walked {
            Ok(Walk::Found(target)) => at = canonical_root.join(target),
            // A link inside that leads nowhere: not out of the workspace, but never written
            // through either.
            Ok(Walk::Missing) => return Err(refused(path, Msg::RefusedLink)),
            _ => {
                return Err(refused(path, Msg::RefusedLinkOut));
            }
        }
    }
    Ok(())
}

/// Creates the folders of `path` below `root` after [`guard`] allowed it.
fn create_dirs(root: &Path, path: &Path) -> io::Result<()> {
    // The allowed folder itself may be new (a store folder, an output folder).
    fs::create_dir_all(root).map_err(|e| file_in_the_way(root, e))?;
    guard(root, path)?;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| file_in_the_way(dir, e))?;
    }
    // A link could have been put in place between the check and the creation: check again.
    guard(root, path)
}

/// `e` from creating the folder `dir`, naming the file that stands where one of its folders
/// must be: said of the file being written, "already exists" would point at the wrong name.
fn file_in_the_way(dir: &Path, e: io::Error) -> io::Error {
    if !matches!(
        e.kind(),
        io::ErrorKind::AlreadyExists | io::ErrorKind::NotADirectory
    ) {
        return e;
    }
    let mut ancestors: Vec<&Path> = dir.ancestors().collect();
    ancestors.reverse();
    let blocking = ancestors
        .into_iter()
        .find(|a| fs::metadata(a).is_ok_and(|m| !m.is_dir()));
    match blocking {
        // Not `AlreadyExists`: callers read that as "someone else made it" (a marker, a claim)
        // and would wait for it, or think their work done.
        Some(file) => io::Error::new(
            io::ErrorKind::NotADirectory,
            format!(
                "{}: {}",
                file.display(),
                Msg::FileWhereFolder.render(process_lang())
            ),
        ),
        None => e,
    }
}

/// Creates `path` below `root` as a new file (its folders too) and returns it open for writing.
/// Exclusive creation never follows a link nor replaces a file: `AlreadyExists` if anything is
/// there already.
pub fn create_new(root: &Path, path: &Path) -> io::Result<File> {
    create_dirs(root, path)?;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

/// Writes a small marker file (`.gitignore` of skp's own folders) if it does not exist yet.
pub fn write_marker(root: &Path, path: &Path, text: &str) -> io::Result<()> {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    // Asked once per ledger written (for `.skp/locks` and `.skp/claims`): a manifest of
    // thousands of SKPs made two guarded creations per ledger, a dozen system calls each.
    // A marker removed while this process runs is written again by the next one.
    static WRITTEN: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    let written = WRITTEN.get_or_init(|| Mutex::new(HashSet::new()));
    if written.lock().is_ok_and(|w| w.contains(path)) {
        return Ok(());
    }
    match create_new(root, path) {
        Ok(mut f) => f.write_all(text.as_bytes())?,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    if let Ok(mut w) = written.lock() {
        w.insert(path.to_path_buf());
    }
    Ok(())
}

/// This machine's name and PID namespace, so that temporary files and claims of a dead process
/// can be told from those of another host — or another container on the same host, whose
/// process ids mean nothing here — sharing the folder.
pub fn host() -> String {
    use std::sync::OnceLock;
    static HOST: OnceLock<String> = OnceLock::new();
    HOST.get_or_init(|| {
        let name = std::fs::read_to_string("/etc/hostname")
            .map(|h| h.trim().to_string())
            .or_else(|_| std::env::var("COMPUTERNAME"))
            .unwrap_or_default();
        // "pid:[4026531836]" on Linux: two containers with one hostname differ here.
        let ns = std::fs::read_link("/proc/self/ns/pid")
            .map(|p| {
                p.to_string_lossy()
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect::<String>()
            })
            .unwrap_or_default();
        format!("{name}.{ns}").replace(['-', '/', ' '], "_")
    })
    .clone()
}

/// How the name of every temporary file skp writes begins.
pub const TEMP_PREFIX: &str = ".skp-tmp-";

/// Removes temporary files a crashed skp process of this host left in `dir` (once per folder
/// and run): what a kill during a copy leaves behind is cleaned up by the next write there.
fn sweep(dir: &Path) {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static SWEPT: OnceLock<Mutex<HashSet<std::path::PathBuf>>> = OnceLock::new();
    let swept = SWEPT.get_or_init(|| Mutex::new(HashSet::new()));
    if !swept.lock().is_ok_and(|mut s| s.insert(dir.to_path_buf())) {
        return;
    }
    let mine = format!("{TEMP_PREFIX}{}-", host());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let Some(rest) = name.strip_prefix(&mine) else {
            continue;
        };
        let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid
            && pid != std::process::id()
            && cfg!(target_os = "linux")
            && !Path::new(&format!("/proc/{pid}")).exists()
        {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// A temporary file in `dir` created like any new file (mode 0666 less the umask, not
/// tempfile's private 0600), so colleagues on a shared folder can read what skp writes.
fn temp_in(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    sweep(dir);
    let prefix = format!("{TEMP_PREFIX}{}-{}-", host(), std::process::id());
    let mut b = tempfile::Builder::new();
    b.prefix(&prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(fs::Permissions::from_mode(0o666));
    }
    b.tempfile_in(dir).map_err(without_temp_name)
}

/// tempfile's error names the temporary file it tried to create (`… at path "/x/.skp-tmp-…"`),
/// a name the user never typed or saw: callers name the file they were writing, so only the
/// system's reason is kept. tempfile's error type is private; its text is the only handle (a
/// unit test fails should tempfile word it otherwise).
fn without_temp_name(e: io::Error) -> io::Error {
    // The system's own error keeps its code, and so its words in the user's language: tempfile
    // wraps it, and its text (`… (os error 13) at path …`) is what is left of the code.
    let code = e.raw_os_error().or_else(|| {
        let text = e.to_string();
        let (_, rest) = text.split_once("(os error ")?;
        rest.split_once(')')?.0.parse().ok()
    });
    if let Some(code) = code {
        return io::Error::from_raw_os_error(code);
    }
    match e.to_string().split_once(" at path ") {
        Some((reason, _)) => io::Error::new(e.kind(), reason),
        None => e,
    }
}

/// Writes `bytes` to `path` (inside `root`) atomically. `fault_prefix` names the fault points
/// `<prefix>-temp` (temp file written, not renamed) and `<prefix>-renamed`.
pub fn write_atomic(root: &Path, path: &Path, bytes: &[u8], fault_prefix: &str) -> io::Result<()> {
    write_atomic_if(root, path, bytes, fault_prefix, None).map(|_| ())
}

/// `path` made absolute with its `.` and `..` resolved by name, without touching the disk: a
/// page written to `-o ../out/a.html` is in the parent's `out`, whatever links are on the way.
pub fn lexical(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// The name on the way of `path` that a `..` after it goes back from although it is not a
/// real folder: one that does not exist yet (`x/../a.txt`), which a write would create first,
/// or a link (`out/..`, which the system takes to the folder above where the link leads). Such
/// a path means one file to the checks before a write and another to the write itself.
pub fn dotdot_after_unknown(path: &Path) -> Option<PathBuf> {
    let mut at = if path.is_absolute() {
        PathBuf::new()
    } else {
        std::env::current_dir().ok()?
    };
    // Whether each name pushed since the start is a real folder (the starting folder's own
    // names are: `current_dir` is resolved). `typed`: the path as written up to here.
    let mut real: Vec<bool> = Vec::new();
    let mut typed = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                if real.pop() == Some(false) {
                    return Some(typed);
                }
                at.pop();
            }
            std::path::Component::CurDir => {}
            std::path::Component::Normal(n) => {
                at.push(n);
                real.push(fs::symlink_metadata(&at).is_ok_and(|m| m.is_dir()));
            }
            c => at.push(c),
        }
        typed.push(c);
    }
    None
}

/// Where `path` lands once the links on its way are followed: the nearest folder on the way
/// that exists, resolved, then the rest as typed. The last name is not followed: a write never
/// goes through a link there (it is refused). `out -> .git` makes `out/config` Git's own file,
/// which the name alone does not show.
pub fn resolved(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let (Some(dir), Some(name)) = (abs.parent(), abs.file_name()) else {
        return lexical(path);
    };
    // The names below the nearest existing folder, innermost first: none of them exists, so
    // none is a link, and a `..` among them goes back by name.
    let mut rest = Vec::new();
    let mut base = dir.to_path_buf();
    let mut out = loop {
        if let Ok(c) = fs::canonicalize(&base) {
            break c;
        }
        match (base.file_name(), base.parent()) {
            (Some(n), Some(up)) => {
                rest.push(n.to_os_string());
                base = up.to_path_buf();
            }
            _ => return lexical(path),
        }
    };
    for part in rest.iter().rev() {
        match part.to_str() {
            Some("..") => {
                out.pop();
            }
            Some(".") => {}
            _ => out.push(part),
        }
    }
    out.push(name);
    out
}

/// Whether an output path names standard output (`-`), a descriptor of this process
/// (`/dev/stdout`, `/dev/fd/63` from `-o >(jq .)`), or a device or pipe under `/dev` or
/// `/proc`, rather than a file in a folder. A regular file reached through `/proc`
/// (`/proc/self/cwd/.git/config`) or `/dev/..` is a file like any other, judged by the
/// rules of every output.
pub fn is_stream(path: &Path) -> bool {
    if path.as_os_str() == "-" || is_descriptor(path) {
        return true;
    }
    (path.starts_with("/dev") || path.starts_with("/proc"))
        && fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// `/dev/stdin`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: a descriptor
/// this process was given, read or written as such even when it is redirected to a regular
/// file.
fn is_descriptor(path: &Path) -> bool {
    let Some(p) = path.to_str() else {
        return false;
    };
    let number = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    matches!(p, "/dev/stdin" | "/dev/stdout" | "/dev/stderr")
        || p.strip_prefix("/dev/fd/").is_some_and(number)
        || p.strip_prefix("/proc/self/fd/").is_some_and(number)
}

/// Writes a file the user named (`-o FILE`, `--write-baseline FILE`; `-` is stdout):
/// atomically, never through a link, like [`write_atomic`] with the current folder as the root
/// for a path below it, else the file's own folder. A device or
/// a pipe that is there already is written into instead: renaming a new file over it would
/// replace it, and as root (as CI containers run) `-o /dev/null` replaced `/dev/null` itself
/// for every process on the machine.
///
/// Only a stream ([`is_stream`]: `/dev/stdout`, `/dev/fd/63` from `-o >(jq .)`, a device) is
/// followed through links: those name a device or a stream by design. Anywhere else a link is
/// refused as always, so one committed to a repository cannot aim a CI job's report at a disk,
/// and a regular file reached through `/proc/self/cwd` is written like any other.
pub fn write_named(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match path.to_str() {
        // The process's own streams: reopening them by name would start a file they are
        // redirected to (`>> log`) from its beginning.
        Some("-" | "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1") => {
            return io::stdout().lock().write_all(bytes);
        }
        Some("/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2") => {
            return io::stderr().lock().write_all(bytes);
        }
        _ => {}
    }
    let system = is_stream(path);
    let meta = if system {
        fs::metadata(path)
    } else {
        fs::symlink_metadata(path)
    };
    if let Ok(meta) = meta {
        let t = meta.file_type();
        if system && t.is_file() {
            return fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(path)?
                .write_all(bytes);
        }
        if !t.is_file() && !t.is_dir() && !t.is_symlink() {
            return fs::OpenOptions::new()
                .write(true)
                .open(path)?
                .write_all(bytes);
        }
    }
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = abs.parent().unwrap_or(Path::new("."));
    // A path typed below the current folder stays below it: a link on the way that leads out
    // (`reports -> /etc`, committed to a repository a CI job writes its report into) is
    // refused, as in any write into a workspace. A path typed absolute or through `..` names
    // its folder itself.
    let below = path.is_relative()
        && path.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        });
    match std::env::current_dir() {
        Ok(cwd) if below => write_atomic(&cwd, &abs, bytes, "output"),
        _ => write_atomic(dir, &abs, bytes, "output"),
    }
}

/// Writes a file skp can rebuild (a cache) atomically, without waiting for the disk: after a
/// crash it may be old, new or empty, and its reader rejects what it cannot decode. The two
/// fsyncs of [`write_atomic`] were a twentieth of a `verify --full`, for nothing to protect.
pub fn write_scratch(root: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (tmp, _) = temp_beside(root, path, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Like [`write_atomic`], but only if `path` still holds `expected` (`Some(None)`: does not
/// exist) just before the rename: a compare-and-swap that keeps concurrent writers from
/// silently replacing each other's work. Returns whether it wrote.
pub fn write_atomic_if(
    root: &Path,
    path: &Path,
    bytes: &[u8],
    fault_prefix: &str,
    expected: Option<Option<&[u8]>>,
) -> io::Result<bool> {
    let (tmp, dir) = temp_beside(root, path, bytes)?;
    tmp.as_file().sync_all()?;
    fault(&format!("{fault_prefix}-temp"));
    if let Some(expected) = expected
        && fs::read(path).ok().as_deref() != expected
    {
        return Ok(false);
    }
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)?;
    fault(&format!("{fault_prefix}-renamed"));
    Ok(true)
}

/// A temporary file holding `bytes` in the folder of `path` (created if need be, inside
/// `root`), to be renamed over `path`; and that folder.
fn temp_beside<'a>(
    root: &Path,
    path: &'a Path,
    bytes: &[u8],
) -> io::Result<(tempfile::NamedTempFile, &'a Path)> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_dirs(root, path)?;
    let mut tmp = temp_in(dir)?;
    // The file it replaces keeps its mode: a report someone made private (`chmod 600`, it may
    // carry NIPs) is not made readable by everyone by the next run.
    if let Ok(meta) = fs::symlink_metadata(path)
        && meta.is_file()
    {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    // Through the file itself: tempfile's own writer names the temporary file in its errors
    // (a full disk said "… at path …/.skp-tmp-…").
    tmp.as_file_mut().write_all(bytes)?;
    Ok((tmp, dir))
}

/// Many writes into the workspace made durable at once, before anything depends on them: a
/// manifest adds thousands of files into as many folders and rewrites as many ledgers, and one
/// fsync per file and per folder was most of its time (each forces a commit to the disk).
/// Shared by the threads that write.
#[derive(Default)]
pub struct Batch {
    /// Folders written into in this batch, each created and checked by [`guard`] once.
    folders: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    /// Flush the whole file system once (Linux `syncfs`) instead of fsyncing each file: worth
    /// it for many files, not for one, whose add should not wait for other programs' writes.
    whole_fs: bool,
    /// For `whole_fs`: a folder of each file system written to, opened before the first write
    /// there. `syncfs` reports a writeback error only if it came after its file was opened,
    /// and a copy's writeback starts as soon as it is made (see [`start_writeback`]).
    handles: std::sync::Mutex<std::collections::HashMap<u64, File>>,
}

impl Batch {
    /// A batch for many writes (a manifest): made durable by one `syncfs` on Linux. A
    /// [`Batch::default`] fsyncs each file as it is written and each folder at [`Batch::sync`].
    pub fn many() -> Batch {
        Batch {
            whole_fs: cfg!(target_os = "linux"),
            ..Batch::default()
        }
    }

    /// Copies `source` (a file [`open_regular_len`] opened, with its size) into a temporary
    /// file beside `meant_for`, the name it is meant to get (inside `root`, guarded as a write
    /// of that file), hashing the bytes on the way: the one read `evidence add` makes of a
    /// file, whose hash then decides its name, or finds its content recorded already.
    /// [`Batch::place`] names it; dropped unplaced, it is removed. Durable with the batch.
    pub fn stage_copy(
        &self,
        root: &Path,
        source: (File, u64),
        meant_for: &Path,
        fault_prefix: &str,
    ) -> Result<StagedCopy, CopyError> {
        let dir = self.folder(root, meant_for).map_err(CopyError::Write)?;
        let (src, len) = source;
        let mut tmp = temp_in(dir).map_err(CopyError::Write)?;
        let mut src = Watched {
            inner: src,
            failed: false,
        };
        let (sha256, size) =
            hash_stream(&mut src, Some(tmp.as_file_mut()), Some(len)).map_err(|e| {
                if src.failed {
                    CopyError::Read(e)
                } else {
                    CopyError::Write(e)
                }
            })?;
        if !self.whole_fs {
            tmp.as_file().sync_all().map_err(CopyError::Write)?;
        } else {
            start_writeback(tmp.as_file());
        }
        fault(&format!("{fault_prefix}-temp"));
        Ok(StagedCopy {
            tmp: tmp.into_temp_path(),
            sha256,
            size,
        })
    }

    /// Gives a staged copy its name `to` (inside `root`, on the file system it was staged on),
    /// never over anything there: when the name is taken, the copy comes back unplaced.
    pub fn place(
        &self,
        root: &Path,
        copy: StagedCopy,
        to: &Path,
    ) -> io::Result<Result<(), StagedCopy>> {
        self.folder(root, to)?;
        let StagedCopy { tmp, sha256, size } = copy;
        match tmp.persist_noclobber(to) {
            Ok(()) => Ok(Ok(())),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Ok(Err(StagedCopy {
                tmp: e.path,
                sha256,
                size,
            })),
            Err(e) => Err(e.error),
        }
    }

    /// [`Batch::place`] at a name only worth a try: on any failure (the name taken, its folder
    /// refused, missing or not a folder) the copy comes back, for a name of its own.
    pub fn try_place(&self, root: &Path, copy: StagedCopy, to: &Path) -> Result<(), StagedCopy> {
        if self.folder(root, to).is_err() {
            return Err(copy);
        }
        let StagedCopy { tmp, sha256, size } = copy;
        tmp.persist_noclobber(to).map_err(|e| StagedCopy {
            tmp: e.path,
            sha256,
            size,
        })
    }

    /// Creates and guards the folder of `path` (a file to be written there) once per batch,
    /// and remembers it for [`Batch::sync`]. The folder is what is guarded, not the file's own
    /// name: copies are written under temporary names and placed without replacing anything
    /// ([`Batch::place`]), so a link at the name is never written through, and the caller
    /// can take another name for it.
    fn folder<'a>(&self, root: &Path, path: &'a Path) -> io::Result<&'a Path> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !self.folders.lock().is_ok_and(|f| f.contains(dir)) {
            // A refusal names the file to be placed, not the temporary name the guard was
            // asked about.
            let probe = dir.join(TEMP_PREFIX);
            create_dirs(root, &probe).map_err(|e| {
                let text = e.to_string();
                match text.strip_prefix(&probe.display().to_string()) {
                    Some(rest) => io::Error::new(e.kind(), format!("{}{rest}", path.display())),
                    None => e,
                }
            })?;
            self.note(dir);
        }
        Ok(dir)
    }

    /// Writes `bytes` under a temporary name beside `path` (inside `root`, guarded as every
    /// write is), for [`Pending::replace_if`] to rename once [`Batch::sync`] made it durable.
    pub fn stage(&self, root: &Path, path: &Path, bytes: &[u8]) -> io::Result<Pending> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        create_dirs(root, path)?;
        self.note(dir);
        let mut tmp = temp_in(dir)?;
        tmp.as_file_mut().write_all(bytes)?;
        if !self.whole_fs {
            tmp.as_file().sync_all()?;
        }
        Ok(Pending {
            tmp: tmp.into_temp_path(),
            path: path.to_path_buf(),
        })
    }

    fn note(&self, dir: &Path) {
        if let Ok(mut f) = self.folders.lock()
            && f.insert(dir.to_path_buf())
            && self.whole_fs
        {
            #[cfg(unix)]
            if let Ok(handle) = File::open(dir)
                && let Ok(meta) = handle.metadata()
                && let Ok(mut handles) = self.handles.lock()
            {
                use std::os::unix::fs::MetadataExt;
                handles.entry(meta.dev()).or_insert(handle);
            }
        }
    }

    /// Makes every write of the batch so far durable, with its folder's entries: one `syncfs`
    /// per file system for [`Batch::many`], as `sync -f` does; otherwise each file was fsynced
    /// as it was written, and each folder is fsynced here.
    pub fn sync(&self) -> io::Result<()> {
        let folders: Vec<PathBuf> = self
            .folders
            .lock()
            .map(|f| f.iter().cloned().collect())
            .unwrap_or_default();
        #[cfg(target_os = "linux")]
        if self.whole_fs {
            use std::os::unix::fs::MetadataExt;
            let mut devices = std::collections::HashSet::new();
            if let Ok(handles) = self.handles.lock() {
                for (dev, handle) in handles.iter() {
                    rustix::fs::syncfs(handle)?;
                    devices.insert(*dev);
                }
            }
            for dir in &folders {
                let f = File::open(dir)?;
                if devices.insert(f.metadata()?.dev()) {
                    rustix::fs::syncfs(&f)?;
                }
            }
            return Ok(());
        }
        for dir in &folders {
            sync_dir(dir)?;
        }
        Ok(())
    }
}

/// Starts writing a batch's copy to the disk without waiting for it, so that the disk works
/// while the next files are copied instead of all at the batch's `syncfs`, and the kernel does
/// not throttle a writer that holds a gigabyte of unwritten pages: a manifest of 20 000 files
/// took a fifth less time. Linux's `POSIX_FADV_DONTNEED` starts the writeback of dirty pages
/// (as `sync_file_range(SYNC_FILE_RANGE_WRITE)` would, which no safe crate wraps); dropping
/// clean pages, its other effect, finds none in a file just written. Advice only: durability
/// still rests on [`Batch::sync`].
fn start_writeback(file: &File) {
    #[cfg(target_os = "linux")]
    {
        let _ = rustix::fs::fadvise(file, 0, None, rustix::fs::Advice::DontNeed);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = file;
}

/// Which side of a copy failed: a source that cannot be read is the user's file to name, a
/// copy that cannot be written is the workspace's (a full disk, a refused path).
#[derive(Debug)]
pub enum CopyError {
    Read(io::Error),
    Write(io::Error),
}

/// A reader that remembers whether it failed, to tell a copy's two sides apart.
struct Watched<R> {
    inner: R,
    failed: bool,
}

impl<R: io::Read> io::Read for Watched<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).inspect_err(|e| {
            self.failed |= e.kind() != io::ErrorKind::Interrupted;
        })
    }
}

/// A file copied under a temporary name by [`Batch::stage_copy`], with the hash and size of
/// what was written; removed if never placed.
pub struct StagedCopy {
    tmp: tempfile::TempPath,
    pub sha256: String,
    pub size: u64,
}

/// A file written under a temporary name by [`Batch::stage`]; removed if never renamed.
pub struct Pending {
    tmp: tempfile::TempPath,
    path: PathBuf,
}

impl Pending {
    /// Where the file goes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the file into place if its target still holds `expected` (`None`: absent), as
    /// [`write_atomic_if`] does; the rename is durable after the batch's next sync.
    pub fn replace_if(self, expected: Option<&[u8]>) -> io::Result<bool> {
        if fs::read(&self.path).ok().as_deref() != expected {
            return Ok(false);
        }
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(true)
    }
}

/// Reads a file of at most `max` bytes: `Ok(Err(size))` for a larger one. Every reader of
/// user files goes through it, so no file can make skp read gigabytes into memory. A regular
/// file, or a pipe (`--manifest /dev/stdin`, `import <(…)`), which is opened without waiting
/// for a writer (a FIFO nobody writes to reads as empty); never a device (`/dev/zero` never
/// ends) or a folder.
pub fn read_at_most(path: &Path, max: u64) -> io::Result<Result<Vec<u8>, u64>> {
    use std::io::Read;
    let (file, meta) = open_nonblocking(path)?;
    let len = if meta.is_file() {
        meta.len()
    } else if is_pipe(&meta) {
        // Read as any pipe is, waiting for what the writer sends.
        #[cfg(target_os = "linux")]
        {
            let flags = rustix::fs::fcntl_getfl(&file)?;
            rustix::fs::fcntl_setfl(&file, flags - rustix::fs::OFlags::NONBLOCK)?;
        }
        0
    } else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "{}: {}",
                path.display(),
                Msg::NotFileOrPipe.render(process_lang())
            ),
        ));
    };
    if len > max {
        return Ok(Err(len));
    }
    let mut buf = Vec::with_capacity(len as usize);
    // `take` guards against a file that grows while being read.
    file.take(max + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > max {
        return Ok(Err(buf.len() as u64));
    }
    Ok(Ok(buf))
}

/// Opens `path` for reading without waiting for a FIFO's writer, with what was opened.
fn open_nonblocking(path: &Path) -> io::Result<(File, fs::Metadata)> {
    #[cfg(target_os = "linux")]
    let f = {
        use std::os::unix::fs::OpenOptionsExt;
        fs::OpenOptions::new()
            .read(true)
            .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
            .open(path)?
    };
    // Elsewhere a FIFO is opened as any reader would, waiting for its writer.
    #[cfg(not(target_os = "linux"))]
    let f = File::open(path)?;
    let meta = f.metadata()?;
    Ok((f, meta))
}

/// Whether an opened file is a pipe or FIFO.
fn is_pipe(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        meta.file_type().is_fifo()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Opens a file for reading only if it is a regular file: a FIFO would block forever and a
/// device could be endless. Checked on the opened handle, so a swap after the check is caught.
pub fn open_regular(path: &Path) -> io::Result<File> {
    open_regular_len(path).map(|(f, _)| f)
}

/// The bytes of a regular file, opened as [`open_regular`] opens it: a FIFO or a device in
/// its place (or behind a link there) is an error at once, never a wait for a writer. For
/// files skp reads without the user naming them (its cache, `.gitattributes`).
pub fn read_regular(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let (mut f, len) = open_regular_len(path)?;
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    f.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// As [`open_regular`], with the size of the opened file (for [`hash_stream`]).
pub fn open_regular_len(path: &Path) -> io::Result<(File, u64)> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular(path));
    }
    #[cfg(target_os = "linux")]
    let f = {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK (04000 on Linux): opening a FIFO swapped in after the check returns at
        // once instead of waiting for a writer; it has no effect on regular files.
        fs::OpenOptions::new()
            .read(true)
            .custom_flags(0o4000)
            .open(path)?
    };
    #[cfg(not(target_os = "linux"))]
    let f = File::open(path)?;
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(path));
    }
    Ok((f, meta.len()))
}

/// As [`open_regular`], without following a final link and without a stat by path first: for
/// a path the caller has just seen as a regular file (its own `lstat`, or a walk that does not
/// follow links), where that second stat was a tenth of the system calls of `verify --full`.
/// A link swapped in since is not followed; anything but a regular file is refused after it
/// is opened (without blocking, as a FIFO is opened). Returns the metadata of what was opened.
pub fn open_nofollow_regular(path: &Path) -> io::Result<(File, fs::Metadata)> {
    #[cfg(target_os = "linux")]
    let f = {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
        fs::OpenOptions::new()
            .read(true)
            .custom_flags(flags.bits() as i32)
            .open(path)?
    };
    #[cfg(not(target_os = "linux"))]
    let f = open_regular(path)?;
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(path));
    }
    Ok((f, meta))
}

/// The lock file of a file skp rewrites (a ledger, an approval record): in `.skp/locks/`
/// (git-ignored), never beside the file where it would show up in `git status`.
pub fn lock_path(root: &Path, file: &Path) -> io::Result<PathBuf> {
    let rel: Vec<_> = file
        .strip_prefix(root)
        .unwrap_or(file)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    Ok(locks_dir(root)?.join(format!("{}.lock", rel.join("__"))))
}

/// `.skp/locks/`, with the `.gitignore` that keeps its files out of git.
pub fn locks_dir(root: &Path) -> io::Result<PathBuf> {
    let dir = root.join(".skp").join("locks");
    write_marker(root, &dir.join(".gitignore"), "*\n")?;
    Ok(dir)
}

/// `.skp/claims/` (a ledger writer's claim on the version it read), with its `.gitignore`.
pub fn claims_dir(root: &Path) -> io::Result<PathBuf> {
    let dir = root.join(".skp").join("claims");
    write_marker(root, &dir.join(".gitignore"), "*\n")?;
    Ok(dir)
}

/// An exclusive advisory lock held until dropped (std `File::lock`). Correctness never rests
/// on it alone: writers also re-read before they rename (see `evidence::ledger`).
pub struct Lock {
    file: File,
}

impl Lock {
    /// Locks `path` (inside `root`), creating it if needed; never through a link.
    pub fn acquire(root: &Path, path: &Path) -> io::Result<Lock> {
        let file = Lock::open(root, path)?;
        file.lock()?;
        Ok(Lock { file })
    }

    /// As [`Lock::acquire`] without waiting: `None` when another holder has it. For a writer
    /// that already holds other locks, which must not wait for one while holding them.
    pub fn try_acquire(root: &Path, path: &Path) -> io::Result<Option<Lock>> {
        let file = Lock::open(root, path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Lock { file })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) => Err(e),
        }
    }

    /// As [`Lock::acquire`], shared with other shared holders and excluding only
    /// [`Lock::acquire`]: for many writers that must not overlap one kind of change.
    pub fn acquire_shared(root: &Path, path: &Path) -> io::Result<Lock> {
        let file = Lock::open(root, path)?;
        file.lock_shared()?;
        Ok(Lock { file })
    }

    fn open(root: &Path, path: &Path) -> io::Result<File> {
        create_dirs(root, path)?;
        if fs::symlink_metadata(path).is_ok_and(|m| !m.is_file()) {
            return Err(not_regular(path));
        }
        let mut options = fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        // A FIFO planted as a lock file would block the open until a reader came: opened
        // without blocking (it fails at once), and anything but a regular file is refused.
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
        }
        let file = options.open(path)?;
        if !file.metadata()?.is_file() {
            return Err(not_regular(path));
        }
        Ok(file)
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// SHA-256 (lower-case hex) and length of everything `src` yields, copying it to `to` on the way
/// when given: one read for both, with a 256 KiB buffer (full speed, small enough to run many
/// in parallel).
///
/// `stat_size`: the size the caller's stat of `src` showed. A read that comes up short of the
/// buffer exactly there is taken as the end of the file (a local file's read is only short at
/// its end), which saves the final read that would return 0: a file of up to 256 KiB is read
/// once, one system call in five of `verify --full`. Bytes appended since the stat and not yet
/// read are left out, as they would be had they come just after a final empty read; on any
/// other count, reading goes on to a read of 0.
pub fn hash_stream(
    src: &mut impl io::Read,
    to: Option<&mut File>,
    stat_size: Option<u64>,
) -> io::Result<(String, u64)> {
    thread_local! {
        // One buffer per thread, kept between files: a fresh 256 KiB buffer per file was an
        // mmap, a zeroing and an munmap each time, a third of `verify --full` over small files.
        static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            buf.resize(256 * 1024, 0);
            hash_with(src, to, stat_size, &mut buf)
        }
        // Only if a reader itself hashes on this thread; never in skp, but stay correct.
        Err(_) => hash_with(src, to, stat_size, &mut vec![0u8; 256 * 1024]),
    })
}

fn hash_with(
    src: &mut impl io::Read,
    mut to: Option<&mut File>,
    stat_size: Option<u64>,
    buf: &mut [u8],
) -> io::Result<(String, u64)> {
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    let mut size = 0u64;
    loop {
        let n = match src.read(buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        size += n as u64;
        h.update(&buf[..n]);
        if let Some(out) = to.as_mut() {
            out.write_all(&buf[..n])?;
        }
        if n < buf.len() && stat_size == Some(size) {
            break;
        }
    }
    Ok((crate::base::hex(&h.finalize()), size))
}

// Test fixtures are written with std into a fresh temporary folder of the test's own: nothing
// of a workspace is there to protect, so they need not go through this module.
#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A write through a link inside that leads nowhere is refused as a link, one through a
    /// link out of the workspace as leaving it.
    #[cfg(unix)]
    #[test]
    fn guard_tells_a_dangling_link_inside_from_one_out() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("ws");
        std::fs::create_dir_all(&root).unwrap();
        symlink("tidak-ada", root.join("putus")).unwrap();
        symlink(tmp.path(), root.join("keluar")).unwrap();
        let said = |rel: &str| guard(&root, &root.join(rel)).unwrap_err().to_string();
        let lang = process_lang();
        assert!(said("putus/a.xlsx").ends_with(&Msg::RefusedLink.render(lang)));
        assert!(said("keluar/a.xlsx").ends_with(&Msg::RefusedLinkOut.render(lang)));
    }

    /// Each way a path can end, inside and out, in a temporary workspace with a folder beside
    /// it.
    #[cfg(unix)]
    #[test]
    fn walk_inside_never_looks_past_the_workspace() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("ws");
        let outside = tmp.path().join("luar");
        for d in [root.join("b/p"), root.join("b/q"), outside.join("x")] {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(root.join("b/p/a.pdf"), b"a").unwrap();
        std::fs::write(outside.join("x/a.pdf"), b"a").unwrap();
        let link = |name: &str, target: &Path| symlink(target, root.join(name)).unwrap();
        link("b/p/ke-a.pdf", Path::new("a.pdf"));
        link("b/p/ke-a-mutlak.pdf", &root.join("b/p/a.pdf"));
        link("b/p/putus.pdf", Path::new("tidak-ada.pdf"));
        link("b/p/putar.pdf", Path::new("putar.pdf"));
        link("b/p/keluar.pdf", &outside.join("x/a.pdf"));
        link("b/p/keluar-putus.pdf", &outside.join("tidak-ada.pdf"));
        link("b/p/naik.pdf", Path::new("../../../luar/x/a.pdf"));
        link("b/p/pulang.pdf", Path::new("../../../ws/b/p/a.pdf"));
        link("b/lain", &outside.join("x"));
        link("b/p/lewat.pdf", Path::new("../lain/../q/a.pdf"));
        link("b/q/ke-p", Path::new("../p"));
        let cases = [
            ("b/p/a.pdf", "Found"),
            ("b/p/tidak-ada.pdf", "Missing"),
            ("b/p/a.pdf/x", "Missing"),
            ("b/p/ke-a.pdf", "Found"),
            ("b/p/ke-a-mutlak.pdf", "Found"),
            ("b/q/ke-p/a.pdf", "Found"),
            ("b/p/putus.pdf", "Missing"),
            ("b/p/putar.pdf", "Loop"),
            ("b/p/keluar.pdf", "Outside"),
            ("b/p/keluar-putus.pdf", "Outside"),
            ("b/p/naik.pdf", "Outside"),
            // Out and back in by text: it left, whatever is there.
            ("b/p/pulang.pdf", "Outside"),
            ("b/lain/a.pdf", "Outside"),
            ("b/lain/tidak-ada.pdf", "Outside"),
            ("b/p/lewat.pdf", "Outside"),
        ];
        let kind = |w: Walk| match w {
            Walk::Found(_) => "Found",
            Walk::Missing => "Missing",
            Walk::Unreadable(_) => "Unreadable",
            Walk::Loop => "Loop",
            Walk::Outside => "Outside",
        };
        for (rel, want) in cases {
            assert_eq!(kind(walk_inside(&root, Path::new(rel))), want, "{rel}");
        }
        // Found, with every link expanded.
        let found = walk_inside(&root, Path::new("b/q/ke-p/a.pdf"));
        assert!(
            matches!(&found, Walk::Found(at) if at == Path::new("b/p/a.pdf")),
            "{found:?}"
        );
        // Looked at as a recorded path, the same; the loop is unreadable, as the kernel says.
        assert!(
            matches!(look_inside(&root, Path::new("b/p/a.pdf")), Lookup::Found(_, m) if m.is_file())
        );
        assert!(matches!(
            look_inside(&root, Path::new("b/lain/a.pdf")),
            Lookup::Outside
        ));
        assert!(matches!(
            look_inside(&root, Path::new("b/p/putus.pdf")),
            Lookup::Missing
        ));
        assert!(matches!(
            look_inside(&root, Path::new("b/p/putar.pdf")),
            Lookup::Unreadable(_)
        ));
    }

    #[test]
    fn a_failed_temporary_file_says_why_without_its_own_name() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("tidak-ada");
        let e = temp_in(&gone).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
        let text = e.to_string();
        assert!(text.contains("os error"), "{text}");
        assert!(
            !text.contains(TEMP_PREFIX) && !text.contains("tidak-ada"),
            "{text}"
        );
        // The system's code survives, for its words in the user's language.
        assert_eq!(e.raw_os_error(), Some(2), "{e:?}");
    }

    #[test]
    fn open_nofollow_regular_opens_only_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.pdf");
        fs::write(&file, b"isi").unwrap();
        let (_, meta) = open_nofollow_regular(&file).unwrap();
        assert_eq!(meta.len(), 3);
        // A link, even to a regular file, is not followed.
        let link = dir.path().join("tautan.pdf");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(open_nofollow_regular(&link).is_err());
        // A FIFO is refused at once instead of waiting for a writer; a folder is refused too.
        let fifo = dir.path().join("pipa.pdf");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(open_nofollow_regular(&fifo).is_err());
        }
        assert!(open_nofollow_regular(dir.path()).is_err());
    }

    /// A staged copy holds what was hashed, takes a free name only, comes back when the name
    /// is taken, and leaves nothing behind when dropped unplaced.
    #[test]
    fn a_staged_copy_is_placed_only_under_a_free_name() {
        let root = tempfile::tempdir().unwrap();
        let src = root.path().join("sumber.pdf");
        fs::write(&src, b"isi bukti").unwrap();
        let batch = Batch::default();
        let folder = root.path().join("bukti").join("2026-TW1");
        let stage = || {
            batch
                .stage_copy(
                    root.path(),
                    open_regular_len(&src).unwrap(),
                    &folder.join("a.pdf"),
                    "copy",
                )
                .unwrap()
        };
        let copy = stage();
        let expected = hash_stream(&mut &b"isi bukti"[..], None, None).unwrap();
        assert_eq!((copy.sha256.clone(), copy.size), expected);
        assert!(
            batch
                .place(root.path(), copy, &folder.join("a.pdf"))
                .unwrap()
                .is_ok()
        );
        assert_eq!(fs::read(folder.join("a.pdf")).unwrap(), b"isi bukti");
        // The name is taken now: the second copy comes back, and dropping it removes it.
        let back = batch
            .place(root.path(), stage(), &folder.join("a.pdf"))
            .unwrap()
            .expect_err("a taken name is never replaced");
        drop(back);
        let names: Vec<_> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.pdf")]);
        // A folder linked out of the root is refused before anything is written.
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), root.path().join("keluar")).unwrap();
        let refused = batch.stage_copy(
            root.path(),
            open_regular_len(&src).unwrap(),
            &root.path().join("keluar").join("a.pdf"),
            "copy",
        );
        assert!(refused.is_err());
        assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 0);
    }
}
