//! `skp report …`.

use std::path::PathBuf;

use crate::cascade::mph;
use crate::cli::{MphArgs, ReportArgs, ReportKind, TableFormat};
use crate::i18n::{Lang, Msg};
use crate::render::table::Table;
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

pub fn run(ui: &Ui, args: ReportArgs) -> Result<u8, u8> {
    match args.kind {
        ReportKind::Mph(a) => matrix(ui, a),
    }
}

fn matrix(ui: &Ui, args: MphArgs) -> Result<u8, u8> {
    let start = args
        .path
        .clone()
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")));
    let (root, cfg) = super::check::open_workspace(ui, &start)?;
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
