use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// NIP yang ditulis dengan spasi seperti pada kartu pegawai (`"19900101 201503 2 001"`). skp membuang spasinya dan memakai 18 digitnya.
    ///
    /// ## Mengapa
    /// Referensi antar-SKP memakai NIP tanpa spasi; penulisan yang seragam memudahkan pencarian dan penggabungan di git.
    ///
    /// ## Contoh
    /// Kurang rapi:
    /// ```yaml
    ///   nip: "19900101 201503 2 001"
    /// ```
    /// Rapi:
    /// ```yaml
    ///   nip: "199001012015032001"
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat bawaan `info`; dapat dimatikan dengan `[rules] ignore = ["F011"]`.
    code: codes::NIP_SPACES,
    name: "nip-spaces",
    level: Info,
    summary: ("NIP memuat spasi", "NIP contains spaces"),
    check: None,
}
