//! `skp tree` output: a terminal tree, JSON, Mermaid and Graphviz DOT.

use std::collections::HashSet;
use std::fmt::Write as _;

use std::cell::RefCell;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::json;

use super::escape_control;
use crate::cascade::tree::{NodeKind, Tree};
use crate::i18n::{Lang, Msg};

/// Which nodes to show: a node is kept when it matches or leads to a match.
pub struct Filter {
    pub nip: Option<String>,
    pub unit: Option<String>,
    pub uncovered: bool,
}

impl Filter {
    fn is_empty(&self) -> bool {
        self.nip.is_none() && self.unit.is_none() && !self.uncovered
    }
}

/// `keep[i]` for every node, and whether unlinked RHKs are shown.
pub fn select(t: &Tree, f: &Filter) -> Vec<bool> {
    let n = t.nodes.len();
    if f.is_empty() {
        return vec![true; n];
    }
    let matches = |i: usize| -> bool {
        let node = &t.nodes[i];
        let person_ok = match (&f.nip, &f.unit) {
            (None, None) => true,
            _ => node.person.as_ref().is_some_and(|p| {
                f.nip.as_ref().is_none_or(|nip| p.nip == *nip)
                    && f.unit
                        .as_ref()
                        .is_none_or(|u| p.unit_kerja.to_lowercase().contains(&u.to_lowercase()))
            }),
        };
        person_ok && (!f.uncovered || node.uncovered || t.unlinked.contains(&i))
    };
    // A node is kept if it matches, or any descendant matches; below a --nip match the whole
    // subtree stays (the person's subordinates).
    let mut keep = vec![false; n];
    let mut memo: Vec<Option<bool>> = vec![None; n];
    fn visit(
        t: &Tree,
        i: usize,
        m: &dyn Fn(usize) -> bool,
        memo: &mut Vec<Option<bool>>,
        path: &mut HashSet<usize>,
    ) -> bool {
        if let Some(v) = memo[i] {
            return v;
        }
        if !path.insert(i) {
            return false;
        }
        let mut any = m(i);
        for &c in &t.nodes[i].children {
            any |= visit(t, c, m, memo, path);
        }
        path.remove(&i);
        memo[i] = Some(any);
        any
    }
    let mut path = HashSet::new();
    for (i, k) in keep.iter_mut().enumerate() {
        *k = visit(t, i, &matches, &mut memo, &mut path);
    }
    if f.nip.is_some() && !f.uncovered {
        let seeds: Vec<usize> = (0..n).filter(|&i| matches(i)).collect();
        let mut stack = seeds;
        let mut seen = HashSet::new();
        while let Some(i) = stack.pop() {
            if !seen.insert(i) {
                continue;
            }
            keep[i] = true;
            stack.extend(t.nodes[i].children.iter().copied());
        }
    }
    keep
}

fn label(t: &Tree, i: usize, lang: Lang) -> String {
    let n = &t.nodes[i];
    let mut s = format!("{}  {}", n.id, n.text);
    if let Some(p) = &n.person {
        let _ = write!(s, " — {} ({})", p.nama, p.jabatan);
    } else if !matches!(n.kind, NodeKind::PkIndikator | NodeKind::IndikatorRenstra) {
        let c = t.rhk_count(i);
        if c > 0 {
            let _ = write!(s, " [{}]", Msg::TreeRhkCount { n: c }.render(lang));
        }
    }
    if n.uncovered {
        // A PK target is *dijabarkan* into RHKs; an RHK is *diintervensi* by its subordinates'.
        let gap = match n.kind {
            NodeKind::PkIndikator => Msg::TreeNotCascaded,
            _ => Msg::TreeUncovered,
        };
        let _ = write!(s, "  ⚠ {}", gap.render(lang));
    }
    escape_control(&s).into_owned()
}

pub fn render_text(t: &Tree, keep: &[bool], lang: Lang) -> String {
    let mut out = String::new();
    let mut path = HashSet::new();
    for &r in &t.roots {
        if !keep[r] {
            continue;
        }
        out.push_str(&label(t, r, lang));
        out.push('\n');
        children(t, r, keep, "", lang, &mut out, &mut path);
        out.push('\n');
    }
    let unlinked: Vec<usize> = t.unlinked.iter().copied().filter(|&u| keep[u]).collect();
    if !unlinked.is_empty() {
        out.push_str(&Msg::TreeUnlinked { n: unlinked.len() }.render(lang));
        out.push('\n');
        for (k, &u) in unlinked.iter().enumerate() {
            let last = k + 1 == unlinked.len();
            out.push_str(if last { "└── " } else { "├── " });
            out.push_str(&label(t, u, lang));
            if t.looped.contains(&u) {
                let _ = write!(out, "  ↻ {}", Msg::TreeLooped.render(lang));
            }
            out.push('\n');
        }
    }
    out
}

/// The levels the text tree draws below a root.
const MAX_DRAWN_DEPTH: usize = 64;

fn children(
    t: &Tree,
    i: usize,
    keep: &[bool],
    prefix: &str,
    lang: Lang,
    out: &mut String,
    path: &mut HashSet<usize>,
) {
    if !path.insert(i) {
        return;
    }
    let kids: Vec<usize> = t.nodes[i]
        .children
        .iter()
        .copied()
        .filter(|&c| keep[c])
        .collect();
    // Drawn to a depth no organisation reaches; deeper, said rather than cut in silence.
    if path.len() > MAX_DRAWN_DEPTH {
        if !kids.is_empty() {
            out.push_str(prefix);
            out.push_str("└── ");
            out.push_str(
                &Msg::TreeTooDeep {
                    depth: MAX_DRAWN_DEPTH,
                }
                .render(lang),
            );
            out.push('\n');
        }
        path.remove(&i);
        return;
    }
    for (k, &c) in kids.iter().enumerate() {
        let last = k + 1 == kids.len();
        out.push_str(prefix);
        out.push_str(if last { "└── " } else { "├── " });
        out.push_str(&label(t, c, lang));
        out.push('\n');
        let next = format!("{prefix}{}", if last { "    " } else { "│   " });
        children(t, c, keep, &next, lang, out, path);
    }
    path.remove(&i);
}

/// One node and, lazily, its kept children: serialised as it is written, so the JSON of a tree
/// of hundreds of thousands of results is streamed rather than built (DESIGN: `tree --format
/// json` at 10 000 SKPs within 200 MB). `path` breaks cycles as the text form does.
struct NodeJson<'a> {
    t: &'a Tree<'a>,
    i: usize,
    keep: &'a [bool],
    path: &'a RefCell<HashSet<usize>>,
}

struct ChildrenJson<'a>(&'a NodeJson<'a>);

struct NodesJson<'a> {
    t: &'a Tree<'a>,
    of: &'a [usize],
    keep: &'a [bool],
    path: &'a RefCell<HashSet<usize>>,
}

impl Serialize for NodeJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let n = &self.t.nodes[self.i];
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("id", &n.id)?;
        m.serialize_entry("kind", n.kind.as_str())?;
        m.serialize_entry("text", &n.text)?;
        m.serialize_entry(
            "pegawai",
            &n.person.as_ref().map(|p| {
                json!({"nip": p.nip, "nama": p.nama, "jabatan": p.jabatan, "unit_kerja": p.unit_kerja})
            }),
        )?;
        m.serialize_entry("uncovered", &n.uncovered)?;
        m.serialize_entry("children", &ChildrenJson(self))?;
        m.end()
    }
}

impl Serialize for ChildrenJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let node = self.0;
        let mut seq = s.serialize_seq(None)?;
        if node.path.borrow_mut().insert(node.i) {
            for &c in &node.t.nodes[node.i].children {
                if node.keep[c] {
                    seq.serialize_element(&NodeJson { i: c, ..*node })?;
                }
            }
            node.path.borrow_mut().remove(&node.i);
        }
        seq.end()
    }
}

impl Serialize for NodesJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for &i in self.of.iter().filter(|&&i| self.keep[i]) {
            seq.serialize_element(&NodeJson {
                t: self.t,
                i,
                keep: self.keep,
                path: self.path,
            })?;
        }
        seq.end()
    }
}

/// The tree as JSON, streamed to `w`.
pub fn write_json(t: &Tree, keep: &[bool], mut w: impl std::io::Write) -> std::io::Result<()> {
    let path = RefCell::new(HashSet::new());
    let nodes = |of| NodesJson {
        t,
        of,
        keep,
        path: &path,
    };
    struct Doc<'a> {
        roots: NodesJson<'a>,
        unlinked: NodesJson<'a>,
    }
    impl Serialize for Doc<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(3))?;
            m.serialize_entry("version", &1)?;
            m.serialize_entry("roots", &self.roots)?;
            m.serialize_entry("unlinked", &self.unlinked)?;
            m.end()
        }
    }
    let doc = Doc {
        roots: nodes(&t.roots),
        unlinked: nodes(&t.unlinked),
    };
    super::escape::json_pretty_to(&mut w, &doc)?;
    w.write_all(b"\n")
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

pub fn render_mermaid(t: &Tree, keep: &[bool]) -> String {
    let mut out = String::from("graph TD\n");
    for (i, n) in t.nodes.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let text = format!("{}<br/>{}", n.id, short(&n.text)).replace('"', "#quot;");
        let _ = writeln!(out, "    n{i}[\"{}\"]", escape_control(&text));
        if n.uncovered {
            let _ = writeln!(out, "    style n{i} stroke:#d97706,stroke-width:3px");
        }
    }
    for (i, n) in t.nodes.iter().enumerate() {
        for &c in &n.children {
            if keep[i] && keep[c] {
                let _ = writeln!(out, "    n{i} --> n{c}");
            }
        }
    }
    out
}

pub fn render_dot(t: &Tree, keep: &[bool]) -> String {
    let mut out = String::from(
        "digraph skp {\n    rankdir=TB;\n    node [shape=box, fontname=\"sans-serif\"];\n",
    );
    for (i, n) in t.nodes.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let text = format!(
            "{}\\n{}",
            n.id,
            short(&n.text).replace('\\', "\\\\").replace('"', "\\\"")
        );
        let color = if n.uncovered { ", color=orange" } else { "" };
        let _ = writeln!(
            out,
            "    n{i} [label=\"{}\"{color}];",
            escape_control(&text)
        );
    }
    for (i, n) in t.nodes.iter().enumerate() {
        for &c in &n.children {
            if keep[i] && keep[c] {
                let _ = writeln!(out, "    n{i} -> n{c};");
            }
        }
    }
    out.push_str("}\n");
    out
}
