//! A leader's Matriks Peran Hasil (domain.md §1.8) read into `intervensi` links: the leader's
//! indicators (or RHKs) as columns, staff as rows (a NIP in the first cell), and in each cell the
//! peran hasil, which is the staff RHK serving that column. It reads the layout
//! `skp report mph --format csv` writes (`RHK-1* text`, `*` = serves the whole leader RHK) as
//! well as cells holding the RHK text alone.

use super::{CellError, Loc, Sheet, Value};
use crate::i18n::Msg;
use crate::model::skp::Skp;
use crate::yaml::{Node, NodeKind};

/// One staff RHK that gains a link.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Index of the staff SKP in the caller's list.
    pub staff: usize,
    pub rhk: String,
    /// The reference to write: `RHK-1`/`IKI-1.2`, prefixed with the leader's NIP when the
    /// leader is not the staff member's appraiser.
    pub reference: String,
    /// Every way of writing the same target (bare, by the leader's NIP, by the leader's SKP
    /// id): a plan that already holds one of them already holds the link.
    pub same: Vec<String>,
    pub at: Loc,
}

/// What a matrix sheet holds: the links its cells name, and what it covers (the staff rows
/// and the leader's entries its columns name), so that a link it no longer shows can be told
/// from one it never covered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Matrix {
    pub links: Vec<Link>,
    /// Indices of the staff SKPs the sheet has a row for.
    pub rows: Vec<usize>,
    /// The leader's ids the columns name: an indicator's and its RHK's.
    pub columns: Vec<String>,
}

/// Text compared loosely: case, spacing and final punctuation do not matter.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ';', ','])
        .to_lowercase()
}

/// The first run of exactly 18 digits in `s`.
fn nip_in(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let j = (i..b.len())
                .find(|&k| !b[k].is_ascii_digit())
                .unwrap_or(b.len());
            if j - i == 18 {
                return Some(s[i..j].to_string());
            }
            i = j;
        } else {
            i += 1;
        }
    }
    None
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
        Value::Number(n) => Some(super::rows::number_text(*n)),
        _ => None,
    }
}

/// Reads the matrix of `leader` against the staff SKPs `staff` (the SKPs of the leader's year).
/// Returns the links to add, or every cell that matches nothing.
pub fn links(sheet: &Sheet, leader: &Skp, staff: &[&Skp]) -> Result<Matrix, Vec<CellError>> {
    let loc = |row: usize, col: usize| sheet.loc(row, col);
    let mut errors = Vec::new();
    let err = |errors: &mut Vec<CellError>, at: Loc, msg: Msg| {
        errors.push(CellError {
            loc: at,
            column: None,
            msg,
            help: None,
        });
    };
    let Some(head) = sheet
        .rows
        .iter()
        .position(|r| r.iter().any(|v| *v != Value::Empty))
    else {
        return Err(vec![CellError {
            loc: loc(0, 0),
            column: None,
            msg: Msg::ImportNoRows,
            help: None,
        }]);
    };
    // Columns: the leader's entry each header names by its leading id.
    let ids = leader.ids();
    let mut columns: Vec<Option<(String, String)>> = vec![None];
    for (c, v) in sheet.rows[head].iter().enumerate().skip(1) {
        let Some(h) = text(v) else {
            columns.push(None);
            continue;
        };
        let first = h
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([':', '*']);
        let rhk = leader
            .hasil_kerja
            .iter()
            .find(|r| r.id.value == first || r.indikator.iter().any(|i| i.id.value == first));
        match rhk {
            Some(r) => columns.push(Some((first.to_string(), r.id.value.clone()))),
            None => {
                err(
                    &mut errors,
                    loc(head, c),
                    Msg::MphColumnUnknown {
                        header: h.clone(),
                        suggestion: crate::model::convert::did_you_mean(first, &ids)
                            .map(str::to_string),
                    },
                );
                columns.push(None);
            }
        }
    }
    // The leader was chosen by this NIP (`import --mph NIP`): it is known.
    let leader_nip = leader.nip_shown();
    let mut out = Vec::new();
    let mut rows = Vec::new();
    for row in head + 1..sheet.rows.len() {
        let cells = &sheet.rows[row];
        if cells.iter().all(|v| *v == Value::Empty) {
            continue;
        }
        let who = cells.first().and_then(text).unwrap_or_default();
        let Some(nip) = nip_in(&who) else {
            err(&mut errors, loc(row, 0), Msg::MphNoNip { value: who });
            continue;
        };
        let Some(si) = staff.iter().position(|s| s.nip() == Some(nip.as_str())) else {
            // The leader's own row: a matrix lists who serves the leader, not the leader.
            let msg = if nip == leader_nip {
                Msg::MphLeaderRow { nip }
            } else {
                Msg::MphNoSkp {
                    nip,
                    tahun: leader.tahun.value,
                }
            };
            err(&mut errors, loc(row, 0), msg);
            continue;
        };
        rows.push(si);
        let s = staff[si];
        let appraiser = s.intervened_nip();
        for (c, v) in cells.iter().enumerate().skip(1) {
            let (Some(Some((col_id, col_rhk))), Some(cell)) = (columns.get(c), text(v)) else {
                continue;
            };
            for line in cell.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let (token, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
                let whole_rhk = token.ends_with('*');
                let token = token.trim_end_matches('*');
                let by_id = s.hasil_kerja.iter().find(|r| r.id.value == token);
                let found = match by_id {
                    Some(r) if rest.trim().is_empty() || norm(rest) == norm(&r.rhk.value) => {
                        Some(r)
                    }
                    _ => s
                        .hasil_kerja
                        .iter()
                        .find(|r| norm(&r.rhk.value) == norm(line)),
                };
                let Some(r) = found else {
                    let texts: Vec<&str> =
                        s.hasil_kerja.iter().map(|r| r.rhk.value.as_str()).collect();
                    let closest = texts
                        .iter()
                        .max_by(|a, b| {
                            strsim::normalized_levenshtein(&norm(a), &norm(line))
                                .total_cmp(&strsim::normalized_levenshtein(&norm(b), &norm(line)))
                        })
                        .map(|t| (*t).to_string());
                    err(
                        &mut errors,
                        loc(row, c),
                        Msg::MphNoRhk {
                            kolom: col_id.clone(),
                            nip: nip.clone(),
                            text: line.to_string(),
                            closest,
                        },
                    );
                    continue;
                };
                let target = if whole_rhk {
                    col_rhk.clone()
                } else {
                    col_id.clone()
                };
                let by_appraiser = appraiser == Some(leader_nip);
                let mut same = vec![
                    format!("{leader_nip}/{target}"),
                    format!("{}/{target}", leader.resolved_id.value),
                ];
                if by_appraiser {
                    same.push(target.clone());
                }
                let reference = if by_appraiser {
                    target
                } else {
                    format!("{leader_nip}/{target}")
                };
                let link = Link {
                    staff: si,
                    rhk: r.id.value.clone(),
                    reference,
                    same,
                    at: loc(row, c),
                };
                if !out.iter().any(|l: &Link| {
                    l.staff == si && l.rhk == link.rhk && l.reference == link.reference
                }) {
                    out.push(link);
                }
            }
        }
    }
    if errors.is_empty() {
        let mut covered: Vec<String> = columns
            .into_iter()
            .flatten()
            .flat_map(|(id, rhk)| [id, rhk])
            .collect();
        covered.sort();
        covered.dedup();
        Ok(Matrix {
            links: out,
            rows,
            columns: covered,
        })
    } else {
        Err(errors)
    }
}

/// The references an `intervensi` node holds.
fn refs_of(node: &Node) -> Vec<String> {
    match &node.kind {
        NodeKind::Scalar { value, .. } => vec![value.trim().to_string()],
        NodeKind::Seq(items) => items.iter().flat_map(refs_of).collect(),
        NodeKind::Map(_) => node
            .get("ref")
            .and_then(Node::as_str)
            .map(|s| vec![s.trim().to_string()])
            .unwrap_or_default(),
    }
}

/// `text` with `reference` added to the `intervensi` of RHK `rhk`, touching nothing else:
/// a new line after `rhk:` when there is none, the item appended to a list, a scalar made a
/// list. [`Edit::Already`] when the reference, or one of `same` (other spellings of its
/// target), is already there; [`Edit::Unsupported`] for a form it will not rewrite.
pub fn add_reference(text: &str, rhk: &str, reference: &str, same: &[String]) -> Edit {
    edit(text, rhk, reference, same).unwrap_or(Edit::Unsupported)
}

/// What adding a reference to a file's text gives.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Changed(String),
    /// The reference is already there.
    Already,
    /// The RHK is not found, or its `intervensi` is a form skp does not rewrite.
    Unsupported,
}

fn edit(text: &str, rhk: &str, reference: &str, same: &[String]) -> Option<Edit> {
    let parsed = crate::yaml::parse(text, crate::yaml::Budget::default());
    let root = parsed.documents.first().map(|d| &d.root)?;
    let NodeKind::Seq(items) = &root.get("hasil_kerja")?.kind else {
        return None;
    };
    let item = items
        .iter()
        .find(|n| n.get("id").and_then(Node::as_str) == Some(rhk))?;
    let NodeKind::Map(entries) = &item.kind else {
        return None;
    };
    let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
    let r = quote_ref(reference);
    match entries
        .iter()
        .find(|e| e.key.as_str() == Some("intervensi"))
    {
        None => {
            let anchor = entries.iter().find(|e| e.key.as_str() == Some("rhk"))?;
            let indent = " "
                .repeat(crate::base::column(text, anchor.key.span.lo).saturating_sub(1) as usize);
            let at = line_end(anchor.value.span.hi.saturating_sub(1) as usize);
            Some(Edit::Changed(format!(
                "{}{indent}intervensi: {r}\n{}",
                &text[..at],
                &text[at..]
            )))
        }
        Some(e)
            if refs_of(&e.value)
                .iter()
                .any(|x| x == reference || same.contains(x)) =>
        {
            Some(Edit::Already)
        }
        Some(e) => {
            let (lo, hi) = (e.value.span.lo as usize, e.value.span.hi as usize);
            let value = &text[lo..hi];
            match &e.value.kind {
                NodeKind::Scalar { .. } => Some(Edit::Changed(format!(
                    "{}[{value}, {r}]{}",
                    &text[..lo],
                    &text[hi..]
                ))),
                NodeKind::Seq(_) if value.starts_with('[') => {
                    let close = lo + value.rfind(']')?;
                    Some(Edit::Changed(format!(
                        "{}, {r}{}",
                        &text[..close],
                        &text[close..]
                    )))
                }
                NodeKind::Seq(list) => {
                    let last = list.last()?;
                    let indent = " "
                        .repeat(crate::base::column(text, last.span.lo).saturating_sub(3) as usize);
                    let at = line_end(last.span.hi.saturating_sub(1) as usize);
                    Some(Edit::Changed(format!(
                        "{}{indent}- {r}\n{}",
                        &text[..at],
                        &text[at..]
                    )))
                }
                NodeKind::Map(_) => Some(Edit::Unsupported),
            }
        }
    }
}

/// A reference as plain YAML when it reads back as itself, else quoted.
fn quote_ref(r: &str) -> String {
    if r.starts_with(|c: char| c.is_ascii_alphabetic()) {
        r.to_string()
    } else {
        crate::yaml::quote(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SKP: &str = "hasil_kerja:\n  - id: RHK-1\n    rhk: A\n    indikator: []\n  - id: RHK-2\n    rhk: B\n    intervensi: RHK-9\n    indikator: []\n  - id: RHK-3\n    rhk: C\n    intervensi: [RHK-7]\n  - id: RHK-4\n    rhk: D\n    intervensi:\n      - RHK-5\n    indikator: []\n";

    fn changed(e: Edit) -> String {
        match e {
            Edit::Changed(t) => t,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn references_are_added_without_touching_anything_else() {
        let one = changed(add_reference(SKP, "RHK-1", "IKI-1.1", &[]));
        assert!(
            one.contains("    rhk: A\n    intervensi: IKI-1.1\n    indikator: []\n"),
            "{one}"
        );
        let two = changed(add_reference(SKP, "RHK-2", "IKI-1.1", &[]));
        assert!(two.contains("intervensi: [RHK-9, IKI-1.1]\n"), "{two}");
        let three = changed(add_reference(SKP, "RHK-3", "197808142003122002/RHK-1", &[]));
        assert!(
            three.contains("intervensi: [RHK-7, \"197808142003122002/RHK-1\"]\n"),
            "{three}"
        );
        let four = changed(add_reference(SKP, "RHK-4", "RHK-6", &[]));
        assert!(
            four.contains("      - RHK-5\n      - RHK-6\n    indikator: []"),
            "{four}"
        );
        assert_eq!(add_reference(SKP, "RHK-2", "RHK-9", &[]), Edit::Already);
        assert_eq!(add_reference(SKP, "RHK-8", "RHK-9", &[]), Edit::Unsupported);
        // Another spelling of a target already linked is no new link.
        assert_eq!(
            add_reference(SKP, "RHK-2", "PIMPINAN/RHK-9", &["RHK-9".to_string()]),
            Edit::Already
        );
        for (t, added) in [(one, 1), (two, 0), (three, 0), (four, 1)] {
            assert_eq!(t.lines().count(), SKP.lines().count() + added, "{t}");
            assert!(
                crate::yaml::parse(&t, crate::yaml::Budget::default())
                    .errors
                    .is_empty()
            );
        }
    }

    #[test]
    fn nips_are_found_inside_a_cell() {
        assert_eq!(
            nip_in("Maya (Pranata)\n199404182019032006").as_deref(),
            Some("199404182019032006")
        );
        assert_eq!(nip_in("1994041820190320061"), None);
    }
}
