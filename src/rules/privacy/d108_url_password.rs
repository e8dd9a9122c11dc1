use super::report_with;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::privacy::Kind;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Alamat web yang memuat nama pengguna dan kata sandi (`https://nama:sandi@situs/…`),
    /// misalnya tautan bukti dukung ke server berkas atau ke aplikasi yang meminta masuk.
    /// Diperiksa di seluruh teks berkas yang dimuat — rencana, realisasi, catatan bukti
    /// dukung, dan komentar YAML. Nama pengguna saja tanpa kata sandi (`https://budi@situs`)
    /// tidak dilaporkan. `skp evidence add` menolak mencatat tautan seperti ini. Escape YAML
    /// (`\u0040` untuk `@`, `\x3a` untuk `:`, baris yang disambung dengan `\`) dibaca
    /// sebagaimana nilainya dibaca, sehingga tidak menyembunyikan kata sandi; begitu pula untuk
    /// data pribadi yang diperiksa aturan D lain.
    ///
    /// ## Mengapa
    /// Rencana dan bukti dibagikan ke seluruh unit dan ditinjau dalam *pull request*: siapa pun
    /// yang membaca berkasnya dapat masuk dengan akun itu. Kata sandi yang sudah di-commit tetap
    /// terbaca di riwayat git walaupun barisnya dihapus, sehingga kata sandinya perlu diganti.
    /// Temuan tidak pernah mengulang kata sandi itu.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///   - { url: "https://budi:Rahasia123@files.contoh.go.id/laporan.pdf", untuk: [IKI-1.1], periode: "2026-TW1" }
    /// ```
    /// Benar: tautan berbagi yang tidak memerlukan kata sandi, atau berkasnya sendiri dicatat
    /// dengan `skp evidence add laporan.pdf`.
    ///
    /// ## Pengaturan
    /// Tidak dapat dikecualikan di `[privacy] allow`: kata sandi tidak pernah dipublikasikan
    /// dengan sengaja. Abaikan di tempat bila alamat itu contoh belaka:
    /// `# skp: abaikan D108 -- alasan`.
    code: "D108",
    name: "url-password",
    level: Error,
    summary: ("Kata sandi di alamat web", "Password in a web address"),
    needs: [PersonalData],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    report_with(
        cx,
        out,
        RULE.code,
        Kind::UrlPassword,
        |nilai| Msg::DUrlPassword { nilai },
        Msg::HelpDUrlPassword,
    );
}
