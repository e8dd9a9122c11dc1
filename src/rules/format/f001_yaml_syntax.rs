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
    /// Temuan ini tidak dapat dimatikan dengan komentar karena komentar di berkas rusak tidak terbaca; perbaiki berkasnya.
    code: codes::YAML_SYNTAX,
    name: "yaml-syntax",
    level: Error,
    summary: ("Sintaks YAML tidak valid", "Invalid YAML syntax"),
    check: None,
}
