use super::entries;
use crate::diag::Diagnostic;
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `berkas` yang absolut, memuat `..`, atau melewati tautan simbolik ke luar ruang kerja.
    /// Berkas seperti ini tidak pernah dibaca.
    ///
    /// ## Mengapa
    /// Buku catatan dapat disunting siapa pun yang mengubah repositori; jalur seperti
    /// `../../etc/passwd` tidak boleh membuat skp membaca (atau menghitung hash) berkas di luar
    /// ruang kerja.
    ///
    /// ## Contoh
    /// `berkas: ../../etc/passwd`. Bukti selalu dicatat relatif terhadap akar ruang kerja,
    /// dipisah `/`.
    ///
    /// ## Pengaturan
    /// Tidak ada pengecualian yang masuk akal; perbaiki catatannya.
    code: "B103",
    name: "evidence-path-unsafe",
    level: Error,
    summary: ("Jalur bukti keluar dari ruang kerja", "Evidence path leaves the workspace"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let _ws = cx.ws;
    for e in entries(cx) {
        if *e.state != State::Unsafe || e.suppressed(RULE.code) {
            continue;
        }
        let berkas = e.berkas();
        let span = e.bukti.berkas.as_ref().map_or(e.bukti.span, |b| b.span);
        let mut d = e
            .diag(RULE.code, Msg::BUnsafe { berkas })
            .help(Msg::HelpBUnsafe);
        d.span = span;
        out.push(d);
    }
}
