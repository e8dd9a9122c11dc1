use super::at_reference;
use crate::cascade::Unresolved;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Referensi `intervensi` atau `acuan` yang tidak menunjuk apa pun: dokumennya (id SKP,
    /// Renstra, PK, atau NIP) tidak ada di ruang kerja, atau entrinya tidak ada di dokumen itu.
    /// Juga id dokumen yang dirujuk tanpa entri: `melanjutkan` (SKP sebelum mutasi),
    /// `pejabat_penilai.skp` (SKP jabatan yang dijabat Plt/Plh), dan `menggantikan` pada PK
    /// Perubahan.
    /// Bantuan menyebut id terdekat **di dokumen tujuan saja**, dan untuk SKP atasan, daftar
    /// RHK-nya.
    ///
    /// ## Mengapa
    /// Referensi yang patah memutus rantai RHK → RHK atasan → PK → Renstra tanpa suara; biasanya
    /// karena RHK atasan dinomori ulang atau id salah ketik.
    ///
    /// ## Contoh
    /// Salah: `intervensi: RHK-9` padahal SKP pejabat penilai hanya memiliki RHK-1 s.d. RHK-3.
    ///
    /// Benar: `intervensi: RHK-3`, atau `{ ref: RHK-3, teks: … }` agar perubahan rumusan
    /// atasan terdeteksi.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K102 -- alasan`.
    code: "K102",
    name: "reference-unresolved",
    level: Error,
    summary: ("Referensi tidak menunjuk apa pun", "Reference resolves to nothing"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        let Err(e) = &r.result else { continue };
        let d = match e {
            Unresolved::UnknownDoc { doc, closest } => {
                at_reference(ws, r, RULE.code, Msg::KUnknownDoc { doc: doc.clone() })
                    .arg("dokumen", doc.as_str())
                    .help(if closest.is_empty() {
                        Msg::HelpKUnknownDoc
                    } else {
                        Msg::HelpKClosest {
                            ids: closest.join(", "),
                        }
                    })
            }
            Unresolved::UnknownEntry {
                doc,
                entry,
                closest,
            } => {
                let doc_name = super::doc_id(ws, *doc);
                let help = if !closest.is_empty() {
                    Msg::HelpKClosest {
                        ids: closest.join(", "),
                    }
                } else {
                    match &ws.docs[*doc].content {
                        Content::Skp(s) => Msg::HelpKRhkList {
                            list: s
                                .hasil_kerja
                                .iter()
                                .take(6)
                                .map(|h| format!("{} ({})", h.id.value, shorten(&h.rhk.value)))
                                .collect::<Vec<_>>()
                                .join("; "),
                        },
                        _ => Msg::HelpKUnknownDoc,
                    }
                };
                at_reference(
                    ws,
                    r,
                    RULE.code,
                    Msg::KUnknownEntry {
                        entry: entry.clone(),
                        doc: doc_name.clone(),
                    },
                )
                .arg("dokumen", doc_name)
                .arg("entri", entry.as_str())
                .help(help)
            }
            _ => continue,
        };
        out.push(d);
    }
    documents_named(cx, out);
}

/// The document ids a plan names without an entry: the SKP it continues after a mutasi, the
/// position an acting appraiser holds, the PK a PK Perubahan replaces. A typo in one used to
/// break that chain without a word.
fn documents_named(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let c = cx.cascade();
    for d in &ws.docs {
        let (named, ids, subject): (Vec<&crate::model::Sp<String>>, Vec<&str>, String) =
            match &d.content {
                Content::Skp(s) => (
                    s.melanjutkan.iter().chain(&s.pejabat_penilai.skp).collect(),
                    c.skp_by_id.keys().map(String::as_str).collect(),
                    s.resolved_id.value.clone(),
                ),
                Content::PerjanjianKinerja(p) => (
                    p.menggantikan.iter().collect(),
                    c.org_by_id.keys().map(String::as_str).collect(),
                    p.id.value.clone(),
                ),
                _ => continue,
            };
        for id in named {
            let known = match &d.content {
                Content::Skp(_) => c.skp_by_id.contains_key(&id.value),
                _ => c.org_by_id.contains_key(&id.value),
            };
            if known {
                continue;
            }
            let closest = crate::cascade::closest(&ids, &id.value);
            out.push(
                Diagnostic::new(
                    RULE.code,
                    d.file,
                    id.span,
                    Msg::KUnknownDoc {
                        doc: id.value.clone(),
                    },
                )
                .arg("ref", id.value.as_str())
                .arg("dokumen", id.value.as_str())
                .subject(&subject, None)
                .help(if closest.is_empty() {
                    Msg::HelpKUnknownDoc
                } else {
                    Msg::HelpKClosest {
                        ids: closest.join(", "),
                    }
                }),
            );
        }
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(50).collect();
    if s.chars().count() > 50 {
        out.push('…');
    }
    out
}
