use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kunci yang ditulis dua kali pada blok yang sama. Temuan menunjuk kunci kedua dan, sebagai keterangan terkait, kunci pertama.
    ///
    /// ## Mengapa
    /// Pengurai YAML yang berbeda memilih nilai yang berbeda (yang pertama atau yang terakhir), sehingga SKP bisa terbaca lain di aplikasi lain.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         target: 4 modul
    ///         target: 6 modul
    /// ```
    /// Benar:
    /// ```yaml
    ///         target: 6 modul
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::DUPLICATE_KEY,
    name: "duplicate-key",
    level: Error,
    summary: ("Kunci YAML ganda", "Duplicate YAML key"),
    check: None,
}
