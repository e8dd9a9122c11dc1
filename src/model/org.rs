//! Organisation documents: `kind: Renstra` and `kind: PerjanjianKinerja`.

use std::collections::BTreeMap;

use schemars::JsonSchema;

use super::Sp;
use super::skp::{Pejabat, RefList, Target};
use super::vocab::Polaritas;
use crate::diag::Span;

/// Rencana Strategis perangkat daerah / unit organisasi (lima tahunan).
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Renstra {
    /// Id Renstra, misalnya RENSTRA-DISKOMINFO.
    pub id: Sp<String>,
    /// Tahun pertama.
    pub tahun_mulai: Sp<i32>,
    /// Tahun terakhir.
    pub tahun_selesai: Sp<i32>,
    /// Nama unit/perangkat daerah.
    pub unit: Sp<String>,
    /// Tujuan.
    pub tujuan: Sp<Vec<Tujuan>>,
}

/// Tujuan Renstra.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Tujuan {
    /// Id entri, unik dalam dokumen; dirujuk sebagai DOK/ID, misalnya RENSTRA-DISKOMINFO/SS1.
    pub id: Sp<String>,
    /// Uraian tujuan.
    pub uraian: Sp<String>,
    /// Indikator tujuan beserta target per tahun.
    pub indikator: Option<Sp<Vec<IndikatorRenstra>>>,
    /// Sasaran (sasaran strategis pada dokumen K/L).
    pub sasaran: Option<Sp<Vec<SasaranRenstra>>>,
}

/// Sasaran Renstra.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SasaranRenstra {
    /// Id entri, unik dalam dokumen; dirujuk sebagai DOK/ID, misalnya RENSTRA-DISKOMINFO/SS1.
    pub id: Sp<String>,
    /// Uraian sasaran sebagai kondisi yang ingin dicapai, misalnya "Meningkatnya …".
    pub uraian: Sp<String>,
    /// Indikator sasaran beserta target per tahun.
    pub indikator: Option<Sp<Vec<IndikatorRenstra>>>,
    /// Program (tingkat pemerintah daerah, dengan kode Permendagri).
    pub program: Option<Sp<Vec<Program>>>,
}

/// Program.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Program {
    /// Id entri, unik dalam dokumen; dirujuk sebagai DOK/ID, misalnya RENSTRA-DISKOMINFO/SS1.
    pub id: Sp<String>,
    /// Kode program, misalnya "2.16.02".
    pub kode: Option<Sp<String>>,
    /// Nomenklatur program.
    pub uraian: Sp<String>,
    /// Indikator program (outcome) beserta target per tahun.
    pub indikator: Option<Sp<Vec<IndikatorRenstra>>>,
    /// Kegiatan program ini.
    pub kegiatan: Option<Sp<Vec<Kegiatan>>>,
}

/// Kegiatan.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Kegiatan {
    /// Id entri, unik dalam dokumen; dirujuk sebagai DOK/ID, misalnya RENSTRA-DISKOMINFO/SS1.
    pub id: Sp<String>,
    /// Kode kegiatan, misalnya "2.16.02.1.01".
    pub kode: Option<Sp<String>>,
    /// Nomenklatur kegiatan.
    pub uraian: Sp<String>,
    /// Indikator kegiatan (output) beserta target per tahun.
    pub indikator: Option<Sp<Vec<IndikatorRenstra>>>,
    /// Sub kegiatan dari kegiatan ini.
    pub sub_kegiatan: Option<Sp<Vec<SubKegiatan>>>,
}

/// Sub kegiatan.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SubKegiatan {
    /// Id entri, unik dalam dokumen; dirujuk sebagai DOK/ID, misalnya RENSTRA-DISKOMINFO/SS1.
    pub id: Sp<String>,
    /// Kode sub kegiatan, misalnya "2.16.02.1.01.0001".
    pub kode: Option<Sp<String>>,
    /// Nomenklatur sub kegiatan.
    pub uraian: Sp<String>,
    /// Indikator sub kegiatan beserta target per tahun.
    pub indikator: Option<Sp<Vec<IndikatorRenstra>>>,
}

/// Indikator Renstra dengan target per tahun.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct IndikatorRenstra {
    /// Id entri, unik dalam dokumen; dirujuk sebagai DOK/ID, misalnya RENSTRA-DISKOMINFO/SS1.
    pub id: Sp<String>,
    /// Rumusan indikator sebagai ukuran, misalnya "Indeks SPBE Pemerintah Kota".
    pub uraian: Sp<String>,
    /// Satuan target, misalnya indeks, %, dokumen.
    pub satuan: Option<Sp<String>>,
    /// Target per tahun, misalnya { 2026: 80, 2027: 85 }.
    #[schemars(with = "Option<BTreeMap<String, Target>>")]
    pub target: Option<super::Keyed<i32, Target>>,
    /// Arah capaian: naik (makin tinggi makin baik, bawaan) atau turun (makin rendah makin baik,
    /// misalnya angka kematian atau jumlah aduan).
    pub polaritas: Option<Sp<Polaritas>>,
    /// Baseline dan manual indikator (formulasi, definisi operasional, sumber data, catatan).
    // Boxed, and absent when the indicator writes none of them (most IKIs): inline, the empty
    // fields were 40 % of every IKI in memory.
    #[schemars(flatten, with = "super::manual::Manual")]
    pub manual: Option<Box<super::manual::Manual>>,
}

/// Perjanjian Kinerja satu pejabat untuk satu tahun.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PerjanjianKinerja {
    /// Id PK, misalnya PK-2026-APTIKA.
    pub id: Sp<String>,
    /// Tahun Perjanjian Kinerja.
    pub tahun: Sp<i32>,
    /// 0 untuk PK awal; PK Perubahan bernilai 1 dst. dan mengisi `menggantikan`.
    pub revisi: Option<Sp<i64>>,
    /// Id PK yang digantikan oleh PK Perubahan ini.
    pub menggantikan: Option<Sp<String>>,
    /// Pihak pertama (pejabat yang berjanji).
    pub pihak_pertama: Sp<Pejabat>,
    /// Pihak kedua (atasan).
    pub pihak_kedua: Sp<Pejabat>,
    /// Sasaran yang diperjanjikan, masing-masing dengan indikator dan targetnya.
    pub sasaran: Sp<Vec<SasaranPk>>,
}

/// Sasaran Perjanjian Kinerja.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SasaranPk {
    /// Id sasaran, unik dalam PK; dirujuk sebagai PK-ID/ID.
    pub id: Sp<String>,
    /// Uraian sasaran yang diperjanjikan.
    pub uraian: Sp<String>,
    /// Acuan ke Renstra, misalnya RENSTRA-DISKOMINFO/SS1.
    #[schemars(with = "Option<RefList>")]
    pub acuan: Option<Sp<Vec<Sp<String>>>>,
    /// Indikator kinerja sasaran ini beserta targetnya.
    pub indikator: Sp<Vec<IndikatorPk>>,
    #[schemars(skip)]
    pub span: Span,
}

/// Indikator Perjanjian Kinerja.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct IndikatorPk {
    /// Id indikator, unik dalam PK.
    pub id: Sp<String>,
    /// Rumusan indikator sebagai ukuran.
    pub uraian: Sp<String>,
    /// Satuan target (bila tidak ditulis di target).
    pub satuan: Option<Sp<String>>,
    /// Target tahun PK, misalnya "80 %" atau { kategori: WTP }.
    pub target: Option<Sp<Target>>,
    /// Arah capaian: naik (makin tinggi makin baik, bawaan) atau turun (makin rendah makin baik).
    pub polaritas: Option<Sp<Polaritas>>,
    /// Baseline dan manual indikator (formulasi, definisi operasional, sumber data, catatan).
    // Boxed, and absent when the indicator writes none of them (most IKIs): inline, the empty
    // fields were 40 % of every IKI in memory.
    #[schemars(flatten, with = "super::manual::Manual")]
    pub manual: Option<Box<super::manual::Manual>>,
}

/// An organisation entry any reference may name, flattened for indexing.
#[derive(Debug, Clone, Copy)]
pub struct OrgEntry<'a> {
    pub id: &'a Sp<String>,
    pub uraian: &'a Sp<String>,
    pub level: OrgLevel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgLevel {
    Tujuan,
    Sasaran,
    Program,
    Kegiatan,
    SubKegiatan,
    Indikator,
}

impl Renstra {
    /// Every indicator of the plan with the id and uraian of the entry it measures, top-down.
    pub fn indicators(&self) -> Vec<(&IndikatorRenstra, &Sp<String>, &Sp<String>)> {
        type Out<'a> = Vec<(&'a IndikatorRenstra, &'a Sp<String>, &'a Sp<String>)>;
        fn push<'a>(
            out: &mut Out<'a>,
            list: &'a Option<Sp<Vec<IndikatorRenstra>>>,
            id: &'a Sp<String>,
            uraian: &'a Sp<String>,
        ) {
            out.extend(list.iter().flat_map(|l| l.iter()).map(|i| (i, id, uraian)));
        }
        let mut out = Vec::new();
        for t in self.tujuan.iter() {
            push(&mut out, &t.indikator, &t.id, &t.uraian);
            for s in t.sasaran.iter().flat_map(|l| l.iter()) {
                push(&mut out, &s.indikator, &s.id, &s.uraian);
                for p in s.program.iter().flat_map(|l| l.iter()) {
                    push(&mut out, &p.indikator, &p.id, &p.uraian);
                    for k in p.kegiatan.iter().flat_map(|l| l.iter()) {
                        push(&mut out, &k.indikator, &k.id, &k.uraian);
                        for sk in k.sub_kegiatan.iter().flat_map(|l| l.iter()) {
                            push(&mut out, &sk.indikator, &sk.id, &sk.uraian);
                        }
                    }
                }
            }
        }
        out
    }

    /// Every entry of the plan, top-down.
    pub fn entries(&self) -> Vec<OrgEntry<'_>> {
        let mut out = Vec::new();
        fn push_ind<'a>(out: &mut Vec<OrgEntry<'a>>, list: &'a Option<Sp<Vec<IndikatorRenstra>>>) {
            for i in list.iter().flat_map(|l| l.iter()) {
                out.push(OrgEntry {
                    id: &i.id,
                    uraian: &i.uraian,
                    level: OrgLevel::Indikator,
                });
            }
        }
        for t in self.tujuan.iter() {
            out.push(OrgEntry {
                id: &t.id,
                uraian: &t.uraian,
                level: OrgLevel::Tujuan,
            });
            push_ind(&mut out, &t.indikator);
            for s in t.sasaran.iter().flat_map(|l| l.iter()) {
                out.push(OrgEntry {
                    id: &s.id,
                    uraian: &s.uraian,
                    level: OrgLevel::Sasaran,
                });
                push_ind(&mut out, &s.indikator);
                for p in s.program.iter().flat_map(|l| l.iter()) {
                    out.push(OrgEntry {
                        id: &p.id,
                        uraian: &p.uraian,
                        level: OrgLevel::Program,
                    });
                    push_ind(&mut out, &p.indikator);
                    for k in p.kegiatan.iter().flat_map(|l| l.iter()) {
                        out.push(OrgEntry {
                            id: &k.id,
                            uraian: &k.uraian,
                            level: OrgLevel::Kegiatan,
                        });
                        push_ind(&mut out, &k.indikator);
                        for sk in k.sub_kegiatan.iter().flat_map(|l| l.iter()) {
                            out.push(OrgEntry {
                                id: &sk.id,
                                uraian: &sk.uraian,
                                level: OrgLevel::SubKegiatan,
                            });
                            push_ind(&mut out, &sk.indikator);
                        }
                    }
                }
            }
        }
        out
    }
}

impl PerjanjianKinerja {
    pub fn entries(&self) -> Vec<OrgEntry<'_>> {
        let mut out = Vec::new();
        for s in self.sasaran.iter() {
            out.push(OrgEntry {
                id: &s.id,
                uraian: &s.uraian,
                level: OrgLevel::Sasaran,
            });
            for i in s.indikator.iter() {
                out.push(OrgEntry {
                    id: &i.id,
                    uraian: &i.uraian,
                    level: OrgLevel::Indikator,
                });
            }
        }
        out
    }
}
