use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Id yang tidak mengikuti bentuk `[A-Za-z0-9][A-Za-z0-9._-]*` (misalnya memuat spasi atau garis miring), dan referensi yang tidak berbentuk `ENTRI` atau `DOK/ENTRI`.
    ///
    /// ## Mengapa
    /// Id dipakai dalam referensi lintas dokumen (`PK-2026-APTIKA/S1.I1`); spasi dan karakter lain membuat referensi tidak dapat diurai secara pasti.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///   - id: RHK 1
    ///     intervensi: PK 2026/S1
    /// ```
    /// Benar:
    /// ```yaml
    ///   - id: RHK-1
    ///     intervensi: RHK-2
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::INVALID_ID,
    name: "invalid-id",
    level: Error,
    summary: ("Id atau referensi tidak sah", "Invalid id or reference"),
    check: None,
}
