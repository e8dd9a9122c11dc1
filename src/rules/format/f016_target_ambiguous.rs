use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target `4.500` yang ditulis sebagai angka YAML polos (dibaca 4500, tetapi bisa dimaksudkan 4,5), dan desimal bergaya Inggris seperti `3.5 jam` (dibaca 3,5); juga `realisasi` sebuah Realisasi, karena capaiannya dihitung dari angka itu.
    ///
    /// ## Mengapa
    /// YAML sendiri membaca `4.500` sebagai 4,5; skp membaca teks aslinya sebagai ribuan. Penulis harus menegaskan maksudnya agar alat lain tidak membacanya berbeda.
    ///
    /// ## Contoh
    /// Ambigu:
    /// ```yaml
    ///         target: 4.500
    ///         target: 3.5 jam
    /// ```
    /// Jelas:
    /// ```yaml
    ///         target: 4500 berkas
    ///         target: 3,5 jam
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::TARGET_AMBIGUOUS,
    name: "target-ambiguous",
    level: Warning,
    summary: ("Angka target ambigu", "Ambiguous target number"),
    check: None,
}
