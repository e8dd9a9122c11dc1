use std::collections::HashMap;

use super::results;
use crate::diag::{Diagnostic, Span};
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Dua indikator atau lebih di bawah satu RHK yang rumusannya sama (setelah huruf kecil,
    /// spasi, dan tanda baca disamakan).
    ///
    /// ## Mengapa
    /// Indikator yang sama tidak menambah ukuran; biasanya hasil salin-tempel yang lupa diubah
    /// menjadi indikator kualitas atau waktu.
    ///
    /// ## Contoh
    /// Salah: `IKI-2.1` dan `IKI-2.2` sama-sama "Jumlah dokumen perizinan yang diterbitkan".
    ///
    /// Benar: `IKI-2.2` mengukur aspek lain, misalnya "Persentase dokumen perizinan yang
    /// diterbitkan tanpa koreksi".
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S116 -- alasan`.
    code: "S116",
    name: "identical-indicators",
    level: Warning,
    summary: ("Indikator kembar dalam satu RHK", "Identical indicators under one RHK"),
    check: Some(check),
}

fn normalized(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '%')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for (doc, skp, rhk) in results(ws) {
        let mut seen: HashMap<String, (&str, Span)> = HashMap::new();
        for iki in rhk.indikator.iter() {
            let key = normalized(&iki.teks.value);
            if key.is_empty() {
                continue;
            }
            match seen.get(&key) {
                Some(&(first_id, first_span)) => out.push(
                    Diagnostic::new(
                        RULE.code,
                        doc.file,
                        iki.teks.span,
                        Msg::SIdentical {
                            lain: first_id.to_string(),
                        },
                    )
                    .arg("sama_dengan", first_id)
                    .subject(&skp.resolved_id.value, Some(&iki.id.value))
                    .help(Msg::HelpSIdentical)
                    .related(doc.file, first_span, Msg::FirstWrittenHere),
                ),
                None => {
                    seen.insert(key, (&iki.id.value, iki.teks.span));
                }
            }
        }
    }
}
