use super::entries;
use crate::diag::Diagnostic;
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas bukti yang di checkout ini hanya berupa penunjuk Git LFS, atau yang disimpan di
    /// penyimpanan `storage = "folder"` yang tidak tersedia di mesin ini. Isinya tidak dapat
    /// diperiksa di sini — dan tidak pernah dilaporkan sebagai "berubah".
    ///
    /// ## Mengapa
    /// CI sering meng-clone tanpa `git lfs pull`; membedakan "belum diambil" dari "berubah"
    /// mencegah alarm palsu.
    ///
    /// ## Contoh
    /// Jalankan `git lfs pull` lalu `skp evidence verify` untuk memeriksa isinya.
    ///
    /// ## Pengaturan
    /// Tingkat bawaan `info`.
    code: "B111",
    name: "evidence-not-fetched",
    level: Info,
    summary: ("Isi bukti belum diambil (Git LFS atau penyimpanan tidak ada)", "Evidence content not fetched here"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let _ws = cx.ws;
    for e in entries(cx) {
        if *e.state != State::NotFetched || e.suppressed(RULE.code) {
            continue;
        }
        out.push(
            e.diag(RULE.code, Msg::BNotFetched { berkas: e.berkas() })
                .help(Msg::HelpBNotFetched),
        );
    }
}
