//! `skp evaluate`: each Realisasi with the advisory capaian of its indicators, the two ratings
//! and the predikat — as written, or derived from the quadrant when only the ratings are.

use serde_json::json;

use crate::cli::{EvaluateArgs, EvaluateFormat};
use crate::i18n::{Lang, Msg};
use crate::model::capaian::{Capaian, capaian};
use crate::model::period::Period;
use crate::model::realisasi::CapaianOrganisasi;
use crate::model::realisasi::Realisasi;
use crate::model::skp::{Skp, Target};
use crate::model::vocab::{Predikat, Vocab};
use crate::model::{Content, Doc};
use crate::render::table::Table;
use crate::render::{escape_control, json_pretty};
use crate::rules::nilai::matrix;
use crate::rules::nilai::n113_distribution::{Sebaran, sebaran};
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

/// One indicator's line of an evaluation.
struct Line {
    id: String,
    target: String,
    realisasi: String,
    capaian: Option<Capaian>,
}

/// One evaluation, ready to print.
struct Evaluation<'a> {
    skp: &'a Skp,
    periode: Period,
    realisasi: &'a Realisasi,
    lines: Vec<Line>,
    predikat: Option<(Predikat, bool)>,
    /// For a functional post's annual evaluation: the angka kredit of the SKP segment.
    angka_kredit: Option<f64>,
}

fn target_text(t: &Target) -> String {
    match t {
        Target::Quantity { raw, quantity, .. } if raw.is_empty() => format!("{:?}", quantity.value),
        Target::Quantity { raw, .. } | Target::Invalid { raw, .. } => raw.clone(),
        Target::Kategori(k) => k.clone(),
        Target::Deskripsi(d) => d.clone(),
    }
}

/// The target an evaluation of `periode` is measured against: the periodic target when the
/// SKP sets one for that period, else the annual target.
fn target_for(iki: &crate::model::skp::Iki, periode: Period) -> &Target {
    iki.target_periodik
        .as_ref()
        .and_then(|t| t.iter().find(|(p, _)| p.value == periode))
        .map_or(&iki.target.value, |(_, t)| &t.value)
}

fn evaluations<'a>(ws: &'a Workspace, a: &EvaluateArgs) -> Vec<Evaluation<'a>> {
    let skps: std::collections::HashMap<&str, &Skp> = ws
        .skps()
        .map(|(_, s)| (s.resolved_id.value.as_str(), s))
        .collect();
    let nip = a
        .nip
        .as_ref()
        .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect::<String>());
    let period = a.period.as_deref().and_then(Period::parse);
    let mut out: Vec<Evaluation<'_>> = ws
        .docs
        .iter()
        .filter_map(|d: &Doc| match &d.content {
            Content::Realisasi(r) => Some(r.as_ref()),
            _ => None,
        })
        .filter_map(|r| {
            let skp = *skps.get(r.skp.value.as_str())?;
            let keep = nip.as_ref().is_none_or(|n| skp.nip() == n)
                && a.unit.as_ref().is_none_or(|u| {
                    skp.pegawai
                        .unit_kerja
                        .value
                        .to_lowercase()
                        .contains(&u.to_lowercase())
                })
                && period.is_none_or(|p| p == r.periode.value);
            if !keep {
                return None;
            }
            let lines = r
                .hasil_kerja
                .iter()
                .flat_map(|h| h.iter())
                .filter_map(|(key, v)| {
                    let (_, iki) = skp.indicators().find(|(_, i)| i.id.value == key.value)?;
                    let target = target_for(iki, r.periode.value);
                    let realisasi = v.value.realisasi.as_ref().map(|x| x.value.clone());
                    Some(Line {
                        id: key.value.clone(),
                        target: target_text(target),
                        capaian: realisasi
                            .as_deref()
                            .and_then(|x| capaian(target, x, iki.polaritas())),
                        realisasi: realisasi.unwrap_or_default(),
                    })
                })
                .collect();
            let derived = match (&r.rating_hasil_kerja, &r.rating_perilaku_kerja) {
                (Some(h), Some(p)) => Some(matrix(h.value, p.value)),
                _ => None,
            };
            let predikat = match (&r.predikat, derived) {
                (Some(p), _) => Some((p.value, false)),
                (None, Some(d)) => Some((d, true)),
                (None, None) => None,
            };
            // Angka kredit comes from the annual predikat of a functional post, for the months
            // of this SKP segment (a mutasi splits the year).
            let angka_kredit = match (predikat, &skp.pegawai.jenjang) {
                (Some((p, _)), Some(j))
                    if r.periode.value == Period::Year(skp.tahun.value)
                        && skp.pegawai.jenis_jabatan.value
                            == crate::model::vocab::JenisJabatan::Fungsional =>
                {
                    let (from, to) = skp.period();
                    Some(crate::model::angka_kredit::angka_kredit(
                        p,
                        j.value,
                        crate::model::angka_kredit::months(from, to),
                    ))
                }
                _ => None,
            };
            Some(Evaluation {
                skp,
                periode: r.periode.value,
                realisasi: r,
                lines,
                predikat,
                angka_kredit,
            })
        })
        .collect();
    // Per employee, periods in time order: a quarter before the year that ends after it.
    out.sort_by(|x, y| {
        (x.skp.nip(), x.periode.bounds().1, x.periode.bounds().0).cmp(&(
            y.skp.nip(),
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
        .map(|c| (c, sebaran(ws, c)))
        .collect()
}

fn capaian_text(c: &Option<Capaian>, lang: Lang) -> String {
    match c {
        Some(Capaian::Percent(p)) => format!("{} %", crate::i18n::number(*p)),
        Some(Capaian::Category { met: true }) => Msg::EvalMet.render(lang),
        Some(Capaian::Category { met: false }) => Msg::EvalNotMet.render(lang),
        None => "-".into(),
    }
}

fn predikat_text(p: &Option<(Predikat, bool)>, lang: Lang) -> String {
    match p {
        Some((p, false)) => p.label().to_string(),
        Some((p, true)) => format!("{} ({})", p.label(), Msg::EvalDerived.render(lang)),
        None => "-".into(),
    }
}

fn rating(r: &Option<crate::model::Sp<crate::model::vocab::Rating>>) -> String {
    r.as_ref()
        .map_or("-".into(), |r| r.value.label().to_string())
}

pub fn run(ui: &Ui, a: EvaluateArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let ws = Workspace::load(root, cfg);
    let evals = evaluations(&ws, &a);
    let text = match a.format {
        EvaluateFormat::Json => {
            let items: Vec<_> = evals
                .iter()
                .map(|e| {
                    json!({
                        "skp": e.skp.resolved_id.value,
                        "nip": e.skp.nip(),
                        "nama": e.skp.pegawai.nama.value,
                        "periode": e.periode.to_string(),
                        "rating_hasil_kerja": e.realisasi.rating_hasil_kerja.as_ref().map(|r| r.value.code()),
                        "rating_perilaku_kerja": e.realisasi.rating_perilaku_kerja.as_ref().map(|r| r.value.code()),
                        "predikat": e.predikat.map(|(p, _)| p.code()),
                        "predikat_turunan": e.predikat.map(|(_, d)| d),
                        "angka_kredit": e.angka_kredit,
                        "indikator": e.lines.iter().map(|l| json!({
                            "id": l.id,
                            "target": l.target,
                            "realisasi": l.realisasi,
                            "capaian_advisory": match &l.capaian {
                                Some(Capaian::Percent(p)) => json!(p),
                                _ => serde_json::Value::Null,
                            },
                            "tercapai": l.capaian.as_ref().map(Capaian::met),
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
                        "aturan_dilanggar": d.broken,
                    })
                })
                .collect();
            let mut s = json_pretty(&json!({ "version": 1, "evaluasi": items, "unit": units }));
            s.push('\n');
            s
        }
        EvaluateFormat::Table | EvaluateFormat::Csv => {
            let header: Vec<String> = match ui.lang {
                Lang::Id => [
                    "Pegawai",
                    "Periode",
                    "IKI",
                    "Target",
                    "Realisasi",
                    "Capaian*",
                ],
                Lang::En => [
                    "Employee",
                    "Period",
                    "IKI",
                    "Target",
                    "Actual",
                    "% of target*",
                ],
            }
            .map(String::from)
            .to_vec();
            let mut rows = Vec::new();
            for e in &evals {
                let who = format!("{}\n{}", e.skp.pegawai.nama.value, e.skp.nip());
                for l in &e.lines {
                    rows.push(vec![
                        who.clone(),
                        e.periode.to_string(),
                        l.id.clone(),
                        l.target.clone(),
                        l.realisasi.clone(),
                        capaian_text(&l.capaian, ui.lang),
                    ]);
                }
                rows.push(vec![
                    who,
                    e.periode.to_string(),
                    Msg::EvalPredikat.render(ui.lang),
                    format!(
                        "{} / {}",
                        rating(&e.realisasi.rating_hasil_kerja),
                        rating(&e.realisasi.rating_perilaku_kerja)
                    ),
                    predikat_text(&e.predikat, ui.lang),
                    e.angka_kredit
                        .map(|ak| format!("AK {}", crate::i18n::number(ak)))
                        .unwrap_or_default(),
                ]);
            }
            let t = Table { header, rows };
            if a.format == EvaluateFormat::Csv {
                t.csv(false)
            } else {
                // Off a terminal there is no width to detect: fit the 80 columns of a
                // printed page or a plain console.
                let width = (!std::io::IsTerminal::is_terminal(&std::io::stdout())).then_some(80);
                let mut s = t.terminal(ui.color, width);
                s.push_str(&format!("{}\n", Msg::EvalAdvisoryNote.render(ui.lang)));
                for (c, d) in units(&ws, &a) {
                    let line = Msg::EvalUnit {
                        unit: c.unit.value.clone(),
                        periode: c.periode.value.to_string(),
                        organisasi: c.predikat.value.label().to_string(),
                        sebaran: d.describe(),
                        aturan: d.broken.map(str::to_string),
                        kosong: d.total == 0,
                    }
                    .render(ui.lang);
                    s.push_str(&format!("{}\n", escape_control(&line)));
                }
                s
            }
        }
    };
    if evals.is_empty() {
        ui.err_text(&format!(
            "{}\n",
            escape_control(&Msg::EvalNone.render(ui.lang))
        ));
    }
    ui.out(&text)?;
    Ok(EXIT_OK)
}
