use super::at_reference;
use crate::cascade::Unresolved;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Referensi lewat NIP (atau referensi tanpa awalan yang dicari lewat NIP atasan) yang
    /// cocok dengan dua SKP atau lebih milik NIP itu yang periodenya beririsan dengan SKP
    /// perujuk. Temuan menyebut semua calon.
    ///
    /// ## Mengapa
    /// Setelah mutasi di tengah tahun, satu NIP memiliki dua SKP; referensi harus menunjuk
    /// salah satunya dengan pasti.
    ///
    /// ## Contoh
    /// Salah: `intervensi: 198005152005011002/RHK-2` ketika NIP itu memiliki SKP
    /// `…-2026a` dan `…-2026b` yang beririsan dengan periode SKP perujuk.
    ///
    /// Benar: `intervensi: 198005152005011002-2026b/RHK-2`, atau perbaiki periode kedua SKP
    /// atasan agar tidak beririsan (F013).
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K103 -- alasan`.
    code: "K103",
    name: "reference-ambiguous",
    level: Error,
    summary: ("Referensi NIP cocok dengan beberapa SKP", "NIP reference matches several SKPs"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        let Err(Unresolved::Ambiguous { nip, candidates }) = &r.result else {
            continue;
        };
        let names: Vec<String> = candidates.iter().map(|&c| super::doc_id(ws, c)).collect();
        let mut d = at_reference(
            ws,
            r,
            RULE.code,
            Msg::KAmbiguous {
                nip: nip.clone(),
                skp: names.join(", "),
            },
        )
        .arg("nip", nip.as_str())
        .arg("calon", names.clone())
        .help(Msg::HelpKAmbiguous);
        for &c in candidates {
            let doc = &ws.docs[c];
            if let Some(id) = doc.id() {
                d = d.related(doc.file, id.span, Msg::KCandidate);
            }
        }
        out.push(d);
    }
}
