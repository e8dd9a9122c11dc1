//! Tables for reports: a terminal table (comfy-table), CSV (also in the Excel dialect) and
//! Markdown.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table as Comfy};

use super::escape_control;

#[derive(Debug, Clone, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn terminal(&self, color: bool, width: Option<u16>) -> String {
        let mut t = Comfy::new();
        t.load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(self.header.iter().map(|h| escape_control(h).into_owned()));
        if let Some(w) = width {
            t.set_width(w);
        }
        if !color {
            t.force_no_tty();
        }
        for r in &self.rows {
            t.add_row(r.iter().map(|c| escape_control(c).into_owned()));
        }
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
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c, sep, excel)).collect();
            out.push_str(&cells.join(&sep.to_string()));
            out.push_str("\r\n");
        }
        out
    }

    pub fn markdown(&self) -> String {
        let esc = |s: &str| escape_control(s).replace('|', "\\|").replace('\n', "<br>");
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

fn csv_cell(c: &str, sep: char, excel: bool) -> String {
    let mut c = c.to_string();
    // `="0123…"` is how a text-only number (a NIP) survives a spreadsheet: a constant, safe.
    let text_number = c.starts_with("=\"")
        && c.ends_with('"')
        && c[2..c.len() - 1].bytes().all(|b| b.is_ascii_digit());
    if excel && !text_number && c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        c.insert(0, '\'');
    }
    if c.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c
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
