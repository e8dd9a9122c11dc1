use std::collections::HashMap;

use super::at_reference;
use crate::cascade::{Origin, Target};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Lingkaran dalam rantai intervensi: RHK A mengintervensi RHK B yang (langsung atau lewat RHK
    /// lain) mengintervensi RHK A kembali. Satu temuan per lingkaran.
    ///
    /// ## Mengapa
    /// Rantai keselarasan berjalan satu arah dari pegawai ke pimpinan dan organisasi;
    /// lingkaran membuat capaian saling bergantung dan tidak pernah sampai ke PK.
    ///
    /// ## Contoh
    /// Ketua tim menulis `intervensi: 199507302020032005/RHK-1` padahal anggota timnya
    /// mengintervensi RHK-1 ketua tim.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K109 -- alasan`.
    code: "K109",
    name: "reference-cycle",
    level: Error,
    summary: ("Rantai intervensi melingkar", "Cycle in the intervensi chain"),
    needs: [Cascade],
    check: Some(check),
}

type Node = (usize, usize);

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let c = cx.cascade();
    // RHK → RHKs it serves, with the reference index that says so.
    let mut edges: HashMap<Node, Vec<(Node, usize)>> = HashMap::new();
    for (i, r) in c.references.iter().enumerate() {
        if let (
            Origin::Intervensi { doc, rhk, .. },
            Ok(Target::Skp {
                doc: td, rhk: tr, ..
            }),
        ) = (r.origin, &r.result)
        {
            edges.entry((doc, rhk)).or_default().push(((*td, *tr), i));
        }
    }
    let mut nodes: Vec<Node> = edges.keys().copied().collect();
    nodes.sort();
    // Iterative DFS: each frame is (node, next edge to try, reference that led here).
    let mut state: HashMap<Node, u8> = HashMap::new(); // 1 on the stack, 2 done
    let mut reported: Vec<Vec<Node>> = Vec::new();
    for &start in &nodes {
        if state.contains_key(&start) {
            continue;
        }
        let mut frames: Vec<(Node, usize, Option<usize>)> = vec![(start, 0, None)];
        state.insert(start, 1);
        while let Some(top) = frames.last_mut() {
            let (node, next) = (top.0, top.1);
            let outs = edges.get(&node).map(Vec::as_slice).unwrap_or(&[]);
            if next >= outs.len() {
                state.insert(node, 2);
                frames.pop();
                continue;
            }
            top.1 += 1;
            let (to, via) = outs[next];
            match state.get(&to) {
                None => {
                    state.insert(to, 1);
                    frames.push((to, 0, Some(via)));
                }
                Some(1) => {
                    let from = frames.iter().position(|f| f.0 == to).unwrap_or(0);
                    let cycle: Vec<Node> = frames[from..].iter().map(|f| f.0).collect();
                    let mut key = cycle.clone();
                    key.sort();
                    if reported.contains(&key) {
                        continue;
                    }
                    reported.push(key);
                    // Report at the reference leaving the cycle's smallest node.
                    let refs: Vec<usize> = frames[from + 1..]
                        .iter()
                        .filter_map(|f| f.2)
                        .chain([via])
                        .collect();
                    // Report at the node with the smallest (SKP id, RHK id): independent of paths.
                    let name = |(d, h): Node| {
                        ws.skp_at(d)
                            .map(|s| {
                                (
                                    s.resolved_id.value.clone(),
                                    s.hasil_kerja[h].id.value.clone(),
                                )
                            })
                            .unwrap_or_default()
                    };
                    let at = cycle
                        .iter()
                        .zip(&refs)
                        .min_by_key(|(n, _)| name(**n))
                        .map_or(via, |(_, r)| *r);
                    let start_at = cycle
                        .iter()
                        .position(|n| Some(n) == cycle.iter().min_by_key(|n| name(**n)))
                        .unwrap_or(0);
                    let cycle: Vec<Node> = cycle[start_at..]
                        .iter()
                        .chain(&cycle[..start_at])
                        .copied()
                        .collect();
                    let names: Vec<String> = cycle
                        .iter()
                        .chain(cycle.first())
                        .filter_map(|(d, h)| {
                            ws.skp_at(*d).map(|s| {
                                format!("{}/{}", s.resolved_id.value, s.hasil_kerja[*h].id.value)
                            })
                        })
                        .collect();
                    out.push(
                        at_reference(
                            ws,
                            &c.references[at],
                            RULE.code,
                            Msg::KCycle {
                                rantai: names.join(" → "),
                            },
                        )
                        .arg("rantai", names)
                        .help(Msg::HelpKCycle),
                    );
                }
                _ => {}
            }
        }
    }
}
