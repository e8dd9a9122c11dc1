//! Snapshots (insta) of the output on the two example workspaces and of `skp rules`.
//!
//! These change whenever a rule is added or a message is reworded: review the diff, then
//! re-bless with `INSTA_UPDATE=always cargo test --test snapshots_examples` (or
//! `cargo insta review`) and commit the `.snap` files under `tests/snapshots/`.

mod common;

use common::*;

/// Exit code, stdout and stderr of one run, as one reviewable text.
fn transcript(r: &Run) -> String {
    format!(
        "exit: {}\n--- stdout ---\n{}--- stderr ---\n{}",
        r.code, r.stdout, r.stderr
    )
}

fn check_example(name: &str, args: &[&str]) -> Run {
    let mut a = vec!["check"];
    a.extend_from_slice(args);
    run_env(&example(name), &a, &[("SKP_LANG", "id")])
}

#[test]
fn human_dinas_kominfo() {
    let r = check_example("dinas-kominfo", &[]);
    insta::assert_snapshot!("check_human_dinas_kominfo", transcript(&r));
}

#[test]
fn human_kesalahan_umum() {
    let r = check_example("kesalahan-umum", &[]);
    insta::assert_snapshot!("check_human_kesalahan_umum", transcript(&r));
}

#[test]
fn human_kesalahan_umum_en() {
    let r = check_example("kesalahan-umum", &["--lang", "en"]);
    insta::assert_snapshot!("check_human_kesalahan_umum_en", transcript(&r));
}

#[test]
fn json_dinas_kominfo() {
    let r = check_example("dinas-kominfo", &["--format", "json"]);
    insta::assert_snapshot!("check_json_dinas_kominfo", r.stdout);
}

#[test]
fn json_kesalahan_umum() {
    let r = check_example("kesalahan-umum", &["--format", "json"]);
    insta::assert_snapshot!("check_json_kesalahan_umum", r.stdout);
}

#[test]
fn rules_catalogue() {
    let r = run_env(&example("dinas-kominfo"), &["rules"], &[("SKP_LANG", "id")]);
    r.expect_code(0);
    insta::assert_snapshot!("rules", r.stdout);
}
