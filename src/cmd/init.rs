//! `skp init`: a new workspace, or a new SKP for one employee. Everything written passes
//! `skp check`; nothing existing is ever overwritten.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::Datelike;

use crate::cli::InitArgs;
use crate::i18n::Msg;
use crate::model::example;
use crate::model::vocab::{JenisJabatan, Vocab};

use super::{EXIT_OK, Ui};

/// The schema file `init` writes at the workspace root; modelines point at it.
pub const SCHEMA_FILE: &str = "skp.schema.json";

pub(super) fn modeline(rel_file: &str) -> String {
    let depth = rel_file.matches('/').count();
    format!(
        "# yaml-language-server: $schema={}{SCHEMA_FILE}\n",
        "../".repeat(depth)
    )
}

/// Creates `path` (inside `root`) with `text`; refuses (never overwrites) if it exists, and
/// never writes through a symbolic link out of the workspace.
fn create_new(root: &Path, path: &Path, text: &str) -> std::io::Result<()> {
    let mut f = crate::fsutil::create_new(root, path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

fn fail(ui: &Ui, path: &Path, e: &std::io::Error) -> u8 {
    if e.kind() == std::io::ErrorKind::AlreadyExists {
        ui.fatal(
            &Msg::InitExists {
                path: path.display().to_string(),
            },
            Some(&Msg::HelpInitExists),
        )
    } else {
        ui.fatal(
            &Msg::InitWriteFailed {
                path: path.display().to_string(),
                error: crate::i18n::io_error(e),
            },
            None,
        )
    }
}

pub fn run(ui: &Ui, args: InitArgs) -> Result<u8, u8> {
    if args.skp {
        return add_skp(ui, &args);
    }
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let year = args.year.unwrap_or_else(|| {
        super::today::today(crate::workspace::config::TimeZone::WIB)
            .0
            .year()
    });
    year_in_range(ui, year)?;
    let files = workspace_files(year);
    // A workspace inside another hides its folder from the outer one's `check`: never by
    // accident. The nearest existing folder decides (DIR itself may not exist yet).
    let existing = std::path::absolute(&dir)
        .ok()
        .and_then(|d| d.ancestors().find(|a| a.is_dir()).map(Path::to_path_buf));
    let itself = fs::canonicalize(&dir).ok();
    if !args.nested
        && let Some(outer) = existing.as_deref().and_then(crate::workspace::find_root)
        && Some(&outer) != itself.as_ref()
    {
        return Err(ui.fatal(
            &Msg::InitInsideWorkspace {
                path: dir.display().to_string(),
                root: outer.display().to_string(),
            },
            Some(&Msg::HelpInitInsideWorkspace),
        ));
    }
    // Refuse before writing anything, so a half-written workspace never happens: a file that
    // exists, a file where a folder must be, a folder link leading out.
    for (rel, _) in &files {
        let p = dir.join(rel);
        if p.exists() {
            return Err(fail(
                ui,
                &p,
                &std::io::Error::from(std::io::ErrorKind::AlreadyExists),
            ));
        }
        if let Some(file) = p
            .ancestors()
            .skip(1)
            .take_while(|a| *a != dir.as_path())
            .find(|a| fs::symlink_metadata(a).is_ok_and(|m| m.is_file()))
        {
            return Err(ui.fatal(
                &Msg::InitFolderIsFile {
                    path: file.display().to_string(),
                },
                Some(&Msg::HelpInitExists),
            ));
        }
        if dir.is_dir() {
            crate::fsutil::guard(&dir, &p).map_err(|e| fail(ui, &p, &e))?;
        }
    }
    fs::create_dir_all(&dir).map_err(|e| fail(ui, &dir, &e))?;
    for (rel, text) in &files {
        let p = dir.join(rel);
        create_new(&dir, &p, text).map_err(|e| fail(ui, &p, &e))?;
    }
    ui.err_text(&format!(
        "{}\n",
        Msg::InitDone {
            path: dir.display().to_string(),
            files: files.len()
        }
        .render(ui.lang)
    ));
    Ok(EXIT_OK)
}

fn schema_text() -> String {
    let mut s = serde_json::to_string_pretty(&crate::schema::all()).unwrap_or_default();
    s.push('\n');
    s
}

fn workspace_files(year: i32) -> Vec<(String, String)> {
    let end = year + 4;
    let renstra_rel = format!("organisasi/renstra-{year}-{end}.yaml");
    let pk_rel = format!("organisasi/pk-{year}-kadis.yaml");
    let skp_rel = format!("pegawai/{KADIS_NIP}/skp-{year}.yaml");
    let fill = |t: &str| {
        t.replace("{TAHUN}", &year.to_string())
            .replace("{TAHUN_AKHIR}", &end.to_string())
            .replace("{TAHUN_DEPAN}", &(year + 1).to_string())
            .replace("{NIP_KADIS}", KADIS_NIP)
    };
    vec![
        ("skp.toml".into(), fill(SKP_TOML)),
        (SCHEMA_FILE.into(), schema_text()),
        (".gitignore".into(), ".skp/\n".into()),
        (renstra_rel.clone(), modeline(&renstra_rel) + &fill(RENSTRA)),
        (pk_rel.clone(), modeline(&pk_rel) + &fill(PK)),
        (skp_rel.clone(), modeline(&skp_rel) + &fill(SKP_KADIS)),
    ]
}

const KADIS_NIP: &str = "197805122003121002";

const SKP_TOML: &str = r#"# Ruang kerja skp. Semua kunci diterangkan di README skp (bagian skp.toml).
min_version = "0.1"

[workspace]
agency = "Nama Instansi"
# place = "Nama Kota"       # tempat tanda tangan formulir; tanpa ini: nama instansi
year = {TAHUN}
evaluation = "triwulanan"   # bulanan | triwulanan | semesteran
timezone = "WIB"            # WIB | WITA | WIT
grace_days = 0

[evidence]
storage = "repo"
min_per_period = 1
max_size_mb = 50

[rules]
select = []
ignore = []

[vocab]
extra_normative = []
extra_units = []
accept = []

[privacy]
allow = []                  # kontak resmi instansi yang memang dipublikasikan: "(021) 555-0100", "@instansi.go.id"
"#;

const RENSTRA: &str = r#"apiVersion: skp/v1
kind: Renstra
id: RENSTRA-INSTANSI
tahun_mulai: {TAHUN}
tahun_selesai: {TAHUN_AKHIR}
unit: Nama Perangkat Daerah
tujuan:
  - id: T1
    uraian: Meningkatnya kualitas pelayanan publik perangkat daerah
    indikator:
      - id: T1.I1
        uraian: Indeks kepuasan masyarakat terhadap layanan perangkat daerah
        satuan: indeks
        target: { {TAHUN}: 80, {TAHUN_DEPAN}: 82 }
    sasaran:
      - id: SS1
        uraian: Meningkatnya ketepatan waktu penyelesaian layanan
        indikator:
          - id: SS1.I1
            uraian: Persentase layanan yang diselesaikan sesuai standar pelayanan
            satuan: "%"
            target: { {TAHUN}: 90, {TAHUN_DEPAN}: 92 }
"#;

const PK: &str = r#"apiVersion: skp/v1
kind: PerjanjianKinerja
id: PK-{TAHUN}-KADIS
tahun: {TAHUN}
revisi: 0
pihak_pertama:
  nama: Nama Kepala Perangkat Daerah
  nip: "{NIP_KADIS}"
  jabatan: Kepala Perangkat Daerah
pihak_kedua:
  nama: Nama Kepala Daerah
  jabatan: Kepala Daerah
sasaran:
  - id: S1
    uraian: Meningkatnya ketepatan waktu penyelesaian layanan
    acuan: [RENSTRA-INSTANSI/SS1]
    indikator:
      - id: S1.I1
        uraian: Persentase layanan yang diselesaikan sesuai standar pelayanan
        satuan: "%"
        target: 90 %
"#;

const SKP_KADIS: &str = r#"apiVersion: skp/v1
kind: Skp
tahun: {TAHUN}
pendekatan: kuantitatif
status: draft
pegawai:
  nama: Nama Kepala Perangkat Daerah
  nip: "{NIP_KADIS}"
  pangkat: Pembina Utama Muda (IV/c)
  jabatan: Kepala Perangkat Daerah
  jenis_jabatan: jpt_pratama
  unit_kerja: Nama Perangkat Daerah
pejabat_penilai:
  nama: Nama Kepala Daerah
  jabatan: Kepala Daerah
hasil_kerja:
  - id: RHK-1
    jenis: utama
    rhk: Meningkatnya ketepatan waktu penyelesaian layanan perangkat daerah
    acuan: [PK-{TAHUN}-KADIS/S1]
    indikator:
      - id: IKI-1.1
        perspektif: penerima_layanan
        teks: Persentase layanan yang diselesaikan sesuai standar pelayanan
        target: 90 %
perilaku_kerja:
  berorientasi_pelayanan: {}
  akuntabel: {}
  kompeten: {}
  harmonis: {}
  loyal: {}
  adaptif: {}
  kolaboratif: {}
lampiran:
  dukungan_sumber_daya:
    - Anggaran program pelayanan sesuai DPA
  skema_pertanggungjawaban:
    - Laporan capaian kinerja triwulanan kepada Kepala Daerah
  konsekuensi:
    - Capaian di bawah target dibahas dalam dialog kinerja triwulanan
"#;

/// The lampiran of a new SKP: its three sections (DESIGN §5), each with the usual commitment to
/// be edited with the appraiser — not empty lists, which P103 reports, nor placeholders.
fn lampiran(jpt: bool) -> &'static str {
    if jpt {
        "lampiran:
  dukungan_sumber_daya:
    - Anggaran program sesuai DPA tahun berjalan
  skema_pertanggungjawaban:
    - Laporan capaian Perjanjian Kinerja setiap triwulan kepada atasan langsung
  konsekuensi:
    - Capaian kinerja menjadi dasar penilaian kinerja dan pengembangan karier
"
    } else {
        "lampiran:
  dukungan_sumber_daya:
    - Sarana kerja dan akses aplikasi yang dibutuhkan untuk tugas jabatan
  skema_pertanggungjawaban:
    - Laporan capaian hasil kerja setiap triwulan kepada pejabat penilai
  konsekuensi:
    - Capaian di bawah target dibahas dalam dialog kinerja triwulanan
"
    }
}

/// `skp init --skp`: one employee's SKP, prefilled with the BerAKHLAK values and lampiran.
fn add_skp(ui: &Ui, args: &InitArgs) -> Result<u8, u8> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let (root, cfg) = super::check::open_workspace(ui, &cwd)?;
    let nip: String = args
        .nip
        .clone()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if !nip.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ui.fatal(&Msg::NipNotDigits { value: nip }, None));
    }
    if nip.len() != 18 {
        return Err(ui.fatal(
            &Msg::NipStructure {
                nip,
                part: crate::model::nip::NipProblem::Length,
            },
            None,
        ));
    }
    // A value of spaces only would be written as `""` and pass `check`: asked for instead.
    for (flag, value, required) in [
        ("--name", &args.name, true),
        ("--position", &args.position, true),
        ("--unit", &args.unit, false),
        ("--rank", &args.rank, false),
        ("--appraiser-name", &args.appraiser_name, false),
        ("--appraiser-position", &args.appraiser_position, false),
        ("--appraiser-rank", &args.appraiser_rank, false),
    ] {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            return Err(ui.fatal(&Msg::ArgBlank { flag, required }, None));
        }
    }
    let jenis = args.position_type.clone().unwrap_or_default();
    // A flag is typed, not a plan's code: `Fungsional` and ` fungsional ` mean `fungsional`.
    let Some(jenis_jabatan) = JenisJabatan::parse(jenis.trim().to_lowercase().as_str()) else {
        return Err(ui.fatal(
            &Msg::BadEnum {
                field: "--position-type".into(),
                value: jenis.clone(),
            },
            Some(&Msg::HelpAllowedValues {
                allowed: JenisJabatan::allowed().join(", "),
                suggestion: {
                    let codes: Vec<&str> =
                        JenisJabatan::ALL.iter().map(|(v, _, _)| v.code()).collect();
                    crate::model::convert::did_you_mean(&jenis.to_lowercase(), &codes)
                        .map(str::to_string)
                },
            }),
        ));
    };
    let year = args
        .year
        .or(cfg.workspace.year)
        .unwrap_or_else(|| super::today::today(cfg.workspace.timezone).0.year());
    year_in_range(ui, year)?;
    let rel = format!("pegawai/{nip}/skp-{year}.yaml");
    let path = root.join(&rel);
    // One SKP per employee and year (F013): a plan of that year elsewhere is the one to edit.
    if let Some(other) = crate::evidence::locate::find(&root, Some(&nip), None)
        .into_iter()
        .find(|f| f.skp.tahun.value == year)
    {
        let file =
            crate::workspace::relative_path(other.file.strip_prefix(&root).unwrap_or(&other.file));
        return Err(ui.fatal(
            &Msg::InitSkpElsewhere {
                nip,
                tahun: year,
                file,
            },
            None,
        ));
    }
    if let Some(folder) = path.parent().filter(|d| d.is_file()) {
        return Err(ui.fatal(
            &Msg::InitFolderIsFile {
                path: folder.display().to_string(),
            },
            Some(&Msg::HelpInitExists),
        ));
    }
    // The appraiser's SKP of that year, when it is in the workspace: its name, position and the
    // first main result to serve, so the new SKP starts linked into the cascade.
    let superior = args.appraiser_nip.as_ref().and_then(|n| {
        let n: String = n.chars().filter(|c| !c.is_whitespace()).collect();
        crate::evidence::locate::find(&root, Some(&n), None)
            .into_iter()
            .map(|f| f.skp)
            .find(|s| s.tahun.value == year)
    });
    // A JPT plan's results must refer to the PK or Renstra (K107): the sasaran to start from.
    let acuan = if jenis_jabatan.is_jpt() {
        jpt_acuan(
            &crate::workspace::Workspace::load_model(root.clone(), cfg.clone()),
            &nip,
            year,
        )
    } else {
        None
    };
    let text = modeline(&rel)
        + &skp_template(
            args,
            &nip,
            jenis_jabatan,
            year,
            superior.as_ref(),
            acuan.as_deref(),
        );
    create_new(&root, &path, &text).map_err(|e| fail(ui, &path, &e))?;
    ui.err_text(&format!(
        "{}\n",
        Msg::InitSkpDone { path: rel }.render(ui.lang)
    ));
    // A plan that cannot name its appraiser's SKP starts unlinked: say so now, not at check.
    match (&args.appraiser_nip, &superior) {
        (None, _) => ui.warn(&Msg::InitNoAppraiser),
        (Some(n), None) => ui.warn(&Msg::InitAppraiserNoSkp {
            nip: n.clone(),
            tahun: year,
        }),
        _ => {}
    }
    if jenis_jabatan.is_jpt() && acuan.is_none() {
        ui.warn(&Msg::InitJptNoAcuan { tahun: year });
    }
    Ok(EXIT_OK)
}

/// The sasaran a new JPT plan's first result refers to (`acuan`): the first sasaran of the
/// year's Perjanjian Kinerja (the employee's own when there is one, never one a PK Perubahan
/// replaced), else of a Renstra covering the year.
fn jpt_acuan(ws: &crate::workspace::Workspace, nip: &str, year: i32) -> Option<String> {
    use crate::model::Content;
    let pks: Vec<&crate::model::org::PerjanjianKinerja> = ws
        .docs
        .iter()
        .filter_map(|d| match &d.content {
            Content::PerjanjianKinerja(pk) if pk.tahun.value == year => Some(pk.as_ref()),
            _ => None,
        })
        .collect();
    let replaced: Vec<&str> = pks
        .iter()
        .filter_map(|pk| pk.menggantikan.as_ref().map(|m| m.value.as_str()))
        .collect();
    let current = || {
        pks.iter()
            .filter(|pk| !replaced.contains(&pk.id.value.as_str()) && !pk.sasaran.is_empty())
    };
    let own = current().find(|pk| {
        pk.pihak_pertama
            .nip
            .as_ref()
            .is_some_and(|n| n.value.as_str() == nip)
    });
    if let Some(pk) = own.or_else(|| current().next()) {
        return Some(format!("{}/{}", pk.id.value, pk.sasaran[0].id.value));
    }
    ws.docs.iter().find_map(|d| match &d.content {
        Content::Renstra(r) if (r.tahun_mulai.value..=r.tahun_selesai.value).contains(&year) => r
            .tujuan
            .iter()
            .flat_map(|t| t.sasaran.iter().flat_map(|s| s.iter()))
            .next()
            .map(|s| format!("{}/{}", r.id.value, s.id.value)),
        _ => None,
    })
}

/// A year every command of the workspace will accept (`[workspace] year` is 1900–2200).
fn year_in_range(ui: &Ui, year: i32) -> Result<(), u8> {
    if (1900..=2200).contains(&year) {
        return Ok(());
    }
    Err(ui.fatal(
        &Msg::BadYear {
            field: "--year".into(),
            value: year.to_string(),
        },
        None,
    ))
}

fn yaml_str(s: &str) -> String {
    crate::yaml::quote(s)
}

/// A name or title typed on the command line, quoted, with its runs of spaces made one
/// ("Rina  Wulandari" prints on every form), as `import` reads the same cells.
fn typed(s: &str) -> String {
    yaml_str(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn skp_template(
    args: &InitArgs,
    nip: &str,
    jenis: JenisJabatan,
    year: i32,
    superior: Option<&crate::model::skp::Skp>,
    acuan: Option<&str>,
) -> String {
    let name = typed(args.name.as_deref().unwrap_or(""));
    let position = typed(args.position.as_deref().unwrap_or(""));
    let unit = typed(args.unit.as_deref().unwrap_or(example::UNIT));
    let mut penilai = String::new();
    if let Some(n) = &args.appraiser_nip {
        let n: String = n.chars().filter(|c| !c.is_whitespace()).collect();
        penilai.push_str(&format!("  nip: {}\n", yaml_str(&n)));
    }
    // The rank prints on every form: written when known, else a line to fill in.
    let rank = |given: Option<&str>, known: Option<&str>| match given.or(known) {
        Some(r) => format!("  pangkat: {}\n", typed(r)),
        None => {
            "  # pangkat: Penata Muda (III/a)   # pangkat/golongan, dicetak di formulir\n".into()
        }
    };
    let pangkat = rank(args.rank.as_deref(), None);
    let superior_rank = superior
        .and_then(|s| s.pegawai.pangkat.as_ref())
        .map(|p| p.value.as_str());
    penilai.push_str(&format!(
        "  nama: {}\n  jabatan: {}\n",
        typed(
            args.appraiser_name
                .as_deref()
                .or(superior.map(|s| s.pegawai.nama.value.as_str()))
                .unwrap_or(example::APPRAISER_NAME)
        ),
        typed(
            args.appraiser_position
                .as_deref()
                .or(superior.map(|s| s.pegawai.jabatan.value.as_str()))
                .unwrap_or(example::APPRAISER_POSITION)
        ),
    ));
    penilai.push_str(&rank(args.appraiser_rank.as_deref(), superior_rank));
    // Serve the superior's first main result; the snapshot text lets `check` notice if it changes.
    let served = superior
        .and_then(|s| {
            s.hasil_kerja
                .iter()
                .find(|r| r.jenis.as_ref().is_some_and(|j| j.value == crate::model::vocab::JenisRhk::Utama))
        })
        .map(|r| {
            format!(
                "    intervensi: {{ ref: {}, teks: {} }}   # ganti bila mengintervensi hasil atasan yang lain\n",
                r.id.value,
                yaml_str(&r.rhk.value)
            )
        })
        .unwrap_or_default();
    let served = match (jenis.is_jpt(), acuan) {
        (false, _) => served,
        (true, Some(a)) => {
            format!(
                "{served}    acuan: [{a}]   # ganti bila mengacu sasaran PK/Renstra yang lain\n"
            )
        }
        (true, None) => format!(
            "{served}    # acuan: [PK-{year}-ID/S1]   # wajib bagi JPT (K107): sasaran PK atau Renstra yang diacu\n"
        ),
    };
    // Under a superior's plan that is still init's sample, a second sample: repeating the
    // result one intervenes is K114's warning, and a new plan must pass `check`.
    let rhk = superior
        .and_then(|s| {
            s.hasil_kerja.iter().find(|r| {
                r.jenis
                    .as_ref()
                    .is_some_and(|j| j.value == crate::model::vocab::JenisRhk::Utama)
            })
        })
        .filter(|r| r.rhk.value.trim() == example::RESULTS[0])
        .map_or(example::RESULTS[0], |_| example::RESULTS[1]);
    let jpt = jenis.is_jpt();
    let aspek = |a: &str, p: &str| {
        if jpt {
            format!("perspektif: {p}")
        } else {
            format!("aspek: {a}")
        }
    };
    // A functional post names its jenjang ("Pranata Komputer Ahli Pertama"): angka kredit and
    // its form need it, and a commented example left as it is computed none.
    let jenjang = match jenis {
        JenisJabatan::Fungsional => match jenjang_named_in(args.position.as_deref().unwrap_or("")) {
            Some(j) => format!("  jenjang: {}\n", j.code()),
            None => "  # jenjang: ahli_pertama   # pemula | terampil | mahir | penyelia | ahli_pertama | ahli_muda | ahli_madya | ahli_utama\n".to_string(),
        },
        _ => String::new(),
    };
    format!(
        r#"apiVersion: skp/v1
kind: Skp
tahun: {year}
pendekatan: kuantitatif
status: draft
pegawai:
  nama: {name}
  nip: "{nip}"
{pangkat}  jabatan: {position}
  jenis_jabatan: {jenis}
{jenjang}  unit_kerja: {unit}
pejabat_penilai:
{penilai}hasil_kerja:
  # Tulis RHK sebagai hasil (bukan kegiatan), lalu tautkan ke hasil kerja pimpinan yang
  # diintervensi, misalnya `intervensi: RHK-1` (RHK pejabat penilai) atau `acuan` ke PK.
  - id: RHK-1
    jenis: utama
    rhk: {rhk}
{served}    indikator:
      - id: IKI-1.1
        {a1}
        teks: Jumlah dokumen hasil kerja yang diselesaikan
        target: 12 dokumen
      - id: IKI-1.2
        {a2}
        teks: Persentase dokumen yang diterima pimpinan tanpa revisi mayor
        target: 90 %
      - id: IKI-1.3
        {a3}
        teks: Rata-rata waktu penyelesaian dokumen sejak penugasan
        target: ≤ 5 hari kerja
        polaritas: turun
perilaku_kerja:
  berorientasi_pelayanan: {{}}
  akuntabel: {{}}
  kompeten: {{}}
  harmonis: {{}}
  loyal: {{}}
  adaptif: {{}}
  kolaboratif: {{}}
{lampiran}"#,
        jenis = jenis.code(),
        lampiran = lampiran(jpt),
        a1 = aspek("kuantitas", "proses_bisnis"),
        a2 = aspek("kualitas", "penerima_layanan"),
        a3 = aspek("waktu", "proses_bisnis"),
    )
}

/// The jenjang a functional post's title names, as words of its own: "Ahli Pertama" in
/// "Pranata Komputer Ahli Pertama", whatever the case.
fn jenjang_named_in(position: &str) -> Option<crate::model::vocab::Jenjang> {
    use crate::model::vocab::{Jenjang, Vocab};
    let words: Vec<String> = position
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let words = format!(" {} ", words.join(" "));
    Jenjang::ALL
        .iter()
        .find(|(_, _, label)| words.contains(&format!(" {} ", label.to_lowercase())))
        .map(|(j, _, _)| *j)
}

#[cfg(test)]
mod tests {
    /// The example text `render` and `approve` recognise is the text the templates write.
    #[test]
    fn the_templates_write_the_example_text_render_recognises() {
        use crate::model::example::{AGENCY, NAMES, PLACE, RESULTS};
        assert!(super::SKP_TOML.contains(&format!("agency = \"{AGENCY}\"")));
        assert!(super::SKP_TOML.contains(&format!("# place = \"{PLACE}\"")));
        let templates = [super::RENSTRA, super::PK, super::SKP_KADIS].concat();
        for text in [
            "Nama Kepala Perangkat Daerah",
            "Nama Kepala Daerah",
            "Nama Perangkat Daerah",
        ] {
            assert!(NAMES.contains(&text) && templates.contains(text), "{text}");
        }
        // The staff member's results are in a `format!` template of this file, or written from
        // the list itself (the second sample, under a superior's first).
        for (i, text) in RESULTS.iter().enumerate() {
            let this = include_str!("init.rs");
            assert!(
                this.contains(text) || this.contains(&format!("example::RESULTS[{i}]")),
                "{text}"
            );
        }
    }
}
