//! The example text `skp init` writes for the user to replace: placeholder names and sample
//! results. A plan that still holds it passes `skp check` (the scaffold must), so the commands
//! that turn a plan into a record — `render` prints the legal form, `approve` agrees to it —
//! say so before they do.

use super::skp::Skp;

/// The appraiser's name `init --skp` writes when neither `--appraiser-name` nor the
/// appraiser's own plan gives it.
pub const APPRAISER_NAME: &str = "Nama Pejabat Penilai Kinerja";

/// The appraiser's post, likewise.
pub const APPRAISER_POSITION: &str = "Jabatan Pejabat Penilai Kinerja";

/// The unit `init --skp` writes without `--unit`.
pub const UNIT: &str = "Unit Kerja";

/// The agency `skp init` writes into `skp.toml`.
pub const AGENCY: &str = "Nama Instansi";

/// The place of signature `skp init` writes, commented out, into `skp.toml`.
pub const PLACE: &str = "Nama Kota";

/// Names `skp init` writes where a person's, a post's or a unit's goes.
pub const NAMES: &[&str] = &[
    "Nama Kepala Perangkat Daerah",
    "Nama Kepala Daerah",
    "Nama Perangkat Daerah",
    APPRAISER_NAME,
    APPRAISER_POSITION,
    UNIT,
];

/// Results and indicators `skp init` writes as samples.
pub const RESULTS: &[&str] = &[
    "Terselesaikannya dokumen hasil kerja unit yang menjadi tanggung jawab jabatan",
    "Tersusunnya bahan hasil kerja pimpinan yang ditugaskan kepada jabatan",
    "Jumlah dokumen hasil kerja yang diselesaikan",
    "Persentase dokumen yang diterima pimpinan tanpa revisi mayor",
    "Rata-rata waktu penyelesaian dokumen sejak penugasan",
    "Meningkatnya ketepatan waktu penyelesaian layanan perangkat daerah",
    "Persentase layanan yang diselesaikan sesuai standar pelayanan",
];

/// Where `skp` still holds example text, by field (`pegawai.nama`, `RHK-1`, `IKI-1.2`), in the
/// order of the file.
pub fn fields(skp: &Skp) -> Vec<String> {
    let is = |list: &[&str], text: &str| list.contains(&text.trim());
    let mut out = Vec::new();
    if is(NAMES, &skp.pegawai.nama.value) {
        out.push("pegawai.nama".to_string());
    }
    if is(NAMES, &skp.pegawai.unit_kerja.value) {
        out.push("pegawai.unit_kerja".to_string());
    }
    if is(NAMES, &skp.pejabat_penilai.nama.value) {
        out.push("pejabat_penilai.nama".to_string());
    }
    if is(NAMES, &skp.pejabat_penilai.jabatan.value) {
        out.push("pejabat_penilai.jabatan".to_string());
    }
    for rhk in skp.hasil_kerja.value.iter() {
        if is(RESULTS, &rhk.rhk.value) {
            out.push(rhk.id.value.clone());
        }
        for iki in rhk.indikator.value.iter() {
            if is(RESULTS, &iki.teks.value) {
                out.push(iki.id.value.clone());
            }
        }
    }
    out
}
