use std::collections::HashMap;

use super::entries;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Dengan `--as-of`, setelah periode penilaian sebuah SKP berakhir (ditambah
    /// `grace_days`): bukti yang direncanakan di `bukti_rencana` sebuah indikator yang tidak
    /// pernah dilampirkan — tidak ada entri untuk indikator itu yang nama berkas, keterangan,
    /// atau jenisnya memuat kata-kata rencana tersebut.
    ///
    /// ## Mengapa
    /// Bukti yang direncanakan saat penyusunan SKP adalah janji tentang cara keberhasilan akan
    /// dibuktikan; yang tidak pernah dilampirkan patut ditanyakan sebelum penilaian akhir.
    ///
    /// ## Contoh
    /// `bukti_rencana: [berita acara serah terima]` tanpa berkas `berita-acara-…`.
    ///
    /// ## Pengaturan
    /// Hanya aktif dengan `skp check --as-of DATE|today` (pemeriksaan tanpa tanggal bersifat
    /// hermetik).
    code: "B107",
    name: "planned-evidence-missing",
    level: Warning,
    summary: ("Bukti yang direncanakan tidak pernah dilampirkan", "Planned evidence never attached"),
    needs: [Evidence],
    check: Some(check),
}

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_string)
        .collect()
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let Some(as_of) = cx.facts.as_of else { return };
    let grace = i64::from(ws.config.workspace.grace_days);
    let mut by_skp: HashMap<String, Vec<String>> = HashMap::new();
    for e in entries(cx) {
        let text = format!(
            "{} {} {} {}",
            e.bukti.berkas.as_ref().map_or("", |b| b.value.as_str()),
            e.bukti.keterangan.as_ref().map_or("", |k| k.value.as_str()),
            e.bukti.jenis.value,
            e.bukti
                .untuk
                .iter()
                .map(|u| u.value.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        );
        by_skp
            .entry(e.ledger.skp.value.clone())
            .or_default()
            .push(text.to_lowercase());
    }
    for (doc, skp) in ws.skps() {
        if as_of <= skp.period().1.add_days(grace) {
            continue;
        }
        let texts = by_skp
            .get(&skp.resolved_id.value)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        for (rhk, iki) in skp.indicators() {
            for plan in iki.bukti_rencana.iter().flat_map(|l| l.iter()) {
                let want = words(&plan.value);
                let attached = texts.iter().any(|t| {
                    (t.contains(&iki.id.value.to_lowercase())
                        || t.contains(&rhk.id.value.to_lowercase()))
                        && !want.is_empty()
                        && want.iter().all(|w| t.contains(w.as_str()))
                });
                if attached {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        RULE.code,
                        doc.file,
                        plan.span,
                        Msg::BPlannedMissing {
                            rencana: plan.value.clone(),
                        },
                    )
                    .arg("rencana", plan.value.as_str())
                    .subject(&skp.resolved_id.value, Some(&iki.id.value))
                    .help(Msg::HelpBPlannedMissing),
                );
            }
        }
    }
}
