//! `skp report --format html`: the coverage dashboard. A heatmap of employees × periods (the
//! worst cell of each), grouped by unit in collapsible sections, each cell coloured from a
//! colour-blind-safe palette (Okabe–Ito) *and* labelled in words; then each employee's gaps
//! with the plan file and the evidence folder to open. Readable with JavaScript off and on a
//! phone; the only script filters rows by unit and status.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{esc, page};
use crate::evidence::coverage::Status;
use crate::i18n::{Lang, Msg};
use crate::model::date::Date;
use crate::render::coverage::{Row, Summary};

const CSS: &str = r#"
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 14px;
       margin: 0 auto; padding: 12px; max-width: 1100px; color: #111; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
.totals { margin: 6px 0 12px; }
.legend span, td.cell { display: inline-block; padding: 2px 6px; border-radius: 3px; margin: 1px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; }
th, td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
td.cell { display: table-cell; text-align: center; white-space: nowrap; }
summary { font-weight: bold; cursor: pointer; padding: 6px 0; }
.filters { margin: 8px 0; }
.filters label { margin-right: 12px; }
select { max-width: 100%; }
.s-berubah, .s-hilang { background: #CC79A7; color: #000; }
.s-kosong { background: #D55E00; color: #fff; }
.s-kurang, .s-tidak_terverifikasi { background: #E69F00; color: #000; }
.s-terpenuhi { background: #009E73; color: #fff; }
.s-belum_jatuh_tempo { background: #f0f0f0; color: #333; }
.s-tidak_berlaku { background: #fff; color: #999; }
.doubt { font-weight: bold; }
.wrap { overflow-x: auto; }
@media print { .filters { display: none; } details { display: block; } }
"#;

const FILTER_JS: &str = r#"
(function () {
  var unit = document.getElementById('f-unit'), status = document.getElementById('f-status');
  function apply() {
    document.querySelectorAll('[data-unit]').forEach(function (el) {
      var okUnit = !unit.value || el.getAttribute('data-unit') === unit.value;
      var okStatus = !status.value || (' ' + el.getAttribute('data-status') + ' ').indexOf(' ' + status.value + ' ') >= 0;
      el.style.display = okUnit && okStatus ? '' : 'none';
    });
  }
  unit.addEventListener('change', apply); status.addEventListener('change', apply);
  document.querySelector('.filters').hidden = false;
})();
"#;

/// Status words for people (the machine code stays in the class name and CSV/JSON).
fn label(s: Status, lang: Lang) -> String {
    Msg::CoverageStatus { code: s.code() }.render(lang)
}

/// The worse of two statuses of one period's cells (gaps first, as the report sorts them),
/// where a period some indicators are not yet due in is not "met", whatever evidence the
/// others already have: one early document turned a whole year green.
fn worst(a: Option<Status>, b: Status) -> Status {
    let rank = |s: Status| match s {
        Status::NotDue => (Status::Met, 0),
        Status::Met => (Status::Met, 1),
        s => (s, 0),
    };
    a.map_or(b, |a| if rank(b) < rank(a) { b } else { a })
}

/// The dashboard. `plans` maps an SKP id to its file, relative to the workspace root; `href`
/// gives the link to such a path from where the page is read (see [`super::file_href`]).
pub fn dashboard(
    rows: &[Row],
    summary: &Summary,
    plans: &BTreeMap<String, String>,
    href: &dyn Fn(&str) -> Option<String>,
    lang: Lang,
    as_of: Date,
) -> String {
    let mut periods: Vec<String> = rows
        .iter()
        .filter(|r| r.status != Status::NotApplicable)
        .map(|r| r.periode.clone())
        .collect();
    // Quarters and months before the year they end in ("2026-TW4" sorts before "2026" this
    // way because a shorter year label goes last).
    periods.sort_by(|a, b| (a.len() == 4, a).cmp(&(b.len() == 4, b)));
    periods.dedup();
    // unit → employee (nama, nip, skp) → period → the worst status, and how many of the
    // period's cells are met of how many: a worst of "kosong" beside two met indicators is not
    // "no evidence at all".
    type Cells = BTreeMap<String, (Status, usize, usize)>;
    let mut units: BTreeMap<String, BTreeMap<(String, String, String), Cells>> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.status != Status::NotApplicable) {
        let cells = units
            .entry(r.unit_kerja.clone())
            .or_default()
            .entry((r.nama.clone(), r.nip.clone(), r.skp.clone()))
            .or_default();
        let (was, met, all) = cells
            .get(&r.periode)
            .copied()
            .map_or((None, 0, 0), |(w, m, a)| (Some(w), m, a));
        let met = met + usize::from(r.status == Status::Met);
        cells.insert(r.periode.clone(), (worst(was, r.status), met, all + 1));
    }
    let mut b = format!(
        "<h1>{}</h1>\n<p class=\"totals\">{}</p>\n",
        esc(&Msg::ReportTitle {
            as_of: as_of.to_string()
        }
        .render(lang)),
        esc(&Msg::ReportTotal {
            skp: summary.skp,
            wajib: summary.sel_wajib,
            terpenuhi: summary.terpenuhi,
            kurang: summary.kurang,
            tidak_terverifikasi: summary.tidak_terverifikasi,
            kosong: summary.kosong,
            berubah: summary.berubah,
            hilang: summary.hilang,
            persen: summary
                .persen()
                .map_or("-".to_string(), |p| crate::i18n::number_in(p, lang)),
        }
        .render(lang))
    );
    // Legend.
    b.push_str("<p class=\"legend\">");
    for s in [
        Status::Met,
        Status::Short,
        Status::Unverified,
        Status::Empty,
        Status::Changed,
        Status::Missing,
        Status::NotDue,
    ] {
        let _ = write!(
            b,
            "<span class=\"s-{}\">{}</span> ",
            s.code(),
            esc(&label(s, lang))
        );
    }
    let _ = write!(
        b,
        "<br><small>{}</small>",
        esc(&Msg::DashboardCellNote.render(lang))
    );
    b.push_str("</p>\n");
    // Filters: hidden until the script shows them, so a page without JavaScript has no dead
    // controls.
    let _ = write!(
        b,
        "<div class=\"filters\" hidden><label>{} <select id=\"f-unit\"><option value=\"\">—</option>",
        esc(&Msg::DashboardUnit.render(lang))
    );
    for u in units.keys() {
        let _ = write!(b, "<option>{}</option>", esc(u));
    }
    let _ = write!(
        b,
        "</select></label><label>{} <select id=\"f-status\"><option value=\"\">—</option>",
        esc(&Msg::DashboardStatus.render(lang))
    );
    for s in [
        Status::Empty,
        Status::Short,
        Status::Unverified,
        Status::Changed,
        Status::Missing,
        Status::Met,
    ] {
        let _ = write!(
            b,
            "<option value=\"{}\">{}</option>",
            s.code(),
            esc(&label(s, lang))
        );
    }
    b.push_str("</select></label></div>\n");
    // Heatmap per unit.
    for (unit, people) in &units {
        let statuses: Vec<&str> = people
            .values()
            .flat_map(|c| c.values().map(|(s, _, _)| s.code()))
            .collect();
        let _ = write!(
            b,
            "<details open data-unit=\"{}\" data-status=\"{}\"><summary>{} ({})</summary><div class=\"wrap\"><table><thead><tr><th scope=\"col\">{}</th>",
            esc(unit),
            statuses.join(" "),
            esc(unit),
            people.len(),
            esc(&Msg::DashboardEmployee.render(lang))
        );
        for p in &periods {
            let _ = write!(b, "<th scope=\"col\">{}</th>", esc(p));
        }
        b.push_str("</tr></thead><tbody>");
        for ((nama, nip, skp), cells) in people {
            let codes: Vec<&str> = cells.values().map(|(s, _, _)| s.code()).collect();
            // One employee may have several SKPs (years, a mutasi): the link names which.
            let which = skp.rsplit_once('-').map_or("", |(_, tail)| tail);
            let plan = plans
                .get(skp)
                .and_then(|f| href(f))
                .map(|h| format!(" <a href=\"{}\">SKP {}</a>", esc(&h), esc(which)))
                .unwrap_or_default();
            let _ = write!(
                b,
                "<tr data-unit=\"{}\" data-status=\"{}\"><td>{}<br><small>{}</small>{plan}</td>",
                esc(unit),
                codes.join(" "),
                esc(nama),
                esc(nip)
            );
            for p in &periods {
                match cells.get(p) {
                    Some((s, met, all)) => {
                        // The count only where it says more than the status does.
                        let says_all = match s {
                            Status::Met => true,
                            Status::NotDue => *met == 0,
                            _ => false,
                        };
                        let count = if says_all || *all < 2 {
                            String::new()
                        } else {
                            format!(
                                "<br><small>{}</small>",
                                esc(&Msg::DashboardCellMet {
                                    met: *met,
                                    all: *all
                                }
                                .render(lang))
                            )
                        };
                        let _ = write!(
                            b,
                            "<td class=\"cell s-{}\">{}{count}</td>",
                            s.code(),
                            esc(&label(*s, lang))
                        );
                    }
                    None => b.push_str("<td class=\"cell s-tidak_berlaku\"></td>"),
                }
            }
            b.push_str("</tr>");
        }
        b.push_str("</tbody></table></div></details>\n");
    }
    // Gaps per employee.
    let _ = write!(b, "<h2>{}</h2>", esc(&Msg::DashboardGaps.render(lang)));
    let gap = |r: &Row| r.due && r.status != Status::Met;
    let gaps: Vec<&Row> = rows.iter().filter(|r| gap(r)).collect();
    // A gap that rests only on doubtful evidence is listed once, with its mark.
    let doubtful: Vec<&Row> = rows
        .iter()
        .filter(|r| r.only_doubtful() && !gap(r))
        .collect();
    if gaps.is_empty() && doubtful.is_empty() {
        let _ = write!(b, "<p>{}</p>", esc(&Msg::DashboardNoGaps.render(lang)));
    } else {
        b.push_str("<ul>");
        for r in gaps.iter().chain(doubtful.iter()) {
            let digits: String = r.nip.chars().filter(char::is_ascii_digit).collect();
            let folder = format!("pegawai/{digits}/bukti/{}", r.periode);
            let plan = plans
                .get(&r.skp)
                .and_then(|f| Some((href(f)?, f)))
                .map(|(h, f)| format!("<a href=\"{}\">{}</a>", esc(&h), esc(f)))
                .unwrap_or_default();
            // The evidence folder `skp evidence add --nip` fills; none for an unknown NIP.
            let folder = match href(&folder) {
                Some(h) if !digits.is_empty() => {
                    format!(" · <a href=\"{}/\">{}/</a>", esc(&h), esc(&folder))
                }
                _ => String::new(),
            };
            let _ = write!(
                b,
                "<li data-unit=\"{}\" data-status=\"{}\"><strong>{}</strong> ({}) {} / {} {}: <span class=\"s-{}\">{}</span>{} — {plan}{folder}</li>",
                esc(&r.unit_kerja),
                r.status.code(),
                esc(&r.nama),
                esc(&r.nip),
                esc(&r.rhk),
                esc(&r.indikator),
                esc(&r.periode),
                r.status.code(),
                esc(&label(r.status, lang)),
                if r.only_doubtful() {
                    format!(
                        " <span class=\"doubt\">*</span> {}",
                        esc(&Msg::ReportOnlyDoubtful.render(lang))
                    )
                } else {
                    String::new()
                },
            );
        }
        b.push_str("</ul>");
    }
    let _ = writeln!(b, "<script>{FILTER_JS}</script>");
    let title = Msg::ReportTitle {
        as_of: as_of.to_string(),
    }
    .render(lang);
    page(
        match lang {
            Lang::Id => "id",
            Lang::En => "en",
        },
        &title,
        CSS,
        &b,
    )
}
