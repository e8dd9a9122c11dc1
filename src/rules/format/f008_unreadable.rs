use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas YAML di ruang kerja yang tidak dapat dibuka (izin, I/O), bukan teks UTF-8, atau bukan berkas biasa (FIFO, perangkat, soket — berkas seperti ini tidak pernah dibuka); juga folder yang tidak dapat dibuka (karena izinnya), sehingga rencana di dalamnya tidak terbaca (argumen `alasan: folder`); dan berkas pengecualian (`.gitignore`, `.git/info/exclude`) yang tidak dapat dibaca, sehingga polanya tidak diterapkan dan berkas yang dikecualikannya ikut diperiksa (argumen `alasan: ignore_file`).
    ///
    /// ## Mengapa
    /// Checkout yang rusak tidak boleh lolos pemeriksaan: temuan ini tidak dapat disembunyikan dengan `--select`, `--ignore`, konfigurasi, komentar pengecualian, maupun baseline (`--baseline`).
    ///
    /// ## Contoh
    /// Berkas yang disimpan sebagai Windows-1252 atau UTF-16 oleh editor lama. Simpan ulang sebagai UTF-8 (BOM UTF-8 dan akhir baris CRLF diterima).
    ///
    /// ## Pengaturan
    /// Tidak dapat dimatikan.
    code: codes::UNREADABLE,
    name: "unreadable-file",
    level: Error,
    summary: ("Berkas tidak dapat dibaca", "Unreadable or undecodable file"),
    hideable: false,
    check: None,
}
