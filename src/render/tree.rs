//! `skp tree` output: a terminal tree, JSON, Mermaid and Graphviz DOT.

use std::collections::HashSet;
use std::fmt::Write as _;

use serde_json::{Value, json};

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
        let _ = write!(s, "  ⚠ {}", Msg::TreeUncovered.render(lang));
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
            out.push('\n');
        }
    }
    out
}

fn children(
    t: &Tree,
    i: usize,
    keep: &[bool],
    prefix: &str,
    lang: Lang,
    out: &mut String,
    path: &mut HashSet<usize>,
) {
    if !path.insert(i) || path.len() > 64 {
        return;
    }
    let kids: Vec<usize> = t.nodes[i]
        .children
        .iter()
        .copied()
        .filter(|&c| keep[c])
        .collect();
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

fn node_json(t: &Tree, i: usize, keep: &[bool], path: &mut HashSet<usize>) -> Value {
    let n = &t.nodes[i];
    let mut kids = Vec::new();
    if path.insert(i) {
        for &c in &n.children {
            if keep[c] {
                kids.push(node_json(t, c, keep, path));
            }
        }
        path.remove(&i);
    }
    json!({
        "id": n.id,
        "kind": n.kind.as_str(),
        "text": n.text,
        "pegawai": n.person.as_ref().map(|p| json!({"nip": p.nip, "nama": p.nama, "jabatan": p.jabatan, "unit_kerja": p.unit_kerja})),
        "uncovered": n.uncovered,
        "children": kids,
    })
}

pub fn render_json(t: &Tree, keep: &[bool]) -> String {
    let mut path = HashSet::new();
    let roots: Vec<Value> = t
        .roots
        .iter()
        .filter(|&&r| keep[r])
        .map(|&r| node_json(t, r, keep, &mut path))
        .collect();
    let unlinked: Vec<Value> = t
        .unlinked
        .iter()
        .filter(|&&u| keep[u])
        .map(|&u| node_json(t, u, keep, &mut path))
        .collect();
    let mut s = super::json_pretty(&json!({ "version": 1, "roots": roots, "unlinked": unlinked }));
    s.push('\n');
    s
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
