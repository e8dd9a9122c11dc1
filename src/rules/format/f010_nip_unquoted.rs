use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// NIP yang ditulis sebagai angka YAML (`nip: 199001012015032001`), bukan teks dalam tanda kutip.
    ///
    /// ## Mengapa
    /// YAML membaca angka 18 digit sebagai bilangan: alat lain dapat membulatkannya, menulisnya ulang dalam notasi ilmiah, atau membuang nol di depan. NIP adalah pengenal, bukan angka.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///   nip: 199001012015032001
    /// ```
    /// Benar:
    /// ```yaml
    ///   nip: "199001012015032001"
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::NIP_UNQUOTED,
    name: "nip-unquoted",
    level: Error,
    summary: ("NIP tanpa tanda kutip", "NIP written without quotes"),
    check: None,
}
