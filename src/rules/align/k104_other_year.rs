use super::{at_reference, target_name};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::workspace::Workspace;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Referensi ke dokumen tahun lain: RHK SKP 2026 yang mengintervensi SKP 2025, mengacu PK
    /// 2025, atau Renstra yang periodenya tidak mencakup 2026; atau sasaran PK yang mengacu
    /// Renstra di luar tahun PK.
    ///
    /// ## Mengapa
    /// SKP adalah ekspektasi satu tahun yang diturunkan dari PK tahun yang sama; referensi ke
    /// tahun lain biasanya sisa salinan SKP tahun lalu.
    ///
    /// ## Contoh
    /// Salah: `acuan: [PK-2025-DPMPTSP/S2]` dalam SKP `tahun: 2026`.
    ///
    /// Benar: `acuan: [PK-2026-DPMPTSP/S2]`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K104 -- alasan`.
    code: "K104",
    name: "reference-other-year",
    level: Error,
    summary: ("Referensi ke dokumen tahun lain", "Reference into another year"),
    needs: [Cascade],
    check: Some(check),
}

/// The years a document covers.
fn years(ws: &Workspace, doc: usize) -> Option<(i32, i32)> {
    match &ws.docs[doc].content {
        Content::Skp(s) => Some((s.tahun.value, s.tahun.value)),
        Content::PerjanjianKinerja(p) => Some((p.tahun.value, p.tahun.value)),
        Content::Renstra(r) => Some((r.tahun_mulai.value, r.tahun_selesai.value)),
        _ => None,
    }
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        let Ok(t) = &r.result else { continue };
        let Some(year) = years(ws, r.origin.doc()).map(|(y, _)| y) else {
            continue;
        };
        let Some((from, to)) = years(ws, t.doc()) else {
            continue;
        };
        if (from..=to).contains(&year) {
            continue;
        }
        let other = if from == to {
            from.to_string()
        } else {
            format!("{from}–{to}")
        };
        out.push(
            at_reference(
                ws,
                r,
                RULE.code,
                Msg::KOtherYear {
                    target: target_name(ws, t),
                    tahun: other.clone(),
                    tahun_sendiri: year,
                },
            )
            .arg("tahun", year)
            .arg("tahun_tujuan", other)
            .help(Msg::HelpKOtherYear),
        );
    }
}
