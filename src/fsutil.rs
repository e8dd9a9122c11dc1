//! Safe file writing: the only place skp writes user data goes through here.
//!
//! Every write is atomic — a temporary file in the same folder, fsync, rename, fsync of the
//! folder — so a crash leaves the old file or the new one, never a torn one. Named fault points
//! (`SKP_FAULT=<name>`) let tests kill the process at each step deterministically.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

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

/// This machine's name, so that temporary files and claims of a dead process can be told from
/// those of another host sharing the folder.
pub fn host() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().replace(['-', '/', ' '], "_"))
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .unwrap_or_default()
}

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
    let mine = format!(".skp-tmp-{}-", host());
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
    let prefix = format!(".skp-tmp-{}-{}-", host(), std::process::id());
    let mut b = tempfile::Builder::new();
    b.prefix(&prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(fs::Permissions::from_mode(0o666));
    }
    b.tempfile_in(dir)
}

/// Writes `bytes` to `path` atomically. `fault_prefix` names the fault points
/// `<prefix>-temp` (temp file written, not renamed) and `<prefix>-renamed`.
pub fn write_atomic(path: &Path, bytes: &[u8], fault_prefix: &str) -> io::Result<()> {
    write_atomic_if(path, bytes, fault_prefix, None).map(|_| ())
}

/// Like [`write_atomic`], but only if `path` still holds `expected` (`Some(None)`: does not
/// exist) just before the rename: a compare-and-swap that keeps concurrent writers from
/// silently replacing each other's work. Returns whether it wrote.
pub fn write_atomic_if(
    path: &Path,
    bytes: &[u8],
    fault_prefix: &str,
    expected: Option<Option<&[u8]>>,
) -> io::Result<bool> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut tmp = temp_in(dir)?;
    tmp.write_all(bytes)?;
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

/// Copies `from` to `to` atomically, never replacing an existing `to`. Returns `false` when
/// `to` already exists (the caller decides whether that is the same content).
pub fn copy_new(from: &Path, to: &Path, fault_prefix: &str) -> io::Result<bool> {
    let dir = to.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    if to.exists() {
        return Ok(false);
    }
    let mut tmp = temp_in(dir)?;
    let mut src = File::open(from)?;
    io::copy(&mut src, tmp.as_file_mut())?;
    tmp.as_file().sync_all()?;
    fault(&format!("{fault_prefix}-temp"));
    match tmp.persist_noclobber(to) {
        Ok(_) => {}
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => return Ok(false),
        Err(e) => return Err(e.error),
    }
    sync_dir(dir)?;
    fault(&format!("{fault_prefix}-renamed"));
    Ok(true)
}

/// An exclusive advisory lock held until dropped (std `File::lock`). Correctness never rests
/// on it alone: writers also re-read before they rename (see `evidence::ledger`).
pub struct Lock {
    file: File,
}

impl Lock {
    pub fn acquire(path: &Path) -> io::Result<Lock> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)?;
        file.lock()?;
        Ok(Lock { file })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}
