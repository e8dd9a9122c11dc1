//! Output injection (issue 11, item 8): values from plan files and file names — an employee's
//! name, an indicator's text, a YAML key or value, an evidence file's name — holding terminal
//! escapes (OSC 8 links, colours, BEL, C1), newlines followed by Markdown headings, images,
//! links, HTML and table pipes. Through the real binary, every output format must show them
//! escaped for its medium: nothing raw on a terminal, no forged Markdown, one line per finding in
//! `--format concise`, GitHub workflow commands that decode back to the text, well-formed XML.

mod common;

use std::fs;

use common::xml::parse_xml;
use common::{Run, Ws, run_env};
use serde_json::Value;

const NIP: &str = "199001012015032001";

/// The folder of the plan: ESC, BEL and a newline followed by a heading.
const DIR: &str = "pegawai/x\u{1b}[31m\u{7}\n# berkas";

/// An OSC 8 hyperlink, a colour, BEL, a newline followed by a heading, an image, HTML, a pipe,
/// a C1 CSI and DEL.
const NAMA: &str = "Rina \u{1b}]8;;http://x\u{7}klik\u{1b}]8;;\u{7} \u{1b}[31mmerah\n# heading ![x](http://evil) <img src=x> a|b \u{9b}2J \u{7f}";

/// The same in YAML's double-quoted form.
fn yaml_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn skp_yaml() -> String {
    let teks = "Jumlah modul \u{1b}]8;;http://x\u{7} aplikasi\n# indikator ![x](http://evil) <img src=x> | yang dirilis";
    let key = "kunci\u{1b}[31m\n# heading ![x](http://evil) <img src=x> | \u{9b}2J\u{7f}";
    let value = "pns\u{1b}[31m\n# nilai <img src=x> `kode`";
    format!(
        r#"apiVersion: skp/v1
kind: Skp
tahun: 2026
pendekatan: kuantitatif
pegawai:
  nama: {nama}
  nip: "{NIP}"
  jenis_pegawai: {value}
  jabatan: {jabatan}
  jenis_jabatan: fungsional
  jenjang: ahli_pertama
  unit_kerja: {unit}
  {key}: x
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
        teks: {teks}
        target: 4 modul
"#,
        nama = yaml_quoted(NAMA),
        value = yaml_quoted(value),
        jabatan = yaml_quoted("Pranata \u{1b}[31mKomputer\n# jabatan"),
        unit = yaml_quoted("Bidang \u{1b}[31m|Aplikasi\n# unit <img src=x>"),
        key = yaml_quoted(key),
        teks = yaml_quoted(teks),
    )
}

/// A workspace (quarterly, evidence kept in the repository) with the hostile plan.
fn hostile() -> Ws {
    let ws = Ws::with_toml(
        "min_version = \"0.1\"\n\n[workspace]\nyear = 2026\nevaluation = \"triwulanan\"\n\
         timezone = \"WIB\"\n\n[evidence]\nstorage = \"repo\"\n",
    );
    ws.file(&format!("{DIR}/skp-2026.yaml"), &skp_yaml());
    ws
}

/// An evidence file inside the workspace whose name holds ESC, BEL and a newline + heading.
const BUKTI: &str = "dokumen/bukti \u{1b}[31m\u{7}\n# x <img src=x>.pdf";
/// Where it is moved to (a `bukti/` folder, where moved content is looked for): an OSC 8 link
/// in the name.
fn pindah() -> String {
    format!("{DIR}/bukti/2026-TW1/pindah \u{1b}]8;;x\u{7}\n# y.pdf")
}

/// [`hostile`] with [`BUKTI`] recorded for IKI-1.1 in 2026-TW1.
fn with_evidence() -> (Ws, Run) {
    let ws = hostile();
    ws.file(BUKTI, "isi bukti");
    let r = ws.run(&[
        "evidence", "add", BUKTI, "--for", "IKI-1.1", "--period", "2026-TW1", "--nip", NIP,
    ]);
    r.expect_code(0);
    (ws, r)
}

/// Raw control characters in `s`: C0 other than LF (CR only as part of CRLF), DEL, C1, bidi
/// overrides.
fn raw_controls(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut bad = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let crlf = c == '\r' && chars.get(i + 1) == Some(&'\n');
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if ((c.is_control() && c != '\n' && !crlf) || bidi) && bad.len() < 5 {
            let from = i.saturating_sub(20);
            let around: String = chars[from..(i + 20).min(chars.len())].iter().collect();
            bad.push(format!("U+{:04X} in {around:?}", c as u32));
        }
    }
    bad
}

/// Nothing raw on either stream.
fn assert_clean(what: &str, r: &Run) {
    for (name, s) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
        let bad = raw_controls(s);
        assert!(
            bad.is_empty(),
            "{what}: raw control characters on {name}: {bad:?}\n{s}"
        );
    }
}

/// The visible form the terminal escaping gives a control character.
fn visible(s: &str, keep: &[char]) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            c if keep.contains(&c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Markdown that nothing from the data can turn into a heading, link, image or HTML, and whose
/// table rows have as many cells as their header.
fn assert_markdown_safe(what: &str, md: &str) {
    assert!(
        raw_controls(md).is_empty(),
        "{what}: {:?}",
        raw_controls(md)
    );
    for l in md.lines() {
        if l.trim_start().starts_with('#') {
            assert!(
                l.starts_with("## ") || l.starts_with("### "),
                "{what}: a heading from the data: {l:?}\n{md}"
            );
            for data in ["heading", "berkas", "indikator", "jabatan", "nilai", "unit"] {
                assert!(!l.contains(data), "{what}: a heading from the data: {l:?}");
            }
        }
    }
    for forged in ["<img", "![", "[x](", "<br><img"] {
        assert!(!md.contains(forged), "{what}: `{forged}` unescaped:\n{md}");
    }
    // Table rows: unescaped pipes are cell borders; every row of a table has the header's count.
    let pipes = |l: &str| {
        let b = l.as_bytes();
        (0..b.len())
            .filter(|&i| b[i] == b'|' && (i == 0 || b[i - 1] != b'\\'))
            .count()
    };
    let mut header: Option<usize> = None;
    for l in md.lines() {
        if l.starts_with('|') {
            let n = pipes(l);
            match header {
                None => header = Some(n),
                Some(h) => assert_eq!(n, h, "{what}: a forged cell in {l:?}\n{md}"),
            }
        } else {
            header = None;
        }
    }
}

/// Decodes GitHub's workflow-command escaping (`%25`, `%0D`, `%0A`, `%3A`, `%2C`).
fn gh_decode(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let code = rest.get(i + 1..i + 3).expect("two hex digits after %");
        out.push(match code {
            "25" => '%',
            "0D" => '\r',
            "0A" => '\n',
            "3A" => ':',
            "2C" => ',',
            other => panic!("unexpected escape %{other} in {s:?}"),
        });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    out
}

fn json_diags(ws: &Ws) -> Vec<Value> {
    let r = ws.run(&["check", "--format", "json"]);
    r.expect_code(1);
    r.json()["diagnostics"].as_array().unwrap().clone()
}

// ---------------------------------------------------------------------------------------------
// skp check

#[test]
fn check_human_keeps_each_header_on_one_line() {
    let ws = hostile();
    let r = ws.run(&["check"]);
    r.expect_code(1);
    assert_clean("check", &r);
    let path = visible(&format!("{DIR}/skp-2026.yaml"), &[]);
    let headers: Vec<&str> = r.stdout.lines().filter(|l| l.contains("[F00")).collect();
    assert_eq!(headers.len(), 2, "{}", r.stdout);
    for h in headers {
        assert!(h.starts_with(&format!("{path}:")), "{h:?}\n{}", r.stdout);
    }
    assert!(
        r.stdout.contains("\\u{1b}[31m\\n# heading"),
        "the key is shown escaped: {}",
        r.stdout
    );
}

#[test]
fn check_concise_is_one_line_per_finding() {
    let ws = hostile();
    let n = json_diags(&ws).len();
    let r = ws.run(&["check", "--format", "concise"]);
    r.expect_code(1);
    assert_clean("concise", &r);
    let path = visible(&format!("{DIR}/skp-2026.yaml"), &[]);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), n, "one line per finding:\n{}", r.stdout);
    for l in lines {
        assert!(l.starts_with(&format!("{path}:")), "{l:?}");
    }
}

#[test]
fn check_json_sarif_and_gitlab_carry_the_text_escaped_by_json() {
    let ws = hostile();
    for f in ["json", "sarif", "gitlab"] {
        let r = ws.run(&["check", "--format", f]);
        r.expect_code(1);
        assert_clean(f, &r);
        // Re-serialised by serde_json: ESC as \u001b, the newline as \n.
        let text = r.json().to_string();
        assert!(
            text.contains("kunci\\u001b[31m\\n# heading"),
            "{f}: the decoded JSON holds the key as written"
        );
    }
    let diags = json_diags(&ws);
    assert!(
        diags
            .iter()
            .any(|d| d["file"] == format!("{DIR}/skp-2026.yaml")),
        "the JSON path is the file's own name"
    );
}

#[test]
fn check_github_annotations_decode_back_to_the_text() {
    let ws = hostile();
    let diags = json_diags(&ws);
    let r = ws.run(&["check", "--format", "github"]);
    r.expect_code(1);
    assert_clean("github", &r);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines.len(),
        diags.len(),
        "one command per finding:\n{}",
        r.stdout
    );
    for l in &lines {
        assert!(l.starts_with("::"), "{l:?}");
        let rest = l.split_once(' ').unwrap().1;
        let (props, data) = rest.split_once("::").unwrap();
        let file = props
            .split(',')
            .find_map(|p| p.strip_prefix("file="))
            .unwrap();
        let title = props
            .split(',')
            .find_map(|p| p.strip_prefix("title="))
            .unwrap();
        let d = diags
            .iter()
            .find(|d| {
                d["code"] == title && l.contains(&format!(",line={},", d["line"].as_u64().unwrap()))
            })
            .unwrap_or_else(|| panic!("no JSON finding for {l:?}"));
        // GitHub's rules decode the property and the data; control characters other than line
        // breaks arrive in their visible form.
        assert_eq!(
            gh_decode(file),
            visible(d["file"].as_str().unwrap(), &['\n', '\r'])
        );
        let mut msg = d["message"].as_str().unwrap().to_string();
        if let Some(h) = d["help"].as_str() {
            msg.push('\n');
            msg.push_str(h);
        }
        assert_eq!(gh_decode(data), visible(&msg, &['\n', '\r']));
    }
}

#[test]
fn check_github_step_summary_forges_no_markdown() {
    let ws = hostile();
    let summary = ws.join("summary.md");
    let r = run_env(
        ws.path(),
        &["check", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
    );
    r.expect_code(1);
    let md = fs::read_to_string(&summary).unwrap();
    assert!(md.contains("F002"), "{md}");
    assert_markdown_safe("job summary", &md);
    assert!(md.contains("&lt;img src=x&gt;"), "{md}");
}

#[test]
fn check_junit_is_well_formed_xml_without_raw_controls() {
    let ws = hostile();
    let r = ws.run(&["check", "--format", "junit"]);
    r.expect_code(1);
    assert_clean("junit", &r);
    let root = parse_xml(&r.stdout);
    let suite = &root.all("testsuite")[0];
    assert_eq!(
        suite.attr("name"),
        visible(&format!("{DIR}/skp-2026.yaml"), &['\n']),
        "the path survives an attribute, newline included"
    );
}

// ---------------------------------------------------------------------------------------------
// skp report

#[test]
fn report_table_escapes_the_name() {
    let ws = hostile();
    let r = ws.run(&["report"]);
    r.expect_code(0);
    assert_clean("report", &r);
    let nama = visible(NAMA, &[]);
    assert!(
        r.stdout
            .lines()
            .any(|l| l.starts_with(&format!("{nama} ({NIP}):"))),
        "the per-employee line holds the whole name on one line:\n{}",
        r.stdout
    );
}

#[test]
fn report_markdown_and_github_forge_no_markdown() {
    let ws = hostile();
    let r = ws.run(&["report", "--format", "markdown"]);
    r.expect_code(0);
    assert_clean("report markdown", &r);
    assert_markdown_safe("report markdown", &r.stdout);
    assert!(r.stdout.contains("\\|"), "{}", r.stdout);

    let summary = ws.join("summary.md");
    let r = run_env(
        ws.path(),
        &["report", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
    );
    r.expect_code(0);
    assert_clean("report github", &r);
    assert_markdown_safe("report github", &r.stdout);
    assert_markdown_safe("report job summary", &fs::read_to_string(&summary).unwrap());
}

#[test]
fn report_csv_and_json_have_no_raw_controls() {
    let ws = hostile();
    for args in [
        &["report", "--format", "csv"][..],
        &["report", "--format", "csv", "--excel"],
        &["report", "--format", "json"],
    ] {
        let r = ws.run(args);
        r.expect_code(0);
        assert_clean(&args.join(" "), &r);
    }
    let r = ws.run(&["report", "--format", "json"]);
    assert_eq!(r.json()["rows"][0]["nama"], NAMA, "JSON keeps the value");
}

#[test]
fn report_mph_escapes_title_and_cells_in_every_format() {
    let ws = hostile();
    let r = ws.run(&["report", "mph", "--nip", NIP]);
    r.expect_code(0);
    assert_clean("mph", &r);
    let title = r.stdout.lines().next().unwrap();
    assert!(title.contains(&visible(NAMA, &[])), "{title:?}");
    for f in ["csv", "markdown"] {
        let r = ws.run(&["report", "mph", "--nip", NIP, "--format", f]);
        r.expect_code(0);
        assert_clean(f, &r);
        if f == "markdown" {
            assert_markdown_safe("mph markdown", &r.stdout);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// skp evidence, skp export

#[test]
fn evidence_add_of_a_file_in_the_workspace_escapes_its_name() {
    let (ws, r) = with_evidence();
    assert_clean("evidence add", &r);
    assert!(r.stdout.contains(&visible(BUKTI, &[])), "{}", r.stdout);
    let r = ws.run(&["evidence", "list"]);
    r.expect_code(0);
    assert_clean("evidence list", &r);
    let r = ws.run(&["evidence", "list", "--format", "json"]);
    r.expect_code(0);
    assert_clean("evidence list json", &r);
    assert_eq!(r.json()["bukti"][0]["berkas"], BUKTI);
}

/// [`with_evidence`], then the file moved into a `bukti/` folder under a hostile name.
fn moved() -> (Ws, String) {
    let (ws, _) = with_evidence();
    let to = pindah();
    fs::create_dir_all(ws.join(&to).parent().unwrap()).unwrap();
    fs::rename(ws.join(BUKTI), ws.join(&to)).unwrap();
    (ws, to)
}

#[test]
fn evidence_verify_escapes_the_moved_message() {
    let (ws, to) = moved();
    let r = ws.run(&["evidence", "verify"]);
    r.expect_code(1);
    assert_clean("evidence verify", &r);
    let moved = format!("{} → {}", visible(BUKTI, &[]), visible(&to, &[]));
    assert!(
        r.stdout.lines().any(|l| l.contains(&moved)),
        "the moved message on one line:\n{}",
        r.stdout
    );
    let r = ws.run(&["evidence", "verify", "--format", "json"]);
    assert_clean("evidence verify json", &r);
    assert_eq!(r.json()["problems"][0]["pindah_ke"], to.as_str());
}

#[test]
fn export_bagit_escapes_its_problem_list() {
    let (ws, _) = moved();
    let outside = tempfile::tempdir().unwrap();
    let bag = outside.path().join("audit");
    let r = ws.run(&["export", "--bagit", bag.to_str().unwrap(), "--nip", NIP]);
    r.expect_code(1);
    assert_clean("export --bagit", &r);
    assert!(
        r.stderr
            .lines()
            .any(|l| l == format!("  {}", visible(BUKTI, &[]))),
        "{}",
        r.stderr
    );
}

#[test]
fn evidence_relink_escapes_the_new_place() {
    let (ws, to) = moved();
    let r = ws.run(&["evidence", "relink"]);
    r.expect_code(0);
    assert_clean("evidence relink", &r);
    assert!(
        r.stdout.lines().any(|l| l.contains(&visible(&to, &[]))),
        "{}",
        r.stdout
    );
}
