//! The cascade as a tree: Renstra → PK → RHK of each level → subordinates' RHKs, with the
//! gaps (targets and results nobody serves, RHKs linked to nothing) marked.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::{Origin, Target};
use crate::model::Content;
use crate::model::org::OrgLevel;
use crate::workspace::Workspace;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Renstra,
    Tujuan,
    Sasaran,
    Program,
    Kegiatan,
    SubKegiatan,
    IndikatorRenstra,
    PkSasaran,
    PkIndikator,
    Rhk,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Renstra => "renstra",
            NodeKind::Tujuan => "tujuan",
            NodeKind::Sasaran => "sasaran",
            NodeKind::Program => "program",
            NodeKind::Kegiatan => "kegiatan",
            NodeKind::SubKegiatan => "sub_kegiatan",
            NodeKind::IndikatorRenstra => "indikator_renstra",
            NodeKind::PkSasaran => "pk_sasaran",
            NodeKind::PkIndikator => "pk_indikator",
            NodeKind::Rhk => "rhk",
        }
    }
}

/// The person an RHK node belongs to.
#[derive(Debug, Clone, Copy)]
pub struct Person<'a> {
    pub nip: &'a str,
    pub nama: &'a str,
    pub jabatan: &'a str,
    pub unit_kerja: &'a str,
}

/// A node borrows its text from the loaded plans: an agency's tree holds no second copy of
/// them.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    /// `DOC/ENTRY` (or the document id for a Renstra).
    pub id: String,
    pub kind: NodeKind,
    pub text: Cow<'a, str>,
    pub person: Option<Person<'a>>,
    pub children: Vec<usize>,
    /// A target or superior result that nobody serves.
    pub uncovered: bool,
    /// An RHK `jenis: tambahan`: a personal assignment, never a gap.
    pub tambahan: bool,
}

#[derive(Debug, Default)]
pub struct Tree<'a> {
    pub nodes: Vec<Node<'a>>,
    pub roots: Vec<usize>,
    /// RHKs that reach neither a superior's result nor an organisation entry.
    pub unlinked: Vec<usize>,
    /// Those of `unlinked` that do serve another RHK, in a chain that goes round (K109)
    /// instead of reaching a root.
    pub looped: Vec<usize>,
}

impl Tree<'_> {
    /// Number of distinct RHKs below `n`: one reached along two chains (it serves two
    /// results, or refers to two PK targets) counts once, and a cycle ends the walk.
    pub fn rhk_count(&self, n: usize) -> usize {
        let mut seen: HashSet<usize> = HashSet::new();
        let mut stack = self.nodes[n].children.clone();
        let mut count = 0;
        while let Some(c) = stack.pop() {
            if !seen.insert(c) {
                continue;
            }
            if self.nodes[c].kind == NodeKind::Rhk {
                count += 1;
            }
            stack.extend(self.nodes[c].children.iter().copied());
        }
        count
    }
}

#[derive(Hash, PartialEq, Eq, Clone, Debug)]
enum Key<'a> {
    Org(usize, &'a str),
    Rhk(usize, usize),
}

pub fn build<'a>(ws: &'a Workspace, c: &super::Cascade) -> Tree<'a> {
    let mut t = Tree::default();
    let mut index: HashMap<Key<'a>, usize> = HashMap::new();
    let mut add = |t: &mut Tree<'a>, key: Key<'a>, node: Node<'a>| -> usize {
        *index.entry(key).or_insert_with(|| {
            t.nodes.push(node);
            t.nodes.len() - 1
        })
    };
    // Renstra structure.
    for (di, d) in ws.docs.iter().enumerate() {
        let Content::Renstra(r) = &d.content else {
            continue;
        };
        let root = add(
            &mut t,
            Key::Org(di, ""),
            Node {
                id: r.id.value.clone(),
                kind: NodeKind::Renstra,
                text: Cow::Owned(format!(
                    "{} ({}–{})",
                    r.unit.value, r.tahun_mulai.value, r.tahun_selesai.value
                )),
                person: None,
                children: Vec::new(),
                uncovered: false,
                tambahan: false,
            },
        );
        t.roots.push(root);
        // Parent of each level: the last node seen one level up.
        let mut stack: Vec<(usize, u8)> = vec![(root, 0)];
        for e in r.entries() {
            let (kind, depth) = match e.level {
                OrgLevel::Tujuan => (NodeKind::Tujuan, 1),
                OrgLevel::Sasaran => (NodeKind::Sasaran, 2),
                OrgLevel::Program => (NodeKind::Program, 3),
                OrgLevel::Kegiatan => (NodeKind::Kegiatan, 4),
                OrgLevel::SubKegiatan => (NodeKind::SubKegiatan, 5),
                OrgLevel::Indikator => (NodeKind::IndikatorRenstra, 6),
            };
            // Indicators hang under the last entry, whatever its level, and never become a
            // parent themselves.
            let is_indicator = kind == NodeKind::IndikatorRenstra;
            if !is_indicator {
                while stack.last().is_some_and(|s| s.1 >= depth) {
                    stack.pop();
                }
            }
            let parent = stack.last().map_or(root, |s| s.0);
            let n = add(
                &mut t,
                Key::Org(di, &e.id.value),
                org_node(
                    r.id.value.as_str(),
                    e.id.value.as_str(),
                    &e.uraian.value,
                    kind,
                ),
            );
            t.nodes[parent].children.push(n);
            if !is_indicator {
                stack.push((n, depth));
            }
        }
    }
    // PK sasaran and indicators.
    for (di, d) in ws.docs.iter().enumerate() {
        let Content::PerjanjianKinerja(p) = &d.content else {
            continue;
        };
        for s in p.sasaran.iter() {
            let sn = add(
                &mut t,
                Key::Org(di, &s.id.value),
                org_node(
                    &p.id.value,
                    &s.id.value,
                    &s.uraian.value,
                    NodeKind::PkSasaran,
                ),
            );
            for i in s.indikator.iter() {
                let n = add(
                    &mut t,
                    Key::Org(di, &i.id.value),
                    org_node(
                        &p.id.value,
                        &i.id.value,
                        &i.uraian.value,
                        NodeKind::PkIndikator,
                    ),
                );
                t.nodes[sn].children.push(n);
            }
        }
    }
    // RHK nodes.
    for (di, _) in ws.docs.iter().enumerate() {
        let Some(s) = ws.skp_at(di) else { continue };
        let person = Person {
            nip: s.nip_shown(),
            nama: &s.pegawai.nama.value,
            jabatan: &s.pegawai.jabatan.value,
            unit_kerja: &s.pegawai.unit_kerja.value,
        };
        for (ri, r) in s.hasil_kerja.iter().enumerate() {
            add(
                &mut t,
                Key::Rhk(di, ri),
                Node {
                    id: format!("{}/{}", s.resolved_id.value, r.id.value),
                    kind: NodeKind::Rhk,
                    text: Cow::Borrowed(&r.rhk.value),
                    person: Some(person),
                    children: Vec::new(),
                    uncovered: false,
                    tambahan: r
                        .jenis
                        .as_ref()
                        .is_some_and(|j| j.value == crate::model::vocab::JenisRhk::Tambahan),
                },
            );
        }
    }
    // Edges from references: child (referring) under parent (referred to).
    let mut has_parent = vec![false; t.nodes.len()];
    let mut external = vec![false; t.nodes.len()];
    for r in &c.references {
        let child = match r.origin {
            Origin::Intervensi { doc, rhk, .. } | Origin::SkpAcuan { doc, rhk, .. } => {
                index.get(&Key::Rhk(doc, rhk))
            }
            Origin::PkAcuan { doc, sasaran, .. } => match &ws.docs[doc].content {
                Content::PerjanjianKinerja(p) => {
                    index.get(&Key::Org(doc, &p.sasaran[sasaran].id.value))
                }
                _ => None,
            },
        };
        let parent = match &r.result {
            Ok(Target::Skp { doc, rhk, .. }) => index.get(&Key::Rhk(*doc, *rhk)),
            Ok(Target::Org { doc, entry }) => index.get(&Key::Org(*doc, entry.as_str())),
            Err(_) => None,
        };
        if let (Some(&ch), Some(&pa)) = (child, parent)
            && ch != pa
            && !t.nodes[pa].children.contains(&ch)
        {
            t.nodes[pa].children.push(ch);
            has_parent[ch] = true;
        }
        // Served in another repository's document: linked, only not drawn here.
        if let (Some(&ch), Err(super::Unresolved::External)) = (child, &r.result) {
            external[ch] = true;
        }
    }
    for (i, n) in t.nodes.iter().enumerate() {
        if matches!(n.kind, NodeKind::PkSasaran) && !has_parent[i] {
            t.roots.push(i);
        }
    }
    // RHKs with no parent: roots when they are the top of a chain (a JPT without acuan has
    // its own subtree), unlinked otherwise.
    for (i, &parented) in has_parent.iter().enumerate() {
        if t.nodes[i].kind != NodeKind::Rhk || parented {
            continue;
        }
        if t.nodes[i].children.is_empty() && !external[i] {
            t.unlinked.push(i);
        } else {
            t.roots.push(i);
        }
    }
    // RHKs no root reaches (caught in a cycle) are listed as unlinked rather than lost.
    let mut reached = vec![false; t.nodes.len()];
    let mut stack: Vec<usize> = t.roots.iter().chain(&t.unlinked).copied().collect();
    while let Some(i) = stack.pop() {
        if !std::mem::replace(&mut reached[i], true) {
            stack.extend(t.nodes[i].children.iter().copied());
        }
    }
    for (i, r) in reached.iter().enumerate() {
        if !r && t.nodes[i].kind == NodeKind::Rhk {
            t.unlinked.push(i);
            t.looped.push(i);
        }
    }
    // Gaps: PK indicators nobody serves; superiors' RHKs nobody serves (as K112 sees them).
    let sup = &c.superiors;
    for n in &mut t.nodes {
        let superior = n.person.as_ref().is_some_and(|p| sup.nips.contains(p.nip))
            || n.id
                .split_once('/')
                .is_some_and(|(skp, _)| sup.positions.contains(skp));
        n.uncovered = n.children.is_empty()
            && !n.tambahan
            && match n.kind {
                NodeKind::PkIndikator => true,
                NodeKind::Rhk => superior,
                _ => false,
            };
    }
    // A PK indicator is covered when its sasaran is served directly.
    let covered_sasaran: Vec<usize> = t
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            n.kind == NodeKind::PkSasaran
                && n.children.iter().any(|&c| t.nodes[c].kind == NodeKind::Rhk)
        })
        .map(|(i, _)| i)
        .collect();
    for s in covered_sasaran {
        let kids = t.nodes[s].children.clone();
        for k in kids {
            if t.nodes[k].kind == NodeKind::PkIndikator {
                t.nodes[k].uncovered = false;
            }
        }
    }
    t
}

fn org_node<'a>(doc: &str, entry: &str, text: &'a str, kind: NodeKind) -> Node<'a> {
    Node {
        id: format!("{doc}/{entry}"),
        kind,
        text: Cow::Borrowed(text),
        person: None,
        children: Vec::new(),
        uncovered: false,
        tambahan: false,
    }
}
