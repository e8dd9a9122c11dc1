//! `skp check`: discover → load → rules → diagnostics → render.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::cli::{CheckArgs, FailOn, OutputFormat};
use std::collections::HashSet;

use crate::diag::{Diagnostic, Severity};
use crate::facts::{self, Hashing};
use crate::i18n::Msg;
use crate::model::date::Date;
use crate::render::ci;
use crate::render::{self, Counts, escape_control};
use crate::rules::fingerprint;
use crate::rules::{self, Exemptions, Settings, SettingsError};
use crate::workspace::config::{self, ConfigError};
use crate::workspace::{ListingStatus, Workspace, find_root};

use super::{EXIT_FATAL, EXIT_FINDINGS, EXIT_OK, Ui};

/// Opens the workspace containing `path` (default: the current folder).
pub fn open_at(ui: &Ui, path: Option<&Path>) -> Result<(PathBuf, config::Config), u8> {
    let start = path.map_or_else(
        || std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        Path::to_path_buf,
    );
    open_workspace(ui, &start)
}

/// Finds the workspace root from `start` and reads skp.toml, or explains why not (exit 2).
pub fn open_workspace(ui: &Ui, start: &Path) -> Result<(PathBuf, config::Config), u8> {
    if !start.exists() {
        return Err(ui.fatal(
            &Msg::PathNotFound {
                path: escape_control(&start.display().to_string()).into_owned(),
            },
            None,
        ));
    }
    let Some(root) = find_root(start) else {
        return Err(ui.fatal(
            &Msg::NoWorkspace {
                start: escape_control(&start.display().to_string()).into_owned(),
            },
            Some(&Msg::HelpInit),
        ));
    };
    let path = root.join("skp.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            return Err(ui.fatal(
                &Msg::Unreadable {
                    error: format!("skp.toml: {}", crate::i18n::io_error(&e)),
                },
                None,
            ));
        }
    };
    match config::parse(&text) {
        Ok(cfg) => Ok((root, cfg)),
        Err(errors) => {
            report_config_errors(ui, &text, &errors);
            Err(EXIT_FATAL)
        }
    }
}

fn report_config_errors(ui: &Ui, text: &str, errors: &[ConfigError]) {
    let mut out = String::new();
    for e in errors {
        let before = &text[..e.span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        out.push_str(&located_error(ui, line, col, &e.message, e.help.as_ref()));
    }
    ui.err_text(&out);
}

/// An error of skp.toml at its line and column, as the compilers print one.
fn located_error(ui: &Ui, line: usize, col: usize, message: &Msg, help: Option<&Msg>) -> String {
    let mut out = format!(
        "skp.toml:{line}:{col}: {}: {}\n",
        ui.lang.severity(Severity::Error),
        escape_control(&message.render(ui.lang))
    );
    if let Some(h) = help {
        out.push_str(&format!(
            "  = {}: {}\n",
            ui.lang.help_label(),
            escape_control(&h.render(ui.lang))
        ));
    }
    out
}

fn settings_error(ui: &Ui, e: SettingsError) -> u8 {
    // `S1O1` for `S101`: the code meant, else the list of every code.
    let help = |code: &str| {
        let codes: Vec<&str> = rules::RULES.iter().map(|r| r.code).collect();
        crate::model::convert::did_you_mean(code, &codes).map_or(Msg::HelpRules, |s| {
            Msg::HelpDidYouMean {
                suggestion: s.to_string(),
            }
        })
    };
    match e {
        SettingsError::UnknownCode {
            code,
            at: Some((line, col)),
        } => {
            let help = help(&code);
            ui.err_text(&located_error(
                ui,
                line as usize,
                col as usize,
                &Msg::ConfigUnknownCode { code },
                Some(&help),
            ));
            EXIT_FATAL
        }
        SettingsError::UnknownCode { code, at: None } => {
            let help = help(&code);
            ui.fatal(&Msg::UnknownRule { code }, Some(&help))
        }
        SettingsError::BadGlob(g) => ui.fatal(
            &Msg::ConfigBadValue {
                key: format!("rules.overrides.paths ({g})"),
                expected: crate::base::ConfigExpected::Glob,
            },
            None,
        ),
    }
}

fn parse_as_of(ui: &Ui, value: &str, tz: config::TimeZone) -> Result<Date, u8> {
    if value.eq_ignore_ascii_case("today") {
        return Ok(super::today::today(tz));
    }
    Date::parse(value).ok_or_else(|| super::bad_date(ui, value))
}

/// Options that would make a format lie to the tool that reads it: `--mask` rewrites the NIPs in
/// file paths, so annotations would point at files that do not exist (and two employees' files
/// become one); `--statistics` prints a table where a machine format was asked for.
fn refuse_combinations(ui: &Ui, args: &CheckArgs) -> Result<(), u8> {
    let for_tools = |f: &OutputFormat| {
        matches!(
            f,
            OutputFormat::Sarif | OutputFormat::Github | OutputFormat::Gitlab | OutputFormat::Junit
        )
    };
    let formats = std::iter::once(&args.format).chain(args.reports.iter().map(|(f, _)| f));
    if args.mask
        && let Some(f) = formats.clone().find(|f| for_tools(f))
    {
        return Err(ui.fatal(
            &Msg::MaskForTools {
                format: format_name(*f),
            },
            Some(&Msg::HelpMaskForTools),
        ));
    }
    if args.statistics && !matches!(args.format, OutputFormat::Human | OutputFormat::Concise) {
        return Err(ui.fatal(
            &Msg::StatisticsWithFormat {
                format: format_name(args.format),
            },
            None,
        ));
    }
    Ok(())
}

/// The name `--format` takes for `f`.
fn format_name(f: OutputFormat) -> String {
    use clap::ValueEnum;
    f.to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string())
}

/// The middle of the flow, after loading: exemptions and facts first, then the stat cache
/// written back (the one write of a check, explicit and git-ignored), then the rules over the
/// facts.
pub(super) fn analyse(
    ws: &Workspace,
    settings: &Settings,
    as_of: Option<Date>,
    exempt: bool,
) -> rules::Outcome {
    // On a thread of the pool, not the calling one. mimalloc gives a thread's freed pages back
    // to the system from that thread's own later allocations; the main thread used to free the
    // facts' working memory and then only wait while the rules ran, so that memory stayed
    // resident to the end. At 4 525 SKPs and 20 000 evidence files this and the early cache
    // save below took the peak from about 195 to 180 MiB (docs/benchmarks.md).
    rayon::scope(|_| {
        let exemptions = Exemptions::collect(ws, exempt);
        let mut facts = facts::build(ws, rules::needs(settings), as_of, Hashing::Cached);
        // Before the rules, so that the cache's ten megabytes at that scale are gone when the
        // findings are made.
        facts.save_cache();
        rules::run(ws, &facts, &exemptions, settings)
    })
}

pub fn run(ui: &Ui, args: CheckArgs) -> Result<u8, u8> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let start = args
        .workspace
        .clone()
        .or_else(|| args.paths.first().cloned())
        .unwrap_or_else(|| cwd.clone());
    let (root, cfg) = open_workspace(ui, &start)?;
    let exempt = !args.no_exemptions;
    let settings = Settings::new(
        &Exemptions::rules_in_force(&cfg.rules, exempt),
        &args.select,
        &args.ignore,
    )
    .map_err(|errors| {
        // Every unknown code at once; the exit is the same.
        errors
            .into_iter()
            .map(|e| settings_error(ui, e))
            .last()
            .unwrap_or(EXIT_FATAL)
    })?;
    let as_of = match &args.as_of {
        Some(v) if !v.is_empty() => Some(parse_as_of(ui, v, cfg.workspace.timezone)?),
        _ => None,
    };
    refuse_combinations(ui, &args)?;
    // A report over the baseline it reads or writes would leave an empty or foreign baseline.
    let files = args.baseline.iter().chain(&args.write_baseline);
    for file in files.filter(|f| f.as_os_str() != "-") {
        super::output_is_not(ui, file)?;
        super::reports_are_not(ui, &args.reports, file)?;
    }
    if let Some(file) = &args.write_baseline {
        super::output_allowed(ui, file)?;
    }
    let filters = report_filters(&root, &cwd, &args.paths).map_err(|p| {
        ui.fatal(
            &Msg::PathOutside {
                path: escape_control(&p).into_owned(),
            },
            None,
        )
    })?;
    let ws = if args.tracked_only {
        Workspace::load_tracked(root, cfg)
    } else {
        Workspace::load(root, cfg)
    };
    ui.request_mask(args.mask);
    ui.mask_for(&ws, None);

    if args.list_files {
        let mut out = String::new();
        for l in &ws.listing {
            let (status, reason) = match &l.status {
                ListingStatus::Read => (Msg::ListRead.render(ui.lang), String::new()),
                ListingStatus::Ignored(r) => (
                    Msg::ListIgnored.render(ui.lang),
                    format!(" ({})", ignore_reason(*r).render(ui.lang)),
                ),
            };
            out.push_str(&format!("{status:<9} {}{reason}\n", escape_control(&l.rel)));
        }
        ui.out(&out)?;
        return Ok(EXIT_OK);
    }

    refuse_unread_paths(ui, &ws, &filters)?;
    let outcome = analyse(&ws, &settings, as_of, exempt);
    // Findings and their fingerprints side by side, filtered in place (see `retain_both`).
    let mut prints = fingerprint::fingerprints(&ws, &outcome.diagnostics);
    let mut diags = outcome.diagnostics;

    if let Some(file) = &args.write_baseline {
        return write_baseline(ui, file, &ws, &diags, &prints);
    }
    // The files whose findings are reported (`skp check PATH…`), and any folder above them
    // (a folder that could not be opened, F008): the files asked for were not read then.
    let reported = |rel: &str| {
        filters.is_empty()
            || filters.iter().any(|f| {
                f.is_empty()
                    || rel == f
                    || rel.starts_with(&format!("{f}/"))
                    || f.starts_with(&format!("{rel}/"))
                    || rel == "."
            })
    };
    if !filters.is_empty() {
        retain_both(&mut diags, &mut prints, |d, _| reported(ws.rel(d.file)));
    }
    let mut notes: Vec<String> = Vec::new();
    if let Some(file) = &args.baseline
        && !args.no_exemptions
    {
        let baseline = read_baseline(ui, file)?;
        let known: HashSet<&str> = baseline.iter().map(|b| b.fingerprint.as_str()).collect();
        let before = diags.len();
        let current: HashSet<&str> = prints.iter().map(String::as_str).collect();
        // Gone only if it could have been found: not for a rule `--select`/`--ignore` left out
        // of this run, nor in a file outside the PATH asked for or one that could not be read
        // (its findings would come back as new once it is fixed). An entry without its file
        // (an earlier version's baseline) counts only in a run over the whole workspace.
        let unread: HashSet<&str> = diags
            .iter()
            .filter(|d| !hideable(d))
            .map(|d| ws.rel(d.file))
            .collect();
        let whole = filters.iter().all(String::is_empty);
        let gone = baseline
            .iter()
            .filter(|b| {
                let in_scope = match &b.file {
                    Some(file) => reported(file) && !unread.contains(file.as_str()),
                    None => whole,
                };
                in_scope
                    && !current.contains(b.fingerprint.as_str())
                    && settings.severity(&b.code, "").is_some()
            })
            .count();
        retain_both(&mut diags, &mut prints, |d, f| {
            !known.contains(f.as_str()) || !hideable(d)
        });
        notes.push(
            Msg::BaselineHidden {
                n: before - diags.len(),
            }
            .render(ui.lang),
        );
        if gone > 0 {
            notes.push(Msg::BaselineGone { n: gone }.render(ui.lang));
        }
    }
    // What the walk found and nobody reads, said rather than silently skipped: a folder with
    // its own skp.toml (a workspace of its own), plans the ignore rules leave out, and links
    // that lead out of the workspace.
    use crate::workspace::IgnoreReason;
    type Note = fn(usize, String) -> Msg;
    let notes_of: [(IgnoreReason, Note); 4] = [
        (IgnoreReason::Nested, |n, first| Msg::SummaryNested {
            n,
            first,
        }),
        (IgnoreReason::GitIgnored, |n, first| {
            Msg::SummaryGitIgnored { n, first }
        }),
        (IgnoreReason::SymlinkOutside, |n, first| {
            Msg::SummarySymlinkOutside { n, first }
        }),
        (IgnoreReason::SymlinkBroken, |n, first| {
            Msg::SummarySymlinkBroken { n, first }
        }),
    ];
    for (reason, note) in notes_of {
        let skipped: Vec<&str> = ws
            .listing
            .iter()
            .filter(|l| l.status == crate::workspace::ListingStatus::Ignored(reason))
            .map(|l| l.rel.as_str())
            .collect();
        if let Some(first) = skipped.first() {
            notes.push(note(skipped.len(), first.to_string()).render(ui.lang));
        }
    }
    if let Some(rev) = &args.changed_since {
        let old = check_revision(ui, &ws, rev, &args, as_of)?;
        let before = diags.len();
        retain_both(&mut diags, &mut prints, |_, f| !old.contains(f));
        notes.push(
            Msg::ChangedSinceHidden {
                n: before - diags.len(),
                rev: rev.clone(),
            }
            .render(ui.lang),
        );
    }

    let counts = Counts::of(&diags);
    let render_as = |format: OutputFormat, color: bool| -> String {
        match format {
            OutputFormat::Human => render::render_human(&diags, &ws.sources, ui.lang, color),
            OutputFormat::Concise => render::render_concise(&diags, &ws.sources, ui.lang, color),
            OutputFormat::Json => render::render_json(
                &diags,
                &ws.sources,
                ui.lang,
                &render::JsonSummary {
                    files: ws.files_read,
                    ignored: ws.listing.len() - ws.files_read,
                    as_of: as_of.map(|d| d.to_string()),
                },
            ),
            OutputFormat::Sarif => {
                ci::sarif(&diags, &prints, &ws.sources, ui.lang, &git_prefix(&ws.root))
            }
            OutputFormat::Gitlab => {
                ci::gitlab(&diags, &prints, &ws.sources, ui.lang, &git_prefix(&ws.root))
            }
            OutputFormat::Junit => {
                // A file outside the PATHs asked for is no passed test case: its findings are
                // not in this report.
                let files: Vec<String> = ws
                    .listing
                    .iter()
                    .filter(|l| l.status == ListingStatus::Read && reported(&l.rel))
                    .map(|l| l.rel.clone())
                    .collect();
                ci::junit(&diags, &ws.sources, &files, ui.lang, &git_prefix(&ws.root))
            }
            OutputFormat::Github => ci::github(&diags, &ws.sources, ui.lang, &git_prefix(&ws.root)),
        }
    };
    // The job summary is written once, whichever way the github format is asked for.
    if args.format == OutputFormat::Github
        || args.reports.iter().any(|(f, _)| *f == OutputFormat::Github)
    {
        super::append_step_summary(&ui.shown(&ci::github_summary(
            &diags,
            &ws.sources,
            ui.lang,
            &git_prefix(&ws.root),
        )));
    }
    for (format, file) in &args.reports {
        super::write_output(ui, file, ui.shown(&render_as(*format, false)).as_bytes())?;
    }
    if args.statistics {
        ui.out(&statistics(&diags, ui.lang))?;
    } else if args.format == OutputFormat::Json {
        // Streamed: an agency's coverage findings never exist as one JSON text in memory.
        let summary = render::JsonSummary {
            files: ws.files_read,
            ignored: ws.listing.len() - ws.files_read,
            as_of: as_of.map(|d| d.to_string()),
        };
        ui.out_with(|w| render::write_json(&diags, &ws.sources, ui.lang, &summary, w))?;
    } else {
        ui.out(&render_as(args.format, ui.color))?;
    }
    let summary = if diags.is_empty() {
        Msg::SummaryClean {
            files: ws.files_read,
        }
    } else {
        Msg::Summary {
            files: ws.files_read,
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
        }
    };
    let mut line = summary.render(ui.lang);
    for n in &notes {
        line.push_str(&format!("; {n}"));
    }
    if outcome.hidden > 0 && args.format == OutputFormat::Human {
        line.push_str(&format!(
            "; {}",
            Msg::SummaryHidden { n: outcome.hidden }.render(ui.lang)
        ));
    }
    ui.err_text(&format!("{line}\n"));

    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    };
    Ok(
        if !args.exit_zero && diags.iter().any(|d| d.severity >= threshold) {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        },
    )
}

/// PATH arguments as workspace-relative prefixes; an empty prefix means the whole workspace. A
/// path outside the workspace is an error (its name is returned), never silently dropped.
/// Why the walk left a file out, in words.
fn ignore_reason(r: crate::workspace::IgnoreReason) -> Msg {
    use crate::workspace::IgnoreReason as R;
    match r {
        R::NotOurs => Msg::IgnoreReasonNotOurs,
        R::Nested => Msg::IgnoreReasonNested,
        R::SymlinkOutside => Msg::IgnoreReasonSymlink,
        R::SymlinkBroken => Msg::IgnoreReasonSymlinkBroken,
        R::Special => Msg::IgnoreReasonSpecial,
        R::SymlinkDuplicate => Msg::IgnoreReasonDuplicate,
        R::Untracked => Msg::IgnoreReasonUntracked,
        R::Unlisted => Msg::IgnoreReasonUnlisted,
        R::IgnoreFileUnreadable => Msg::IgnoreReasonIgnoreFile,
        R::GitIgnored => Msg::IgnoreReasonGitIgnored,
    }
}

/// Refuses a PATH named on the command line under which nothing was read: `skp check
/// .drafts/skp-2026.yaml` said "no findings" of a file it never opened. A folder that could not
/// be opened on the way is reported by the check itself (F008).
fn refuse_unread_paths(ui: &Ui, ws: &Workspace, filters: &[String]) -> Result<(), u8> {
    for f in filters.iter().filter(|f| !f.is_empty()) {
        let at_or_under = |rel: &str| rel == f || rel.starts_with(&format!("{f}/"));
        let seen = ws.listing.iter().any(|l| {
            (l.status == ListingStatus::Read && at_or_under(&l.rel))
                || (l.status == ListingStatus::Ignored(crate::workspace::IgnoreReason::Unlisted)
                    && (at_or_under(&l.rel) || f.starts_with(&format!("{}/", l.rel))))
        });
        if seen {
            continue;
        }
        let reason = match ws.listing.iter().find(|l| at_or_under(&l.rel)) {
            Some(l) => match l.status {
                ListingStatus::Ignored(r) => ignore_reason(r),
                ListingStatus::Read => Msg::PathNotInWorkspace,
            },
            None if !ws.root.join(f).exists() => Msg::PathNotThere,
            None => Msg::PathNotInWorkspace,
        };
        return Err(ui.fatal(
            &Msg::CheckPathNotRead {
                path: f.clone(),
                reason: reason.render(ui.lang),
            },
            Some(&Msg::HelpCheckPathNotRead),
        ));
    }
    Ok(())
}

fn report_filters(root: &Path, cwd: &Path, paths: &[PathBuf]) -> Result<Vec<String>, String> {
    paths
        .iter()
        .map(|p| {
            let abs = if p.is_absolute() {
                p.clone()
            } else {
                cwd.join(p)
            };
            let abs = std::fs::canonicalize(&abs).unwrap_or(abs);
            let rel = abs
                .strip_prefix(root)
                .map_err(|_| p.display().to_string())?;
            Ok(crate::workspace::relative_path(rel))
        })
        .collect()
}

fn statistics(diags: &[crate::diag::Diagnostic], lang: crate::i18n::Lang) -> String {
    let mut per: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
    for d in diags {
        let e = per.entry(d.code).or_insert((0, d.severity));
        e.0 += 1;
        e.1 = e.1.max(d.severity);
    }
    let mut rows: Vec<_> = per.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (code, (n, sev)) in rows {
        let name = rules::find(code).map_or("", |r| r.name);
        let sev = lang.severity(sev);
        out.push_str(&format!("{n:>6}  {code:<5} {sev:<10} {name}\n"));
    }
    out
}

/// The git repository root above `root`, if any.
pub fn git_root(root: &Path) -> Option<PathBuf> {
    root.ancestors()
        .find(|a| a.join(".git").exists())
        .map(Path::to_path_buf)
}

/// The workspace's path inside its git repository (`""` at the top or outside git).
fn git_prefix(root: &Path) -> String {
    git_root(root)
        .and_then(|g| {
            root.strip_prefix(&g)
                .ok()
                .map(crate::workspace::relative_path)
        })
        .unwrap_or_default()
}

#[derive(serde::Serialize, serde::Deserialize)]
struct BaselineEntry {
    fingerprint: String,
    code: String,
    subject: Option<String>,
    /// The file the finding was in when recorded (absent in baselines of earlier versions):
    /// a finding of a file this run did not read or report on is not "gone".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    file: Option<String>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Baseline {
    version: u32,
    findings: Vec<BaselineEntry>,
}

/// Keeps, in place, the findings (and their fingerprints, index by index) that `keep` accepts:
/// an agency's tens of thousands of findings are never copied to filter them.
fn retain_both(
    diags: &mut Vec<Diagnostic>,
    prints: &mut Vec<String>,
    keep: impl Fn(&Diagnostic, &String) -> bool,
) {
    let flags: Vec<bool> = diags
        .iter()
        .zip(prints.iter())
        .map(|(d, f)| keep(d, f))
        .collect();
    let mut i = 0;
    diags.retain(|_| {
        i += 1;
        flags[i - 1]
    });
    let mut i = 0;
    prints.retain(|_| {
        i += 1;
        flags[i - 1]
    });
}

/// Whether a baseline may hide the finding. A file that could not be read or parsed (F001,
/// F008, F009) was not checked at all: like `--ignore` and suppression comments, a baseline
/// does not hide it, or a broken file would stay unchecked for good. (`--changed-since` does:
/// it asks only what a change adds, and the base revision's own check shows the rest.)
fn hideable(d: &Diagnostic) -> bool {
    crate::rules::registry::find(d.code).is_none_or(|r| r.hideable)
}

fn write_baseline(
    ui: &Ui,
    file: &Path,
    ws: &Workspace,
    diags: &[Diagnostic],
    prints: &[String],
) -> Result<u8, u8> {
    let unhideable: Vec<&Diagnostic> = diags.iter().filter(|d| !hideable(d)).collect();
    let mut findings: Vec<BaselineEntry> = diags
        .iter()
        .zip(prints)
        .filter(|(d, _)| hideable(d))
        .map(|(d, f)| BaselineEntry {
            fingerprint: f.clone(),
            code: d.code.to_string(),
            // For people reading the file; a link's password never (D108), as in every output.
            subject: d
                .subject
                .as_deref()
                .map(|s| crate::privacy::mask_in_place(s).into_owned()),
            file: Some(ws.rel(d.file).to_string()),
        })
        .collect();
    findings.sort_by(|a, b| {
        (&a.code, &a.subject, &a.fingerprint).cmp(&(&b.code, &b.subject, &b.fingerprint))
    });
    let mut text = serde_json::to_string_pretty(&Baseline {
        version: 1,
        findings,
    })
    .unwrap_or_default();
    text.push('\n');
    // A file the user names, written as `-o` writes: never a plan or the configuration.
    super::write_output(ui, file, text.as_bytes())?;
    ui.err_text(&format!(
        "{}\n",
        Msg::BaselineWritten {
            n: diags.len() - unhideable.len(),
            file: file.display().to_string()
        }
        .render(ui.lang)
    ));
    if let Some(first) = unhideable.first() {
        let mut codes: Vec<&str> = unhideable.iter().map(|d| d.code).collect();
        codes.sort_unstable();
        codes.dedup();
        ui.warn(&Msg::BaselineUnhideable {
            n: unhideable.len(),
            codes: codes.join(", "),
            file: ws.rel(first.file).to_string(),
        });
    }
    Ok(EXIT_OK)
}

fn read_baseline(ui: &Ui, file: &Path) -> Result<Vec<BaselineEntry>, u8> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        ui.fatal(
            &Msg::Unreadable {
                error: format!("{}: {}", file.display(), crate::i18n::io_error(&e)),
            },
            None,
        )
    })?;
    let b: Baseline = serde_json::from_str(&text).map_err(|e| {
        use serde_json::error::Category;
        ui.fatal(
            &Msg::BaselineInvalid {
                file: file.display().to_string(),
                line: e.line(),
                column: e.column(),
                // Broken JSON (cut off, hand-edited) or JSON that is no baseline of skp's.
                json: matches!(e.classify(), Category::Syntax | Category::Eof),
            },
            Some(&Msg::HelpBaselineInvalid),
        )
    })?;
    Ok(b.findings)
}

/// The fingerprints of the findings at git revision `rev`: the same check run in a temporary
/// worktree (with that revision's own skp.toml), so that a change breaking other people's
/// references is found exactly.
fn check_revision(
    ui: &Ui,
    ws: &Workspace,
    rev: &str,
    args: &CheckArgs,
    as_of: Option<Date>,
) -> Result<HashSet<String>, u8> {
    let Some(git) = git_root(&ws.root) else {
        return Err(ui.fatal(&Msg::NotGit, None));
    };
    let rel = ws
        .root
        .strip_prefix(&git)
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let tmp = tempfile::Builder::new()
        .prefix("skp-rev-")
        .tempdir()
        .map_err(|e| {
            ui.fatal(
                &Msg::OutputFailed {
                    error: crate::i18n::io_error(&e),
                },
                None,
            )
        })?;
    let wt = tmp.path().join("wt");
    let git_cmd = |a: &[&std::ffi::OsStr]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(&git)
            .args(a)
            .output()
    };
    let failed = |error: String| {
        ui.fatal(
            &Msg::GitFailed {
                rev: rev.to_string(),
                error,
            },
            None,
        )
    };
    // The revision is resolved to a commit first, after `--end-of-options`: a value such as
    // `--lock` is a revision that does not exist, never an option of git's.
    let commit = match git_cmd(&[
        "rev-parse".as_ref(),
        "--verify".as_ref(),
        "--end-of-options".as_ref(),
        format!("{rev}^{{commit}}").as_ref(),
    ]) {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).trim().to_string(),
        Ok(o) => {
            return Err(failed(
                String::from_utf8_lossy(&o.stderr).trim().to_string(),
            ));
        }
        Err(e) => return Err(failed(e.to_string())),
    };
    let added = git_cmd(&[
        "worktree".as_ref(),
        "add".as_ref(),
        "--detach".as_ref(),
        "--quiet".as_ref(),
        wt.as_os_str(),
        commit.as_ref(),
    ]);
    match added {
        Ok(o) if o.status.success() => {}
        Ok(o) => {
            return Err(failed(
                String::from_utf8_lossy(&o.stderr).trim().to_string(),
            ));
        }
        Err(e) => return Err(failed(e.to_string())),
    }
    let old_root = wt.join(&rel);
    let result = (|| {
        let text = std::fs::read_to_string(old_root.join("skp.toml")).ok()?;
        let cfg = config::parse(&text).ok()?;
        let exempt = !args.no_exemptions;
        let settings = Settings::new(
            &Exemptions::rules_in_force(&cfg.rules, exempt),
            &args.select,
            &args.ignore,
        )
        .ok()?;
        let old = Workspace::load(old_root.clone(), cfg);
        let out = analyse(&old, &settings, as_of, exempt);
        Some(
            fingerprint::fingerprints(&old, &out.diagnostics)
                .into_iter()
                .collect::<HashSet<_>>(),
        )
    })();
    let _ = git_cmd(&[
        "worktree".as_ref(),
        "remove".as_ref(),
        "--force".as_ref(),
        wt.as_os_str(),
    ]);
    // No workspace at that revision: everything is new.
    Ok(result.unwrap_or_default())
}
