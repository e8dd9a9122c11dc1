//! The command-line interface (clap). Commands and flags are English; messages follow `--lang`.

use std::path::PathBuf;

mod localize;

pub use localize::{command, in_indonesian, parse};

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "skp",
    version,
    about = "Linter, evidence ledger and coverage report for SKP (PermenPANRB 6/2022) kept as YAML",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    /// Message language: id (Bahasa Indonesia, default) or en.
    #[arg(
        long,
        global = true,
        env = "SKP_LANG",
        hide_env_values = true,
        value_name = "LANG",
        value_parser = Hinted(lang_values)
    )]
    pub lang: Option<String>,

    /// Write what the command prints to FILE instead of stdout (written whole, or not at all
    /// when the command fails). `skp check` also takes `-o FORMAT=FILE` (repeatable) for
    /// further reports from the same run, e.g. `-o sarif=skp.sarif -o junit=skp.xml`. Never
    /// a YAML or TOML name (where plans, ledgers and skp.toml live), nothing inside `.git`,
    /// `.skp` or a `bukti/` evidence folder, never a file recorded as evidence where it is, and
    /// never through a link out of the current folder.
    #[arg(short = 'o', long = "output", global = true, value_name = "FILE", action = clap::ArgAction::Append)]
    pub output: Vec<String>,

    /// When to use colour: auto (only on a terminal, honouring NO_COLOR), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

/// A free-text argument whose usual values shell completions offer. The value is passed on as
/// written: the command checks it and words the error (so `SKP_LANG=en_US.UTF-8` still works).
#[derive(Clone)]
struct Hinted(fn() -> Vec<clap::builder::PossibleValue>);

impl clap::builder::TypedValueParser for Hinted {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter()))
    }
}

fn lang_values() -> Vec<clap::builder::PossibleValue> {
    use clap::builder::PossibleValue;
    vec![
        PossibleValue::new("id").help("Bahasa Indonesia"),
        PossibleValue::new("en").help("English"),
    ]
}

fn rule_values() -> Vec<clap::builder::PossibleValue> {
    crate::rules::RULES
        .iter()
        .map(|r| clap::builder::PossibleValue::new(r.code).help(r.summary_en))
        .collect()
}

fn kind_values() -> Vec<clap::builder::PossibleValue> {
    crate::model::Kind::ALL
        .iter()
        .map(|k| clap::builder::PossibleValue::new(k.as_str()))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour only on a terminal, honouring NO_COLOR.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every plan file of the workspace (structure, SMART indicators, alignment, evidence).
    Check(CheckArgs),
    /// Create a workspace, or add an SKP for one employee (--skp).
    Init(InitArgs),
    /// Print the JSON Schema (draft 2020-12) of the plan files, for editors.
    Schema(SchemaArgs),
    /// Record, list and verify evidence (bukti dukung) by SHA-256.
    #[command(subcommand)]
    Evidence(EvidenceCommand),
    /// Show the cascade Renstra → PK → RHK of each level → subordinates, gaps marked.
    Tree(TreeArgs),
    /// Evidence coverage per employee, indicator and period (gaps first); `report mph` for the
    /// Matriks Peran Hasil.
    Report(ReportArgs),
    /// Evaluations (realisasi) per employee and period: advisory capaian per indicator, the two
    /// ratings, and the predikat (written, or derived from the quadrant).
    Evaluate(EvaluateArgs),
    /// Record the appraiser's approval of an SKP's current content (`<skp>.persetujuan.yaml`).
    Approve(ApproveArgs),
    /// Export an audit package (BagIt) holding SKPs, ledgers, realisasi, approvals and evidence, or the
    /// plans as the spreadsheet template (`--xlsx`).
    Export(ExportArgs),
    /// Import plans from the spreadsheet template (xlsx, ods or csv: one row per indicator), or
    /// `intervensi` links from a leader's Matriks Peran Hasil (`--mph`).
    Import(ImportArgs),
    /// Write the empty spreadsheet template: headers, validation lists and instructions.
    Template(TemplateArgs),
    /// Print an official document as one self-contained HTML file (A4 print stylesheet, no
    /// network), or a PDF through headless Chromium.
    Render(RenderArgs),
    /// List every rule: code, name, default level, summary.
    Rules,
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions { shell: clap_complete::Shell },
    /// Print the manual page (roff) of skp, or write one page per command into a folder.
    Man {
        /// Write skp.1 and a page per command and subcommand (skp-check.1, skp-evidence-add.1,
        /// …) into DIR.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
    /// Show one rule's documentation.
    Explain {
        /// Rule code (e.g. F010) or name (e.g. nip-unquoted).
        #[arg(value_parser = Hinted(rule_values))]
        code: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// rustc-style, with source excerpts (for people at a terminal).
    Human,
    /// One line per finding: `path:line:col: level[CODE]: message`.
    Concise,
    /// The stable JSON contract (for tools and dashboards).
    Json,
    /// SARIF 2.1.0 (GitHub code scanning and other SARIF viewers).
    Sarif,
    /// GitHub Actions workflow commands (annotations), plus a job summary.
    Github,
    /// GitLab Code Quality report.
    Gitlab,
    /// JUnit XML.
    Junit,
}

/// What is wrong with a `FORMAT=FILE` of `--output` (said in the user's language by `cmd`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportProblem {
    /// No such format; the names there are.
    UnknownFormat { format: String, allowed: String },
    /// `sarif=` with no file.
    NoFile { format: String },
}

/// `FORMAT=FILE` of `--output` (`skp check`); `Ok(None)` for a plain FILE.
pub fn parse_report(s: &str) -> Result<Option<(OutputFormat, PathBuf)>, ReportProblem> {
    let Some((format, file)) = s.split_once('=') else {
        return Ok(None);
    };
    // A file name with `=` in it is still a file, unless what comes before names a format.
    if format.contains(['/', '\\', '.']) {
        return Ok(None);
    }
    let parsed = OutputFormat::from_str(format, true).map_err(|_| {
        let names: Vec<String> = OutputFormat::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_string()))
            .collect();
        ReportProblem::UnknownFormat {
            format: format.to_string(),
            allowed: names.join(", "),
        }
    })?;
    if file.is_empty() {
        return Err(ReportProblem::NoFile {
            format: format.to_lowercase(),
        });
    }
    Ok(Some((parsed, PathBuf::from(file))))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Only errors fail the run.
    Error,
    /// Errors and warnings fail the run.
    Warning,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders whose findings are reported (all files are always loaded).
    pub paths: Vec<PathBuf>,

    /// Mask the NIPs and names of people other than the document's subject, and personal data
    /// (NIK, phone numbers, e-mail …) in the output, for sharing beyond the unit. Not with
    /// the formats for CI tools (sarif, github, gitlab, junit): masked paths would not resolve.
    #[arg(long)]
    pub mask: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,

    /// Further reports of this run (`-o FORMAT=FILE`, filled in from the global `--output`).
    #[arg(skip)]
    pub reports: Vec<(OutputFormat, PathBuf)>,

    /// Exit with 1 when a finding at or above this level is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,

    /// The workspace: a folder inside it (default: the first PATH, else the current folder).
    /// Every command takes it, so hooks and CI jobs name a workspace in a subfolder one way.
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,

    /// Read only the plan files git tracks: for pre-commit hooks, so that a file still being
    /// written and not yet added does not block an unrelated commit.
    #[arg(long)]
    pub tracked_only: bool,

    /// Exit 0 even when findings are reported (still 2 when the check could not run), e.g. to
    /// upload a SARIF report from a job that must not fail.
    #[arg(long)]
    pub exit_zero: bool,

    /// Only these rule codes or prefixes (comma-separated, repeatable); replaces skp.toml's select.
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub select: Vec<String>,

    /// Skip these rule codes or prefixes (comma-separated, repeatable).
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub ignore: Vec<String>,

    /// Count findings per rule instead of listing them (with the human or concise format).
    #[arg(long)]
    pub statistics: bool,

    /// List the files read and ignored, then exit.
    #[arg(long)]
    pub list_files: bool,

    /// Evaluate date-dependent rules (evidence coverage) as of DATE (YYYY-MM-DD) or `today`.
    /// Without it `check` reports no coverage gap (so that a run does not change with the
    /// day); `skp report` shows them as of today.
    #[arg(long, env = "SKP_AS_OF", hide_env_values = true, value_name = "DATE")]
    pub as_of: Option<String>,

    /// Hide the findings recorded in this baseline file; report only new ones (and F001, F008,
    /// F009: a file that could not be read or parsed is never hidden).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Record every current finding in FILE (a baseline for a legacy repository) and exit 0;
    /// F001, F008 and F009 are left out, as no baseline hides them.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    /// Report only findings that are new since git revision REV (checked in a temporary worktree).
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,

    /// Ignore every exemption: in-place suppressions, ledger `abaikan`, the baseline, and the
    /// `ignore` lists and `off` levels of skp.toml (for audits).
    #[arg(long)]
    pub no_exemptions: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder of the new workspace (default: the current folder). With --skp: ignored.
    pub dir: Option<PathBuf>,

    /// Year of the workspace (default: the current year).
    #[arg(long)]
    pub year: Option<i32>,

    /// Create the workspace even inside another one (whose `skp check` then skips this
    /// folder: a nested workspace is checked on its own).
    #[arg(long, conflicts_with = "skp")]
    pub nested: bool,
    /// Add an SKP for one employee to the workspace of the current folder.
    #[arg(long, requires_all = ["nip", "name", "position", "position_type"])]
    pub skp: bool,

    /// NIP of the employee (18 digits).
    #[arg(long)]
    pub nip: Option<String>,

    /// Full name of the employee.
    #[arg(long)]
    pub name: Option<String>,

    /// Position (jabatan), e.g. "Pranata Komputer Ahli Pertama".
    #[arg(long)]
    pub position: Option<String>,

    /// Rank and grade (pangkat/golongan) of the employee, e.g. "Penata Muda (III/a)", printed
    /// on the forms (left as a comment to fill in when not given).
    #[arg(long)]
    pub rank: Option<String>,

    /// Position type: jpt_utama, jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, fungsional.
    #[arg(long)]
    pub position_type: Option<String>,

    /// Work unit (unit kerja).
    #[arg(long)]
    pub unit: Option<String>,

    /// NIP of the appraising official (pejabat penilai).
    #[arg(long)]
    pub appraiser_nip: Option<String>,

    /// Name of the appraising official.
    #[arg(long)]
    pub appraiser_name: Option<String>,

    /// Position of the appraising official.
    #[arg(long)]
    pub appraiser_position: Option<String>,

    /// Rank and grade (pangkat/golongan) of the appraising official, printed on the forms.
    #[arg(long)]
    pub appraiser_rank: Option<String>,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// One kind (Skp, Renstra, PerjanjianKinerja, BuktiDukung, Realisasi,
    /// CapaianOrganisasi); default: all kinds.
    #[arg(value_parser = Hinted(kind_values))]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TreeFormat {
    /// An indented tree.
    Text,
    /// Nested JSON.
    Json,
    /// A Mermaid flowchart (renders on GitHub and GitLab).
    Mermaid,
    /// Graphviz dot.
    Dot,
}

#[derive(Debug, Args)]
pub struct TreeArgs {
    /// A folder inside the workspace (default: the current folder).
    pub path: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TreeFormat::Text)]
    pub format: TreeFormat,

    /// Only the branches that include this employee's results, and what serves them.
    #[arg(long)]
    pub nip: Option<String>,

    /// Only the branches that include results of this work unit (case-insensitive substring).
    #[arg(long)]
    pub unit: Option<String>,

    /// Only the gaps: targets and results nobody serves, and RHKs linked to nothing.
    #[arg(long)]
    pub uncovered: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub kind: Option<ReportKind>,
    #[command(flatten)]
    pub coverage: CoverageArgs,
    /// Mask the NIPs and names of people other than the document's subject, and personal data
    /// (NIK, phone numbers, e-mail …) in the output, for sharing beyond the unit.
    #[arg(long, global = true)]
    pub mask: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A table for the terminal.
    Table,
    /// The stable JSON contract.
    Json,
    /// CSV (with --excel: `;`, BOM, formula-safe cells for spreadsheet programs).
    Csv,
    /// A Markdown table.
    Markdown,
    /// A Markdown summary table, also appended to `$GITHUB_STEP_SUMMARY` when it is set.
    Github,
    /// A self-contained coverage dashboard (heatmap, gaps per employee); use with -o FILE.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFailOn {
    /// Any due cell that is not met (kosong, kurang, tidak_terverifikasi, berubah, hilang).
    Gap,
    /// Only tamper signals: changed or missing evidence.
    Tamper,
}

#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// Evaluate as of DATE (YYYY-MM-DD) or `today` (default: today in the workspace time zone).
    #[arg(long, env = "SKP_AS_OF", hide_env_values = true, value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// CSV for spreadsheet programs: `;`, decimal comma, BOM, formula-safe cells.
    #[arg(long)]
    pub excel: bool,
    /// Only this employee.
    #[arg(long)]
    pub nip: Option<String>,
    /// Only this work unit (case-insensitive substring).
    #[arg(long)]
    pub unit: Option<String>,
    /// Only staff appraised by this NIP.
    #[arg(long)]
    pub penilai: Option<String>,
    /// Exit with 1 when gaps (or only tamper signals) are found.
    #[arg(long, value_enum)]
    pub fail_on: Option<ReportFailOn>,
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// The employee whose SKP is approved.
    #[arg(long)]
    pub nip: String,
    /// The SKP id, when the NIP has more than one (default: the latest).
    #[arg(long)]
    pub skp: Option<String>,
    /// The approving appraiser's NIP: must be the SKP's pejabat penilai.
    #[arg(long, value_name = "NIP")]
    pub by: String,
    /// The date of the approval (YYYY-MM-DD; default: today in the workspace time zone); never
    /// in the future nor before the SKP's last approval.
    #[arg(long)]
    pub date: Option<String>,
    /// A note kept with the approval.
    #[arg(long)]
    pub note: Option<String>,
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Which document.
    #[arg(value_enum)]
    pub document: RenderDocument,
    /// The employee.
    #[arg(long)]
    pub nip: String,
    /// The evaluation period (2026-TW1, 2026 for the annual "AKHIR" evaluation); for `skp` and
    /// `angka-kredit`, the year of the SKP (default: the latest).
    #[arg(long)]
    pub period: Option<String>,
    /// The SKP by its id, when the employee has several in the period (a mid-year mutasi:
    /// each segment is evaluated on its own, `--skp 1990…-2026a --period 2026`).
    #[arg(long, value_name = "ID")]
    pub skp: Option<String>,
    /// Print to PDF with headless Chromium (found on PATH, or set SKP_CHROMIUM).
    #[arg(long)]
    pub pdf: bool,
    /// Mask the NIPs and names of people other than the document's subject, and personal data
    /// (NIK, phone numbers, e-mail …) in the document, for sharing beyond the unit.
    #[arg(long)]
    pub mask: bool,
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderDocument {
    /// Sasaran Kinerja Pegawai with its lampiran.
    Skp,
    /// Evaluasi kinerja pegawai of a period (or AKHIR).
    Evaluasi,
    /// Dokumen Evaluasi Kinerja Pegawai.
    DokumenEvaluasi,
    /// Konversi predikat kinerja ke angka kredit, with the accumulation.
    AngkaKredit,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("export_to").required(true).args(["bagit", "xlsx"])))]
pub struct ExportArgs {
    /// Write a BagIt bag (RFC 8493) into this new folder.
    #[arg(long, value_name = "DIR")]
    pub bagit: Option<PathBuf>,
    /// Write the plans as the spreadsheet template (one row per indicator) into this .xlsx
    /// file; `skp import` reads it back unchanged.
    #[arg(long, value_name = "FILE")]
    pub xlsx: Option<PathBuf>,
    #[command(flatten)]
    pub select: SkpSelector,
    /// With --bagit: bag even when some evidence is changed or missing (they are listed in
    /// bag-info.txt). With --xlsx: replace an existing workbook (perhaps filled in and not yet
    /// imported).
    #[arg(long)]
    pub force: bool,
    /// With --xlsx: mask NIPs, names and personal data (NIK, phone numbers, e-mail …) in the
    /// cells, for sharing beyond the unit. (An audit bag holds the files as recorded.)
    #[arg(long, conflicts_with = "bagit")]
    pub mask: bool,
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The workbook (.xlsx, .xlsm, .xls, .ods: sheet `SKP`, else the first) or CSV file
    /// (`,` `;` or tab separated; UTF-8, UTF-16 or Windows-1252, detected).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Print what would be created or changed, as a diff, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Replace SKP files that exist (the sections the template does not hold, such as
    /// lampiran and perilaku kerja, are kept).
    #[arg(long)]
    pub force: bool,
    /// Read FILE as the Matriks Peran Hasil of the leader with this NIP: the leader's
    /// indicators as columns, staff (by NIP) as rows, each cell the staff RHK that serves it.
    #[arg(long, value_name = "NIP")]
    pub mph: Option<String>,
    /// The leader's SKP id, when the NIP has more than one SKP (with `--mph`).
    #[arg(long, value_name = "ID", requires = "mph")]
    pub skp: Option<String>,
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The .xlsx file to write.
    #[arg(long, value_name = "FILE")]
    pub xlsx: PathBuf,
    /// Replace an existing file (perhaps a template already filled in).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReportKind {
    /// Matriks Peran Hasil: the leader's indicators as columns, the staff who serve them as rows.
    Mph(MphArgs),
    /// Every exemption: in-place suppressions, ledger `abaikan`, config `ignore`, with reasons and
    /// (from git) authors.
    Exemptions(ExemptionsArgs),
    /// Per indicator: baseline, last year's target and result, this year's target, and the sum
    /// of the subordinates' targets — the view of the dialogue that agrees targets.
    Target(TargetArgs),
}

#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Only this employee.
    #[arg(long)]
    pub nip: Option<String>,
    #[arg(long, value_enum, default_value_t = TargetFormat::Table)]
    pub format: TargetFormat,
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TargetFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// Only this employee.
    #[arg(long)]
    pub nip: Option<String>,
    /// Only employees whose unit_kerja contains this text (case-insensitive).
    #[arg(long)]
    pub unit: Option<String>,
    /// Only this period (2026-TW1, 2026-03, 2026).
    #[arg(long)]
    pub period: Option<String>,
    #[arg(long, value_enum, default_value_t = EvaluateFormat::Table)]
    pub format: EvaluateFormat,
    /// CSV for spreadsheet programs: `;`, decimal comma, BOM, NIPs and periods kept as text,
    /// formula-safe cells.
    #[arg(long)]
    pub excel: bool,
    /// Mask the NIPs and names of people other than the document's subject, and personal data
    /// (NIK, phone numbers, e-mail …) in the output, for sharing beyond the unit.
    #[arg(long)]
    pub mask: bool,
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvaluateFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct ExemptionsArgs {
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// A table for the terminal.
    Table,
    /// CSV (with --excel: `;`, BOM, formula-safe cells for spreadsheet programs).
    Csv,
    /// A Markdown table.
    Markdown,
}

#[derive(Debug, Args)]
pub struct MphArgs {
    /// A folder inside the workspace (default: the current folder).
    pub path: Option<PathBuf>,

    /// NIP of the leader whose indicators are the columns.
    #[arg(long)]
    pub nip: String,

    /// The leader's SKP id, when the NIP has more than one SKP.
    #[arg(long)]
    pub skp: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,

    /// CSV for spreadsheet programs: `;` separator, BOM, formula-safe cells.
    #[arg(long)]
    pub excel: bool,

    /// The table with every text whole and no width limit (default: ids in the header and a
    /// legend below, shortened cells, fitted to the terminal).
    #[arg(long)]
    pub wide: bool,
}

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Hash files (or record links) and record them in the SKP's ledger.
    Add(EvidenceAddArgs),
    /// List recorded evidence.
    List(EvidenceListArgs),
    /// Check every recorded file against its hash; report changed, missing, moved, unrecorded
    /// and not-fetched files.
    Verify(EvidenceVerifyArgs),
    /// Repair the paths of moved files, found by their hash.
    Relink(WorkspaceArg),
    /// Remove a record (by a unique prefix of its SHA-256, or its URL).
    Rm(EvidenceRmArgs),
    /// Record a reason to ignore a B finding on one entry.
    Abaikan(EvidenceAbaikanArgs),
}

#[derive(Debug, Args)]
pub struct WorkspaceArg {
    /// A folder inside the workspace (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SkpSelector {
    /// The employee's NIP (finds their SKP of the period).
    #[arg(long, conflicts_with = "skp")]
    pub nip: Option<String>,
    /// The SKP id.
    #[arg(long)]
    pub skp: Option<String>,
}

#[derive(Debug, Args)]
pub struct EvidenceAddArgs {
    /// Files to record.
    pub files: Vec<PathBuf>,
    /// RHK, IKI or `perilaku/<value>` of the SKP the evidence supports (repeatable).
    #[arg(long = "for", value_name = "REF", value_delimiter = ',', action = clap::ArgAction::Append)]
    pub for_: Vec<String>,
    /// Period: 2026, 2026-01…12, 2026-TW1…4, 2026-S1/S2.
    #[arg(long)]
    pub period: Option<String>,
    #[command(flatten)]
    pub select: SkpSelector,
    /// Evidence type (dokumen, laporan, foto, …); default from the file extension.
    #[arg(long = "type", value_name = "TYPE")]
    pub jenis: Option<String>,
    /// Date of the work the evidence shows (YYYY-MM-DD). Give it for a period that has already
    /// ended: without it the evidence counts on the day it is recorded, outside that period.
    #[arg(long)]
    pub date: Option<String>,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
    /// Accept files above `max_size_mb`.
    #[arg(long)]
    pub force: bool,
    /// Record a link (http/https) instead of a file.
    #[arg(long)]
    pub url: Option<String>,
    /// Add many at once from a CSV with columns skp or nip, for, period, file, type, date, note
    /// (separated by `,`, `;` or tab; UTF-8, UTF-16 or Windows-1252, as spreadsheets save it);
    /// any other column is refused, as a misspelt one would lose its values. An SKP with a
    /// failing row records none of its rows; the other SKPs' rows are recorded,
    /// and running the manifest again records only what is missing.
    #[arg(long, value_name = "FILE.csv")]
    pub manifest: Option<PathBuf>,
    #[command(flatten)]
    pub ws: WorkspaceArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct EvidenceListArgs {
    #[command(flatten)]
    pub select: SkpSelector,
    /// Only evidence for this RHK/IKI.
    #[arg(long = "for", value_name = "REF")]
    pub for_: Option<String>,
    /// Only evidence of this period (or periods inside it).
    #[arg(long)]
    pub period: Option<String>,
    /// Only evidence of this type.
    #[arg(long = "type", value_name = "TYPE")]
    pub jenis: Option<String>,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Do not shorten long paths to fit the terminal (a file or a pipe always gets them whole).
    #[arg(long)]
    pub wide: bool,
    #[command(flatten)]
    pub ws: WorkspaceArg,
}

#[derive(Debug, Args)]
pub struct EvidenceVerifyArgs {
    /// Re-hash every file, ignoring the stat cache.
    #[arg(long)]
    pub full: bool,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    #[command(flatten)]
    pub ws: WorkspaceArg,
}

#[derive(Debug, Args)]
pub struct EvidenceRmArgs {
    /// A unique prefix of the entry's SHA-256, or its URL.
    pub id: String,
    #[command(flatten)]
    pub select: SkpSelector,
    /// The period whose record goes, when the same file or link is recorded for several.
    #[arg(long, value_name = "PERIODE")]
    pub period: Option<String>,
    /// Also delete the file skp copied into this SKP's bukti/ folder (kept when another record
    /// uses it, a ledger cannot be read, or it no longer holds the content recorded).
    #[arg(long)]
    pub delete_file: bool,
    #[command(flatten)]
    pub ws: WorkspaceArg,
}

#[derive(Debug, Args)]
pub struct EvidenceAbaikanArgs {
    /// A unique prefix of the entry's SHA-256, or its URL.
    pub id: String,
    /// The B rule code to ignore for this entry.
    #[arg(long)]
    pub kode: String,
    /// Why (required).
    #[arg(long)]
    pub alasan: String,
    /// The period whose record is exempted, when the same file or link is recorded for several.
    #[arg(long, value_name = "PERIODE")]
    pub period: Option<String>,
    #[command(flatten)]
    pub select: SkpSelector,
    #[command(flatten)]
    pub ws: WorkspaceArg,
}
