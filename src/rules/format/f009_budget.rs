use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas yang melampaui batas aman pengurai: lebih dari 64 tingkat sarang, lebih dari 2 000 000 simpul (termasuk perluasan alias), lebih dari 1 000 alias, lebih dari 100 dokumen, atau lebih besar dari 64 MiB. Berkas seperti ini tidak dibaca.
    ///
    /// ## Mengapa
    /// Repositori bersama dapat diubah oleh ratusan orang; masukan yang dibuat untuk menghabiskan memori (alias bomb) atau tumpukan (sarang sangat dalam) tidak boleh menjatuhkan pemeriksaan CI. Batas ini jauh di atas rencana kinerja yang nyata.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    /// a: &a [x, x, x, x, x, x, x, x, x]
    /// b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    /// c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    /// # … dan seterusnya
    /// ```
    ///
    /// ## Pengaturan
    /// Tidak dapat dimatikan: berkas yang tidak dibaca tidak boleh hilang diam-diam dari
    /// pemeriksaan, jadi `--select`, `--ignore`, konfigurasi, komentar pengecualian, dan
    /// baseline (`--baseline`) tidak berlaku (DESIGN §5).
    code: codes::BUDGET,
    name: "parser-budget",
    level: Error,
    summary: ("Berkas melampaui batas pengurai", "File exceeds the parser's budget"),
    hideable: false,
    check: None,
}
