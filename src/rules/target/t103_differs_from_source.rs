use super::{committed, comparable, normalised};
use crate::cascade::{Origin, Target as To};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::model::skp::Target;
use crate::model::vocab::Polaritas;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target yang berbeda dari target sumbernya pada tahun yang sama: indikator Perjanjian
    /// Kinerja yang targetnya berbeda dari target indikator Renstra yang sama (teks sama, di
    /// Renstra yang dirujuk `acuan` sasarannya) untuk tahun PK itu; dan IKI SKP JPT yang
    /// targetnya berbeda dari target indikator PK yang sama (di PK yang dirujuk `acuan`
    /// RHK-nya). Hanya satuan sejenis yang dibandingkan; indikator yang tidak ditemukan di
    /// sumbernya tidak dilaporkan di sini.
    ///
    /// ## Mengapa
    /// Renstra menetapkan target tahunan organisasi, PK menjanjikannya untuk tahun berjalan,
    /// dan SKP pejabat pimpinan tinggi memuat indikator PK-nya (PermenPANRB 6/2022). Target
    /// yang diubah di tengah jalan tanpa PK Perubahan membuat akuntabilitas tidak dapat
    /// ditelusuri.
    ///
    /// ## Contoh
    /// Renstra: `target: { 2026: 3,1 }`; PK 2026 untuk indikator yang sama: `target: 2,8 indeks`.
    ///
    /// ## Pengaturan
    /// Bila target diubah dengan sah (PK Perubahan), rujuk PK yang baru; pengecualian di
    /// tempat: `# skp: abaikan T103 -- alasan`.
    code: "T103",
    name: "target-differs-from-source",
    level: Warning,
    summary: ("Target berbeda dari target Renstra/PK yang dirujuk", "Target differs from the Renstra/PK target it cites"),
    needs: [Cascade],
    check: Some(check),
}

struct Source<'a> {
    id: &'a str,
    target: &'a Target,
    satuan: Option<&'a str>,
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let cascade = cx.cascade();
    let mut push = |file,
                    span,
                    owner: &str,
                    id: &str,
                    (own, like): (f64, &Target),
                    src: f64,
                    sumber: String| {
        out.push(
            Diagnostic::new(
                RULE.code,
                file,
                span,
                Msg::TDiffersFromSource {
                    target: super::with_unit(own, like),
                    sumber: sumber.clone(),
                    target_sumber: super::with_unit(src, like),
                },
            )
            .subject(owner, Some(id))
            .arg("target", own)
            .arg("target_sumber", src)
            .arg("sumber", sumber)
            .help(Msg::HelpTDiffersFromSource),
        );
    };
    // One comparison per citing entry and cited document, however many entries it cites.
    let mut seen = std::collections::HashSet::new();
    for r in &cascade.references {
        let Ok(To::Org { doc: src_doc, .. }) = &r.result else {
            continue;
        };
        let key = match r.origin {
            Origin::PkAcuan { doc, sasaran, .. } => (doc, sasaran, *src_doc),
            Origin::SkpAcuan { doc, rhk, .. } => (doc, rhk, *src_doc),
            Origin::Intervensi { .. } => continue,
        };
        if !seen.insert(key) {
            continue;
        }
        match (r.origin, &ws.docs[*src_doc].content) {
            // A PK sasaran citing a Renstra: its indicators against the Renstra's of that year.
            (Origin::PkAcuan { doc, sasaran, .. }, Content::Renstra(renstra)) => {
                let Content::PerjanjianKinerja(pk) = &ws.docs[doc].content else {
                    continue;
                };
                let Some(s) = pk.sasaran.get(sasaran) else {
                    continue;
                };
                for i in s.indikator.iter() {
                    let Some(t) = &i.target else { continue };
                    let pol = i.polaritas.as_ref().map_or(Polaritas::Naik, |p| p.value);
                    let found = renstra.indicators().into_iter().find_map(|(ri, _, _)| {
                        (normalised(&ri.uraian.value) == normalised(&i.uraian.value))
                            .then_some(ri)?
                            .target
                            .as_ref()?
                            .iter()
                            .find(|(y, _)| y.value == pk.tahun.value)
                            .map(|(_, t)| Source {
                                id: &renstra.id.value,
                                target: &t.value,
                                satuan: ri.satuan.as_ref().map(|s| s.value.as_str()),
                            })
                    });
                    let Some(src) = found else { continue };
                    let unit = i.satuan.as_ref().map(|s| s.value.as_str());
                    let (Some(a), Some(b)) = (committed(&t.value, pol), committed(src.target, pol))
                    else {
                        continue;
                    };
                    if comparable(&t.value, unit, src.target, src.satuan, ws) && a != b {
                        push(
                            ws.docs[doc].file,
                            t.span,
                            &pk.id.value,
                            &format!("{}.{}", s.id.value, i.id.value),
                            (a, &t.value),
                            b,
                            format!("{} {}", src.id, pk.tahun.value),
                        );
                    }
                }
            }
            // A JPT's RHK citing a PK: its indicators against the PK's.
            (Origin::SkpAcuan { doc, rhk, .. }, Content::PerjanjianKinerja(pk)) => {
                let Some(skp) = ws.skp_at(doc) else { continue };
                if skp.format() != crate::model::vocab::FormatSkp::Jpt {
                    continue;
                }
                let Some(r) = skp.hasil_kerja.get(rhk) else {
                    continue;
                };
                for iki in r.indikator.iter() {
                    let pol = iki.polaritas();
                    let found =
                        pk.sasaran
                            .iter()
                            .flat_map(|s| s.indikator.iter())
                            .find_map(|pi| {
                                (normalised(&pi.uraian.value) == normalised(&iki.teks.value))
                                    .then_some(Source {
                                        id: &pk.id.value,
                                        target: &pi.target.as_ref()?.value,
                                        satuan: pi.satuan.as_ref().map(|s| s.value.as_str()),
                                    })
                            });
                    let Some(src) = found else { continue };
                    let unit = iki.satuan.as_ref().map(|s| s.value.as_str());
                    let (Some(a), Some(b)) = (
                        committed(&iki.target.value, pol),
                        committed(src.target, pol),
                    ) else {
                        continue;
                    };
                    if comparable(&iki.target.value, unit, src.target, src.satuan, ws) && a != b {
                        push(
                            ws.docs[doc].file,
                            iki.target.span,
                            &skp.resolved_id.value,
                            &iki.id.value,
                            (a, &iki.target.value),
                            b,
                            src.id.to_string(),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

/// The PK target a JPT's indicator cites through its RHK's `acuan`: the same indicator text in
/// the cited PK, with the PK's id (for `skp report target`).
pub fn cited_target(
    ws: &crate::workspace::Workspace,
    cascade: &crate::cascade::Cascade,
    doc_index: usize,
    rhk_index: usize,
    iki: &crate::model::skp::Iki,
) -> Option<(String, String)> {
    cascade.references.iter().find_map(|r| {
        let Origin::SkpAcuan { doc, rhk, .. } = r.origin else {
            return None;
        };
        if doc != doc_index || rhk != rhk_index {
            return None;
        }
        let Ok(To::Org { doc: src, .. }) = &r.result else {
            return None;
        };
        let Content::PerjanjianKinerja(pk) = &ws.docs[*src].content else {
            return None;
        };
        pk.sasaran
            .iter()
            .flat_map(|s| s.indikator.iter())
            .find(|pi| normalised(&pi.uraian.value) == normalised(&iki.teks.value))
            .and_then(|pi| Some((pi.target.as_ref()?.value.text(), pk.id.value.clone())))
    })
}
