//! `skp approve`: the appraiser agrees the plan (*menyepakati target kinerja*). Appends the
//! hash of the plan's normalised content and its indicators as approved to
//! `<skp>.persetujuan.yaml`, a machine-owned file beside the SKP, written atomically with a
//! compare-and-swap so two approvals at once never lose one.

use crate::cli::ApproveArgs;
use crate::i18n::Msg;
use crate::model::approval::content_hash;
use crate::model::date::Date;
use crate::model::skp::Skp;
use crate::model::vocab::Vocab;
use crate::model::{Content, Doc};
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

const HEADER: &str = "# Dikelola oleh skp (`skp approve`) — jangan disunting manual.\n";

/// One approval as a line of the record.
fn line(skp: &Skp, hash: &str, by: &str, date: Date, note: Option<&str>) -> String {
    let q = crate::yaml::quote;
    let isi: Vec<String> = skp
        .hasil_kerja
        .iter()
        .flat_map(|r| r.indikator.iter().map(move |i| (r, i)))
        .map(|(r, i)| {
            // The unit, when written apart from the target, is part of what was agreed: A102
            // compares `3` `hari kerja` with a later `2` `minggu` by it.
            let satuan = i
                .satuan
                .as_ref()
                .filter(|s| !s.value.trim().is_empty())
                .map(|s| format!("satuan: {}, ", q(&s.value)))
                .unwrap_or_default();
            format!(
                "{{ id: {}, rhk: {}, teks: {}, target: {}, {satuan}polaritas: {} }}",
                q(&i.id.value),
                q(&r.id.value),
                q(&i.teks.value),
                q(&i.target.value.text()),
                i.polaritas().code()
            )
        })
        .collect();
    format!(
        "  - {{ sha256: {hash}, oleh: {}, tanggal: {}, {}isi: [{}] }}\n",
        q(by),
        q(&date.to_string()),
        note.map(|n| format!("catatan: {}, ", q(n)))
            .unwrap_or_default(),
        isi.join(", ")
    )
}

pub fn run(ui: &Ui, a: ApproveArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    let tz = cfg.workspace.timezone;
    let ws = Workspace::load(root, cfg);
    let nip: String = a.nip.chars().filter(|c| !c.is_whitespace()).collect();
    let by: String = a.by.chars().filter(|c| !c.is_whitespace()).collect();
    if a.skp.is_none() {
        super::refuse_unreadable_skp(ui, &ws, &nip)?;
    }
    let mut skps: Vec<(&Doc, &Skp)> = ws
        .skps()
        .filter(|(_, s)| {
            s.nip() == nip && a.skp.as_ref().is_none_or(|id| s.resolved_id.value == *id)
        })
        .collect();
    skps.sort_by_key(|(_, s)| (s.tahun.value, s.period().0));
    let Some((doc, skp)) = skps.last().copied() else {
        return Err(ui.fatal(&Msg::RenderNoSkp { nip }, None));
    };
    let penilai = skp
        .pejabat_penilai
        .nip
        .as_ref()
        .map(|n| n.value.as_str().to_string())
        .unwrap_or_default();
    if penilai != by {
        return Err(ui.fatal(&Msg::ApproveNotPenilai { by, penilai }, None));
    }
    let date = match a.date.as_deref() {
        None => super::today::today(tz),
        Some(d) => Date::parse(d).ok_or_else(|| {
            ui.fatal(
                &Msg::BadDateArg {
                    value: d.to_string(),
                },
                None,
            )
        })?,
    };
    let skp_file = ws.root.join(ws.rel(doc.file));
    let stem = skp_file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("skp")
        .to_string();
    let path = skp_file.with_file_name(format!("{stem}.persetujuan.yaml"));
    let rel = ws
        .rel(doc.file)
        .rsplit_once('/')
        .map_or(format!("{stem}.persetujuan.yaml"), |(d, _)| {
            format!("{d}/{stem}.persetujuan.yaml")
        });
    // A record skp cannot read whole is never rewritten.
    if ws.load_diags.iter().any(|d| ws.rel(d.file) == rel) {
        return Err(ui.fatal(&Msg::ApproveUnreadable { file: rel }, None));
    }
    // What is approved must be the plan as written: one the loader found errors in (a value it
    // could not read is left out of the model, and so of the approval) is fixed first.
    // Judged at the level `check` shows (the workspace's `[rules]`), not as loaded.
    let settings = crate::rules::Settings::new(&ws.config.rules, &[], &[]).ok();
    let rel_plan = ws.rel(doc.file);
    let plan_errors =
        ws.load_diags
            .iter()
            .filter(|d| d.file == doc.file)
            .filter(|d| match &settings {
                Some(s) => s.severity(d.code, rel_plan) == Some(crate::base::Severity::Error),
                None => crate::rules::find(d.code)
                    .is_some_and(|r| r.level == crate::rules::Level::Error),
            })
            .count();
    if plan_errors > 0 {
        let file = rel_plan.to_string();
        return Err(ui.fatal(
            &Msg::ApprovePlanErrors {
                file: file.clone(),
                n: plan_errors,
            },
            Some(&Msg::HelpSkpUnreadable { file }),
        ));
    }
    // An approval is dated when it is given: not in the future, not before the last one.
    if date > super::today::today(tz) {
        return Err(ui.fatal(
            &Msg::ApproveFuture {
                tanggal: date.to_string(),
            },
            None,
        ));
    }
    let previous = ws.docs.iter().find_map(|d| match &d.content {
        Content::Persetujuan(p) if p.skp.value == skp.resolved_id.value => p.persetujuan.last(),
        _ => None,
    });
    if let Some(p) = previous
        && date < p.tanggal.value
    {
        return Err(ui.fatal(
            &Msg::ApproveBeforeLast {
                tanggal: date.to_string(),
                last: p.tanggal.value.to_string(),
            },
            None,
        ));
    }
    let hash = content_hash(skp);
    // Only an identical record is "already approved": a record made before the unit counted
    // is renewed, so that it sees a change of unit from now on.
    if previous.is_some_and(|p| p.sha256.value == hash) {
        ui.err_text(&format!(
            "{}\n",
            Msg::ApproveSame {
                skp: skp.resolved_id.value.clone()
            }
            .render(ui.lang)
        ));
        return Ok(EXIT_OK);
    }
    let new_line = line(skp, &hash, &by, date, a.note.as_deref());
    // Compare-and-swap: append to exactly what was read, else read again.
    for _ in 0..8 {
        let before = std::fs::read(&path).ok();
        let mut text = match &before {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => format!(
                "{HEADER}apiVersion: skp/v1\nkind: Persetujuan\nskp: {}\npersetujuan:\n",
                crate::yaml::quote(&skp.resolved_id.value)
            ),
        };
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&new_line);
        let written = crate::fsutil::write_atomic_if(
            &ws.root,
            &path,
            text.as_bytes(),
            "approve",
            Some(before.as_deref()),
        )
        .map_err(|e| {
            ui.fatal(
                &Msg::OutputFailed {
                    error: format!("{rel}: {e}"),
                },
                None,
            )
        })?;
        if written {
            ui.err_text(&format!(
                "{}\n",
                Msg::ApproveDone {
                    skp: skp.resolved_id.value.clone(),
                    by,
                    tanggal: date.to_string(),
                    sha: hash.chars().take(12).collect(),
                }
                .render(ui.lang)
            ));
            return Ok(EXIT_OK);
        }
    }
    Err(ui.fatal(
        &Msg::OutputFailed {
            error: format!("{rel}: changed by another process eight times in a row"),
        },
        None,
    ))
}
