use std::collections::HashSet;

use crate::cascade::{Origin, Target};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator Perjanjian Kinerja yang belum dijabarkan ke satu pun RHK di ruang kerja: tidak
    /// ada `acuan` ke indikator itu maupun ke sasarannya.
    ///
    /// ## Mengapa
    /// Dari atas ke bawah, setiap target PK semestinya dibagi habis ke SKP (Matriks Peran
    /// Hasil). Selama peluncuran bertahap, dan untuk target yang dikerjakan pimpinan sendiri,
    /// ini wajar — karena itu tingkatnya `info`.
    ///
    /// ## Contoh
    /// `PK-2026-APTIKA/S2.I1` tidak diacu oleh SKP mana pun.
    ///
    /// ## Pengaturan
    /// Jadikan peringatan setelah seluruh SKP masuk: `[rules.level] K111 = "warning"`.
    code: "K111",
    name: "pk-unserved",
    level: Info,
    summary: ("Indikator PK yang belum dijabarkan ke RHK mana pun", "PK indicator no RHK serves"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let served: HashSet<(usize, &str)> = cx
        .cascade()
        .references
        .iter()
        .filter(|r| matches!(r.origin, Origin::SkpAcuan { .. }))
        .filter_map(|r| match &r.result {
            Ok(Target::Org { doc, entry }) => Some((*doc, entry.as_str())),
            _ => None,
        })
        .collect();
    for (i, doc) in ws.docs.iter().enumerate() {
        let Content::PerjanjianKinerja(pk) = &doc.content else {
            continue;
        };
        for s in pk.sasaran.iter() {
            if served.contains(&(i, s.id.value.as_str())) {
                continue;
            }
            for ind in s.indikator.iter() {
                if served.contains(&(i, ind.id.value.as_str())) {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        RULE.code,
                        doc.file,
                        ind.id.span,
                        Msg::KPkUnserved {
                            indikator: format!("{}/{}", pk.id.value, ind.id.value),
                        },
                    )
                    .subject(&pk.id.value, Some(&ind.id.value))
                    .help(Msg::HelpKPkUnserved),
                );
            }
        }
    }
}
