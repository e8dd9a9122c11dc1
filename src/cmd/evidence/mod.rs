//! `skp evidence add|list|verify|relink|rm|abaikan`: one module per subcommand. They parse
//! arguments and print; what changes in a ledger is decided in [`crate::evidence`].

mod abaikan;
mod add;
mod list;
mod relink;
mod rm;
mod verify;

use std::path::{Path, PathBuf};

use crate::cli::{EvidenceCommand, SkpSelector, WorkspaceArg};
use crate::evidence::add::{AddError, Outcome};
use crate::evidence::edit::{self, EntryRef, FindError};
use crate::evidence::ledger::{Ledger, ledger_path};
use crate::evidence::locate;
use crate::i18n::Msg;
use crate::model::date::Date;
use crate::model::period::Period;
use crate::render::escape_control;
use crate::workspace::config::Config;

use super::Ui;

pub fn run(ui: &Ui, cmd: EvidenceCommand) -> Result<u8, u8> {
    match cmd {
        EvidenceCommand::Add(a) => add::run(ui, a),
        EvidenceCommand::List(a) => list::run(ui, a),
        EvidenceCommand::Verify(a) => verify::run(ui, a),
        EvidenceCommand::Relink(a) => relink::run(ui, a),
        EvidenceCommand::Rm(a) => rm::run(ui, a),
        EvidenceCommand::Abaikan(a) => abaikan::run(ui, a),
    }
}

pub(super) fn open(ui: &Ui, ws: &WorkspaceArg) -> Result<(PathBuf, Config), u8> {
    super::check::open_at(ui, ws.workspace.as_deref())
}

pub(super) fn add_error(ui: &Ui, e: AddError) -> u8 {
    let (msg, help) = describe(ui, e, "manifest");
    ui.fatal(&msg, help.as_ref())
}

/// [`add_error`] of a manifest run: a row's error names the manifest file.
pub(super) fn manifest_error(ui: &Ui, e: AddError, manifest: &str) -> u8 {
    let (msg, help) = describe(ui, e, manifest);
    ui.fatal(&msg, help.as_ref())
}

/// The message (and help) of an [`AddError`]; `manifest`, the manifest's name for a row's.
fn describe(ui: &Ui, e: AddError, manifest: &str) -> (Msg, Option<Msg>) {
    match e {
        AddError::AtRow { line, error } => {
            let (msg, help) = describe(ui, *error, manifest);
            (
                Msg::EvManifestRow {
                    file: manifest.to_string(),
                    line,
                    detail: msg.render(ui.lang),
                },
                help,
            )
        }
        AddError::UnknownRef {
            reference,
            suggestion,
        } => (
            Msg::EvUnknownRef { reference },
            Some(match suggestion {
                Some(s) => Msg::HelpDidYouMean { suggestion: s },
                None => Msg::HelpEvRefs,
            }),
        ),
        AddError::UnknownType { jenis, allowed } => {
            let names: Vec<&str> = allowed.split(", ").collect();
            let suggestion =
                crate::model::convert::did_you_mean(&jenis, &names).map(str::to_string);
            (
                Msg::BadEnum {
                    field: "--type".into(),
                    value: jenis,
                },
                Some(Msg::HelpAllowedValues {
                    allowed,
                    suggestion,
                }),
            )
        }
        AddError::PeriodOutside { periode, tahun } => (
            Msg::EvPeriodOutside { periode, tahun },
            Some(Msg::HelpEvPeriodOutside { tahun }),
        ),
        AddError::TooLarge { file, mb, max } => {
            (Msg::EvTooLarge { file, mb, max }, Some(Msg::HelpEvTooLarge))
        }
        AddError::Unreadable { file, error } | AddError::Io { file, error } => {
            (Msg::EvIo { file, error }, None)
        }
        AddError::BadUrl { url } => (Msg::EvBadUrl { url }, None),
        AddError::UrlPassword { url } => (Msg::EvUrlPassword { url }, Some(Msg::HelpEvUrlPassword)),
        AddError::NotePassword { note } => {
            (Msg::EvNotePassword { note }, Some(Msg::HelpEvNotePassword))
        }
        AddError::LedgerInvalid { file } => (
            Msg::EvLedgerInvalid { file },
            Some(Msg::HelpEvLedgerInvalid),
        ),
        AddError::LedgerOfOtherSkp { file, skp } => (Msg::EvLedgerOtherSkp { file, skp }, None),
        AddError::StoreMissing => (Msg::EvStoreMissing, None),
        AddError::NotRegular { file } => (
            Msg::EvIo {
                file,
                error: Msg::NotRegularFile.render(ui.lang),
            },
            None,
        ),
        AddError::NotRecorded { error, placed } => {
            let (msg, _) = describe(ui, *error, manifest);
            let shown = placed.len().min(5);
            let mut files = placed[..shown].join(", ");
            if placed.len() > shown {
                files.push_str(&format!(", … (+{})", placed.len() - shown));
            }
            (msg, Some(Msg::HelpEvNotRecorded { files }))
        }
        AddError::TempFile { file } => (Msg::EvTempFile { file }, Some(Msg::HelpEvTempFile)),
        AddError::LinkOut { file, target } => (
            Msg::EvLinkOut {
                file,
                target: target.clone(),
            },
            Some(Msg::HelpEvLinkOut { target }),
        ),
        AddError::UnrecordableName { file } => (
            Msg::EvUnrecordableName { file },
            Some(Msg::HelpEvUnrecordableName),
        ),
        AddError::NameTaken { file, target } => (
            Msg::EvNameTaken { file, target },
            Some(Msg::HelpEvNameTaken),
        ),
        AddError::CopyRemoved { file } => (Msg::EvCopyRemoved { file }, Some(Msg::HelpEvAddAgain)),
        AddError::StoreEdited { file } => {
            (Msg::EvStoreEdited { file }, Some(Msg::HelpEvStoreEdited))
        }
        AddError::StoreNotFile { file } => {
            (Msg::EvStoreNotFile { file }, Some(Msg::HelpEvStoreNotFile))
        }
        AddError::WorkspaceFile { file } => (
            Msg::EvWorkspaceFile { file },
            Some(Msg::HelpEvWorkspaceFile),
        ),
    }
}

pub(super) fn pick_skp(
    ui: &Ui,
    root: &Path,
    sel: &SkpSelector,
    period: Option<Period>,
) -> Result<locate::Found, u8> {
    pick_skp_in(ui, &locate::Index::new(root), sel, period)
}

/// As [`pick_skp`], in plan files listed once (a manifest picks one SKP per group of rows).
pub(super) fn pick_skp_in(
    ui: &Ui,
    index: &locate::Index,
    sel: &SkpSelector,
    period: Option<Period>,
) -> Result<locate::Found, u8> {
    locate_skp(index, sel, period).map_err(|e| ui.fatal(&e.0, e.1.as_ref()))
}

/// The one SKP `sel` names, or the message (and help) saying why there is none. Prints nothing,
/// so that a manifest can look up its SKPs in parallel.
pub(super) fn locate_skp(
    index: &locate::Index,
    sel: &SkpSelector,
    period: Option<Period>,
) -> Result<locate::Found, Box<(Msg, Option<Msg>)>> {
    let nip = selected_nip(sel);
    if nip.is_none() && sel.skp.is_none() {
        return Err(Box::new((Msg::EvNeedSelector, None)));
    }
    let mut found = find(index, nip.as_deref(), sel.skp.as_deref())?;
    let who = sel.skp.clone().or(nip).unwrap_or_default();
    // A NIP with several SKPs (mutasi): the one whose period contains the evidence period.
    if found.len() > 1
        && let Some(p) = period
    {
        let all: Vec<String> = found
            .iter()
            .map(|f| f.skp.resolved_id.value.clone())
            .collect();
        let (p0, p1) = p.bounds();
        found.retain(|f| {
            let (a, b) = f.skp.period();
            a <= p1 && p0 <= b
        });
        if found.is_empty() {
            return Err(Box::new((
                Msg::EvNoSkpForPeriod {
                    who,
                    periode: p.to_string(),
                    list: all.join(", "),
                },
                None,
            )));
        }
    }
    match found.len() {
        0 => Err(no_skp(index, sel, who)),
        1 => Ok(found.remove(0)),
        _ => Err(Box::new((
            Msg::EvManySkp {
                who,
                list: found
                    .iter()
                    .map(|f| f.skp.resolved_id.value.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
            Some(Msg::HelpEvManySkp),
        ))),
    }
}

/// "No SKP for `who`", with a way out when `--skp` was given a NIP (the id is `<NIP>-<year>`
/// or what the plan's `id` says): the SKPs of that NIP.
fn no_skp(index: &locate::Index, sel: &SkpSelector, who: String) -> Box<(Msg, Option<Msg>)> {
    let help = match (&sel.nip, &sel.skp) {
        (None, Some(id)) if id.len() == 18 && id.bytes().all(|b| b.is_ascii_digit()) => {
            let ids: Vec<String> = index
                .find(Some(id), None)
                .into_iter()
                .map(|f| f.skp.resolved_id.value)
                .collect();
            (!ids.is_empty()).then(|| Msg::HelpSkpIsNip {
                nip: id.clone(),
                list: ids.join(", "),
            })
        }
        _ => None,
    };
    Box::new((Msg::EvNoSkp { who }, help))
}

/// The NIP of the `pegawai/<NIP>/` folder (the layout `skp init` makes) that the first of
/// `paths` lying in one is in: a hint for a command that was not told whose SKP is meant.
pub(super) fn folder_nip<'a>(
    root: &Path,
    paths: impl Iterator<Item = &'a std::path::PathBuf>,
) -> Option<String> {
    let root = std::fs::canonicalize(root).ok()?;
    paths
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .find_map(|p| {
            let mut parts = p.strip_prefix(&root).ok()?.components();
            let (Some(first), Some(second)) = (parts.next(), parts.next()) else {
                return None;
            };
            let nip = second.as_os_str().to_str()?;
            (first.as_os_str() == "pegawai"
                && nip.len() == 18
                && nip.bytes().all(|b| b.is_ascii_digit()))
            .then(|| nip.to_string())
        })
}

/// The NIP `sel` names, without the spaces of a NIP copied from a printed SKP, which groups it.
pub(super) fn selected_nip(sel: &SkpSelector) -> Option<String> {
    sel.nip
        .as_ref()
        .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect())
}

/// The SKPs of a NIP or id. By NIP alone, a file in the NIP's folder that declares an SKP but
/// yields none is an error (the SKP meant may be the one that does not load).
fn find(
    index: &locate::Index,
    nip: Option<&str>,
    skp: Option<&str>,
) -> Result<Vec<locate::Found>, Box<(Msg, Option<Msg>)>> {
    match (nip, skp) {
        (Some(n), None) => index.find_nip(n).map_err(|file| {
            let (msg, help) = crate::cmd::unreadable_skp_msg(n, file);
            Box::new((msg, Some(help)))
        }),
        (n, id) => Ok(index.find(n, id)),
    }
}

pub(super) fn parse_period(ui: &Ui, p: Option<&str>) -> Result<Period, u8> {
    let Some(p) = p else {
        return Err(ui.fatal(&Msg::EvNeedPeriod, Some(&Msg::HelpPeriodForms)));
    };
    Period::parse(p).ok_or_else(|| {
        ui.fatal(
            &Msg::BadPeriod {
                field: "--period".into(),
                value: p.to_string(),
            },
            Some(&crate::cmd::period_help(p)),
        )
    })
}

pub(super) fn parse_date(ui: &Ui, d: Option<&str>) -> Result<Option<String>, u8> {
    match d {
        None | Some("") => Ok(None),
        Some(d) => Date::parse(d)
            .map(|d| Some(d.to_string()))
            .ok_or_else(|| crate::cmd::bad_date(ui, d)),
    }
}

pub(super) fn report_outcomes(ui: &Ui, skp: &str, outcomes: &[Outcome]) -> Result<(), u8> {
    let mut s = String::new();
    for o in outcomes {
        let m = match o {
            Outcome::Added { berkas, sha256 } => Msg::EvAdded {
                berkas: escape_control(berkas).into_owned(),
                sha: sha256[..12.min(sha256.len())].to_string(),
            },
            Outcome::Linked { sha256, untuk } => Msg::EvLinked {
                sha: sha256[..12.min(sha256.len())].to_string(),
                untuk: escape_control(&untuk.join(", ")).into_owned(),
            },
            Outcome::Unchanged { sha256 } => Msg::EvUnchanged {
                sha: sha256[..12.min(sha256.len())].to_string(),
            },
            Outcome::Completed { sha256, fields } => Msg::EvCompleted {
                sha: sha256[..12.min(sha256.len())].to_string(),
                fields: escape_control(
                    &fields
                        .iter()
                        .map(|(flag, value)| format!("{flag} {value}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .into_owned(),
            },
            // A request not carried out in full: a warning, on stderr.
            Outcome::Kept { sha256, fields } => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|(flag, given, recorded)| {
                        Msg::EvKeptField {
                            flag: flag.clone(),
                            given: escape_control(given).into_owned(),
                            recorded: escape_control(recorded).into_owned(),
                        }
                        .render(ui.lang)
                    })
                    .collect();
                ui.warn(&Msg::EvKept {
                    sha: sha256[..12.min(sha256.len())].to_string(),
                    fields: fields.join("; "),
                });
                continue;
            }
            Outcome::AddedUrl { url } => Msg::EvAddedUrl {
                url: escape_control(url).into_owned(),
            },
            Outcome::Unchecked { berkas, reason } => Msg::EvUnchecked {
                berkas: escape_control(berkas).into_owned(),
                reason: escape_control(reason).into_owned(),
            },
            Outcome::Restored { berkas, sha256 } => Msg::EvRestored {
                berkas: escape_control(berkas).into_owned(),
                sha: sha256[..12.min(sha256.len())].to_string(),
            },
            Outcome::Relinked {
                from,
                to,
                sha256,
                changed,
                intact,
            } => {
                let (from, to, sha) = (
                    escape_control(from).into_owned(),
                    escape_control(to).into_owned(),
                    sha256[..12.min(sha256.len())].to_string(),
                );
                match (changed, intact) {
                    (false, false) => Msg::EvRelinked { from, to, sha },
                    (true, false) => Msg::EvRelinkedChanged { from, to, sha },
                    (false, true) => Msg::EvRelinkedIntact { from, to, sha },
                    (true, true) => Msg::EvRelinkedChangedIntact { from, to, sha },
                }
            }
        };
        s.push_str(&format!("{}: {}\n", escape_control(skp), m.render(ui.lang)));
    }
    ui.out(&s)
}

pub(super) fn progress(n: usize) -> Option<indicatif::ProgressBar> {
    // Only on a terminal, only for long runs; never in pipes or CI logs.
    let tty =
        std::io::IsTerminal::is_terminal(&std::io::stderr()) && std::env::var_os("CI").is_none();
    (tty && n >= 20).then(|| {
        let pb = indicatif::ProgressBar::new(n as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
            pb.set_style(style);
        }
        pb
    })
}

/// The ledgers a command works on: the selected SKP's, or every ledger.
pub(super) fn ledgers(
    ui: &Ui,
    root: &Path,
    sel: &SkpSelector,
) -> Result<Vec<(PathBuf, Ledger)>, u8> {
    let files = ledger_files(ui, root, sel)?;
    let mut out = Vec::new();
    for f in files {
        let l = crate::evidence::add::read_ledger(&f, "").map_err(|e| add_error(ui, e))?;
        out.push((f, l));
    }
    Ok(out)
}

/// The record `id` names among the ledgers `sel` chooses, narrowed to one period by
/// [`pick_period`]: what `rm` and `abaikan` change. Also the ledgers as read.
pub(super) fn find_record(
    ui: &Ui,
    root: &Path,
    sel: &SkpSelector,
    id: &str,
    period: Option<&str>,
    help: Msg,
) -> Result<(EntryRef, Vec<(PathBuf, Ledger)>), u8> {
    let all = ledgers(ui, root, sel)?;
    let mut target = find_entry(ui, root, &all, id)?;
    pick_period(ui, &all, &mut target, id, period, help)?;
    Ok((target, all))
}

/// Narrows `target` to one period when its file or link is recorded for several (one entry
/// each): `period` when it is one of them, else a refusal listing them (`help` says what to
/// run). A command that changes records never changes them all on a guess.
fn pick_period(
    ui: &Ui,
    all: &[(PathBuf, Ledger)],
    target: &mut edit::EntryRef,
    id: &str,
    period: Option<&str>,
    help: Msg,
) -> Result<(), u8> {
    let periods = target.periods(all);
    let list = || {
        periods
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    match period {
        Some(p) => {
            let p = parse_period(ui, Some(p))?;
            if !periods.contains(&p) {
                return Err(ui.fatal(
                    &Msg::RmPeriodNotRecorded {
                        id: id.to_string(),
                        periode: p.to_string(),
                        periods: list(),
                    },
                    None,
                ));
            }
            target.periode = Some(p);
        }
        None if periods.len() > 1 => {
            return Err(ui.fatal(
                &Msg::RmSeveralPeriods {
                    id: id.to_string(),
                    periods: list(),
                },
                Some(&help),
            ));
        }
        None => {}
    }
    Ok(())
}

/// The ledger files `sel` names: the SKP's own (and stray ledgers naming it) with `--nip` or
/// `--skp`, else every ledger of the workspace.
fn ledger_files(ui: &Ui, root: &Path, sel: &SkpSelector) -> Result<Vec<PathBuf>, u8> {
    if sel.nip.is_some() || sel.skp.is_some() {
        let index = locate::Index::new(root);
        let found = find(&index, sel.nip.as_deref(), sel.skp.as_deref())
            .map_err(|e| ui.fatal(&e.0, e.1.as_ref()))?;
        if found.is_empty() {
            let who = sel.skp.clone().or(sel.nip.clone()).unwrap_or_default();
            let e = no_skp(&index, sel, who);
            return Err(ui.fatal(&e.0, e.1.as_ref()));
        }
        // A ledger is read only where it stays inside the workspace (a link to a file
        // elsewhere is not one), as the walk that finds every ledger reads them.
        let mut files: Vec<PathBuf> = found
            .iter()
            .map(|f| ledger_path(&f.file))
            .filter(|p| {
                p.strip_prefix(root).is_ok_and(|rel| {
                    matches!(crate::fsutil::look_inside(root, rel),
                        crate::fsutil::Lookup::Found(p, _) if p.is_file())
                })
            })
            .collect();
        files.extend(strays(root, &found, &files));
        Ok(files)
    } else {
        // Every ledger: one in a folder that cannot be opened is not among them, and the
        // listing must not look complete.
        let (files, unlisted) = edit::ledger_files_seen(root);
        if let Some(folder) = unlisted {
            ui.warn(&Msg::FolderUnlistedLeftOut { folder });
        }
        Ok(files)
    }
}

/// The ledgers a command reads without writing: the readable ones, and the files that do not
/// load cleanly, for the command to name after its output.
pub(super) struct LedgersRead {
    pub readable: Vec<(PathBuf, Ledger)>,
    pub unreadable: Vec<PathBuf>,
}

/// [`ledgers`]'s choice of files, read for a command that writes nothing.
pub(super) fn ledgers_to_read(ui: &Ui, root: &Path, sel: &SkpSelector) -> Result<LedgersRead, u8> {
    let mut read = LedgersRead {
        readable: Vec::new(),
        unreadable: Vec::new(),
    };
    for f in ledger_files(ui, root, sel)? {
        match crate::evidence::add::read_ledger(&f, "") {
            Ok(l) => read.readable.push((f, l)),
            Err(crate::evidence::add::AddError::LedgerInvalid { .. }) => read.unreadable.push(f),
            Err(e) => return Err(add_error(ui, e)),
        }
    }
    Ok(read)
}

/// Ledgers elsewhere that name one of `found`'s SKPs (F005). `check` and `report` count their
/// records for that SKP, so a command scoped to it must see them too: `rm --skp` removing a
/// record from one ledger only would leave it counted.
fn strays(root: &Path, found: &[locate::Found], homes: &[PathBuf]) -> Vec<PathBuf> {
    let ids: Vec<&str> = found
        .iter()
        .map(|f| f.skp.resolved_id.value.as_str())
        .collect();
    edit::ledger_files(root)
        .into_iter()
        .filter(|f| !homes.contains(f))
        // Only a ledger with an `skp:` line naming the id can be one of them: most are not
        // parsed, and one that mentions the id in a comment or a note is not read.
        .filter(|f| {
            crate::fsutil::read_regular(f).is_ok_and(|t| {
                String::from_utf8_lossy(&t).lines().any(|l| {
                    l.trim_start().starts_with("skp:") && ids.iter().any(|id| l.contains(id))
                })
            })
        })
        // One that does not parse is kept: reading it again fails with the message an
        // unscoped command gives, instead of its records being left out unseen.
        .filter(|f| {
            crate::evidence::add::read_ledger(f, "").map_or(true, |l| ids.contains(&l.skp.as_str()))
        })
        .collect()
}

pub(super) fn short(h: Option<&str>) -> String {
    h.map(|h| h[..12.min(h.len())].to_string())
        .unwrap_or_default()
}

/// The one entry `id` names among `ledgers`, or a fatal message.
pub(super) fn find_entry(
    ui: &Ui,
    root: &Path,
    ledgers: &[(PathBuf, Ledger)],
    id: &str,
) -> Result<EntryRef, u8> {
    edit::find_entry(ledgers, id).map_err(|e| match e {
        // A prefix too short to name anything on its own (see `edit::find_entry`).
        FindError::NotFound if id.len() < 4 && id.chars().all(|c| c.is_ascii_hexdigit()) => {
            ui.fatal(&Msg::RmPrefixTooShort { id: id.to_string() }, None)
        }
        FindError::NotFound => ui.fatal(&Msg::RmNotFound { id: id.to_string() }, None),
        FindError::Ambiguous(n) => ui.fatal(
            &Msg::RmAmbiguous {
                id: id.to_string(),
                n,
            },
            None,
        ),
        // A longer prefix cannot tell these apart: they are the same content.
        FindError::InSeveralLedgers(files) => {
            let mut skps: Vec<&str> = ledgers
                .iter()
                .filter(|(p, _)| files.contains(p))
                .map(|(_, l)| l.skp.as_str())
                .collect();
            skps.sort_unstable();
            skps.dedup();
            match skps.as_slice() {
                // Two ledgers of one SKP: `--skp` cannot choose; they must become one (F005).
                [skp] => ui.fatal(
                    &Msg::RmInTwoLedgers {
                        id: id.to_string(),
                        skp: skp.to_string(),
                        list: files
                            .iter()
                            .map(|f| {
                                crate::workspace::relative_path(f.strip_prefix(root).unwrap_or(f))
                            })
                            .collect::<Vec<_>>()
                            .join(", "),
                    },
                    Some(&Msg::HelpRmMergeLedgers),
                ),
                _ => ui.fatal(
                    &Msg::RmInSeveralSkps {
                        id: id.to_string(),
                        list: skps.join(", "),
                    },
                    Some(&Msg::HelpRmPickSkp),
                ),
            }
        }
    })
}
