use super::entries;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Bukti berupa tautan (`url`) tanpa hash isi: dihitung dalam cakupan, tetapi isinya tidak
    /// dapat diverifikasi.
    ///
    /// ## Mengapa
    /// Isi di balik tautan (Google Drive, situs) dapat berubah atau hilang tanpa jejak; bukti
    /// yang dicatat sebagai berkas dengan hash lebih kuat.
    ///
    /// ## Contoh
    /// `{ url: "https://drive.example/…", untuk: [IKI-1.2], periode: 2026-TW1, jenis: tautan }`.
    ///
    /// ## Pengaturan
    /// Tingkat bawaan `info`; matikan dengan `[rules] ignore = ["B110"]` bila tautan adalah
    /// praktik yang disepakati.
    code: "B110",
    name: "evidence-url-unverified",
    level: Info,
    summary: ("Bukti tautan tanpa hash isi", "Link evidence without a content hash"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let _ws = cx.ws;
    for e in entries(cx) {
        let Some(u) = &e.bukti.url else { continue };
        if e.bukti.sha256.is_some() || e.suppressed(RULE.code) {
            continue;
        }
        let mut d = e
            .diag(
                RULE.code,
                Msg::BUrl {
                    url: u.value.clone(),
                },
            )
            .help(Msg::HelpBUrl);
        d.span = u.span;
        out.push(d);
    }
}
