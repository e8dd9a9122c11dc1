//! The cascade (keselarasan): every `intervensi` and `acuan` reference of the workspace,
//! resolved once against an index of documents and entries. Alignment rules,
//! `skp tree` and the Matriks Peran Hasil all read this one resolution.
//!
//! Indexing is by hash maps keyed on ids and NIPs, so resolution is near-linear in the size of
//! the workspace; "closest id" hints search only the target document.

pub mod mph;
mod resolve;
pub mod tree;

use std::collections::{HashMap, HashSet};

pub use resolve::{build, closest};

use crate::diag::{FileId, Span};

/// Where a reference is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `hasil_kerja[rhk].intervensi[item]` of the SKP `doc`.
    Intervensi { doc: usize, rhk: usize, item: usize },
    /// `hasil_kerja[rhk].acuan[item]` of the SKP `doc`.
    SkpAcuan { doc: usize, rhk: usize, item: usize },
    /// `sasaran[sasaran].acuan[item]` of the PK `doc`.
    PkAcuan {
        doc: usize,
        sasaran: usize,
        item: usize,
    },
}

impl Origin {
    pub fn doc(self) -> usize {
        match self {
            Origin::Intervensi { doc, .. }
            | Origin::SkpAcuan { doc, .. }
            | Origin::PkAcuan { doc, .. } => doc,
        }
    }
}

/// What a reference points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// An RHK of an SKP, or one of its indicators.
    Skp {
        doc: usize,
        rhk: usize,
        iki: Option<usize>,
    },
    /// An entry of a Renstra or PK.
    Org { doc: usize, entry: String },
}

impl Target {
    pub fn doc(&self) -> usize {
        match self {
            Target::Skp { doc, .. } | Target::Org { doc, .. } => *doc,
        }
    }
}

/// Why a reference does not resolve.
#[derive(Debug, Clone, PartialEq)]
pub enum Unresolved {
    /// `DOC` names no document (and no person's SKP).
    UnknownDoc { doc: String, closest: Vec<String> },
    /// `ENTRY` is not in the target document.
    UnknownEntry {
        doc: usize,
        entry: String,
        closest: Vec<String>,
    },
    /// A NIP with two or more SKPs overlapping the referring SKP.
    Ambiguous { nip: String, candidates: Vec<usize> },
    /// A bare reference whose superior (with a NIP) has no SKP in the workspace.
    NoSuperiorSkp { nip: String },
    /// A bare reference whose superior has no NIP (a Bupati, a Menteri): outside the workspace
    /// by definition; never reported.
    Outside,
    /// `intervensi` naming an organisation document, or `acuan` naming an SKP.
    WrongKind { doc: usize },
    /// Marked `eksternal: true` and naming a document that is not in the workspace: kept in
    /// another repository, never resolved here (reported once, as an info: K117).
    External,
}

/// One reference, resolved.
#[derive(Debug, Clone)]
pub struct Reference {
    pub origin: Origin,
    pub file: FileId,
    pub span: Span,
    /// As written.
    pub text: String,
    /// The snapshot text of `{ ref, teks }`, with its span.
    pub snapshot: Option<(String, Span)>,
    /// Whether it was written without `DOC/` (resolved against the superior).
    pub bare: bool,
    pub result: Result<Target, Unresolved>,
}

/// Who is somebody's superior: the NIPs named as `atasan_kinerja` (or, without one, as the
/// appraiser) and the SKP ids named as an appraiser's position (`pejabat_penilai.skp`). Their
/// results are the ones subordinates are expected to serve.
#[derive(Debug, Default)]
pub struct Superiors {
    pub nips: HashSet<String>,
    pub positions: HashSet<String>,
}

impl Superiors {
    pub fn of(docs: &[crate::model::Doc]) -> Superiors {
        let mut s = Superiors::default();
        for d in docs {
            let crate::model::Content::Skp(skp) = &d.content else {
                continue;
            };
            if let Some(a) = &skp.atasan_kinerja {
                s.nips.insert(a.value.as_str().to_string());
            } else if let Some(n) = skp.pejabat_penilai.known_nip() {
                s.nips.insert(n.to_string());
            }
            if let Some(p) = &skp.pejabat_penilai.skp {
                s.positions.insert(p.value.clone());
            }
        }
        s
    }

    /// Whether the SKP with this NIP (`None`: not known) and id is somebody's superior.
    pub fn contains(&self, nip: Option<&str>, skp_id: &str) -> bool {
        nip.is_some_and(|n| self.nips.contains(n)) || self.positions.contains(skp_id)
    }
}

/// The index and every resolved reference.
#[derive(Debug, Default)]
pub struct Cascade {
    /// Superiors of the workspace (NIPs and positions).
    pub superiors: Superiors,
    /// SKP id → index in `Workspace::docs`.
    pub skp_by_id: HashMap<String, usize>,
    /// NIP → its SKPs (indices), in load order.
    pub skps_by_nip: HashMap<String, Vec<usize>>,
    /// Renstra/PK id → index.
    pub org_by_id: HashMap<String, usize>,
    pub references: Vec<Reference>,
    /// (SKP document, RHK) → the references resolving to it (or an indicator of it), by index
    /// into `references`: asking who serves every RHK of an agency stays linear.
    pub served: HashMap<(usize, usize), Vec<usize>>,
}

impl Cascade {
    /// References whose resolution names `target` (an RHK, or an indicator of it).
    pub fn served_by(&self, doc: usize, rhk: usize) -> impl Iterator<Item = &Reference> {
        self.served
            .get(&(doc, rhk))
            .into_iter()
            .flatten()
            .map(|&i| &self.references[i])
    }
}
