//! `kind: Realisasi` — the evaluation of one period.

use std::collections::BTreeMap;

use schemars::JsonSchema;

use super::Sp;
use super::date::Date;
use super::nip::Nip;
use super::period::Period;
use super::vocab::{Predikat, PredikatOrganisasi, Rating};

/// Evaluasi kinerja satu periode.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Realisasi {
    /// Id SKP yang dievaluasi.
    pub skp: Sp<String>,
    /// Periode evaluasi.
    pub periode: Sp<Period>,
    /// NIP pejabat yang menilai.
    pub dinilai_oleh: Option<Sp<Nip>>,
    /// Tanggal penilaian.
    pub tanggal_penilaian: Option<Sp<Date>>,
    /// Realisasi dan umpan balik per indikator (kunci: id IKI).
    #[schemars(with = "Option<BTreeMap<String, RealisasiIndikator>>")]
    pub hasil_kerja: Option<super::Keyed<String, RealisasiIndikator>>,
    /// Umpan balik per nilai BerAKHLAK.
    #[schemars(with = "Option<BTreeMap<String, UmpanBalik>>")]
    pub perilaku_kerja: Option<super::Keyed<String, UmpanBalik>>,
    /// Rating hasil kerja.
    pub rating_hasil_kerja: Option<Sp<Rating>>,
    /// Rating perilaku kerja.
    pub rating_perilaku_kerja: Option<Sp<Rating>>,
    /// Predikat kinerja pegawai; harus sesuai matriks kuadran.
    pub predikat: Option<Sp<Predikat>>,
    /// Capaian kinerja organisasi (khusus pimpinan unit).
    pub capaian_organisasi: Option<Sp<PredikatOrganisasi>>,
    /// Catatan dan rekomendasi.
    pub catatan_rekomendasi: Option<Sp<String>>,
}

/// Realisasi satu indikator.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RealisasiIndikator {
    /// Realisasi berdasarkan bukti dukung (angka atau teks).
    #[schemars(with = "Option<RealisasiNilai>")]
    pub realisasi: Option<Sp<String>>,
    /// Umpan balik berkelanjutan berdasarkan bukti dukung.
    pub umpan_balik: Option<Sp<String>>,
}

#[derive(JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code)]
enum RealisasiNilai {
    Angka(f64),
    Teks(String),
}

/// Umpan balik untuk satu nilai perilaku.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct UmpanBalik {
    /// Umpan balik berkelanjutan pejabat penilai berdasarkan bukti dukung.
    pub umpan_balik: Option<Sp<String>>,
}

/// Capaian kinerja organisasi: the result of one unit for one period, set by the leader one
/// level up (SE MenPANRB 3/2023). It heads every employee's evaluation form in the unit, and a
/// unit leader's rating of results follows it.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CapaianOrganisasi {
    /// Id dokumen, misalnya CAPAIAN-DISKOMINFO-2026-TW1.
    pub id: Sp<String>,
    /// Nama unit organisasi.
    pub unit: Sp<String>,
    /// NIP pimpinan unit; unitnya adalah setiap pegawai yang rantai pejabat penilainya sampai
    /// ke pimpinan ini.
    pub pimpinan: Sp<Nip>,
    /// Tahun.
    pub tahun: Sp<i32>,
    /// Periode (2026-TW1), atau tahun untuk capaian tahunan.
    pub periode: Sp<Period>,
    /// Predikat kinerja organisasi.
    pub predikat: Sp<PredikatOrganisasi>,
    /// Pejabat yang menetapkan (pimpinan satu tingkat di atas).
    pub ditetapkan_oleh: Option<Sp<super::skp::Pejabat>>,
    /// Tanggal penetapan.
    pub tanggal: Option<Sp<Date>>,
}
