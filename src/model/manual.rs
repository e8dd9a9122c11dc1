//! What an IKU manual or a PK table says about an indicator besides its target: the baseline
//! it starts from and how it is measured (`formulasi`, `definisi_operasional`, `sumber_data`,
//! `catatan`). The same fields on IKI, PK and Renstra indicators; the T rules read the baseline.

use schemars::JsonSchema;

use super::Sp;
use super::skp::Target;

/// Baseline dan manual indikator.
#[derive(Debug, Clone, Default, PartialEq, JsonSchema)]
pub struct Manual {
    /// Nilai awal (baseline) indikator: `{ nilai: 72 %, tahun: 2025 }`; realisasi tahun dasar
    /// yang menjadi titik tolak target.
    pub baseline: Option<Sp<Baseline>>,
    /// Cara menghitung nilai indikator, misalnya "jumlah modul lulus UAT ÷ jumlah modul × 100 %".
    pub formulasi: Option<Sp<String>>,
    /// Definisi operasional: apa yang dihitung dan apa yang tidak.
    pub definisi_operasional: Option<Sp<String>>,
    /// Sumber data realisasi, misalnya "berita acara UAT di aplikasi layanan terpadu".
    pub sumber_data: Option<Sp<String>>,
    /// Catatan bebas.
    pub catatan: Option<Sp<String>>,
}

/// Nilai baseline dan tahunnya.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Baseline {
    /// Nilai, ditulis seperti target (`72 %`, `3,1 indeks`, `≤ 5 hari`).
    pub nilai: Sp<Target>,
    /// Tahun baseline (biasanya tahun sebelum periode rencana).
    pub tahun: Option<Sp<i32>>,
}

/// The keys [`Manual`] adds to an indicator mapping.
pub const FIELDS: &[&str] = &[
    "baseline",
    "formulasi",
    "definisi_operasional",
    "sumber_data",
    "catatan",
];
