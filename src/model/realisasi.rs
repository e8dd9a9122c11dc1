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
    pub umpan_balik: Option<Sp<String>>,
}
