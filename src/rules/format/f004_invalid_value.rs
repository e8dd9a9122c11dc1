use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Nilai dengan tipe yang salah (daftar di tempat teks, teks di tempat tanggal) atau nilai di luar pilihan yang sah. Untuk pilihan tertutup, bantuan mendaftar semua nilai yang diizinkan beserta label resminya, misalnya `utama (Utama), tambahan (Tambahan)`. Di buku catatan bukti: `sha256` yang bukan 64 digit heksadesimal, dan `url` yang bukan alamat web `http://` atau `https://` (tautan `javascript:` atau `file:` tidak pernah dijadikan tautan di formulir cetak).
    ///
    /// ## Mengapa
    /// Label resmi (Utama/Tambahan, Kuantitas/Kualitas/Waktu/Biaya, Di Atas/Sesuai/Di Bawah Ekspektasi) ditetapkan PermenPANRB 6/2022; nilai lain tidak dapat dipetakan ke formulir resmi.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///     jenis: pokok
    /// ```
    /// Benar:
    /// ```yaml
    ///     jenis: utama
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`; pengecualian di tempat memakai `# skp: abaikan F004 -- alasan`.
    code: codes::INVALID_VALUE,
    name: "invalid-value",
    level: Error,
    summary: ("Tipe atau nilai tidak sah", "Wrong type or value outside the enumeration"),
    check: None,
}
