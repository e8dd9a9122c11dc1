use super::report;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::privacy::Kind;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Nomor telepon seluler (`08…`, `+62 8…`) dan nomor telepon rumah/kantor yang ditulis dengan kode wilayah dalam kurung (`(021) 3456789`), dengan `+62`, atau dengan label (`telp`, `HP`, `WA`), dengan atau tanpa spasi, titik, dan tanda hubung. Diperiksa di seluruh teks berkas yang dimuat — rencana, realisasi, catatan bukti
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
    ///       keterangan: Pelapor dapat dihubungi di 0812-3456-7890
    /// ```
    /// Benar:
    /// ```yaml
    ///       keterangan: Pelapor dihubungi melalui kanal pengaduan resmi
    /// ```
    ///
    /// ## Pengaturan
    /// Kontak resmi yang memang dipublikasikan instansi (nomor layanan pengaduan, domain surel
    /// dinas) dikecualikan di skp.toml: `[privacy] allow = ["(021) 555-0100", "@contoh.go.id"]`.
    /// Abaikan di tempat: `# skp: abaikan D102 -- alasan`.
    code: "D102",
    name: "phone-number",
    level: Warning,
    summary: ("Nomor telepon di berkas yang dibagikan", "Phone number in a shared file"),
    needs: [PersonalData],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    report(cx, out, RULE.code, Kind::Phone, |nilai| Msg::DPhone {
        nilai,
    });
}
