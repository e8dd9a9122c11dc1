use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kolom wajib yang tidak ditulis, misalnya `rhk`, `target`, `pegawai.nip`, atau `tahun`. Temuan menunjuk baris pertama pemetaan yang kekurangan kolom.
    ///
    /// ## Mengapa
    /// PermenPANRB 6/2022 menetapkan isi minimum SKP: Rencana Hasil Kerja, Indikator Kinerja Individu dengan target, identitas pegawai dan Pejabat Penilai Kinerja. Tanpa kolom ini dokumen tidak dapat diperiksa atau dinilai.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///   - id: RHK-1
    ///     jenis: utama
    ///     indikator: [...]
    /// ```
    /// Benar:
    /// ```yaml
    ///   - id: RHK-1
    ///     jenis: utama
    ///     rhk: Tersedianya layanan aplikasi perizinan daring yang andal
    ///     indikator: [...]
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`; pengecualian di tempat memakai `# skp: abaikan F003 -- alasan`.
    code: codes::MISSING_FIELD,
    name: "missing-field",
    level: Error,
    summary: ("Kolom wajib tidak ada", "Required field missing"),
    check: None,
}
