//! `skp render`: an official document of one employee as self-contained HTML, or a PDF printed
//! by headless Chromium. The command gathers what the form needs (the cascade's intervened
//! results, the unit's distribution, the evidence of the period, the angka kredit); the form
//! itself is drawn by `render::html::forms`.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::cli::{RenderArgs, RenderDocument};
use crate::i18n::Msg;
use crate::model::period::Period;
use crate::model::skp::Skp;
use crate::model::vocab::{PredikatOrganisasi, Vocab};
use crate::model::{Content, Doc};
use crate::render::html::forms::{self, Bukti, Context, CreditRow, Evaluation, Person};
use crate::render::html::{Base, file_href};
use crate::rules::nilai::n113_distribution::Distributions;
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

/// The employee's SKP the document is about: the segment that holds the period's end, else
/// the latest.
fn choose<'w>(ws: &'w Workspace, nip: &str, period: Option<Period>) -> Option<(&'w Doc, &'w Skp)> {
    let mut skps: Vec<(&Doc, &Skp)> = ws.skps().filter(|(_, s)| s.nip() == Some(nip)).collect();
    skps.sort_by_key(|(_, s)| (s.tahun.value, s.period().0));
    match period {
        Some(p) => {
            let end = p.bounds().1;
            skps.iter()
                .rev()
                .find(|(_, s)| {
                    let (a, b) = s.period();
                    a <= end && end <= b
                })
                .or_else(|| {
                    skps.iter()
                        .rev()
                        .find(|(_, s)| s.tahun.value == p.bounds().0.year())
                })
                .copied()
        }
        None => skps.last().copied(),
    }
}

/// Per RHK, the texts of the results it intervenes (resolved, else the snapshot or the
/// reference as written).
fn intervened(ws: &Workspace, doc_index: usize, skp: &Skp) -> Vec<Vec<String>> {
    let cascade = crate::cascade::build(&ws.docs);
    let mut out = vec![Vec::new(); skp.hasil_kerja.len()];
    for r in &cascade.references {
        let crate::cascade::Origin::Intervensi { doc, rhk, .. } = r.origin else {
            continue;
        };
        if doc != doc_index {
            continue;
        }
        let text = match &r.result {
            Ok(t) => crate::rules::align::target_text(ws, t),
            Err(_) => r
                .snapshot
                .as_ref()
                .map(|(t, _)| t.clone())
                .unwrap_or_else(|| r.text.clone()),
        };
        if let Some(v) = out.get_mut(rhk) {
            v.push(text);
        }
    }
    out
}

/// The appraiser of `skp` as the forms print them: the record's fields, and where it leaves
/// the unit or the pangkat out, the appraiser's own SKP's; for an official without a NIP (a
/// Bupati) the agency. Never the employee's unit: a Kepala Dinas is not in the Bidang of the
/// staff member he appraises.
fn penilai(ws: &Workspace, skp: &Skp) -> Person {
    let mut p = forms::penilai_of_skp(skp);
    let own = skp
        .pejabat_penilai
        .known_nip()
        .and_then(|nip| choose(ws, nip, Some(Period::Year(skp.tahun.value))))
        .map(|(_, theirs)| forms::person_of_skp(theirs));
    match own {
        Some(o) => {
            if p.unit.is_empty() {
                p.unit = o.unit;
            }
            if p.pangkat.is_empty() {
                p.pangkat = o.pangkat;
            }
        }
        None if p.unit.is_empty() && skp.pejabat_penilai.nip.is_none() => {
            p.unit = agency(ws).unwrap_or_default();
        }
        None => {}
    }
    p
}

/// The appraiser's own appraiser: written in the SKP, else read from the appraiser's SKP.
fn atasan_penilai(ws: &Workspace, skp: &Skp) -> Option<Person> {
    if let Some(a) = &skp.atasan_pejabat_penilai {
        let a = &a.value;
        return Some(forms::official(
            &a.nama.value,
            a.nip.as_ref().map(|n| n.value.as_str()),
            a.pangkat.as_ref().map(|x| x.value.as_str()),
            &a.jabatan.value,
            a.unit_kerja.as_ref().map(|x| x.value.as_str()),
            "",
        ));
    }
    let nip = skp.pejabat_penilai.known_nip()?.to_string();
    let (_, theirs) = choose(ws, &nip, Some(Period::Year(skp.tahun.value)))?;
    Some(penilai(ws, theirs))
}

/// The agency as the forms print it: `[workspace] agency`, unless blank or still the name
/// `skp init` writes in its place (warned of, and never printed as an agency's name).
fn agency(ws: &Workspace) -> Option<String> {
    let a = ws.config.workspace.agency.as_deref()?.trim();
    (!a.is_empty() && !is_placeholder_agency(a)).then(|| a.to_string())
}

/// Whether `agency` is still `skp init`'s placeholder, however it was retyped (`NAMA INSTANSI`,
/// `Nama  Instansi`).
fn is_placeholder_agency(agency: &str) -> bool {
    is_placeholder(agency, crate::model::example::AGENCY)
}

/// Whether `value` is `placeholder`, whatever its case and spacing.
fn is_placeholder(value: &str, placeholder: &str) -> bool {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .eq_ignore_ascii_case(placeholder)
}

/// Where the forms are signed: `[workspace] place`, else "Kota Contoh" from `agency =
/// "Pemerintah Kota Contoh"`, else dots to fill in.
fn place(ws: &Workspace) -> String {
    ws.config
        .workspace
        .place
        .as_deref()
        .map(|p| p.trim().to_string())
        // `skp init`'s example, uncommented as it was: warned of, never printed.
        .filter(|p| !p.is_empty() && !is_placeholder(p, crate::model::example::PLACE))
        .or_else(|| {
            agency(ws)
                .map(|a| a.trim_start_matches("Pemerintah ").trim().to_string())
                .filter(|a| !a.is_empty())
        })
        .unwrap_or_else(|| "\u{2026}\u{2026}\u{2026}\u{2026}".into())
}

/// Per indicator, the periods' realisations rolled up as `skp evaluate` measures it (see
/// [`crate::rules::nilai::to_date::line_capaian`]), in the words the form prints.
fn rolled_up(
    ws: &Workspace,
    skp: &Skp,
    periode: Period,
    realisasi: Option<&crate::model::realisasi::Realisasi>,
) -> Vec<(String, String)> {
    skp.indicators()
        .filter_map(|(_, iki)| {
            let raw = realisasi.and_then(|r| {
                r.hasil_kerja
                    .iter()
                    .flat_map(|h| h.iter())
                    .find(|(k, _)| k.value == iki.id.value)
                    .and_then(|(_, v)| v.value.realisasi.as_ref())
                    .map(|x| x.value.clone())
            });
            let (_, roll) = crate::rules::nilai::to_date::line_capaian(
                &ws.docs,
                skp,
                skp.grid(ws.config.workspace.evaluation),
                iki,
                periode,
                raw.as_deref(),
            );
            let roll = roll?;
            let nilai = crate::i18n::number_in(roll.value, crate::i18n::Lang::Id);
            // In the target's unit, as the periods were counted (`3 modul`, `93,75 %`).
            let unit = crate::rules::nilai::to_date::target_for(iki, periode)
                .quantity()
                .and_then(|q| q.unit.as_deref().map(str::to_string))
                .or_else(|| iki.satuan.as_ref().map(|u| u.value.clone()))
                // A bare periodic target (`2026-TW2: 4`) is in the year's unit.
                .or_else(|| {
                    iki.target
                        .value
                        .quantity()
                        .and_then(|q| q.unit.as_deref().map(str::to_string))
                });
            let nilai = match unit {
                Some(u) => format!("{nilai} {}", u.trim()),
                None => nilai,
            };
            // Fewer periods than the plan's grid has by then: one is missing, and the form says so.
            let periods = if roll.periods < roll.due {
                format!("{} dari {}", roll.periods, roll.due)
            } else {
                roll.periods.to_string()
            };
            Some((
                iki.id.value.clone(),
                format!(
                    "Rekap {periods} periode ({}): {nilai}",
                    roll.perhitungan.label().to_lowercase()
                ),
            ))
        })
        .collect()
}

/// The organisation result heading the employee's evaluation: written in the Realisasi, else
/// the `CapaianOrganisasi` of the period whose unit holds the employee; with its distribution.
fn organisation(
    ws: &Workspace,
    skp: &Skp,
    written: Option<PredikatOrganisasi>,
    periode: Period,
) -> (Option<String>, Option<([usize; 5], usize)>) {
    // Whose unit the employee is in is known by NIP only. Of the units that hold them (a
    // Bidang inside its Dinas), the nearest is theirs: their own when they lead one, else the
    // smallest; not whichever file sorts first.
    let nip = skp.nip();
    let distributions = Distributions::new(ws);
    let unit = ws
        .docs
        .iter()
        .filter_map(|d| match &d.content {
            Content::CapaianOrganisasi(c) if c.periode.value == periode => {
                let nip = nip?;
                let leads = c.pimpinan.value.as_str() == nip;
                let members = distributions.members(c.pimpinan.value.as_str(), skp.tahun.value);
                (leads || members.iter().any(|m| m.nip() == Some(nip)))
                    .then_some(((!leads, members.len()), c.as_ref()))
            }
            _ => None,
        })
        .min_by_key(|(nearness, _)| *nearness)
        .map(|(_, c)| c);
    let label = written
        .or(unit.map(|c| c.predikat.value))
        .map(|p| p.label().to_uppercase());
    let dist = unit.map(|c| {
        let s = distributions.of(c);
        let n = |k: &str| s.counts.get(k).copied().unwrap_or(0);
        let counts = [
            n("sangat_baik"),
            n("baik"),
            n("butuh_perbaikan"),
            n("kurang"),
            n("sangat_kurang"),
        ];
        (counts, s.belum_dinilai.len())
    });
    (label, dist)
}

/// The evidence recorded for each indicator in the period, each with its link from a page read
/// from `base` and what `evidence verify` (`states`, by ledger document and entry) finds wrong.
fn evidence(
    ws: &Workspace,
    skp: &Skp,
    periode: Period,
    base: Base<'_>,
    states: &std::collections::HashMap<(usize, usize), crate::evidence::verify::State>,
    lang: crate::i18n::Lang,
) -> Vec<(String, Vec<Bukti>)> {
    use crate::evidence::verify::State;
    let mut out: Vec<(String, Vec<Bukti>)> = Vec::new();
    for (di, d) in ws.docs.iter().enumerate() {
        let Content::BuktiDukung(l) = &d.content else {
            continue;
        };
        if l.skp.value != skp.resolved_id.value {
            continue;
        }
        for (bi, b) in l.bukti.iter().enumerate() {
            if !b.periode.value.within(periode) {
                continue;
            }
            let problem = match states.get(&(di, bi)) {
                Some(
                    s @ (State::Changed { .. }
                    | State::Missing
                    | State::Unsafe
                    | State::Unreadable { .. }),
                ) => Msg::RenderEvidenceProblem {
                    state: s.code().to_string(),
                }
                .render(lang),
                Some(State::Moved { to }) => {
                    Msg::RenderEvidenceMoved { to: to.clone() }.render(lang)
                }
                _ => String::new(),
            };
            let (name, href) = match (&b.berkas, &b.url) {
                (Some(f), _) => (
                    f.value.rsplit('/').next().unwrap_or(&f.value).to_string(),
                    file_href(&ws.root, base, &f.value).unwrap_or_default(),
                ),
                // `check` flags any other scheme (F004); the form never links to one.
                (None, Some(u)) if crate::model::bukti::is_web_url(&u.value) => {
                    match crate::privacy::mask_passwords(&u.value) {
                        std::borrow::Cow::Borrowed(_) => (u.value.clone(), u.value.clone()),
                        // A password in the link (D108): named masked, and no link to follow.
                        masked => (masked.into_owned(), String::new()),
                    }
                }
                _ => continue,
            };
            let item = Bukti {
                name,
                href,
                problem,
            };
            for u in b.untuk.iter() {
                match out.iter_mut().find(|(id, _)| *id == u.value) {
                    Some((_, v)) => v.push(item.clone()),
                    None => out.push((u.value.clone(), vec![item.clone()])),
                }
            }
        }
    }
    out
}

/// What `evidence verify` finds for each ledger entry (ledger document, entry index), through
/// the stat cache as `check` does: an evaluation form marks a changed or missing file instead
/// of listing it as evidence.
fn evidence_states(
    ws: &Workspace,
) -> std::collections::HashMap<(usize, usize), crate::evidence::verify::State> {
    let cache = crate::evidence::cache::Cache::open(&ws.root, true);
    let report = crate::evidence::verify::verify(ws, &cache, false);
    cache.save();
    report
        .checked
        .into_iter()
        .filter_map(|c| Some(((c.doc?, c.index), c.state)))
        .collect()
}

/// The SHA-256 of a workspace file as `sha256sum` gives it (its bytes, a BOM included), for
/// the footer that lets a signed printout be matched with the repository; of the text read
/// when the file cannot be opened again.
fn file_sha256(root: &std::path::Path, rel: &str, text: &str) -> String {
    std::fs::File::open(root.join(rel))
        .and_then(|mut f| crate::fsutil::hash_stream(&mut f, None, None))
        .map(|(sha, _)| sha)
        .unwrap_or_else(|_| crate::base::hex(&Sha256::digest(text.as_bytes())))
}

pub fn run(ui: &Ui, a: RenderArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let ws = Workspace::load(root, cfg);
    let nip: String = a.nip.chars().filter(|c| !c.is_whitespace()).collect();
    ui.request_mask(a.mask);
    ui.mask_for(&ws, Some(&nip));
    let period = match a.period.as_deref() {
        None => None,
        Some(p) => Some(Period::parse(p).ok_or_else(|| {
            ui.fatal(
                &Msg::BadPeriodArg {
                    value: p.to_string(),
                },
                Some(&super::period_help(p)),
            )
        })?),
    };
    super::refuse_unreadable_skp(ui, &ws, &nip)?;
    let chosen = match &a.skp {
        // One segment of a mutasi by its id: its own evaluations, whatever the period.
        Some(id) => ws
            .skps()
            .find(|(_, s)| s.nip() == Some(nip.as_str()) && s.resolved_id.value == *id),
        None => choose(&ws, &nip, period),
    };
    let Some((doc, skp)) = chosen else {
        return Err(ui.fatal(&Msg::RenderNoSkp { nip: nip.clone() }, None));
    };
    if a.pdf && ui.output.is_none() {
        return Err(ui.fatal(&Msg::RenderPdfNeedsOutput, None));
    }
    super::warn_example_text(ui, skp);
    let plan_unfinished = super::warn_plan_errors(ui, &ws, skp, doc.file);
    // A plan imported from the spreadsheet template has no pangkat column: the form's
    // PANGKAT/GOL. RUANG would be signed blank.
    if skp
        .pegawai
        .pangkat
        .as_ref()
        .is_none_or(|p| p.value.trim().is_empty())
    {
        ui.warn(&Msg::RenderPangkatMissing {
            skp: skp.resolved_id.value.clone(),
        });
    }
    if ws
        .config
        .workspace
        .agency
        .as_deref()
        .is_some_and(is_placeholder_agency)
    {
        ui.warn(&Msg::ExampleAgencyLeft {
            agency: crate::model::example::AGENCY.to_string(),
            place: ws.config.workspace.place.is_some(),
        });
    } else if agency(&ws).is_none() {
        // Blank or never written: the official forms open with the agency's name.
        ui.warn(&Msg::RenderAgencyMissing {
            place: ws.config.workspace.place.is_some(),
        });
    }
    if ws
        .config
        .workspace
        .place
        .as_deref()
        .is_some_and(|p| is_placeholder(p, crate::model::example::PLACE))
    {
        ui.warn(&Msg::ExamplePlaceLeft {
            place: crate::model::example::PLACE.to_string(),
        });
    }
    let doc_index = ws
        .docs
        .iter()
        .position(|d| std::ptr::eq(d, doc))
        .unwrap_or_default();
    let source = ws.sources.get(doc.file);
    let mut cx = Context {
        intervened: intervened(&ws, doc_index, skp),
        penilai: penilai(&ws, skp),
        instansi: agency(&ws),
        atasan_penilai: atasan_penilai(&ws, skp),
        place_date: format!(
            "{}, \u{2026}\u{2026}\u{2026}\u{2026} {}",
            place(&ws),
            skp.tahun.value
        ),
        footer: vec![
            (
                format!("SHA-256 {}", source.rel),
                file_sha256(&ws.root, &source.rel, &source.text),
            ),
            ("skp".to_string(), env!("CARGO_PKG_VERSION").to_string()),
        ],
        unfinished: plan_unfinished.into_iter().collect(),
    };
    // The approval record, when there is one: who agreed the plan, when, and whether the
    // content printed is still the content agreed.
    if let Some(last) = ws.docs.iter().find_map(|d| match &d.content {
        Content::Persetujuan(p) if p.skp.value == skp.resolved_id.value => p.persetujuan.last(),
        _ => None,
    }) {
        let same = crate::model::approval::approves(last, skp);
        // The day the appraiser agreed this very content is the date the SKP is signed
        // (*ditetapkan*); after a change the line stays blank to be written by hand.
        if same && a.document == RenderDocument::Skp {
            cx.place_date = format!("{}, {}", place(&ws), last.tanggal.value.long_id());
        }
        cx.footer.push((
            "Persetujuan".to_string(),
            format!(
                "{} oleh {} ({})",
                last.tanggal.value,
                last.oleh.value.as_str(),
                if same {
                    "isi yang dicetak sama dengan yang disetujui"
                } else {
                    "isi berubah sesudah disetujui"
                }
            ),
        ));
    }
    // Where the page is read from, for its links to evidence: a PDF is printed from a
    // temporary folder, so its links are absolute.
    let folder = super::output_folder(ui);
    let base = match (&folder, a.pdf) {
        (_, true) => Base::Absolute,
        (Some(dir), false) => Base::Folder(dir),
        (None, false) => Base::Root,
    };
    let html = match a.document {
        RenderDocument::Skp => forms::skp(skp, &cx),
        RenderDocument::Evaluasi | RenderDocument::DokumenEvaluasi => {
            let periode = period.unwrap_or(Period::Year(skp.tahun.value));
            let realisasi = ws.docs.iter().find_map(|d| match &d.content {
                Content::Realisasi(r)
                    if r.skp.value == skp.resolved_id.value && r.periode.value == periode =>
                {
                    Some(r.as_ref())
                }
                _ => None,
            });
            // An evaluation whose file cannot be read is not one with nothing recorded: the
            // form would print a blank predikat as if the appraiser had given none.
            if realisasi.is_none()
                && let Some(file) = ws
                    .unreadable_beside(doc.file, crate::model::Kind::Realisasi)
                    .first()
            {
                return Err(ui.fatal(
                    &Msg::RenderRealisasiUnreadable {
                        file: file.to_string(),
                    },
                    Some(&Msg::HelpFixUnreadable),
                ));
            }
            // A blank form may be wanted, to fill by hand; a mistyped period must not pass
            // for one.
            if realisasi.is_none() {
                let mut known: Vec<String> = ws
                    .docs
                    .iter()
                    .filter_map(|d| match &d.content {
                        Content::Realisasi(r) if r.skp.value == skp.resolved_id.value => {
                            Some(r.periode.value.to_string())
                        }
                        _ => None,
                    })
                    .collect();
                known.sort();
                known.dedup();
                ui.warn(&Msg::RenderNoRealisasi {
                    skp: skp.resolved_id.value.clone(),
                    periode: periode.to_string(),
                    known: if known.is_empty() {
                        "\u{2014}".to_string()
                    } else {
                        known.join(", ")
                    },
                });
            }
            if let Some(r) = realisasi {
                if let Some(t) = &r.tanggal_penilaian {
                    cx.place_date = format!("{}, {}", place(&ws), t.value.long_id());
                }
                let rel = ws.docs.iter().find(
                    |d| matches!(&d.content, Content::Realisasi(x) if std::ptr::eq(x.as_ref(), r)),
                );
                if let Some(d) = rel {
                    let errors = super::errors_by_file(&ws, &["F", "N"]);
                    cx.unfinished.extend(super::warn_evaluation_errors(
                        ui,
                        &ws,
                        &periode.to_string(),
                        d.file,
                        &errors,
                    ));
                    // The periods a printed roll-up rests on ("Rekap 2 periode …").
                    if !rolled_up(&ws, skp, periode, realisasi).is_empty() {
                        for f in super::evaluations_to_date(&ws, skp, periode) {
                            if f != d.file {
                                cx.unfinished.extend(super::warn_evaluation_errors(
                                    ui,
                                    &ws,
                                    &periode.to_string(),
                                    f,
                                    &errors,
                                ));
                            }
                        }
                    }
                    let f = ws.sources.get(d.file);
                    let sha = file_sha256(&ws.root, &f.rel, &f.text);
                    cx.footer.insert(1, (format!("SHA-256 {}", f.rel), sha));
                }
            }
            let (capaian_organisasi, distribution) = organisation(
                &ws,
                skp,
                realisasi.and_then(|r| r.capaian_organisasi.as_ref().map(|c| c.value)),
                periode,
            );
            let predikat = realisasi.and_then(|r| {
                match (&r.predikat, &r.rating_hasil_kerja, &r.rating_perilaku_kerja) {
                    (Some(p), _, _) => Some(p.value.label().to_string()),
                    (None, Some(h), Some(p)) => Some(
                        crate::rules::nilai::predikat(&ws.config.evaluation, h.value, p.value)
                            .label()
                            .to_string(),
                    ),
                    _ => None,
                }
            });
            let e = Evaluation {
                realisasi,
                periode: Some(periode),
                capaian_organisasi,
                rolled: rolled_up(&ws, skp, periode, realisasi),
                distribution,
                evidence: evidence(&ws, skp, periode, base, &evidence_states(&ws), ui.lang),
                predikat,
            };
            if a.document == RenderDocument::Evaluasi {
                forms::evaluasi(skp, &cx, &e)
            } else {
                forms::dokumen_evaluasi(skp, &cx, &e)
            }
        }
        RenderDocument::AngkaKredit => {
            // Angka kredit is a functional post's: for anyone else the form would print a
            // need of 0 and "jenjang puncak", both untrue.
            if skp.pegawai.jenis_jabatan.value != crate::model::vocab::JenisJabatan::Fungsional {
                return Err(ui.fatal(
                    &Msg::RenderAkNotFungsional {
                        nip: nip.clone(),
                        jenis: skp.pegawai.jenis_jabatan.value.label().to_string(),
                    },
                    Some(&Msg::HelpRenderAkNotFungsional),
                ));
            }
            // Without the jenjang the form would print 0 and "jenjang puncak", both untrue.
            if skp.pegawai.jenjang.is_none() {
                return Err(ui.fatal(
                    &Msg::RenderAkNoJenjang {
                        nip: nip.clone(),
                        file: ws.rel(doc.file).to_string(),
                    },
                    Some(&Msg::HelpAkNoJenjang),
                ));
            }
            super::evaluate::warn_years_without_jenjang(ui, &ws, |s| s.nip() == Some(nip.as_str()));
            // The annual evaluations the credits rest on, of every year: one with errors (a
            // predikat against its matrix, N108, withholds its credit) leaves the form unsigned,
            // as an evaluation form resting on it is.
            let errors = super::errors_by_file(&ws, &["F", "N"]);
            for d in &ws.docs {
                let Content::Realisasi(r) = &d.content else {
                    continue;
                };
                let annual = ws.skps().any(|(_, s)| {
                    s.nip() == skp.nip()
                        && s.resolved_id.value == r.skp.value
                        && r.periode.value == crate::model::period::Period::Year(s.tahun.value)
                });
                if annual {
                    cx.unfinished.extend(super::warn_evaluation_errors(
                        ui,
                        &ws,
                        &r.periode.value.to_string(),
                        d.file,
                        &errors,
                    ));
                }
            }
            let credits = skp
                .nip()
                .and_then(|nip| super::evaluate::credits_of(&ws, nip));
            let rows: Vec<CreditRow> = credits
                .as_ref()
                .map(|c| {
                    c.segments
                        .iter()
                        .map(|s| CreditRow {
                            tahun: s.tahun,
                            predikat: s.predikat.label().to_string(),
                            persen: crate::model::angka_kredit::percentage(s.predikat),
                            koefisien: crate::model::angka_kredit::coefficient(s.jenjang),
                            bulan: s.months,
                            angka_kredit: s.angka_kredit,
                        })
                        .collect()
                })
                .unwrap_or_default();
            let total = credits.as_ref().map_or(0.0, |c| c.total);
            let needs = skp
                .pegawai
                .jenjang
                .as_ref()
                .map_or((0.0, None), |j| crate::model::angka_kredit::needed(j.value));
            forms::angka_kredit(skp, &cx, &rows, total, needs)
        }
    };
    if a.pdf {
        // Masked before printing: the PDF bytes cannot be masked afterwards.
        ui.out_bytes(&print_pdf(ui, &ui.shown(&html))?)?;
    } else {
        ui.out(&html)?;
    }
    Ok(EXIT_OK)
}

/// Headless Chromium, from `SKP_CHROMIUM` or the PATH.
fn chromium() -> Option<PathBuf> {
    // A SKP_CHROMIUM that names nothing is reported like a missing Chromium, with the hint.
    if let Some(p) = std::env::var_os("SKP_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ]
        .iter()
        .map(|n| dir.join(n))
        .find(|p| p.is_file())
    })
}

/// Prints `html` to PDF with headless Chromium in a throw-away profile, with every background
/// network feature off: the page itself references nothing outside the file.
fn print_pdf(ui: &Ui, html: &str) -> Result<Vec<u8>, u8> {
    let Some(bin) = chromium() else {
        return Err(ui.fatal(&Msg::RenderNoChromium, Some(&Msg::HelpRenderNoChromium)));
    };
    let fail = |e: String| ui.fatal(&Msg::RenderPdfFailed { error: e }, None);
    let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
    let page = dir.path().join("dokumen.html");
    let out = dir.path().join("dokumen.pdf");
    {
        use std::io::Write;
        let mut f =
            crate::fsutil::create_new(dir.path(), &page).map_err(|e| fail(e.to_string()))?;
        f.write_all(html.as_bytes())
            .map_err(|e| fail(e.to_string()))?;
    }
    let mut child = Command::new(&bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profil").display()
        ))
        .arg(format!("--print-to-pdf={}", out.display()))
        .arg(crate::render::html::file_url(&page))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| fail(format!("{}: {e}", bin.display())))?;
    // Read while it runs: a Chromium that logs more than a pipe holds would otherwise wait on
    // its stderr until the time limit.
    let stderr = child.stderr.take().map(|mut s| {
        std::thread::spawn(move || {
            use std::io::Read;
            let mut err = Vec::new();
            let _ = s.read_to_end(&mut err);
            String::from_utf8_lossy(&err).into_owned()
        })
    });
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > Duration::from_secs(120) => {
                let _ = child.kill();
                return Err(fail(Msg::RenderPdfTimeout.render(ui.lang)));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(fail(e.to_string())),
        }
    }
    match std::fs::read(&out) {
        Ok(b) if b.starts_with(b"%PDF-") => Ok(b),
        _ => {
            let err = stderr.and_then(|t| t.join().ok()).unwrap_or_default();
            let last = match err.lines().last() {
                Some(l) => l.to_string(),
                None => Msg::RenderNoPdf.render(ui.lang),
            };
            Err(fail(last))
        }
    }
}
