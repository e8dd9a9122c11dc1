use super::lexicon::{MeasureClass, standard_measure};
use super::{measures, read};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target berupa angka tanpa satuan, padahal satuan juga tidak ditulis di kolom `satuan`
    /// dan tidak tersirat dari kata ukurannya. `Persentase …` menyiratkan `%`; `Indeks …`,
    /// `Nilai …`, `Skor …` menyiratkan indeks/nilai; `Rasio …` dan `Proporsi …` menyiratkan
    /// perbandingan; ukuran baku yang ditulis dengan singkatannya (`IPM`, `IKM`, `TPT`, `APM`,
    /// `NTP`) menyiratkan satuannya seperti kata ukurannya. `Jumlah …` dan `Waktu …` tidak
    /// menyiratkan satuan: 4 apa? 3 hari atau 3 jam? Begitu pula predikat atau opini yang
    /// ditargetkan dengan angka saja (`Predikat SAKIP` dengan target `60`): predikat ditulis
    /// sebagai kategorinya (`BB`), nilainya sebagai angka dengan satuannya. Isian templat di
    /// kolom `satuan` (`-`, `-/-`, `…`, `xx`, `TBD`, `perlu diisi`, `(diisi)`, pilihan bawaan
    /// `Pilih Satuan`, `null`, atau angka saja) dibaca sebagai satuan yang belum ditulis, dan
    /// temuannya menunjuk isian itu; `x` saja adalah "kali".
    ///
    /// ## Mengapa
    /// "Terukur: pernyataan menunjukkan satuan ukurnya" (SMART-C, buku pedoman indikator kinerja Kemenkeu). Target "12"
    /// tanpa satuan tidak dapat diverifikasi terhadap bukti dukung.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Jumlah modul aplikasi yang dirilis
    ///         target: 4
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Jumlah modul aplikasi yang dirilis
    ///         target: 4 modul
    /// ```
    ///
    /// ## Pengaturan
    /// Satuan khas instansi dikenali lewat `[vocab] extra_units`. Abaikan di tempat:
    /// `# skp: abaikan S104 -- alasan`. Mati pada `pendekatan: kualitatif`.
    code: "S104",
    name: "unit-missing",
    level: Warning,
    summary: ("Target tanpa satuan", "Target without a unit"),
    check: Some(check),
}

/// Heads whose unit is implied.
const IMPLIED: &[&str] = &[
    "persentase",
    "indeks",
    "nilai",
    "skor",
    "rasio",
    "proporsi",
    "tingkat",
    "capaian",
    "angka",
    "peringkat",
    "level",
    "derajat",
    "prevalensi",
    "laju",
    "pertumbuhan",
    "kontribusi",
    "cakupan",
    "realisasi",
    "ketepatan",
    "kadar",
];

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in measures(ws) {
        let Some(target) = cx.target else {
            continue;
        };
        // A template's placeholder ("-", "…", "perlu diisi") is no unit: said as such, at it.
        let placeholder = cx
            .satuan
            .filter(|s| crate::model::target::is_placeholder_unit(&s.value));
        if cx.kualitatif() || cx.satuan.is_some() && placeholder.is_none() {
            continue;
        }
        let Some(q) = target.quantity() else {
            continue;
        };
        if q.unit.is_some() {
            continue;
        }
        let r = read(&cx.teks.value, accept);
        if r.head.as_deref().is_some_and(|h| IMPLIED.contains(&h)) {
            continue;
        }
        // "IPM | 72,5", "TPT | 4,5", "IKM | 85": a standard index or rate by its acronym implies
        // its unit as the head words do. An amount ("PDRB") does not, nor a grade: "Predikat
        // SAKIP | 60" — sixty of what, for a grade written BB?
        if standard_measure(&r.words)
            .is_some_and(|m| matches!(m.class, MeasureClass::Index | MeasureClass::Rate))
        {
            continue;
        }
        let (span, msg) = match placeholder {
            Some(s) => (
                s.span,
                Msg::SUnitPlaceholder {
                    satuan: s.value.clone(),
                },
            ),
            None => (target.span, Msg::SUnitMissing),
        };
        out.push(
            cx.diag(RULE.code, span, msg)
                .arg("kata_ukuran", r.head.clone().unwrap_or_default())
                .help(Msg::HelpSUnitMissing),
        );
    }
}
