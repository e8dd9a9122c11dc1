use super::report;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::privacy::Kind;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Nomor Pokok Wajib Pajak dalam format `99.999.999.9-999.999`, atau 15–16 angka yang didahului label `NPWP`. Diperiksa di seluruh teks berkas yang dimuat — rencana, realisasi, catatan bukti
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
    ///       keterangan: Pembayaran kepada penyedia NPWP 01.234.567.8-901.000
    /// ```
    /// Benar:
    /// ```yaml
    ///       keterangan: Pembayaran kepada penyedia sesuai kontrak nomor 027/45/2026
    /// ```
    ///
    /// ## Pengaturan
    /// Kontak resmi yang memang dipublikasikan instansi (nomor layanan pengaduan, domain surel
    /// dinas) dikecualikan di skp.toml: `[privacy] allow = ["(021) 555-0100", "@contoh.go.id"]`.
    /// Abaikan di tempat: `# skp: abaikan D105 -- alasan`.
    code: "D105",
    name: "tax-number",
    level: Warning,
    summary: ("NPWP di berkas yang dibagikan", "Tax number (NPWP) in a shared file"),
    needs: [PersonalData],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    report(cx, out, RULE.code, Kind::Npwp, |nilai| Msg::DNpwp { nilai });
}
