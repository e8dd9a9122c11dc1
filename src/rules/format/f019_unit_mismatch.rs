use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator yang menulis satuan di target dan juga di kolom `satuan`, tetapi keduanya berbeda (`target: 4 laporan`, `satuan: dokumen`).
    ///
    /// ## Mengapa
    /// Satuan menentukan cara realisasi diukur; dua satuan yang berbeda untuk satu indikator membuat capaian tidak dapat dihitung.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         target: 4 laporan
    ///         satuan: dokumen
    /// ```
    /// Benar:
    /// ```yaml
    ///         target: 4 laporan
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::UNIT_MISMATCH,
    name: "unit-mismatch",
    level: Warning,
    summary: ("Satuan target dan kolom satuan berbeda", "Target unit and satuan disagree"),
    check: None,
}
