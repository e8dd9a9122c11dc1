//! `skp evidence add|list|verify|relink|rm|abaikan`.

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::cli::{
    EvidenceAbaikanArgs, EvidenceAddArgs, EvidenceCommand, EvidenceListArgs, EvidenceRmArgs,
    EvidenceVerifyArgs, ListFormat, SkpSelector, WorkspaceArg,
};
use crate::evidence::add::{self, AddError, Outcome, Request};
use crate::evidence::ledger::{Ledger, ledger_path};
use crate::evidence::locate;
use crate::evidence::verify::{self, State};
use crate::i18n::Msg;
use crate::model::date::Date;
use crate::model::period::Period;
use crate::render::table::Table;
use crate::workspace::config::Config;

use super::{EXIT_FATAL, EXIT_FINDINGS, EXIT_OK, Ui};

pub fn run(ui: &Ui, cmd: EvidenceCommand) -> Result<u8, u8> {
    match cmd {
        EvidenceCommand::Add(a) => add_cmd(ui, a),
        EvidenceCommand::List(a) => list(ui, a),
        EvidenceCommand::Verify(a) => verify_cmd(ui, a),
        EvidenceCommand::Relink(a) => relink(ui, a),
        EvidenceCommand::Rm(a) => rm(ui, a),
        EvidenceCommand::Abaikan(a) => abaikan(ui, a),
    }
}

fn open(ui: &Ui, ws: &WorkspaceArg) -> Result<(PathBuf, Config), u8> {
    super::check::open_at(ui, ws.workspace.as_deref())
}

fn add_error(ui: &Ui, e: AddError) -> u8 {
    let msg = match e {
        AddError::UnknownRef {
            reference,
            suggestion,
        } => {
            return ui.fatal(
                &Msg::EvUnknownRef { reference },
                Some(&match suggestion {
                    Some(s) => Msg::HelpDidYouMean { suggestion: s },
                    None => Msg::HelpEvRefs,
                }),
            );
        }
        AddError::UnknownType { jenis, allowed } => Msg::BadEnum {
            field: "--type".into(),
            value: format!("{jenis} ({allowed})"),
        },
        AddError::PeriodOutside { periode, tahun } => Msg::EvPeriodOutside { periode, tahun },
        AddError::TooLarge { file, mb, max } => {
            return ui.fatal(
                &Msg::EvTooLarge { file, mb, max },
                Some(&Msg::HelpEvTooLarge),
            );
        }
        AddError::Unreadable { file, error } => Msg::EvIo { file, error },
        AddError::BadUrl { url } => Msg::EvBadUrl { url },
        AddError::LedgerInvalid { file } => {
            return ui.fatal(
                &Msg::EvLedgerInvalid { file },
                Some(&Msg::HelpEvLedgerInvalid),
            );
        }
        AddError::Io { file, error } => Msg::EvIo { file, error },
        AddError::StoreMissing => Msg::EvStoreMissing,
    };
    ui.fatal(&msg, None)
}

fn pick_skp(
    ui: &Ui,
    root: &Path,
    sel: &SkpSelector,
    period: Option<Period>,
) -> Result<locate::Found, u8> {
    let nip = sel
        .nip
        .as_ref()
        .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect::<String>());
    if nip.is_none() && sel.skp.is_none() {
        return Err(ui.fatal(&Msg::EvNeedSelector, None));
    }
    let mut found = locate::find(root, nip.as_deref(), sel.skp.as_deref());
    // A NIP with several SKPs (mutasi): the one whose period contains the evidence period.
    if found.len() > 1
        && let Some(p) = period
    {
        let (p0, p1) = p.bounds();
        found.retain(|f| {
            let (a, b) = f.skp.period();
            a <= p1 && p0 <= b
        });
    }
    let who = sel.skp.clone().or(nip).unwrap_or_default();
    match found.len() {
        0 => Err(ui.fatal(&Msg::EvNoSkp { who }, None)),
        1 => Ok(found.remove(0)),
        _ => Err(ui.fatal(
            &Msg::EvManySkp {
                who,
                list: found
                    .iter()
                    .map(|f| f.skp.resolved_id.value.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
            Some(&Msg::HelpEvManySkp),
        )),
    }
}

fn parse_period(ui: &Ui, p: Option<&str>) -> Result<Period, u8> {
    let Some(p) = p else {
        return Err(ui.fatal(&Msg::EvNeedPeriod, Some(&Msg::HelpPeriodForms)));
    };
    Period::parse(p).ok_or_else(|| {
        ui.fatal(
            &Msg::BadPeriod {
                field: "--period".into(),
                value: p.to_string(),
            },
            Some(&Msg::HelpPeriodForms),
        )
    })
}

fn parse_date(ui: &Ui, d: Option<&str>) -> Result<Option<String>, u8> {
    match d {
        None | Some("") => Ok(None),
        Some(d) => Date::parse(d).map(|d| Some(d.to_string())).ok_or_else(|| {
            ui.fatal(
                &Msg::BadDateArg {
                    value: d.to_string(),
                },
                None,
            )
        }),
    }
}

fn report_outcomes(ui: &Ui, skp: &str, outcomes: &[Outcome]) -> Result<(), u8> {
    let mut s = String::new();
    for o in outcomes {
        let m = match o {
            Outcome::Added { berkas, sha256 } => Msg::EvAdded {
                berkas: berkas.clone(),
                sha: sha256[..12.min(sha256.len())].to_string(),
            },
            Outcome::Linked { sha256, untuk } => Msg::EvLinked {
                sha: sha256[..12.min(sha256.len())].to_string(),
                untuk: untuk.join(", "),
            },
            Outcome::Unchanged { sha256 } => Msg::EvUnchanged {
                sha: sha256[..12.min(sha256.len())].to_string(),
            },
            Outcome::AddedUrl { url } => Msg::EvAddedUrl { url: url.clone() },
        };
        s.push_str(&format!("{skp}: {}\n", m.render(ui.lang)));
    }
    ui.out(&s)
}

fn progress(ui: &Ui, n: usize) -> Option<indicatif::ProgressBar> {
    // Only on a terminal, only for long runs; never in pipes or CI logs.
    let tty =
        std::io::IsTerminal::is_terminal(&std::io::stderr()) && std::env::var_os("CI").is_none();
    let _ = ui;
    (tty && n >= 20).then(|| {
        let pb = indicatif::ProgressBar::new(n as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
            pb.set_style(style);
        }
        pb
    })
}

fn add_cmd(ui: &Ui, a: EvidenceAddArgs) -> Result<u8, u8> {
    let (root, cfg) = open(ui, &a.ws)?;
    if let Some(m) = &a.manifest {
        return manifest(ui, &root, &cfg, m, a.force);
    }
    if a.for_.is_empty() {
        return Err(ui.fatal(&Msg::EvNeedFor, None));
    }
    if a.files.is_empty() && a.url.is_none() {
        return Err(ui.fatal(&Msg::EvNoFiles, None));
    }
    let periode = parse_period(ui, a.period.as_deref())?;
    let tanggal = parse_date(ui, a.date.as_deref())?;
    let found = pick_skp(ui, &root, &a.select, Some(periode))?;
    let base = Request {
        file: None,
        url: None,
        untuk: a.for_.clone(),
        periode,
        jenis: a.jenis.clone(),
        tanggal,
        keterangan: a.note.clone(),
        force: a.force,
    };
    let mut reqs: Vec<Request> = a
        .files
        .iter()
        .map(|f| Request {
            file: Some(f.clone()),
            ..base.clone()
        })
        .collect();
    if let Some(u) = &a.url {
        reqs.push(Request {
            url: Some(u.clone()),
            ..base.clone()
        });
    }
    let pb = progress(ui, reqs.len());
    let tick = || {
        if let Some(p) = &pb {
            p.inc(1);
        }
    };
    let outcomes = add::add(&root, &cfg, &found, &reqs, &tick).map_err(|e| add_error(ui, e))?;
    if let Some(p) = pb {
        p.finish_and_clear();
    }
    report_outcomes(ui, &found.skp.resolved_id.value, &outcomes)?;
    Ok(EXIT_OK)
}

/// `--manifest`: one process for many files, one ledger write per SKP.
fn manifest(ui: &Ui, root: &Path, cfg: &Config, path: &Path, force: bool) -> Result<u8, u8> {
    let base_dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let text = std::fs::read(path).map_err(|e| {
        ui.fatal(
            &Msg::EvIo {
                file: path.display().to_string(),
                error: e.to_string(),
            },
            None,
        )
    })?;
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&text);
    // Excel in Indonesian locales writes `;`; sniff the header line.
    let first = text.split(|b| *b == b'\n').next().unwrap_or_default();
    let delim = if first.iter().filter(|b| **b == b';').count()
        > first.iter().filter(|b| **b == b',').count()
    {
        b';'
    } else {
        b','
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .from_reader(text);
    let headers: Vec<String> = rdr
        .headers()
        .map(|h| h.iter().map(|x| x.trim().to_lowercase()).collect())
        .unwrap_or_default();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (c_skp, c_nip, c_for, c_period, c_file) = (
        col("skp"),
        col("nip"),
        col("for"),
        col("period"),
        col("file"),
    );
    let (c_type, c_date, c_note) = (col("type"), col("date"), col("note"));
    if c_for.is_none()
        || c_period.is_none()
        || c_file.is_none()
        || (c_skp.is_none() && c_nip.is_none())
    {
        return Err(ui.fatal(&Msg::EvManifestColumns, None));
    }
    // Group rows by SKP selector, keeping order.
    let mut groups: Vec<(SkpSelector, Vec<Request>)> = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let rec = rec.map_err(|e| {
            ui.fatal(
                &Msg::EvManifestRow {
                    line,
                    detail: e.to_string(),
                },
                None,
            )
        })?;
        let get = |c: Option<usize>| {
            c.and_then(|c| rec.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let sel = SkpSelector {
            skp: get(c_skp),
            nip: get(c_nip),
        };
        if sel.skp.is_none() && sel.nip.is_none() {
            return Err(ui.fatal(
                &Msg::EvManifestRow {
                    line,
                    detail: "skp/nip".into(),
                },
                None,
            ));
        }
        let periode = match get(c_period).as_deref().and_then(Period::parse) {
            Some(p) => p,
            None => {
                return Err(ui.fatal(
                    &Msg::EvManifestRow {
                        line,
                        detail: "period".into(),
                    },
                    Some(&Msg::HelpPeriodForms),
                ));
            }
        };
        let file = get(c_file).ok_or_else(|| {
            ui.fatal(
                &Msg::EvManifestRow {
                    line,
                    detail: "file".into(),
                },
                None,
            )
        })?;
        let untuk: Vec<String> = get(c_for)
            .unwrap_or_default()
            .split([' ', ';', '|', ','])
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let tanggal = match get(c_date) {
            Some(d) => Some(Date::parse(&d).map(|d| d.to_string()).ok_or_else(|| {
                ui.fatal(
                    &Msg::EvManifestRow {
                        line,
                        detail: format!("date {d}"),
                    },
                    None,
                )
            })?),
            None => None,
        };
        let is_url = file.starts_with("http://") || file.starts_with("https://");
        let req = Request {
            file: (!is_url).then(|| {
                let p = PathBuf::from(&file);
                if p.is_absolute() { p } else { base_dir.join(p) }
            }),
            url: is_url.then(|| file.clone()),
            untuk,
            periode,
            jenis: get(c_type),
            tanggal,
            keterangan: get(c_note),
            force,
        };
        match groups
            .iter_mut()
            .find(|(s, _)| s.skp == sel.skp && s.nip == sel.nip)
        {
            Some((_, v)) => v.push(req),
            None => groups.push((sel, vec![req])),
        }
    }
    let total: usize = groups.iter().map(|(_, v)| v.len()).sum();
    let pb = progress(ui, total);
    let tick = || {
        if let Some(p) = &pb {
            p.inc(1);
        }
    };
    let mut counts = (0usize, 0usize, 0usize);
    for (sel, reqs) in groups {
        let period = reqs.first().map(|r| r.periode);
        let found = pick_skp(ui, root, &sel, period)?;
        let outcomes = add::add(root, cfg, &found, &reqs, &tick).map_err(|e| add_error(ui, e))?;
        for o in &outcomes {
            match o {
                Outcome::Added { .. } | Outcome::AddedUrl { .. } => counts.0 += 1,
                Outcome::Linked { .. } => counts.1 += 1,
                Outcome::Unchanged { .. } => counts.2 += 1,
            }
        }
        if pb.is_none() {
            report_outcomes(ui, &found.skp.resolved_id.value, &outcomes)?;
        }
    }
    if let Some(p) = pb {
        p.finish_and_clear();
    }
    ui.err_text(&format!(
        "{}\n",
        Msg::EvManifestDone {
            added: counts.0,
            linked: counts.1,
            unchanged: counts.2
        }
        .render(ui.lang)
    ));
    Ok(EXIT_OK)
}

/// The ledgers a command works on: the selected SKP's, or every ledger.
fn ledgers(ui: &Ui, root: &Path, sel: &SkpSelector) -> Result<Vec<(PathBuf, Ledger)>, u8> {
    let files: Vec<PathBuf> = if sel.nip.is_some() || sel.skp.is_some() {
        let found = locate::find(root, sel.nip.as_deref(), sel.skp.as_deref());
        if found.is_empty() {
            return Err(ui.fatal(
                &Msg::EvNoSkp {
                    who: sel.skp.clone().or(sel.nip.clone()).unwrap_or_default(),
                },
                None,
            ));
        }
        found
            .iter()
            .map(|f| ledger_path(&f.file))
            .filter(|p| p.is_file())
            .collect()
    } else {
        verify::ledger_files(root)
    };
    let mut out = Vec::new();
    for f in files {
        let l = add::read_ledger(&f, "").map_err(|e| add_error(ui, e))?;
        out.push((f, l));
    }
    Ok(out)
}

fn list(ui: &Ui, a: EvidenceListArgs) -> Result<u8, u8> {
    let (root, _) = open(ui, &a.ws)?;
    let period = match &a.period {
        Some(p) => Some(parse_period(ui, Some(p))?),
        None => None,
    };
    let mut rows = Vec::new();
    for (_, l) in ledgers(ui, &root, &a.select)? {
        for e in &l.entries {
            if a.for_.as_ref().is_some_and(|f| !e.untuk.contains(f))
                || period.is_some_and(|p| !e.periode.within(p))
                || a.jenis.as_ref().is_some_and(|j| *j != e.jenis)
            {
                continue;
            }
            rows.push((l.skp.clone(), e.clone()));
        }
    }
    rows.sort_by(|a, b| {
        (a.0.as_str(), a.1.periode, &a.1.berkas).cmp(&(b.0.as_str(), b.1.periode, &b.1.berkas))
    });
    let text = match a.format {
        ListFormat::Json => {
            let items: Vec<_> = rows
                .iter()
                .map(|(s, e)| {
                    json!({ "skp": s, "sha256": e.sha256, "berkas": e.berkas, "url": e.url, "ukuran": e.ukuran,
                            "untuk": e.untuk, "periode": e.periode.to_string(), "jenis": e.jenis, "tanggal": e.tanggal,
                            "ditambahkan": e.ditambahkan, "keterangan": e.keterangan, "bersama": e.bersama })
                })
                .collect();
            let mut s = serde_json::to_string_pretty(&json!({ "version": 1, "bukti": items }))
                .unwrap_or_default();
            s.push('\n');
            s
        }
        ListFormat::Table => {
            let header = [
                "SKP",
                "Periode",
                "Untuk",
                "Jenis",
                "Berkas/URL",
                "SHA-256",
                "Tanggal",
            ]
            .map(String::from)
            .to_vec();
            let body = rows
                .iter()
                .map(|(s, e)| {
                    vec![
                        s.clone(),
                        e.periode.to_string(),
                        e.untuk.join(", "),
                        e.jenis.clone(),
                        e.berkas.clone().or(e.url.clone()).unwrap_or_default(),
                        e.sha256
                            .as_deref()
                            .map(|h| h[..12.min(h.len())].to_string())
                            .unwrap_or_default(),
                        e.tanggal.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            Table { header, rows: body }.terminal(ui.color, None)
        }
    };
    ui.out(&text)?;
    Ok(EXIT_OK)
}

fn verify_cmd(ui: &Ui, a: EvidenceVerifyArgs) -> Result<u8, u8> {
    let (root, cfg) = open(ui, &a.ws)?;
    let report = verify::verify(&root, &cfg, a.full);
    let bad = |s: &State| {
        matches!(
            s,
            State::Changed { .. } | State::Missing | State::Moved { .. } | State::Unsafe
        )
    };
    let mut problems: Vec<_> = report
        .checked
        .iter()
        .filter(|c| c.state != State::Ok && c.state != State::Url)
        .collect();
    problems.sort_by(|a, b| {
        (a.entry.berkas.as_deref(), &a.ledger).cmp(&(b.entry.berkas.as_deref(), &b.ledger))
    });
    let text = match a.format {
        ListFormat::Json => {
            let items: Vec<_> = problems
                .iter()
                .map(|c| json!({ "skp": c.skp, "ledger": c.ledger, "berkas": c.entry.berkas, "sha256": c.entry.sha256,
                                 "status": c.state.code(),
                                 "sekarang": match &c.state { State::Changed { actual } => Some(actual.clone()), _ => None },
                                 "pindah_ke": match &c.state { State::Moved { to } => Some(to.clone()), _ => None } }))
                .collect();
            let mut s = serde_json::to_string_pretty(&json!({
                "version": 1, "checked": report.checked.len(), "problems": items,
                "unrecorded": report.unrecorded, "unreadable_ledgers": report.unreadable }))
            .unwrap_or_default();
            s.push('\n');
            s
        }
        ListFormat::Table => {
            let mut s = String::new();
            for c in &problems {
                let berkas = crate::render::escape_control(c.entry.berkas.as_deref().unwrap_or(""))
                    .into_owned();
                let m = match &c.state {
                    State::Changed { actual } => Msg::VerifyChanged {
                        berkas,
                        recorded: short(c.entry.sha256.as_deref()),
                        now: short(Some(actual)),
                    },
                    State::Missing => Msg::VerifyMissing { berkas },
                    State::Moved { to } => Msg::VerifyMoved {
                        berkas,
                        to: to.clone(),
                    },
                    State::NotFetched => Msg::VerifyNotFetched { berkas },
                    State::Unsafe => Msg::VerifyUnsafe { berkas },
                    State::Ok | State::Url => continue,
                };
                s.push_str(&format!("{}: {}\n", c.skp, m.render(ui.lang)));
            }
            for u in &report.unrecorded {
                s.push_str(&format!(
                    "{}\n",
                    Msg::VerifyUnrecorded {
                        berkas: crate::render::escape_control(u).into_owned()
                    }
                    .render(ui.lang)
                ));
            }
            for u in &report.unreadable {
                s.push_str(&format!(
                    "{}\n",
                    Msg::EvLedgerInvalid { file: u.clone() }.render(ui.lang)
                ));
            }
            s
        }
    };
    ui.out(&text)?;
    let count = |f: &dyn Fn(&State) -> bool| report.checked.iter().filter(|c| f(&c.state)).count();
    ui.err_text(&format!(
        "{}\n",
        Msg::VerifySummary {
            checked: report.checked.len(),
            ok: count(&|s| matches!(s, State::Ok | State::Url)),
            changed: count(&|s| matches!(s, State::Changed { .. })),
            missing: count(&|s| matches!(s, State::Missing)),
            moved: count(&|s| matches!(s, State::Moved { .. })),
            not_fetched: count(&|s| matches!(s, State::NotFetched)),
            unrecorded: report.unrecorded.len(),
        }
        .render(ui.lang)
    ));
    Ok(
        if report.checked.iter().any(|c| bad(&c.state)) || !report.unreadable.is_empty() {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        },
    )
}

fn short(h: Option<&str>) -> String {
    h.map(|h| h[..12.min(h.len())].to_string())
        .unwrap_or_default()
}

fn relink(ui: &Ui, a: WorkspaceArg) -> Result<u8, u8> {
    let (root, cfg) = open(ui, &a)?;
    let report = verify::verify(&root, &cfg, false);
    let mut fixed = 0;
    let moves: Vec<(String, String, String)> = report
        .checked
        .iter()
        .filter_map(|c| match &c.state {
            State::Moved { to } => Some((
                c.ledger.clone(),
                c.entry.sha256.clone().unwrap_or_default(),
                to.clone(),
            )),
            _ => None,
        })
        .collect();
    for (ledger, sha, to) in &moves {
        let path = root.join(ledger);
        let changed = add::update_ledger(&root, &path, "", |l| {
            let mut any = false;
            for e in l
                .entries
                .iter_mut()
                .filter(|e| e.sha256.as_deref() == Some(sha.as_str()))
            {
                if e.berkas.as_deref() != Some(to.as_str()) {
                    e.berkas = Some(to.clone());
                    any = true;
                }
            }
            any
        })
        .map_err(|e| add_error(ui, e))?;
        if changed {
            fixed += 1;
            ui.out(&format!(
                "{}\n",
                Msg::RelinkOne {
                    sha: short(Some(sha)),
                    to: to.clone()
                }
                .render(ui.lang)
            ))?;
        }
    }
    ui.err_text(&format!(
        "{}\n",
        Msg::RelinkDone { n: fixed }.render(ui.lang)
    ));
    Ok(EXIT_OK)
}

/// The one entry `id` names (a unique SHA-256 prefix, or a URL) among `ledgers`.
fn find_entry<'a>(
    ui: &Ui,
    ledgers: &'a [(PathBuf, Ledger)],
    id: &str,
) -> Result<(&'a PathBuf, String, String), u8> {
    let id_lower = id.to_lowercase();
    let id_l = id_lower.as_str();
    let hits: Vec<(&PathBuf, String, String)> = ledgers
        .iter()
        .flat_map(|(p, l)| {
            l.entries.iter().filter_map(move |e| {
                let by_hash = e
                    .sha256
                    .as_ref()
                    .is_some_and(|h| id_l.len() >= 4 && h.starts_with(id_l));
                let by_url = e.url.as_deref() == Some(id);
                (by_hash || by_url).then(|| {
                    (
                        p,
                        e.sha256.clone().unwrap_or_default(),
                        e.url.clone().unwrap_or_default(),
                    )
                })
            })
        })
        .collect();
    let mut unique: Vec<(&PathBuf, String, String)> = hits.clone();
    unique.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && a.2 == b.2);
    match unique.len() {
        0 => Err(ui.fatal(&Msg::RmNotFound { id: id.to_string() }, None)),
        1 => Ok(unique.remove(0)),
        n => Err(ui.fatal(
            &Msg::RmAmbiguous {
                id: id.to_string(),
                n,
            },
            None,
        )),
    }
}

fn rm(ui: &Ui, a: EvidenceRmArgs) -> Result<u8, u8> {
    let (root, _) = open(ui, &a.ws)?;
    let all = ledgers(ui, &root, &a.select)?;
    let (path, sha, url) = find_entry(ui, &all, &a.id)?;
    let mut removed_berkas: Vec<String> = Vec::new();
    add::update_ledger(&root, path, "", |l| {
        let before = l.entries.len();
        l.entries.retain(|e| {
            let hit = (!sha.is_empty() && e.sha256.as_deref() == Some(sha.as_str()))
                || (!url.is_empty() && e.url.as_deref() == Some(url.as_str()));
            if hit && let Some(b) = &e.berkas {
                removed_berkas.push(b.clone());
            }
            !hit
        });
        l.entries.len() != before
    })
    .map_err(|e| add_error(ui, e))?;
    if a.delete_file && !sha.is_empty() {
        // Only the copy skp made, and only when no ledger still records the content.
        let still_used = verify::ledger_files(&root).iter().any(|f| {
            add::read_ledger(f, "").is_ok_and(|l| {
                l.entries
                    .iter()
                    .any(|e| e.sha256.as_deref() == Some(sha.as_str()))
            })
        });
        if !still_used {
            removed_berkas.sort();
            removed_berkas.dedup();
            for b in &removed_berkas {
                if let Ok(Some(p)) = crate::evidence::ledger::resolve_inside(&root, b)
                    && b.split('/').any(|seg| seg == "bukti")
                {
                    let _ = std::fs::remove_file(p);
                }
            }
        }
    }
    ui.out(&format!(
        "{}\n",
        Msg::RmDone {
            id: if sha.is_empty() {
                url
            } else {
                short(Some(&sha))
            }
        }
        .render(ui.lang)
    ))?;
    Ok(EXIT_OK)
}

fn abaikan(ui: &Ui, a: EvidenceAbaikanArgs) -> Result<u8, u8> {
    let (root, _) = open(ui, &a.ws)?;
    if a.alasan.trim().is_empty() {
        return Err(ui.fatal(&Msg::SuppressionNoReason, Some(&Msg::HelpSuppressionForm)));
    }
    let kode = a.kode.to_ascii_uppercase();
    if crate::rules::find(&kode).is_none() || !kode.starts_with('B') {
        return Err(ui.fatal(&Msg::UnknownRule { code: kode }, Some(&Msg::HelpRules)));
    }
    let all = ledgers(ui, &root, &a.select)?;
    let (path, sha, url) = find_entry(ui, &all, &a.id)?;
    add::update_ledger(&root, path, "", |l| {
        let mut any = false;
        for e in l.entries.iter_mut() {
            let hit = (!sha.is_empty() && e.sha256.as_deref() == Some(sha.as_str()))
                || (!url.is_empty() && e.url.as_deref() == Some(url.as_str()));
            if hit {
                e.abaikan.retain(|(k, _)| *k != kode);
                e.abaikan.push((kode.clone(), a.alasan.trim().to_string()));
                any = true;
            }
        }
        any
    })
    .map_err(|e| add_error(ui, e))?;
    ui.out(&format!("{}\n", Msg::AbaikanDone { kode }.render(ui.lang)))?;
    Ok(EXIT_OK)
}

#[allow(dead_code)]
const _: u8 = EXIT_FATAL;
