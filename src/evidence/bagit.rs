//! An audit package as a BagIt bag (RFC 8493): the SKP, its ledger, its Realisasi files and its
//! evidence under `data/`, with SHA-256 manifests an inspector can check with `sha256sum -c`
//! or any BagIt validator, without skp.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::hash;
use super::ledger::Ledger;
use super::verify::State;

/// A file to put in the bag: where it is now and its path under `data/`.
#[derive(Debug, Clone)]
pub struct Item {
    pub source: PathBuf,
    pub rel: String,
}

/// Percent-encodes what RFC 8493 §2.1.3 requires in manifest paths.
fn encode(p: &str) -> String {
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

/// Writes the bag. `info` are `bag-info.txt` lines (label, value), in order.
pub fn write(dir: &Path, items: &[Item], info: &[(String, String)]) -> std::io::Result<usize> {
    fs::create_dir_all(dir.join("data"))?;
    let mut payload: Vec<String> = Vec::new();
    let mut bytes = 0u64;
    for it in items {
        let to = dir.join("data").join(&it.rel);
        if let Some(p) = to.parent() {
            fs::create_dir_all(p)?;
        }
        bytes += fs::copy(&it.source, &to)?;
        payload.push(format!("data/{}", it.rel));
    }
    payload.sort();
    payload.dedup();
    fs::write(
        dir.join("bagit.txt"),
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
    )?;
    fs::write(dir.join("manifest-sha256.txt"), manifest(dir, &payload)?)?;
    let mut bi = String::new();
    for (k, v) in info {
        // One line per value: a newline would start a new label.
        bi.push_str(&format!("{k}: {}\n", v.replace(['\r', '\n'], " ")));
    }
    bi.push_str(&format!("Payload-Oxum: {bytes}.{}\n", payload.len()));
    let mut f = fs::File::create(dir.join("bag-info.txt"))?;
    f.write_all(bi.as_bytes())?;
    let tags = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"].map(String::from);
    fs::write(dir.join("tagmanifest-sha256.txt"), manifest(dir, &tags)?)?;
    Ok(payload.len())
}

/// The evidence files of a ledger that can go in a bag, and the entries that cannot.
pub fn evidence_items(
    root: &Path,
    cfg: &crate::workspace::config::Config,
    ledger: &Ledger,
    states: &[(String, State)],
) -> (Vec<Item>, Vec<String>) {
    let mut items = Vec::new();
    let mut problems = Vec::new();
    for e in &ledger.entries {
        let (Some(sha), Some(berkas)) = (&e.sha256, &e.berkas) else {
            continue;
        };
        let state = states.iter().find(|(h, _)| h == sha).map(|(_, s)| s);
        match state {
            Some(State::Ok) => {}
            _ => {
                problems.push(berkas.clone());
                continue;
            }
        }
        let source = match cfg.evidence.storage {
            crate::workspace::config::Storage::Folder => {
                super::add::store_path(root, &cfg.evidence.location, sha)
            }
            crate::workspace::config::Storage::Repo => root.join(berkas),
        };
        items.push(Item {
            source,
            rel: berkas.clone(),
        });
    }
    (items, problems)
}
