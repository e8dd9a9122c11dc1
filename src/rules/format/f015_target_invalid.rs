use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target yang memuat angka dengan bentuk yang tidak dapat dibaca, misalnya `1.2.3 dokumen`, `1.25.000`, atau `1,250,000`. (Target tanpa angka sama sekali diperiksa oleh aturan SMART.) Target negatif (`-0,5 %`, pertumbuhan yang boleh menyusut) disebut negatif: skp belum dapat menghitung capaian dari angka negatif, sehingga indikatornya perlu dirumuskan sebagai besaran yang tidak negatif, misalnya penurunannya.
    ///
    /// ## Mengapa
    /// Target adalah ukuran keberhasilan; angka yang tidak dapat dibaca tidak dapat dibandingkan dengan realisasi. Dalam penulisan Indonesia titik memisahkan ribuan dan koma memisahkan desimal.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         target: 1.25.000 berkas
    /// ```
    /// Benar:
    /// ```yaml
    ///         target: 125.000 berkas
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`.
    code: codes::TARGET_INVALID,
    name: "target-unreadable",
    level: Error,
    summary: ("Angka target tidak terbaca", "Target number cannot be read"),
    check: None,
}
