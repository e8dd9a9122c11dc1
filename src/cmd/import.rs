//! `skp import FILE`: plans from the spreadsheet template into SKP files, all or nothing.
//!
//! Order matters: every cell is checked, every plan generated and loaded back through the same
//! loader `check` uses, every target path decided, and only when nothing is wrong anywhere is
//! anything written. A refused import leaves the workspace exactly as it was.

use std::path::Path;

use crate::cli::ImportArgs;
use crate::diag::{FileId, Severity};
use crate::i18n::Msg;
use crate::model::Content;
use crate::model::skp::Skp;
use crate::render::escape_control;
use crate::tabular::budget::{self, PartLimit};
use crate::tabular::emit::{self, Emitted};
use crate::tabular::mph::Edit;
use crate::tabular::read::{self, ReadError, Source};
use crate::tabular::rows::{self, Plan};
use crate::tabular::{CellError, Loc, from_model};
use crate::workspace::Workspace;

use super::{EXIT_FINDINGS, EXIT_OK, Ui};

/// `--mph NIP`: the leader's Matriks Peran Hasil into the staff SKPs' `intervensi`, each file
/// edited in place (one line added or one list extended), all or nothing.
fn mph(
    ui: &Ui,
    ws: &Workspace,
    sheet: &crate::tabular::Sheet,
    leader: &str,
    args: &ImportArgs,
) -> Result<u8, u8> {
    let nip: String = leader.chars().filter(|c| !c.is_whitespace()).collect();
    let skps: Vec<(usize, &Skp)> = (0..ws.docs.len())
        .filter_map(|i| ws.skp_at(i).map(|s| (i, s)))
        .collect();
    let chosen = skps
        .iter()
        .filter(|(_, s)| {
            s.nip() == Some(nip.as_str())
                && args
                    .skp
                    .as_ref()
                    .is_none_or(|id| s.resolved_id.value == *id)
        })
        .max_by_key(|(_, s)| (s.tahun.value, s.period().0));
    let Some(&(_, lead)) = chosen else {
        return Err(ui.fatal(&Msg::NoSkpForNip { nip }, None));
    };
    let staff: Vec<(usize, &Skp)> = skps
        .iter()
        .copied()
        .filter(|(_, s)| s.tahun.value == lead.tahun.value && s.nip() != Some(nip.as_str()))
        .collect();
    let list: Vec<&Skp> = staff.iter().map(|(_, s)| *s).collect();
    let matrix = match crate::tabular::mph::links(sheet, lead, &list) {
        Ok(m) => m,
        Err(errors) => {
            print_errors(ui, &errors);
            return Ok(EXIT_FINDINGS);
        }
    };
    let links = &matrix.links;
    // Edits per file, in link order; a file's text is edited once per link.
    let mut files: Vec<(String, String, String)> = Vec::new();
    let mut errors = Vec::new();
    for l in links {
        let rel = ws.rel(ws.docs[staff[l.staff].0].file).to_string();
        let pos = match files.iter().position(|(r, _, _)| *r == rel) {
            Some(p) => p,
            None => match std::fs::read_to_string(ws.root.join(&rel)) {
                // Edits find their place by text, in the first document: another document in
                // the file (another year's plan) could be edited instead.
                Ok(t) if documents_in(&t) > 1 => {
                    errors.push(CellError {
                        loc: l.at.clone(),
                        column: None,
                        msg: Msg::MphSeveralDocuments { file: rel.clone() },
                        help: None,
                    });
                    continue;
                }
                Ok(t) => {
                    files.push((rel.clone(), t.clone(), t));
                    files.len() - 1
                }
                Err(e) => {
                    return Err(ui.fatal(
                        &Msg::Unreadable {
                            error: format!("{rel}: {}", crate::i18n::io_error(&e)),
                        },
                        None,
                    ));
                }
            },
        };
        match crate::tabular::mph::add_reference(&files[pos].2, &l.rhk, &l.reference, &l.same) {
            Edit::Changed(t) => files[pos].2 = t,
            Edit::Already => {}
            Edit::Unsupported => errors.push(CellError {
                loc: l.at.clone(),
                column: None,
                msg: Msg::MphCannotEdit {
                    file: rel.clone(),
                    rhk: l.rhk.clone(),
                    reference: l.reference.clone(),
                },
                help: None,
            }),
        }
    }
    for (rel, _, new) in &files {
        let loaded = crate::workspace::load_text(FileId(0), rel.clone(), new.clone());
        if loaded.diags.iter().any(|d| d.code.starts_with('F')) {
            errors.push(CellError {
                loc: links[0].at.clone(),
                column: None,
                msg: Msg::MphEditInvalid { file: rel.clone() },
                help: None,
            });
        }
    }
    if !errors.is_empty() {
        print_errors(ui, &errors);
        return Ok(EXIT_FINDINGS);
    }
    let changed: Vec<&(String, String, String)> =
        files.iter().filter(|(_, old, new)| old != new).collect();
    if args.dry_run {
        let diff: String = changed
            .iter()
            .map(|(rel, old, new)| unified(rel, Some(old), new))
            .collect();
        ui.out(&diff)?;
    } else {
        for (rel, _, new) in &changed {
            crate::fsutil::write_atomic(&ws.root, &ws.root.join(rel), new.as_bytes(), "import")
                .map_err(|e| write_failed(ui, rel, &e))?;
        }
    }
    ui.err_line(&Msg::MphDone {
        dry_run: args.dry_run,
        links: links.len(),
        files: changed.len(),
    });
    warn_links_left(ui, ws, lead, &staff, &matrix);
    Ok(EXIT_OK)
}

/// Warns of each `intervensi` of a staff row the sheet covers, to one of the leader's entries
/// a column covers, that no cell names any more: the import only adds links, and an emptied
/// cell read as "nothing to do" left the plan serving what the matrix no longer shows.
fn warn_links_left(
    ui: &Ui,
    ws: &Workspace,
    lead: &Skp,
    staff: &[(usize, &Skp)],
    matrix: &crate::tabular::mph::Matrix,
) {
    let nip = lead.nip_shown();
    let prefixes = [format!("{nip}/"), format!("{}/", lead.resolved_id.value)];
    for &si in &matrix.rows {
        let (doc, s) = staff[si];
        let by_appraiser = s.intervened_nip() == Some(nip);
        for r in s.hasil_kerja.iter() {
            for i in r.intervensi.iter().flat_map(|l| l.iter()) {
                let reference = i.reference.value.as_str();
                let target = prefixes
                    .iter()
                    .find_map(|p| reference.strip_prefix(p.as_str()))
                    .or_else(|| (by_appraiser && !reference.contains('/')).then_some(reference));
                let Some(target) = target.filter(|t| matrix.columns.iter().any(|c| c == t)) else {
                    continue;
                };
                let shown = matrix.links.iter().any(|l| {
                    l.staff == si && l.rhk == r.id.value && l.same.iter().any(|x| x == reference)
                });
                if !shown {
                    ui.warn(&Msg::MphLinkNotInSheet {
                        file: ws.rel(ws.docs[doc].file).to_string(),
                        rhk: r.id.value.clone(),
                        reference: target.to_string(),
                    });
                }
            }
        }
    }
}

/// What the import does with one plan.
enum Action {
    Create,
    Replace { old: String },
    Unchanged,
}

struct Planned {
    rel: String,
    text: String,
    action: Action,
    /// For a replaced plan: the RHK and IKI ids it drops that evidence or an evaluation
    /// still names, and what names them; whether an approval of the old content exists.
    dropped: Vec<(String, Vec<&'static str>)>,
    approved: bool,
}

pub fn run(ui: &Ui, args: ImportArgs) -> Result<u8, u8> {
    super::output_is_not(ui, &args.file)?;
    let (root, cfg) = super::check::open_at(ui, args.workspace.as_deref())?;
    let (sheet, source) = read_table(ui, &args.file)?;
    ui.err_line(&match &source {
        Source::Csv {
            separator,
            encoding,
        } => Msg::ImportReadCsv {
            file: args.file.display().to_string(),
            separator: match separator {
                '\t' => "tab".to_string(),
                c => format!("`{c}`"),
            },
            encoding: (*encoding).to_string(),
        },
        Source::Workbook { sheet } => Msg::ImportReadSheet {
            file: args.file.display().to_string(),
            sheet: sheet.clone(),
        },
    });
    let ws = Workspace::load(root.clone(), cfg);
    if let Some(leader) = &args.mph {
        return mph(ui, &ws, &sheet, leader, &args);
    }
    let known: Vec<rows::KnownNip> = (0..ws.docs.len())
        .filter_map(|i| ws.skp_at(i))
        .flat_map(|s| {
            let penilai = &s.pejabat_penilai.value;
            s.nip()
                .map(|nip| rows::KnownNip {
                    nip: nip.to_string(),
                    nama: s.pegawai.value.nama.value.clone(),
                })
                .into_iter()
                .chain(penilai.known_nip().map(|n| rows::KnownNip {
                    nip: n.to_string(),
                    nama: penilai.nama.value.clone(),
                }))
        })
        .collect();
    let outcome = rows::plans(&sheet, &known);
    for (loc, msg) in &outcome.recovered {
        ui.err_text(&format!(
            "{}: {}: {}\n",
            ui.lang.severity(crate::base::Severity::Info),
            escape_control(&loc.name()),
            escape_control(&msg.render(ui.lang))
        ));
    }
    let mut errors = outcome.errors;
    let mut planned = Vec::new();
    if errors.is_empty() {
        for plan in &outcome.plans {
            // A dry run shows what `--force` would write: nothing is written either way.
            match plan_file(&ws, plan, args.force || args.dry_run) {
                Ok(p) => planned.push(p),
                Err(mut e) => errors.append(&mut e),
            }
        }
    }
    if !errors.is_empty() {
        print_errors(ui, &errors);
        return Ok(EXIT_FINDINGS);
    }
    let (mut created, mut replaced, mut unchanged) = (0, 0, 0);
    let mut diff = String::new();
    for p in &planned {
        match &p.action {
            Action::Unchanged => unchanged += 1,
            Action::Create => {
                created += 1;
                if args.dry_run {
                    diff.push_str(&unified(&p.rel, None, &p.text));
                } else {
                    let path = root.join(&p.rel);
                    crate::fsutil::create_new(&root, &path)
                        .and_then(|mut f| {
                            std::io::Write::write_all(&mut f, p.text.as_bytes())?;
                            f.sync_all()
                        })
                        .map_err(|e| write_failed(ui, &p.rel, &e))?;
                }
            }
            Action::Replace { old } => {
                replaced += 1;
                if args.dry_run {
                    diff.push_str(&unified(&p.rel, Some(old), &p.text));
                } else {
                    crate::fsutil::write_atomic(
                        &root,
                        &root.join(&p.rel),
                        p.text.as_bytes(),
                        "import",
                    )
                    .map_err(|e| write_failed(ui, &p.rel, &e))?;
                }
            }
        }
    }
    if args.dry_run {
        ui.out(&diff)?;
    }
    for p in &planned {
        for (id, by) in &p.dropped {
            ui.warn(&Msg::ImportDropsReferenced {
                path: p.rel.clone(),
                id: id.clone(),
                by: by.join(", "),
            });
        }
        if p.approved && matches!(p.action, Action::Replace { .. }) {
            ui.warn(&Msg::ImportReplacesApproved {
                path: p.rel.clone(),
            });
        }
    }
    ui.err_line(&Msg::ImportDone {
        dry_run: args.dry_run,
        created,
        replaced,
        unchanged,
    });
    // The diff shows what `--force` would write; without it the run itself refuses.
    if args.dry_run && !args.force && replaced > 0 {
        ui.err_line(&Msg::ImportDryRunNeedsForce { n: replaced });
    }
    Ok(EXIT_OK)
}

fn read_table(ui: &Ui, file: &Path) -> Result<(crate::tabular::Sheet, Source), u8> {
    read::read(file).map_err(|e| {
        let path = file.display().to_string();
        match e {
            ReadError::Io(e) => ui.fatal(
                &Msg::Unreadable {
                    // A refusal of skp's own names the file already; the system's does not.
                    error: match crate::i18n::io_error(&e) {
                        named if named.starts_with(&path) => named,
                        error => format!("{path}: {error}"),
                    },
                },
                None,
            ),
            ReadError::TooLarge(size) => ui.fatal(
                &Msg::ImportTooLarge {
                    path,
                    size_mb: size / (1024 * 1024),
                    limit_mb: read::MAX_BYTES / (1024 * 1024),
                },
                None,
            ),
            ReadError::Unpacked(size) => ui.fatal(
                &Msg::ImportUnpacked {
                    path,
                    size_mb: size / (1024 * 1024),
                    limit_mb: read::MAX_UNPACKED / (1024 * 1024),
                },
                None,
            ),
            ReadError::Cells => ui.fatal(
                &Msg::ImportCells {
                    path,
                    cells: read::MAX_CELLS,
                    text_mb: read::MAX_TEXT / (1024 * 1024),
                },
                Some(&Msg::HelpImportCells),
            ),
            ReadError::Part { part, limit } => ui.fatal(
                &match limit {
                    PartLimit::Elements => Msg::ImportPartElements {
                        path,
                        part,
                        limit: budget::MAX_PART_ELEMENTS,
                    },
                    PartLimit::Strings => Msg::ImportPartStrings {
                        path,
                        part,
                        strings: read::MAX_CELLS,
                        text_mb: read::MAX_TEXT / (1024 * 1024),
                    },
                    PartLimit::Bytes => Msg::ImportPartBytes {
                        path,
                        part,
                        limit_mb: budget::MAX_PART_BYTES / (1024 * 1024),
                    },
                },
                Some(&Msg::HelpImportPart),
            ),
            ReadError::Markup => {
                ui.fatal(&Msg::ImportMarkup { path }, Some(&Msg::HelpImportMarkup))
            }
            ReadError::Workbook(detail) => ui.fatal(
                &Msg::ImportNotWorkbook { path, detail },
                Some(&Msg::HelpImportNotWorkbook),
            ),
            ReadError::Empty => ui.fatal(&Msg::ImportEmpty { path }, None),
            ReadError::FormulaWithoutValue {
                sheet,
                cell,
                formula,
            } => ui.fatal(
                &Msg::ImportFormulaWithoutValue {
                    path,
                    cell: format!("{sheet}!{cell}"),
                    formula,
                },
                Some(&Msg::HelpImportFormulaWithoutValue),
            ),
            ReadError::HiddenSheet { sheet, visible } => ui.fatal(
                &Msg::ImportHiddenSheet {
                    path,
                    sheet,
                    visible: visible.join(", "),
                },
                Some(&Msg::HelpImportHiddenSheet),
            ),
            ReadError::SwallowedRows { line } => ui.fatal(
                &Msg::ImportSwallowedRows { file: path, line },
                Some(&Msg::HelpImportUnclosedQuote),
            ),
            ReadError::UnclosedQuote { line } => ui.fatal(
                &Msg::ImportUnclosedQuote { file: path, line },
                Some(&Msg::HelpImportUnclosedQuote),
            ),
            ReadError::Mixed { line } => ui.fatal(
                &Msg::MixedEncoding { file: path, line },
                Some(&Msg::HelpNotUtf8),
            ),
        }
    })
}

fn write_failed(ui: &Ui, rel: &str, e: &std::io::Error) -> u8 {
    ui.fatal(
        &Msg::InitWriteFailed {
            path: rel.to_string(),
            error: crate::i18n::io_error(e),
        },
        None,
    )
}

/// Every refused cell, in sheet order, then how many.
pub(super) fn print_errors(ui: &Ui, errors: &[CellError]) {
    let mut sorted: Vec<&CellError> = errors.iter().collect();
    sorted.sort_by_key(|e| (e.loc.row, e.loc.col));
    let mut out = String::new();
    for e in &sorted {
        let place = match &e.column {
            Some(c) => Msg::ImportPlace {
                cell: e.loc.name(),
                row: e.loc.row,
                column: c.clone(),
            },
            None => Msg::ImportPlaceRow {
                cell: e.loc.name(),
                row: e.loc.row,
            },
        };
        out.push_str(&format!(
            "{}: {}: {}\n",
            ui.lang.severity(Severity::Error),
            escape_control(&place.render(ui.lang)),
            escape_control(&e.msg.render(ui.lang))
        ));
        if let Some(h) = &e.help {
            out.push_str(&format!(
                "  = {}: {}\n",
                ui.lang.help_label(),
                escape_control(&h.render(ui.lang))
            ));
        }
    }
    out.push_str(&format!(
        "{}\n",
        Msg::ImportRefused {
            count: errors.len()
        }
        .render(ui.lang)
    ));
    ui.err_text(&out);
}

/// A unified diff of one file, with `/dev/null` for a file that does not exist yet.
pub(super) fn unified(rel: &str, old: Option<&str>, new: &str) -> String {
    let diff = similar::TextDiff::from_lines(old.unwrap_or(""), new);
    let from = if old.is_some() {
        format!("a/{rel}")
    } else {
        "/dev/null".to_string()
    };
    format!(
        "{}",
        diff.unified_diff()
            .context_radius(3)
            .header(&from, &format!("b/{rel}"))
    )
}

/// The SKP a plan replaces: the workspace's SKP of that NIP and year, wherever it is kept.
fn existing<'w>(ws: &'w Workspace, plan: &Plan) -> Vec<(&'w Skp, String)> {
    (0..ws.docs.len())
        .filter_map(|i| {
            let s = ws.skp_at(i)?;
            (s.nip() == Some(plan.nip.as_str()) && s.tahun.value == plan.tahun)
                .then(|| (s, ws.rel(ws.docs[i].file).to_string()))
        })
        .collect()
}

/// Generates a plan's file, loads it back as `check` would, and decides what to do with it.
fn plan_file(ws: &Workspace, plan: &Plan, force: bool) -> Result<Planned, Vec<CellError>> {
    let found = existing(ws, plan);
    let place = |msg: Msg| {
        vec![CellError {
            loc: plan.at.clone(),
            column: None,
            msg,
            help: None,
        }]
    };
    let rel = match found.as_slice() {
        [] => emit::path_of(&plan.nip, plan.tahun),
        [(_, rel)] => rel.clone(),
        many => {
            return Err(place(Msg::ImportAmbiguous {
                nip: plan.nip.clone(),
                tahun: plan.tahun,
                files: many
                    .iter()
                    .map(|(_, r)| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }));
        }
    };
    if found.is_empty() {
        // Checked for every plan before anything is written: a run writes all its files or
        // none. A file skp cannot read as this SKP, in the path or in the employee's folder,
        // is never overwritten nor joined by a second SKP.
        let unreadable = ws.unreadable_skps_of(&plan.nip);
        let path = ws.root.join(&rel);
        if let Some(file) = unreadable.first() {
            return Err(place(Msg::ImportUnreadableSkp {
                path: file.to_string(),
            }));
        }
        if std::fs::symlink_metadata(&path).is_ok() {
            return Err(place(Msg::ImportPathTaken { path: rel }));
        }
        // A file where one of its folders belongs would fail the write halfway through a
        // run that must write all its files or none.
        let blocked = Path::new(&rel)
            .ancestors()
            .skip(1)
            .filter(|a| !a.as_os_str().is_empty())
            .find(|a| std::fs::metadata(ws.root.join(a)).is_ok_and(|m| !m.is_dir()));
        if let Some(a) = blocked {
            return Err(place(Msg::ImportFolderTaken {
                path: crate::workspace::relative_path(a),
            }));
        }
        if let Err(e) = crate::fsutil::guard(&ws.root, &path) {
            return Err(place(Msg::InitWriteFailed {
                path: rel,
                error: crate::i18n::io_error(&e),
            }));
        }
    }
    let old = match found.first() {
        Some(_) => Some(std::fs::read_to_string(ws.root.join(&rel)).map_err(|e| {
            place(Msg::Unreadable {
                error: format!("{rel}: {}", crate::i18n::io_error(&e)),
            })
        })?),
        None => None,
    };
    let modeline = super::init::modeline(&rel);
    let emitted = emit::emit(plan, &modeline, old.as_deref().filter(|_| force));
    let new_skp = loaded_back(&rel, &emitted)?;
    let action = match (&old, found.first()) {
        (Some(old), Some((skp, _))) => {
            if from_model::rows(skp) == from_model::rows(&new_skp) {
                Action::Unchanged
            } else if force {
                Action::Replace { old: old.clone() }
            } else {
                return Err(place(Msg::ImportExists { path: rel }));
            }
        }
        _ => Action::Create,
    };
    // The text is generated for one SKP: another document in the file (last year's plan kept
    // below it, say) would be replaced by this one.
    if let Action::Replace { old } = &action
        && documents_in(old) > 1
    {
        return Err(place(Msg::ImportSeveralDocuments { path: rel }));
    }
    let (dropped, approved) = match (&action, found.first()) {
        (Action::Replace { .. }, Some((old_skp, _))) => dropped_references(ws, old_skp, &new_skp),
        _ => (Vec::new(), false),
    };
    Ok(Planned {
        rel,
        text: emitted.text,
        action,
        dropped,
        approved,
    })
}

/// The RHK and IKI ids of `old` that `new` no longer has but evidence (`bukti dukung`) or an
/// evaluation (`realisasi`) of the SKP still names, each with what names it; and whether the
/// SKP has an approval, which a change of content voids (A101). A renumbered indicator in a
/// spreadsheet left those records pointing at nothing, with only "1 diganti" said.
fn dropped_references(
    ws: &Workspace,
    old: &crate::model::skp::Skp,
    new: &crate::model::skp::Skp,
) -> (Vec<(String, Vec<&'static str>)>, bool) {
    use crate::model::Content;
    let ids = |s: &crate::model::skp::Skp| -> Vec<String> {
        s.hasil_kerja
            .iter()
            .map(|r| r.id.value.clone())
            .chain(s.indicators().map(|(_, i)| i.id.value.clone()))
            .collect()
    };
    let kept = ids(new);
    let skp = old.resolved_id.value.as_str();
    let mut out = Vec::new();
    for id in ids(old).into_iter().filter(|i| !kept.contains(i)) {
        let mut by = Vec::new();
        let named_by = |what: fn(&Content, &str, &str) -> bool| {
            ws.docs.iter().any(|d| what(&d.content, skp, &id))
        };
        if named_by(|c, skp, id| {
            matches!(c, Content::BuktiDukung(b) if b.skp.value == skp
                && b.bukti.iter().any(|e| e.untuk.iter().any(|u| u.value == id)))
        }) {
            by.push("bukti dukung");
        }
        if named_by(|c, skp, id| {
            matches!(c, Content::Realisasi(r) if r.skp.value == skp
                && r.hasil_kerja.iter().flat_map(|h| h.iter()).any(|(k, _)| k.value == id))
        }) {
            by.push("realisasi");
        }
        if !by.is_empty() {
            out.push((id, by));
        }
    }
    let approved = ws
        .docs
        .iter()
        .any(|d| matches!(&d.content, Content::Persetujuan(p) if p.skp.value == skp));
    (out, approved)
}

/// The documents of a YAML text (an empty one, a stray `---`, not counted).
fn documents_in(text: &str) -> usize {
    crate::yaml::parse(text, crate::yaml::Budget::default())
        .documents
        .iter()
        .filter(|d| !d.root.is_null())
        .count()
}

/// The generated text read by the loader `check` uses: an F error in it is named at the row
/// that produced the line (a value the cell checks let through), and nothing is written.
fn loaded_back(rel: &str, emitted: &Emitted) -> Result<Skp, Vec<CellError>> {
    let loaded = crate::workspace::load_text(FileId(0), rel.to_string(), emitted.text.clone());
    let row_of = |line: u32| -> Loc {
        emitted
            .lines
            .iter()
            .take_while(|(l, _)| *l <= line)
            .last()
            .or(emitted.lines.first())
            .map(|(_, loc)| loc.clone())
            .unwrap_or_else(|| Loc {
                sheet: rel.to_string(),
                row: 0,
                col: 0,
                workbook: false,
            })
    };
    let errors: Vec<CellError> = loaded
        .diags
        .iter()
        .filter(|d| {
            crate::rules::registry::find(d.code)
                .is_some_and(|r| r.code.starts_with('F') && r.level == crate::base::Level::Error)
        })
        .map(|d| CellError {
            loc: row_of(loaded.source.locate(d.span).line),
            column: None,
            msg: d.message.clone(),
            help: d.help.clone(),
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    loaded
        .docs
        .into_iter()
        .find_map(|d| match d.content {
            Content::Skp(s) => Some(*s),
            _ => None,
        })
        .ok_or_else(|| {
            vec![CellError {
                loc: row_of(1),
                column: None,
                msg: Msg::ImportNoRows,
                help: None,
            }]
        })
}
