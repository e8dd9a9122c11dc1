//! `skp evidence add` (one file, a URL, or `--manifest`).

use rayon::prelude::*;
use std::path::{Path, PathBuf};

use crate::cli::{EvidenceAddArgs, SkpSelector};
use crate::evidence::add::{self, Outcome, Request};
use crate::i18n::Msg;
use crate::model::date::Date;
use crate::model::period::Period;
use crate::tabular::Value;
use crate::tabular::read;
use crate::workspace::config::Config;

use super::{
    add_error, manifest_error, open, parse_date, parse_period, pick_skp, progress, report_outcomes,
};
use crate::cmd::{EXIT_OK, Ui};

pub fn run(ui: &Ui, a: EvidenceAddArgs) -> Result<u8, u8> {
    let (root, cfg) = open(ui, &a.ws)?;
    if let Some(m) = &a.manifest {
        return manifest(ui, &root, &cfg, m, a.force);
    }
    if a.for_.is_empty() {
        return Err(ui.fatal(&Msg::EvNeedFor, None));
    }
    if a.files.is_empty() && a.url.is_none() {
        return Err(ui.fatal(&Msg::EvNoFiles, None));
    }
    // `-o` naming a file being added would replace it with the report of its recording: the
    // original of a file recorded where it lies is then gone.
    for file in &a.files {
        crate::cmd::output_is_not(ui, file)?;
    }
    let periode = parse_period(ui, a.period.as_deref())?;
    let tanggal = parse_date(ui, a.date.as_deref())?;
    if a.select.nip.is_none() && a.select.skp.is_none() {
        // The files' folder, or the one the user stands in, often says whose SKP is meant.
        let cwd = std::env::current_dir().ok();
        let nip = super::folder_nip(&root, a.files.iter().chain(cwd.as_ref()));
        let help = nip.map(|nip| Msg::HelpEvNeedSelector { nip });
        return Err(ui.fatal(&Msg::EvNeedSelector, help.as_ref()));
    }
    let found = pick_skp(ui, &root, &a.select, Some(periode))?;
    let base = Request {
        file: None,
        url: None,
        untuk: distinct(a.for_.iter().cloned()),
        periode,
        jenis: a.jenis.clone(),
        tanggal,
        keterangan: a.note.clone(),
        force: a.force,
        line: None,
    };
    let mut reqs: Vec<Request> = a
        .files
        .iter()
        .map(|f| Request {
            file: Some(f.clone()),
            ..base.clone()
        })
        .collect();
    if let Some(u) = &a.url {
        reqs.push(Request {
            url: Some(u.clone()),
            ..base.clone()
        });
    }
    let pb = progress(reqs.len());
    let tick = || {
        if let Some(p) = &pb {
            p.inc(1);
        }
    };
    let outcomes = add::add(&root, &cfg, &found, &reqs, &tick).map_err(|e| add_error(ui, e))?;
    if let Some(p) = pb {
        p.finish_and_clear();
    }
    report_outcomes(ui, &found.skp.resolved_id.value, &outcomes)?;
    // Evidence of a quarter for an indicator judged once a year counts in the year's cell:
    // said now, so that the report's yearly cell is no surprise.
    for iki in &base.untuk {
        let default = cfg.workspace.evaluation;
        if let Some((cell, reason)) =
            crate::evidence::coverage::coarser_cell(&found.skp, iki, periode, default)
        {
            ui.err_line(&Msg::EvCountsInCell {
                iki: iki.clone(),
                periode: periode.to_string(),
                cell: cell.to_string(),
                reason: reason.code(),
            });
        }
        // Evidence of a semester or a year for an indicator checked every quarter fits in no
        // cell: it fills none, which the report would show only as empty quarters.
        if let Some((cells, reason)) =
            crate::evidence::coverage::wider_than_cells(&found.skp, iki, periode, default)
        {
            // The cell of the work's date, when given; else the last.
            let date = base
                .tanggal
                .as_deref()
                .and_then(crate::model::date::Date::parse);
            let suggest = cells
                .iter()
                .find(|c| date.is_some_and(|d| (c.bounds().0..=c.bounds().1).contains(&d)))
                .or(cells.last())
                .map(ToString::to_string)
                .unwrap_or_default();
            ui.warn(&Msg::EvWiderThanCells {
                iki: iki.clone(),
                periode: periode.to_string(),
                suggest,
                cells: cells
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                reason: reason.code(),
            });
        }
    }
    // Without --date, evidence counts by the day it is recorded: recorded after its period
    // (as most is, at the end of a quarter) it fills no cell of that period. Said now, not
    // found later as an empty cell (B105 says it at check).
    // Only of a record this add made: one that was there already keeps its own date, which
    // the add said if it differs (`Outcome::Kept`).
    let made = outcomes
        .iter()
        .any(|o| matches!(o, Outcome::Added { .. } | Outcome::AddedUrl { .. }));
    let dated_now = made
        || outcomes.iter().any(|o| {
            matches!(o, Outcome::Completed { fields, .. } if fields.iter().any(|(f, _)| f == "--date"))
        });
    let today = crate::cmd::today::today(cfg.workspace.timezone);
    let (p0, p1) = found.skp.period();
    let end = periode.bounds().1.min(p1);
    if made && base.tanggal.is_none() && today > end && periode.bounds().0 <= p1 && p0 <= end {
        ui.warn(&Msg::EvRecordedAfterPeriod {
            periode: periode.to_string(),
            today: today.to_string(),
        });
    }
    // A `--date` outside `--period`: the evidence fills no cell of that period (B105).
    let (a0, a1) = periode.bounds();
    let dated = base
        .tanggal
        .as_deref()
        .filter(|_| dated_now)
        .and_then(crate::model::date::Date::parse);
    if let Some(t) = dated.filter(|t| !(a0..=a1).contains(t)) {
        ui.warn(&Msg::EvDateOutsidePeriod {
            tanggal: t.to_string(),
            periode: periode.to_string(),
        });
    }
    // Inside the period but outside the plan's own span (a mutasi's second SKP starts in
    // May): it fills no cell of this plan either (B105).
    if let Some(t) = dated.filter(|t| (a0..=a1).contains(t) && !(p0..=p1).contains(t)) {
        ui.warn(&Msg::EvDateOutsideSkp {
            tanggal: t.to_string(),
            skp: found.skp.resolved_id.value.clone(),
            mulai: p0.to_string(),
            selesai: p1.to_string(),
        });
    }
    // Evidence shows work already done: a later date is most likely a slip of the date.
    if let Some(t) = dated.filter(|t| *t > today) {
        ui.warn(&Msg::EvFutureDate {
            tanggal: t.to_string(),
            today: today.to_string(),
        });
    }
    Ok(EXIT_OK)
}

/// Files from which a manifest's copies are made durable by one flush of the file system.
const MANY: usize = 64;

/// `--manifest`: one process for many files, one ledger write per SKP.
fn manifest(ui: &Ui, root: &Path, cfg: &Config, path: &Path, force: bool) -> Result<u8, u8> {
    crate::cmd::output_is_not(ui, path)?;
    // Rows name files from the manifest's folder; a manifest piped in (`/dev/stdin`) has none
    // but the current one.
    let base_dir = match path.parent() {
        Some(dir) if !crate::fsutil::is_stream(path) => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let bytes = match crate::fsutil::read_at_most(path, read::MAX_BYTES) {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(size)) => {
            return Err(ui.fatal(
                &Msg::ImportTooLarge {
                    path: path.display().to_string(),
                    size_mb: size / (1024 * 1024),
                    limit_mb: read::MAX_BYTES / (1024 * 1024),
                },
                None,
            ));
        }
        Err(e) => {
            return Err(ui.fatal(
                &Msg::EvIo {
                    file: path.display().to_string(),
                    error: crate::i18n::io_error(&e),
                },
                None,
            ));
        }
    };
    // A workbook saved as it is (an xlsx or ods is a zip, an xls starts with the OLE magic):
    // read as CSV it would only fail on its columns.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ui.fatal(
            &Msg::ManifestWorkbook {
                file: path.display().to_string(),
            },
            None,
        ));
    }
    // The CSV reader of `import`: `;` from Indonesian Excel, `,` or tab; UTF-8, UTF-16 or the
    // Windows-1252 of older Excel (said, since it decides how a file name is read); the line
    // each row starts on.
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let (sheet, source) = read::csv(&bytes, &name.unwrap_or_default()).map_err(|e| match e {
        read::ReadError::Mixed { line } => ui.fatal(
            &Msg::MixedEncoding {
                file: path.display().to_string(),
                line,
            },
            Some(&Msg::HelpNotUtf8),
        ),
        // A CSV fails to read in no other way once its bytes are in memory.
        _ => ui.fatal(&Msg::EvManifestColumns, None),
    })?;
    if let read::Source::Csv {
        separator,
        encoding,
    } = source
        && !encoding.starts_with("UTF-8")
    {
        ui.err_line(&Msg::ImportReadCsv {
            file: path.display().to_string(),
            separator: match separator {
                '\t' => "tab".to_string(),
                c => format!("`{c}`"),
            },
            encoding: encoding.to_string(),
        });
    }
    let mut rows = sheet.rows.iter().enumerate();
    let headers: Vec<String> = rows
        .next()
        .map(|(_, h)| {
            h.iter()
                .map(|c| text(c).unwrap_or_default().to_lowercase())
                .collect()
        })
        .unwrap_or_default();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (c_skp, c_nip, c_for, c_period, c_file) = (
        col("skp"),
        col("nip"),
        col("for"),
        col("period"),
        col("file"),
    );
    let (c_type, c_date, c_note) = (col("type"), col("date"), col("note"));
    // A column the manifest does not know is a misspelt one (`dat`, `tanggal`): its values
    // would be dropped from every row without a word.
    const KNOWN: [&str; 8] = [
        "skp", "nip", "for", "period", "file", "type", "date", "note",
    ];
    if let Some(unknown) = headers
        .iter()
        .find(|h| !h.trim().is_empty() && !KNOWN.contains(&h.trim()))
    {
        let hint = crate::model::convert::did_you_mean(unknown.trim(), &KNOWN);
        return Err(ui.fatal(
            &Msg::EvManifestUnknownColumn {
                column: crate::render::escape_control(unknown.trim()).into_owned(),
                hint: hint.map(str::to_string),
            },
            Some(&Msg::EvManifestColumns),
        ));
    }
    if c_for.is_none()
        || c_period.is_none()
        || c_file.is_none()
        || (c_skp.is_none() && c_nip.is_none())
    {
        return Err(ui.fatal(&Msg::EvManifestColumns, None));
    }
    // Group rows by SKP selector, keeping order.
    let mut groups: Vec<(SkpSelector, Vec<Request>)> = Vec::new();
    let mut group_of: std::collections::HashMap<(Option<String>, Option<String>), usize> =
        std::collections::HashMap::new();
    let shown = path.display().to_string();
    let mut refused = 0usize;
    for (i, rec) in rows {
        if rec.iter().all(|c| text(c).is_none()) {
            continue;
        }
        let line = sheet.loc(i, 0).row as usize;
        let get = |c: Option<usize>| {
            c.and_then(|c| rec.get(c))
                .and_then(text)
                .map(str::to_string)
        };
        let sel = SkpSelector {
            skp: get(c_skp),
            nip: get(c_nip),
        };
        // Every row is judged before any is refused: a user fixes the sheet once, not row by
        // row.
        let mut wrong = |detail: Msg, help: Option<Msg>| {
            refused += 1;
            ui.fatal(
                &Msg::EvManifestRow {
                    file: shown.clone(),
                    line,
                    detail: detail.render(ui.lang),
                },
                help.as_ref(),
            );
        };
        let no_skp = sel.skp.is_none() && sel.nip.is_none();
        if no_skp {
            wrong(Msg::EvManifestNoSkp, None);
        }
        let periode = match get(c_period) {
            Some(p) => Period::parse(&p).or_else(|| {
                wrong(
                    Msg::EvManifestBadPeriod { value: p },
                    Some(Msg::HelpPeriodForms),
                );
                None
            }),
            None => {
                wrong(Msg::EvManifestNoPeriod, Some(Msg::HelpPeriodForms));
                None
            }
        };
        let file = get(c_file);
        if file.is_none() {
            wrong(Msg::EvManifestNoFile, None);
        }
        let untuk = distinct(
            get(c_for)
                .unwrap_or_default()
                .split([' ', ';', '|', ','])
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        );
        let tanggal = match get(c_date) {
            Some(d) => match Date::parse(&d) {
                Some(d) => Some(d.to_string()),
                None => {
                    // As a spreadsheet in an Indonesian locale writes it (31/01/2026): said
                    // in the form to write, never guessed (it may as well be month first).
                    wrong(
                        Msg::BadDateArg { value: d.clone() },
                        Some(Msg::HelpManifestDate {
                            day_first: day_first(&d),
                        }),
                    );
                    None
                }
            },
            None => None,
        };
        let (Some(periode), Some(file), false) = (periode, file, no_skp) else {
            continue;
        };
        let is_url = file.starts_with("http://") || file.starts_with("https://");
        let req = Request {
            file: (!is_url).then(|| {
                let p = PathBuf::from(&file);
                if p.is_absolute() { p } else { base_dir.join(p) }
            }),
            url: is_url.then(|| file.clone()),
            untuk,
            periode,
            jenis: get(c_type),
            tanggal,
            keterangan: get(c_note),
            force,
            line: Some(line),
        };
        // `-o` naming a row's file would replace it with the report (judged in full only for
        // a row of the same file name, or a link: a manifest has thousands).
        if let (Some(f), Some(out)) = (&req.file, &ui.output)
            && (f.file_name() == out.file_name()
                || std::fs::symlink_metadata(f).is_ok_and(|m| m.is_symlink()))
        {
            crate::cmd::output_is_not(ui, f)?;
        }
        // An index keeps grouping linear in the number of rows.
        let key = (sel.skp.clone(), sel.nip.clone());
        match group_of.get(&key) {
            Some(&g) => groups[g].1.push(req),
            None => {
                group_of.insert(key, groups.len());
                groups.push((sel, vec![req]));
            }
        }
    }
    if refused > 0 {
        return Err(ui.fatal(&Msg::EvManifestRowsRefused { n: refused }, None));
    }
    let total: usize = groups.iter().map(|(_, v)| v.len()).sum();
    let pb = progress(total);
    let tick = || {
        if let Some(p) = &pb {
            p.inc(1);
        }
    };
    let mut counts = (0usize, 0usize, 0usize);
    let mut index = crate::evidence::locate::Index::new(root);
    let nips: Vec<Option<String>> = groups
        .iter()
        .map(|(sel, _)| super::selected_nip(sel))
        .collect();
    index.expect(
        groups
            .iter()
            .zip(&nips)
            .map(|((sel, _), nip)| (nip.as_deref(), sel.skp.as_deref())),
    );
    // Every SKP is picked first, so that a row naming no SKP stops the run before anything is
    // copied.
    // Rows naming one SKP by id and by NIP join one group: one ledger write per SKP.
    let mut picked: Vec<(crate::evidence::locate::Found, Vec<Request>)> =
        Vec::with_capacity(groups.len());
    let mut by_skp: std::collections::HashMap<(PathBuf, String), usize> =
        std::collections::HashMap::new();
    // Each SKP file is read and parsed to find its SKP: in parallel, then taken in order, so
    // that the first row naming no SKP is the one reported.
    let located: Vec<_> = groups
        .par_iter()
        .map(|(sel, reqs)| super::locate_skp(&index, sel, reqs.first().map(|r| r.periode)))
        .collect();
    for ((_, reqs), found) in groups.into_iter().zip(located) {
        // Named by the line of the SKP's first row, as a row's other mistakes are.
        let found = found.map_err(|e| match reqs.first().and_then(|r| r.line) {
            Some(line) => ui.fatal(
                &Msg::EvManifestRow {
                    file: shown.clone(),
                    line,
                    detail: e.0.render(ui.lang),
                },
                e.1.as_ref(),
            ),
            None => ui.fatal(&e.0, e.1.as_ref()),
        })?;
        let key = (found.file.clone(), found.skp.resolved_id.value.clone());
        match by_skp.get(&key) {
            Some(&g) => picked[g].1.extend(reqs),
            None => {
                by_skp.insert(key, picked.len());
                picked.push((found, reqs));
            }
        }
    }
    // SKPs have their own ledgers, locks and period folders, so their groups run in parallel:
    // most of a group's time is waiting on the file system (copies, the ledger write). All
    // copies are made durable at once, between placing and recording.
    // A failing group records nothing; the groups that were placed are still recorded, and
    // running the manifest again records only what is missing.
    // No `rm --delete-file` decides while this runs (see `add::lock_evidence_files`).
    let _deleting = add::lock_evidence_files(root, false).map_err(|e| add_error(ui, e))?;
    let batch = if total >= MANY {
        crate::fsutil::Batch::many()
    } else {
        crate::fsutil::Batch::default()
    };
    let staged: Vec<_> = picked
        .par_iter()
        .map(|(found, reqs)| add::prepare(root, cfg, found, reqs, &tick, &batch))
        .collect();
    add::commit(root, &batch).map_err(|e| manifest_error(ui, e, &shown))?;
    let results = add::record_all(root, cfg, staged);
    if let Some(p) = pb.as_ref() {
        p.finish_and_clear();
    }
    // An SKP whose rows fail does not hide what the others recorded: its error is said, the
    // others are reported and counted, and the run still exits 2.
    let mut failed = None;
    for ((found, _), outcomes) in picked.iter().zip(results) {
        let outcomes = match outcomes {
            Ok(outcomes) => outcomes,
            Err(e) => {
                failed = Some(manifest_error(ui, e, &shown));
                continue;
            }
        };
        for o in &outcomes {
            match o {
                Outcome::Added { .. } | Outcome::AddedUrl { .. } => counts.0 += 1,
                Outcome::Linked { .. } => counts.1 += 1,
                Outcome::Unchanged { .. } => counts.2 += 1,
                // Reported beside the request's own outcome, which counts it.
                Outcome::Restored { .. }
                | Outcome::Relinked { .. }
                | Outcome::Unchecked { .. }
                | Outcome::Completed { .. }
                | Outcome::Kept { .. } => {}
            }
        }
        if pb.is_none() {
            report_outcomes(ui, &found.skp.resolved_id.value, &outcomes)?;
        } else {
            // Behind a progress bar only the counts are said, but never in place of a
            // request left undone (a date not recorded over another).
            let kept: Vec<Outcome> = outcomes
                .iter()
                .filter(|o| matches!(o, Outcome::Kept { .. }))
                .cloned()
                .collect();
            report_outcomes(ui, &found.skp.resolved_id.value, &kept)?;
        }
    }
    ui.err_text(&format!(
        "{}\n",
        Msg::EvManifestDone {
            added: counts.0,
            linked: counts.1,
            unchanged: counts.2
        }
        .render(ui.lang)
    ));
    failed.map_or(Ok(EXIT_OK), Err)
}

/// A manifest cell's text, trimmed; `None` when blank (a CSV cell is never a number or date).
fn text(v: &Value) -> Option<&str> {
    match v {
        Value::Text(s) => Some(s.trim()).filter(|s| !s.is_empty()),
        _ => None,
    }
}

/// The references in the order given, each once: `--for IKI-1.2 --for IKI-1.2` is one link,
/// not a record that names it twice.
fn distinct(refs: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in refs {
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

/// `31/01/2026` (or `31-1-2026`, `31.01.2026`) as YYYY-MM-DD when it is a date read day
/// first, for the help of a manifest's date column.
fn day_first(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let iso = format!(
        "{:04}-{:02}-{:02}",
        y.parse::<u32>().ok().filter(|y| *y >= 1000)?,
        m.parse::<u32>().ok()?,
        d.parse::<u32>().ok()?
    );
    Date::parse(&iso).map(|_| iso)
}
