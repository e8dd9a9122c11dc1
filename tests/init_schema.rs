//! `skp init` (a workspace, an SKP) and `skp schema` (JSON Schema draft 2020-12).

mod common;

use std::path::Path;

use common::*;
use serde_json::{Value, json};

const KINDS: [&str; 7] = [
    "Skp",
    "Renstra",
    "PerjanjianKinerja",
    "BuktiDukung",
    "Realisasi",
    "CapaianOrganisasi",
    "Persetujuan",
];

/// `skp init ws --year 2026` in a fresh temporary folder; returns (folder, workspace path).
fn init_workspace() -> (Ws, std::path::PathBuf) {
    let dir = Ws::bare();
    let r = run(dir.path(), &["init", "ws", "--year", "2026"]);
    r.expect_code(0);
    assert_eq!(r.stdout, "", "init reports on stderr");
    assert!(r.stderr.contains("ws"), "{}", r.stderr);
    let root = dir.join("ws");
    (dir, root)
}

fn add_skp(root: &Path, nip: &str) -> Run {
    run(
        root,
        &[
            "init",
            "--skp",
            "--nip",
            nip,
            "--name",
            "Rina Wulandari, S.Kom.",
            "--position",
            "Pranata Komputer Ahli Pertama",
            "--position-type",
            "fungsional",
            "--appraiser-nip",
            "197805122003121002",
        ],
    )
}

fn schema_of(args: &[&str]) -> Value {
    let dir = Ws::bare();
    let mut a = vec!["schema"];
    a.extend_from_slice(args);
    let r = run(dir.path(), &a);
    r.expect_code(0);
    r.json()
}

// ---------------------------------------------------------------------------------------------
// init: a workspace

#[test]
fn init_creates_a_workspace_that_passes_check() {
    let (_dir, root) = init_workspace();
    let files: Vec<String> = snapshot_tree(&root).into_iter().map(|(p, _)| p).collect();
    for expected in [
        "skp.toml",
        "skp.schema.json",
        "organisasi/renstra-2026-2030.yaml",
        "organisasi/pk-2026-kadis.yaml",
    ] {
        assert!(
            files.contains(&expected.to_string()),
            "{expected} in {files:?}"
        );
    }
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("pegawai/") && f.ends_with("/skp-2026.yaml")),
        "one sample SKP: {files:?}"
    );
    let toml = std::fs::read_to_string(root.join("skp.toml")).unwrap();
    assert!(toml.contains("year = 2026"), "{toml}");

    // `skp check DIR` from the parent folder, and `skp check` inside it.
    let r = run(root.parent().unwrap(), &["check", "ws"]);
    r.expect_code(0);
    assert_eq!(r.stdout, "", "no findings at all");
    assert!(
        r.stderr.contains("3 berkas diperiksa: tidak ada temuan"),
        "{}",
        r.stderr
    );
    let r = run(&root, &["check", "--fail-on", "warning"]);
    r.expect_code(0);
    assert_eq!(r.stdout, "");
}

/// The example text `skp init` writes passes `check` (the scaffold must), but `render` and
/// `approve`, which turn a plan into a record, name the fields still holding it; a plan whose
/// text was replaced is printed and approved without a word.
#[test]
fn render_and_approve_name_the_example_text_left_in_a_plan() {
    let (_dir, root) = init_workspace();
    add_skp(&root, "199001012015032001").expect_code(0);
    let kadis = "197805122003121002";
    let staff = "199001012015032001";
    let warned = |args: &[&str], want: &str| {
        let r = run(&root, args);
        r.expect_code(0);
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
    };
    warned(
        &["render", "skp", "--nip", kadis],
        &format!(
            "peringatan: SKP {kadis}-2026 masih memuat teks contoh dari `skp init` \
             (pegawai.nama, pegawai.unit_kerja, pejabat_penilai.nama, RHK-1, IKI-1.1)"
        ),
    );
    let fields = "(pegawai.unit_kerja, pejabat_penilai.nama, RHK-1, IKI-1.1, IKI-1.2, IKI-1.3)";
    warned(&["render", "skp", "--nip", staff], fields);
    warned(
        &["render", "skp", "--nip", staff],
        "`agency` di skp.toml masih \"Nama Instansi\"",
    );
    warned(
        &[
            "approve",
            "--nip",
            staff,
            "--by",
            kadis,
            "--date",
            "2026-01-05",
        ],
        fields,
    );
    // Replaced: nothing to say.
    let plan = root.join(format!("pegawai/{staff}/skp-2026.yaml"));
    let mut text = std::fs::read_to_string(&plan).unwrap();
    for (from, to) in [
        (
            "Terselesaikannya dokumen hasil kerja unit yang menjadi tanggung jawab jabatan",
            "Tersedianya aplikasi layanan perizinan yang andal",
        ),
        (
            "Jumlah dokumen hasil kerja yang diselesaikan",
            "Jumlah modul aplikasi yang dirilis",
        ),
        (
            "Persentase dokumen yang diterima pimpinan tanpa revisi mayor",
            "Persentase modul yang lolos uji penerimaan",
        ),
        (
            "Rata-rata waktu penyelesaian dokumen sejak penugasan",
            "Rata-rata waktu pemulihan gangguan aplikasi",
        ),
        (
            "\"Nama Kepala Perangkat Daerah\"",
            "\"Dr. Hendra Wicaksono\"",
        ),
        (
            "unit_kerja: \"Unit Kerja\"",
            "unit_kerja: \"Bidang Aplikasi Informatika\"",
        ),
    ] {
        assert!(text.contains(from), "{from}");
        text = text.replace(from, to);
    }
    std::fs::write(&plan, text).unwrap();
    let toml = root.join("skp.toml");
    let config = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        config.replace("Nama Instansi", "Dinas Kominfo Kota Contoh"),
    )
    .unwrap();
    let r = run(&root, &["render", "skp", "--nip", staff]);
    r.expect_code(0);
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    // Without an appraiser in the workspace, the appraiser's name and post are examples too.
    let r = run(
        &root,
        &[
            "init",
            "--skp",
            "--nip",
            "199202022016042002",
            "--name",
            "Budi",
            "--position",
            "Analis",
            "--position-type",
            "pelaksana",
            "--unit",
            "Bidang Umum",
        ],
    );
    r.expect_code(0);
    warned(
        &["render", "skp", "--nip", "199202022016042002"],
        "(pejabat_penilai.nama, pejabat_penilai.jabatan, RHK-1,",
    );
    assert_eq!(run(&root, &["check", "--select", "F"]).stdout, "");
}

/// The ranks (pangkat/golongan) print on every form: `init --skp` writes the ones given, and
/// leaves a line to fill in for one it does not know (an appraiser's is taken from their SKP).
#[test]
fn init_skp_writes_the_ranks_or_a_line_to_fill_in() {
    let (_dir, root) = init_workspace();
    let nip = "199203152019031004";
    let r = run(
        &root,
        &[
            "init",
            "--skp",
            "--nip",
            nip,
            "--name",
            "Rina  Wulandari, S.Kom. ",
            "--position",
            "Pranata Komputer Ahli Pertama",
            "--position-type",
            "fungsional",
            "--rank",
            "Penata Muda (III/a)",
            "--appraiser-nip",
            "198101012005011002",
            "--appraiser-name",
            "Budi  Santoso, S.T., M.T.",
            "--appraiser-position",
            "Kepala Bidang Aplikasi Informatika",
            "--appraiser-rank",
            "Pembina (IV/a)",
        ],
    );
    r.expect_code(0);
    let plan = std::fs::read_to_string(root.join(format!("pegawai/{nip}/skp-2026.yaml"))).unwrap();
    assert!(
        plan.contains("  pangkat: \"Penata Muda (III/a)\"\n"),
        "{plan}"
    );
    assert!(plan.contains("  pangkat: \"Pembina (IV/a)\"\n"), "{plan}");
    // Names typed with a double space print with one, as `import` reads them.
    assert!(
        plan.contains("nama: \"Rina Wulandari, S.Kom.\"\n"),
        "{plan}"
    );
    assert!(
        plan.contains("nama: \"Budi Santoso, S.T., M.T.\"\n"),
        "{plan}"
    );
    assert_eq!(run(&root, &["check", "--select", "F"]).stdout, "");
    let html = run(&root, &["render", "skp", "--nip", nip]).stdout;
    assert!(html.contains("Penata Muda (III/a)") && html.contains("Pembina (IV/a)"));
    // Not given: a commented line where it goes.
    let other = "199202022016042002";
    add_skp(&root, other).expect_code(0);
    let plan =
        std::fs::read_to_string(root.join(format!("pegawai/{other}/skp-2026.yaml"))).unwrap();
    assert!(plan.contains("  # pangkat: Penata Muda (III/a)"), "{plan}");
    // Its appraiser, the workspace's Kadis, has an SKP that gives the rank.
    assert!(
        plan.contains("  pangkat: \"Pembina Utama Muda (IV/c)\"\n"),
        "{plan}"
    );
}

#[test]
fn init_year_is_written_everywhere() {
    let dir = Ws::bare();
    run(dir.path(), &["init", "ws", "--year", "2031"]).expect_code(0);
    let root = dir.join("ws");
    assert!(root.join("organisasi/renstra-2031-2035.yaml").is_file());
    assert!(root.join("organisasi/pk-2031-kadis.yaml").is_file());
    let r = run(&root, &["check"]);
    r.expect_code(0);
    assert_eq!(r.stdout, "");
}

#[test]
fn init_in_the_current_folder() {
    let dir = Ws::bare();
    run(dir.path(), &["init", "--year", "2026"]).expect_code(0);
    assert!(dir.join("skp.toml").is_file());
    run(dir.path(), &["check"]).expect_code(0);
}

#[test]
fn init_defaults_to_the_current_year() {
    // "Today" is fixed by SKP_TODAY (2026-09-30).
    let dir = Ws::bare();
    run(dir.path(), &["init", "ws"]).expect_code(0);
    let toml = std::fs::read_to_string(dir.join("ws/skp.toml")).unwrap();
    assert!(toml.contains("year = 2026"), "{toml}");
}

#[test]
fn init_twice_refuses_and_changes_nothing() {
    let (dir, root) = init_workspace();
    // Touch one file so that "changes nothing" is visible.
    std::fs::write(root.join("skp.toml"), "# diubah tangan\n").unwrap();
    let before = snapshot_tree(&root);
    let r = run(dir.path(), &["init", "ws", "--year", "2026"]);
    r.expect_code(2);
    assert!(
        r.stderr.contains("skp.toml"),
        "names the existing file: {}",
        r.stderr
    );
    assert_eq!(
        snapshot_tree(&root),
        before,
        "nothing was written or changed"
    );
}

#[test]
fn init_inside_a_workspace_refuses_unless_nested_is_asked_for() {
    let (dir, root) = init_workspace();
    let before = snapshot_tree(&root);
    for sub in ["ws/pegawai", "ws/unit/baru"] {
        let r = run(dir.path(), &["init", sub, "--year", "2026"]);
        r.expect_code(2);
        assert!(
            r.stderr.contains("ada di dalam ruang kerja") && r.stderr.contains("--nested"),
            "{}",
            r.stderr
        );
    }
    assert_eq!(snapshot_tree(&root), before, "nothing was written");
    let r = run(
        dir.path(),
        &["init", "ws/unit", "--year", "2026", "--nested"],
    );
    r.expect_code(0);
    assert!(root.join("unit/skp.toml").is_file());
}

#[test]
fn init_refuses_before_writing_anything_when_one_file_exists() {
    let dir = Ws::bare();
    dir.file("ws/organisasi/pk-2026-kadis.yaml", "# milik orang lain\n");
    let before = snapshot_tree(dir.path());
    let r = run(dir.path(), &["init", "ws", "--year", "2026"]);
    r.expect_code(2);
    assert!(r.stderr.contains("pk-2026-kadis.yaml"), "{}", r.stderr);
    assert_eq!(
        snapshot_tree(dir.path()),
        before,
        "no half-written workspace"
    );
}

#[test]
fn every_written_yaml_file_has_a_modeline_to_the_schema() {
    let (_dir, root) = init_workspace();
    add_skp(&root, "199001012015032001").expect_code(0);
    let yaml = yaml_files(&root);
    assert!(yaml.len() >= 4);
    for (rel, text) in yaml {
        let first = text.lines().next().unwrap_or("");
        let target = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{rel} starts with `{first}`, not the modeline"));
        let resolved = root.join(&rel).parent().unwrap().join(target);
        let resolved = resolved
            .canonicalize()
            .unwrap_or_else(|_| panic!("{rel}: {target} does not resolve"));
        assert_eq!(
            resolved,
            root.join("skp.schema.json").canonicalize().unwrap(),
            "{rel}: {target}"
        );
    }
}

#[test]
fn schema_written_by_init_is_the_schema_command_output() {
    let (_dir, root) = init_workspace();
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("skp.schema.json")).unwrap())
            .unwrap();
    assert_eq!(written, schema_of(&[]));
}

// ---------------------------------------------------------------------------------------------
// init --skp: one employee

#[test]
fn init_skp_writes_a_passing_skp() {
    let (_dir, root) = init_workspace();
    let r = add_skp(&root, "199001012015032001");
    r.expect_code(0);
    let rel = "pegawai/199001012015032001/skp-2026.yaml";
    assert!(r.stderr.contains(rel), "{}", r.stderr);
    assert!(
        !r.stderr.contains("warning"),
        "linked to the appraiser's SKP: {}",
        r.stderr
    );
    // Without an appraiser, or with one whose SKP is not here, the plan starts unlinked: said.
    let r = run(
        &root,
        &[
            "init",
            "--skp",
            "--nip",
            "199101012015032001",
            "--name",
            "B",
            "--position",
            "Analis",
            "--position-type",
            "pelaksana",
        ],
    );
    r.expect_code(0);
    assert!(
        r.stderr.contains("peringatan: tanpa --appraiser-nip"),
        "{}",
        r.stderr
    );
    let r = run(
        &root,
        &[
            "init",
            "--skp",
            "--nip",
            "199201012015032001",
            "--name",
            "C",
            "--position",
            "Analis",
            "--position-type",
            "pelaksana",
            "--appraiser-nip",
            "198001012005011001",
        ],
    );
    r.expect_code(0);
    assert!(
        r.stderr
            .contains("198001012005011001 tidak ada di ruang kerja"),
        "{}",
        r.stderr
    );
    // Test fixtures are written with std (inputs of the run under test, not skp's output).
    std::fs::remove_dir_all(root.join("pegawai/199101012015032001")).unwrap();
    std::fs::remove_dir_all(root.join("pegawai/199201012015032001")).unwrap();
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    for key in [
        "berorientasi_pelayanan:",
        "akuntabel:",
        "kompeten:",
        "harmonis:",
        "loyal:",
        "adaptif:",
        "kolaboratif:",
        "dukungan_sumber_daya:",
        "skema_pertanggungjawaban:",
        "konsekuensi:",
    ] {
        assert!(text.contains(key), "{key} missing:\n{text}");
    }
    assert!(text.contains("nip: \"199001012015032001\""), "{text}");
    assert!(text.contains("Rina Wulandari, S.Kom."), "{text}");
    assert!(
        text.contains("nip: \"197805122003121002\""),
        "appraiser: {text}"
    );

    // Passes: exit 0 under every rule, and no format finding at all. (Alignment rules may
    // still remind the employee to link RHK-1 to a superior result: that is the next step.)
    let r = run(&root, &["check"]);
    r.expect_code(0);
    assert!(!r.stdout.contains("kesalahan["), "{}", r.stdout);
    assert!(r.stderr.contains("4 berkas diperiksa"), "{}", r.stderr);
    let f = run(&root, &["check", "--format", "json", "--select", "F"]);
    f.expect_code(0);
    assert!(f.diags().is_empty(), "{}", list(&f.diags()));
    // And precisely the seven BerAKHLAK values and three lampiran sections, as YAML keys.
    let docs = yaml_docs_to_json(&text).expect("valid YAML");
    let perilaku: Vec<&String> = docs[0]["perilaku_kerja"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(
        perilaku,
        [
            "berorientasi_pelayanan",
            "akuntabel",
            "kompeten",
            "harmonis",
            "loyal",
            "adaptif",
            "kolaboratif"
        ]
    );
    let lampiran: Vec<&String> = docs[0]["lampiran"].as_object().unwrap().keys().collect();
    assert_eq!(
        lampiran,
        [
            "dukungan_sumber_daya",
            "skema_pertanggungjawaban",
            "konsekuensi"
        ]
    );
}

/// A JPT plan must refer to the PK or Renstra (K107, an error): init writes the `acuan` to the
/// year's PK sasaran it finds, else to the Renstra's, else a line to fill in and a warning. It
/// wrote none, and the plan it made failed `check`.
#[test]
fn init_skp_for_a_jpt_refers_to_the_pk_and_passes_check() {
    let (_dir, root) = init_workspace();
    let jpt = |nip: &str| {
        run(
            &root,
            &[
                "init",
                "--skp",
                "--nip",
                nip,
                "--name",
                "Dr. Kepala Dinas",
                "--position",
                "Kepala Dinas",
                "--position-type",
                "jpt_pratama",
            ],
        )
    };
    jpt("198001012005011009").expect_code(0);
    let text =
        std::fs::read_to_string(root.join("pegawai/198001012005011009/skp-2026.yaml")).unwrap();
    assert!(text.contains("    acuan: [PK-2026-KADIS/S1]"), "{text}");
    let r = run(&root, &["check", "--format", "json"]);
    r.expect_code(0);
    assert!(
        with_code(&r.diags(), "K107").is_empty(),
        "{}",
        list(&r.diags())
    );

    // Without a PK of the year, the Renstra's sasaran; without either, a line to fill in.
    // Test fixtures are removed with std (inputs of the run under test).
    std::fs::remove_file(root.join("organisasi/pk-2026-kadis.yaml")).unwrap();
    jpt("198001012005011010").expect_code(0);
    let text =
        std::fs::read_to_string(root.join("pegawai/198001012005011010/skp-2026.yaml")).unwrap();
    assert!(text.contains("    acuan: [RENSTRA-INSTANSI/SS1]"), "{text}");
    for f in std::fs::read_dir(root.join("organisasi")).unwrap() {
        std::fs::remove_file(f.unwrap().path()).unwrap();
    }
    let r = jpt("198001012005011011");
    r.expect_code(0);
    assert!(
        r.stderr
            .contains("belum memuat Perjanjian Kinerja atau Renstra tahun 2026"),
        "{}",
        r.stderr
    );
    let text =
        std::fs::read_to_string(root.join("pegawai/198001012005011011/skp-2026.yaml")).unwrap();
    assert!(text.contains("    # acuan: [PK-2026-ID/S1]"), "{text}");
}

#[test]
fn init_skp_from_a_subfolder_writes_at_the_workspace_root() {
    let (_dir, root) = init_workspace();
    let r = run(
        &root.join("organisasi"),
        &[
            "init",
            "--skp",
            "--nip",
            "199202022016042002",
            "--name",
            "Budi",
            "--position",
            "Kepala Seksi",
            "--position-type",
            "pengawas",
        ],
    );
    r.expect_code(0);
    assert!(
        root.join("pegawai/199202022016042002/skp-2026.yaml")
            .is_file()
    );
    run(&root, &["check"]).expect_code(0);
}

#[test]
fn init_skp_for_a_jpt_uses_perspektif() {
    let (_dir, root) = init_workspace();
    let r = run(
        &root,
        &[
            "init",
            "--skp",
            "--nip",
            "198001012005011003",
            "--name",
            "Kepala Badan",
            "--position",
            "Kepala Badan",
            "--position-type",
            "jpt_pratama",
        ],
    );
    r.expect_code(0);
    let text =
        std::fs::read_to_string(root.join("pegawai/198001012005011003/skp-2026.yaml")).unwrap();
    assert!(text.contains("perspektif:"), "{text}");
    let r = run(&root, &["check", "--select", "F"]);
    r.expect_code(0);
}

/// `--position-type` is typed by people: any letter case is read, and a slip gets the value
/// it was probably meant to be.
#[test]
fn init_skp_reads_the_position_type_as_typed() {
    let (_dir, root) = init_workspace();
    let args = |nip: &'static str, jenis: &'static str| {
        [
            "init",
            "--skp",
            "--nip",
            nip,
            "--name",
            "Budi",
            "--position",
            "Analis",
            "--position-type",
            jenis,
        ]
    };
    let r = run(&root, &args("199202022016042002", "fungsionl"));
    r.expect_code(2);
    assert!(
        r.stderr.contains("maksud Anda `fungsional`?"),
        "{}",
        r.stderr
    );
    run(&root, &args("199202022016042002", "Fungsional")).expect_code(0);
    let text =
        std::fs::read_to_string(root.join("pegawai/199202022016042002/skp-2026.yaml")).unwrap();
    assert!(text.contains("jenis_jabatan: fungsional"), "{text}");
}

#[test]
fn init_skp_refuses_to_overwrite() {
    let (_dir, root) = init_workspace();
    add_skp(&root, "199001012015032001").expect_code(0);
    let rel = "pegawai/199001012015032001/skp-2026.yaml";
    std::fs::write(root.join(rel), "# ditulis tangan\n").unwrap();
    let before = snapshot_tree(&root);
    let r = add_skp(&root, "199001012015032001");
    r.expect_code(2);
    assert!(r.stderr.contains("skp-2026.yaml"), "{}", r.stderr);
    assert_eq!(snapshot_tree(&root), before);
}

#[test]
fn init_skp_outside_a_workspace_exits_2() {
    let dir = Ws::bare();
    let r = add_skp(dir.path(), "199001012015032001");
    r.expect_code(2);
    assert!(r.stderr.contains("skp.toml"), "{}", r.stderr);
    assert!(snapshot_tree(dir.path()).is_empty());
}

#[test]
fn init_skp_rejects_bad_input() {
    let (_dir, root) = init_workspace();
    let before = snapshot_tree(&root);
    let r = run(
        &root,
        &[
            "init",
            "--skp",
            "--nip",
            "12345",
            "--name",
            "X",
            "--position",
            "Y",
            "--position-type",
            "fungsional",
        ],
    );
    r.expect_code(2);
    let r = run(
        &root,
        &[
            "init",
            "--skp",
            "--nip",
            "199001012015032001",
            "--name",
            "X",
            "--position",
            "Y",
            "--position-type",
            "direktur",
        ],
    );
    r.expect_code(2);
    assert!(
        r.stderr.contains("fungsional"),
        "lists allowed values: {}",
        r.stderr
    );
    // --skp without its required flags is a usage error.
    run(&root, &["init", "--skp", "--nip", "199001012015032001"]).expect_code(2);
    assert_eq!(snapshot_tree(&root), before);
}

#[test]
fn init_skp_quotes_names_safely() {
    let (_dir, root) = init_workspace();
    let r = run(
        &root,
        &[
            "init",
            "--skp",
            "--nip",
            "199001012015032001",
            "--name",
            "O'Neil: \"Si #1\" [x] {y}",
            "--position",
            "Analis: Data # utama",
            "--position-type",
            "pelaksana",
        ],
    );
    r.expect_code(0);
    let text =
        std::fs::read_to_string(root.join("pegawai/199001012015032001/skp-2026.yaml")).unwrap();
    let docs = yaml_docs_to_json(&text).expect("valid YAML");
    assert_eq!(docs[0]["pegawai"]["nama"], "O'Neil: \"Si #1\" [x] {y}");
    assert_eq!(docs[0]["pegawai"]["jabatan"], "Analis: Data # utama");
    run(&root, &["check", "--select", "F"]).expect_code(0);
}

// ---------------------------------------------------------------------------------------------
// schema

#[test]
fn schema_is_valid_draft_2020_12() {
    let schema = schema_of(&[]);
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::draft202012::meta::validate(&schema)
        .unwrap_or_else(|e| panic!("not a valid draft 2020-12 schema: {e}"));
}

#[test]
fn schema_of_all_kinds_compiles() {
    let schema = schema_of(&[]);
    let v = jsonschema::draft202012::new(&schema)
        .unwrap_or_else(|e| panic!("`skp schema` does not compile: {e}"));
    // And it accepts a valid document of each kind.
    let doc = yaml_docs_to_json(MINIMAL_SKP).unwrap().remove(0);
    let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn schema_of_each_kind_compiles() {
    for kind in KINDS {
        let schema = schema_of(&[kind]);
        assert_eq!(schema["title"], kind);
        jsonschema::draft202012::meta::validate(&schema).unwrap_or_else(|e| panic!("{kind}: {e}"));
        jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{kind}: {e}"));
    }
}

#[test]
fn schema_kind_is_case_insensitive_and_unknown_kind_exits_2() {
    assert_eq!(schema_of(&["skp"]), schema_of(&["Skp"]));
    // As docs/adopting.md writes it, words apart.
    let pk = schema_of(&["PerjanjianKinerja"]);
    assert_eq!(schema_of(&["perjanjian-kinerja"]), pk);
    assert_eq!(schema_of(&["perjanjian_kinerja"]), pk);
    let dir = Ws::bare();
    let r = run(dir.path(), &["schema", "Nope"]);
    r.expect_code(2);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("Nope"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("jenis dokumen (kind) yang dikenal: Skp, Renstra, PerjanjianKinerja"),
        "lists the kinds: {}",
        r.stderr
    );
}

#[test]
fn schema_output_is_stable() {
    let dir = Ws::bare();
    let a = run(dir.path(), &["schema"]);
    let b = run(dir.path(), &["schema"]);
    assert_eq!(a.stdout, b.stdout);
    assert!(a.stdout.ends_with("}\n"));
}

/// The files of kesalahan-umum that are broken on purpose (README.md of the example).
const DELIBERATELY_BROKEN: [&str; 5] = [
    "kesalahan-umum/pegawai/199001012015032001/skp-2026.yaml",
    "kesalahan-umum/pegawai/199013452019031004/skp-2026.yaml",
    "kesalahan-umum/pegawai/199511302020122001/skp-2026.yaml",
    "kesalahan-umum/pegawai/rusak/skp-2026.yaml",
    // `orientasi_pelayanan`, a behaviour aspect of the former rules (P102).
    "kesalahan-umum/pegawai/199703152021012004/skp-2026.yaml",
];

/// (file, document) of every YAML document of both examples, except the broken files.
fn example_documents() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for ex in ["dinas-kominfo", "kesalahan-umum"] {
        for (rel, text) in yaml_files(&example(ex)) {
            let name = format!("{ex}/{rel}");
            if DELIBERATELY_BROKEN.contains(&name.as_str()) {
                continue;
            }
            let docs = yaml_docs_to_json(&text).unwrap_or_else(|| panic!("{name}: not YAML"));
            for d in docs {
                out.push((name.clone(), d));
            }
        }
    }
    assert!(out.len() >= 15, "{}", out.len());
    out
}

fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn example_documents_validate_against_their_kind_schema() {
    let validators: Vec<(String, jsonschema::Validator)> = KINDS
        .iter()
        .map(|k| {
            (
                k.to_string(),
                jsonschema::draft202012::new(&schema_of(&[k])).unwrap(),
            )
        })
        .collect();
    let mut failures = Vec::new();
    let mut kinds_seen = std::collections::BTreeSet::new();
    for (name, doc) in example_documents() {
        let kind = doc["kind"].as_str().unwrap_or_default().to_string();
        let (_, v) = validators
            .iter()
            .find(|(k, _)| *k == kind)
            .unwrap_or_else(|| panic!("{name}: unknown kind {kind}"));
        kinds_seen.insert(kind);
        let e = errors(v, &doc);
        if !e.is_empty() {
            failures.push(format!("{name}: {e:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(kinds_seen.len(), KINDS.len(), "{kinds_seen:?}");
}

#[test]
fn deliberately_broken_files_are_rejected_by_the_schema() {
    // The schema is strict enough to catch what `skp check` reports as F002/F004/F010.
    let v = jsonschema::draft202012::new(&schema_of(&["Skp"])).unwrap();
    for name in &DELIBERATELY_BROKEN[..3] {
        let (ex, rel) = name.split_once('/').unwrap();
        let text = std::fs::read_to_string(example(ex).join(rel)).unwrap();
        let doc = yaml_docs_to_json(&text).unwrap().remove(0);
        assert!(!v.is_valid(&doc), "{name} should not validate");
    }
}

#[test]
fn the_ledger_schema_refuses_what_f004_refuses_in_a_link_or_hash() {
    // An editor with the schema flags these as they are typed, not only `skp check`.
    let v = jsonschema::draft202012::new(&schema_of(&["BuktiDukung"])).unwrap();
    let ledger = |entry: Value| {
        json!({"apiVersion": "skp/v1", "kind": "BuktiDukung", "skp": "x-2026",
               "bukti": [entry]})
    };
    let link = |url: &str| {
        ledger(json!({"url": url, "untuk": ["RHK-1"], "periode": "2026-TW1", "jenis": "tautan"}))
    };
    let file = |sha: &str| {
        ledger(
            json!({"sha256": sha, "berkas": "pegawai/1/bukti/a.pdf", "untuk": ["RHK-1"],
                      "periode": "2026-TW1", "jenis": "laporan"}),
        )
    };
    assert!(v.is_valid(&link("https://drive.example/x")));
    assert!(v.is_valid(&link("HTTP://10.0.0.1:8080/")));
    for bad in [
        "javascript:alert(1)//",
        "file:///etc/passwd",
        "https://a b",
        "https:///x",
    ] {
        assert!(!v.is_valid(&link(bad)), "{bad}");
    }
    assert!(v.is_valid(&file(&"aB".repeat(32))));
    for bad in ["abc", &"g".repeat(64), &"a".repeat(65)] {
        assert!(!v.is_valid(&file(bad)), "{bad}");
    }
}

#[test]
fn example_documents_validate_against_the_combined_schema() {
    let v = jsonschema::draft202012::new(&schema_of(&[])).unwrap();
    let failures: Vec<String> = example_documents()
        .into_iter()
        .filter_map(|(name, doc)| {
            let e = errors(&v, &doc);
            (!e.is_empty()).then(|| format!("{name}: {e:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn init_documents() -> Vec<(String, Value)> {
    let (_dir, root) = init_workspace();
    add_skp(&root, "199001012015032001").expect_code(0);
    let mut out = Vec::new();
    for (rel, text) in yaml_files(&root) {
        for d in yaml_docs_to_json(&text).unwrap_or_else(|| panic!("{rel}: not YAML")) {
            out.push((rel.clone(), d));
        }
    }
    assert_eq!(out.len(), 4);
    out
}

#[test]
fn init_output_validates_against_its_kind_schema() {
    for (rel, doc) in init_documents() {
        let kind = doc["kind"].as_str().unwrap().to_string();
        let v = jsonschema::draft202012::new(&schema_of(&[&kind])).unwrap();
        let e = errors(&v, &doc);
        assert!(e.is_empty(), "{rel}: {e:?}");
    }
}

#[test]
fn init_output_validates_against_the_schema_file_it_wrote() {
    let (_dir, root) = init_workspace();
    add_skp(&root, "199001012015032001").expect_code(0);
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("skp.schema.json")).unwrap())
            .unwrap();
    let v = jsonschema::draft202012::new(&schema).unwrap();
    for (rel, text) in yaml_files(&root) {
        for doc in yaml_docs_to_json(&text).unwrap() {
            let e = errors(&v, &doc);
            assert!(e.is_empty(), "{rel}: {e:?}");
        }
    }
}

/// The examples open in an editor with completion and hover: each carries the schema `skp init`
/// writes (kept current: `SKP_BLESS=1` rewrites it) and a modeline in every plan file.
#[test]
fn the_examples_carry_the_current_schema_and_modelines() {
    let schema = {
        let dir = Ws::bare();
        let r = run(dir.path(), &["schema"]);
        r.expect_code(0);
        r.stdout
    };
    for name in ["dinas-kominfo", "kesalahan-umum"] {
        let root = common::example(name);
        let path = root.join("skp.schema.json");
        if std::env::var_os("SKP_BLESS").is_some() {
            // Test fixtures are written with std: this regenerates a committed file.
            std::fs::write(&path, &schema).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == schema,
            "{name}/skp.schema.json is stale; run SKP_BLESS=1 cargo test --test init_schema"
        );
        let r = run(&root, &["check", "--list-files"]);
        for line in r.stdout.lines().filter(|l| l.starts_with("dibaca")) {
            let rel = line.split_whitespace().nth(1).unwrap();
            if rel.ends_with(".bukti.yaml") || rel.ends_with(".persetujuan.yaml") {
                continue; // machine-owned ledgers, rewritten whole by skp
            }
            let text = std::fs::read_to_string(root.join(rel)).unwrap();
            let depth = rel.matches('/').count();
            let want = format!(
                "# yaml-language-server: $schema={}skp.schema.json\n",
                "../".repeat(depth)
            );
            assert!(text.starts_with(&want), "{name}/{rel} lacks the modeline");
        }
    }
}

/// The schema as a strict validator sees it: ajv (`--strict=true`, JSON Schema formats only)
/// accepts the schema and every document of the clean example. `.ci/run` installs ajv-cli from
/// npm and sets SKP_AJV_DIR; elsewhere the test says it was skipped.
#[test]
fn ajv_in_strict_mode_accepts_the_schema_and_the_clean_example() {
    let Some(dir) = std::env::var_os("SKP_AJV_DIR").map(std::path::PathBuf::from) else {
        eprintln!("note: SKP_AJV_DIR is not set; the ajv test is skipped");
        return;
    };
    let ajv = dir.join("node_modules/.bin/ajv");
    assert!(ajv.is_file(), "SKP_AJV_DIR has no ajv: {}", ajv.display());
    let tmp = tempfile::tempdir().unwrap();
    let schema = tmp.path().join("skp.schema.json");
    let root = common::example("dinas-kominfo");
    std::fs::copy(root.join("skp.schema.json"), &schema).unwrap();
    let r = run(&root, &["check", "--list-files"]);
    let mut n = 0;
    for line in r.stdout.lines().filter(|l| l.starts_with("dibaca")) {
        let rel = line.split_whitespace().nth(1).unwrap();
        let text = std::fs::read_to_string(root.join(rel)).unwrap();
        for doc in yaml_docs_to_json(&text).expect("YAML") {
            n += 1;
            // Test fixtures are written with std: JSON copies for the validator.
            std::fs::write(tmp.path().join(format!("doc{n}.json")), doc.to_string()).unwrap();
        }
    }
    assert!(n >= 20, "{n} documents");
    let out = std::process::Command::new(&ajv)
        .current_dir(&dir)
        .args([
            "validate",
            "--spec=draft2020",
            "--strict=true",
            "-c",
            "ajv-formats",
            "-s",
        ])
        .arg(&schema)
        .arg("-d")
        .arg(tmp.path().join("doc*.json"))
        .output()
        .expect("ajv");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "ajv refused:\n{log}");
    assert_eq!(log.matches(" valid").count(), n, "{log}");
}

/// A file where a folder must be, a folder link leading out and a year no command accepts are
/// all refused before anything is written (the files before them used to be written, and a
/// second run then refused because `skp.toml` existed).
#[test]
fn init_refuses_a_file_for_a_folder_a_link_out_and_a_year_out_of_range_before_writing() {
    for (name, setup, said) in [
        (
            "pegawai is a file",
            (|d: &Path| std::fs::write(d.join("ws/pegawai"), "catatan\n").unwrap()) as fn(&Path),
            "pegawai sudah ada sebagai berkas",
        ),
        (
            "organisasi leads out",
            |d: &Path| {
                let out = d.join("di-luar");
                std::fs::create_dir(&out).unwrap();
                std::os::unix::fs::symlink(&out, d.join("ws/organisasi")).unwrap();
            },
            "tautan simbolik ke luar ruang kerja",
        ),
    ] {
        let dir = Ws::bare();
        std::fs::create_dir(dir.join("ws")).unwrap();
        setup(dir.path());
        let before = snapshot_tree(dir.path());
        let r = run(dir.path(), &["init", "ws", "--year", "2026"]);
        r.expect_code(2);
        assert!(r.stderr.contains(said), "{name}: {}", r.stderr);
        assert_eq!(snapshot_tree(dir.path()), before, "{name}: written");
    }
    for year in ["0", "99999"] {
        let dir = Ws::bare();
        let r = run(dir.path(), &["init", "ws", "--year", year]);
        r.expect_code(2);
        assert!(
            r.stderr.contains("bukan tahun yang masuk akal"),
            "{}",
            r.stderr
        );
        assert!(snapshot_tree(dir.path()).is_empty());
    }
}

/// `init --skp` says what is wrong with a NIP, and never makes a second SKP of a year that the
/// employee's plan elsewhere already covers.
#[test]
fn init_skp_names_a_short_nip_and_an_skp_of_that_year_elsewhere() {
    let (_dir, root) = init_workspace();
    let r = add_skp(&root, "123");
    r.expect_code(2);
    assert!(
        r.stderr.contains("NIP 123 tidak terdiri atas 18 digit"),
        "{}",
        r.stderr
    );
    add_skp(&root, "199001012015032001").expect_code(0);
    let made = "pegawai/199001012015032001/skp-2026.yaml";
    std::fs::create_dir_all(root.join("pegawai/rina")).unwrap();
    std::fs::rename(root.join(made), root.join("pegawai/rina/rencana.yaml")).unwrap();
    let before = snapshot_tree(&root);
    let r = add_skp(&root, "199001012015032001");
    r.expect_code(2);
    assert!(
        r.stderr.contains(
            "NIP 199001012015032001 sudah punya SKP tahun 2026 di pegawai/rina/rencana.yaml"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(snapshot_tree(&root), before);
}

/// A unit scaffolded level by level still passes `check` without a warning: a plan under a
/// superior whose plan is still init's sample gets the other sample result (repeating the
/// served result is K114), and a functional post's title gives its jenjang (angka kredit needs
/// it) or, when it names none, the commented line to fill in.
#[test]
fn init_skp_under_a_scaffolded_superior_passes_and_writes_the_jenjang_its_title_names() {
    let (_dir, root) = init_workspace();
    let add = |nip: &str, position: &str, kind: &str, appraiser: &str| {
        run(
            &root,
            &[
                "init",
                "--skp",
                "--nip",
                nip,
                "--name",
                "Pegawai",
                "--position",
                position,
                "--position-type",
                kind,
                "--appraiser-nip",
                appraiser,
            ],
        )
        .expect_code(0);
    };
    add(
        "198109232006042001",
        "Kepala Bidang Aplikasi",
        "administrator",
        "197805122003121002",
    );
    add(
        "198702142010011003",
        "Kepala Seksi Data",
        "pengawas",
        "198109232006042001",
    );
    add(
        "199001012015032001",
        "Pranata Komputer AHLI MUDA",
        "fungsional",
        "198702142010011003",
    );
    add(
        "199101012015032001",
        "Pranata Komputer",
        "fungsional",
        "198109232006042001",
    );
    let r = run(&root, &["check", "--format", "json"]);
    let d = r.diags();
    assert!(
        d.iter().all(|x| x.severity == "info"),
        "{}",
        common::list(&d)
    );
    let plan =
        std::fs::read_to_string(root.join("pegawai/199001012015032001/skp-2026.yaml")).unwrap();
    assert!(plan.contains("\n  jenjang: ahli_muda\n"), "{plan}");
    let plan =
        std::fs::read_to_string(root.join("pegawai/199101012015032001/skp-2026.yaml")).unwrap();
    assert!(plan.contains("\n  # jenjang: ahli_pertama "), "{plan}");
}

/// A name, post or rank of spaces only would be written as `""` and pass `check`: refused,
/// naming the flag, with nothing written.
#[test]
fn init_skp_refuses_a_blank_name_post_or_rank() {
    let (_dir, root) = init_workspace();
    let nip = "199203152019031004";
    for (flag, says) in [
        ("--name", "`--name` kosong; tulis nilainya"),
        (
            "--rank",
            "`--rank` kosong; tulis nilainya, atau tinggalkan opsi itu",
        ),
    ] {
        let mut args = vec![
            "init",
            "--skp",
            "--nip",
            nip,
            "--name",
            "Rina Wulandari",
            "--position",
            "Pranata Komputer Ahli Pertama",
            "--position-type",
            "fungsional",
        ];
        if flag == "--name" {
            args[5] = "   ";
        } else {
            args.extend([flag, " "]);
        }
        let r = run(&root, &args);
        r.expect_code(2);
        assert!(r.stderr.contains(says), "{}", r.stderr);
        assert!(!root.join(format!("pegawai/{nip}")).exists());
    }
}
