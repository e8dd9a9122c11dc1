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
    /// Bila berkas memang bukan dokumen skp, pindahkan keluar ruang kerja atau cantumkan di `.gitignore`.
    code: codes::NOT_DECLARED,
    name: "missing-api-version",
    level: Warning,
    summary: ("Berkas mirip dokumen skp tanpa apiVersion", "skp-like file without apiVersion"),
    check: None,
}
