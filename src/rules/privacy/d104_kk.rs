use super::report;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::privacy::Kind;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Nomor Kartu Keluarga: 16 angka yang didahului label `No. KK`, `nomor KK`, atau `Kartu Keluarga`. Diperiksa di seluruh teks berkas yang dimuat — rencana, realisasi, catatan bukti
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
    ///       keterangan: Verifikasi bansos No. KK 3201010101200001
    /// ```
    /// Benar:
    /// ```yaml
    ///       keterangan: Verifikasi bansos untuk 25 keluarga penerima
    /// ```
    ///
    /// ## Pengaturan
    /// Kontak resmi yang memang dipublikasikan instansi (nomor layanan pengaduan, domain surel
    /// dinas) dikecualikan di skp.toml: `[privacy] allow = ["(021) 555-0100", "@contoh.go.id"]`.
    /// Abaikan di tempat: `# skp: abaikan D104 -- alasan`.
    code: "D104",
    name: "family-card-number",
    level: Warning,
    summary: ("Nomor Kartu Keluarga di berkas yang dibagikan", "Family card (KK) number in a shared file"),
    needs: [PersonalData],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    report(cx, out, RULE.code, Kind::Kk, |nilai| Msg::DKk { nilai });
}
