use crate::base::codes;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas YAML yang tampak seperti dokumen skp (menyatakan `kind` skp, atau memiliki `hasil_kerja`, `pegawai`, atau `bukti` di tingkat atas) tetapi tidak menyatakan `apiVersion: skp/v1`. Berkas ini tidak dibaca.
    ///
    /// ## Mengapa
    /// Salah ketik `apiVersoin` akan membuat sebuah SKP hilang diam-diam dari seluruh pemeriksaan, keselarasan, dan laporan bukti dukung.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    /// apiVersoin: skp/v1
    /// kind: Skp
    /// ```
    /// Benar:
    /// ```yaml
    /// apiVersion: skp/v1
    /// kind: Skp
    /// ```
    ///
    /// ## Pengaturan
    /// Bila berkas memang bukan dokumen skp, pindahkan keluar ruang kerja atau cantumkan di
    /// `.gitignore`. Tidak dapat dimatikan, seperti F001: berkas ini tidak diperiksa sama
    /// sekali, jadi `--select`, `--ignore`, konfigurasi, komentar pengecualian, dan baseline
    /// tidak berlaku, dan temuannya menggagalkan pemeriksaan (sebuah perubahan yang merusak
    /// rencana sekaligus salah mengetik `apiVersion`-nya tidak boleh lolos CI).
    code: codes::NOT_DECLARED,
    name: "missing-api-version",
    level: Error,
    summary: ("Berkas mirip dokumen skp tanpa apiVersion", "skp-like file without apiVersion"),
    hideable: false,
    check: None,
}
