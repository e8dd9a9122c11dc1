//! `docs/commands.md` is every command's `--help` in English, generated from the command-line
//! definition (the doc comments of `src/cli/mod.rs` are the reference), and `docs/perintah.md`
//! the same in Bahasa Indonesia, as users see it by default. This test fails when a page is
//! stale; `SKP_BLESS=1 cargo test --test command_docs` rewrites them.

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

fn page(mut cmd: clap::Command, intro: &str) -> String {
    cmd.build();
    let mut out = String::from(intro);
    section(&mut out, "skp", &mut cmd);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Fails when `path` is not `text`, or rewrites it under `SKP_BLESS`.
fn current(path: &str, text: &str) {
    if std::env::var_os("SKP_BLESS").is_some() {
        fs::write(path, text).unwrap();
        return;
    }
    assert!(
        fs::read_to_string(path).ok().as_deref() == Some(text),
        "{path} is out of date; run `SKP_BLESS=1 cargo test --test command_docs`"
    );
}

fn fixed_width() -> clap::Command {
    Cli::command().term_width(WIDTH).max_term_width(WIDTH)
}

#[test]
fn command_page_is_current() {
    let intro = "# Commands\n\nEvery command's `--help --lang en`, generated from `src/cli/mod.rs` \
         (also `skp man`); do not edit by hand: `SKP_BLESS=1 cargo test --test command_docs` \
         rewrites it. Help, usage errors and messages follow `--lang` (Indonesian by default: \
         [perintah.md](perintah.md)); commands and flags are always English.\n\n";
    current("docs/commands.md", &page(fixed_width(), intro));
}

/// The same page as users see it by default, in Bahasa Indonesia.
#[test]
fn indonesian_command_page_is_current() {
    let intro = "# Perintah\n\n`--help` setiap perintah dalam Bahasa Indonesia (bawaan; \
         `--lang en` untuk bahasa Inggris: [commands.md](commands.md)). Dibuat dari \
         `src/cli/mod.rs` dan `src/i18n/help.rs`; jangan disunting manual: \
         `SKP_BLESS=1 cargo test --test command_docs` menulisnya ulang. Nama perintah dan opsi \
         selalu dalam bahasa Inggris.\n\n";
    current(
        "docs/perintah.md",
        &page(skp::cli::in_indonesian(fixed_width()), intro),
    );
}
