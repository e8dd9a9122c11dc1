use crate::diag::{Diagnostic, Span};
use crate::i18n::Msg;
use crate::model::Content;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas di folder `bukti/` di samping sebuah buku catatan yang tidak tercatat di buku
    /// catatan mana pun (`.DS_Store`, `Thumbs.db`, `desktop.ini`, `~$*` dan berkas tersembunyi
    /// diabaikan).
    ///
    /// ## Mengapa
    /// Berkas yang disalin manual ke `bukti/` tanpa `skp evidence add` tidak memiliki hash, tidak
    /// tertaut ke hasil mana pun, dan tidak dihitung dalam cakupan.
    ///
    /// ## Contoh
    /// `pegawai/…/bukti/2026-TW2/foto-rapat.jpg` yang diunggah lewat antarmuka web git.
    ///
    /// ## Pengaturan
    /// Catat dengan `skp evidence add FILE --for … --period …` (berkas di dalam ruang kerja
    /// dicatat di tempat), atau hapus berkasnya.
    code: "B108",
    name: "evidence-unrecorded",
    level: Warning,
    summary: ("Berkas di folder bukti yang tidak tercatat", "File in a bukti folder that no ledger records"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for file in &cx.facts.evidence().unrecorded {
        // Report at the ledger next to the bukti/ folder the file is in.
        let ledger = ws.docs.iter().find(|d| {
            matches!(d.content, Content::BuktiDukung(_)) && {
                let rel = ws.rel(d.file);
                let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
                file.starts_with(&format!(
                    "{}bukti/",
                    if dir.is_empty() {
                        String::new()
                    } else {
                        format!("{dir}/")
                    }
                ))
            }
        });
        let Some(doc) = ledger else { continue };
        let mut d = Diagnostic::new(
            RULE.code,
            doc.file,
            Span::FILE_START,
            Msg::BUnrecorded {
                berkas: file.clone(),
            },
        )
        .arg("berkas", file.as_str())
        .help(Msg::HelpBUnrecorded);
        if let Content::BuktiDukung(l) = &doc.content {
            d = d.subject(&l.skp.value, None);
        }
        out.push(d);
    }
}
