//! Tables for reports: a terminal table (comfy-table), CSV (also in the Excel dialect) and
//! Markdown.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ColumnConstraint, ContentArrangement, Table as Comfy, Width};

use super::{escape_control, escape_csv, escape_markdown};

/// A table for the terminal, CSV or Markdown. A newline in a cell is a line break its builder
/// put there (a name above its NIP); builders escape values from files with [`escape_control`]
/// first, so a newline inside a value shows as `\n`. Each renderer escapes every line of a cell
/// for its medium.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// `s` shortened to `max` characters with an ellipsis: at a word boundary from the start, or
/// (`keep_end`, for paths, whose file name matters most) from the end.
pub fn ellipsis(s: &str, max: usize, keep_end: bool) -> String {
    let n = s.chars().count();
    if n <= max || max < 2 {
        return s.to_string();
    }
    if keep_end {
        let tail: String = s.chars().skip(n - (max - 1)).collect();
        // Whole path segments where one fits: `…/berita-acara.pdf`.
        return match tail.find('/') {
            Some(i) if i + 1 < tail.len() => format!("…{}", &tail[i..]),
            _ => format!("…{tail}"),
        };
    }
    let head: String = s.chars().take(max - 1).collect();
    let cut = head
        .rfind(' ')
        .filter(|&i| i > max / 2)
        .map_or(head.as_str(), |i| &head[..i]);
    format!("{}…", cut.trim_end())
}

/// The width a terminal table may take: `width` when given, the terminal's when stdout is one,
/// else 120 (a log or a pipe).
pub fn available_width(width: Option<u16>) -> u16 {
    width.or_else(|| Comfy::new().width()).unwrap_or(120)
}

impl Table {
    /// Gives columns, first to last, at least the width of their longest word (a NIP, a code)
    /// while the others can still have one character, so that wrapping breaks between words
    /// and never inside a number.
    fn keep_words_whole(&self, t: &mut Comfy, width: Option<u16>) {
        let Some(width) = width.or_else(|| t.width()) else {
            return;
        };
        let n = self.header.len() as u16;
        // Each column takes a space either side and one border; plus the last border.
        let mut budget = width.saturating_sub(3 * n + 1);
        for i in 0..self.header.len() {
            let longest = self
                .rows
                .iter()
                .filter_map(|r| r.get(i))
                .chain(std::iter::once(&self.header[i]))
                .flat_map(|c| c.split_whitespace())
                .map(|w| w.chars().count().min(24) as u16)
                .max()
                .unwrap_or(0);
            let rest = n - 1 - i as u16;
            if longest + rest > budget {
                break;
            }
            budget -= longest;
            if let Some(c) = t.column_mut(i) {
                // The bound counts the padding as well.
                c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(longest + 2)));
            }
        }
    }

    pub fn terminal(&self, color: bool, width: Option<u16>) -> String {
        let mut t = Comfy::new();
        t.load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(
                self.header
                    .iter()
                    .map(|h| lines(h, |l| escape_control(l).into_owned())),
            );
        if let Some(w) = width {
            t.set_width(w);
        }
        if !color {
            t.force_no_tty();
        }
        for r in &self.rows {
            t.add_row(
                r.iter()
                    .map(|c| lines(c, |l| escape_control(l).into_owned())),
            );
        }
        self.keep_words_whole(&mut t, width);
        let mut s = t.to_string();
        s.push('\n');
        s
    }

    /// RFC 4180 CSV. `excel`: `;` separator, a BOM, and cells that a spreadsheet would run as a
    /// formula (`=`, `+`, `-`, `@`, tab, CR) prefixed with `'`.
    pub fn csv(&self, excel: bool) -> String {
        let sep = if excel { ';' } else { ',' };
        let mut out = String::new();
        if excel {
            out.push('\u{FEFF}');
        }
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<String> = row.iter().map(|c| escape_csv(c, sep, excel)).collect();
            out.push_str(&cells.join(&sep.to_string()));
            out.push_str("\r\n");
        }
        out
    }

    pub fn markdown(&self) -> String {
        let esc = |s: &str| lines(s, escape_markdown).replace('\n', "<br>");
        let mut out = format!(
            "| {} |\n",
            self.header
                .iter()
                .map(|h| esc(h))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        out.push_str(&format!("|{}\n", " --- |".repeat(self.header.len())));
        for r in &self.rows {
            out.push_str(&format!(
                "| {} |\n",
                r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")
            ));
        }
        out
    }
}

/// A cell's lines (a newline in a cell is a line break its builder put there; values from files
/// are escaped by the builder with [`escape_control`]), each escaped for the medium.
fn lines(cell: &str, esc: impl Fn(&str) -> String) -> String {
    cell.split('\n').map(esc).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod ellipsis_tests {
    use super::ellipsis;

    #[test]
    fn long_text_is_cut_at_a_word_or_kept_by_its_end() {
        assert_eq!(
            ellipsis("Jumlah layanan publik yang terintegrasi", 20, false),
            "Jumlah layanan…"
        );
        assert_eq!(
            ellipsis("pegawai/199/bukti/2026-TW1/berita.pdf", 16, true),
            "…/berita.pdf"
        );
        assert_eq!(ellipsis("pendek", 20, false), "pendek");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_excel_safety() {
        let t = Table {
            header: vec!["a".into(), "b".into()],
            rows: vec![
                vec!["x,y".into(), "=1+1".into()],
                vec!["say \"hi\"".into(), "-3".into()],
            ],
        };
        assert_eq!(
            t.csv(false),
            "a,b\r\n\"x,y\",=1+1\r\n\"say \"\"hi\"\"\",-3\r\n"
        );
        assert_eq!(
            t.csv(true),
            "\u{FEFF}a;b\r\nx,y;'=1+1\r\n\"say \"\"hi\"\"\";'-3\r\n"
        );
        assert!(t.markdown().starts_with("| a | b |\n| --- | --- |\n"));
    }
}
