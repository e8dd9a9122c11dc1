use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{Perilaku, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// SKP yang bagian `perilaku_kerja`-nya tidak memuat ketujuh nilai BerAKHLAK
    /// (`berorientasi_pelayanan`, `akuntabel`, `kompeten`, `harmonis`, `loyal`, `adaptif`,
    /// `kolaboratif`), atau yang tidak memiliki bagian itu sama sekali. Satu temuan per SKP,
    /// menyebut nilai yang tidak ada.
    ///
    /// ## Mengapa
    /// Perilaku kerja setiap ASN dinilai menurut ketujuh nilai dasar BerAKHLAK, tanpa tingkatan
    /// (PermenPANRB 6/2022); nilai yang tidak tertulis tidak muncul pada formulir SKP dan tidak
    /// mendapat umpan balik pada evaluasi.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    /// perilaku_kerja:
    ///   berorientasi_pelayanan: {}
    ///   akuntabel: {}
    /// ```
    /// Benar: ketujuh nilai, masing-masing boleh kosong (`{}`) atau dengan `ekspektasi_khusus`.
    /// `skp init --skp` menuliskannya.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan P101 -- alasan`.
    code: "P101",
    name: "perilaku-missing",
    level: Warning,
    summary: ("Nilai BerAKHLAK tidak lengkap", "BerAKHLAK values missing"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for (doc, skp) in cx.ws.skps() {
        let missing: Vec<&str> = Perilaku::ALL
            .iter()
            .filter(|(p, _, _)| {
                skp.perilaku_kerja
                    .as_ref()
                    .is_none_or(|pk| pk.value.get(*p).is_none())
            })
            .map(|(p, _, _)| p.code())
            .collect();
        if missing.is_empty() {
            continue;
        }
        let span = skp
            .perilaku_kerja
            .as_ref()
            .map_or_else(|| crate::model::convert::first_line(doc.span), |pk| pk.span);
        out.push(
            Diagnostic::new(
                RULE.code,
                doc.file,
                crate::model::convert::first_line(span),
                Msg::PMissingPerilaku {
                    jumlah: missing.len(),
                    hilang: missing.join(", "),
                },
            )
            .subject(&skp.resolved_id.value, None)
            .arg("hilang", missing.join(","))
            .help(Msg::HelpPMissingPerilaku),
        );
    }
}
