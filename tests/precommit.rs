//! The pre-commit hooks as docs/ci.md documents them, run by the real `pre-commit` (installed
//! by `.ci/run`, which sets SKP_PRECOMMIT_TEST=1; skipped with a note elsewhere when it is
//! missing): `rev:` a commit, a workspace in a subfolder named the same way for both hooks, and a
//! half-written untracked plan that must not block a commit.
//!
//! The hook repository holds this repository's `.pre-commit-hooks.yaml` verbatim. So that the
//! test does not compile skp a second time in release mode, the crate pre-commit installs for
//! `language: rust` is a shim named `skp` that runs the binary under test.

mod common;

use std::path::Path;
use std::process::Command;

fn sh(dir: &Path, cmd: &str, args: &[&str]) -> std::process::Output {
    Command::new(cmd)
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .output()
        .unwrap_or_else(|e| panic!("{cmd}: {e}"))
}

fn ok(dir: &Path, cmd: &str, args: &[&str]) -> String {
    let o = sh(dir, cmd, args);
    assert!(
        o.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

/// Test fixtures are written with std (they are inputs, not skp's output).
fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

#[test]
fn the_documented_hooks_work_with_real_pre_commit() {
    let have = Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert!(
            std::env::var_os("SKP_PRECOMMIT_TEST").is_none(),
            "SKP_PRECOMMIT_TEST is set but pre-commit is not installed"
        );
        eprintln!("note: pre-commit is not installed; the pre-commit test is skipped");
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    // The hook repository: the real hook definitions and the shim crate.
    let hooks = tmp.path().join("skp-hooks");
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::create_dir_all(&hooks).expect("mkdir");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
        hooks.join(".pre-commit-hooks.yaml"),
    )
    .expect("copy hooks");
    write(
        &hooks.join("Cargo.toml"),
        "[package]\nname = \"skp\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[workspace]\n",
    );
    write(
        &hooks.join("src/main.rs"),
        "fn main() {\n    let bin = std::env::var(\"SKP_UNDER_TEST\").expect(\"SKP_UNDER_TEST\");\n    \
         let code = std::process::Command::new(bin).args(std::env::args().skip(1)).status()\n        \
         .expect(\"run skp\").code().unwrap_or(2);\n    std::process::exit(code);\n}\n",
    );
    ok(&hooks, "git", &["init", "-q"]);
    ok(&hooks, "git", &["add", "-A"]);
    ok(&hooks, "git", &["commit", "-qm", "hooks"]);
    let rev = ok(&hooks, "git", &["rev-parse", "HEAD"]);

    // The plan repository: the clean example in a subfolder, configured as docs/ci.md says.
    let plans = tmp.path().join("rencana");
    common::copy_dir(&common::example("dinas-kominfo"), &plans.join("plans"));
    write(
        &plans.join(".pre-commit-config.yaml"),
        &format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: skp-check\n        args: [--workspace, plans]\n      - id: skp-evidence-verify\n        args: [--workspace, plans]\n",
            hooks.display()
        ),
    );
    ok(&plans, "git", &["init", "-q"]);
    ok(&plans, "git", &["add", "-A"]);
    ok(&plans, "git", &["commit", "-qm", "rencana"]);
    let run = |args: &[&str]| {
        Command::new("pre-commit")
            .args(args)
            .current_dir(&plans)
            .env("PRE_COMMIT_HOME", tmp.path().join("cache"))
            .env("SKP_UNDER_TEST", env!("CARGO_BIN_EXE_skp"))
            .output()
            .expect("pre-commit")
    };
    let o = run(&["run", "--all-files"]);
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success(), "clean workspace in a subfolder:\n{log}");
    assert!(log.contains("skp check") && log.contains("Passed"), "{log}");

    // A half-written plan nobody has added yet does not block the commit.
    write(
        &plans.join("plans/pegawai/199901012024011001/skp-2026.yaml"),
        "apiVersion: skp/v1\nkind: Skp\ntahun: [\n",
    );
    let o = run(&["run", "--all-files"]);
    assert!(
        o.status.success(),
        "untracked draft blocked the hooks:\n{}",
        String::from_utf8_lossy(&o.stdout)
    );

    // Once it is added, it is part of the commit and is checked.
    ok(&plans, "git", &["add", "-A"]);
    let o = run(&["run", "--all-files"]);
    let log = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(!o.status.success(), "a staged broken plan passed:\n{log}");
    assert!(log.contains("F001"), "{log}");
}
