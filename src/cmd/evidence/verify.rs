//! `skp evidence verify`: every ledger entry against its file, read through the same loader
//! and walker as `skp check`.

use serde_json::json;

use crate::cli::{EvidenceVerifyArgs, ListFormat};
use std::path::PathBuf;

use std::collections::{HashMap, HashSet};

use crate::diag::FileId;
use crate::evidence::cache::Cache;
use crate::evidence::ledger::Ledger;
use crate::evidence::verify::{self, Report, State};
use crate::i18n::Msg;
use crate::model::Content;
use crate::render::escape_control;
use crate::workspace::config::Config;
use crate::workspace::{Purpose, Workspace, walk};

use super::{open, short};
use crate::cmd::{EXIT_FINDINGS, EXIT_OK, Ui};

/// Loads the workspace's ledgers (the one walker, the one loader) and verifies every entry;
/// saves the stat cache afterwards. A ledger whose file is unchanged since the cache read it
/// is not parsed again (`--full` parses and hashes everything).
pub(super) fn report(root: PathBuf, cfg: Config, full: bool) -> Report {
    // The cache files are decoded while the workspace is walked: a warm run is mostly these two.
    let (cache, mut walked) = rayon::join(
        || {
            let cache = Cache::open(&root, !full);
            cache.read_ledgers();
            cache
        },
        || walk(&root, Purpose::Ledgers),
    );
    let mut split = cache.split_ledgers(std::mem::take(&mut walked.candidates));
    walked.candidates = std::mem::take(&mut split.to_read);
    // Only the ledgers' entries are read: no finding of theirs is shown with its text here.
    let ws = Workspace::load_model_walked(root, cfg, walked);
    let report = verify::verify_with(&ws, &cache, false, &split.unchanged);
    cache.remember_ledgers(split, loaded_ledgers(&ws));
    cache.save();
    report
}

/// The ledgers the loader read without a finding on their file: what the cache may keep.
fn loaded_ledgers(ws: &Workspace) -> impl Iterator<Item = (&str, Ledger)> {
    let flagged: HashSet<FileId> = ws.load_diags.iter().map(|d| d.file).collect();
    let mut per_file: HashMap<FileId, usize> = HashMap::new();
    for d in &ws.docs {
        *per_file.entry(d.file).or_default() += 1;
    }
    ws.docs.iter().filter_map(move |d| match &d.content {
        Content::BuktiDukung(b) if !flagged.contains(&d.file) && per_file[&d.file] == 1 => {
            Some((ws.rel(d.file), Ledger::from_model(b)))
        }
        _ => None,
    })
}

pub fn run(ui: &Ui, a: EvidenceVerifyArgs) -> Result<u8, u8> {
    let (root, cfg) = open(ui, &a.ws)?;
    let report = report(root, cfg, a.full);
    let bad = |s: &State| {
        matches!(
            s,
            State::Changed { .. }
                | State::Missing
                | State::Moved { .. }
                | State::Unsafe
                | State::Unreadable { .. }
        )
    };
    let mut problems: Vec<_> = report
        .checked
        .iter()
        .filter(|c| c.state != State::Ok && c.state != State::Url)
        .collect();
    problems.sort_by(|a, b| {
        (a.entry.berkas.as_deref(), &a.ledger).cmp(&(b.entry.berkas.as_deref(), &b.ledger))
    });
    let text = match a.format {
        ListFormat::Json => {
            let items: Vec<_> = problems
                .iter()
                .map(|c| json!({ "skp": c.skp, "ledger": c.ledger, "berkas": c.entry.berkas, "sha256": c.entry.sha256,
                                 "status": c.state.code(),
                                 "sekarang": match &c.state { State::Changed { actual } => Some(actual.clone()), _ => None },
                                 "pindah_ke": match &c.state { State::Moved { to } => Some(to.clone()), _ => None },
                                 "alasan": match &c.state { State::Unreadable { reason } => Some(reason.clone()), _ => None } }))
                .collect();
            // A ledger not read at all (a link out) is as unreadable to a consumer as a broken one.
            let mut unreadable: Vec<&String> =
                report.unreadable.iter().chain(&report.not_read).collect();
            unreadable.sort();
            unreadable.dedup();
            let mut s = crate::render::json_pretty(&json!({
                "version": 1, "checked": report.checked.len(), "problems": items,
                "unrecorded": report.unrecorded, "unreadable_ledgers": unreadable,
                "unlisted_folders": report.unlisted }));
            s.push('\n');
            s
        }
        ListFormat::Table => {
            let mut s = String::new();
            for c in &problems {
                let berkas = escape_control(c.entry.berkas.as_deref().unwrap_or("")).into_owned();
                let m = match &c.state {
                    State::Changed { actual } => Msg::VerifyChanged {
                        berkas,
                        recorded: short(c.entry.sha256.as_deref()),
                        now: short(Some(actual)),
                    },
                    State::Missing => Msg::VerifyMissing { berkas },
                    State::Moved { to } => Msg::VerifyMoved {
                        berkas,
                        to: escape_control(to).into_owned(),
                    },
                    State::NotFetched => Msg::VerifyNotFetched { berkas },
                    State::Unsafe => Msg::VerifyUnsafe { berkas },
                    State::Unreadable { reason } => Msg::VerifyUnreadable {
                        berkas,
                        reason: escape_control(reason).into_owned(),
                    },
                    State::Ok | State::Url => continue,
                };
                s.push_str(&format!(
                    "{}: {}\n",
                    escape_control(&c.skp),
                    m.render(ui.lang)
                ));
            }
            let esc = |p: &String| escape_control(p).into_owned();
            let files = report
                .unrecorded
                .iter()
                .map(|u| Msg::VerifyUnrecorded { berkas: esc(u) })
                .chain(
                    report
                        .unreadable
                        .iter()
                        .map(|u| Msg::EvLedgerInvalid { file: esc(u) }),
                )
                .chain(
                    report
                        .not_read
                        .iter()
                        .map(|u| Msg::VerifyLedgerNotRead { file: esc(u) }),
                )
                .chain(
                    report
                        .unlisted
                        .iter()
                        .map(|u| Msg::VerifyUnlisted { folder: esc(u) }),
                );
            for m in files {
                s.push_str(&format!("{}\n", m.render(ui.lang)));
            }
            s
        }
    };
    ui.out(&text)?;
    let count = |f: &dyn Fn(&State) -> bool| report.checked.iter().filter(|c| f(&c.state)).count();
    ui.err_text(&format!(
        "{}\n",
        Msg::VerifySummary {
            checked: report.checked.len(),
            ok: count(&|s| matches!(s, State::Ok)),
            // A link is neither intact nor not: nothing of it is hashed.
            links: count(&|s| matches!(s, State::Url)),
            changed: count(&|s| matches!(s, State::Changed { .. })),
            missing: count(&|s| matches!(s, State::Missing)),
            moved: count(&|s| matches!(s, State::Moved { .. })),
            not_fetched: count(&|s| matches!(s, State::NotFetched)),
            unsafe_paths: count(&|s| matches!(s, State::Unsafe)),
            unreadable: count(&|s| matches!(s, State::Unreadable { .. })),
            unrecorded: report.unrecorded.len(),
            unlisted: report.unlisted.len(),
        }
        .render(ui.lang)
    ));
    Ok(
        if report.checked.iter().any(|c| bad(&c.state))
            || !report.unreadable.is_empty()
            || !report.not_read.is_empty()
            || !report.unlisted.is_empty()
        {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        },
    )
}
