use super::report;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::privacy::Kind;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Alamat surel (`nama@domain`), misalnya surel pribadi warga atau pegawai di catatan realisasi. Diperiksa di seluruh teks berkas yang dimuat — rencana, realisasi, catatan bukti
    /// dukung, nama berkas bukti yang tercatat, dan komentar YAML.
    ///
    /// ## Mengapa
    /// Rencana dan bukti dibagikan ke seluruh unit dan ditinjau dalam *pull request*; UU 27/2022
    /// tentang Pelindungan Data Pribadi mewajibkan instansi tidak menyebarkan data pribadi lebih
    /// luas dari yang diperlukan. Temuan tidak pernah mengulang data yang ditemukan: nilainya
    /// ditampilkan tersamar.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///       keterangan: Tanggapan dikirim ke budi.santoso@gmail.com
    /// ```
    /// Benar:
    /// ```yaml
    ///       keterangan: Tanggapan dikirim melalui surel kepada pelapor
    /// ```
    ///
    /// ## Pengaturan
    /// Kontak resmi yang memang dipublikasikan instansi (nomor layanan pengaduan, domain surel
    /// dinas) dikecualikan di skp.toml: `[privacy] allow = ["(021) 555-0100", "@contoh.go.id"]`.
    /// Abaikan di tempat: `# skp: abaikan D103 -- alasan`.
    code: "D103",
    name: "email-address",
    level: Warning,
    summary: ("Alamat surel di berkas yang dibagikan", "E-mail address in a shared file"),
    needs: [PersonalData],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    report(cx, out, RULE.code, Kind::Email, |nilai| Msg::DEmail {
        nilai,
    });
}
