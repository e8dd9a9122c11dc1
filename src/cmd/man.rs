//! `skp man [--out-dir DIR]`: manual pages from the clap definitions — the main page on
//! stdout, or one page per command and subcommand (`skp-check.1`, `skp-evidence-add.1`, …) in
//! DIR, each with the EXIT STATUS, ENVIRONMENT and EXAMPLES sections people look for.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::i18n::Msg;

use super::{EXIT_OK, Ui};

/// Variables skp reads, for every page.
const ENVIRONMENT: &[(&str, &str)] = &[
    ("SKP_LANG", "Message language, id or en (as --lang)."),
    (
        "SKP_AS_OF",
        "Date for date-dependent checks and reports (as --as-of).",
    ),
    (
        "SKP_TODAY",
        "Overrides today's date (tests, reproducible runs).",
    ),
    (
        "SKP_DOCS_URL",
        "Base URL of the rule pages for SARIF helpUri.",
    ),
    (
        "SKP_CHROMIUM",
        "Chromium or Chrome binary for render --pdf.",
    ),
    (
        "NO_COLOR",
        "Disables colour when set to a non-empty value (with --color auto).",
    ),
    (
        "GITHUB_STEP_SUMMARY",
        "File the github formats append a Markdown job summary to.",
    ),
];

/// A few command lines per command, by the page's name.
fn examples(page: &str) -> &'static [&'static str] {
    match page {
        "skp" => &[
            "skp check",
            "skp init plans --year 2026",
            "skp report --as-of today",
        ],
        "skp-check" => &[
            "skp check",
            "skp check --format concise --select S,K",
            "skp check --format github -o sarif=skp.sarif --exit-zero",
            "skp check --changed-since origin/main",
        ],
        "skp-init" => &[
            "skp init plans --year 2026",
            "skp init --skp --nip 199001012015032001 --name \"Rina\" --position \"Analis\" --position-type pelaksana --appraiser-nip 197805122003121002",
        ],
        "skp-report" => &[
            "skp report --as-of 2026-06-30",
            "skp report --format html -o cakupan.html",
        ],
        "skp-report-mph" => &["skp report mph --nip 198109232006042001"],
        "skp-evidence-add" => &[
            "skp evidence add berita-acara.pdf --for IKI-1.1 --period 2026-TW1 --nip 199001012015032001",
        ],
        "skp-evidence-verify" => &["skp evidence verify --full"],
        "skp-import" => &[
            "skp import templat-skp.xlsx --dry-run",
            "skp import mph.xlsx --mph 197808142003122002",
        ],
        "skp-export" => &[
            "skp export --xlsx rekap-2026.xlsx",
            "skp export --bagit ../audit-2026",
        ],
        "skp-render" => &["skp render skp --nip 199001012015032001 -o skp.html"],
        "skp-approve" => &["skp approve --nip 199001012015032001 --by 197805122003121002"],
        "skp-evaluate" => &["skp evaluate --nip 199001012015032001"],
        _ => &[],
    }
}

/// `text` as a roff line: backslashes and hyphens escaped, no line starting with a control
/// character.
fn roff(text: &str) -> String {
    let s = text.replace('\\', "\\e").replace('-', "\\-");
    if s.starts_with(['.', '\'']) {
        format!("\\&{s}")
    } else {
        s
    }
}

fn extra_sections(page: &str) -> String {
    let mut s = String::from(".SH \"EXIT STATUS\"\n");
    for (code, what) in [
        (
            "0",
            "Success: nothing at or above \\-\\-fail\\-on was found.",
        ),
        (
            "1",
            "Findings at or above \\-\\-fail\\-on (check, report \\-\\-fail\\-on, evidence verify), or input refused (import).",
        ),
        (
            "2",
            "Usage or configuration error, or the command could not run.",
        ),
    ] {
        s.push_str(&format!(".TP\n\\fB{code}\\fR\n{what}\n"));
    }
    s.push_str(".SH ENVIRONMENT\n");
    for (var, what) in ENVIRONMENT {
        s.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(var), roff(what)));
    }
    let ex = examples(page);
    if !ex.is_empty() {
        s.push_str(".SH EXAMPLES\n");
        for (i, e) in ex.iter().enumerate() {
            // A paragraph break between examples; none right after the heading.
            let pp = if i == 0 { "" } else { ".PP\n" };
            s.push_str(&format!("{pp}.nf\n{}\n.fi\n", roff(e)));
        }
    }
    s
}

/// One page: clap_mangen's sections, then ours before VERSION.
fn page(cmd: &clap::Command) -> Result<(String, Vec<u8>), std::io::Error> {
    let man = clap_mangen::Man::new(cmd.clone())
        .source(format!("skp {}", env!("CARGO_PKG_VERSION")))
        .manual("skp");
    let name = cmd
        .get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string();
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut out)?;
    }
    out.extend_from_slice(extra_sections(&name).as_bytes());
    man.render_version_section(&mut out)?;
    Ok((format!("{name}.1"), out))
}

/// Every page: the command and, recursively, its subcommands.
fn pages(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), std::io::Error> {
    out.push(page(cmd)?);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        pages(sub, out)?;
    }
    Ok(())
}

pub fn run(ui: &Ui, out_dir: Option<&Path>) -> Result<u8, u8> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut all = Vec::new();
    let failed = |e: std::io::Error| {
        ui.fatal(
            &Msg::OutputFailed {
                error: crate::i18n::io_error(&e),
            },
            None,
        )
    };
    match out_dir {
        None => {
            let (_, main) = page(&cmd).map_err(failed)?;
            ui.out(&String::from_utf8_lossy(&main))?;
        }
        Some(dir) => {
            // The run's output would be empty: `-o notes.txt` emptied the file.
            if ui.output.is_some() {
                return Err(ui.fatal(&Msg::ManOutputWithOutDir, None));
            }
            pages(&cmd, &mut all).map_err(failed)?;
            // Every name is judged before any page is written: a link at the twentieth name
            // left nineteen new pages beside old ones.
            for (name, _) in &all {
                let path = dir.join(name);
                super::output_allowed(ui, &path)?;
                if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
                    crate::fsutil::guard(dir, &path).map_err(failed)?;
                    return Err(failed(std::io::Error::other(format!(
                        "{}: {}",
                        path.display(),
                        Msg::NotRegularFile.render(ui.lang)
                    ))));
                }
            }
            for (name, bytes) in &all {
                super::write_output(ui, &dir.join(name), bytes)?;
            }
            ui.err_line(&Msg::ManWritten {
                n: all.len(),
                dir: dir.display().to_string(),
            });
        }
    }
    Ok(EXIT_OK)
}
