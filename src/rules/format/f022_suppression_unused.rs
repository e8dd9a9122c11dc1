use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Komentar pengecualian `# skp: abaikan KODE -- alasan` yang tidak menyembunyikan temuan
    /// apa pun pada barisnya atau baris di bawahnya. Dengan beberapa kode (`abaikan F002,
    /// S111`), setiap kode dinilai sendiri: kode yang tidak terpakai dilaporkan walaupun kode
    /// lain di komentar yang sama terpakai.
    ///
    /// ## Mengapa
    /// Pengecualian yang tertinggal setelah masalahnya diperbaiki (atau yang salah letak)
    /// menyesatkan pembaca dan dapat menyembunyikan temuan baru di baris itu kelak.
    ///
    /// ## Contoh
    /// Komentar `# skp: abaikan S106 -- …` di atas indikator yang targetnya sudah diubah
    /// menjadi 95 %.
    ///
    /// ## Pengaturan
    /// Tingkat bawaan `info`; dapat dimatikan dengan `[rules] ignore = ["F022"]`.
    code: codes::SUPPRESSION_UNUSED,
    name: "suppression-unused",
    level: Info,
    summary: ("Pengecualian yang tidak terpakai", "Unused suppression"),
    check: None,
}
