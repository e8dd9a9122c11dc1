//! Finding one SKP (and its ledger) without loading the whole workspace: an agency repository
//! holds thousands of SKPs and `evidence add` must feel instant. Candidate files are found by a
//! cheap text search for the NIP or id, and only those are parsed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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

fn skps_in(text: &str) -> Vec<Skp> {
    let parsed = parse(text, Budget::default());
    let mut diags = Vec::new();
    let mut cx = Cx {
        file: FileId(0),
        diags: &mut diags,
        plan_year: None,
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

/// A plan file's text within the loader's size budget (a larger file is not a plan skp reads).
fn read_text(path: &Path) -> Option<String> {
    let bytes = crate::workspace::read_limited(path).ok()?.ok()?;
    String::from_utf8(bytes).ok()
}

/// SKPs matching `nip` or `skp_id`: the one walker lists the workspace's plan files (so a nested
/// workspace is never searched), files under `pegawai/<nip>/` are tried first, and only files
/// whose text contains the NIP or id are parsed.
pub fn find(root: &Path, nip: Option<&str>, skp_id: Option<&str>) -> Vec<Found> {
    Index::new(root).find(nip, skp_id)
}

/// The workspace's plan files, listed once: a manifest naming thousands of SKPs looks each up in
/// this list instead of walking the workspace again for every one (which made it quadratic).
#[derive(Debug)]
pub struct Index {
    files: Vec<(String, PathBuf)>,
    /// The files under each `pegawai/<nip>/` folder, by NIP: looking a NIP up must not scan
    /// the whole list once per SKP of a manifest.
    by_nip: HashMap<String, Vec<usize>>,
    /// The text each lookup a batch announced will search for (see [`Index::expect`]), by
    /// pattern number.
    expected: HashMap<String, usize>,
    /// For each expected text, the files that hold it: found in one pass over every file,
    /// on the first lookup that must search beyond a NIP's folder (`None`: too many texts
    /// for one automaton; each lookup then reads every file, as without a batch).
    anywhere: OnceLock<Option<Vec<Vec<usize>>>>,
}

impl Index {
    pub fn new(root: &Path) -> Index {
        let files: Vec<(String, PathBuf)> =
            crate::workspace::walk(root, crate::workspace::Purpose::Skps)
                .candidates
                .into_iter()
                .filter_map(|c| match c {
                    crate::workspace::Candidate::File { path, rel } => Some((rel, path)),
                    crate::workspace::Candidate::Skipped { .. } => None,
                })
                .collect();
        let mut by_nip: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (rel, _)) in files.iter().enumerate() {
            if let Some((nip, _)) = rel.strip_prefix("pegawai/").and_then(|r| r.split_once('/')) {
                by_nip.entry(nip.to_string()).or_default().push(i);
            }
        }
        Index {
            files,
            by_nip,
            expected: HashMap::new(),
            anywhere: OnceLock::new(),
        }
    }

    /// Announces the lookups (NIP, SKP id) a batch is about to make. An SKP outside its NIP's
    /// `pegawai/<nip>/` folder (files are recognised by `kind`, not by path) is searched for in
    /// every plan file: once for all announced lookups rather than once each, which made a
    /// manifest for such a layout, or one full of unknown NIPs, quadratic (1 000 rows into an
    /// agency of 4 525 SKPs took 14 s).
    pub fn expect<'q>(
        &mut self,
        lookups: impl IntoIterator<Item = (Option<&'q str>, Option<&'q str>)>,
    ) {
        for (nip, skp_id) in lookups {
            let needle = Query::new(nip, skp_id).needle;
            let next = self.expected.len();
            if !needle.is_empty() {
                self.expected.entry(needle).or_insert(next);
            }
        }
        // A search made before covers only the texts announced then.
        self.anywhere = OnceLock::new();
    }

    /// As [`find`], in the files listed.
    pub fn find(&self, nip: Option<&str>, skp_id: Option<&str>) -> Vec<Found> {
        let q = Query::new(nip, skp_id);
        let in_folder = match nip.and_then(|n| self.by_nip.get(n)) {
            Some(in_folder) => q.scan(in_folder.iter().map(|&i| &self.files[i])),
            None => Vec::new(),
        };
        self.or_anywhere(&q, in_folder)
    }

    /// [`Index::find`] by NIP alone, refusing a NIP whose folder holds a file that declares an
    /// SKP but yields none (`Err`: the first such file; see
    /// [`crate::workspace::Workspace::unreadable_skps_of`], the same judgement for a loaded
    /// workspace). Each file of the folder is read and parsed once for both: a manifest looks
    /// up thousands of NIPs, and reading every SKP twice was a tenth of its time.
    pub fn find_nip(&self, nip: &str) -> Result<Vec<Found>, &str> {
        let q = Query::new(Some(nip), None);
        let mut in_folder = Vec::new();
        for &i in self.by_nip.get(nip).into_iter().flatten() {
            let (rel, path) = &self.files[i];
            let Some(text) = read_text(path) else {
                continue;
            };
            let declares = crate::workspace::declares_skp(&text);
            let wanted = q.wants(&text);
            if !declares && !wanted {
                continue;
            }
            let skps = skps_in(&text);
            if declares && skps.is_empty() {
                return Err(rel);
            }
            if wanted {
                in_folder.extend(q.keep(path, skps));
            }
        }
        Ok(self.or_anywhere(&q, in_folder))
    }

    /// What was found in the NIP's folder, or else in any plan file; sorted, without repeats.
    fn or_anywhere(&self, q: &Query, mut out: Vec<Found>) -> Vec<Found> {
        if out.is_empty() {
            out = match self.holding(&q.needle) {
                Some(files) => q.scan(files.iter().map(|&i| &self.files[i])),
                None => q.scan(self.files.iter()),
            };
        }
        out.sort_by(|a, b| a.file.cmp(&b.file));
        out.dedup_by(|a, b| a.file == b.file && a.skp.resolved_id.value == b.skp.resolved_id.value);
        out
    }

    /// The files whose text holds `needle`, if it was announced (see [`Index::expect`]).
    fn holding(&self, needle: &str) -> Option<&[usize]> {
        let pattern = *self.expected.get(needle)?;
        let holding = self
            .anywhere
            .get_or_init(|| self.search_expected())
            .as_ref()?;
        holding.get(pattern).map(Vec::as_slice)
    }

    /// One pass over every plan file for every announced text (Aho-Corasick). Sequential on
    /// purpose: it runs inside a `OnceLock` that the batch's parallel lookups wait on, and a
    /// rayon worker waiting there could otherwise be handed another lookup that waits on the
    /// same lock.
    fn search_expected(&self) -> Option<Vec<Vec<usize>>> {
        let mut patterns = vec![""; self.expected.len()];
        for (needle, &i) in &self.expected {
            patterns[i] = needle;
        }
        let automaton = aho_corasick::AhoCorasick::new(&patterns).ok()?;
        let mut holding = vec![Vec::new(); patterns.len()];
        for (i, (_, path)) in self.files.iter().enumerate() {
            let Some(text) = read_text(path) else {
                continue;
            };
            // Overlapping: one text may be part of another (ids `A-1` and `A-12`).
            for m in automaton.find_overlapping_iter(&text) {
                let files: &mut Vec<usize> = &mut holding[m.pattern().as_usize()];
                if files.last() != Some(&i) {
                    files.push(i);
                }
            }
        }
        Some(holding)
    }
}

/// One lookup: by NIP, by SKP id, or both.
struct Query<'a> {
    nip: Option<&'a str>,
    skp_id: Option<&'a str>,
    /// The text filter: the id, or — for the default id `NIP-YEAR` skp itself prints, which is
    /// not written in the file — its NIP.
    needle: String,
}

impl<'a> Query<'a> {
    fn new(nip: Option<&'a str>, skp_id: Option<&'a str>) -> Query<'a> {
        let needle = match skp_id {
            Some(id) => match id.rsplit_once('-') {
                Some((n, y)) if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => {
                    n.to_string()
                }
                _ => id.to_string(),
            },
            None => nip.unwrap_or_default().to_string(),
        };
        Query {
            nip,
            skp_id,
            needle,
        }
    }

    /// Cheap filter: the NIP or id must appear in the text.
    fn wants(&self, text: &str) -> bool {
        self.needle.is_empty() || text.contains(&self.needle)
    }

    /// The SKPs of one file that match.
    fn keep(&self, path: &Path, skps: Vec<Skp>) -> impl Iterator<Item = Found> {
        skps.into_iter()
            .filter(|s| {
                self.skp_id.is_none_or(|id| s.resolved_id.value == id)
                    && self.nip.is_none_or(|n| s.nip() == Some(n))
            })
            .map(move |skp| Found {
                file: path.to_path_buf(),
                skp,
            })
    }

    fn scan<'f>(&self, files: impl Iterator<Item = &'f (String, PathBuf)>) -> Vec<Found> {
        let mut out = Vec::new();
        for (_, path) in files {
            let Some(text) = read_text(path) else {
                continue;
            };
            if self.wants(&text) {
                out.extend(self.keep(path, skps_in(&text)));
            }
        }
        out
    }
}

// Test fixtures are written with std into a fresh temporary folder of the test's own: nothing
// of a workspace is there to protect, so they need not go through `fsutil`.
#[cfg(test)]
mod tests {
    use super::*;

    /// The announced texts are searched for overlapping (an id may be part of another), and a
    /// lookup finds only the SKP it names among the files that hold its text.
    #[test]
    fn announced_lookups_find_skps_outside_the_nip_folders() {
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dinas-kominfo");
        let plan =
            std::fs::read_to_string(example.join("pegawai/199507302020032005/skp-2026.yaml"))
                .unwrap();
        // Test fixtures are written with std into a temporary folder (inputs, not skp's output).
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::copy(example.join("skp.toml"), root.join("skp.toml")).unwrap();
        std::fs::create_dir_all(root.join("unit")).unwrap();
        for (file, id) in [("x.yaml", "SKP-1"), ("y.yaml", "SKP-12")] {
            let text = plan.replacen("kind: Skp\n", &format!("kind: Skp\nid: {id}\n"), 1);
            std::fs::write(root.join("unit").join(file), text).unwrap();
        }
        let mut index = Index::new(root);
        index.expect([(None, Some("SKP-1")), (None, Some("SKP-12"))]);
        let names = |files: &[usize]| -> Vec<&str> {
            files.iter().map(|&i| index.files[i].0.as_str()).collect()
        };
        assert_eq!(
            names(index.holding("SKP-1").unwrap()),
            ["unit/x.yaml", "unit/y.yaml"]
        );
        assert_eq!(names(index.holding("SKP-12").unwrap()), ["unit/y.yaml"]);
        assert!(index.holding("SKP-2").is_none(), "not announced");
        for (id, file) in [("SKP-1", "x.yaml"), ("SKP-12", "y.yaml")] {
            let found = index.find(None, Some(id));
            assert_eq!(found.len(), 1, "{id}");
            assert_eq!(found[0].file, root.join("unit").join(file));
        }
        // By NIP: both hold it, and neither is in its `pegawai/<nip>/` folder.
        assert_eq!(index.find_nip("199507302020032005").unwrap().len(), 2);
    }
}
