use super::report;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::privacy::Kind;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Nomor Induk Kependudukan: 16 angka yang memuat kode wilayah dan tanggal lahir (tanggal + 40 untuk perempuan), ditulis utuh atau berkelompok (`3273 0117 0895 0001`, `327301-170895-0001`), misalnya NIK pelapor yang disalin ke catatan realisasi atau keterangan bukti. Diperiksa di seluruh teks berkas yang dimuat — rencana, realisasi, catatan bukti
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
    ///       keterangan: Aduan Bapak Budi, NIK 3201014501900003, sudah ditindaklanjuti
    /// ```
    /// Benar:
    /// ```yaml
    ///       keterangan: Aduan nomor ADU-2026-014 sudah ditindaklanjuti
    /// ```
    ///
    /// ## Pengaturan
    /// Kontak resmi yang memang dipublikasikan instansi (nomor layanan pengaduan, domain surel
    /// dinas) dikecualikan di skp.toml: `[privacy] allow = ["(021) 555-0100", "@contoh.go.id"]`.
    /// Abaikan di tempat: `# skp: abaikan D101 -- alasan`.
    code: "D101",
    name: "nik-number",
    level: Warning,
    summary: ("NIK warga di berkas yang dibagikan", "Citizen's NIK in a shared file"),
    needs: [PersonalData],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    report(cx, out, RULE.code, Kind::Nik, |nilai| Msg::DNik { nilai });
}
