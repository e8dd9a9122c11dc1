//! `skp evidence list`.

use std::io::IsTerminal;

use serde_json::json;

use crate::cli::{EvidenceListArgs, ListFormat};
use crate::render::escape_control;
use crate::render::table::Table;

use super::{ledgers_to_read, open, parse_period};
use crate::cmd::{EXIT_FATAL, EXIT_OK, Ui};
use crate::i18n::Msg;

pub fn run(ui: &Ui, a: EvidenceListArgs) -> Result<u8, u8> {
    let (root, _) = open(ui, &a.ws)?;
    let period = match &a.period {
        Some(p) => Some(parse_period(ui, Some(p))?),
        None => None,
    };
    let mut rows = Vec::new();
    // A ledger that does not load cleanly hides no other's records: it is named at the end.
    let read = ledgers_to_read(ui, &root, &a.select)?;
    let unreadable = read.unreadable;
    for (file, l) in read.readable {
        // Which ledger holds each record: an SKP's records may be in more than one (F005).
        let ledger = crate::workspace::relative_path(file.strip_prefix(&root).unwrap_or(&file));
        for e in &l.entries {
            if a.for_.as_ref().is_some_and(|f| !e.untuk.contains(f))
                || period.is_some_and(|p| !e.periode.within(p))
                || a.jenis.as_ref().is_some_and(|j| *j != e.jenis)
            {
                continue;
            }
            rows.push((l.skp.clone(), e.clone(), ledger.clone()));
        }
    }
    rows.sort_by(|a, b| {
        (a.0.as_str(), a.1.periode, &a.1.berkas, &a.2).cmp(&(
            b.0.as_str(),
            b.1.periode,
            &b.1.berkas,
            &b.2,
        ))
    });
    let text = match a.format {
        ListFormat::Json => {
            let items: Vec<_> = rows
                .iter()
                .map(|(s, e, ledger)| {
                    // A password in a link (D108) is never repeated, here either.
                    let url = e.url.as_deref().map(|u| crate::privacy::mask_passwords(u).into_owned());
                    let keterangan = e.keterangan.as_deref().map(|k| crate::privacy::mask_passwords(k).into_owned());
                    json!({ "skp": s, "ledger": ledger, "sha256": e.sha256, "berkas": e.berkas, "url": url, "ukuran": e.ukuran,
                            "untuk": e.untuk, "periode": e.periode.to_string(), "jenis": e.jenis, "tanggal": e.tanggal,
                            "ditambahkan": e.ditambahkan, "keterangan": keterangan, "bersama": e.bersama })
                })
                .collect();
            let mut s = crate::render::json_pretty(&json!({ "version": 1, "bukti": items }));
            s.push('\n');
            s
        }
        ListFormat::Table => {
            // The ledger of each row, when some SKP's records are split across ledgers (F005):
            // otherwise two ledgers' copies of one record show as two identical rows.
            let mut of_skp: std::collections::HashMap<&str, &str> =
                std::collections::HashMap::new();
            let split = rows
                .iter()
                .any(|(s, _, l)| *of_skp.entry(s.as_str()).or_insert(l.as_str()) != l.as_str());
            let mut header = match ui.lang {
                crate::i18n::Lang::Id => [
                    "SKP",
                    "Periode",
                    "Untuk",
                    "Jenis",
                    "Berkas/URL",
                    "SHA-256",
                    "Tanggal",
                ],
                crate::i18n::Lang::En => [
                    "SKP", "Period", "For", "Kind", "File/URL", "SHA-256", "Date",
                ],
            }
            .map(String::from)
            .to_vec();
            if split {
                header.push(
                    match ui.lang {
                        crate::i18n::Lang::Id => "Buku catatan",
                        crate::i18n::Lang::En => "Ledger",
                    }
                    .to_string(),
                );
            }
            let body = rows
                .iter()
                .map(|(s, e, ledger)| {
                    let esc = |s: &str| escape_control(s).into_owned();
                    let mut row = vec![
                        esc(s),
                        e.periode.to_string(),
                        esc(&e.untuk.join(", ")),
                        esc(&e.jenis),
                        esc(&crate::privacy::mask_passwords(
                            e.berkas.as_deref().or(e.url.as_deref()).unwrap_or_default(),
                        )),
                        e.sha256
                            .as_deref()
                            .map(|h| h[..12.min(h.len())].to_string())
                            .unwrap_or_default(),
                        esc(e.tanggal.as_deref().unwrap_or_default()),
                    ];
                    if split {
                        row.push(esc(ledger));
                    }
                    row
                })
                .collect();
            let mut t = Table { header, rows: body };
            // A file or a pipe (`-o`, `| grep`, a CI log) gets every path whole: shortening
            // is for a reader at a terminal, who has `--wide` for the rest.
            let to_stdout = ui.output.as_deref().is_none_or(|o| o.as_os_str() == "-");
            let to_terminal = to_stdout && std::io::stdout().is_terminal();
            if a.wide || !to_terminal {
                // No width: comfy-table lays the table out as wide as its content.
                ui.out(&t.terminal(ui.color, None))?;
                return Ok(unlisted(ui, &root, &unreadable));
            }
            // The path column takes what the others leave; a path too long for it keeps its
            // end (the file name), so the table fits the terminal instead of wrapping paths.
            let width = crate::render::table::available_width(None) as usize;
            let others: usize = (0..t.header.len())
                .filter(|&c| c != 4)
                .map(|c| {
                    std::iter::once(&t.header[c])
                        .chain(t.rows.iter().map(|r| &r[c]))
                        .map(|s| s.chars().count())
                        .max()
                        .unwrap_or(0)
                })
                .sum();
            let budget = width
                .saturating_sub(others + 3 * t.header.len() + 1)
                .max(36);
            for r in &mut t.rows {
                r[4] = crate::render::table::ellipsis(&r[4], budget, true);
            }
            t.terminal(ui.color, None)
        }
    };
    ui.out(&text)?;
    Ok(unlisted(ui, &root, &unreadable))
}

/// Names each ledger whose records the list could not show; the exit code.
fn unlisted(ui: &Ui, root: &std::path::Path, unreadable: &[std::path::PathBuf]) -> u8 {
    for f in unreadable {
        let file = crate::workspace::relative_path(f.strip_prefix(root).unwrap_or(f));
        ui.fatal(
            &Msg::EvListUnreadable { file },
            Some(&Msg::HelpEvLedgerInvalid),
        );
    }
    if unreadable.is_empty() {
        EXIT_OK
    } else {
        EXIT_FATAL
    }
}
