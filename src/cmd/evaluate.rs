//! `skp evaluate`: each Realisasi with the advisory capaian of its indicators, the two ratings
//! and the predikat — as written, or derived from the quadrant when only the ratings are.

use serde_json::json;

use crate::cli::{EvaluateArgs, EvaluateFormat};
use crate::i18n::{Lang, Msg};
use crate::model::angka_kredit;
use crate::model::capaian::Capaian;
use crate::model::period::Period;
use crate::model::realisasi::CapaianOrganisasi;
use crate::model::realisasi::Realisasi;
use crate::model::skp::Skp;
use crate::model::vocab::{Jenjang, Predikat, Vocab};
use crate::model::{Content, Doc, Kind};
use crate::render::table::Table;
use crate::render::{escape_control, json_pretty};
use crate::rules::nilai::n113_distribution::{Distributions, Sebaran};
use crate::rules::nilai::predikat;
use crate::rules::nilai::to_date::{
    RollUp, against_year, line_capaian, target_text_for, with_satuan,
};
use crate::workspace::Workspace;
use crate::workspace::config::EvaluationSection;

use super::{EXIT_OK, Ui};

/// One indicator's line of an evaluation.
struct Line {
    id: String,
    /// As written (the machine formats' `target`).
    target: String,
    /// With the `satuan` written apart from it, for people (`1-3 hari kerja`).
    target_shown: String,
    /// `None` when the evaluation records none for the indicator: it is listed all the same
    /// (an indicator left out of an evaluation is a gap to see, not one to hide).
    realisasi: Option<String>,
    capaian: Option<Capaian>,
    /// The periods the capaian rolls up, by the indicator's `perhitungan`.
    roll_up: Option<RollUp>,
    /// A period's evaluation measured against the year's count target: the SKP sets none for
    /// the period, so a quarter's 3 of 12 documents (or 3 to date, `kumulatif`) reads as 25 %.
    annual_target: bool,
    polaritas: crate::model::vocab::Polaritas,
}

/// One evaluation, ready to print.
struct Evaluation<'a> {
    skp: &'a Skp,
    periode: Period,
    realisasi: &'a Realisasi,
    lines: Vec<Line>,
    predikat: Option<(Predikat, bool)>,
    /// What the quadrant of the two ratings gives, when both are written.
    matrix: Option<Predikat>,
    /// For a functional post's annual evaluation: the angka kredit of the SKP segment.
    angka_kredit: Option<f64>,
}

/// The predikat an evaluation gives: as written, else derived from the two ratings by the
/// quadrant (marked `true`).
fn predikat_of(cfg: &EvaluationSection, r: &Realisasi) -> Option<(Predikat, bool)> {
    match (&r.predikat, matrix_predikat(cfg, r)) {
        (Some(p), _) => Some((p.value, false)),
        (None, Some(d)) => Some((d, true)),
        (None, None) => None,
    }
}

/// The predikat the quadrant of the two ratings gives (domain.md C.22), when both are written.
fn matrix_predikat(cfg: &EvaluationSection, r: &Realisasi) -> Option<Predikat> {
    match (&r.rating_hasil_kerja, &r.rating_perilaku_kerja) {
        (Some(h), Some(p)) => Some(predikat(cfg, h.value, p.value)),
        _ => None,
    }
}

/// The predikat angka kredit rests on: the one written or derived, but none while a written
/// predikat contradicts the quadrant of its ratings (N108, an error): domain.md C.22 derives
/// the predikat from the ratings, and credit must not be earned on a value to be corrected.
fn credited_predikat(cfg: &EvaluationSection, r: &Realisasi) -> Option<Predikat> {
    let (p, _) = predikat_of(cfg, r)?;
    match matrix_predikat(cfg, r) {
        Some(m) if m != p => None,
        _ => Some(p),
    }
}

/// The angka kredit one SKP segment earns.
pub(super) struct SegmentCredit {
    pub skp: String,
    pub tahun: i32,
    pub predikat: Predikat,
    pub jenjang: Jenjang,
    pub months: u32,
    pub angka_kredit: f64,
}

/// Angka kredit comes from the annual predikat of a functional post, for the months of this
/// SKP segment (a mutasi splits the year).
fn segment_credit(ws: &Workspace, skp: &Skp, r: &Realisasi, p: Predikat) -> Option<SegmentCredit> {
    let j = skp.pegawai.jenjang.as_ref()?.value;
    if r.periode.value != Period::Year(skp.tahun.value)
        || skp.pegawai.jenis_jabatan.value != crate::model::vocab::JenisJabatan::Fungsional
    {
        return None;
    }
    let (from, to) = skp.period();
    let months = angka_kredit::months(from, to);
    Some(SegmentCredit {
        skp: skp.resolved_id.value.clone(),
        tahun: skp.tahun.value,
        predikat: p,
        jenjang: j,
        months,
        angka_kredit: angka_kredit::angka_kredit(
            p,
            j,
            months,
            ws.config.evaluation.angka_kredit_decimals,
        ),
    })
}

/// One functional employee's angka kredit accumulated over the annual evaluations in the
/// workspace, against what the current jenjang needs.
pub(super) struct Credits {
    nip: String,
    nama: String,
    /// The jenjang of the latest segment.
    jenjang: Jenjang,
    pub segments: Vec<SegmentCredit>,
    pub total: f64,
    decimals: u32,
}

/// Says which of the functional plans `keep` accepts earn no angka kredit for want of a
/// jenjang, though an annual evaluation of theirs is there: their credit is left out of every
/// total, and a form or a sum must not pass that off as none earned.
pub(super) fn warn_years_without_jenjang(
    ui: &crate::cmd::Ui,
    ws: &Workspace,
    keep: impl Fn(&Skp) -> bool,
) {
    let mut named = std::collections::BTreeSet::new();
    for (skp, r) in realisasi_with_skp(ws) {
        if keep(skp)
            && skp.pegawai.jenis_jabatan.value == crate::model::vocab::JenisJabatan::Fungsional
            && skp.pegawai.jenjang.is_none()
            && r.periode.value == Period::Year(skp.tahun.value)
            && named.insert(skp.resolved_id.value.as_str())
        {
            let file = ws
                .docs
                .iter()
                .find(|d| matches!(&d.content, Content::Skp(s) if std::ptr::eq(&**s, skp)))
                .map_or("", |d| ws.rel(d.file));
            ui.warn(&Msg::AkYearWithoutJenjang {
                skp: skp.resolved_id.value.clone(),
                file: file.to_string(),
            });
        }
    }
}

/// One employee's accumulated angka kredit (`skp render angka-kredit`).
pub(super) fn credits_of(ws: &Workspace, nip: &str) -> Option<Credits> {
    credits(ws, |s| s.nip() == Some(nip)).into_iter().next()
}

/// Every functional employee whose SKPs `keep` accepts (all years: `--period` selects the
/// evaluations shown, not the years that count).
fn credits(ws: &Workspace, keep: impl Fn(&Skp) -> bool) -> Vec<Credits> {
    let decimals = ws.config.evaluation.angka_kredit_decimals;
    let mut by_nip: std::collections::BTreeMap<String, Credits> = Default::default();
    for (skp, r) in realisasi_with_skp(ws) {
        if !keep(skp) {
            continue;
        }
        // Credits add up per person across years: a plan of unknown NIP is nobody's to add to.
        let Some(nip) = skp.nip() else {
            continue;
        };
        let Some(c) =
            credited_predikat(&ws.config.evaluation, r).and_then(|p| segment_credit(ws, skp, r, p))
        else {
            continue;
        };
        let e = by_nip.entry(nip.to_string()).or_insert_with(|| Credits {
            nip: nip.to_string(),
            nama: skp.pegawai.nama.value.clone(),
            jenjang: c.jenjang,
            segments: Vec::new(),
            total: 0.0,
            decimals,
        });
        e.segments.push(c);
    }
    let scale = 10f64.powi(decimals.min(6) as i32);
    let mut out: Vec<Credits> = by_nip.into_values().collect();
    for c in &mut out {
        c.segments
            .sort_by(|x, y| (x.tahun, &x.skp).cmp(&(y.tahun, &y.skp)));
        if let Some(last) = c.segments.last() {
            c.jenjang = last.jenjang;
        }
        c.total = (c.segments.iter().map(|s| s.angka_kredit).sum::<f64>() * scale).round() / scale;
    }
    out
}

/// Every Realisasi whose SKP is in the workspace.
fn realisasi_with_skp(ws: &Workspace) -> Vec<(&Skp, &Realisasi)> {
    let skps: std::collections::HashMap<&str, &Skp> = ws
        .skps()
        .map(|(_, s)| (s.resolved_id.value.as_str(), s))
        .collect();
    ws.docs
        .iter()
        .filter_map(|d: &Doc| match &d.content {
            Content::Realisasi(r) => Some(r.as_ref()),
            _ => None,
        })
        .filter_map(|r| Some((*skps.get(r.skp.value.as_str())?, r)))
        .collect()
}

/// Per evaluation, the first file it is read from (its Realisasi, then its SKP) that `skp
/// check` finds errors of structure or evaluation in: a figure read from it may be wrong (`{
/// realisasi: 2,5 % }` is cut at its comma). Each such file is named once on stderr, with the
/// periods that rest on it.
fn file_errors(
    ui: &Ui,
    ws: &Workspace,
    evals: &[Evaluation<'_>],
) -> Vec<Option<(String, super::FileErrors)>> {
    let errors = super::errors_by_file(ws, &["F", "N"]);
    // Each document's file by the address of what was read from it.
    let files: std::collections::HashMap<usize, crate::base::FileId> = ws
        .docs
        .iter()
        .filter_map(|d| match &d.content {
            Content::Realisasi(r) => Some((std::ptr::from_ref::<Realisasi>(r) as usize, d.file)),
            Content::Skp(s) => Some((std::ptr::from_ref::<Skp>(s) as usize, d.file)),
            _ => None,
        })
        .collect();
    // Each file once, with every period that rests on it, in the order first met (indexed: an
    // agency may have thousands of such files).
    let mut warned: Vec<(crate::base::FileId, Vec<String>)> = Vec::new();
    let mut warned_at: std::collections::HashMap<crate::base::FileId, usize> =
        std::collections::HashMap::new();
    let found: Vec<_> = evals
        .iter()
        .map(|e| {
            let read_from = [
                std::ptr::from_ref(e.realisasi) as usize,
                std::ptr::from_ref(e.skp) as usize,
            ];
            // A capaian rolled up over the periods rests on their files too.
            let rolled = if e.lines.iter().any(|l| l.roll_up.is_some()) {
                super::evaluations_to_date(ws, e.skp, e.periode)
            } else {
                Vec::new()
            };
            let file = read_from
                .iter()
                .filter_map(|p| files.get(p))
                .copied()
                .chain(rolled)
                .find(|f| errors.contains_key(f))?;
            match warned_at.get(&file) {
                Some(&i) => warned[i].1.push(e.periode.to_string()),
                None => {
                    warned_at.insert(file, warned.len());
                    warned.push((file, vec![e.periode.to_string()]));
                }
            }
            Some((ws.rel(file).to_string(), errors[&file].clone()))
        })
        .collect();
    for (file, mut periods) in warned {
        periods.dedup();
        let e = &errors[&file];
        ui.warn(&Msg::EvaluationHasErrors {
            periode: periods.join(", "),
            n: e.count,
            file: ws.rel(file).to_string(),
            code: e.code.clone(),
            line: e.line,
        });
    }
    found
}

/// The `--nip` and `--unit` filters.
fn filter(a: &EvaluateArgs) -> impl Fn(&Skp) -> bool + '_ {
    let nip = a
        .nip
        .as_ref()
        .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect::<String>());
    move |skp: &Skp| {
        nip.as_ref().is_none_or(|n| skp.nip() == Some(n.as_str()))
            && a.unit.as_ref().is_none_or(|u| {
                skp.pegawai
                    .unit_kerja
                    .value
                    .to_lowercase()
                    .contains(&u.to_lowercase())
            })
    }
}

fn evaluations<'a>(ws: &'a Workspace, a: &EvaluateArgs) -> Vec<Evaluation<'a>> {
    let keep = filter(a);
    let period = a.period.as_deref().and_then(Period::parse);
    let mut out: Vec<Evaluation<'_>> = realisasi_with_skp(ws)
        .into_iter()
        .filter(|(skp, r)| keep(skp) && period.is_none_or(|p| p == r.periode.value))
        .map(|(skp, r)| {
            // Every indicator of the plan, in its order, realised or not.
            let lines = skp
                .indicators()
                .map(|(_, iki)| {
                    let realisasi = r
                        .hasil_kerja
                        .iter()
                        .flat_map(|h| h.iter())
                        .find(|(key, _)| key.value == iki.id.value)
                        .and_then(|(_, v)| v.value.realisasi.as_ref())
                        .map(|x| x.value.clone())
                        .filter(|x| !x.trim().is_empty());
                    let grid = skp.grid(ws.config.workspace.evaluation);
                    let (capaian, roll_up) = line_capaian(
                        &ws.docs,
                        skp,
                        grid,
                        iki,
                        r.periode.value,
                        realisasi.as_deref(),
                    );
                    let annual_target = against_year(skp, iki, r.periode.value);
                    Line {
                        id: iki.id.value.clone(),
                        target_shown: with_satuan(iki, target_text_for(iki, r.periode.value)),
                        target: target_text_for(iki, r.periode.value),
                        capaian,
                        roll_up,
                        realisasi,
                        annual_target,
                        polaritas: iki.polaritas(),
                    }
                })
                .collect();
            let predikat = predikat_of(&ws.config.evaluation, r);
            let matrix = matrix_predikat(&ws.config.evaluation, r);
            let angka_kredit = credited_predikat(&ws.config.evaluation, r)
                .and_then(|p| segment_credit(ws, skp, r, p))
                .map(|c| c.angka_kredit);
            Evaluation {
                skp,
                periode: r.periode.value,
                realisasi: r,
                lines,
                predikat,
                matrix,
                angka_kredit,
            }
        })
        .collect();
    // Per employee, periods in time order: a quarter before the year that ends after it.
    out.sort_by(|x, y| {
        (
            x.skp.nip_shown(),
            x.periode.bounds().1,
            x.periode.bounds().0,
        )
            .cmp(&(
                y.skp.nip_shown(),
                y.periode.bounds().1,
                y.periode.bounds().0,
            ))
    });
    out
}

/// The organisation results (`CapaianOrganisasi`) the filters keep, with their unit's
/// distribution; CSV has none (one table per file).
fn units<'w>(ws: &'w Workspace, a: &EvaluateArgs) -> Vec<(&'w CapaianOrganisasi, Sebaran)> {
    let period = a.period.as_deref().and_then(Period::parse);
    let distributions = Distributions::new(ws);
    ws.docs
        .iter()
        .filter_map(|d| match &d.content {
            Content::CapaianOrganisasi(c) => Some(c.as_ref()),
            _ => None,
        })
        .filter(|c| period.is_none_or(|p| p == c.periode.value))
        .filter(|c| {
            a.unit
                .as_ref()
                .is_none_or(|u| c.unit.value.to_lowercase().contains(&u.to_lowercase()))
        })
        .map(|c| (c, distributions.of(c)))
        .collect()
}

/// What is still needed to reach `kebutuhan` from `total` (never negative).
fn shortfall(kebutuhan: f64, total: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals.min(6) as i32);
    (((kebutuhan - total).max(0.0)) * scale).round() / scale
}

fn credit_json(c: &Credits) -> serde_json::Value {
    let (pangkat, jenjang) = angka_kredit::needed(c.jenjang);
    let d = c.decimals;
    json!({
        "nip": c.nip,
        "nama": c.nama,
        "jenjang": c.jenjang.code(),
        "rincian": c.segments.iter().map(|s| json!({
            "skp": s.skp,
            "tahun": s.tahun,
            "predikat": s.predikat.code(),
            "bulan": s.months,
            "angka_kredit": s.angka_kredit,
        })).collect::<Vec<_>>(),
        "jumlah": c.total,
        "kenaikan_pangkat": { "kebutuhan": pangkat, "kekurangan": shortfall(pangkat, c.total, d) },
        "kenaikan_jenjang": jenjang.map(|j| json!({ "kebutuhan": j, "kekurangan": shortfall(j, c.total, d) })),
    })
}

fn credit_line(c: &Credits, lang: Lang) -> String {
    let n = |v: f64| crate::i18n::number_in(v, lang);
    let need = |k: f64| {
        Msg::EvalCreditNeed {
            kebutuhan: n(k),
            kekurangan: n(shortfall(k, c.total, c.decimals)),
        }
        .render(lang)
    };
    let (pangkat, jenjang) = angka_kredit::needed(c.jenjang);
    Msg::EvalCredit {
        c: Box::new(crate::i18n::CreditLine {
            nama: c.nama.clone(),
            nip: c.nip.clone(),
            jenjang: c.jenjang.label().to_string(),
            rincian: c
                .segments
                .iter()
                .map(|s| format!("{} {}", s.tahun, n(s.angka_kredit)))
                .collect::<Vec<_>>()
                .join(" + "),
            jumlah: n(c.total),
            pangkat: need(pangkat),
            jenjang_berikut: jenjang.map(need),
        }),
    }
    .render(lang)
}

fn capaian_text(c: &Option<Capaian>, lang: Lang) -> String {
    match c {
        Some(Capaian::Percent(p)) => format!("{} %", crate::i18n::number_in(*p, lang)),
        Some(Capaian::Category { met: true }) => Msg::EvalMet.render(lang),
        Some(Capaian::Category { met: false }) => Msg::EvalNotMet.render(lang),
        None => "-".into(),
    }
}

/// The predikat as the table shows it: marked when derived from the quadrant, and when the
/// one written contradicts it (N108), so that nobody copies it out as the evaluation's.
fn predikat_text(p: &Option<(Predikat, bool)>, matrix: Option<Predikat>, lang: Lang) -> String {
    match p {
        Some((p, false)) if matrix.is_some_and(|m| m != *p) => format!(
            "{} ({})",
            p.label_in(lang),
            Msg::EvalPredikatConflict {
                matrix: matrix
                    .map(|m| m.label_in(lang))
                    .unwrap_or_default()
                    .to_string(),
            }
            .render(lang)
        ),
        Some((p, false)) => p.label_in(lang).to_string(),
        Some((p, true)) => format!("{} ({})", p.label_in(lang), Msg::EvalDerived.render(lang)),
        None => "-".into(),
    }
}

fn rating(r: &Option<crate::model::Sp<crate::model::vocab::Rating>>, lang: Lang) -> String {
    r.as_ref()
        .map_or("-".into(), |r| r.value.label_in(lang).to_string())
}

/// `--format csv`: one row per indicator and evaluation, every value in its own column and as
/// the JSON has it (codes, numbers with a decimal point, `true`/`false`), the same in every
/// language (DESIGN §9.6): a spreadsheet or a script can filter and sum it. With `excel`, as
/// a spreadsheet set to Indonesian reads it: NIPs as text (not 1,99E+17), decimal commas.
fn csv(evals: &[Evaluation], excel: bool) -> Table {
    let number = |v: f64| {
        if excel {
            crate::i18n::number(v)
        } else {
            v.to_string()
        }
    };
    let header = [
        "skp",
        "nip",
        "nama",
        "periode",
        "iki",
        "target",
        "realisasi",
        "capaian_advisory",
        "tercapai",
        "rating_hasil_kerja",
        "rating_perilaku_kerja",
        "predikat",
        "predikat_turunan",
        "angka_kredit",
        // Added later, so at the end: a spreadsheet's columns keep their places.
        "rekap_perhitungan",
        "rekap_nilai",
        "rekap_periode",
        "target_tahunan",
        "rekap_periode_seharusnya",
    ]
    .map(String::from)
    .to_vec();
    let mut rows = Vec::new();
    for e in evals {
        let code = |r: &Option<crate::model::Sp<crate::model::vocab::Rating>>| {
            r.as_ref()
                .map_or(String::new(), |r| r.value.code().to_string())
        };
        let evaluation = [
            code(&e.realisasi.rating_hasil_kerja),
            code(&e.realisasi.rating_perilaku_kerja),
            e.predikat
                .map_or(String::new(), |(p, _)| p.code().to_string()),
            e.predikat
                .map_or(String::new(), |(_, derived)| derived.to_string()),
            e.angka_kredit.map_or(String::new(), number),
        ];
        let person = [
            e.skp.resolved_id.value.clone(),
            if excel {
                format!("=\"{}\"", e.skp.nip_shown())
            } else {
                e.skp.nip_shown().to_string()
            },
            e.skp.pegawai.nama.value.clone(),
            e.periode.to_string(),
        ];
        // An evaluation of a plan without indicators still has its row, for its predikat.
        let empty: [String; 5] = Default::default();
        let lines: Vec<([String; 5], [String; 5])> = e
            .lines
            .iter()
            .map(|l| {
                (
                    [
                        l.id.clone(),
                        l.target.clone(),
                        l.realisasi.clone().unwrap_or_default(),
                        match &l.capaian {
                            Some(Capaian::Percent(p)) => number(*p),
                            _ => String::new(),
                        },
                        l.capaian
                            .as_ref()
                            .map_or(String::new(), |c| c.met().to_string()),
                    ],
                    // What the capaian rests on when it is not the figure in `realisasi`.
                    match &l.roll_up {
                        Some(u) => [
                            u.perhitungan.code().to_string(),
                            number(u.value),
                            u.periods.to_string(),
                            l.annual_target.to_string(),
                            u.due.to_string(),
                        ],
                        None => [
                            String::new(),
                            String::new(),
                            String::new(),
                            l.annual_target.to_string(),
                            String::new(),
                        ],
                    },
                )
            })
            .collect();
        let lines = if lines.is_empty() {
            vec![(empty, Default::default())]
        } else {
            lines
        };
        for (line, rolled) in lines {
            rows.push(
                person
                    .iter()
                    .chain(&line)
                    .chain(&evaluation)
                    .chain(&rolled)
                    .cloned()
                    .collect(),
            );
        }
    }
    Table { header, rows }
}

pub fn run(ui: &Ui, a: EvaluateArgs) -> Result<u8, u8> {
    super::excel_needs_csv(ui, a.excel, a.format == EvaluateFormat::Csv)?;
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let ws = Workspace::load(root, cfg);
    ui.request_mask(a.mask);
    let nip: Option<String> = a
        .nip
        .as_ref()
        .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect());
    ui.mask_for(&ws, nip.as_deref());
    super::warn_left_out(
        ui,
        &ws,
        &[Kind::Skp, Kind::Realisasi, Kind::CapaianOrganisasi],
    );
    // A filter that can match nothing is a typing mistake, not an empty result.
    if let Some(p) = a.period.as_deref()
        && Period::parse(p).is_none()
    {
        return Err(ui.fatal(
            &Msg::BadPeriodArg {
                value: p.to_string(),
            },
            Some(&super::period_help(p)),
        ));
    }
    if let Some(n) = &nip
        && !ws.skps().any(|(_, s)| s.nip() == Some(n.as_str()))
    {
        super::refuse_unreadable_skp(ui, &ws, n)?;
        return Err(ui.fatal(&Msg::RenderNoSkp { nip: n.clone() }, None));
    }
    super::refuse_unknown_unit(ui, &ws, a.unit.as_deref())?;
    let evals = evaluations(&ws, &a);
    let errors = file_errors(ui, &ws, &evals);
    let text = match a.format {
        EvaluateFormat::Json => {
            let items: Vec<_> = evals
                .iter()
                .zip(&errors)
                .map(|(e, errors)| {
                    json!({
                        "skp": e.skp.resolved_id.value,
                        "nip": e.skp.nip_shown(),
                        "nama": e.skp.pegawai.nama.value,
                        "periode": e.periode.to_string(),
                        "rating_hasil_kerja": e.realisasi.rating_hasil_kerja.as_ref().map(|r| r.value.code()),
                        "rating_perilaku_kerja": e.realisasi.rating_perilaku_kerja.as_ref().map(|r| r.value.code()),
                        "predikat": e.predikat.map(|(p, _)| p.code()),
                        "predikat_turunan": e.predikat.map(|(_, d)| d),
                        "predikat_matriks": e.matrix.map(|p| p.code()),
                        "angka_kredit": e.angka_kredit,
                        "kesalahan": errors.as_ref().map(|(file, found)| json!({
                            "berkas": file,
                            "jumlah": found.count,
                            "kode": found.code,
                            "baris": found.line,
                        })),
                        "indikator": e.lines.iter().map(|l| json!({
                            "id": l.id,
                            "target": l.target,
                            "target_tahunan": l.annual_target,
                            "realisasi": l.realisasi,
                            "capaian_advisory": match &l.capaian {
                                Some(Capaian::Percent(p)) => json!(p),
                                _ => serde_json::Value::Null,
                            },
                            "tercapai": l.capaian.as_ref().map(Capaian::met),
                            "rekap": l.roll_up.map(|u| json!({
                                "perhitungan": u.perhitungan.code(),
                                "nilai": u.value,
                                "periode": u.periods,
                                "periode_seharusnya": u.due,
                            })),
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let units: Vec<_> = units(&ws, &a)
                .iter()
                .map(|(c, d)| {
                    json!({
                        "id": c.id.value,
                        "unit": c.unit.value,
                        "pimpinan": c.pimpinan.value.as_str(),
                        "periode": c.periode.value.to_string(),
                        "predikat_organisasi": c.predikat.value.code(),
                        "pegawai": d.total,
                        "sebaran": d.counts,
                        "sesuai_kurva": d.total > 0 && d.broken.is_none(),
                        "belum_dinilai": d.belum_dinilai,
                        "aturan_dilanggar": d.broken,
                    })
                })
                .collect();
            let credits: Vec<_> = credits(&ws, filter(&a)).iter().map(credit_json).collect();
            let mut s = json_pretty(
                &json!({ "version": 1, "evaluasi": items, "unit": units, "angka_kredit": credits }),
            );
            s.push('\n');
            s
        }
        EvaluateFormat::Csv => csv(&evals, a.excel).csv(a.excel),
        EvaluateFormat::Table => {
            let header: Vec<String> = match ui.lang {
                Lang::Id => ["IKI", "Target", "Realisasi", "Capaian*"],
                Lang::En => ["IKI", "Target", "Actual", "% of target*"],
            }
            .map(String::from)
            .to_vec();
            // Off a terminal there is no width to detect: fit the 80 columns of a printed
            // page or a plain console.
            let width = (!std::io::IsTerminal::is_terminal(&std::io::stdout())).then_some(80);
            // One block per evaluation: who and which period, the indicators, then the
            // appraiser's ratings and the predikat in a sentence of their own.
            let mut s = String::new();
            for e in &evals {
                let heading = Msg::EvalHeading {
                    nama: e.skp.pegawai.nama.value.clone(),
                    nip: e.skp.nip_shown().to_string(),
                    periode: e.periode.to_string(),
                    // A segment of a mid-year mutasi is told apart by its own id.
                    skp: e.skp.id.as_ref().map(|i| i.value.clone()),
                }
                .render(ui.lang);
                s.push_str(&format!("{}\n", escape_control(&heading)));
                let rows = e
                    .lines
                    .iter()
                    .map(|l| {
                        vec![
                            l.id.clone(),
                            if l.annual_target {
                                format!("{} \u{2020}", l.target_shown)
                            } else {
                                l.target_shown.clone()
                            },
                            match &l.roll_up {
                                Some(u) => format!(
                                    "{}\n{}",
                                    l.realisasi.as_deref().unwrap_or_default(),
                                    Msg::EvalRollUp {
                                        nilai: crate::i18n::number_in(u.value, ui.lang),
                                        periode: u.periods,
                                        due: u.due,
                                    }
                                    .render(ui.lang)
                                )
                                .trim_start()
                                .to_string(),
                                None => match &l.realisasi {
                                    Some(r) => r.clone(),
                                    None => Msg::EvalNotRealised.render(ui.lang),
                                },
                            },
                            capaian_text(&l.capaian, ui.lang),
                        ]
                    })
                    .collect();
                let t = Table {
                    header: header.clone(),
                    rows,
                };
                s.push_str(&t.terminal(ui.color, width));
                let summary = Msg::EvalSummary {
                    hasil: rating(&e.realisasi.rating_hasil_kerja, ui.lang),
                    perilaku: rating(&e.realisasi.rating_perilaku_kerja, ui.lang),
                    predikat: predikat_text(&e.predikat, e.matrix, ui.lang),
                    angka_kredit: e.angka_kredit.map(|ak| crate::i18n::number_in(ak, ui.lang)),
                }
                .render(ui.lang);
                s.push_str(&format!("{}\n\n", escape_control(&summary)));
            }
            // The note is on the capaian above: with none shown it would explain nothing.
            if !evals.is_empty() {
                s.push_str(&format!("{}\n", Msg::EvalAdvisoryNote.render(ui.lang)));
            }
            if evals.iter().flat_map(|e| &e.lines).any(|l| l.annual_target) {
                s.push_str(&format!("{}\n", Msg::EvalAnnualTargetNote.render(ui.lang)));
                if evals.iter().any(|e| {
                    e.lines.iter().any(|l| {
                        l.annual_target && l.polaritas == crate::model::vocab::Polaritas::Turun
                    })
                }) {
                    s.push_str(&format!("{}\n", Msg::EvalCeilingNote.render(ui.lang)));
                }
            }
            let credits = credits(&ws, filter(&a));
            for c in &credits {
                s.push_str(&format!("{}\n", escape_control(&credit_line(c, ui.lang))));
            }
            if !credits.is_empty() {
                s.push_str(&format!("{}\n", Msg::EvalCreditNote.render(ui.lang)));
            }
            for (c, d) in units(&ws, &a) {
                let line = Msg::EvalUnit {
                    u: Box::new(crate::i18n::UnitLine {
                        unit: c.unit.value.clone(),
                        periode: c.periode.value.to_string(),
                        organisasi: c.predikat.value.label_in(ui.lang).to_string(),
                        sebaran: d.describe_in(ui.lang),
                        aturan: d.broken.map(str::to_string),
                        kosong: d.total == 0,
                        belum_dinilai: d.belum_dinilai.clone(),
                    }),
                }
                .render(ui.lang);
                s.push_str(&format!("{}\n", escape_control(&line)));
            }
            s
        }
    };
    warn_years_without_jenjang(ui, &ws, filter(&a));
    if evals.is_empty() {
        ui.err_text(&format!(
            "{}\n",
            escape_control(&Msg::EvalNone.render(ui.lang))
        ));
        // A workspace with no evaluation at all: where one goes and what it holds, named
        // after a plan of the workspace (the one the filter picks, if any).
        let none_yet = !ws
            .docs
            .iter()
            .any(|d| matches!(d.content, crate::model::Content::Realisasi(_)));
        let keep = filter(&a);
        if none_yet && let Some((d, skp)) = ws.skps().find(|(_, s)| keep(s)) {
            let folder = ws
                .rel(d.file)
                .rsplit_once('/')
                .map_or(String::new(), |(f, _)| format!("{f}/"));
            // The first period of its grid that its appraisal period reaches (2026-TW1, or
            // 2026-01 on a monthly grid); the year itself on a yearly one.
            let year = skp.tahun.value;
            let grid = skp.grid(ws.config.workspace.evaluation);
            let periode = Period::grid(year, grid)
                .into_iter()
                .find(|p| skp.evaluates(grid, *p))
                .unwrap_or(Period::Year(year))
                .to_string();
            let help = Msg::HelpEvalFirst {
                file: format!("{folder}realisasi-{periode}.yaml"),
                skp: skp.resolved_id.value.clone(),
                periode,
                iki: skp
                    .indicators()
                    .next()
                    .map_or("IKI-1.1".to_string(), |(_, i)| i.id.value.clone()),
            };
            ui.err_text(&format!(
                "  = {}: {}\n",
                ui.lang.help_label(),
                escape_control(&help.render(ui.lang))
            ));
        }
    }
    // An evaluation file the loader could not read is left out of the table: say so.
    let read: std::collections::HashSet<crate::diag::FileId> = ws
        .docs
        .iter()
        .filter(|d| matches!(d.content, crate::model::Content::Realisasi(_)))
        .map(|d| d.file)
        .collect();
    let unread = ws
        .load_diags
        .iter()
        .filter(|d| !read.contains(&d.file))
        .map(|d| ws.sources.get(d.file))
        .filter(|f| crate::workspace::declares_kind(&f.text, crate::model::Kind::Realisasi))
        .map(|f| f.rel.as_str())
        .collect::<std::collections::BTreeSet<_>>();
    if !unread.is_empty() {
        ui.err_line(&Msg::EvalUnread {
            files: unread.into_iter().collect::<Vec<_>>().join(", "),
        });
    }
    ui.out(&text)?;
    Ok(EXIT_OK)
}
