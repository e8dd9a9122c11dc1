use std::collections::HashMap;

use crate::base::codes;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Doc;
use crate::model::skp::Skp;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Dua SKP milik NIP yang sama yang periode penilaiannya beririsan.
    ///
    /// ## Mengapa
    /// Pegawai yang berpindah jabatan di tengah tahun menyusun SKP baru untuk jabatan barunya; SKP lama berakhir sebelum yang baru dimulai. Periode yang beririsan membuat referensi `NIP/ENTRI` ambigu dan bukti dukung tercatat ganda.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    /// id: 199001012015032001-2026a
    /// periode_penilaian: { mulai: "2026-01-01", selesai: "2026-07-31" }
    /// ---
    /// id: 199001012015032001-2026b
    /// periode_penilaian: { mulai: "2026-07-01", selesai: "2026-12-31" }
    /// ```
    /// Benar: SKP kedua dimulai 2026-08-01.
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::SKP_OVERLAP,
    name: "skp-overlap",
    level: Error,
    summary: ("SKP satu NIP tumpang tindih", "SKPs of one NIP overlap"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let mut by_nip: HashMap<&str, Vec<(&Doc, &Skp)>> = HashMap::new();
    // Plans of unknown NIP are nobody's in particular: never one person's two plans.
    for (doc, skp) in ws.skps() {
        if let Some(nip) = skp.nip() {
            by_nip.entry(nip).or_default().push((doc, skp));
        }
    }
    for (nip, mut list) in by_nip {
        if list.len() < 2 {
            continue;
        }
        list.sort_by_key(|(_, s)| s.period());
        // Sorted by start: each SKP need only be compared with the latest end seen so far.
        let mut latest: Option<(&Doc, &Skp)> = None;
        for (doc, skp) in list {
            if let Some((pdoc, prev)) = latest {
                if skp.period().0 <= prev.period().1 {
                    let span = skp
                        .periode_penilaian
                        .as_ref()
                        .map_or(skp.resolved_id.span, |p| p.span);
                    let pspan = prev
                        .periode_penilaian
                        .as_ref()
                        .map_or(prev.resolved_id.span, |p| p.span);
                    out.push(
                        Diagnostic::new(
                            codes::SKP_OVERLAP,
                            doc.file,
                            span,
                            Msg::SkpOverlap {
                                nip: nip.to_string(),
                                other: prev.resolved_id.value.clone(),
                            },
                        )
                        .arg("nip", nip)
                        .arg("lain", prev.resolved_id.value.as_str())
                        .subject(&skp.resolved_id.value, None)
                        .help(Msg::HelpSkpOverlap)
                        .related(pdoc.file, pspan, Msg::OtherSkpHere),
                    );
                }
                if skp.period().1 > prev.period().1 {
                    latest = Some((doc, skp));
                }
            } else {
                latest = Some((doc, skp));
            }
        }
    }
}
