//! `skp report …`.

use crate::cascade::mph;
use crate::cli::{
    CoverageArgs, MphArgs, ReportArgs, ReportFailOn, ReportFormat, ReportKind, TableFormat,
};
use crate::evidence::coverage::{Cell, Status, compute};
use crate::i18n::{Lang, Msg};
use crate::model::date::Date;
use crate::render::table::Table;
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

pub fn run(ui: &Ui, args: ReportArgs) -> Result<u8, u8> {
    match args.kind {
        Some(ReportKind::Mph(a)) => matrix(ui, a),
        Some(ReportKind::Exemptions(a)) => exemptions(ui, a),
        None => coverage(ui, args.coverage),
    }
}

fn coverage(ui: &Ui, a: CoverageArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let tz = cfg.workspace.timezone;
    let as_of = match a.as_of.as_deref() {
        None | Some("") | Some("today") => super::today::today(tz),
        Some(d) => Date::parse(d).ok_or_else(|| {
            ui.fatal(
                &Msg::BadDateArg {
                    value: d.to_string(),
                },
                None,
            )
        })?,
    };
    let ws = Workspace::load(root, cfg);
    let strip = |s: &Option<String>| {
        s.as_ref()
            .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect::<String>())
    };
    let (nip, penilai) = (strip(&a.nip), strip(&a.penilai));
    let cells: Vec<Cell> = compute(&ws, as_of)
        .into_iter()
        .filter(|c| {
            let Some(s) = ws.skp_at(c.skp) else {
                return false;
            };
            nip.as_ref().is_none_or(|n| s.nip() == n)
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
        .collect();
    let rows = crate::render::coverage::rows(&ws, &cells);
    let summary = crate::render::coverage::summary(&cells);
    let text = match a.format {
        ReportFormat::Json => crate::render::coverage::json(&rows, &summary, as_of),
        ReportFormat::Csv => crate::render::coverage::table(&rows, ui.lang, a.excel).csv(a.excel),
        ReportFormat::Markdown => crate::render::coverage::table(&rows, ui.lang, false).markdown(),
        ReportFormat::Table => {
            crate::render::coverage::terminal(&rows, &summary, ui.lang, ui.color, as_of)
        }
        ReportFormat::Github => {
            let md = crate::render::coverage::github(&rows, &summary, ui.lang, as_of);
            if let Some(p) = std::env::var_os("GITHUB_STEP_SUMMARY") {
                use std::io::Write;
                if let Ok(mut f) = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                {
                    let _ = f.write_all(md.as_bytes());
                }
            }
            md
        }
    };
    ui.out(&text)?;
    let failing = match a.fail_on {
        None => false,
        Some(ReportFailOn::Gap) => cells.iter().any(|c| c.due && c.status != Status::Terpenuhi),
        Some(ReportFailOn::Tamper) => cells
            .iter()
            .any(|c| matches!(c.status, Status::Berubah | Status::Hilang)),
    };
    Ok(if failing {
        super::EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

fn matrix(ui: &Ui, args: MphArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, args.path.as_deref())?;
    let ws = Workspace::load(root, cfg);
    let nip: String = args.nip.chars().filter(|c| !c.is_whitespace()).collect();
    let candidates: Vec<usize> = ws
        .cascade()
        .skps_by_nip
        .get(&nip)
        .cloned()
        .unwrap_or_default();
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
    let Some(m) = mph::build(&ws, leader) else {
        return Err(ui.fatal(&Msg::NoSkpForNip { nip }, None));
    };
    let t = table(&m, ui.lang);
    let text = match args.format {
        TableFormat::Table => {
            let mut s = format!(
                "{}\n",
                Msg::MphTitle {
                    nama: m.leader_nama.clone(),
                    jabatan: m.leader_jabatan.clone(),
                    skp: m.leader_skp.clone()
                }
                .render(ui.lang)
            );
            // Off a terminal there is no width to detect: keep the table readable in a log.
            let width = (!std::io::IsTerminal::is_terminal(&std::io::stdout())).then_some(160);
            s.push_str(&t.terminal(ui.color, width));
            if m.rows.is_empty() {
                s.push_str(&Msg::MphEmpty.render(ui.lang));
                s.push('\n');
            }
            s.push_str(&Msg::MphLegend.render(ui.lang));
            s.push('\n');
            s
        }
        TableFormat::Csv => t.csv(args.excel),
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
    header.extend(m.columns.iter().map(|c| format!("{} {}", c.iki, c.text)));
    let rows = m
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![format!("{} ({})\n{}", r.nama, r.jabatan, r.nip)];
            row.extend(r.cells.iter().map(|cell| {
                cell.iter()
                    .map(|c| format!("{}{} {}", c.rhk, if c.via_rhk { "*" } else { "" }, c.text))
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
    // (file, line, kind, code, reason)
    let mut items: Vec<(String, u32, &'static str, String, String)> = Vec::new();
    for s in crate::rules::suppress::collect(&ws) {
        items.push((
            ws.rel(s.file).to_string(),
            s.span.line,
            "komentar",
            s.codes.join(", "),
            s.reason.clone().unwrap_or_default(),
        ));
    }
    for d in &ws.docs {
        let crate::model::Content::BuktiDukung(l) = &d.content else {
            continue;
        };
        for b in l.bukti.iter() {
            for x in b.abaikan.iter().flat_map(|v| v.iter()) {
                items.push((
                    ws.rel(d.file).to_string(),
                    x.kode.span.line,
                    "abaikan",
                    x.kode.value.clone(),
                    x.alasan.value.clone(),
                ));
            }
        }
    }
    let r = &ws.config.rules;
    for code in &r.ignore {
        items.push((
            "skp.toml".into(),
            0,
            "rules.ignore",
            code.clone(),
            String::new(),
        ));
    }
    for (code, level) in &r.level {
        if *level == crate::rules::Level::Off {
            items.push((
                "skp.toml".into(),
                0,
                "rules.level",
                code.clone(),
                "off".into(),
            ));
        }
    }
    for o in &r.overrides {
        for code in &o.ignore {
            items.push((
                "skp.toml".into(),
                0,
                "rules.overrides",
                code.clone(),
                o.paths.join(", "),
            ));
        }
        for (code, level) in &o.level {
            if *level == crate::rules::Level::Off {
                items.push((
                    "skp.toml".into(),
                    0,
                    "rules.overrides.level",
                    code.clone(),
                    format!("off: {}", o.paths.join(", ")),
                ));
            }
        }
    }
    // Config entries: the line that names the code, so that git can say who wrote it.
    let toml = std::fs::read_to_string(root.join("skp.toml")).unwrap_or_default();
    for it in items.iter_mut().filter(|i| i.0 == "skp.toml") {
        let quoted = format!("\"{}\"", it.3);
        let key = |l: &str| {
            let t = l.trim_start();
            t.strip_prefix(it.3.as_str())
                .is_some_and(|r| r.trim_start().starts_with('='))
        };
        if let Some(n) = toml.lines().position(|l| l.contains(&quoted) || key(l)) {
            it.1 = n as u32 + 1;
        }
    }
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
                f.clone(),
                if *line > 0 {
                    line.to_string()
                } else {
                    String::new()
                },
                kind.to_string(),
                code.clone(),
                reason.clone(),
                author,
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
