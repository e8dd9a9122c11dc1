//! `skp export --bagit DIR`: an audit package; `skp export --xlsx FILE`: the plans as the
//! spreadsheet template.

use crate::cli::ExportArgs;
use crate::evidence::bagit::{self, Item};
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::model::Content;
use crate::render::escape_control;
use crate::workspace::Workspace;

use super::{EXIT_FINDINGS, EXIT_OK, Ui};

fn git(root: &std::path::Path, args: &[&str]) -> Option<String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

pub fn run(ui: &Ui, a: ExportArgs) -> Result<u8, u8> {
    match (a.bagit.clone(), a.xlsx.clone()) {
        (Some(bag), _) => bagit(ui, a, bag),
        (None, Some(file)) => xlsx(ui, &a, &file),
        // clap requires one of the two.
        (None, None) => Ok(EXIT_OK),
    }
}

/// The documents of the SKPs `--nip`/`--skp` select (all without them); none is an error.
fn selected(ui: &Ui, ws: &Workspace, a: &ExportArgs) -> Result<Vec<usize>, u8> {
    let nip: Option<String> = a
        .select
        .nip
        .as_ref()
        .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect());
    if let Some(n) = &nip
        && a.select.skp.is_none()
    {
        super::refuse_unreadable_skp(ui, ws, n)?;
    }
    // Everything, unfiltered: a plan that cannot be read would be missing from the package or
    // the workbook without a word (12 SKPs became 11, exit 0).
    if nip.is_none()
        && a.select.skp.is_none()
        && let Some(file) = ws.unreadable_skps_anywhere().first()
    {
        return Err(ui.fatal(
            &Msg::ExportSkpUnreadable {
                file: file.to_string(),
            },
            Some(&Msg::HelpFixUnreadable),
        ));
    }
    if nip.is_none()
        && a.select.skp.is_none()
        && let Some(folder) = ws.unlisted_folders().first()
    {
        return Err(ui.fatal(
            &Msg::ExportFolderUnlisted {
                folder: folder.to_string(),
            },
            Some(&Msg::HelpFolderUnlisted),
        ));
    }
    let chosen: Vec<usize> = (0..ws.docs.len())
        .filter(|&i| {
            ws.skp_at(i).is_some_and(|s| {
                nip.as_ref().is_none_or(|n| s.nip() == Some(n.as_str()))
                    && a.select
                        .skp
                        .as_ref()
                        .is_none_or(|id| s.resolved_id.value == *id)
            })
        })
        .collect();
    if chosen.is_empty() {
        return Err(ui.fatal(
            &match a.select.skp.clone().or(nip) {
                Some(who) => Msg::EvNoSkp { who },
                // Nothing asked for, and nothing there.
                None => Msg::ExportNoSkpAtAll,
            },
            None,
        ));
    }
    Ok(chosen)
}

/// The selected SKPs as template rows, ordered by NIP, year and id, written as a workbook.
fn xlsx(ui: &Ui, a: &ExportArgs, file: &std::path::Path) -> Result<u8, u8> {
    super::output_is_not(ui, file)?;
    super::refuse_existing(ui, file, a.force)?;
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let ws = Workspace::load(root, cfg);
    let chosen = selected(ui, &ws, a)?;
    let mut skps: Vec<&crate::model::skp::Skp> =
        chosen.iter().filter_map(|&i| ws.skp_at(i)).collect();
    // The template finds a plan again by its NIP: one of unknown NIP cannot go there.
    for s in skps.iter().filter(|s| s.nip().is_none()) {
        ui.warn(&Msg::ExportUnknownNip {
            skp: s.resolved_id.value.clone(),
            nama: s.pegawai.nama.value.clone(),
        });
    }
    skps.retain(|s| s.nip().is_some());
    skps.sort_by(|x, y| {
        (x.nip(), x.tahun.value, &x.resolved_id.value).cmp(&(
            y.nip(),
            y.tahun.value,
            &y.resolved_id.value,
        ))
    });
    // The template has one plan per employee and year: two SKPs of one year (a mid-year move)
    // in one workbook would read back as one plan, so each goes into a workbook of its own.
    if let Some(w) = skps
        .windows(2)
        .find(|w| w[0].nip() == w[1].nip() && w[0].tahun.value == w[1].tahun.value)
    {
        return Err(ui.fatal(
            &Msg::ExportTwoSkpsOneYear {
                nip: w[0].nip_shown().to_string(),
                tahun: w[0].tahun.value,
                list: format!("{}, {}", w[0].resolved_id.value, w[1].resolved_id.value),
            },
            Some(&Msg::HelpExportOneSkp),
        ));
    }
    ui.request_mask(a.mask);
    ui.mask_for(&ws, a.select.nip.as_deref());
    // A workbook is binary: its cells are masked one by one before it is written.
    let rows: Vec<Vec<String>> = skps
        .iter()
        .flat_map(|s| crate::tabular::from_model::rows(s))
        .map(|row| row.iter().map(|c| ui.shown(c).into_owned()).collect())
        .collect();
    // Excel holds at most 32 767 characters in a cell: said with the plan and column, before
    // the writer refuses in its own words.
    for row in &rows {
        for (c, value) in row.iter().enumerate() {
            // Counted as Excel counts: in UTF-16 units (an emoji is two).
            let n = value.encode_utf16().count();
            if n > crate::tabular::xlsx::MAX_CELL_CHARS {
                let col = |key: &str| {
                    crate::tabular::COLUMNS
                        .iter()
                        .position(|k| k.key == key)
                        .and_then(|i| row.get(i))
                        .cloned()
                        .unwrap_or_default()
                };
                return Err(ui.fatal(
                    &Msg::ExportCellTooLong {
                        nip: col("nip"),
                        iki: col("iki_id"),
                        kolom: crate::tabular::COLUMNS
                            .get(c)
                            .map_or("", |k| k.key)
                            .to_string(),
                        n,
                        max: crate::tabular::xlsx::MAX_CELL_CHARS,
                    },
                    None,
                ));
            }
        }
    }
    let bytes = crate::tabular::xlsx::workbook(&rows).map_err(|e| {
        ui.fatal(
            &Msg::OutputFailed {
                error: format!("{}: {e}", file.display()),
            },
            None,
        )
    })?;
    super::write_output(ui, file, &bytes)?;
    ui.err_line(&Msg::ExportXlsxDone {
        path: file.display().to_string(),
        skp: skps.len(),
        rows: rows.len(),
    });
    Ok(EXIT_OK)
}

fn bagit(ui: &Ui, a: ExportArgs, bag: std::path::PathBuf) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    // The bag replaces an empty folder by a rename, which a link is not.
    if std::fs::symlink_metadata(&bag).is_ok_and(|m| m.is_symlink()) {
        return Err(ui.fatal(
            &Msg::OutputFailed {
                error: format!("{}: {}", bag.display(), Msg::RefusedLink.render(ui.lang)),
            },
            None,
        ));
    }
    if bag.exists()
        && std::fs::read_dir(&bag)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(ui.fatal(
            &Msg::ExportExists {
                path: bag.display().to_string(),
            },
            None,
        ));
    }
    // A bag inside the workspace would be read as a second copy of the plans it holds.
    let target = std::fs::canonicalize(
        bag.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new(".")),
    )
    .map(|p| p.join(bag.file_name().unwrap_or_default()))
    .unwrap_or_else(|_| bag.clone());
    if target.starts_with(std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone())) {
        return Err(ui.fatal(
            &Msg::ExportInside {
                path: bag.display().to_string(),
            },
            Some(&Msg::HelpExportInside),
        ));
    }
    let ws = Workspace::load(root.clone(), cfg);
    let chosen = selected(ui, &ws, &a)?;
    let needs = crate::facts::Needs {
        evidence: true,
        ..crate::facts::Needs::default()
    };
    let facts = crate::facts::build(&ws, needs, None, crate::facts::Hashing::Cached);
    let ev = facts.evidence();
    let mut items: Vec<Item> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    let mut info: Vec<(String, String)> = Vec::new();
    if let Some(agency) = &ws.config.workspace.agency {
        info.push(("Source-Organization".into(), agency.clone()));
    }
    let today = super::today::today(ws.config.workspace.timezone);
    info.push(("Bagging-Date".into(), today.to_string()));
    info.push((
        "Bag-Software-Agent".into(),
        format!("skp {}", env!("CARGO_PKG_VERSION")),
    ));
    // The commit, and whether the exported files differ from it: a bag of uncommitted work
    // must not claim to be that commit.
    if let Some(c) = git(&root, &["rev-parse", "HEAD"]) {
        info.push(("Git-Commit".into(), c));
        let dirty =
            git(&root, &["status", "--porcelain", "--", "."]).is_some_and(|s| !s.is_empty());
        info.push((
            "Git-Uncommitted-Changes".into(),
            if dirty { "ya" } else { "tidak" }.into(),
        ));
    }
    for &i in &chosen {
        let Some(s) = ws.skp_at(i) else { continue };
        let id = &s.resolved_id.value;
        let (p0, p1) = s.period();
        info.push(("External-Identifier".into(), id.clone()));
        info.push((
            "Pegawai".into(),
            format!(
                "{} ({}), {}",
                s.pegawai.nama.value,
                s.nip_shown(),
                s.pegawai.jabatan.value
            ),
        ));
        info.push(("Unit-Kerja".into(), s.pegawai.unit_kerja.value.clone()));
        info.push(("Periode-Penilaian".into(), format!("{p0} s.d. {p1}")));
        let rel = ws.rel(ws.docs[i].file).to_string();
        items.push(Item {
            source: root.join(&rel),
            rel,
            sha256: None,
        });
        // Its ledger(s), Realisasi files and approval record.
        for d in &ws.docs {
            let belongs = match &d.content {
                Content::BuktiDukung(b) => b.skp.value == *id,
                Content::Realisasi(r) => r.skp.value == *id,
                Content::Persetujuan(p) => p.skp.value == *id,
                _ => false,
            };
            if belongs {
                let rel = ws.rel(d.file).to_string();
                if matches!(d.content, Content::BuktiDukung(_))
                    && let Ok((sha, _)) = crate::evidence::hash::file(&root.join(&rel))
                {
                    info.push(("Ledger-SHA256".into(), format!("{sha} {rel}")));
                }
                items.push(Item {
                    source: root.join(&rel),
                    rel,
                    sha256: None,
                });
            }
        }
        // Each entry with its own verified state.
        let entries: Vec<(&crate::evidence::ledger::Entry, &State)> = ev
            .checked
            .iter()
            .filter(|c| c.skp == *id)
            .map(|c| (&c.entry, &c.state))
            .collect();
        let (mut ev_items, ev_problems) = bagit::evidence_items(&root, &ws.config, &entries);
        items.append(&mut ev_items);
        problems.extend(ev_problems);
    }
    // Two different files recorded under one name (a folder store's logical names) would
    // become one file in the bag: refuse to lose either.
    items.sort_by(|x, y| x.rel.cmp(&y.rel));
    for w in items.windows(2) {
        if w[0].rel == w[1].rel && w[0].sha256 != w[1].sha256 {
            problems.push(w[1].rel.clone());
        }
    }
    if !problems.is_empty() && !a.force {
        let mut s = String::new();
        for p in &problems {
            s.push_str(&format!("  {}\n", crate::render::escape_control(p)));
        }
        ui.err_text(&s);
        ui.fatal(
            &Msg::ExportProblems { n: problems.len() },
            Some(&Msg::HelpExportProblems),
        );
        return Ok(EXIT_FINDINGS);
    }
    for p in &problems {
        info.push(("Bukti-Bermasalah".into(), p.clone()));
    }
    items.dedup_by(|x, y| x.rel == y.rel);
    let n = bagit::write(&bag, &items, &info).map_err(|e| {
        ui.fatal(
            &Msg::EvIo {
                file: bag.display().to_string(),
                error: crate::i18n::io_error(&e),
            },
            None,
        )
    })?;
    ui.err_text(&format!(
        "{}\n",
        Msg::ExportDone {
            path: bag.display().to_string(),
            files: n,
            skp: chosen.len(),
        }
        .render(ui.lang)
    ));
    // RFC 8493 encodes `%` and line breaks in manifest paths; the tools inspectors reach for
    // do not decode them, so such a name is said with what its line means.
    let encoded: Vec<&str> = items
        .iter()
        .map(|i| i.rel.as_str())
        .filter(|r| bagit::encoded(r))
        .collect();
    if let Some(first) = encoded.first() {
        ui.warn(&Msg::ExportEncodedNames {
            n: encoded.len(),
            first: escape_control(first).into_owned(),
            written: escape_control(&format!("data/{}", bagit::encode(first))).into_owned(),
        });
    }
    Ok(EXIT_OK)
}
