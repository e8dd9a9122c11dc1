use std::collections::HashMap;

use super::{EntryCx, entries};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas yang sama (SHA-256 sama) diklaim untuk dua periode berbeda, atau oleh pegawai
    /// dari unit kerja berbeda. Dokumen tim bersama — entri `bersama: true`, atau jenis `sk`,
    /// `notulen`, `daftar_hadir`, `surat` — wajar dipakai bersama dan tidak ditandai.
    ///
    /// ## Mengapa
    /// Bukti yang dipakai ulang lintas periode atau lintas unit adalah keluhan yang sering
    /// muncul (bukti jarang diperiksa). Temuan ini `info`: penilai memutuskan apakah wajar.
    ///
    /// ## Contoh
    /// Foto kegiatan yang sama dicatat untuk TW1 dan TW3.
    ///
    /// ## Pengaturan
    /// `skp evidence abaikan SHA --kode B106 --alasan …`, atau tandai entri `bersama: true`.
    code: "B106",
    name: "evidence-reused",
    level: Info,
    summary: ("Berkas yang sama diklaim lintas periode atau unit", "The same file claimed in two periods or units"),
    needs: [Cascade, Evidence],
    check: Some(check),
}

const SHARED_TYPES: &[&str] = &["sk", "notulen", "daftar_hadir", "surat"];

fn unit<'a>(cx: &'a RuleCx, e: &EntryCx<'_>) -> Option<&'a str> {
    let i = *cx.cascade().skp_by_id.get(&e.ledger.skp.value)?;
    cx.ws.skp_at(i).map(|s| s.pegawai.unit_kerja.value.as_str())
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let all = entries(cx);
    let mut by_hash: HashMap<&str, Vec<&EntryCx<'_>>> = HashMap::new();
    for e in &all {
        let shared = e.bukti.bersama.as_ref().is_some_and(|b| b.value)
            || SHARED_TYPES.contains(&e.bukti.jenis.value.as_str());
        if let Some(h) = &e.bukti.sha256
            && !shared
        {
            by_hash.entry(h.value.as_str()).or_default().push(e);
        }
    }
    let mut groups: Vec<Vec<&EntryCx<'_>>> =
        by_hash.into_values().filter(|g| g.len() > 1).collect();
    groups.sort_by_key(|g| (ws.rel(g[0].doc.file).to_string(), g[0].bukti.span.lo));
    for g in groups {
        let first = g[0];
        for e in &g[1..] {
            let other_period = e.bukti.periode.value != first.bukti.periode.value;
            let other_unit = unit(cx, e) != unit(cx, first);
            if !(other_period || other_unit) || e.suppressed(RULE.code) {
                continue;
            }
            let msg = if other_unit {
                Msg::BSharedUnit {
                    skp: first.ledger.skp.value.clone(),
                }
            } else {
                Msg::BSharedPeriod {
                    periode: first.bukti.periode.value.to_string(),
                }
            };
            out.push(e.diag(RULE.code, msg).help(Msg::HelpBShared).related(
                first.doc.file,
                first.bukti.span,
                Msg::BFirstClaim,
            ));
        }
    }
}
