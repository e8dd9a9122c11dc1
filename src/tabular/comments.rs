//! Comments of a plan that `import --force` regenerates: a line the import writes again, with
//! the same content or a new value for the same key, gets back the comment it had (`# skp:
//! abaikan …` suppressions, notes), and the comment lines that stood right above it. Lines are
//! paired by a diff of their content, so a comment follows its line wherever the regenerated
//! text moved it.

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::yaml::{Budget, Node, NodeKind, parse};

/// One line of a text: its content without comment, and what comment it carries.
struct Line<'a> {
    /// The line up to its trailing comment, without trailing spaces; `None` for a line that is
    /// blank or only a comment.
    content: Option<&'a str>,
    /// The spaces and `# …` after the content, when the line ends in a comment.
    trailing: Option<&'a str>,
    /// The whole line, when it is only a comment.
    comment_line: Option<&'a str>,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let parsed = parse(text, Budget::default());
    // Byte offset where each line's comment starts, from the parser (a `#` inside a quoted
    // value is no comment).
    let mut starts: Vec<usize> = parsed.comments.iter().map(|c| c.span.lo as usize).collect();
    starts.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let end = at + line.len();
        let comment = starts
            .iter()
            .find(|&&s| s >= at && s < end)
            .map(|&s| s - at);
        let (content, trailing, comment_line) = match comment {
            Some(c) if line[..c].trim().is_empty() => (None, None, Some(line)),
            Some(c) => {
                let content = line[..c].trim_end();
                (Some(content), Some(&line[content.len()..]), None)
            }
            None if line.trim().is_empty() => (None, None, None),
            None => (Some(line.trim_end()), None, None),
        };
        out.push(Line {
            content,
            trailing,
            comment_line,
        });
        at += raw.len();
    }
    out
}

/// `new` with the comments of `old` carried onto the lines they belonged to. When carrying
/// would change what the text says (a `#` line landing inside a block scalar), `new` as it was.
pub fn carry(old: &str, new: String) -> String {
    let old_lines = lines(old);
    let new_lines = lines(&new);
    let old_seq: Vec<(usize, &str)> = old_lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.content.map(|c| (i, c)))
        .collect();
    let new_seq: Vec<(usize, &str)> = new_lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.content.map(|c| (i, c)))
        .collect();
    let a: Vec<&str> = old_seq.iter().map(|(_, c)| *c).collect();
    let b: Vec<&str> = new_seq.iter().map(|(_, c)| *c).collect();
    let (old_owners, new_owners) = (owners(&a), owners(&b));
    // For each new line: the comment lines to put above it, and the comment to end it with.
    let mut above: Vec<Vec<&str>> = vec![Vec::new(); new_lines.len()];
    let mut after: Vec<Option<&str>> = vec![None; new_lines.len()];
    // Lines paired: equal ones, and in a changed stretch the ones of the same key (a target
    // written again with a new value keeps the note on its line).
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => pairs.extend((0..len).map(|k| (old_index + k, new_index + k))),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let mut used = vec![false; new_len];
                for (o, line) in a.iter().enumerate().skip(old_index).take(old_len) {
                    let Some(k) = key(line) else { continue };
                    // Only within the same list item (`- id: IKI-1.3`): a note or a suppression
                    // never moves to another indicator that took the place of its own.
                    if let Some(n) = (0..new_len).find(|&n| {
                        !used[n]
                            && key(b[new_index + n]) == Some(k)
                            && old_owners[o] == new_owners[new_index + n]
                    }) {
                        used[n] = true;
                        pairs.push((o, new_index + n));
                    }
                }
            }
            _ => {}
        }
    }
    for (o, n) in pairs {
        let (oi, ni) = (old_seq[o].0, new_seq[n].0);
        if new_lines[ni].trailing.is_none() {
            after[ni] = old_lines[oi].trailing;
        }
        let wanted: Vec<&str> = old_lines[..oi]
            .iter()
            .rev()
            .map_while(|l| l.comment_line)
            .collect();
        let present: Vec<&str> = new_lines[..ni]
            .iter()
            .rev()
            .map_while(|l| l.comment_line)
            .collect();
        if !wanted.is_empty() && wanted != present {
            above[ni] = wanted.into_iter().rev().collect();
        }
    }
    if above.iter().all(Vec::is_empty) && after.iter().all(Option::is_none) {
        return new;
    }
    let mut out = String::with_capacity(new.len() + old.len() / 8);
    for (i, raw) in new.split_inclusive('\n').enumerate() {
        for c in &above[i] {
            out.push_str(c);
            out.push('\n');
        }
        match after[i] {
            Some(t) => {
                out.push_str(raw.trim_end_matches(['\n', '\r']).trim_end());
                out.push_str(t);
                out.push('\n');
            }
            None => out.push_str(raw),
        }
    }
    if same_data(&new, &out) { out } else { new }
}

/// For each line (content only), the list items it lies in, outermost first: the first line
/// of each (`- id: RHK-1`, `- id: IKI-1.3`), the line itself when it starts one.
fn owners<'a>(lines: &[&'a str]) -> Vec<Vec<&'a str>> {
    let mut open: Vec<(usize, &str)> = Vec::new();
    lines
        .iter()
        .map(|line| {
            let body = line.trim_start();
            let indent = line.len() - body.len();
            while open.last().is_some_and(|(i, _)| *i >= indent) {
                open.pop();
            }
            if body.starts_with("- ") {
                open.push((indent, body));
            }
            open.iter().map(|(_, item)| *item).collect()
        })
        .collect()
}

/// The key a line sets, with its indentation and list dash (`    target`, `  - id`): `None`
/// for a line that sets none (a list item, a block scalar's text).
fn key(content: &str) -> Option<&str> {
    let end = content
        .find(": ")
        .or_else(|| content.strip_suffix(':').map(str::len))?;
    let k = &content[..end];
    (!k.trim().is_empty() && !k.contains(['"', '\'', '{', '['])).then_some(k)
}

/// Whether two texts hold the same documents (spans and comments aside).
fn same_data(a: &str, b: &str) -> bool {
    let (a, b) = (parse(a, Budget::default()), parse(b, Budget::default()));
    a.errors.len() == b.errors.len()
        && a.documents.len() == b.documents.len()
        && a.documents
            .iter()
            .zip(&b.documents)
            .all(|(x, y)| same_node(&x.root, &y.root))
}

fn same_node(a: &Node, b: &Node) -> bool {
    match (&a.kind, &b.kind) {
        (NodeKind::Scalar { value: x, .. }, NodeKind::Scalar { value: y, .. }) => x == y,
        (NodeKind::Seq(x), NodeKind::Seq(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_node(p, q))
        }
        (NodeKind::Map(x), NodeKind::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|(p, q)| same_node(&p.key, &q.key) && same_node(&p.value, &q.value))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::carry;

    #[test]
    fn comments_follow_their_lines() {
        let old = "apiVersion: skp/v1  # versi\nkind: Skp\ntahun: 2026  # catatan\n\
                   hasil_kerja:\n  # RHK kedua di bawah\n  - id: RHK-1\n    rhk: \"a # bukan komentar\"\n  \
                   - id: RHK-2  # skp: abaikan S114 -- alasan\n    rhk: b\n";
        let new = "apiVersion: skp/v1\nkind: Skp\ntahun: 2026\nhasil_kerja:\n  - id: RHK-1\n    \
                   rhk: \"a # bukan komentar\"\n  - id: RHK-2\n    rhk: c\n"
            .to_string();
        let out = carry(old, new);
        assert_eq!(
            out,
            "apiVersion: skp/v1  # versi\nkind: Skp\ntahun: 2026  # catatan\nhasil_kerja:\n  \
             # RHK kedua di bawah\n  - id: RHK-1\n    rhk: \"a # bukan komentar\"\n  \
             - id: RHK-2  # skp: abaikan S114 -- alasan\n    rhk: c\n"
        );
    }

    #[test]
    fn a_line_written_again_with_a_new_value_keeps_its_comment() {
        let old = "a:\n  # disepakati dalam dialog kinerja\n  target: 4 laporan  # catatan\n  satuan: laporan\n";
        let new = "a:\n  target: \"5 laporan\"\n  satuan: laporan\n".to_string();
        assert_eq!(
            carry(old, new),
            "a:\n  # disepakati dalam dialog kinerja\n  target: \"5 laporan\"  # catatan\n  satuan: laporan\n"
        );
    }

    #[test]
    fn a_comment_never_moves_to_another_item() {
        // IKI-1.3 replaced by IKI-1.9 in the sheet: its suppression stays with nothing.
        let old = "ind:\n  - id: IKI-1.3\n    # skp: abaikan S103 -- lama\n    target: 3  # skp: abaikan S106 -- lama\n";
        let new = "ind:\n  - id: IKI-1.9\n    target: \"120 %\"\n".to_string();
        assert_eq!(carry(old, new.clone()), new);
    }

    #[test]
    fn a_comment_is_not_written_twice_nor_into_a_block_scalar() {
        let old = "# judul\na: 1  # satu\n";
        let kept = "# judul\na: 1  # satu\n".to_string();
        assert_eq!(carry(old, kept.clone()), kept);
        // In the new text, the line after `b: |` is block content: a comment above it would
        // become text, so nothing is carried.
        let old = "x:\n  # catatan\n  isi\n";
        let new = "x: |\n  isi\n".to_string();
        assert_eq!(carry(old, new.clone()), new);
    }
}
