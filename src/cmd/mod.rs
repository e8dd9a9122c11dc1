//! Commands: each wires the one-way flow to the command line and decides the exit code.

mod approve;
mod check;
mod evaluate;
mod evidence;
mod explain;
mod export;
mod import;
mod init;
mod man;
mod render;
mod report;
mod schema;
mod target_report;
mod template;
mod today;
mod tree;

use std::io::{self, IsTerminal, Write};

use crate::cli::{Cli, ColorChoice, Command};
use crate::diag::Severity;
use crate::i18n::{Lang, Msg};

/// Exit codes: 0 clean, 1 findings at or above `--fail-on`, 2 fatal.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_FATAL: u8 = 2;

/// What every command needs to talk to the user.
pub struct Ui {
    pub lang: Lang,
    /// Colour on stdout.
    pub color: bool,
    /// Colour on stderr.
    pub color_err: bool,
    /// `-o FILE`: what the command prints is collected here and written to the file when the
    /// command has finished without a fatal error.
    pub output: Option<std::path::PathBuf>,
    buffer: std::cell::RefCell<Vec<u8>>,
    /// `--mask`: asked for, and the masker once the workspace is loaded ([`Ui::mask_for`]).
    mask_requested: std::cell::Cell<bool>,
    masker: std::cell::RefCell<Option<crate::privacy::Masker>>,
    /// Standard output's reader has gone (`skp check | head`): nothing more is written, but
    /// the run finishes and exits with its own code, so `set -o pipefail` still sees findings.
    closed: std::cell::Cell<bool>,
}

impl Ui {
    /// Writes to stdout (or, with `-o FILE`, to the file at the end). After a closed pipe
    /// (`skp check | head`) nothing more is written, quietly.
    pub fn out(&self, text: &str) -> Result<(), u8> {
        self.out_bytes(self.shown(text).as_bytes())
    }

    /// `--mask`: what the command prints is masked once [`Ui::mask_for`] has seen the workspace.
    pub fn request_mask(&self, mask: bool) {
        self.mask_requested.set(mask);
    }

    /// Builds the masker from the loaded workspace when `--mask` was given. `subject`, the NIP a
    /// document is about, keeps its own name and NIP.
    pub fn mask_for(&self, ws: &crate::workspace::Workspace, subject: Option<&str>) {
        if self.mask_requested.get() {
            *self.masker.borrow_mut() = Some(crate::privacy::Masker::new(ws, subject));
        }
    }

    /// `text` as it may be shown: masked under `--mask`. Every text output passes here, so no
    /// renderer can forget a field.
    pub fn shown<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        match &*self.masker.borrow() {
            Some(m) => std::borrow::Cow::Owned(m.apply(text)),
            None => std::borrow::Cow::Borrowed(text),
        }
    }

    /// Streams output written by `write` (a large JSON document) to stdout through a buffer, or
    /// collects it for `-o FILE`; a closed pipe is quiet, like [`Ui::out`].
    pub fn out_with(&self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), u8> {
        if self.closed.get() {
            return Ok(());
        }
        if self.masker.borrow().is_some() {
            // Masking needs the whole text (a name may cross a buffer boundary).
            let mut text = Vec::new();
            return match write(&mut text) {
                Ok(()) => self.out(&String::from_utf8_lossy(&text)),
                Err(e) => self.write_failed(e),
            };
        }
        let result = if self.output.is_some() {
            write(&mut *self.buffer.borrow_mut())
        } else {
            let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            write(&mut out).and_then(|()| out.flush())
        };
        result.or_else(|e| self.write_failed(e))
    }

    /// A failed write to the output: a closed pipe (`skp check | head`) is quiet and the run
    /// goes on to its own exit code (findings or not: a CI job's `pipefail` must not pass a
    /// failing check because `head` stopped reading); anything else is said and fatal.
    fn write_failed(&self, e: io::Error) -> Result<(), u8> {
        if e.kind() == io::ErrorKind::BrokenPipe {
            self.closed.set(true);
            return Ok(());
        }
        self.err_line(&Msg::OutputFailed {
            error: crate::i18n::io_error(&e),
        });
        Err(EXIT_FATAL)
    }

    /// As [`Ui::out`], for output that is not text (`render --pdf`).
    pub fn out_bytes(&self, bytes: &[u8]) -> Result<(), u8> {
        if self.output.is_some() {
            self.buffer.borrow_mut().extend_from_slice(bytes);
            return Ok(());
        }
        if self.closed.get() {
            return Ok(());
        }
        let mut stdout = io::stdout().lock();
        stdout
            .write_all(bytes)
            .and_then(|_| stdout.flush())
            .or_else(|e| self.write_failed(e))
    }

    /// A line on stderr (errors, summaries). Failure to write stderr is ignored.
    pub fn err_text(&self, text: &str) {
        let mut stderr = io::stderr().lock();
        let _ = stderr.write_all(text.as_bytes());
    }

    pub fn err_line(&self, msg: &Msg) {
        self.err_text(&format!(
            "skp: {}\n",
            crate::render::escape_control(&msg.render(self.lang))
        ));
    }

    /// `peringatan: message` (`warning:`) on stderr: the command goes on, but the user should
    /// know.
    pub fn warn(&self, msg: &Msg) {
        self.err_text(&format!(
            "{}: {}\n",
            self.lang.severity(Severity::Warning),
            crate::render::escape_control(&msg.render(self.lang))
        ));
    }

    /// `kesalahan: message` + `= saran: …` (`error:`, `help:`) on stderr, for fatal problems
    /// (exit 2).
    pub fn fatal(&self, msg: &Msg, help: Option<&Msg>) -> u8 {
        // Messages quote file names and values from files: one line each, nothing raw.
        let esc = |m: &Msg| crate::render::escape_control(&m.render(self.lang)).into_owned();
        let mut s = format!("{}: {}\n", self.lang.severity(Severity::Error), esc(msg));
        if let Some(h) = help {
            s.push_str(&format!("  = {}: {}\n", self.lang.help_label(), esc(h)));
        }
        self.err_text(&s);
        EXIT_FATAL
    }
}

fn color_enabled(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> u8 {
    let lang = match cli.lang.as_deref() {
        None | Some("") => Lang::Id,
        Some(l) => match Lang::parse(l) {
            Some(lang) => lang,
            None => {
                let ui = Ui {
                    lang: Lang::Id,
                    color: false,
                    color_err: false,
                    output: None,
                    buffer: Default::default(),
                    mask_requested: Default::default(),
                    masker: Default::default(),
                    closed: Default::default(),
                };
                return ui.fatal(
                    &Msg::BadLang {
                        value: l.to_string(),
                    },
                    None,
                );
            }
        },
    };
    crate::i18n::set_process_lang(lang);
    // `-o FILE` is the command's output; `-o FORMAT=FILE` further reports of `skp check`.
    let is_check = matches!(cli.command, Command::Check(_));
    let mut output: Option<std::path::PathBuf> = None;
    let mut reports: Vec<(crate::cli::OutputFormat, std::path::PathBuf)> = Vec::new();
    for value in &cli.output {
        let problem = match crate::cli::parse_report(value) {
            Err(crate::cli::ReportProblem::UnknownFormat { format, allowed }) => {
                Some(Msg::OutputUnknownFormat { format, allowed }.render(lang))
            }
            Err(crate::cli::ReportProblem::NoFile { format }) => {
                Some(Msg::OutputNoFile { format }.render(lang))
            }
            Ok(None) if value.is_empty() => Some(Msg::OutputEmpty.render(lang)),
            // Two reports into one file: one would silently replace the other. `-` is standard
            // output, where the command's own output goes unless `-o FILE` sends it elsewhere.
            Ok(Some((_, file)))
                if output.iter().any(|o| same_file(o, &file))
                    || reports.iter().any(|(_, f)| same_file(f, &file))
                    || (file.as_os_str() == "-"
                        && cli.output.iter().all(|v| {
                            !matches!(crate::cli::parse_report(v), Ok(None)) || v == "-"
                        })) =>
            {
                Some(Msg::OutputTwice.render(lang))
            }
            Ok(None)
                if reports
                    .iter()
                    .any(|(_, f)| same_file(f, std::path::Path::new(value))) =>
            {
                Some(Msg::OutputTwice.render(lang))
            }
            Ok(Some(r)) if is_check => {
                reports.push(r);
                None
            }
            Ok(Some(_)) => Some(Msg::HelpOutput.render(lang)),
            Ok(None) if output.is_some() => Some(Msg::HelpOutput.render(lang)),
            Ok(None) => {
                output = Some(std::path::PathBuf::from(value));
                None
            }
        };
        if let Some(detail) = problem {
            let plain = Ui {
                lang,
                color: false,
                color_err: false,
                output: None,
                buffer: Default::default(),
                mask_requested: Default::default(),
                masker: Default::default(),
                closed: Default::default(),
            };
            return plain.fatal(
                &Msg::BadOutput {
                    value: value.clone(),
                    detail,
                },
                None,
            );
        }
    }
    let ui = Ui {
        lang,
        // A file gets no colour codes.
        color: output.is_none() && color_enabled(cli.color, io::stdout().is_terminal()),
        color_err: color_enabled(cli.color, io::stderr().is_terminal()),
        output,
        buffer: Default::default(),
        mask_requested: Default::default(),
        masker: Default::default(),
        closed: Default::default(),
    };
    // Every name is judged before the command runs, so that a refused one never leaves the
    // others written and the command's own work done (an approval recorded, then exit 2).
    for path in ui.output.iter().chain(reports.iter().map(|(_, f)| f)) {
        if let Err(code) = output_allowed(&ui, path) {
            return code;
        }
        // A folder on the way that is a file can never be made: said now, before another
        // report is written and this one fails after it.
        if !crate::fsutil::is_stream(path)
            && let Some(file) = file_on_the_way(path)
        {
            return ui.fatal(
                &Msg::OutputFailed {
                    error: Msg::OutputNotAFolder {
                        path: path.display().to_string(),
                        file: file.display().to_string(),
                    }
                    .render(ui.lang),
                },
                Some(&Msg::HelpOutputFailed),
            );
        }
    }
    let result = match cli.command {
        Command::Check(mut args) => {
            args.reports = reports;
            check::run(&ui, args)
        }
        Command::Init(args) => init::run(&ui, args),
        Command::Schema(args) => schema::run(&ui, args),
        Command::Evidence(c) => evidence::run(&ui, c),
        Command::Tree(args) => tree::run(&ui, args),
        Command::Report(args) => report::run(&ui, args),
        Command::Evaluate(args) => evaluate::run(&ui, args),
        Command::Export(args) => export::run(&ui, args),
        Command::Import(args) => import::run(&ui, args),
        Command::Template(args) => template::run(&ui, args),
        Command::Render(args) => render::run(&ui, args),
        Command::Approve(args) => approve::run(&ui, args),
        Command::Rules => explain::list(&ui),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut cmd, "skp", &mut buf);
            ui.out(&String::from_utf8_lossy(&buf)).map(|_| EXIT_OK)
        }
        Command::Man { out_dir } => man::run(&ui, out_dir.as_deref()),
        Command::Explain { code } => explain::explain(&ui, &code),
    };
    let code = result.unwrap_or_else(|code| code);
    // A command that could not run leaves no half-made file behind.
    match &ui.output {
        Some(path) if code != EXIT_FATAL => {
            let bytes = std::mem::take(&mut *ui.buffer.borrow_mut());
            write_output(&ui, path, &bytes).err().unwrap_or(code)
        }
        _ => code,
    }
}

/// The fatal error for a date argument that is not YYYY-MM-DD, with the date it most likely
/// means (`31-12-2026` → `2026-12-31`).
pub(crate) fn bad_date(ui: &Ui, value: &str) -> u8 {
    let meant = crate::model::date::Date::meant(value).map(|d| Msg::HelpDidYouMean {
        suggestion: d.to_string(),
    });
    ui.fatal(
        &Msg::BadDateArg {
            value: value.to_string(),
        },
        meant.as_ref(),
    )
}

/// The help for a period argument that is not one: the period it most likely means
/// (`TW1-2026` → `2026-TW1`), else the forms a period takes.
pub(crate) fn period_help(value: &str) -> Msg {
    match crate::model::period::Period::meant(value) {
        Some(p) => Msg::HelpDidYouMean {
            suggestion: p.to_string(),
        },
        None => Msg::HelpPeriodForms,
    }
}

/// Stops a command that picks `nip`'s SKP when a plan in their folder could not be read, or
/// their folder (or one above it) could not be opened: the one it would pick instead (an older
/// one), or "no SKP for this NIP", is not what the user means.
pub(crate) fn refuse_unreadable_skp(
    ui: &Ui,
    ws: &crate::workspace::Workspace,
    nip: &str,
) -> Result<(), u8> {
    if let Some(file) = ws.unreadable_skps_of(nip).first() {
        let (msg, help) = unreadable_skp_msg(nip, file);
        return Err(ui.fatal(&msg, Some(&help)));
    }
    if let Some(folder) = ws.unlisted_over(nip) {
        return Err(ui.fatal(
            &Msg::SkpFolderUnlisted {
                nip: nip.to_string(),
                folder: folder.to_string(),
            },
            Some(&Msg::HelpFolderUnlisted),
        ));
    }
    Ok(())
}

/// Refuses a `--unit` that no SKP's `unit_kerja` contains: a typo gave an empty report that
/// passed `--fail-on gap`. The help names the closest unit of the workspace.
pub(crate) fn refuse_unknown_unit(
    ui: &Ui,
    ws: &crate::workspace::Workspace,
    unit: Option<&str>,
) -> Result<(), u8> {
    let Some(unit) = unit else {
        return Ok(());
    };
    let wanted = unit.to_lowercase();
    let units: std::collections::BTreeSet<&str> = ws
        .skps()
        .map(|(_, s)| s.pegawai.unit_kerja.value.as_str())
        .collect();
    if units.iter().any(|u| u.to_lowercase().contains(&wanted)) {
        return Ok(());
    }
    // Judged against each comma-separated part as well: `--unit` names part of a unit.
    let likeness = |u: &str| {
        std::iter::once(u)
            .chain(u.split(','))
            .map(|part| strsim::normalized_levenshtein(&part.trim().to_lowercase(), &wanted))
            .fold(0.0, f64::max)
    };
    let closest = units
        .iter()
        .map(|u| (likeness(u), *u))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        // Only a likely typo: `--unit zzzz` is told no unit, not an unrelated one.
        .filter(|(likeness, _)| *likeness >= 0.5)
        .map(|(_, u)| u.to_string());
    Err(ui.fatal(
        &Msg::NoSkpForUnit {
            unit: unit.to_string(),
        },
        closest.map(|unit| Msg::HelpUnitClosest { unit }).as_ref(),
    ))
}

/// Warns of what a count over the workspace (a report, the cascade, a unit's distribution)
/// leaves out, which must not look complete: each folder the walk could not open, and each
/// file declaring one of `kinds` that could not be read (a YAML error in one plan dropped its
/// employee from a unit's coverage in silence). Returns those files and folders.
pub(crate) fn warn_left_out<'w>(
    ui: &Ui,
    ws: &'w crate::workspace::Workspace,
    kinds: &[crate::model::Kind],
) -> Vec<&'w str> {
    let folders = ws.unlisted_folders();
    for folder in &folders {
        ui.warn(&Msg::FolderUnlistedLeftOut {
            folder: folder.to_string(),
        });
    }
    let files = ws.unreadable_of_kinds(kinds);
    for file in &files {
        ui.warn(&Msg::FileUnreadableLeftOut {
            file: file.to_string(),
        });
    }
    folders.into_iter().chain(files).collect()
}

/// The message (and help) for an unreadable plan in `nip`'s folder.
pub(crate) fn unreadable_skp_msg(nip: &str, file: &str) -> (Msg, Msg) {
    (
        Msg::SkpUnreadable {
            nip: nip.to_string(),
            file: file.to_string(),
        },
        Msg::HelpSkpUnreadable {
            file: file.to_string(),
        },
    )
}

/// Refuses a command-line text holding a password in a link (`--note`, `--alasan`) before
/// anything is written: the file it would go into is committed and machine-owned, so `check`'s
/// D108 could only be answered by editing a file marked not to be edited.
/// Refuses a value skp would write into a file it owns (an approval's note, an exemption's
/// reason) when it holds personal data the D rules report there (`[privacy] allow` aside):
/// the file is read by everyone who opens the repository, and marked not to be edited by
/// hand, so a finding on it could never be cleared.
pub(crate) fn refuse_personal_data(
    ui: &Ui,
    allow: &[String],
    flag: &'static str,
    value: &str,
) -> Result<(), u8> {
    refuse_password(ui, flag, value)?;
    let allow = crate::privacy::Allow::new(allow);
    if let Some(found) = crate::privacy::find(value, &allow).first() {
        return Err(ui.fatal(
            &Msg::ArgPersonalData {
                flag,
                code: found.kind.code(),
                value: crate::privacy::mask_in_place_except(value, &allow).into_owned(),
            },
            Some(&Msg::HelpArgPersonalData { flag }),
        ));
    }
    Ok(())
}

fn refuse_password(ui: &Ui, flag: &'static str, value: &str) -> Result<(), u8> {
    if crate::privacy::has_password(value) {
        return Err(ui.fatal(
            &Msg::ArgPassword {
                flag,
                value: crate::privacy::mask_passwords(value).into_owned(),
            },
            Some(&Msg::HelpArgPassword { flag }),
        ));
    }
    Ok(())
}

/// Warns that `skp` still holds the example text `skp init` wrote (placeholder names, sample
/// results): the scaffold passes `check`, but it is no plan to print or approve.
pub(crate) fn warn_example_text(ui: &Ui, skp: &crate::model::skp::Skp) {
    let fields = crate::model::example::fields(skp);
    if !fields.is_empty() {
        ui.warn(&Msg::ExampleTextLeft {
            skp: skp.resolved_id.value.clone(),
            fields: fields.join(", "),
        });
    }
}

/// Warns that the plan in `file` still has errors of structure or SMART by `skp check`: a
/// form printed or an approval recorded from it carries them (a blank target cell, a vague
/// indicator signed off). The command goes on; the errors are the plan's to fix. Returns the
/// line a printed form carries about them (see [`unfinished`]).
pub(crate) fn warn_plan_errors(
    ui: &Ui,
    ws: &crate::workspace::Workspace,
    skp: &crate::model::skp::Skp,
    file: crate::base::FileId,
) -> Option<String> {
    // Alignment too: a plan that intervenes a result its superior does not have (K102) is
    // not ready to print or to agree on.
    let (n, code, line) = first_error(ws, file, &["F", "S", "K"])?;
    ui.warn(&Msg::PlanHasErrors {
        skp: skp.resolved_id.value.clone(),
        n,
        file: ws.rel(file).to_string(),
        code: code.clone(),
        line,
    });
    Some(unfinished(ws, file, n, code, line))
}

/// The line at the top of a form printed from a file that still has errors: a figure on it
/// may be wrong (a realisasi `{ realisasi: 2,5 % }` cut at its comma), and the paper must say
/// so, not only the terminal that printed it. Always in Indonesian, as the forms are.
fn unfinished(
    ws: &crate::workspace::Workspace,
    file: crate::base::FileId,
    n: usize,
    code: String,
    line: u32,
) -> String {
    Msg::RenderUnfinished {
        file: ws.rel(file).to_string(),
        n,
        code,
        line,
    }
    .render(crate::i18n::Lang::Id)
}

/// Warns that the evaluation in `file` still has errors of structure or of evaluation by
/// `skp check`: a form printed from it carries them (a predikat the matrix does not give,
/// N108, signed as if it did). The command goes on; the errors are the evaluation's to fix.
/// Returns the line a printed form carries about them.
/// `errors`: [`errors_by_file`] for `F` and `N`, computed once however many files are asked
/// about.
pub(crate) fn warn_evaluation_errors(
    ui: &Ui,
    ws: &crate::workspace::Workspace,
    periode: &str,
    file: crate::base::FileId,
    errors: &std::collections::HashMap<crate::base::FileId, FileErrors>,
) -> Option<String> {
    let FileErrors { count, code, line } = errors.get(&file)?.clone();
    ui.warn(&Msg::EvaluationHasErrors {
        periode: periode.to_string(),
        n: count,
        file: ws.rel(file).to_string(),
        code: code.clone(),
        line,
    });
    Some(unfinished(ws, file, count, code, line))
}

/// How many errors `skp check --select <families>` finds in `file`, with the code and line of
/// the first.
fn first_error(
    ws: &crate::workspace::Workspace,
    file: crate::base::FileId,
    families: &[&str],
) -> Option<(usize, String, u32)> {
    errors_by_file(ws, families)
        .remove(&file)
        .map(|e| (e.count, e.code, e.line))
}

/// The Realisasi files of `skp` for the periods up to the end of `periode`, in file order:
/// what a capaian rolled up by `perhitungan` rests on, besides the evaluation's own file.
pub(crate) fn evaluations_to_date(
    ws: &crate::workspace::Workspace,
    skp: &crate::model::skp::Skp,
    periode: crate::model::period::Period,
) -> Vec<crate::base::FileId> {
    let end = periode.bounds().1;
    ws.docs
        .iter()
        .filter(|d| match &d.content {
            crate::model::Content::Realisasi(r) => {
                r.skp.value == skp.resolved_id.value && r.periode.value.bounds().1 <= end
            }
            _ => false,
        })
        .map(|d| d.file)
        .collect()
}

/// The errors `skp check` finds in one file: how many, and the code and line of the first.
#[derive(Debug, Clone)]
pub(crate) struct FileErrors {
    pub count: usize,
    pub code: String,
    pub line: u32,
}

/// For every file in which `skp check --select <families>` finds errors: how many, with the
/// code and line of the first. One analysis, however many files are asked about.
pub(crate) fn errors_by_file(
    ws: &crate::workspace::Workspace,
    families: &[&str],
) -> std::collections::HashMap<crate::base::FileId, FileErrors> {
    let mut out = std::collections::HashMap::new();
    let select: Vec<String> = families.iter().map(|f| f.to_string()).collect();
    let Ok(settings) = crate::rules::Settings::new(&ws.config.rules, &select, &[]) else {
        return out;
    };
    let outcome = check::analyse(ws, &settings, None, true);
    for d in outcome
        .diagnostics
        .iter()
        .filter(|d| d.severity == crate::diag::Severity::Error)
    {
        let line = ws.sources.locate(d.file, d.span).line;
        let e = out.entry(d.file).or_insert_with(|| FileErrors {
            count: 0,
            code: d.code.to_string(),
            line,
        });
        e.count += 1;
        // The first in the file, whatever order the rules ran in.
        if line < e.line {
            e.code = d.code.to_string();
            e.line = line;
        }
    }
    out
}

/// Appends to the job summary file the GitHub runner names in `GITHUB_STEP_SUMMARY`, if any.
/// That file is the runner's, outside the workspace by design, so it does not go through the
/// workspace's safe-write path; a failure to write it never fails the command.
pub fn append_step_summary(text: &str) {
    use std::io::Write;
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY") else {
        return;
    };
    // Never a plan, a ledger or skp.toml, whatever the variable says: the `-o` rule.
    let ext = std::path::Path::new(&path)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    if matches!(ext.as_deref(), Some("yaml" | "yml" | "toml")) {
        return;
    }
    // Not through fsutil: the runner's file, named by the runner, outside the workspace.
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = f.write_all(text.as_bytes());
    }
}

/// Refuses an `-o` that names `file`, a file the command reads or writes itself: the output
/// would replace what it read (`import rencana.csv --dry-run -o rencana.csv`) or what it just
/// wrote (`template --xlsx t.xlsx -o t.xlsx` left an empty file).
pub(crate) fn output_is_not(ui: &Ui, file: &std::path::Path) -> Result<(), u8> {
    let Some(out) = &ui.output else {
        return Ok(());
    };
    if same_file(out, file) {
        return Err(ui.fatal(
            &Msg::OutputIsInput {
                path: out.display().to_string(),
            },
            Some(&Msg::HelpOutputOtherName),
        ));
    }
    Ok(())
}

/// Refuses a report of `skp check` (`-o FORMAT=FILE`) that names `file`, which the command
/// reads or writes itself (a baseline).
pub(crate) fn reports_are_not(
    ui: &Ui,
    reports: &[(crate::cli::OutputFormat, std::path::PathBuf)],
    file: &std::path::Path,
) -> Result<(), u8> {
    match reports.iter().find(|(_, r)| same_file(r, file)) {
        Some((_, r)) => Err(ui.fatal(
            &Msg::OutputIsInput {
                path: r.display().to_string(),
            },
            Some(&Msg::HelpOutputOtherName),
        )),
        None => Ok(()),
    }
}

/// Whether two names are one file (`./a.json`, `a.json`, `x/../a.json`, `link-to-here/a.json`;
/// a link to a file and its target). Standard output is no file.
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    if a.as_os_str() == "-" || b.as_os_str() == "-" {
        return a == b;
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => crate::fsutil::resolved(a) == crate::fsutil::resolved(b),
    }
}

/// Refuses an output name that could hurt the workspace whatever the command writes.
fn output_name_allowed(ui: &Ui, path: &std::path::Path) -> Result<(), u8> {
    // skp never writes YAML or TOML output: an existing file of those kinds is a plan, a
    // ledger or a configuration someone wrote, which a slip of `-o` must not replace, and a
    // new one would be read as one (a `skp.toml` made by `-o` hides its folder from `check`).
    let plan_name = path.file_name().is_some_and(|n| {
        let plan = |n: &str| {
            let n = n.to_ascii_lowercase();
            [".yaml", ".yml", ".toml"].iter().any(|e| n.ends_with(e))
        };
        plan(&n.to_string_lossy()) || plan(&as_windows_reads(n))
    });
    if plan_name {
        return Err(ui.fatal(
            &Msg::OutputWouldReplaceInput {
                path: path.display().to_string(),
            },
            Some(&Msg::HelpOutputOtherName),
        ));
    }
    // A `..` after a name that is not a folder yet (or a link) means one file to the checks
    // below and another once the write has made the folders: `x/../laporan.txt` was judged a
    // new name while the write replaced `laporan.txt`, recorded evidence.
    if !crate::fsutil::is_stream(path)
        && let Some(name) = crate::fsutil::dotdot_after_unknown(path)
    {
        return Err(ui.fatal(
            &Msg::OutputDotDot {
                path: path.display().to_string(),
                name: name.display().to_string(),
            },
            Some(&Msg::HelpOutputDotDot),
        ));
    }
    // Git's and skp's own folders hold what they rebuild or depend on, never a report.
    // Judged on the name as typed and on where its links lead (`out -> .git`).
    let internal = |p: &std::path::Path| {
        p.components().any(|c| {
            // Either spelling: a case-insensitive file system (macOS, Windows) takes `.GIT`.
            matches!(c, std::path::Component::Normal(n)
            if [".git", ".skp"].iter().any(|d| {
                n.eq_ignore_ascii_case(d) || as_windows_reads(n).eq_ignore_ascii_case(d)
            }))
        })
    };
    // A folder the whole run sits in (a checkout below some `.skp`) is not one the link adds.
    let stream = crate::fsutil::is_stream(path);
    let through_link = !stream
        && internal(&crate::fsutil::resolved(path))
        && !internal(&crate::fsutil::lexical(path));
    if internal(path) || through_link {
        return Err(ui.fatal(
            &Msg::OutputInternalFolder {
                path: path.display().to_string(),
            },
            Some(&Msg::HelpOutputOtherName),
        ));
    }
    // An evidence folder of a workspace holds files whose hashes a ledger records: a report
    // written over one is a tampered record, and a new one an unrecorded file beside the
    // evidence. Judged on the whole path (`-o x.pdf` from inside `bukti/` too); a folder named
    // so outside any workspace is the user's own.
    if !stream && in_evidence_folder(path) {
        return Err(ui.fatal(
            &Msg::OutputEvidenceFolder {
                path: path.display().to_string(),
            },
            Some(&Msg::HelpOutputEvidenceFolder),
        ));
    }
    Ok(())
}

/// Refuses an output name as [`output_name_allowed`] does, and an existing file that a ledger
/// records as evidence kept in place (outside `bukti/`): replaced by a report, the only copy of
/// that proof is gone. The ledgers are read, so every writer judges its names with this once,
/// before the command runs; [`write_output`] repeats only the cheap checks.
pub(crate) fn output_allowed(ui: &Ui, path: &std::path::Path) -> Result<(), u8> {
    output_name_allowed(ui, path)?;
    if crate::fsutil::is_stream(path) {
        return Ok(());
    }
    let Some((root, recorded)) = recorded_evidence(path) else {
        return Ok(());
    };
    use crate::evidence::edit::Recorded;
    let shown = |ledger: &std::path::Path| {
        crate::workspace::relative_path(ledger.strip_prefix(&root).unwrap_or(ledger))
    };
    let path = path.display().to_string();
    Err(match recorded {
        Recorded::In(ledger) => ui.fatal(
            &Msg::OutputRecordedEvidence {
                path,
                ledger: shown(&ledger),
            },
            Some(&Msg::HelpOutputOtherName),
        ),
        Recorded::MaybeIn(ledger) => ui.fatal(
            &Msg::OutputMaybeEvidence {
                path,
                ledger: shown(&ledger),
            },
            Some(&Msg::HelpOutputMaybeEvidence),
        ),
    })
}

/// The workspace root and the ledger that records the existing file at `path` as evidence.
/// Every workspace around the file is asked, nearest first: a ledger of an outer workspace may
/// record a file inside a nested one. A new name was never recorded, so the usual `-o` of a
/// fresh report reads nothing.
fn recorded_evidence(
    path: &std::path::Path,
) -> Option<(std::path::PathBuf, crate::evidence::edit::Recorded)> {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let abs = std::fs::canonicalize(path).ok()?;
    let mut from = abs.parent()?.to_path_buf();
    while let Some(root) = crate::workspace::find_root(&from) {
        if let Some(found) = crate::evidence::edit::ledger_recording(&root, &abs) {
            return Some((root, found));
        }
        from = root.parent()?.to_path_buf();
    }
    None
}

/// The nearest existing folder on the way to `path` when it is not a folder (`-o laporan/x.xml`
/// where `laporan` is a file).
fn file_on_the_way(path: &std::path::Path) -> Option<std::path::PathBuf> {
    let mut dir = crate::fsutil::lexical(path);
    while dir.pop() {
        if let Ok(meta) = std::fs::metadata(&dir) {
            return (!meta.is_dir()).then_some(dir);
        }
    }
    None
}

/// Whether `path` lies in a `bukti/` folder of a workspace (a folder whose parent is inside one),
/// by its name or where the links on its way lead.
fn in_evidence_folder(path: &std::path::Path) -> bool {
    evidence_folder_on(&crate::fsutil::lexical(path))
        || evidence_folder_on(&crate::fsutil::resolved(path))
}

/// A file or folder name as Windows resolves it: without an NTFS stream (`skp.toml::$DATA`,
/// `x.yaml:s`) and without trailing dots and spaces (`skp.toml.`, `.git `), which it drops.
/// The output guards judge this name beside the name as written, on every system, so that
/// the names that would reach a plan, `.git` or `bukti/` on Windows are refused everywhere
/// (on others no one needs them), and a name refused as written stays refused.
fn as_windows_reads(name: &std::ffi::OsStr) -> String {
    let name = name.to_string_lossy();
    let name = name.split(':').next().unwrap_or_default();
    name.trim_end_matches(['.', ' ']).to_string()
}

/// Whether the absolute path `abs` has a `bukti/` folder of a workspace on its way.
fn evidence_folder_on(abs: &std::path::Path) -> bool {
    let parts: Vec<std::path::Component> = abs.components().collect();
    parts.iter().enumerate().any(|(i, c)| {
        if !matches!(c, std::path::Component::Normal(n)
            if n.eq_ignore_ascii_case("bukti") || as_windows_reads(n).eq_ignore_ascii_case("bukti"))
        {
            return false;
        }
        // From the nearest folder on the way that exists (the output may create the rest).
        let mut dir: std::path::PathBuf = parts[..i].iter().collect();
        while !dir.is_dir() && dir.pop() {}
        crate::workspace::find_root(&dir).is_some()
    })
}

/// Refuses to replace an existing file at `path` without `force`: a workbook someone filled in
/// (`template --xlsx`, `export --xlsx`) is lost work if replaced by a slip of the name.
pub(crate) fn refuse_existing(ui: &Ui, path: &std::path::Path, force: bool) -> Result<(), u8> {
    // A name no output may take is said first: --force would not help.
    output_allowed(ui, path)?;
    // Standard output and the streams and devices `write_named` writes into are no files.
    if crate::fsutil::is_stream(path) {
        return Ok(());
    }
    match std::fs::symlink_metadata(path) {
        Ok(m) if !force && (m.is_file() || m.is_symlink()) => Err(ui.fatal(
            &Msg::OutputExists {
                path: path.display().to_string(),
            },
            Some(&Msg::HelpOutputExists),
        )),
        _ => Ok(()),
    }
}

/// The folder the command's output is saved into (`-o FILE`), for links relative to the page;
/// `None` when it goes to standard output or a stream.
pub(crate) fn output_folder(ui: &Ui) -> Option<std::path::PathBuf> {
    ui.output
        .as_deref()
        .filter(|o| !crate::fsutil::is_stream(o))
        .and_then(|o| std::path::absolute(o).ok())
        .and_then(|o| o.parent().map(std::path::Path::to_path_buf))
}

/// Writes a command's output to `path` (`-o FILE`) through the one guarded write path:
/// atomically, never through a link out of the current folder, never to a name that could
/// hurt the workspace (its writer judged it with [`output_allowed`] before the command ran).
pub(crate) fn write_output(ui: &Ui, path: &std::path::Path, bytes: &[u8]) -> Result<(), u8> {
    output_name_allowed(ui, path)?;
    match crate::fsutil::write_named(path, bytes) {
        Ok(()) => Ok(()),
        // A pipe whose reader has had enough (`-o >(head)`): nothing is lost, and the run's
        // own exit code (findings or not) stands, as it does for a report to a file.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            // A refusal of the write path names the file already; the system's reasons do not.
            let error = crate::i18n::io_error(&e);
            let shown = path.display().to_string();
            let abs = std::path::absolute(path).map(|p| p.display().to_string());
            let refusal = error.starts_with(&shown) || abs.is_ok_and(|a| error.starts_with(&a));
            if refusal {
                return Err(ui.fatal(&Msg::OutputFailed { error }, None));
            }
            // The system's own words: say what to do about them.
            Err(ui.fatal(
                &Msg::OutputFailed {
                    error: format!("{shown}: {error}"),
                },
                Some(&Msg::HelpOutputFailed),
            ))
        }
    }
}

/// `--excel` shapes CSV only; with another format it would be silently ignored.
pub fn excel_needs_csv(ui: &Ui, excel: bool, csv: bool) -> Result<(), u8> {
    if excel && !csv {
        return Err(ui.fatal(&Msg::ExcelNeedsCsv, None));
    }
    Ok(())
}
