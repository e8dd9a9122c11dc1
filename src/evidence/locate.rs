//! Finding one SKP (and its ledger) without loading the whole workspace: an agency repository
//! holds thousands of SKPs and `evidence add` must feel instant. Candidate files are found by a
//! cheap text search for the NIP or id, and only those are parsed.

use std::path::{Path, PathBuf};

use crate::diag::FileId;
use crate::model::convert::{Cx, Header, convert_document, header};
use crate::model::skp::Skp;
use crate::model::{Content, Kind};
use crate::yaml::{Budget, parse};

/// An SKP found on disk.
#[derive(Debug)]
pub struct Found {
    pub file: PathBuf,
    pub skp: Skp,
}

fn skps_in(path: &Path) -> Vec<Skp> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let parsed = parse(&text, Budget::default());
    let mut diags = Vec::new();
    let mut cx = Cx {
        file: FileId(0),
        diags: &mut diags,
    };
    let mut out = Vec::new();
    for d in &parsed.documents {
        if let Header::Ours(Kind::Skp) = header(&mut cx, &d.root)
            && let Some(doc) = convert_document(&mut cx, Kind::Skp, &d.root)
            && let Content::Skp(s) = doc.content
        {
            out.push(*s);
        }
    }
    out
}

/// SKPs matching `nip` or `skp_id`, looking first in `pegawai/<nip>/`, then anywhere.
pub fn find(root: &Path, nip: Option<&str>, skp_id: Option<&str>) -> Vec<Found> {
    let needle = skp_id.or(nip).unwrap_or_default().to_string();
    let matches = |s: &Skp| {
        skp_id.is_none_or(|id| s.resolved_id.value == id) && nip.is_none_or(|n| s.nip() == n)
    };
    let mut out = Vec::new();
    let scan = |dir: &Path, out: &mut Vec<Found>| {
        let walker = ignore::WalkBuilder::new(dir)
            .hidden(true)
            .git_ignore(true)
            .require_git(false)
            .follow_links(false)
            .filter_entry(|e| e.file_name() != "bukti" && e.file_name() != "target")
            .build();
        for e in walker.flatten() {
            let p = e.path();
            let is_yaml = matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml"));
            if !is_yaml || !e.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            if p.to_string_lossy().ends_with(".bukti.yaml") {
                continue;
            }
            // Cheap filter: the NIP or id must appear in the text.
            let Ok(text) = std::fs::read_to_string(p) else {
                continue;
            };
            if !needle.is_empty() && !text.contains(&needle) {
                continue;
            }
            for s in skps_in(p) {
                if matches(&s) {
                    out.push(Found {
                        file: p.to_path_buf(),
                        skp: s,
                    });
                }
            }
        }
    };
    if let Some(n) = nip {
        let conventional = root.join("pegawai").join(n);
        if conventional.is_dir() {
            scan(&conventional, &mut out);
        }
    }
    if out.is_empty() {
        scan(root, &mut out);
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out.dedup_by(|a, b| a.file == b.file && a.skp.resolved_id.value == b.skp.resolved_id.value);
    out
}
