use super::lexicon::{
    ABSTRACT_AFTER_HEAD, ABSTRACT_OBJECTS, CONDITION_RATINGS, CRITERIA, EVALUATIVE, MET_STANDARD,
    Phrases, RATING_HEADS, TIME_WORDS, VAGUE, VAGUE_AFTER_HEAD, VAGUE_OBJECTS_SET, accepted,
    contains_phrase,
};
use super::{measures, read, results, sub_span};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use std::sync::LazyLock;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Kata sifat samar tanpa ukuran di indikator: `optimal`, `maksimal`, `dengan baik`,
    /// `dengan benar`, `lancar`, `sesuai ketentuan`, `efektif dan efisien`; `tepat waktu` tanpa
    /// tanggal, tenggat, atau periode bila indikatornya tidak mengukur ketepatan waktu itu
    /// sendiri; dan `Persentase kualitas …`, `Persentase kesejahteraan …`, `Persentase
    /// efektivitas …`, `Persentase akuntabilitas …` (persentase dari apa? indeksnya adalah
    /// ukuran). `Persentase jumlah X yang …` tidak ditandai: kata "jumlah" berlebih, tetapi yang
    /// diukur tetap jelas.
    ///
    /// Juga objek yang tidak menyebut keluaran: `tugas lain`, `sesuai penugasan`, `yang
    /// dibutuhkan`, dukungan atau administrasi tanpa nama (`penunjang urusan`, `administrasi
    /// umum`; `Persentase dukungan administrasi`, `Persentase dukungan manajemen`, `Persentase
    /// kelancaran operasional kantor`, `Persentase kelancaran pelayanan`, `Persentase
    /// terkelolanya sarana …`), kebutuhan atau layanan penunjang kantor yang tidak disebut
    /// (`Terpenuhinya kebutuhan operasional kantor`, `Persentase layanan penunjang yang
    /// terpenuhi`, `Persentase pemenuhan fasilitas …`), nama program penunjang rutin kode
    /// anggaran lama (`pelayanan administrasi perkantoran`, `sarana dan prasarana aparatur`),
    /// `sesuai` di akhir indikator tanpa menyebut sesuai apa; `yang tertib` di indikator
    /// (`Persentase administrasi perkantoran yang tertib`; RHK boleh menyatakan hasil yang
    /// tertib); `Persentase dokumen …`/`Persentase laporan …` tanpa syarat apa pun (yang disahkan, sesuai SAP, tepat waktu); dan, di indikator maupun RHK,
    /// rumusan yang setelah kata ukurannya hanya berisi kata umum ("Jumlah Dokumen", "Tingkat
    /// keberhasilan pelaksanaan tugas", RHK "Ketepatan Waktu Pelaksanaan"). Kata sifat
    /// penilaian (`prima`, `memadai`, `yang memuaskan`) juga di RHK. Ukuran sebuah kondisi
    /// tanpa menyebut kondisi yang dihitung (`Persentase kondisi irigasi`; bukan `… dalam
    /// kondisi baik`, `kondisi mantap`, atau indeks kondisi, yang menilai kondisinya sendiri).
    /// Objek tanpa keluaran ditandai juga pada indikator tanpa kata ukuran ("Melaksanakan
    /// tugas lain yang diberikan oleh atasan", "Kebutuhan administrasi perkantoran"), di samping
    /// S102.
    ///
    /// "Persentase pengaduan yang ditindaklanjuti tepat waktu" tidak ditandai: persentasenya
    /// mengukur ketepatan waktu. "Laporan disusun tepat waktu" ditandai: kapan tepatnya?
    ///
    /// ## Mengapa
    /// "Spesifik: tidak normatif, tidak ambigu" (SMART-C, buku pedoman indikator kinerja Kemenkeu). Penilai dan pegawai
    /// harus dapat sepakat, dari bukti, apakah target tercapai.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Pelayanan administrasi berjalan dengan baik dan lancar
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Persentase permohonan layanan administrasi yang selesai sesuai SOP
    /// ```
    ///
    /// ## Pengaturan
    /// Istilah instansi yang sudah didefinisikan terukur dapat dimasukkan ke `[vocab] accept`.
    /// Abaikan di tempat: `# skp: abaikan S113 -- alasan`.
    code: "S113",
    name: "vague-qualifier",
    level: Warning,
    summary: ("Kata sifat samar tanpa ukuran", "Vague qualifier with no measure"),
    check: Some(check),
}

/// Heads for which "tepat waktu" is itself what is measured.
const MEASURES_TIMELINESS: &[&str] = &[
    "persentase",
    "tingkat",
    "ketepatan",
    "rasio",
    "indeks",
    "nilai",
    "waktu",
    "rata-rata",
    "proporsi",
    "jumlah",
    "perbandingan",
];

/// Generic words that name no particular output: an indicator made only of these after its
/// head ("Jumlah Dokumen", "Ketepatan Waktu Pelaksanaan") says nothing checkable.
const GENERIC: &[&str] = &[
    "dokumen",
    "laporan",
    "kegiatan",
    "tugas",
    "tambahan",
    "pelaksanaan",
    "waktu",
    "pekerjaan",
    "hasil",
    "kerja",
    "output",
    "keluaran",
    "penyelesaian",
    "jadwal",
    "target",
    "sasaran",
    // "Tingkat keberhasilan pelaksanaan tugas", "Persentase capaian target": success or
    // achievement of nothing named.
    "keberhasilan",
    "capaian",
];

/// What makes a text vague, and how to word the finding.
enum Vague {
    /// A qualifier or an evaluative adjective with no measure ("optimal", "dengan baik").
    Qualifier,
    /// An object that names no output ("tugas khusus", "pemenuhan sarana prasarana").
    Object,
    /// A share of documents with no criterion ("Persentase dokumen program kerja").
    Share,
    /// A measure of a condition with no rating ("Persentase kondisi irigasi").
    Condition,
}

/// The evaluative words as a result statement also writes them: "Optimalnya pelayanan
/// administrasi", "Optimalisasi pengelolaan keuangan", "… seoptimal mungkin". (In an
/// indicator a rating head measures them: "Nilai Optimalisasi Penerimaan Negara".)
const RHK_EVALUATIVE_FORMS: &[&str] = &[
    "optimalnya",
    "optimalisasi",
    "seoptimal mungkin",
    "semaksimal mungkin",
    "maksimalnya",
    "efektifnya",
];

/// The vague words looked for in an RHK (evaluative ones only) and in an indicator (all of them
/// except "berkualitas", which an indicator may name as the quality it measures).
static RHK_VAGUE_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(EVALUATIVE.iter().chain(RHK_EVALUATIVE_FORMS).copied()));
static IKI_VAGUE_SET: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(
        VAGUE
            .iter()
            .chain(EVALUATIVE)
            .copied()
            .filter(|v| *v != "berkualitas"),
    )
});

/// Words that name the rule a "sesuai ketentuan" refers to: a regulation by its kind, or the
/// accounting standard, SOP or technical guideline.
const NAMED_RULES: &[&str] = &[
    "uu",
    "undang-undang",
    "pp",
    "perpres",
    "permen",
    "permendagri",
    "permenkes",
    "permenpan",
    "permenpanrb",
    "permendikbud",
    "permendikbudristek",
    "pmk",
    "kepmen",
    "perda",
    "perkada",
    "pergub",
    "perbup",
    "perwal",
    "perwali",
    "peraturan",
    "keputusan",
    "psap",
    "sap",
    "sop",
    "juknis",
    "nomor",
];

/// The first vague phrase of a text read by [`read`]: `rhk` judges a result statement, where
/// normative wording is legitimate but evaluative adjectives and unnamed objects are not.
fn vague(r: &super::Reading, rhk: bool) -> Option<(String, (usize, usize), Vague)> {
    let w = &r.words;
    let kondisi = w.iter().any(|x| x.text == "kondisi");
    // In a result statement, "sesuai ketentuan" and the like are normal; what is vague there is
    // an evaluative adjective. "Berkualitas" is vague in a statement, but in an indicator it
    // often names a rated grade ("jembatan berkualitas baik", "publikasi yang berkualitas").
    let phrases = if rhk {
        &*RHK_VAGUE_SET
    } else {
        &*IKI_VAGUE_SET
    };
    for (v, range) in phrases.all(w) {
        // "minggu efektif", "hari efektif": a count of working days, not a quality.
        let start = w.iter().position(|x| x.start == range.0);
        if start
            .and_then(|i| i.checked_sub(1))
            .is_some_and(|i| TIME_WORDS.contains(&w[i].text.as_str()) || w[i].text == "jam")
        {
            continue;
        }
        // "maksimal 3 hari" is a bound, not a qualifier; "kondisi baik" is a rated state.
        let idx = w.iter().position(|x| x.end == range.1);
        let next_is_number = idx
            .and_then(|i| w.get(i + 1))
            .is_some_and(|x| x.text.chars().all(|c| c.is_ascii_digit()));
        if next_is_number || (kondisi && v.ends_with("baik")) {
            continue;
        }
        // "sesuai ketentuan PP 5/2021", "… Permendagri 19/2016": the rule is named.
        if v.starts_with("sesuai")
            && idx
                .and_then(|i| w.get(i + 1))
                .is_some_and(|x| NAMED_RULES.contains(&x.text.as_str()))
        {
            continue;
        }
        return Some((v.to_string(), range, Vague::Qualifier));
    }
    if rhk {
        // A result stated as a bare measure: "Ketepatan Waktu Pelaksanaan".
        return vague_object(w).or_else(|| generic(r));
    }
    if let Some(range) = contains_phrase(w, "tepat waktu") {
        let measured = r
            .head
            .as_deref()
            .is_some_and(|h| MEASURES_TIMELINESS.contains(&h));
        let dated = w.iter().any(|x| {
            x.text.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    x.text.as_str(),
                    "tanggal" | "lambat" | "tenggat" | "jadwal" | "sebelum"
                )
        });
        if !measured && !dated {
            return Some(("tepat waktu".to_string(), range, Vague::Qualifier));
        }
    }
    // With no measure word, the object is all there is ("Melaksanakan tugas lain yang
    // diberikan oleh atasan", "Kebutuhan administrasi perkantoran"): S102 asks for the
    // measure, this rule for what it should count.
    let Some(head) = r.head.as_deref() else {
        return vague_object(w);
    };
    // "Persentase kondisi irigasi", "Tingkat kondisi jalan": the measure is a condition, and
    // nothing says which one counts ("… dalam kondisi baik", "… kondisi mantap").
    // An index or a score rates the condition itself ("Indeks kondisi jalan"); a standard or a
    // number names it ("… yang memenuhi standar", "… dengan IRI kurang dari 8").
    if !RATING_HEADS.contains(&head)
        && let Some(k) = (1..w.len().min(3)).find(|&i| w[i].text == "kondisi")
        && w[1..k].iter().all(|x| x.text == "tingkat")
        && !w.iter().any(|x| {
            let t = x.text.as_str();
            CONDITION_RATINGS.contains(&t)
                || MET_STANDARD.contains(&t)
                || t.chars().any(|c| c.is_ascii_digit())
        })
    {
        let end = (k + 1).min(w.len() - 1);
        return Some((
            w[k..=end]
                .iter()
                .map(|x| x.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            (w[k].start, w[end].end),
            Vague::Condition,
        ));
    }
    let second = w.get(1)?;
    // "Persentase kualitas layanan", "Persentase kesejahteraan keluarga".
    if head == "persentase" && ABSTRACT_AFTER_HEAD.contains(&second.text.as_str()) {
        return Some((
            format!("{} {}", w[0].text, second.text),
            (w[0].start, second.end),
            Vague::Object,
        ));
    }
    // "Persentase pemenuhan sarana", "Persentase peningkatan ekonomi": of what, against what?
    // Needs named by what is needed are a standard measure ("Persentase pemenuhan kebutuhan
    // air bersih", "… kebutuhan obat esensial", "… kebutuhan dasar PPKS"); the office's own
    // needs, or none named, are not.
    let named_needs = |i: usize| {
        w[i].text == "kebutuhan"
            && w.get(i + 1).is_some_and(|n| {
                !matches!(
                    n.text.as_str(),
                    "operasional"
                        | "kantor"
                        | "perkantoran"
                        | "administrasi"
                        | "penunjang"
                        | "aparatur"
                        | "organisasi"
                        | "sarana"
                        | "prasarana"
                        | "fasilitas"
                        | "layanan"
                        | "pelayanan"
                        | "rutin"
                        | "umum"
                        | "pegawai"
                        | "yang"
                        | "sesuai"
                )
            })
    };
    if VAGUE_AFTER_HEAD.contains(&second.text.as_str())
        && let Some(third) = w.get(2)
        && ABSTRACT_OBJECTS.contains(&third.text.as_str())
        && !named_needs(2)
    {
        return Some((
            format!("{} {}", second.text, third.text),
            (second.start, third.end),
            Vague::Object,
        ));
    }
    if let Some(found) = vague_object(w) {
        return Some(found);
    }
    // "… yang memiliki kompetensi sesuai": conforming to what? The standard was never written.
    if let [.., before, last] = w.as_slice()
        && last.text == "sesuai"
    {
        return Some((
            format!("{} {}", before.text, last.text),
            (before.start, last.end),
            Vague::Qualifier,
        ));
    }
    // "Persentase dokumen program kerja sekolah": a share of documents, with nothing saying
    // what makes one count (complete, on time, approved, to a standard).
    if head == "persentase" {
        let at = (1..w.len()).find(|&i| {
            !matches!(
                w[i].text.as_str(),
                "capaian" | "jumlah" | "ketersediaan" | "penyelesaian"
            )
        });
        if let Some(i) = at
            && matches!(w[i].text.as_str(), "dokumen" | "laporan" | "naskah" | "berkas")
            && !w.iter().any(|x| CRITERIA.contains(&x.text.as_str()))
            // "… disahkan", "… tersusun": a passive verb states what happened to it.
            && !w.iter().any(|x| {
                let t = x.text.as_str();
                t.chars().count() > 5 && (t.starts_with("di") || t.starts_with("ter"))
            })
        {
            return Some((
                w[..=i]
                    .iter()
                    .map(|x| x.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                (w[0].start, w[i].end),
                Vague::Share,
            ));
        }
    }
    generic(r)
}

/// Nothing but generic words after the head: "Jumlah Dokumen", "Ketepatan Waktu
/// Pelaksanaan". ("Ketepatan waktu laporan" names its deliverable: a report.)
fn generic(r: &super::Reading) -> Option<(String, (usize, usize), Vague)> {
    r.head.as_deref()?;
    let w = &r.words;
    let rest = &w[1..];
    let names_deliverable = rest.len() > 1
        && rest
            .last()
            .is_some_and(|x| matches!(x.text.as_str(), "laporan" | "dokumen"));
    if !rest.is_empty()
        && rest.len() <= 3
        && !names_deliverable
        && rest.iter().all(|x| GENERIC.contains(&x.text.as_str()))
    {
        let last = &w[w.len() - 1];
        return Some((
            w.iter()
                .map(|x| x.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            (w[0].start, last.end),
            Vague::Object,
        ));
    }
    None
}

/// An object that names no output: "tugas khusus", "direktif pimpinan", "yang dibutuhkan".
fn vague_object(w: &[super::lexicon::Word]) -> Option<(String, (usize, usize), Vague)> {
    VAGUE_OBJECTS_SET
        .first(w)
        .map(|(v, r)| (v.to_string(), r, Vague::Object))
}

fn finding(frasa: String, kind: Vague) -> (Msg, Msg) {
    match kind {
        Vague::Qualifier => (Msg::SVague { frasa }, Msg::HelpSVague),
        Vague::Object => (Msg::SVagueObject { frasa }, Msg::HelpSVagueObject),
        Vague::Share => (Msg::SVagueShare { frasa }, Msg::HelpSVagueShare),
        Vague::Condition => (Msg::SVagueCondition { frasa }, Msg::HelpSVagueCondition),
    }
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in measures(ws) {
        let teks = &cx.teks;
        if teks.value.is_empty() || accepted(&teks.value, accept) {
            continue;
        }
        let r = read(&teks.value, accept);
        let Some((frasa, range, kind)) = vague(&r, false) else {
            continue;
        };
        let (msg, help) = finding(frasa.clone(), kind);
        out.push(
            cx.diag(RULE.code, sub_span(ws, cx.doc, teks, range), msg)
                .arg("frasa", frasa)
                .help(help),
        );
    }
    // Result statements: "Pemenuhan layanan dukungan manajemen yang optimal".
    for (doc, skp, rhk) in results(ws) {
        let text = &rhk.rhk;
        if text.value.is_empty() || accepted(&text.value, accept) {
            continue;
        }
        let r = read(&text.value, accept);
        let Some((frasa, range, kind)) = vague(&r, true) else {
            continue;
        };
        let (msg, help) = finding(frasa.clone(), kind);
        out.push(
            Diagnostic::new(RULE.code, doc.file, sub_span(ws, doc, text, range), msg)
                .subject(&skp.resolved_id.value, Some(&rhk.id.value))
                .arg("frasa", frasa)
                .help(help),
        );
    }
}
