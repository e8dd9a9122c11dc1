//! Self-contained HTML: the official documents (`skp render`) laid out as the forms of
//! PermenPANRB 6/2022 and the coverage dashboard (`skp report --format html`). One file each,
//! inline CSS, no script needed to read it, no network reference, fonts every machine has; an
//! A4 print stylesheet whose page breaks never split a table row. Every value from a plan file
//! goes through [`esc`].

pub mod dashboard;
pub mod forms;
mod link;

pub use link::{Base, file_href, file_url};

use std::fmt::Write as _;

pub use crate::render::escape_html as esc;

/// Styles shared by the forms: black-on-white ruled tables as printed and signed.
const FORM_CSS: &str = r#"
@page { size: A4; margin: 15mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt;
       color: #000; background: #fff; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 12pt; text-align: center; margin: 0; }
p.instansi { font-size: 12pt; font-weight: bold; text-align: center; margin: 0 0 6pt; }
h2 { font-size: 11pt; text-align: center; margin: 2pt 0; font-weight: normal; }
h3 { font-size: 10pt; margin: 10pt 0 4pt; }
p.periode { text-align: center; margin: 2pt 0 8pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left;
         overflow-wrap: break-word; }
.bukti { overflow-wrap: anywhere; }
th { background: #e8e8e8; text-align: center; }
td.no { width: 2.2em; text-align: center; }
td.group { font-weight: bold; background: #f4f4f4; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
table.ident td.label { width: 28%; }
/* Two people side by side: the widths are set, so that a short name on one side does not
   leave its values a sliver beside long labels. */
table.ident.two { table-layout: fixed; }
table.ident.two col.no { width: 2.6em; }
table.ident.two col.label { width: 19%; }
table.ident.two td.label { width: auto; }
ul { margin: 0; padding-left: 1.2em; }
.sign { display: flex; justify-content: space-between; margin-top: 14pt; break-inside: avoid; }
.sign div { width: 45%; text-align: center; }
.sign .space { height: 48pt; }
.page-break { break-before: page; page-break-before: always; }
.unfinished { border: 2px solid #000; padding: 4pt 6pt; font-weight: bold; }
footer { margin-top: 12pt; border-top: 1px solid #999; padding-top: 4pt; font-size: 7.5pt; color: #444; }
svg text { font-family: inherit; }
a { color: #000; }
@media print { body { padding: 0; max-width: none; } a { text-decoration: none; } }
"#;

/// A whole HTML page around `body`.
pub fn page(lang: &str, title: &str, css: &str, body: &str) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"skp {}\">\n<title>{}</title>\n<style>{css}</style>\n\
         </head>\n<body>\n{body}</body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        esc(title)
    );
    s
}

/// A page in the forms' style.
pub fn form_page(title: &str, body: &str) -> String {
    page("id", title, FORM_CSS, body)
}

/// The two signature blocks: place and date above the right one, as the forms have them.
pub fn signatures(left: (&str, &str, &str), right: (&str, &str, &str), place_date: &str) -> String {
    let block = |(role, nama, nip): (&str, &str, &str), top: &str| {
        format!(
            "<div><div>{}</div><div>{}</div><div class=\"space\"></div><div><strong>{}</strong></div><div>{}</div></div>",
            esc(top),
            esc(role),
            esc(nama),
            if nip.is_empty() {
                String::new()
            } else {
                format!("NIP. {}", esc(nip))
            }
        )
    };
    format!(
        "<div class=\"sign\">{}{}</div>\n",
        block(left, "\u{a0}"),
        block(right, place_date)
    )
}

/// The footer every document carries: the SHA-256 of the plan file it was rendered from, so a
/// printed, signed copy can be matched with the plan in the repository.
pub fn footer(parts: &[(String, String)]) -> String {
    let mut s = String::from("<footer>");
    for (label, value) in parts {
        let _ = write!(s, "<div>{}: <code>{}</code></div>", esc(label), esc(value));
    }
    s.push_str("</footer>\n");
    s
}

/// The POLA DISTRIBUSI curve: the five predikat on the x axis, the number of staff on the y
/// axis, as a polyline over bars, drawn from the unit's real counts.
pub fn distribution_svg(labels: &[&str; 5], counts: &[usize; 5]) -> String {
    let (w, h, left, bottom, top) = (520.0, 200.0, 40.0, 36.0, 14.0);
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let step = (w - left - 10.0) / 5.0;
    let y = |v: usize| top + (h - bottom - top) * (1.0 - v as f64 / max);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" \
         role=\"img\" aria-label=\"Pola distribusi predikat kinerja pegawai\">"
    );
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{}\" stroke=\"#000\"/>\
         <line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#000\"/>\
         <text x=\"4\" y=\"{}\" font-size=\"9\" transform=\"rotate(-90 10 {})\">Frekuensi pegawai</text>",
        h - bottom,
        h - bottom,
        w - 5.0,
        h - bottom,
        (h - bottom + top) / 2.0 + 30.0,
        (h - bottom + top) / 2.0
    );
    let mut points = Vec::new();
    for (i, (label, n)) in labels.iter().zip(counts).enumerate() {
        let cx = left + step * (i as f64 + 0.5);
        let bar_top = y(*n);
        let _ = write!(
            s,
            "<rect x=\"{}\" y=\"{bar_top}\" width=\"{}\" height=\"{}\" fill=\"#d9d9d9\" stroke=\"#000\"/>\
             <text x=\"{cx}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{n}</text>\
             <text x=\"{cx}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{}</text>",
            cx - step * 0.3,
            step * 0.6,
            (h - bottom) - bar_top,
            bar_top - 3.0,
            h - bottom + 14.0,
            esc(label)
        );
        points.push(format!("{cx},{bar_top}"));
    }
    let _ = write!(
        s,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\"/></svg>",
        points.join(" ")
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curve_has_one_bar_and_one_point_per_predikat() {
        let svg = distribution_svg(&["SB", "B", "BP", "K", "SK"], &[1, 3, 1, 0, 0]);
        assert_eq!(svg.matches("<rect").count(), 5);
        assert!(svg.contains("<polyline"));
        assert!(!svg.contains("http://") || svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    }
}
