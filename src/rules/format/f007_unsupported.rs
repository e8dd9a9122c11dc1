use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Dokumen yang menyatakan `apiVersion: skp/…` dengan versi yang tidak dikenal skp ini, atau dengan `kind` selain `Skp`, `Renstra`, `PerjanjianKinerja`, `BuktiDukung`, `Realisasi`.
    ///
    /// ## Mengapa
    /// Format berkas berversi agar regulasi pengganti dapat ditambahkan. Versi yang lebih baru daripada skp yang dipakai harus ditolak dengan jelas, bukan dibaca separuh.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    /// apiVersion: skp/v1
    /// kind: SKP
    /// ```
    /// Benar:
    /// ```yaml
    /// apiVersion: skp/v1
    /// kind: Skp
    /// ```
    ///
    /// ## Pengaturan
    /// Perbarui skp bila berkas memang memakai versi yang lebih baru.
    code: codes::UNSUPPORTED,
    name: "unsupported-document",
    level: Error,
    summary: ("apiVersion atau kind tidak didukung", "Unsupported apiVersion or kind"),
    check: None,
}
