//! `skp check`: discover → load → rules → diagnostics → render.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::cli::{CheckArgs, FailOn, OutputFormat};
use crate::diag::Severity;
use crate::i18n::Msg;
use crate::model::date::Date;
use crate::render::{self, Counts, escape_control};
use crate::rules::{self, Settings, SettingsError};
use crate::workspace::config::{self, ConfigError};
use crate::workspace::{ListingStatus, Workspace, find_root};

use super::{EXIT_FATAL, EXIT_FINDINGS, EXIT_OK, Ui};

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
                    error: format!("skp.toml: {e}"),
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
        out.push_str(&format!(
            "skp.toml:{line}:{col}: error: {}\n",
            e.message.render(ui.lang)
        ));
        if let Some(h) = &e.help {
            out.push_str(&format!("  = help: {}\n", h.render(ui.lang)));
        }
    }
    ui.err_text(&out);
}

fn settings_error(ui: &Ui, e: SettingsError) -> u8 {
    match e {
        SettingsError::UnknownCode(code) => {
            ui.fatal(&Msg::UnknownRule { code }, Some(&Msg::HelpRules))
        }
        SettingsError::BadGlob(g) => ui.fatal(
            &Msg::ConfigBadValue {
                key: format!("rules.overrides.paths ({g})"),
                expected: "glob".into(),
            },
            None,
        ),
    }
}

fn parse_as_of(ui: &Ui, value: &str, tz: config::TimeZone) -> Result<Date, u8> {
    if value.eq_ignore_ascii_case("today") {
        return Ok(super::today::today(tz));
    }
    Date::parse(value).ok_or_else(|| {
        ui.fatal(
            &Msg::BadDateArg {
                value: value.to_string(),
            },
            None,
        )
    })
}

pub fn run(ui: &Ui, args: CheckArgs) -> Result<u8, u8> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let start = args.paths.first().cloned().unwrap_or_else(|| cwd.clone());
    let (root, cfg) = open_workspace(ui, &start)?;
    let settings =
        Settings::new(&cfg.rules, &args.select, &args.ignore).map_err(|e| settings_error(ui, e))?;
    let as_of = match &args.as_of {
        Some(v) if !v.is_empty() => Some(parse_as_of(ui, v, cfg.workspace.timezone)?),
        _ => None,
    };
    let filters = report_filters(&root, &cwd, &args.paths);
    let mut ws = Workspace::load(root, cfg);
    ws.as_of = as_of;

    if args.list_files {
        let mut out = String::new();
        for l in &ws.listing {
            let (status, reason) = match &l.status {
                ListingStatus::Read => (Msg::ListRead.render(ui.lang), String::new()),
                ListingStatus::Ignored(r) => (
                    Msg::ListIgnored.render(ui.lang),
                    format!(
                        " ({})",
                        match r {
                            crate::workspace::IgnoreReason::NotOurs => Msg::IgnoreReasonNotOurs,
                            crate::workspace::IgnoreReason::Nested => Msg::IgnoreReasonNested,
                            crate::workspace::IgnoreReason::SymlinkOutside =>
                                Msg::IgnoreReasonSymlink,
                            crate::workspace::IgnoreReason::Special => Msg::IgnoreReasonSpecial,
                            crate::workspace::IgnoreReason::SymlinkDuplicate =>
                                Msg::IgnoreReasonDuplicate,
                        }
                        .render(ui.lang)
                    ),
                ),
            };
            out.push_str(&format!("{status:<9} {}{reason}\n", escape_control(&l.rel)));
        }
        ui.out(&out)?;
        return Ok(EXIT_OK);
    }

    let outcome = rules::run(&ws, &settings);
    let diags: Vec<_> = outcome
        .diagnostics
        .into_iter()
        .filter(|d| {
            filters.is_empty() || {
                let rel = ws.rel(d.file);
                filters
                    .iter()
                    .any(|f| f.is_empty() || rel == f || rel.starts_with(&format!("{f}/")))
            }
        })
        .collect();

    let counts = Counts::of(&diags);
    if args.statistics {
        ui.out(&statistics(&diags))?;
    } else {
        let text = match args.format {
            OutputFormat::Human => render::render_human(&diags, &ws.sources, ui.lang, ui.color),
            OutputFormat::Concise => render::render_concise(&diags, &ws.sources, ui.lang, ui.color),
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
        };
        ui.out(&text)?;
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
    if outcome.hidden > 0 && args.format != OutputFormat::Json {
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
    Ok(if diags.iter().any(|d| d.severity >= threshold) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// PATH arguments as workspace-relative prefixes; an empty prefix means the whole workspace.
fn report_filters(root: &Path, cwd: &Path, paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .filter_map(|p| {
            let abs = if p.is_absolute() {
                p.clone()
            } else {
                cwd.join(p)
            };
            let abs = std::fs::canonicalize(&abs).unwrap_or(abs);
            let rel = abs.strip_prefix(root).ok()?;
            Some(crate::workspace::relative_path(rel))
        })
        .collect()
}

fn statistics(diags: &[crate::diag::Diagnostic]) -> String {
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
        out.push_str(&format!("{n:>6}  {code:<5} {sev:<8} {name}\n"));
    }
    out
}

#[allow(dead_code)]
const _: u8 = EXIT_FATAL;
