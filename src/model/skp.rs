//! `kind: Skp` — one employee's yearly performance plan.

use schemars::JsonSchema;

use super::Sp;
use super::date::Date;
use super::nip::Nip;
use super::period::Period;
use super::target::{Quantity, TargetError, TargetNote};
use super::vocab::*;
use crate::diag::Span;

/// Sasaran Kinerja Pegawai: rencana kinerja tahunan seorang pegawai ASN.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Skp {
    /// Id SKP; bawaan `<nip>-<tahun>`. Wajib bila satu NIP punya dua SKP dalam setahun
    /// (mutasi di tengah tahun), misalnya 199001012015032001-2026a dan …-2026b.
    pub id: Option<Sp<String>>,
    /// Id SKP yang dilanjutkan oleh SKP ini setelah mutasi.
    pub melanjutkan: Option<Sp<String>>,
    /// Tahun SKP.
    pub tahun: Sp<i32>,
    /// Periode penilaian; bawaan 1 Januari s.d. 31 Desember tahun SKP.
    pub periode_penilaian: Option<Sp<PeriodePenilaian>>,
    /// Periode evaluasi SKP ini (menimpa pengaturan ruang kerja), misalnya semesteran untuk guru.
    pub evaluasi: Option<Sp<Evaluasi>>,
    /// Pendekatan hasil kerja.
    pub pendekatan: Sp<Pendekatan>,
    /// Format SKP; bawaan diturunkan dari jenis jabatan (jpt_* → jpt).
    pub format: Option<Sp<FormatSkp>>,
    /// Status persetujuan.
    pub status: Option<Sp<StatusSkp>>,
    /// Pegawai yang dinilai.
    pub pegawai: Sp<Pegawai>,
    /// Pejabat Penilai Kinerja.
    pub pejabat_penilai: Sp<PejabatPenilai>,
    /// Atasan Pejabat Penilai Kinerja.
    pub atasan_pejabat_penilai: Option<Sp<Pejabat>>,
    /// NIP pemilik rencana tempat referensi intervensi tanpa awalan dicari (misalnya ketua tim
    /// pada cascading dua tingkat); bawaan: Pejabat Penilai.
    pub atasan_kinerja: Option<Sp<Nip>>,
    /// Rencana Hasil Kerja (RHK).
    pub hasil_kerja: Sp<Vec<Rhk>>,
    /// Perilaku kerja BerAKHLAK beserta ekspektasi khusus pimpinan.
    pub perilaku_kerja: Option<Sp<PerilakuKerja>>,
    /// Lampiran SKP.
    pub lampiran: Option<Sp<Lampiran>>,
    /// Regulasi yang diacu; bawaan permenpanrb-6-2022.
    pub regulasi: Option<Sp<String>>,

    /// The id others reference: `id`, or `<nip>-<tahun>`.
    #[schemars(skip)]
    pub resolved_id: Sp<String>,
}

impl Skp {
    /// The effective format: explicit, else derived from `jenis_jabatan`.
    pub fn format(&self) -> FormatSkp {
        match &self.format {
            Some(f) => f.value,
            None if self.pegawai.jenis_jabatan.value.is_jpt() => FormatSkp::Jpt,
            None => FormatSkp::AdministrasiFungsional,
        }
    }

    /// First and last day of the appraisal period.
    pub fn period(&self) -> (Date, Date) {
        match &self.periode_penilaian {
            Some(p) => (p.mulai.value, p.selesai.value),
            None => Period::Year(self.tahun.value).bounds(),
        }
    }

    /// Whether the appraisal period starts or ends outside `tahun` (F014's finding; the rules
    /// that judge dates against the period stay silent then).
    pub fn period_leaves_year(&self) -> bool {
        let (start, end) = self.period();
        start.year() != self.tahun.value || end.year() != self.tahun.value
    }

    /// The evaluation grid: the SKP's own `evaluasi`, else the workspace's `default`.
    pub fn grid(&self, default: Evaluasi) -> Evaluasi {
        self.evaluasi.as_ref().map_or(default, |g| g.value)
    }

    /// Whether `p` is one of this SKP's evaluations: its year (the final one) or a cell of its
    /// grid, overlapping its appraisal period.
    pub fn evaluates(&self, grid: Evaluasi, p: Period) -> bool {
        let year = self.tahun.value;
        let on_grid = p == Period::Year(year) || Period::grid(year, grid).contains(&p);
        let ((p0, p1), (c0, c1)) = (self.period(), p.bounds());
        on_grid && c0 <= p1 && p0 <= c1
    }

    /// Its evaluations, for a help text: the cells of its grid that overlap its appraisal
    /// period, then its year (once, when the grid is the year).
    pub fn evaluations(&self, grid: Evaluasi) -> Vec<Period> {
        let (p0, p1) = self.period();
        let year = Period::Year(self.tahun.value);
        Period::grid(self.tahun.value, grid)
            .into_iter()
            .filter(|c| {
                let (a, b) = c.bounds();
                *c != year && a <= p1 && p0 <= b
            })
            .chain(std::iter::once(year))
            .collect()
    }

    /// The employee's NIP; `None` for `nip: tidak_diketahui`, which nothing can look up or
    /// match (DESIGN §9.2). Shown as written through `pegawai.nip`.
    pub fn nip(&self) -> Option<&str> {
        self.pegawai.nip.value.known()
    }

    /// Whose plan an `intervensi` without a prefix names: `atasan_kinerja`, else the penilai
    /// (as written).
    pub fn intervened_nip(&self) -> Option<&str> {
        self.atasan_kinerja
            .as_ref()
            .or(self.pejabat_penilai.nip.as_ref())
            .map(|n| n.value.as_str())
    }

    /// The NIP as written, `tidak_diketahui` included: for showing, never for matching.
    pub fn nip_shown(&self) -> &str {
        self.pegawai.nip.value.as_str()
    }

    /// The ids of every RHK and indicator, in plan order (for "did you mean" hints).
    pub fn ids(&self) -> Vec<&str> {
        self.hasil_kerja
            .iter()
            .flat_map(|r| {
                std::iter::once(r.id.value.as_str())
                    .chain(r.indikator.iter().map(|i| i.id.value.as_str()))
            })
            .collect()
    }

    /// Every RHK and indicator, for lookups by id.
    pub fn indicators(&self) -> impl Iterator<Item = (&Rhk, &Iki)> {
        self.hasil_kerja
            .iter()
            .flat_map(|r| r.indikator.iter().map(move |i| (r, i)))
    }
}

/// Periode penilaian.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PeriodePenilaian {
    /// Tanggal mulai (YYYY-MM-DD).
    pub mulai: Sp<Date>,
    /// Tanggal selesai (YYYY-MM-DD), inklusif.
    pub selesai: Sp<Date>,
}

/// Pegawai yang dinilai.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Pegawai {
    /// Nama lengkap dengan gelar.
    pub nama: Sp<String>,
    /// NIP 18 digit dalam tanda kutip, atau `tidak_diketahui`.
    #[schemars(with = "super::nip::NipOrUnknown")]
    pub nip: Sp<Nip>,
    /// Jenis pegawai; bawaan pns.
    pub jenis_pegawai: Option<Sp<JenisPegawai>>,
    /// Pangkat/golongan ruang, misalnya "Penata Muda Tk. I (III/b)".
    pub pangkat: Option<Sp<String>>,
    /// Nama jabatan.
    pub jabatan: Sp<String>,
    /// Jenis jabatan.
    pub jenis_jabatan: Sp<JenisJabatan>,
    /// Jenjang (khusus jabatan fungsional).
    pub jenjang: Option<Sp<Jenjang>>,
    /// Unit kerja.
    pub unit_kerja: Sp<String>,
}

/// Pejabat Penilai Kinerja.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PejabatPenilai {
    /// NIP; boleh kosong hanya untuk pejabat tanpa NIP (Bupati, Wali Kota, Menteri), atau
    /// `tidak_diketahui` bila dokumen yang disalin tidak mencantumkannya.
    #[schemars(with = "Option<super::nip::NipOrUnknown>")]
    pub nip: Option<Sp<Nip>>,
    /// Nama (salinan untuk formulir cetak).
    pub nama: Sp<String>,
    /// Jabatan.
    pub jabatan: Sp<String>,
    /// Pangkat/golongan ruang.
    pub pangkat: Option<Sp<String>>,
    /// Unit kerja.
    pub unit_kerja: Option<Sp<String>>,
    /// Kedudukan: definitif, plt, atau plh.
    pub sebagai: Option<Sp<Sebagai>>,
    /// Id SKP jabatan yang dinilai, bila penilai berstatus plt/plh.
    pub skp: Option<Sp<String>>,
}

impl PejabatPenilai {
    /// The appraiser's NIP when written and known: `None` for an official without one and
    /// for `tidak_diketahui` (DESIGN §9.2), which nothing can look up.
    pub fn known_nip(&self) -> Option<&str> {
        self.nip.as_ref()?.value.known()
    }
}

/// Pejabat (identitas untuk formulir cetak).
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Pejabat {
    /// NIP (boleh kosong untuk pejabat tanpa NIP).
    pub nip: Option<Sp<Nip>>,
    /// Nama.
    pub nama: Sp<String>,
    /// Jabatan.
    pub jabatan: Sp<String>,
    /// Pangkat/golongan ruang.
    pub pangkat: Option<Sp<String>>,
    /// Unit kerja.
    pub unit_kerja: Option<Sp<String>>,
}

/// Rencana Hasil Kerja.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Rhk {
    /// Id RHK, unik dalam SKP, misalnya RHK-1.
    pub id: Sp<String>,
    /// utama atau tambahan.
    // `None` only when the written value was invalid, already reported: the RHK is kept so
    // that the rest of it is still checked.
    #[schemars(with = "JenisRhk")]
    pub jenis: Option<Sp<JenisRhk>>,
    /// Rumusan RHK dalam bahasa hasil (bukan kegiatan).
    pub rhk: Sp<String>,
    /// Hasil kerja pimpinan yang diintervensi: satu referensi atau daftar referensi.
    #[schemars(with = "Option<IntervensiList>")]
    pub intervensi: Option<Sp<Vec<Intervensi>>>,
    /// Acuan organisasi (Renstra/Perjanjian Kinerja): satu referensi DOK/ENTRI atau daftar.
    #[schemars(with = "Option<RefList>")]
    pub acuan: Option<Sp<Vec<Sp<String>>>>,
    /// Indikator Kinerja Individu (IKI).
    pub indikator: Sp<Vec<Iki>>,
    /// Span of the whole list item.
    #[schemars(skip)]
    pub span: Span,
}

/// One served result: a reference with an optional snapshot of its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Intervensi {
    pub reference: Sp<String>,
    pub teks: Option<Sp<String>>,
    /// `eksternal: true`: the result is in a document kept in another repository, so the
    /// reference is not resolved here (DESIGN §9.2).
    pub eksternal: bool,
    /// Direct or non-direct cascading.
    pub cara: Option<Sp<super::vocab::Cara>>,
}

/// Satu butir `intervensi`: referensi hasil kerja yang diintervensi, dengan atau tanpa teksnya.
#[derive(JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code)]
enum IntervensiSchema {
    /// Referensi hasil kerja pimpinan: RHK-2, NIP/RHK-2, atau ID-SKP/IKI-2.1.
    Ref(String),
    /// Referensi beserta salinan teks hasil kerja yang diintervensi.
    WithText(IntervensiTeks),
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct IntervensiTeks {
    /// Referensi hasil kerja yang diintervensi.
    #[schemars(rename = "ref")]
    reference: String,
    /// Salinan teks hasil kerja yang diintervensi, agar perubahan di atas terdeteksi.
    teks: Option<String>,
    /// `true` bila hasil kerja yang diintervensi ada di dokumen yang disimpan di repositori
    /// lain: referensinya tidak diperiksa di sini dan dilaporkan sekali sebagai info (K117).
    eksternal: Option<bool>,
    /// Cara pengintervensian: langsung atau tidak_langsung.
    cara: Option<super::vocab::Cara>,
}

/// Satu hasil kerja yang diintervensi, atau daftarnya.
#[derive(JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code)]
enum IntervensiList {
    One(IntervensiSchema),
    Many(Vec<IntervensiSchema>),
}

/// Satu referensi, atau daftar referensi.
#[derive(JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code)]
pub(crate) enum RefList {
    One(String),
    Many(Vec<String>),
}

/// Indikator Kinerja Individu.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Iki {
    /// Id indikator, unik dalam SKP, misalnya IKI-1.1.
    pub id: Sp<String>,
    /// Aspek (administrasi/fungsional): kuantitas, kualitas, waktu, biaya.
    pub aspek: Option<Sp<Aspek>>,
    /// Perspektif (JPT): penerima_layanan, proses_bisnis, penguatan_internal, anggaran.
    pub perspektif: Option<Sp<Perspektif>>,
    /// Rumusan indikator sebagai ukuran, misalnya "Jumlah modul … yang dirilis".
    pub teks: Sp<String>,
    /// Target: "4 modul", "99,5 %", "95-100 %", "≤ 4 jam", "Rp 150 juta", atau bentuk terstruktur.
    pub target: Sp<Target>,
    /// Satuan (bila tidak ditulis di target).
    pub satuan: Option<Sp<String>>,
    /// naik (bawaan) atau turun.
    pub polaritas: Option<Sp<Polaritas>>,
    /// Cara realisasi periodik digabung.
    pub perhitungan: Option<Sp<Perhitungan>>,
    /// Target per periode, misalnya { 2026-TW2: 1, 2026-TW3: 3 }.
    #[schemars(with = "Option<std::collections::BTreeMap<String, Target>>")]
    pub target_periodik: Option<super::Keyed<Period, Target>>,
    /// Periode bukti dukung indikator ini; bawaan menurut aspek.
    pub bukti_periode: Option<Sp<Evaluasi>>,
    /// Bukti dukung yang direncanakan.
    pub bukti_rencana: Option<Sp<Vec<Sp<String>>>>,
    /// Baseline dan manual indikator (formulasi, definisi operasional, sumber data, catatan).
    // Boxed, and absent when the indicator writes none of them (most IKIs): inline, the empty
    // fields were 40 % of every IKI in memory.
    #[schemars(flatten, with = "super::manual::Manual")]
    pub manual: Option<Box<super::manual::Manual>>,
    #[schemars(skip)]
    pub span: Span,
    /// Keys written with a value this skp could not read (already reported as F findings), so
    /// that rules do not report the same slip twice as "missing".
    #[schemars(skip)]
    pub unreadable: Vec<&'static str>,
}

impl Iki {
    pub fn polaritas(&self) -> Polaritas {
        self.polaritas.as_ref().map_or(Polaritas::Naik, |p| p.value)
    }
}

/// A target as written and as read by the target grammar (`model::target`).
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A number, range or bound, with its unit.
    Quantity {
        quantity: Quantity,
        /// The scalar as written (empty for structured targets).
        raw: Box<str>,
        /// Almost always empty: a boxed slice is two words where a `Vec` is three, and every
        /// indicator holds several targets.
        notes: Box<[TargetNote]>,
    },
    /// A scalar the grammar could not read (reported as F015).
    Invalid { raw: String, error: TargetError },
    /// `{ kategori: WTP }`.
    Kategori(String),
    /// `{ deskripsi: … }` (kualitatif only).
    Deskripsi(String),
    /// A date by which the work is done (`paling lambat 31 Maret 2026`): met when the
    /// realisation's date is not later. Read as a number it was 31 of a unit "Maret 2026".
    Tenggat {
        raw: String,
        date: super::date::Date,
    },
}

impl Target {
    /// The target as plans write it: the text written, else the structured value.
    pub fn text(&self) -> String {
        match self {
            Target::Quantity { raw, quantity, .. } if raw.trim().is_empty() => quantity.to_string(),
            Target::Quantity { raw, .. } => raw.to_string(),
            Target::Invalid { raw, .. } => raw.clone(),
            Target::Kategori(k) => k.clone(),
            Target::Deskripsi(d) => d.clone(),
            Target::Tenggat { raw, .. } => raw.clone(),
        }
    }

    pub fn quantity(&self) -> Option<&Quantity> {
        match self {
            Target::Quantity { quantity, .. } => Some(quantity),
            _ => None,
        }
    }
}

impl JsonSchema for Target {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Target".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Target indikator: teks (\"4 modul\", \"99,5 %\", \"95-100 %\", \"≤ 4 jam\", \"Rp 150 juta\"), angka, atau bentuk terstruktur; `tidak_tercantum` bila dokumen sumber yang disalin tidak mencantumkannya.",
            "anyOf": [
                { "type": "string" },
                { "type": "number" },
                { "type": "object", "additionalProperties": false, "required": ["nilai"],
                  "properties": { "nilai": { "anyOf": [{ "type": "number" }, { "type": "string" }], "description": "Nilai target, misalnya 4 atau \"99,5\"." }, "satuan": { "type": "string", "description": "Satuan target, misalnya modul atau %." } } },
                { "type": "object", "additionalProperties": false, "required": ["min", "maks"],
                  "properties": { "min": { "anyOf": [{ "type": "number" }, { "type": "string" }], "description": "Batas bawah rentang target." }, "maks": { "anyOf": [{ "type": "number" }, { "type": "string" }], "description": "Batas atas rentang target." }, "satuan": { "type": "string", "description": "Satuan target, misalnya %." } } },
                { "type": "object", "additionalProperties": false, "required": ["kategori"],
                  "properties": { "kategori": { "type": "string", "description": "Target kategoris, misalnya opini WTP atau predikat SAKIP." } } },
                { "type": "object", "additionalProperties": false, "required": ["deskripsi"],
                  "properties": { "deskripsi": { "type": "string", "description": "Target deskriptif (khusus pendekatan kualitatif)." } } }
            ]
        })
    }
}

/// Perilaku kerja BerAKHLAK: ketujuh nilai dasar.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PerilakuKerja {
    /// Berorientasi Pelayanan: ekspektasi khusus pimpinan untuk nilai ini (boleh kosong, `{}`).
    pub berorientasi_pelayanan: Option<Sp<Ekspektasi>>,
    /// Akuntabel: ekspektasi khusus pimpinan untuk nilai ini (boleh kosong, `{}`).
    pub akuntabel: Option<Sp<Ekspektasi>>,
    /// Kompeten: ekspektasi khusus pimpinan untuk nilai ini (boleh kosong, `{}`).
    pub kompeten: Option<Sp<Ekspektasi>>,
    /// Harmonis: ekspektasi khusus pimpinan untuk nilai ini (boleh kosong, `{}`).
    pub harmonis: Option<Sp<Ekspektasi>>,
    /// Loyal: ekspektasi khusus pimpinan untuk nilai ini (boleh kosong, `{}`).
    pub loyal: Option<Sp<Ekspektasi>>,
    /// Adaptif: ekspektasi khusus pimpinan untuk nilai ini (boleh kosong, `{}`).
    pub adaptif: Option<Sp<Ekspektasi>>,
    /// Kolaboratif: ekspektasi khusus pimpinan untuk nilai ini (boleh kosong, `{}`).
    pub kolaboratif: Option<Sp<Ekspektasi>>,
    /// Keys that are not BerAKHLAK values (P102 names them; the schema allows none).
    #[schemars(skip)]
    pub lainnya: Vec<Sp<String>>,
}

impl PerilakuKerja {
    pub fn get(&self, p: Perilaku) -> Option<&Sp<Ekspektasi>> {
        match p {
            Perilaku::BerorientasiPelayanan => self.berorientasi_pelayanan.as_ref(),
            Perilaku::Akuntabel => self.akuntabel.as_ref(),
            Perilaku::Kompeten => self.kompeten.as_ref(),
            Perilaku::Harmonis => self.harmonis.as_ref(),
            Perilaku::Loyal => self.loyal.as_ref(),
            Perilaku::Adaptif => self.adaptif.as_ref(),
            Perilaku::Kolaboratif => self.kolaboratif.as_ref(),
        }
    }
}

/// Ekspektasi khusus pimpinan untuk satu nilai BerAKHLAK.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Ekspektasi {
    /// Ekspektasi khusus pimpinan (boleh kosong).
    pub ekspektasi_khusus: Option<Sp<String>>,
}

/// Lampiran SKP.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Lampiran {
    /// Dukungan sumber daya.
    pub dukungan_sumber_daya: Option<Sp<Vec<Sp<String>>>>,
    /// Skema pertanggungjawaban.
    pub skema_pertanggungjawaban: Option<Sp<Vec<Sp<String>>>>,
    /// Konsekuensi.
    pub konsekuensi: Option<Sp<Vec<Sp<String>>>>,
    /// Sections written with nothing after them (`konsekuensi:`), by key (P103).
    #[schemars(skip)]
    pub kosong: Vec<Sp<String>>,
}
