//! An audit package as a BagIt bag (RFC 8493): the SKP, its ledger, its Realisasi files, its
//! approval record and its evidence under `data/`, with SHA-256 manifests an inspector can check with `sha256sum -c`
//! or any BagIt validator, without skp.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::hash;
use super::verify::State;
use crate::i18n::Msg;

/// A file to put in the bag: where it is now and its path under `data/`.
#[derive(Debug, Clone)]
pub struct Item {
    pub source: PathBuf,
    pub rel: String,
    /// The verified content of an evidence file: the copy must still hold it.
    pub sha256: Option<String>,
}

/// Whether a manifest writes `p` otherwise than as it is named (which `sha256sum -c`, unlike
/// a BagIt validator, cannot follow).
pub fn encoded(p: &str) -> bool {
    p.contains(['%', '\r', '\n'])
}

/// Percent-encodes what RFC 8493 §2.1.3 requires in manifest paths.
pub fn encode(p: &str) -> String {
    p.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn manifest(dir: &Path, files: &[String]) -> std::io::Result<String> {
    let mut out = String::new();
    for f in files {
        let (h, _) = hash::file(&dir.join(f))?;
        out.push_str(&format!("{h}  {}\n", encode(f)));
    }
    Ok(out)
}

/// Writes the bag at `dest` (which must not exist or be empty): built in a temporary folder
/// beside it and renamed into place only when complete, so a failure never leaves a partial
/// bag. Every payload path is a plain relative path kept under `data/`; every source is read
/// only if it is a regular file. `info` are `bag-info.txt` lines (label, value), in order.
pub fn write(dest: &Path, items: &[Item], info: &[(String, String)]) -> std::io::Result<usize> {
    let parent = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    let tmp = tempfile::Builder::new()
        .prefix(".skp-tmp-bag-")
        .tempdir_in(parent)?;
    let n = write_into(tmp.path(), items, info)?;
    if dest.exists() {
        // An empty folder the user made for it.
        fs::remove_dir(dest)?;
    }
    fs::rename(tmp.path(), dest)?;
    // Renamed: nothing left for the temporary folder's cleanup to remove.
    std::mem::forget(tmp);
    Ok(n)
}

fn write_into(dir: &Path, items: &[Item], info: &[(String, String)]) -> std::io::Result<usize> {
    let data = dir.join("data");
    fs::create_dir_all(&data)?;
    let mut payload: Vec<String> = Vec::new();
    let mut bytes = 0u64;
    for it in items {
        let said = |msg: Msg| msg.render(crate::i18n::process_lang());
        let rel = super::ledger::safe_relative(&it.rel).ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                said(Msg::BagNotPlainPath {
                    path: it.rel.clone(),
                }),
            )
        })?;
        let to = data.join(&rel);
        // Named, or the refusal would seem to be about the bag being written.
        let (mut src, len) = crate::fsutil::open_regular_len(&it.source).map_err(|e| {
            std::io::Error::new(
                e.kind(),
                said(Msg::BagSourceUnreadable {
                    file: it.source.display().to_string(),
                    error: crate::i18n::io_error(&e),
                }),
            )
        })?;
        let mut out = crate::fsutil::create_new(dir, &to)?;
        let (sha, n) = crate::fsutil::hash_stream(&mut src, Some(&mut out), Some(len))?;
        if it.sha256.as_ref().is_some_and(|h| *h != sha) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                said(Msg::BagChangedSinceVerified {
                    path: it.rel.clone(),
                }),
            ));
        }
        bytes += n;
        payload.push(format!("data/{}", it.rel));
    }
    payload.sort();
    payload.dedup();
    // Tag files, like the payload, are new files of the bag being built.
    let tag = |name: &str, text: &str| {
        crate::fsutil::create_new(dir, &dir.join(name))?.write_all(text.as_bytes())
    };
    tag(
        "bagit.txt",
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
    )?;
    tag("manifest-sha256.txt", &manifest(dir, &payload)?)?;
    let mut bi = String::new();
    for (k, v) in info {
        // One line per value: a newline would start a new label, and a control character
        // would reach whoever prints the file.
        let v: String = v
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        bi.push_str(&format!("{k}: {v}\n"));
    }
    bi.push_str(&format!("Payload-Oxum: {bytes}.{}\n", payload.len()));
    tag("bag-info.txt", &bi)?;
    let tags = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"].map(String::from);
    tag("tagmanifest-sha256.txt", &manifest(dir, &tags)?)?;
    Ok(payload.len())
}

/// The evidence files of a ledger's entries that can go in a bag, and the entries that cannot.
/// Each entry is judged by *its own* verified state (never by another entry with the same
/// hash), and its file is resolved inside the workspace (or the store) again before it is read:
/// a hand-edited `berkas: /etc/passwd` or `../../id_rsa` never reaches the bag.
pub fn evidence_items(
    root: &Path,
    cfg: &crate::workspace::config::Config,
    entries: &[(&super::ledger::Entry, &State)],
) -> (Vec<Item>, Vec<String>) {
    let mut items = Vec::new();
    let mut problems = Vec::new();
    for (e, state) in entries {
        let (Some(sha), Some(berkas)) = (&e.sha256, &e.berkas) else {
            continue;
        };
        if **state != State::Ok {
            problems.push(berkas.clone());
            continue;
        }
        let source = match cfg.evidence.storage {
            crate::workspace::config::Storage::Folder
                if super::ledger::safe_relative(berkas).is_some() =>
            {
                Some(super::add::store_path(root, &cfg.evidence.location, sha))
            }
            crate::workspace::config::Storage::Folder => None,
            crate::workspace::config::Storage::Repo => {
                super::ledger::resolve_inside(root, berkas).ok().flatten()
            }
        };
        match source {
            Some(source) => items.push(Item {
                source,
                rel: berkas.clone(),
                sha256: Some(sha.clone()),
            }),
            None => problems.push(berkas.clone()),
        }
    }
    (items, problems)
}
