//! `skp report target`: per indicator what a penilai weighs when agreeing a target — its
//! baseline, last year's target and result, this year's target, and what the subordinates
//! who intervene its result promise together.

use serde_json::json;

use crate::cli::{TargetArgs, TargetFormat};
use crate::i18n::{Lang, Msg};
use crate::render::table::Table;
use crate::render::{escape_control, json_pretty};
use crate::rules::nilai::to_date::realised;
use crate::rules::target::t103_differs_from_source::cited_target;
use crate::rules::target::t104_cascade_sum::subordinates_sum;
use crate::rules::target::{ByYear, same_indicator};
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

struct Row {
    skp: String,
    nip: String,
    nama: String,
    rhk: String,
    iki: String,
    indikator: String,
    baseline: Option<String>,
    target_lalu: Option<String>,
    realisasi_lalu: Option<f64>,
    target: String,
    /// The target of the PK indicator it cites, with the PK's id.
    sumber: Option<(String, String)>,
    bawahan: Option<(f64, usize)>,
}

fn rows(ws: &Workspace, nip: Option<&str>) -> Vec<Row> {
    let cascade = crate::cascade::build(&ws.docs);
    let years = ByYear::of(ws);
    let mut out = Vec::new();
    for doc_index in 0..ws.docs.len() {
        let Some(skp) = ws.skp_at(doc_index) else {
            continue;
        };
        if nip.is_some_and(|n| skp.nip() != Some(n)) {
            continue;
        }
        let prev = years.last_year(skp);
        for (ri, rhk) in skp.hasil_kerja.iter().enumerate() {
            let sum = subordinates_sum(ws, &cascade, doc_index, ri);
            for iki in rhk.indikator.iter() {
                let prev_iki = prev.and_then(|p| Some((p, same_indicator(p, iki)?)));
                out.push(Row {
                    skp: skp.resolved_id.value.clone(),
                    nip: skp.nip_shown().to_string(),
                    nama: skp.pegawai.nama.value.clone(),
                    rhk: rhk.id.value.clone(),
                    iki: iki.id.value.clone(),
                    indikator: iki.teks.value.clone(),
                    baseline: iki
                        .manual
                        .as_ref()
                        .and_then(|m| m.baseline.as_ref())
                        .map(|b| {
                            let y = b.value.tahun.as_ref().map(|y| format!(" ({})", y.value));
                            format!("{}{}", b.value.nilai.value.text(), y.unwrap_or_default())
                        }),
                    target_lalu: prev_iki.map(|(_, i)| i.target.value.text()),
                    realisasi_lalu: prev_iki.and_then(|(p, i)| {
                        realised(&ws.docs, p, p.grid(ws.config.workspace.evaluation), i)
                    }),
                    target: iki.target.value.text(),
                    sumber: cited_target(ws, &cascade, doc_index, ri, iki),
                    // Only on the result's count indicator, where the sum means something.
                    bawahan: sum.as_ref().and_then(|(t, s, _, n)| {
                        (crate::rules::target::committed(&iki.target.value, iki.polaritas())
                            == Some(*t))
                        .then_some((*s, *n))
                    }),
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.nip, &a.skp).cmp(&(&b.nip, &b.skp)));
    out
}

pub fn run(ui: &Ui, a: TargetArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let ws = Workspace::load(root, cfg);
    let nip: Option<String> = a
        .nip
        .as_ref()
        .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect());
    // A NIP that names nobody is a mistake (a typo, another workspace), not an empty table,
    // as in `skp report`.
    if let Some(n) = &nip {
        super::refuse_unreadable_skp(ui, &ws, n)?;
        if !ws.skps().any(|(_, s)| s.nip() == Some(n.as_str())) {
            return Err(ui.fatal(&Msg::NoSkpForNip { nip: n.clone() }, None));
        }
    }
    ui.mask_for(&ws, nip.as_deref());
    let rows = rows(&ws, nip.as_deref());
    // A number as the reader's language writes it; CSV, a machine format, the same in every
    // language (DESIGN §9.6).
    let lang = if a.format == TargetFormat::Csv {
        Lang::Id
    } else {
        ui.lang
    };
    let n = |v: f64| crate::i18n::number_in(v, lang);
    let text = match a.format {
        TargetFormat::Json => {
            let items: Vec<_> = rows
                .iter()
                .map(|r| {
                    json!({
                        "skp": r.skp, "nip": r.nip, "nama": r.nama, "rhk": r.rhk, "iki": r.iki,
                        "indikator": r.indikator, "baseline": r.baseline,
                        "target_tahun_lalu": r.target_lalu, "realisasi_tahun_lalu": r.realisasi_lalu,
                        "target": r.target,
                        "target_sumber": r.sumber.as_ref().map(|(t, _)| t),
                        "sumber": r.sumber.as_ref().map(|(_, id)| id),
                        "jumlah_target_bawahan": r.bawahan.map(|(s, _)| s),
                        "rhk_bawahan": r.bawahan.map(|(_, k)| k),
                    })
                })
                .collect();
            let mut s = json_pretty(&json!({ "version": 1, "indikator": items }));
            s.push('\n');
            s
        }
        TargetFormat::Table | TargetFormat::Csv => {
            // CSV keeps the JSON key names in every language (DESIGN §9.6).
            let header: Vec<String> = match ui.lang {
                _ if a.format == TargetFormat::Csv => [
                    "pegawai",
                    "iki",
                    "baseline",
                    "target_tahun_lalu",
                    "realisasi_tahun_lalu",
                    "target",
                    "sumber",
                    "jumlah_target_bawahan",
                ],
                Lang::Id => [
                    "Pegawai",
                    "IKI",
                    "Baseline",
                    "Target lalu",
                    "Realisasi lalu",
                    "Target",
                    "PK",
                    "Bawahan",
                ],
                Lang::En => [
                    "Employee",
                    "IKI",
                    "Baseline",
                    "Last target",
                    "Last result",
                    "Target",
                    "PK",
                    "Subordinates",
                ],
            }
            .map(String::from)
            .to_vec();
            let dash = || "-".to_string();
            let t = Table {
                header,
                rows: rows
                    .iter()
                    .map(|r| {
                        vec![
                            format!("{}\n{}", escape_control(&r.nama), escape_control(&r.nip)),
                            escape_control(&format!("{} {}", r.iki, r.indikator)).into_owned(),
                            r.baseline
                                .clone()
                                .map_or_else(dash, |b| escape_control(&b).into_owned()),
                            r.target_lalu
                                .clone()
                                .map_or_else(dash, |b| escape_control(&b).into_owned()),
                            r.realisasi_lalu.map_or_else(dash, n),
                            escape_control(&r.target).into_owned(),
                            r.sumber.as_ref().map_or_else(dash, |(t, id)| {
                                format!("{}\n{}", escape_control(t), escape_control(id))
                            }),
                            r.bawahan
                                .map_or_else(dash, |(s, k)| format!("{} ({k})", n(s))),
                        ]
                    })
                    .collect(),
            };
            if a.format == TargetFormat::Csv {
                t.csv(false)
            } else {
                let width = (!std::io::IsTerminal::is_terminal(&std::io::stdout())).then_some(110);
                t.terminal(ui.color, width)
            }
        }
    };
    ui.out(&text)?;
    Ok(EXIT_OK)
}
