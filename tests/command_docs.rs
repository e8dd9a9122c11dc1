//! `docs/commands.md` is every command's `--help`, generated from the command-line definition
//! (the doc comments of `src/cli.rs` are the reference). This test fails when the page is stale;
//! `SKP_BLESS=1 cargo test --test command_docs` rewrites it.

use std::fs;

use clap::CommandFactory;
use skp::cli::Cli;

/// Help is wrapped at a fixed width so that the page does not depend on the terminal.
const WIDTH: usize = 100;

fn section(out: &mut String, path: &str, cmd: &mut clap::Command) {
    let level = "#".repeat(path.split(' ').count().min(4) + 1);
    out.push_str(&format!("{level} `{path}`\n\n```text\n"));
    let help = cmd.render_long_help().to_string();
    for line in help.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("```\n\n");
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            continue;
        }
        let name = format!("{path} {}", sub.get_name());
        section(out, &name, sub);
    }
}

fn page() -> String {
    let mut cmd = Cli::command().term_width(WIDTH).max_term_width(WIDTH);
    cmd.build();
    let mut out = String::from(
        "# Commands\n\nEvery command's `--help`, generated from `src/cli.rs` (also `skp man`, and \
         `skp COMMAND --help`); do not edit by hand: `SKP_BLESS=1 cargo test --test command_docs` \
         rewrites it. Messages follow `--lang`; commands and flags are always English.\n\n",
    );
    section(&mut out, "skp", &mut cmd);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[test]
fn command_page_is_current() {
    let path = "docs/commands.md";
    let text = page();
    if std::env::var_os("SKP_BLESS").is_some() {
        fs::write(path, &text).unwrap();
        return;
    }
    assert!(
        fs::read_to_string(path).ok().as_deref() == Some(text.as_str()),
        "{path} is out of date; run `SKP_BLESS=1 cargo test --test command_docs`"
    );
}
