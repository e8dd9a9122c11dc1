//! `skp report …`.

use crate::cascade::mph;
use crate::cli::{
    CoverageArgs, MphArgs, ReportArgs, ReportFailOn, ReportFormat, ReportKind, TableFormat,
};
use crate::evidence::coverage::{Cell, Status};
use crate::facts::{self, Hashing, Needs};
use crate::i18n::{Lang, Msg};
use crate::model::Kind;
use crate::model::date::Date;
use crate::render::escape_control;
use crate::render::html::{Base, file_href};
use crate::render::table::Table;
use crate::rules::exemptions::{Exemption, Exemptions, Source};
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

pub fn run(ui: &Ui, args: ReportArgs) -> Result<u8, u8> {
    ui.request_mask(args.mask);
    match args.kind {
        Some(ReportKind::Mph(a)) => matrix(ui, a),
        Some(ReportKind::Exemptions(a)) => exemptions(ui, a),
        Some(ReportKind::Target(a)) => super::target_report::run(ui, a),
        None => coverage(ui, args.coverage),
    }
}

fn coverage(ui: &Ui, a: CoverageArgs) -> Result<u8, u8> {
    super::excel_needs_csv(ui, a.excel, a.format == ReportFormat::Csv)?;
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let tz = cfg.workspace.timezone;
    let as_of = match a.as_of.as_deref() {
        None | Some("") | Some("today") => super::today::today(tz),
        Some(d) => Date::parse(d).ok_or_else(|| super::bad_date(ui, d))?,
    };
    let ws = Workspace::load(root, cfg);
    ui.mask_for(&ws, a.nip.as_deref());
    let left_out = super::warn_left_out(ui, &ws, &[Kind::Skp, Kind::BuktiDukung]);
    let strip = |s: &Option<String>| {
        s.as_ref()
            .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect::<String>())
    };
    let (nip, penilai) = (strip(&a.nip), strip(&a.penilai));
    // A NIP that names nobody is a mistake (a typo, another workspace), not an empty report.
    if let Some(n) = &nip {
        super::refuse_unreadable_skp(ui, &ws, n)?;
    }
    if let Some(n) = &nip
        && !ws.skps().any(|(_, s)| s.nip() == Some(n.as_str()))
    {
        return Err(ui.fatal(&Msg::NoSkpForNip { nip: n.clone() }, None));
    }
    if let Some(p) = &penilai
        && !ws.skps().any(|(_, s)| {
            s.pejabat_penilai
                .nip
                .as_ref()
                .is_some_and(|x| x.value.as_str() == p)
        })
    {
        return Err(ui.fatal(&Msg::NoSkpForPenilai { nip: p.clone() }, None));
    }
    super::refuse_unknown_unit(ui, &ws, a.unit.as_deref())?;
    let needs = Needs {
        evidence: true,
        coverage: true,
        documents: true,
        ..Needs::default()
    };
    let mut facts = facts::build(&ws, needs, Some(as_of), Hashing::Cached);
    facts.save_cache();
    let doubtful = crate::rules::bukti::content::doubtful(&ws, facts.evidence());
    let cells: Vec<Cell> = facts
        .coverage()
        .iter()
        .filter(|c| {
            let Some(s) = ws.skp_at(c.skp) else {
                return false;
            };
            nip.as_ref().is_none_or(|n| s.nip() == Some(n.as_str()))
                && a.unit.as_ref().is_none_or(|u| {
                    s.pegawai
                        .unit_kerja
                        .value
                        .to_lowercase()
                        .contains(&u.to_lowercase())
                })
                && penilai.as_ref().is_none_or(|p| {
                    s.pejabat_penilai
                        .nip
                        .as_ref()
                        .is_some_and(|x| x.value.as_str() == p)
                })
        })
        .cloned()
        .collect();
    let rows = crate::render::coverage::rows(&ws, &cells, &doubtful);
    let summary = crate::render::coverage::summary(&cells, &rows);
    let text = match a.format {
        ReportFormat::Json => crate::render::coverage::json(&rows, &summary, as_of, &left_out),
        ReportFormat::Csv => {
            crate::render::coverage::table(&rows, ui.lang, a.excel, true).csv(a.excel)
        }
        ReportFormat::Markdown => {
            crate::render::coverage::table(&rows, ui.lang, false, false).markdown()
        }
        ReportFormat::Table => {
            crate::render::coverage::terminal(&rows, &summary, ui.lang, ui.color, as_of)
        }
        ReportFormat::Github => {
            let md = crate::render::coverage::github(&rows, &summary, ui.lang, as_of);
            super::append_step_summary(&md);
            md
        }
        ReportFormat::Html => {
            // Each SKP's file, for the dashboard's links.
            let plans: std::collections::BTreeMap<String, String> = ws
                .skps()
                .map(|(d, s)| (s.resolved_id.value.clone(), ws.rel(d.file).to_string()))
                .collect();
            // Links from where the page is saved (the workspace root when printed).
            let folder = super::output_folder(ui);
            let base = folder.as_deref().map_or(Base::Root, Base::Folder);
            let href = |rel: &str| file_href(&ws.root, base, rel);
            crate::render::html::dashboard::dashboard(
                &rows, &summary, &plans, &href, ui.lang, as_of,
            )
        }
    };
    ui.out(&text)?;
    // What could not be read may hold any gap or tampering: no `--fail-on` passes over it.
    let failing = match a.fail_on {
        None => false,
        Some(_) if !left_out.is_empty() => true,
        Some(ReportFailOn::Gap) => cells.iter().any(|c| c.due && c.status != Status::Met),
        Some(ReportFailOn::Tamper) => cells
            .iter()
            .any(|c| matches!(c.status, Status::Changed | Status::Missing)),
    };
    Ok(if failing {
        super::EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

fn matrix(ui: &Ui, args: MphArgs) -> Result<u8, u8> {
    super::excel_needs_csv(ui, args.excel, args.format == TableFormat::Csv)?;
    let (root, cfg) = super::check::open_at(ui, args.path.as_deref())?;
    let ws = Workspace::load(root, cfg);
    super::warn_left_out(ui, &ws, &[Kind::Skp]);
    let cascade = crate::cascade::build(&ws.docs);
    let nip: String = args.nip.chars().filter(|c| !c.is_whitespace()).collect();
    ui.mask_for(&ws, Some(&nip));
    let candidates: Vec<usize> = cascade.skps_by_nip.get(&nip).cloned().unwrap_or_default();
    let chosen = match &args.skp {
        Some(id) => candidates
            .iter()
            .copied()
            .find(|&i| ws.skp_at(i).is_some_and(|s| s.resolved_id.value == *id)),
        // The latest SKP of the NIP (by year, then start of period).
        None => candidates
            .iter()
            .copied()
            .max_by_key(|&i| ws.skp_at(i).map(|s| (s.tahun.value, s.period().0))),
    };
    let Some(leader) = chosen else {
        return Err(ui.fatal(&Msg::NoSkpForNip { nip }, None));
    };
    let Some(m) = mph::build(&ws, &cascade, leader) else {
        return Err(ui.fatal(&Msg::NoSkpForNip { nip }, None));
    };
    let mut t = table(&m, ui.lang);
    let text = match args.format {
        TableFormat::Table => {
            let mut s = format!(
                "{}\n",
                Msg::MphTitle {
                    nama: escape_control(&m.leader_nama).into_owned(),
                    jabatan: escape_control(&m.leader_jabatan).into_owned(),
                    skp: escape_control(&m.leader_skp).into_owned()
                }
                .render(ui.lang)
            );
            if args.wide {
                s.push_str(&t.terminal(ui.color, None));
            } else {
                // Ids in the matrix, their texts in a legend below: a matrix of sentences does
                // not fit a terminal without breaking words. `--wide` prints the sentences.
                for (h, c) in t.header.iter_mut().skip(1).zip(&m.columns) {
                    *h = c.iki.clone();
                }
                for (row, r) in t.rows.iter_mut().zip(&m.rows) {
                    row[0] = format!("{}\n{}", escape_control(&r.nama), escape_control(&r.nip));
                    for (cell, cs) in row.iter_mut().skip(1).zip(&r.cells) {
                        *cell = cs
                            .iter()
                            .map(|c| format!("{}{}", c.rhk, if c.via_rhk { "*" } else { "" }))
                            .collect::<Vec<_>>()
                            .join("\n");
                    }
                }
                let width = crate::render::table::available_width(None);
                s.push_str(&t.terminal(ui.color, Some(width)));
                let w = width as usize;
                for c in &m.columns {
                    let line = format!("{}  {}", c.iki, escape_control(&c.text));
                    s.push_str(&format!(
                        "{}\n",
                        crate::render::table::ellipsis(&line, w, false)
                    ));
                }
                for r in &m.rows {
                    let mut seen = Vec::new();
                    for c in r.cells.iter().flatten() {
                        if !seen.contains(&&c.rhk) {
                            seen.push(&c.rhk);
                            let line = format!(
                                "{} {}  {}",
                                escape_control(&r.nama),
                                c.rhk,
                                escape_control(&c.text)
                            );
                            s.push_str(&format!(
                                "{}\n",
                                crate::render::table::ellipsis(&line, w, false)
                            ));
                        }
                    }
                }
            }
            if m.rows.is_empty() {
                s.push_str(&Msg::MphEmpty.render(ui.lang));
                s.push('\n');
            }
            s.push_str(&Msg::MphLegend.render(ui.lang));
            s.push('\n');
            s
        }
        TableFormat::Csv => {
            // CSV keeps its column names in every language (DESIGN §9.6).
            t.header[0] = "pegawai".into();
            t.csv(args.excel)
        }
        TableFormat::Markdown => t.markdown(),
    };
    ui.out(&text)?;
    Ok(EXIT_OK)
}

fn table(m: &mph::Mph, lang: Lang) -> Table {
    let first = match lang {
        Lang::Id => "Pegawai",
        Lang::En => "Employee",
    };
    let mut header = vec![first.to_string()];
    // Values from files are escaped here: a newline in a cell is a line break of the table.
    header.extend(
        m.columns
            .iter()
            .map(|c| escape_control(&format!("{} {}", c.iki, c.text)).into_owned()),
    );
    let rows = m
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![format!(
                "{} ({})\n{}",
                escape_control(&r.nama),
                escape_control(&r.jabatan),
                escape_control(&r.nip)
            )];
            row.extend(r.cells.iter().map(|cell| {
                cell.iter()
                    .map(|c| {
                        let star = if c.via_rhk { "*" } else { "" };
                        escape_control(&format!("{}{star} {}", c.rhk, c.text)).into_owned()
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            }));
            row
        })
        .collect();
    Table { header, rows }
}

/// Authors of lines, from `git blame`, per file (empty outside git).
fn blame(root: &std::path::Path, rel: &str) -> std::collections::HashMap<u32, String> {
    let mut out = std::collections::HashMap::new();
    let Ok(o) = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["blame", "--line-porcelain", "--", rel])
        .output()
    else {
        return out;
    };
    if !o.status.success() {
        return out;
    }
    let text = String::from_utf8_lossy(&o.stdout);
    let mut line = 0u32;
    for l in text.lines() {
        let mut parts = l.split(' ');
        let first = parts.next().unwrap_or("");
        if first.len() == 40 && first.bytes().all(|b| b.is_ascii_hexdigit()) {
            line = parts.nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
        } else if let Some(a) = l.strip_prefix("author ") {
            out.insert(line, a.to_string());
        } else if let Some(m) = l.strip_prefix("author-mail ")
            && let Some(a) = out.get_mut(&line)
        {
            a.push(' ');
            a.push_str(m);
        }
    }
    out
}

fn exemptions(ui: &Ui, a: crate::cli::ExemptionsArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let ws = Workspace::load(root.clone(), cfg);
    ui.mask_for(&ws, None);
    // The same value `skp check` applies (and `--no-exemptions` switches off), plus the evidence
    // whose content is not here to verify.
    let mut ex = Exemptions::collect(&ws, true);
    let needs = Needs {
        evidence: true,
        ..Needs::default()
    };
    let facts = facts::build(&ws, needs, None, Hashing::Cached);
    for c in &facts.evidence().checked {
        if c.state == crate::evidence::verify::State::NotFetched {
            ex.declare(Exemption {
                file: c.ledger.clone(),
                line: 0,
                source: Source::NotFetched,
                what: c.entry.berkas.clone().unwrap_or_default(),
                detail: String::new(),
            });
        }
    }
    // (file, line, kind, code, reason)
    let mut items: Vec<(String, u32, &'static str, String, String)> = ex
        .declared
        .iter()
        .map(|e| {
            (
                e.file.clone(),
                e.line,
                e.source.key(),
                e.what.clone(),
                e.detail.clone(),
            )
        })
        .collect();
    items.sort();
    let mut blames: std::collections::HashMap<String, std::collections::HashMap<u32, String>> =
        Default::default();
    let header = match ui.lang {
        Lang::Id => [
            "Berkas",
            "Baris",
            "Jenis",
            "Kode",
            "Alasan",
            "Penulis (git)",
        ],
        Lang::En => ["File", "Line", "Kind", "Code", "Reason", "Author (git)"],
    };
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|(f, line, kind, code, reason)| {
            let author = blames
                .entry(f.clone())
                .or_insert_with(|| blame(&root, f))
                .get(line)
                .cloned()
                .unwrap_or_default();
            vec![
                escape_control(f).into_owned(),
                if *line > 0 {
                    line.to_string()
                } else {
                    String::new()
                },
                kind.to_string(),
                escape_control(code).into_owned(),
                escape_control(reason).into_owned(),
                escape_control(&author).into_owned(),
            ]
        })
        .collect();
    let t = Table {
        header: header.map(String::from).to_vec(),
        rows,
    };
    let text = match a.format {
        TableFormat::Table => t.terminal(ui.color, None),
        TableFormat::Csv => t.csv(false),
        TableFormat::Markdown => t.markdown(),
    };
    ui.out(&text)?;
    Ok(EXIT_OK)
}
