//! `skp report` output: coverage rows (gaps first), the JSON contract (README, "Output"), tables.

use std::collections::HashSet;

use serde_json::json;

use super::table::Table;
use super::{escape_control, escape_markdown};
use crate::evidence::coverage::{Cell, Status};
use crate::i18n::{Lang, Msg};
use crate::model::date::Date;
use crate::workspace::Workspace;

/// One row of the report.
#[derive(Debug, Clone)]
pub struct Row {
    pub skp: String,
    pub nip: String,
    pub nama: String,
    pub unit_kerja: String,
    pub rhk: String,
    pub indikator: String,
    pub periode: String,
    pub bukti: usize,
    pub terverifikasi: usize,
    pub status: Status,
    pub due: bool,
    /// The grid the cell follows (`triwulanan`, `tahunan` …) and why (`skp`, `aspek`,
    /// `bukti_periode`): a Kabid whose quality indicators are annual sees why no gap shows yet.
    pub grid: String,
    pub grid_reason: &'static str,
    /// Counted evidence that failed a content check (B112 wrong file type, B113 document date
    /// outside the period, B114 text unrelated to the indicator).
    pub diragukan: usize,
}

impl Row {
    /// The cell rests only on evidence that failed a content check: an auditor opens these
    /// first, whatever the status says.
    pub fn only_doubtful(&self) -> bool {
        self.bukti > 0 && self.diragukan == self.bukti
    }
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub skp: usize,
    pub indikator: usize,
    pub sel_wajib: usize,
    pub terpenuhi: usize,
    pub kurang: usize,
    pub kosong: usize,
    pub berubah: usize,
    pub hilang: usize,
    pub tidak_terverifikasi: usize,
    /// Due cells that rest only on evidence that failed a content check.
    pub hanya_bukti_diragukan: usize,
}

impl Summary {
    pub fn persen(&self) -> Option<f64> {
        (self.sel_wajib > 0)
            .then(|| (self.terpenuhi as f64 * 1000.0 / self.sel_wajib as f64).round() / 10.0)
    }
}

/// Rows sorted gaps first (tamper signals, then empty, short, met, not due, not applicable),
/// then by employee, indicator and period. `doubtful` holds the entries (ledger document,
/// entry index) that failed a content check.
pub fn rows(ws: &Workspace, cells: &[Cell], doubtful: &HashSet<(usize, usize)>) -> Vec<Row> {
    let mut out: Vec<Row> = cells
        .iter()
        .filter_map(|c| {
            let s = ws.skp_at(c.skp)?;
            let r = &s.hasil_kerja[c.rhk];
            Some(Row {
                skp: s.resolved_id.value.clone(),
                nip: s.nip_shown().to_string(),
                nama: s.pegawai.nama.value.clone(),
                unit_kerja: s.pegawai.unit_kerja.value.clone(),
                rhk: r.id.value.clone(),
                indikator: r.indikator[c.iki].id.value.clone(),
                periode: c.period.to_string(),
                bukti: c.bukti,
                terverifikasi: c.terverifikasi,
                status: c.status,
                due: c.due,
                grid: crate::model::vocab::Vocab::code(c.grid).to_string(),
                grid_reason: c.grid_reason.code(),
                diragukan: c.entries.iter().filter(|e| doubtful.contains(e)).count(),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (a.status, &a.skp, &a.indikator, &a.periode).cmp(&(
            b.status,
            &b.skp,
            &b.indikator,
            &b.periode,
        ))
    });
    out
}

pub fn summary(cells: &[Cell], rows: &[Row]) -> Summary {
    let mut s = Summary {
        hanya_bukti_diragukan: rows.iter().filter(|r| r.due && r.only_doubtful()).count(),
        ..Summary::default()
    };
    let mut skps = std::collections::BTreeSet::new();
    let mut inds = std::collections::BTreeSet::new();
    for c in cells {
        skps.insert(c.skp);
        inds.insert((c.skp, c.rhk, c.iki));
        if !c.due {
            continue;
        }
        s.sel_wajib += 1;
        match c.status {
            Status::Met => s.terpenuhi += 1,
            Status::Short => s.kurang += 1,
            Status::Empty => s.kosong += 1,
            Status::Changed => s.berubah += 1,
            Status::Missing => s.hilang += 1,
            Status::Unverified => s.tidak_terverifikasi += 1,
            _ => {}
        }
    }
    s.skp = skps.len();
    s.indikator = inds.len();
    s
}

/// `left_out`: the files and folders that could not be read, whose cells are not in `rows`.
pub fn json(rows: &[Row], s: &Summary, as_of: Date, left_out: &[&str]) -> String {
    let items: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({ "skp": r.skp, "nip": r.nip, "nama": r.nama, "unit_kerja": r.unit_kerja, "rhk": r.rhk,
                    "indikator": r.indikator, "periode": r.periode, "bukti": r.bukti,
                    "terverifikasi": r.terverifikasi, "status": r.status.code(),
                    "grid": r.grid, "grid_alasan": r.grid_reason, "diragukan": r.diragukan,
                    "hanya_bukti_diragukan": r.only_doubtful() })
        })
        .collect();
    let doc = json!({
        "version": 1,
        "as_of": as_of.to_string(),
        "rows": items,
        "summary": { "skp": s.skp, "indikator": s.indikator, "sel_wajib": s.sel_wajib, "terpenuhi": s.terpenuhi,
                     "kurang": s.kurang, "kosong": s.kosong, "berubah": s.berubah, "hilang": s.hilang,
                     "tidak_terverifikasi": s.tidak_terverifikasi,
                     "hanya_bukti_diragukan": s.hanya_bukti_diragukan, "persen": s.persen(),
                     "tidak_dibaca": left_out }
    });
    let mut t = super::json_pretty(&doc);
    t.push('\n');
    t
}

/// CSV column names: the keys of `--format json`, the same in every language.
fn machine_headers() -> Vec<String> {
    [
        "skp",
        "nip",
        "nama",
        "unit_kerja",
        "rhk",
        "indikator",
        "periode",
        "grid",
        "bukti",
        "terverifikasi",
        "diragukan",
        "status",
    ]
    .map(String::from)
    .to_vec()
}

fn headers(lang: Lang) -> Vec<String> {
    let h: [&str; 12] = match lang {
        Lang::Id => [
            "SKP",
            "NIP",
            "Nama",
            "Unit kerja",
            "RHK",
            "Indikator",
            "Periode",
            "Dipantau per",
            "Bukti",
            "Terverifikasi",
            "Diragukan",
            "Status",
        ],
        Lang::En => [
            "SKP",
            "NIP",
            "Name",
            "Unit",
            "RHK",
            "Indicator",
            "Period",
            "Checked per",
            "Evidence",
            "Verified",
            "Doubtful",
            "Status",
        ],
    };
    h.map(String::from).to_vec()
}

/// The rows as a table: for people (`lang`'s headers, statuses in words) or, with `machine`
/// (CSV), the JSON key names and codes in every language (DESIGN §9.6).
pub fn table(rows: &[Row], lang: Lang, excel: bool, machine: bool) -> Table {
    // The Excel dialect: text cells stay text (a NIP must not become 1.99E+17).
    let nip = |n: &str| {
        let n = escape_control(n);
        if excel {
            format!("=\"{n}\"")
        } else {
            n.into_owned()
        }
    };
    let esc = |s: &str| escape_control(s).into_owned();
    let grid = |r: &Row| {
        if machine {
            return format!("{} ({})", r.grid, r.grid_reason);
        }
        use crate::model::vocab::{Evaluasi, Vocab};
        let g = <Evaluasi as Vocab>::parse(&r.grid).map_or(r.grid.as_str(), |e| e.label_in(lang));
        format!("{g} ({})", r.grid_reason)
    };
    Table {
        header: if machine {
            machine_headers()
        } else {
            headers(lang)
        },
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    esc(&r.skp),
                    nip(&r.nip),
                    esc(&r.nama),
                    esc(&r.unit_kerja),
                    esc(&r.rhk),
                    esc(&r.indikator),
                    r.periode.clone(),
                    grid(r),
                    r.bukti.to_string(),
                    r.terverifikasi.to_string(),
                    r.diragukan.to_string(),
                    if machine {
                        r.status.code().to_string()
                    } else {
                        r.status.label(lang).to_string()
                    },
                ]
            })
            .collect(),
    }
}

fn paint(s: &str, status: Status, color: bool) -> String {
    if !color {
        return s.to_string();
    }
    let c = match status {
        Status::Changed | Status::Missing | Status::Empty => anstyle::AnsiColor::Red,
        Status::Short | Status::Unverified => anstyle::AnsiColor::Yellow,
        Status::Met => anstyle::AnsiColor::Green,
        _ => anstyle::AnsiColor::BrightBlack,
    };
    let st = anstyle::Style::new().fg_color(Some(c.into()));
    format!("{st}{s}{st:#}")
}

/// The terminal report: cells (gaps first), totals per employee, and the workspace total.
pub fn terminal(rows: &[Row], s: &Summary, lang: Lang, color: bool, as_of: Date) -> String {
    let mut out = format!(
        "{}\n",
        Msg::ReportTitle {
            as_of: as_of.to_string()
        }
        .render(lang)
    );
    // Compact columns for a terminal; the CSV/JSON/Markdown forms carry every field.
    let header = match lang {
        Lang::Id => [
            "Pegawai",
            "Indikator",
            "Periode",
            "Bukti (terverifikasi)",
            "Status",
        ],
        Lang::En => [
            "Employee",
            "Indicator",
            "Period",
            "Evidence (verified)",
            "Status",
        ],
    };
    let mut t = Table {
        header: header.map(String::from).to_vec(),
        rows: Vec::new(),
    };
    for r in rows.iter().filter(|r| r.status != Status::NotApplicable) {
        t.rows.push(vec![
            format!("{}\n{}", escape_control(&r.nama), escape_control(&r.nip)),
            format!(
                "{} / {}",
                escape_control(&r.rhk),
                escape_control(&r.indikator)
            ),
            r.periode.clone(),
            format!("{} ({})", r.bukti, r.terverifikasi),
            paint(
                &format!(
                    "{}{}",
                    r.status.label(lang),
                    if r.only_doubtful() { "*" } else { "" }
                ),
                r.status,
                color,
            ),
        ]);
    }
    // comfy-table measures ANSI codes as text; colour only when printing to a terminal.
    let width = (!std::io::IsTerminal::is_terminal(&std::io::stdout())).then_some(160);
    out.push_str(&t.terminal(false, width));
    if rows
        .iter()
        .any(|r| r.status != Status::NotApplicable && r.only_doubtful())
    {
        out.push_str(&format!("{}\n", Msg::ReportOnlyDoubtful.render(lang)));
    }
    // Totals per employee.
    let mut per: std::collections::BTreeMap<(String, String), (usize, usize)> = Default::default();
    for r in rows.iter().filter(|r| r.due) {
        let e = per.entry((r.nama.clone(), r.nip.clone())).or_default();
        e.0 += 1;
        if r.status == Status::Met {
            e.1 += 1;
        }
    }
    for ((nama, nip), (due, met)) in per {
        out.push_str(&format!(
            "{}\n",
            Msg::ReportPerEmployee {
                nama: escape_control(&nama).into_owned(),
                nip: escape_control(&nip).into_owned(),
                terpenuhi: met,
                wajib: due
            }
            .render(lang)
        ));
    }
    out.push_str(&format!(
        "{}\n",
        Msg::ReportTotal {
            skp: s.skp,
            wajib: s.sel_wajib,
            terpenuhi: s.terpenuhi,
            kurang: s.kurang,
            tidak_terverifikasi: s.tidak_terverifikasi,
            kosong: s.kosong,
            berubah: s.berubah,
            hilang: s.hilang,
            persen: s
                .persen()
                .map_or("-".to_string(), |p| crate::i18n::number_in(p, lang)),
        }
        .render(lang)
    ));
    out
}

/// A Markdown summary for a GitHub job summary: one row per employee, then the total.
pub fn github(rows: &[Row], s: &Summary, lang: Lang, as_of: Date) -> String {
    let mut per: std::collections::BTreeMap<(String, String), [usize; 7]> = Default::default();
    for r in rows.iter().filter(|r| r.due) {
        let e = per.entry((r.nama.clone(), r.nip.clone())).or_default();
        e[0] += 1;
        let i = match r.status {
            Status::Met => 1,
            Status::Short => 2,
            Status::Unverified => 3,
            Status::Empty => 4,
            Status::Changed => 5,
            _ => 6,
        };
        e[i] += 1;
    }
    let mut out = format!(
        "## {}\n\n",
        Msg::ReportTitle {
            as_of: as_of.to_string()
        }
        .render(lang)
    );
    out.push_str(match lang {
        Lang::Id => "| Pegawai | NIP | Sel wajib | Terpenuhi | Kurang | Tidak terverifikasi | Kosong | Berubah | Hilang | % |\n",
        Lang::En => "| Employee | NIP | Due cells | Met | Short | Unverified | Empty | Changed | Missing | % |\n",
    });
    out.push_str("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for ((nama, nip), c) in per {
        let pct = if c[0] > 0 {
            crate::i18n::number_in((c[1] as f64 * 1000.0 / c[0] as f64).round() / 10.0, lang)
        } else {
            "-".into()
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {pct} |\n",
            escape_markdown(&nama),
            escape_markdown(&nip),
            c[0],
            c[1],
            c[2],
            c[3],
            c[4],
            c[5],
            c[6]
        ));
    }
    out.push_str(&format!(
        "| **Total** | | {} | {} | {} | {} | {} | {} | {} | {} |\n",
        s.sel_wajib,
        s.terpenuhi,
        s.kurang,
        s.tidak_terverifikasi,
        s.kosong,
        s.berubah,
        s.hilang,
        s.persen()
            .map_or("-".to_string(), |p| crate::i18n::number_in(p, lang))
    ));
    out
}
