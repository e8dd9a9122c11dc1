//! Helpers shared by the integration tests: temporary workspaces, running the real `skp`
//! binary in a fixed environment, and reading its JSON output.
//!
//! Every run goes through [`run_env`], which fixes the environment (no `SKP_LANG`,
//! `SKP_AS_OF`, `GITHUB_STEP_SUMMARY` or `SKP_DOCS_URL`; `NO_COLOR=1`, `SKP_TODAY=2026-09-30`;
//! git without the machine's own configuration), puts a timeout on the process, and asserts that
//! it ended with an exit code of the contract (not a signal: no stack overflow, no abort, no
//! kill by the timeout) and that it did not panic.

#![allow(dead_code)]

pub mod docs;
pub mod xml;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;
use tempfile::TempDir;

/// How long one run may take before it is killed (generous: debug builds on a 2-core CI machine).
const TIMEOUT_SECS: u64 = 120;

/// The date every test runs at.
pub const TODAY: &str = "2026-09-30";

/// A valid, minimal SKP (DESIGN §2): pegawai, pejabat_penilai, one RHK with one IKI.
/// `skp check --select F` reports nothing on it.
pub const MINIMAL_SKP: &str = r#"apiVersion: skp/v1
kind: Skp
tahun: 2026
pendekatan: kuantitatif
pegawai:
  nama: Rina Wulandari, S.Kom.
  nip: "199001012015032001"
  jenis_pegawai: pns
  jabatan: Pranata Komputer Ahli Pertama
  jenis_jabatan: fungsional
  jenjang: ahli_pertama
  unit_kerja: Bidang Aplikasi Informatika
pejabat_penilai:
  nip: "198005152005011002"
  nama: Ir. Bambang Prakoso, M.T.
  jabatan: Kepala Bidang Aplikasi Informatika
hasil_kerja:
  - id: RHK-1
    jenis: utama
    rhk: Tersedianya layanan aplikasi perizinan daring yang andal
    indikator:
      - id: IKI-1.1
        aspek: kuantitas
        teks: Jumlah modul aplikasi perizinan yang dirilis ke produksi
        target: 4 modul
"#;

/// The seven BerAKHLAK values, each empty: the `perilaku_kerja` section a complete SKP ends
/// with (a macro, so fixtures can `concat!` it onto their text).
#[allow(unused_macros)]
macro_rules! seven_perilaku {
    () => {
        "perilaku_kerja:
  berorientasi_pelayanan: {}
  akuntabel: {}
  kompeten: {}
  harmonis: {}
  loyal: {}
  adaptif: {}
  kolaboratif: {}
"
    };
}
#[allow(unused_imports)]
pub(crate) use seven_perilaku;

/// The NIP of [`MINIMAL_SKP`]'s pegawai.
pub const MINIMAL_NIP: &str = "199001012015032001";

/// [`MINIMAL_SKP`] with `from` replaced by `to` (which must occur exactly once).
pub fn minimal_with(from: &str, to: &str) -> String {
    replace_once(MINIMAL_SKP, from, to)
}

/// `text` with `from` replaced by `to`; panics unless `from` occurs exactly once.
pub fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` must occur exactly once in the fixture"
    );
    text.replacen(from, to, 1)
}

/// [`MINIMAL_SKP`] for another employee (so that two of them in one workspace do not
/// collide on id or NIP).
pub fn minimal_for_nip(nip: &str) -> String {
    minimal_with(
        &format!("nip: \"{MINIMAL_NIP}\""),
        &format!("nip: \"{nip}\""),
    )
}

/// 1-based (line, column) of the first occurrence of `needle` in `text`, the column counted
/// in Unicode scalar values (DESIGN §6).
pub fn pos(text: &str, needle: &str) -> (u64, u64) {
    pos_nth(text, needle, 0)
}

/// Like [`pos`], for the `n`-th (0-based) occurrence.
pub fn pos_nth(text: &str, needle: &str, n: usize) -> (u64, u64) {
    let (at, _) = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("`{needle}` (occurrence {n}) not in fixture"));
    let before = &text[..at];
    let line = before.matches('\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..at].chars().count() as u64 + 1;
    (line, col)
}

/// The path of an example workspace of the repository.
pub fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The stdout parsed as JSON (for `--format json` and `skp schema`).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// Asserts the exit code, showing both streams when it differs.
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "unexpected exit code\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// The diagnostics of a `--format json` run.
    pub fn diags(&self) -> Vec<Diag> {
        diags_of(&self.json())
    }
}

/// Runs `skp` in `dir` with `args` and extra environment variables `env`.
pub fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    run_command(
        assert_cmd::Command::new(env!("CARGO_BIN_EXE_skp")),
        dir,
        args,
        env,
    )
}

/// Runs `skp` in `dir` with `args` where a file's permissions are obeyed, as for any user:
/// see [`skp_under_permissions`].
pub fn run_under_permissions(dir: &Path, args: &[&str]) -> Run {
    run_command(skp_under_permissions(), dir, args, &[])
}

/// The `skp` binary, started so that a file without read permission cannot be read. Root
/// (as the tests run in CI) reads any file, so there it runs through `setpriv` without the
/// two capabilities that allow it; a test of unreadable files would otherwise pass unseen.
pub fn skp_under_permissions() -> assert_cmd::Command {
    let bin = env!("CARGO_BIN_EXE_skp");
    if !permissions_apply() {
        let mut cmd = assert_cmd::Command::new("setpriv");
        cmd.arg("--bounding-set=-dac_override,-dac_read_search")
            .arg(bin);
        return cmd;
    }
    assert_cmd::Command::new(bin)
}

/// Runs `f` while `path` has permission bits `mode`, then gives it back its own (also when `f`
/// panics, so a failed test leaves no folder its temporary directory cannot be removed from).
#[cfg(unix)]
pub fn with_mode<T>(path: &Path, mode: u32, f: impl FnOnce() -> T) -> T {
    use std::os::unix::fs::PermissionsExt;
    struct Restore<'a>(&'a Path, fs::Permissions);
    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            let _ = fs::set_permissions(self.0, self.1.clone());
        }
    }
    let own = fs::metadata(path).expect("the path to lock").permissions();
    let _restore = Restore(path, own);
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("set permissions");
    f()
}

/// Whether this process is refused a file it has no read permission on.
fn permissions_apply() -> bool {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let probe = dir.path().join("probe");
    fs::write(&probe, b"x").unwrap();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o000)).unwrap();
    fs::read(&probe).is_err()
}

fn run_command(
    mut cmd: assert_cmd::Command,
    dir: &Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> Run {
    cmd.current_dir(dir)
        .args(args)
        .env_remove("SKP_LANG")
        .env_remove("SKP_AS_OF")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("SKP_DOCS_URL")
        .env("NO_COLOR", "1")
        .env("SKP_TODAY", TODAY)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .timeout(Duration::from_secs(TIMEOUT_SECS));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .output()
        .expect("the skp binary (or setpriv, as root) could not be started");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let Some(code) = out.status.code() else {
        panic!(
            "skp {args:?} ended without an exit code ({:?}): killed by the {TIMEOUT_SECS} s timeout \
             or by a signal (stack overflow, abort)\n--- stderr ---\n{stderr}",
            out.status
        );
    };
    assert!(
        !stderr.contains("panicked"),
        "skp {args:?} panicked:\n{stderr}"
    );
    assert!(
        (0..=2).contains(&code),
        "skp {args:?} exited with {code}, outside the contract's 0/1/2\n{stderr}"
    );
    Run {
        code,
        stdout,
        stderr,
    }
}

/// Runs `skp` in `dir` with `args`.
pub fn run(dir: &Path, args: &[&str]) -> Run {
    run_env(dir, args, &[])
}

/// A workspace in a temporary folder, deleted when dropped.
pub struct Ws {
    dir: TempDir,
}

impl Ws {
    /// A workspace with an empty `skp.toml` (valid by DESIGN §1).
    pub fn new() -> Ws {
        Ws::with_toml("")
    }

    pub fn with_toml(toml: &str) -> Ws {
        let dir = tempfile::Builder::new()
            .prefix("skp-test-")
            .tempdir()
            .expect("temp dir");
        let ws = Ws { dir };
        ws.file("skp.toml", toml);
        ws
    }

    /// A temporary folder without `skp.toml`.
    pub fn bare() -> Ws {
        Ws {
            dir: tempfile::Builder::new()
                .prefix("skp-test-")
                .tempdir()
                .expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes `rel` (creating its folders).
    pub fn file(&self, rel: &str, text: &str) -> &Self {
        self.bytes(rel, text.as_bytes())
    }

    pub fn bytes(&self, rel: &str, bytes: &[u8]) -> &Self {
        let p = self.join(rel);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("create folders");
        }
        fs::write(&p, bytes).expect("write fixture");
        self
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.join(rel)).expect("read back")
    }

    /// Runs `skp` at the workspace root.
    pub fn run(&self, args: &[&str]) -> Run {
        run(self.path(), args)
    }

    /// `skp check ARGS…` at the workspace root.
    pub fn check(&self, args: &[&str]) -> Run {
        let mut a = vec!["check"];
        a.extend_from_slice(args);
        self.run(&a)
    }

    /// `skp check --format json --select F ARGS…`: only the foundation's F rules, so the other
    /// rule families (S, K, …) never disturb these tests.
    pub fn check_f(&self, args: &[&str]) -> Run {
        let mut a = vec!["check", "--format", "json", "--select", "F"];
        a.extend_from_slice(args);
        self.run(&a)
    }
}

/// One diagnostic of the JSON output, with the fields tests look at.
#[derive(Debug, Clone)]
pub struct Diag {
    pub code: String,
    pub severity: String,
    pub message: String,
    pub help: Option<String>,
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub end_line: u64,
    pub end_column: u64,
    pub subject: Option<String>,
    pub subject_id: Option<String>,
    pub args: Value,
    pub related: Vec<Value>,
}

impl Diag {
    pub fn at(&self) -> (u64, u64) {
        (self.line, self.column)
    }

    pub fn help(&self) -> &str {
        self.help.as_deref().unwrap_or("")
    }
}

fn s(v: &Value, k: &str) -> String {
    v[k].as_str()
        .unwrap_or_else(|| panic!("`{k}` is not a string in {v}"))
        .to_string()
}

fn n(v: &Value, k: &str) -> u64 {
    v[k].as_u64()
        .unwrap_or_else(|| panic!("`{k}` is not a number in {v}"))
}

/// The diagnostics of a parsed `--format json` document.
pub fn diags_of(doc: &Value) -> Vec<Diag> {
    doc["diagnostics"]
        .as_array()
        .expect("`diagnostics` is an array")
        .iter()
        .map(|d| Diag {
            code: s(d, "code"),
            severity: s(d, "severity"),
            message: s(d, "message"),
            help: d["help"].as_str().map(str::to_string),
            file: s(d, "file"),
            line: n(d, "line"),
            column: n(d, "column"),
            end_line: n(d, "end_line"),
            end_column: n(d, "end_column"),
            subject: d["subject"].as_str().map(str::to_string),
            subject_id: d["subject_id"].as_str().map(str::to_string),
            args: d["args"].clone(),
            related: d["related"].as_array().cloned().unwrap_or_default(),
        })
        .collect()
}

/// The diagnostics with `code`.
pub fn with_code<'d>(diags: &'d [Diag], code: &str) -> Vec<&'d Diag> {
    diags.iter().filter(|d| d.code == code).collect()
}

/// The one diagnostic with `code`; fails (listing every diagnostic) unless there is exactly one.
pub fn only<'d>(diags: &'d [Diag], code: &str) -> &'d Diag {
    let found = with_code(diags, code);
    assert_eq!(
        found.len(),
        1,
        "expected exactly one {code}, got {}:\n{}",
        found.len(),
        list(diags)
    );
    found[0]
}

/// `file:line:col code [subject] message | help: …` for every diagnostic, for assertion
/// messages.
pub fn list(diags: &[Diag]) -> String {
    diags
        .iter()
        .map(|d| {
            format!(
                "  {}:{}:{} {} [{}] {} | help: {}\n",
                d.file,
                d.line,
                d.column,
                d.code,
                d.subject.as_deref().unwrap_or("-"),
                d.message,
                d.help()
            )
        })
        .collect()
}

/// Asserts that a diagnostic `code` sits in `file` at (`line`, `column`).
pub fn assert_at(diags: &[Diag], code: &str, file: &str, at: (u64, u64)) -> Diag {
    diags
        .iter()
        .find(|d| d.code == code && d.file == file && d.at() == at)
        .cloned()
        .unwrap_or_else(|| {
            panic!(
                "no {code} at {file}:{}:{}; got:\n{}",
                at.0,
                at.1,
                list(diags)
            )
        })
}

/// The codes of all diagnostics, in output order.
pub fn codes(diags: &[Diag]) -> Vec<&str> {
    diags.iter().map(|d| d.code.as_str()).collect()
}

/// Runs git in `dir` without the machine's global or system configuration; panics on failure
/// and returns stdout without its final newline. Commits need an identity set in the
/// repository (`git config user.name …`).
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("git could not be started");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

/// Every file below `root` with its contents, relative paths `/`-separated, sorted.
pub fn snapshot_tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .expect("read dir")
            .map(|e| e.expect("entry").path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p
                    .strip_prefix(root)
                    .expect("below root")
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push((rel, fs::read(&p).expect("read file")));
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out
}

/// Converts a YAML document (the library's own spanned node tree) to JSON, typing plain
/// scalars as YAML 1.2's core schema would (integers, floats, booleans, null), so that the
/// result can be validated against `skp schema`.
pub fn yaml_to_json(node: &skp::yaml::Node) -> Value {
    use skp::yaml::{NodeKind, Style};
    match &node.kind {
        NodeKind::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|e| {
                    let key = match &e.key.kind {
                        NodeKind::Scalar { value, .. } => value.clone(),
                        _ => yaml_to_json(&e.key).to_string(),
                    };
                    (key, yaml_to_json(&e.value))
                })
                .collect(),
        ),
        NodeKind::Seq(items) => Value::Array(items.iter().map(yaml_to_json).collect()),
        NodeKind::Scalar { value, style } => {
            if *style != Style::Plain {
                return Value::String(value.clone());
            }
            plain_scalar(value)
        }
    }
}

fn plain_scalar(v: &str) -> Value {
    match v {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let digits = v.strip_prefix(['-', '+']).unwrap_or(v);
    if !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && let Ok(i) = v.parse::<i64>()
    {
        return Value::from(i);
    }
    let float_like = !digits.is_empty()
        && digits
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit() || b == b'.')
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
        && digits.bytes().any(|b| b.is_ascii_digit());
    if float_like
        && let Ok(f) = v.parse::<f64>()
        && let Some(n) = serde_json::Number::from_f64(f)
    {
        return Value::Number(n);
    }
    Value::String(v.to_string())
}

/// Every YAML document of `text` as JSON; `None` if the text does not parse.
pub fn yaml_docs_to_json(text: &str) -> Option<Vec<Value>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let parsed = skp::yaml::parse(text, skp::yaml::Budget::default());
    if !parsed.errors.is_empty() {
        return None;
    }
    Some(
        parsed
            .documents
            .iter()
            .map(|d| yaml_to_json(&d.root))
            .collect(),
    )
}

/// Every `*.yaml` file below `root` (relative path, text), sorted.
pub fn yaml_files(root: &Path) -> Vec<(String, String)> {
    snapshot_tree(root)
        .into_iter()
        .filter(|(rel, _)| rel.ends_with(".yaml") || rel.ends_with(".yml"))
        .map(|(rel, bytes)| (rel, String::from_utf8_lossy(&bytes).into_owned()))
        .collect()
}

/// Copies a folder tree (tests build one workspace inside another, or copy an example).
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), &target).unwrap();
        }
    }
}
