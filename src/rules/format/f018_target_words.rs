use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target dengan terbilang dalam kurung yang tidak sama dengan angkanya, misalnya `4 (lima) modul`.
    ///
    /// ## Mengapa
    /// Terbilang ditulis untuk mencegah salah baca; bila berbeda, tidak jelas target mana yang disepakati dalam dialog kinerja.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         target: 4 (lima) modul
    /// ```
    /// Benar:
    /// ```yaml
    ///         target: 4 (empat) modul
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::TARGET_SPELLED_MISMATCH,
    name: "target-words-mismatch",
    level: Warning,
    summary: ("Angka dan terbilang target berbeda", "Target digits and words disagree"),
    check: None,
}
