use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kunci YAML yang tidak termasuk format berkas, biasanya salah ketik. Bila ada kolom yang mirip, bantuan menyarankannya ("maksud Anda `indikator`?").
    ///
    /// ## Mengapa
    /// Salah ketik seperti `indikatr` membuat isi kolom diabaikan tanpa suara: indikator tidak diperiksa, target tidak dibaca.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///     indikatr:
    ///       - id: IKI-1.1
    /// ```
    /// Benar:
    /// ```yaml
    ///     indikator:
    ///       - id: IKI-1.1
    /// ```
    ///
    /// ## Pengaturan
    /// Dapat diatur tingkatnya di `skp.toml` (`[rules.level] F002 = "warning"`), tetapi lebih baik perbaiki ejaannya.
    code: codes::UNKNOWN_FIELD,
    name: "unknown-field",
    level: Error,
    summary: ("Kolom tidak dikenal", "Unknown field"),
    check: None,
}
