//! Enumerated values of the plan files: the snake_case code written in YAML and the official
//! label shown to people (domain.md §B).

use schemars::JsonSchema;

/// Names an earlier regulation or an application used for today's codes: PermenPANRB 8/2021
/// and e-Kinerja's first releases called "butuh perbaikan" *cukup*, and the form labels
/// "kurang" as *Kurang/Misconduct*. Offered as the suggestion, never accepted silently.
pub const FORMER_NAMES: &[(&str, &str)] = &[("cukup", "butuh_perbaikan"), ("misconduct", "kurang")];

/// An enumeration written in YAML as a snake_case code.
pub trait Vocab: Sized + Copy + 'static {
    /// Every value with its YAML code and official label.
    const ALL: &'static [(Self, &'static str, &'static str)];

    fn parse(code: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(_, c, _)| *c == code)
            .map(|(v, _, _)| *v)
    }

    fn code(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::ALL
            .iter()
            .find(|(v, _, _)| *v == self)
            .map_or("", |(_, c, _)| c)
    }

    fn label(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::ALL
            .iter()
            .find(|(v, _, _)| *v == self)
            .map_or("", |(_, _, l)| l)
    }

    /// The label in `lang`: the official Indonesian label, or its English rendering where the
    /// value is one a person reads in a report (ratings, predikat, evaluation periods).
    fn label_in(self, lang: crate::i18n::Lang) -> &'static str
    where
        Self: PartialEq,
    {
        match lang {
            crate::i18n::Lang::Id => self.label(),
            crate::i18n::Lang::En => english_label(self.code()).unwrap_or_else(|| self.label()),
        }
    }

    /// `code (Label)` for every value, for "allowed values" messages.
    fn allowed() -> Vec<String> {
        Self::ALL
            .iter()
            .map(|(_, c, l)| format!("{c} ({l})"))
            .collect()
    }
}

/// English for the codes people read in reports (terms.md: the official Indonesian label is
/// the legal one, and printed forms keep it).
fn english_label(code: &str) -> Option<&'static str> {
    Some(match code {
        "di_atas_ekspektasi" => "Above Expectations",
        "sesuai_ekspektasi" => "As Expected",
        "di_bawah_ekspektasi" => "Below Expectations",
        "sangat_baik" => "Outstanding",
        "baik" => "Good",
        "butuh_perbaikan" => "Needs Improvement",
        "kurang" => "Poor",
        "sangat_kurang" => "Very Poor",
        "istimewa" => "Exceptional",
        "bulanan" => "Monthly",
        "triwulanan" => "Quarterly",
        "semesteran" => "Half-yearly",
        "tahunan" => "Yearly",
        _ => return None,
    })
}

macro_rules! vocab {
    ($(
        $(#[$meta:meta])*
        $name:ident { $($variant:ident = $code:literal : $label:literal),+ $(,)? }
    )*) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl Vocab for $name {
            const ALL: &'static [(Self, &'static str, &'static str)] =
                &[$(($name::$variant, $code, $label)),+];
        }

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let labels = [$(concat!("`", $code, "`: ", $label)),+].join("; ");
                schemars::json_schema!({
                    "type": "string",
                    "enum": [$($code),+],
                    "description": labels,
                })
            }
        }
    )*};
}

vocab! {
    /// Jenis Rencana Hasil Kerja.
    JenisRhk { Utama = "utama": "Utama", Tambahan = "tambahan": "Tambahan" }

    /// Pendekatan hasil kerja SKP.
    Pendekatan { Kuantitatif = "kuantitatif": "Kuantitatif", Kualitatif = "kualitatif": "Kualitatif" }

    /// Format SKP.
    FormatSkp {
        Jpt = "jpt": "JPT / Pimpinan Unit Kerja Mandiri",
        AdministrasiFungsional = "administrasi_fungsional": "Pejabat Administrasi / Fungsional",
    }

    /// Status persetujuan SKP.
    StatusSkp {
        Draft = "draft": "Draft",
        Diajukan = "diajukan": "Diajukan",
        Disetujui = "disetujui": "Disetujui",
        Ditolak = "ditolak": "Ditolak",
    }

    /// Jenis pegawai ASN.
    JenisPegawai {
        Pns = "pns": "PNS",
        Cpns = "cpns": "CPNS",
        Pppk = "pppk": "PPPK",
        PppkParuhWaktu = "pppk_paruh_waktu": "PPPK Paruh Waktu",
    }

    /// Jenis jabatan.
    JenisJabatan {
        JptUtama = "jpt_utama": "JPT Utama",
        JptMadya = "jpt_madya": "JPT Madya",
        JptPratama = "jpt_pratama": "JPT Pratama",
        Administrator = "administrator": "Administrator",
        Pengawas = "pengawas": "Pengawas",
        Pelaksana = "pelaksana": "Pelaksana",
        Fungsional = "fungsional": "Fungsional",
    }

    /// Jenjang jabatan fungsional.
    Jenjang {
        Pemula = "pemula": "Pemula",
        Terampil = "terampil": "Terampil",
        Mahir = "mahir": "Mahir",
        Penyelia = "penyelia": "Penyelia",
        AhliPertama = "ahli_pertama": "Ahli Pertama",
        AhliMuda = "ahli_muda": "Ahli Muda",
        AhliMadya = "ahli_madya": "Ahli Madya",
        AhliUtama = "ahli_utama": "Ahli Utama",
    }

    /// Cara pengintervensian hasil kerja atasan (penjenjangan langsung atau tidak langsung).
    Cara { Langsung = "langsung": "Langsung", TidakLangsung = "tidak_langsung": "Tidak Langsung" }

    /// Kedudukan Pejabat Penilai Kinerja.
    Sebagai { Definitif = "definitif": "Definitif", Plt = "plt": "Pelaksana Tugas (Plt.)", Plh = "plh": "Pelaksana Harian (Plh.)" }

    /// Aspek indikator (SKP administrasi/fungsional).
    Aspek { Kuantitas = "kuantitas": "Kuantitas", Kualitas = "kualitas": "Kualitas", Waktu = "waktu": "Waktu", Biaya = "biaya": "Biaya" }

    /// Perspektif indikator (SKP JPT).
    Perspektif {
        PenerimaLayanan = "penerima_layanan": "Penerima Layanan",
        ProsesBisnis = "proses_bisnis": "Proses Bisnis",
        PenguatanInternal = "penguatan_internal": "Penguatan Internal",
        Anggaran = "anggaran": "Anggaran",
    }

    /// Arah indikator: naik (makin tinggi makin baik) atau turun.
    Polaritas { Naik = "naik": "Naik (kondisi normal)", Turun = "turun": "Turun (kondisi khusus)" }

    /// Cara realisasi periodik digabung menjadi realisasi tahunan.
    Perhitungan { Kumulatif = "kumulatif": "Kumulatif", NilaiAkhir = "nilai_akhir": "Nilai Akhir", RataRata = "rata_rata": "Rata-rata" }

    /// Periode evaluasi.
    Evaluasi { Bulanan = "bulanan": "Bulanan", Triwulanan = "triwulanan": "Triwulanan", Semesteran = "semesteran": "Semesteran", Tahunan = "tahunan": "Tahunan" }

    /// Rating hasil kerja atau perilaku kerja.
    Rating {
        DiAtasEkspektasi = "di_atas_ekspektasi": "Di Atas Ekspektasi",
        SesuaiEkspektasi = "sesuai_ekspektasi": "Sesuai Ekspektasi",
        DiBawahEkspektasi = "di_bawah_ekspektasi": "Di Bawah Ekspektasi",
    }

    /// Predikat kinerja pegawai.
    Predikat {
        SangatBaik = "sangat_baik": "Sangat Baik",
        Baik = "baik": "Baik",
        ButuhPerbaikan = "butuh_perbaikan": "Butuh Perbaikan",
        Kurang = "kurang": "Kurang/Misconduct",
        SangatKurang = "sangat_kurang": "Sangat Kurang",
    }

    /// Predikat kinerja organisasi.
    PredikatOrganisasi {
        Istimewa = "istimewa": "Istimewa",
        Baik = "baik": "Baik",
        ButuhPerbaikan = "butuh_perbaikan": "Butuh Perbaikan",
        Kurang = "kurang": "Kurang",
        SangatKurang = "sangat_kurang": "Sangat Kurang",
    }

    /// Nilai dasar BerAKHLAK.
    Perilaku {
        BerorientasiPelayanan = "berorientasi_pelayanan": "Berorientasi Pelayanan",
        Akuntabel = "akuntabel": "Akuntabel",
        Kompeten = "kompeten": "Kompeten",
        Harmonis = "harmonis": "Harmonis",
        Loyal = "loyal": "Loyal",
        Adaptif = "adaptif": "Adaptif",
        Kolaboratif = "kolaboratif": "Kolaboratif",
    }

    /// Jenis bukti dukung bawaan.
    JenisBukti {
        Dokumen = "dokumen": "Dokumen",
        Laporan = "laporan": "Laporan",
        Foto = "foto": "Foto",
        Video = "video": "Video",
        Notulen = "notulen": "Notulen",
        Surat = "surat": "Surat",
        SuratTugas = "surat_tugas": "Surat Tugas",
        Sk = "sk": "Surat Keputusan",
        Sertifikat = "sertifikat": "Sertifikat",
        DaftarHadir = "daftar_hadir": "Daftar Hadir",
        TangkapanLayar = "tangkapan_layar": "Tangkapan Layar",
        DataSistem = "data_sistem": "Data Sistem",
        Tautan = "tautan": "Tautan",
        Lainnya = "lainnya": "Lainnya",
    }
}

impl JenisJabatan {
    pub fn is_jpt(self) -> bool {
        matches!(
            self,
            JenisJabatan::JptUtama | JenisJabatan::JptMadya | JenisJabatan::JptPratama
        )
    }
}
