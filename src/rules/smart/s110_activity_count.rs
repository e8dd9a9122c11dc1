use super::lexicon::{
    ACTIVITY_NOUN_PAIRS, ACTIVITY_NOUNS, ACTIVITY_PASSIVES, ACTIVITY_PHRASES_SET, ATTENDING,
    CARRIED_OUT_STATES, CHECKED, CONTESTS, DOCUMENTED_ROUTINES, MEETINGS, MET_STANDARD, OUTCOMES,
    PARTICIPATION, PAYROLL, PAYROLL_PAID, PROCESS_RESULTS, RATING_HEADS, RECORD_PRODUCTS,
    REPORTED_ACTIVITIES, REPORTED_ROUTINE_PAIRS, REPORTED_ROUTINES, RESULT_NOUNS, RESULT_VERBS,
    SERVED, SERVICE_OBJECTS, SERVICE_PROVIDED, accepted, count_kind, head_noun,
    is_operational_verb, is_verb_of, reports_provision, reports_routine, standard_measure,
};
use super::lexicon::{CountKind, Word};
use super::{measures, read, sub_span};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator yang menghitung kegiatan, bukan hasilnya: "Jumlah rapat koordinasi yang
    /// dilaksanakan", "Persentase kegiatan yang terlaksana", "Persentase terlaksananya program
    /// kerja", "Tingkat keterlaksanaan kegiatan", "Jumlah peserta sosialisasi",
    /// keluaran yang hanya dinamai catatan kegiatan tanpa kata ukuran ("Laporan pembinaan
    /// teknis …", seperti tabel anggaran menamainya; S102 meminta kata ukurannya),
    /// "Persentase OPD yang mendapat pembinaan", "Persentase cakupan pembinaan ideologi
    /// Pancasila", "Jumlah pengembangan kompetensi ASN",
    /// "Jumlah lembaga yang berkoordinasi …", acara dan musyawarah yang diadakan ("Jumlah
    /// pagelaran seni budaya", "Jumlah rembuk stunting", "Jumlah simulasi bencana", "Jumlah
    /// studi banding", "Jumlah kali rapat"; lomba yang dimenangkan adalah hasil),
    /// dan catatan sebuah kegiatan: "Jumlah berita acara
    /// musrenbang", "Jumlah laporan hasil pemantauan …", laporan yang dinamai menurut
    /// prosesnya ("Jumlah laporan perencanaan …", "Jumlah dokumen pengelolaan
    /// kerumahtanggaan …"; DPA, LPPD, laporan pertanggungjawaban, hasil
    /// pemeriksaan, penanganan kasus, dan sejenisnya adalah produk) (cakupan kunjungan SPM kesehatan,
    /// misalnya "Cakupan kunjungan neonatal", adalah cakupan layanan, tidak ditandai);
    /// kehadiran di sebuah acara ("Persentase kehadiran peserta rapat koordinasi"; kehadiran
    /// pegawai tidak ditandai) dan bahan informasi yang disebarkan ("Jumlah leaflet yang
    /// didistribusikan", "… baliho yang dipasang"). Tidak ditandai: bagian yang dikerjakan
    /// dengan cara yang ditetapkan ("Persentase transaksi yang dilaksanakan secara non tunai",
    /// "… melalui e-katalog"), peserta program ("peserta JKN aktif", "peserta KB"), dan
    /// kunjungan pengguna layanan ("kunjungan pemustaka", "kunjungan rawat jalan").
    ///
    /// Juga orang yang dibayar ("Jumlah orang yang menerima gaji dan tunjangan ASN", "… penerima
    /// dana penunjang operasional", "… hak keuangan", "… TPP"; orang, ASN, pegawai, pimpinan,
    /// anggota): keluaran baku subkegiatan penggajian, pekerjaan rutin (pekerja yang menerima
    /// upah sesuai UMK, veteran, dan orang yang membutuhkan yang menerima bantuan atau
    /// tunjangan adalah hasil).
    ///
    /// Juga penyediaan layanan rutin tanpa keluaran yang disebut ("Jumlah layanan umum kantor
    /// yang disediakan", "Jumlah pemeliharaan barang milik daerah yang terlayani", "Jumlah
    /// laporan administrasi keuangan yang terlayani"), dan ketepatan jadwal rapat atau pertemuan
    /// ("Ketepatan jadwal
    /// pelaksanaan pertemuan koordinasi"; ketepatan waktu pendampingan atau pelayanan tidak
    /// ditandai, karena itulah layanannya). Juga laporan yang hanya mencatat pekerjaan rutin
    /// berjalan: "Jumlah laporan pengelolaan aset sekolah", "Jumlah laporan pelayanan
    /// administrasi", "Jumlah laporan kehumasan", "Jumlah laporan rumah tangga", juga bila
    /// fungsi itu disebut kemudian ("Jumlah laporan organisasi dan tatalaksana"), dan laporan
    /// barang atau jasa yang disediakan ("Jumlah laporan paket bahan logistik kantor yang
    /// disediakan"; laporan yang disediakan bagi pimpinan adalah produknya sendiri) ("laporan
    /// keuangan", "laporan kinerja", "laporan pertanggungjawaban" dan "laporan hasil
    /// pemeriksaan" adalah keluaran, tidak ditandai). Indikator PK atau Renstra yang menghitung
    /// dokumen yang diverifikasi ("Jumlah RKA-SKPD yang diverifikasi") menghitung kegiatan
    /// memeriksanya, seperti "yang dievaluasi". Tidak ditandai: verifikasi yang diukur dengan
    /// standar ("… paling lambat 5 hari kerja", "… dalam 72 jam"), yang ditindaklanjuti, tempat
    /// atau orang yang diverifikasi statusnya ("Jumlah desa ODF yang diverifikasi"), persentase,
    /// dan IKI seorang verifikator (berkas yang diverifikasinya adalah keluaran jabatannya).
    ///
    /// Juga hitungan sebuah proses, dikenali dari bentuk katanya (pe(N)-…-an: "Jumlah
    /// pengadaan alat kesehatan", "Jumlah penerbitan NIB"; "Jumlah pendapatan", "Jumlah
    /// penghargaan" dan sejenisnya adalah hasil), peserta peningkatan kapasitas ("Jumlah
    /// aparatur desa yang ditingkatkan kapasitasnya", kecuali yang lalu tersertifikasi), dan
    /// laporan atau dokumen "hasil" sebuah proses ("Jumlah dokumen hasil pengendalian operasi"),
    /// juga bila frekuensinya disebut lebih dulu ("Jumlah dokumen periodik penyelenggaraan …").
    /// Kata keadaan di depan ukuran tidak mengubah apa yang dihitung: "Meningkatnya jumlah
    /// peserta sosialisasi" ditandai seperti "Jumlah peserta sosialisasi". Cakupan pelayanan
    /// ("Cakupan pelayanan kesehatan rujukan") adalah cakupan penduduk yang terlayani, tidak
    /// ditandai, begitu pula kegiatan yang hanya menyebut dasar sebuah persentase ("Persentase
    /// BUMD yang kinerjanya baik dari BUMD yang dibina").
    ///
    /// Juga indikator yang ditulis sebagai pekerjaannya sendiri, diawali kata kerja operasional
    /// tanpa kata ukuran ("Melaksanakan penyuluhan kepada keluarga", "Menyusun laporan
    /// keuangan", seperti butir kegiatan formulir SKP lama); S102 menandai kata ukurannya yang
    /// tidak ada, aturan ini kegiatannya. Tidak ditandai: kata kerja tujuan ("Mengurangi angka
    /// putus sekolah", "Mempertahankan opini WTP", "Memastikan ketersediaan obat"), ukuran yang
    /// disebut kemudian ("Menghitung persentase …"), dan pekerjaan yang diikat jumlah, tenggat,
    /// atau standar ("Menyelesaikan 12 dokumen kajian", "… paling lambat 5 hari kerja",
    /// "… sesuai standar ANRI").
    ///
    /// ## Mengapa
    /// Indikator kegiatan tidak boleh menjadi satu-satunya ukuran sebuah hasil (SMART-C
    /// Kemenkeu): rapat dapat terlaksana tanpa menghasilkan apa pun. Ukur apa
    /// yang berubah karena kegiatan itu.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Jumlah rapat koordinasi yang dilaksanakan
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Persentase kesepakatan rapat koordinasi yang ditindaklanjuti perangkat daerah
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S110 -- alasan` (misalnya untuk jabatan yang
    /// memang mengukur penyelenggaraan layanan). Dapat dimatikan per folder:
    /// `[[rules.overrides]] paths = ["pegawai/guru/**"] ignore = ["S110"]`. Mati pada
    /// `pendekatan: kualitatif`.
    code: "S110",
    name: "activity-count",
    level: Warning,
    summary: ("Indikator menghitung kegiatan, bukan hasil", "Indicator counts activities, not results"),
    check: Some(check),
}

/// Words between a head and the thing it counts that say nothing about it ("Persentase
/// frekuensi penyuluhan", "Ketepatan jadwal pelaksanaan pertemuan").
const MODIFIERS: &[&str] = &[
    "frekuensi",
    // "Persentase cakupan pembinaan …": the coverage of what follows, read as "Cakupan
    // pembinaan …" is.
    "cakupan",
    // "Jumlah kali rapat": how many times, of the noun after it.
    "kali",
    "jadwal",
    "waktu",
    "pelaksanaan",
    "penyelenggaraan",
    "peningkatan",
    // "Jumlah terlaksananya kegiatan …": the state of having been carried out says nothing of
    // what is counted; the noun after it does.
    "terlaksananya",
    "terselenggaranya",
    "terselesaikannya",
    "dilaksanakannya",
];

/// Words of frequency between a record and what it records ("Dokumen periodik …", "Laporan
/// berkala …").
const RECORD_FREQUENCY: &[&str] = &["secara", "periodik", "berkala", "rutin"];

/// What a record is said to hold, after "yang" ("Dokumen yang memuat hasil …").
const RECORD_CONTAINS: &[&str] = &["memuat", "berisi"];

/// What a share of carried-out work can still be a result of: a budget realised, a
/// recommendation or court decision carried out.
const CARRIED_OUT_RESULTS: &[&str] = &["anggaran", "rekomendasi", "tindak", "putusan", "eksekusi"];

/// The words that show what an indicator counts, and where they are in its text.
pub(super) type Found = (String, (usize, usize));

/// What an indicator counts, when it is not a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Counted {
    /// Reports or other records of an activity or of routine work.
    Record,
    /// The activity itself: meetings held, participants, services provided.
    Activity,
    /// The work itself, written as a verb where a measure belongs: "Melaksanakan penyuluhan
    /// kepada keluarga" (the old SKP form's task lines, and IKIs copied from them).
    Work,
}

/// What this rule finds in an indicator (S101 and S102 ask it of the rewrites they would
/// suggest): what is counted, the words that show it, and where they are.
pub(super) fn counted(r: &super::Reading) -> Option<(Counted, Found)> {
    match activity(r) {
        Some(found) if record_of_activity(&r.words, r.words.len()).as_ref() == Some(&found) => {
            Some((Counted::Record, found))
        }
        Some(found) => Some((Counted::Activity, found)),
        // "Laporan pembinaan teknis rumah susun" (an output named with no measure word, as
        // budget tables name them, S102's concern): the record of an activity, as S109 reads
        // the same words in an RHK.
        None if r.head.is_none() => match record_of_activity(&r.words, 1) {
            Some(found) => Some((Counted::Record, found)),
            None => states_work(r).map(|found| (Counted::Work, found)),
        },
        None => None,
    }
}

/// Verbs of change an indicator may lead with ("Mengurangi angka putus sekolah",
/// "Mempertahankan opini WTP"): a goal written as a verb, which S101 or S102 asks to measure,
/// not a piece of work.
const CHANGE_VERBS: &[&str] = &[
    "meningkatkan",
    "menurunkan",
    "mewujudkan",
    "mengurangi",
    "menekan",
    "mempertahankan",
    "menciptakan",
    "mencapai",
    "meminimalkan",
    "meminimalisir",
    "meminimalisasi",
    "memperkecil",
    "memperluas",
    "memperkuat",
    "menguatkan",
    "mengoptimalkan",
    "memaksimalkan",
    "memantapkan",
    "menjaga",
    "memastikan",
    "menjamin",
    "mencegah",
    "mempercepat",
    "menuntaskan",
    "memulihkan",
    "mengentaskan",
    "menghapus",
    "menghasilkan",
];

/// An indicator that is the work itself, led by an operational verb ("Melaksanakan anamnesa
/// klien", "Menyusun laporan keuangan"): what it counts is the doing. Not when a measure is
/// named further on ("Menghitung persentase …" is a misplaced measure, S102's alone) or the
/// verb states a goal ([`CHANGE_VERBS`]).
fn states_work(r: &super::Reading) -> Option<Found> {
    let (first, rest) = r.words.split_first()?;
    let verb = first.text.replace('-', "");
    // By its start, so that a text run together ("Meningkatnyakualitaslayanan…") is not read
    // as a verb of work.
    let change = CHANGE_VERBS.iter().any(|v| verb.starts_with(v))
        || verb.starts_with("meningkat")
        || verb.starts_with("menurun");
    if !is_operational_verb(&verb) || change {
        return None;
    }
    let measured = rest.iter().any(|w| head_noun(&w.text, &[]).is_some())
        || standard_measure(&r.words).is_some();
    // A count, a deadline or a standard the work is held to ("Menyelesaikan 12 dokumen
    // kajian", "… paling lambat 5 hari kerja", "… sesuai SOP", "… hingga tuntas"): a
    // measure written after the verb, S102's concern alone.
    let held_to = rest.iter().any(|w| {
        let t = w.text.as_str();
        t.chars().any(|c| c.is_ascii_digit())
            || MET_STANDARD.contains(&t)
            || matches!(t, "lambat" | "tuntas")
    }) || rest
        .windows(2)
        .any(|p| p[0].text == "dalam" && p[1].text == "waktu");
    (!measured && !held_to).then(|| (first.text.clone(), (first.start, first.end)))
}

/// Why an indicator counts an activity: the words that show it, and where they are.
pub(super) fn activity(r: &super::Reading) -> Option<(String, (usize, usize))> {
    let head = r.head.as_deref()?;
    let w = &r.words;
    let text = |i: usize| w.get(i).map_or("", |x| x.text.as_str());
    // "Persentase terlaksananya program kerja", "Tingkat keterlaksanaan kegiatan": the share of
    // work carried out, as "… program kerja yang dilaksanakan" is (under any measure word; a
    // count is of the noun after it, "Jumlah terlaksananya kegiatan …", found below).
    // An index or a score rates the work, and a standard met ("… sesuai jadwal") is the
    // measure.
    if CARRIED_OUT_STATES.contains(&text(1))
        && !CARRIED_OUT_RESULTS.contains(&text(2))
        && !matches!(head, "ketepatan" | "jumlah" | "banyaknya")
        && !RATING_HEADS.contains(&head)
        && !w.iter().any(|x| MET_STANDARD.contains(&x.text.as_str()))
    {
        return Some((format!("{} {}", text(0), text(1)), (w[0].start, w[1].end)));
    }
    // "Persentase kehadiran peserta rapat koordinasi", "Tingkat kehadiran peserta pelatihan":
    // who turned up at an event is a count of its doing. (Attendance at work, "kehadiran
    // pegawai", also at the morning "apel", is discipline.)
    if let Some(k) = w.iter().find(|x| x.text == "kehadiran")
        && let Some(e) = w.iter().find(|x| {
            MEETINGS.contains(&x.text.as_str())
                || matches!(x.text.as_str(), "pelatihan" | "bimtek" | "diklat")
        })
    {
        return Some((format!("kehadiran … {}", e.text), (k.start, e.end)));
    }
    if !matches!(
        head,
        "jumlah"
            | "persentase"
            | "frekuensi"
            | "banyaknya"
            | "cakupan"
            | "besaran"
            | "waktu"
            | "ketepatan"
    ) {
        return None;
    }
    // Receiving a certificate is being certified: "… dan mendapat sertifikasi".
    let outcome = achieved(w);
    // "Persentase pelaksanaan desentralisasi …", "Waktu pelaksanaan kegiatan": the share or
    // the timing of things carried out.
    if matches!(text(1), "pelaksanaan" | "penyelenggaraan")
        && head != "ketepatan"
        && !CARRIED_OUT_RESULTS.contains(&text(2))
    {
        return Some((format!("{} {}", text(0), text(1)), (w[0].start, w[1].end)));
    }
    // "Jumlah melakukan komunikasi …": a count of doing. ("Ketepatan melakukan identifikasi
    // pasien" is the rate of doing it right, a quality of the work.)
    if is_operational_verb(text(1)) && head != "ketepatan" {
        return Some((format!("{} {}", text(0), text(1)), (w[0].start, w[1].end)));
    }
    // The counted object: the first word after the head and its empty modifiers.
    let at = (1..w.len()).find(|&i| !MODIFIERS.contains(&text(i)))?;
    let after = text(at + 1);
    let coverage = head == "cakupan" || w[1..at].iter().any(|x| x.text == "cakupan");
    let object = Some(&w[at]).filter(|o| {
        ACTIVITY_NOUNS.contains(&o.text.as_str())
            // The timing of mentoring or supervision is the service itself; of a meeting,
            // only when it was held.
            && (head != "ketepatan" || MEETINGS.contains(&o.text.as_str()))
            && (head != "persentase"
                || !matches!(
                    o.text.as_str(),
                    "pelayanan" | "penyediaan" | "pengembangan" | "pengendalian"
                ))
            // "Waktu penyediaan dokumen rekam medik", "Waktu pelayanan KTP": the time a
            // service takes, its standard.
            && !(head == "waktu" && matches!(o.text.as_str(), "pelayanan" | "penyediaan"))
            // "peserta didik" are students; visits by tourists or patients are outcomes.
            && !(o.text == "peserta" && after == "didik")
            // Members of a programme ("peserta KB aktif", "peserta JKN", "peserta BPJS
            // Ketenagakerjaan") are the people it covers, not attendants of an event.
            && !(o.text == "peserta"
                && (matches!(after, "kb" | "jkn" | "jkn-kis" | "bpjs" | "jaminan" | "asuransi" | "pbi")
                    || (at + 1..w.len().min(at + 4)).any(|i| text(i) == "aktif")))
            // Visits by users ("kunjungan pemustaka", "kunjungan rawat jalan", "kunjungan
            // situs web") are demand met, not visits the unit made.
            && !(o.text == "kunjungan"
                && matches!(
                    after,
                    "wisatawan"
                        | "wisman"
                        | "wisnus"
                        | "pasien"
                        | "pengunjung"
                        | "turis"
                        | "pemustaka"
                        | "rawat"
                        | "situs"
                        | "website"
                        | "web"
                        | "laman"
                ))
            // "Cakupan kunjungan bayi / neonatal / ibu hamil", "Cakupan pelayanan kesehatan
            // rujukan": the minimum-service-standard coverage of a population reached, not a
            // count of visits or services made.
            && !(coverage && matches!(o.text.as_str(), "kunjungan" | "pelayanan" | "layanan"))
            // "Cakupan pemantauan pertumbuhan balita": the SPM growth-monitoring service, as
            // "balita yang dipantau pertumbuhannya" is.
            && !(coverage && o.text == "pemantauan" && after == "pertumbuhan")
            // "peserta pelatihan yang lulus": participants who achieved something; "lomba yang
            // dimenangkan": competitions won.
            && !((o.text == "peserta" || CONTESTS.contains(&o.text.as_str())) && outcome)
    });
    if let Some(o) = object {
        return Some((o.text.clone(), (o.start, o.end)));
    }
    // "Jumlah studi banding", "Jumlah operasi pasar": an activity named in two words (not one
    // accounted for on time, or one whose count matched the books: "Persentase stock opname
    // yang sesuai dengan catatan persediaan").
    if head != "ketepatan"
        && ACTIVITY_NOUN_PAIRS.contains(&(text(at), after))
        && !outcome
        && !w.iter().any(|x| MET_STANDARD.contains(&x.text.as_str()))
    {
        return Some((
            format!("{} {after}", text(at)),
            (w[at].start, w[at + 1].end),
        ));
    }
    // "Ketepatan jadwal pelaksanaan pertemuan": only the timing of an activity is judged here.
    if head == "ketepatan" {
        return None;
    }
    // "Jumlah layanan umum kantor yang disediakan", "Jumlah pemeliharaan barang milik daerah
    // yang terlayani": counting services provided, with no named output (a month of
    // electricity, a month of office services).
    if head == "jumlah"
        && SERVICE_OBJECTS.contains(&text(1))
        && let Some(v) = w.iter().find(|x| is_verb_of(&x.text, SERVICE_PROVIDED))
    {
        return Some((format!("{} … {}", text(1), v.text), (w[1].start, v.end)));
    }
    // "Jumlah laporan administrasi keuangan yang terlayani": a report is not served; the
    // administration behind it is, as a service provided.
    if head == "jumlah"
        && (RESULT_NOUNS.contains(&text(1)) || SERVICE_OBJECTS.contains(&text(1)))
        && let Some(s) =
            (2..w.len().min(4)).find(|&i| matches!(text(i), "administrasi" | "layanan" | "jasa"))
        && let Some(v) = w.iter().find(|x| is_verb_of(&x.text, SERVED))
    {
        return Some((format!("{} … {}", text(s), v.text), (w[s].start, v.end)));
    }
    if head == "waktu" {
        return None;
    }
    if let Some(found) = record_of_activity(w, w.len()) {
        return Some(found);
    }
    // Participants who passed, complaints followed up: outcomes, whatever was attended.
    if outcome || w.iter().any(|x| RESULT_VERBS.contains(&x.text.as_str())) {
        return None;
    }
    if let Some(found) = took_part(w) {
        return Some(found);
    }
    // "Jumlah kelompok binaan", "Jumlah UMKM binaan Dinas Koperasi", "… binaan tahun 2026",
    // "… binaan yang aktif": the groups coached, with at most whose they are or which year,
    // are the reach of the coaching, as "… yang dibina" is. Not with what they achieved
    // ("Persentase UMKM binaan yang naik kelas", "… binaan dengan omzet meningkat"), nor a
    // place so named ("pedagang di lokasi binaan").
    let achieved_after = |from: usize| {
        w[from..]
            .windows(2)
            .any(|p| p[0].text == "yang" && !matches!(p[1].text.as_str(), "aktif" | "baru"))
            || w[from..].iter().any(|x| {
                matches!(
                    x.text.as_str(),
                    "dengan" | "memiliki" | "mencapai" | "meningkat" | "naik" | "mandiri"
                )
            })
    };
    if matches!(head, "jumlah" | "banyaknya")
        && let Some(b) = (2..w.len().min(5)).find(|&i| text(i) == "binaan")
        && !matches!(text(b - 1), "lokasi" | "kawasan" | "wilayah")
        && !achieved_after(b + 1)
    {
        let named = (1..=b).map(text).collect::<Vec<_>>().join(" ");
        return Some((named, (w[1].start, w[b].end)));
    }
    if head == "jumlah"
        && w.get(1)
            .is_some_and(|x| PAYROLL_PAID.contains(&x.text.as_str()))
        && let Some(found) = paid(w)
    {
        return Some(found);
    }
    // Counting results ("Jumlah dokumen yang diselesaikan") is not counting activities —
    // unless what was done to them is the unit's activity: documents "yang difasilitasi",
    // "yang dievaluasi" are others' products the unit worked on.
    if w.get(1)
        .is_some_and(|x| RESULT_NOUNS.contains(&x.text.as_str()))
        && !(text(2) == "yang" && ACTIVITY_PASSIVES.contains(&text(3)))
    {
        return None;
    }
    // "Jumlah pengendalian …", "Jumlah pengadaan …": a count of a process (a nasal pe(N)-…-an
    // noun) counts its doing. Nouns of money, awards and complaints are results, not doings.
    if matches!(head, "jumlah" | "frekuensi" | "banyaknya")
        && let Some(o) = w.get(1)
        && is_process_count(&o.text)
    {
        return Some((o.text.clone(), (o.start, o.end)));
    }
    // What was done to the counted things: "… yang dievaluasi", "… yang diawasi". Not in the
    // base of a share or a count ("Persentase koperasi sehat dari koperasi yang dibina", "Jumlah
    // UMKM yang naik kelas dari UMKM yang dibina"): there it names who is counted, and what is
    // counted is those who achieved something. The base repeats the counted noun, or the
    // numerator says what they achieved in a clause of its own ("Persentase UMKM dari sektor
    // industri yang dibina" is still a share of those coached).
    let base = matches!(head, "persentase" | "jumlah")
        .then(|| w.iter().position(|x| x.text == "dari"))
        .flatten()
        .filter(|&d| {
            let counted = text(1);
            let after = (d + 1..w.len())
                .map(text)
                .find(|t| !matches!(*t, "total" | "seluruh" | "keseluruhan" | "jumlah" | "semua"));
            after == Some(counted) || w[..d].iter().any(|x| x.text == "yang")
        })
        .unwrap_or(w.len());
    // A share done through a required channel or by a required hand ("Persentase transaksi
    // yang dilaksanakan secara non tunai", "… melalui e-katalog", "… yang dilakukan oleh
    // tenaga kesehatan") measures that channel, not the doing. Done on schedule, to a standard
    // or regularly ("… sesuai jadwal", "… secara tepat waktu", "… secara berkala") is still
    // work done.
    let share = matches!(head, "persentase" | "proporsi");
    let in_a_way = |i: usize| {
        share
            && (matches!(text(i), "melalui" | "oleh" | "menggunakan" | "berbasis")
                || text(i) == "secara"
                    && matches!(
                        text(i + 1),
                        "elektronik"
                            | "non"
                            | "nontunai"
                            | "non-tunai"
                            | "daring"
                            | "online"
                            | "digital"
                            | "virtual"
                    ))
    };
    // "Persentase tindak lanjut … yang dilaksanakan", "… rekomendasi / saran perbaikan /
    // kesepakatan / rencana aksi yang dilaksanakan", "… realisasi anggaran …": what is carried
    // out is itself a result — unless it is an activity's ("anggaran kegiatan sosialisasi").
    let carried = if text(1) == "realisasi" {
        text(2)
    } else {
        text(1)
    };
    let of_an_event = || {
        matches!(carried, "anggaran" | "rencana")
            && w.iter().take_while(|x| x.text != "yang").any(|x| {
                MEETINGS.contains(&x.text.as_str())
                    || matches!(
                        x.text.as_str(),
                        "kegiatan" | "sosialisasi" | "pelatihan" | "bimtek" | "perjalanan"
                    )
            })
    };
    let result_carried_out = |verb: &str| {
        (CARRIED_OUT_RESULTS.contains(&carried)
            || matches!(carried, "saran" | "kesepakatan" | "rencana"))
            && matches!(verb, "dilaksanakan" | "terlaksana")
            && !of_an_event()
    };
    if let Some((_, p)) = w[..base].windows(2).enumerate().find(|(i, p)| {
        p[0].text == "yang"
            && ACTIVITY_PASSIVES.contains(&p[1].text.as_str())
            && !in_a_way(i + 2)
            && !result_carried_out(&p[1].text)
    }) {
        return Some((
            format!("{} {}", p[0].text, p[1].text),
            (p[0].start, p[1].end),
        ));
    }
    ACTIVITY_PHRASES_SET
        .all(w)
        .into_iter()
        .find(|(p, range)| {
            let next = w.iter().position(|x| x.start >= range.1).unwrap_or(w.len());
            let verb = p.strip_prefix("yang ").unwrap_or_default();
            !in_a_way(next) && !result_carried_out(verb)
        })
        .map(|(p, range)| (p.to_string(), range))
}

/// Pay received: "… yang menerima gaji dan tunjangan ASN", "… yang menerima dana penunjang
/// operasional", "… yang menerima hak keuangan" (the outputs of the standard payroll
/// sub-activities).
fn paid(w: &[Word]) -> Option<(String, (usize, usize))> {
    let at = |i: usize| w.get(i).map_or("", |x| x.text.as_str());
    (0..w.len()).find_map(|i| {
        if !matches!(
            at(i),
            "menerima" | "mendapat" | "mendapatkan" | "memperoleh" | "penerima"
        ) {
            return None;
        }
        let end = match (at(i + 1), at(i + 2)) {
            (pay, _) if PAYROLL.contains(&pay) => i + 1,
            ("dana", "penunjang" | "operasional")
            | ("hak", "keuangan")
            | ("tambahan", "penghasilan") => i + 2,
            _ => return None,
        };
        let text = w[i..=end]
            .iter()
            .map(|x| x.text.as_str())
            .collect::<Vec<_>>();
        Some((text.join(" "), (w[i].start, w[end].end)))
    })
}

/// A report about an activity or routine work, the minutes of a meeting, or a certificate of
/// attending one, whose record word is among the first `within` words: "Jumlah Laporan
/// Kegiatan …", "Laporan Hasil Koordinasi …", "Jumlah Berita Acara Musrenbang", "Jumlah
/// Sertifikat Seminar", "Laporan Organisasi dan Tatalaksana", "Laporan paket bahan logistik
/// kantor yang disediakan". Shared by S109, which reads RHKs that are only such a record.
pub(super) fn record_of_activity(w: &[Word], within: usize) -> Option<(String, (usize, usize))> {
    let text = |i: usize| w.get(i).map_or("", |x| x.text.as_str());
    let records = [
        "laporan",
        "sertifikat",
        "dokumen",
        "notulen",
        "notulensi",
        "notula",
    ];
    let minutes = (1..w.len()).find(|&i| text(i - 1) == "berita" && text(i) == "acara");
    for i in (0..w.len().min(within)).filter(|&i| records.contains(&text(i)) || Some(i) == minutes)
    {
        // "Jumlah dokumen pelaksanaan anggaran" counts DPAs, a product.
        if RECORD_PRODUCTS.iter().any(|p| {
            p.split(' ')
                .enumerate()
                .all(|(k, part)| text(i + k) == part)
        }) {
            continue;
        }
        // "Dokumen (secara) periodik penyelenggaraan …": how often says nothing of what about;
        // "Dokumen yang memuat hasil pemberdayaan …" is "Dokumen hasil pemberdayaan …".
        let from = (i + 1..w.len())
            .find(|&k| !RECORD_FREQUENCY.contains(&text(k)))
            .unwrap_or(w.len());
        let from = if text(from) == "yang" && RECORD_CONTAINS.contains(&text(from + 1)) {
            from + 2
        } else {
            from
        };
        let next: Vec<&str> = (from..(from + 3).min(w.len())).map(text).collect();
        let first = match next.as_slice() {
            // "Laporan Hasil Peningkatan Kompetensi …" is "Laporan Peningkatan Kompetensi …";
            // a "Dokumen Hasil Pengendalian …" too (a process's record, not its product).
            ["hasil", n, rest @ ..] => {
                REPORTED_ACTIVITIES.contains(n)
                    || (matches!(text(i), "laporan" | "dokumen")
                        && reports_routine(n, rest.first().copied()))
            }
            [n, rest @ ..] => {
                REPORTED_ACTIVITIES.contains(n)
                    || (text(i) == "dokumen" && DOCUMENTED_ROUTINES.contains(n))
                    || (text(i) == "laporan"
                        && (reports_routine(n, rest.first().copied()) || is_operational_verb(n)))
            }
            [] => false,
        };
        let end = if first {
            Some(if next.first() == Some(&"hasil") {
                from + 1
            } else {
                from
            })
        } else if text(i) == "laporan" {
            reports_listed_routine(w, from)
        } else {
            None
        };
        // A function named in two words is shown whole ("laporan rumah tangga").
        let end = end.map(|e| {
            if REPORTED_ROUTINE_PAIRS.contains(&(text(e), text(e + 1))) {
                e + 1
            } else {
                e
            }
        });
        // "Laporan paket bahan logistik kantor yang disediakan": the supplies were routine.
        if end.is_none()
            && text(i) == "laporan"
            && let Some(v) = reports_provision(&w[i + 1..])
        {
            return Some((format!("laporan … {}", v.text), (w[i].start, v.end)));
        }
        if let Some(end) = end {
            // "berita acara" is one record: shown from "berita".
            let start = if Some(i) == minutes { i - 1 } else { i };
            return Some((
                w[start..=end]
                    .iter()
                    .map(|x| x.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                (w[start].start, w[end].end),
            ));
        }
    }
    None
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in measures(ws) {
        let teks = &cx.teks;
        if cx.kualitatif() || teks.value.is_empty() || accepted(&teks.value, accept) {
            continue;
        }
        let r = read(&teks.value, accept);
        // "Meningkatnya jumlah peserta sosialisasi" counts participants as "Jumlah …" does.
        let r = r.after_state(accept, &ws.config.vocab).unwrap_or(r);
        let counted = counted(&r);
        let counted_kind = counted.as_ref().map(|(kind, _)| *kind);
        let (found, help) = match counted {
            // A count of reports: what the reported work achieved is the measure.
            Some((Counted::Record, found)) => (Some(found), Msg::HelpSActivityRecord),
            Some((Counted::Activity, found)) => (Some(found), Msg::HelpSActivityCount),
            Some((Counted::Work, found)) => (Some(found), Msg::HelpSStatesWork),
            None => (
                cx.org.then(|| counts_checked(&r)).flatten(),
                Msg::HelpSActivityChecked,
            ),
        };
        let Some((kata, range)) = found else {
            continue;
        };
        let msg = match counted_kind {
            Some(Counted::Work) => Msg::SStatesWork { kata: kata.clone() },
            _ if r.head.is_none() => Msg::SRecordsActivity { kata: kata.clone() },
            _ => Msg::SActivityCount { kata: kata.clone() },
        };
        out.push(
            cx.diag(RULE.code, sub_span(ws, cx.doc, teks, range), msg)
                .arg("kata", kata)
                .help(help),
        );
    }
}

/// A report whose subjects, listed after it, include a routine or an activity by name:
/// "Laporan Organisasi dan Tatalaksana", "Laporan Hukum dan Kehumasan". Only the named lists
/// (not the pe(N)-…-an morphology) count after the first subject, so "Laporan realisasi
/// anggaran dan penyerapan …" stays a product. Returns where that subject is.
fn reports_listed_routine(w: &[Word], from: usize) -> Option<usize> {
    let text = |i: usize| w.get(i).map_or("", |x| x.text.as_str());
    (from + 1..(from + 4).min(w.len())).find(|&k| {
        matches!(text(k - 1), "dan" | "serta")
            && (REPORTED_ACTIVITIES.contains(&text(k))
                || REPORTED_ROUTINES.contains(&text(k))
                || REPORTED_ROUTINE_PAIRS.contains(&(text(k), text(k + 1))))
    })
}

/// An organisation's count of documents it checked: "Jumlah RKA-SKPD yang diverifikasi" is the
/// unit's activity, as "yang dievaluasi" is. Only for PK and Renstra indicators: the verifier's
/// own IKI ("Jumlah berkas permohonan yang diverifikasi", under a quality IKI) counts the
/// output of the job. Checked against a standard ("… yang diverifikasi paling lambat 2 hari
/// kerja", "… sesuai SOP") it is the service level, not flagged either.
fn counts_checked(r: &super::Reading) -> Option<(String, (usize, usize))> {
    // A count only: "Persentase desa ODF yang diverifikasi" is a share that reached a status.
    if !matches!(r.head.as_deref(), Some("jumlah" | "banyaknya")) {
        return None;
    }
    let w = &r.words;
    // Places and people verified ("Jumlah desa ODF yang diverifikasi") reached a status.
    if w.get(1)
        .and_then(|x| count_kind(&x.text))
        .is_some_and(|k| matches!(k, CountKind::Place | CountKind::Person))
    {
        return None;
    }
    let within_standard = w.iter().any(|x| {
        let t = x.text.as_str();
        MET_STANDARD.contains(&t)
            || matches!(t, "lambat" | "hari" | "jam" | "menit" | "tanpa")
            || (RESULT_VERBS.contains(&t) && !CHECKED.contains(&t))
    });
    if within_standard || w.iter().any(|x| OUTCOMES.contains(&x.text.as_str())) {
        return None;
    }
    let p = w
        .windows(2)
        .find(|p| p[0].text == "yang" && CHECKED.contains(&p[1].text.as_str()))?;
    Some((
        format!("{} {}", p[0].text, p[1].text),
        (p[0].start, p[1].end),
    ))
}

/// People or units counted for taking part in an activity: "… yang mengikuti pelatihan", "…
/// yang mendapatkan pembinaan", "lembaga yang berkoordinasi". Attending is always taking part;
/// receiving a service ("mendapatkan pelayanan antenatal") is the citizen's outcome, and so is
/// what participants achieved ("peserta yang lulus", "… yang ditindaklanjuti").
pub(super) fn took_part(w: &[Word]) -> Option<(String, (usize, usize))> {
    if achieved(w) || w.iter().any(|x| RESULT_VERBS.contains(&x.text.as_str())) {
        return None;
    }
    // "… yang belum pernah mengikuti pelatihan", "… yang tidak mendapat pembinaan": those who
    // never took part are counted, a lack (S108's concern), not an activity.
    let denied =
        |i: usize| i >= 1 && matches!(w[i - 1].text.as_str(), "tidak" | "belum" | "pernah");
    let (_, p) = w.windows(2).enumerate().find(|(i, p)| {
        let (verb, obj) = (p[0].text.as_str(), p[1].text.as_str());
        (ATTENDING.contains(&verb)
            || (PARTICIPATION.contains(&verb)
                && ACTIVITY_NOUNS.contains(&obj)
                && !matches!(obj, "pelayanan" | "penyediaan")))
            && !denied(*i)
    })?;
    Some((
        format!("{} {}", p[0].text, p[1].text),
        (p[0].start, p[1].end),
    ))
}

/// Whether the text names an outcome of taking part: a pass, a certificate received ("… dan
/// mendapat sertifikasi").
fn achieved(w: &[Word]) -> bool {
    w.iter().any(|x| OUTCOMES.contains(&x.text.as_str()))
        || w.windows(2).any(|p| {
            matches!(
                p[0].text.as_str(),
                "mendapat" | "mendapatkan" | "memperoleh"
            ) && matches!(p[1].text.as_str(), "sertifikasi" | "sertifikat")
        })
}

/// A nasal process noun ("pengendalian", "pembinaan", "penyusunan"), not one of the results such
/// nouns also name (revenue, awards, placements).
fn is_process_count(word: &str) -> bool {
    word.chars().count() >= 9
        && word.ends_with("an")
        && ["pem", "pen", "peng", "peny"]
            .iter()
            .any(|p| word.starts_with(p))
        && !PROCESS_RESULTS.contains(&word)
        && !super::lexicon::REPORT_PRODUCTS.contains(&word)
}
