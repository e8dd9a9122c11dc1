use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// NIP yang tidak terdiri atas 18 digit, atau yang digit 1–8-nya bukan tanggal lahir sah, digit 9–14-nya bukan tahun dan bulan pengangkatan, atau digit ke-15-nya bukan 1 atau 2.
    ///
    /// ## Mengapa
    /// Salah ketik NIP memutus keselarasan dengan atasan dan membuat bukti dukung tercatat pada orang yang salah. Nomor PPPK dapat mengikuti pola lain, karena itu hanya peringatan.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///   nip: "199013012015032001"   # bulan lahir 13
    /// ```
    /// Benar:
    /// ```yaml
    ///   nip: "199001012015032001"
    /// ```
    ///
    /// ## Pengaturan
    /// Untuk NIP yang memang benar: `# skp: abaikan F012 -- nomor PPPK berpola lain`.
    code: codes::NIP_STRUCTURE,
    name: "nip-structure",
    level: Warning,
    summary: ("Struktur NIP tidak wajar", "Unusual NIP structure"),
    check: None,
}
