use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Komentar pengecualian `# skp: abaikan …` yang tidak memberi alasan setelah `--`, tidak
    /// menyebut kode aturan, atau menyebut kode yang tidak dikenal.
    ///
    /// ## Mengapa
    /// Pengecualian adalah keputusan yang harus dapat diperiksa auditor (APIP): alasannya ikut
    /// tersimpan di berkas dan di riwayat git. Pengecualian tanpa alasan tetap berlaku, tetapi
    /// dilaporkan.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         # skp: abaikan S111
    /// ```
    /// Benar:
    /// ```yaml
    ///         # skp: abaikan S111 -- identifikasi pasien menyangkut keselamatan pasien
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::SUPPRESSION_INVALID,
    name: "suppression-invalid",
    level: Warning,
    summary: ("Pengecualian tanpa alasan atau dengan kode tak dikenal", "Suppression without a reason or with an unknown code"),
    check: None,
}
