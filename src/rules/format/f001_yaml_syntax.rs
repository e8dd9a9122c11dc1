use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas yang tidak dapat diurai sebagai YAML: indentasi yang salah, kurung atau tanda kutip yang tidak ditutup, tab untuk indentasi. Temuan menunjuk baris dan kolom tempat pengurai berhenti.
    ///
    /// ## Mengapa
    /// Berkas yang rusak tidak dapat diperiksa sama sekali; tanpa temuan ini sebuah SKP bisa hilang diam-diam dari seluruh pemeriksaan.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    /// hasil_kerja:
    ///   - id: RHK-1
    ///     rhk: [Tersedianya layanan aplikasi
    /// ```
    /// Benar:
    /// ```yaml
    /// hasil_kerja:
    ///   - id: RHK-1
    ///     rhk: Tersedianya layanan aplikasi perizinan daring
    /// ```
    ///
    /// ## Pengaturan
    /// Tidak dapat dimatikan: checkout yang rusak (misalnya penanda konflik merge git yang
    /// tertinggal) tidak boleh lolos pemeriksaan, jadi `--select`, `--ignore`, konfigurasi,
    /// komentar pengecualian, dan baseline (`--baseline`) tidak berlaku (DESIGN §5). Perbaiki
    /// berkasnya.
    code: codes::YAML_SYNTAX,
    name: "yaml-syntax",
    level: Error,
    summary: ("Sintaks YAML tidak valid", "Invalid YAML syntax"),
    hideable: false,
    check: None,
}
