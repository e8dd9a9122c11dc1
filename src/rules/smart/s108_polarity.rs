use super::lexicon::{
    ACTIVITY_NOUN_PAIRS, ACTIVITY_NOUNS, DECREASE_HANDLED, DECREASE_HANDLED_SET, DECREASING_SET,
    NOT_ACTED_ON, RESULT_NOUNS, RESULT_VERBS, TIME_WORDS, Word, is_lack, standard_measure,
};
use super::{measures, read};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::target::{Comparator, TargetValue, UnitClass, classify_unit};
use crate::model::vocab::Polaritas;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Polaritas yang bertentangan dengan indikatornya: `polaritas: turun` pada indikator yang
    /// menghitung hasil yang diselesaikan ("Jumlah dokumen yang diselesaikan": makin banyak makin
    /// baik; hari yang dihitung, "Jumlah hari layanan penerbitan izin", adalah lama waktu, bukan
    /// hasil), atau `naik` (bawaan) pada indikator yang makin rendah makin baik: waktu atau lama
    /// penyelesaian ("Rata-rata waktu penyelesaian"; waktu yang ditargetkan dalam `%` adalah bagian
    /// yang dilayani dalam waktu baku, makin tinggi makin baik), dan hal yang semestinya berkurang
    /// — angka kematian, kemiskinan, pengangguran, prevalensi stunting, jumlah keluhan, aduan,
    /// kasus, temuan, tunggakan, kerugian, penyimpangan, anemia, desa tertinggal, kekurangan apa
    /// pun yang baik ("ketidaksesuaian", "ketidakhadiran"), hal yang melanggar aturan ("illegal
    /// fishing", "bangunan liar", "kendaraan over dimensi"), kerugian yang dialami ("infeksi",
    /// "anak terlantar", "obat kedaluwarsa", "berkas yang ditolak"), juga penderita, kehilangan
    /// ("kehilangan pascapanen"), gugatan dan keberatan, buang air besar sembarangan, juga indeks
    /// baku yang turun seperti AKI, AKB, TPT, rasio Gini dan Indeks Williamson. Begitu pula yang
    /// dihitung bila yang dihitung masih kekurangan sesuatu ("desa
    /// yang belum memiliki akses listrik", "rekomendasi yang belum ditindaklanjuti", "penduduk
    /// yang tidak memiliki jaminan kesehatan", "rumah tangga tanpa listrik", "bangunan tanpa
    /// izin", "pegawai yang belum pernah mengikuti pelatihan", "balita yang tidak ditimbang"),
    /// kecuali kekurangan itu hanya menyebut sasaran pekerjaan yang dihitung
    /// ("pendampingan bagi desa yang belum mandiri") atau perubahannya ("desa yang sebelumnya
    /// belum ODF menjadi ODF"). Sanksi yang dijatuhkan
    /// ("pegawai yang dijatuhi hukuman disiplin") dan keadaan yang dialami ("hutan yang
    /// terbakar", "sungai yang tercemar") adalah hal buruk itu sendiri; biaya ("Biaya rata-rata
    /// pengurusan izin") juga makin rendah makin baik. Hal buruk yang disangkal ("pegawai yang
    /// tidak pernah terlambat", "desa bebas narkoba", "komunitas anti korupsi", "persalinan tanpa
    /// komplikasi") adalah hal baik, begitu pula sarana untuk menyampaikannya ("sistem
    /// pengaduan", "kanal pengaduan", "layanan pengaduan"). Tidak ditandai bila teksnya menghitung penanganannya
    /// ("kasus yang ditangani", "temuan yang ditindaklanjuti", "keluarga miskin yang menerima
    /// bantuan", "penurunan angka kemiskinan",
    /// "Persentase berkurangnya pengaduan", yang mengukur penurunannya,
    /// "angka kesembuhan TBC", "aset rusak berat yang telah dihapuskan", "desa tertinggal yang
    /// naik status", "kasus illegal fishing yang ditindak", "serangan OPT yang dikendalikan", "kasus yang
    /// diperiksa", "memonitor serangan hama") atau
    /// targetnya ditulis sebagai batas atas (`≤ 2 %`, `maksimal 5 kasus`). Berlaku juga untuk
    /// indikator PK dan Renstra, yang kini dapat diberi `polaritas`.
    ///
    /// ## Mengapa
    /// Polaritas menentukan arah capaian: kondisi normal (makin tinggi makin baik) dan kondisi
    /// khusus (makin rendah makin baik) (PermenPANRB 8/2021, yang prinsipnya masih dipakai dalam pelatihan SKP). Polaritas yang
    /// terbalik membuat capaian terhitung terbalik.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Rata-rata waktu penyelesaian permohonan izin
    ///         target: ≤ 3 hari kerja
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Rata-rata waktu penyelesaian permohonan izin
    ///         target: ≤ 3 hari kerja
    ///         polaritas: turun
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S108 -- alasan`.
    code: "S108",
    name: "polarity-contradicts",
    level: Warning,
    summary: ("Polaritas bertentangan dengan indikator", "Polarity contradicts the indicator"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in measures(ws) {
        // A deadline is met by a date, whatever the polarity says.
        let deadline = cx
            .target
            .is_some_and(|t| matches!(t.value, crate::model::skp::Target::Tenggat { .. }));
        if cx.kualitatif() || deadline {
            continue;
        }
        let r = read(&cx.teks.value, accept);
        let head = r.head.as_deref().unwrap_or("");
        let pol = cx.polaritas;
        let d = direction(&r, cx.target, cx.satuan.map(|s| s.value.as_str()));
        let (time_head, counts_results, cost_head) = (d.time_head, d.counts_results, d.cost_head);
        let bad_thing = d.bad_thing().map(str::to_string);
        // `polaritas: naik` written is not "the default", and is changed, not added.
        let tertulis = cx.polaritas_span.is_some();
        let wrong = match pol {
            Polaritas::Turun => counts_results,
            Polaritas::Naik => time_head || bad_thing.is_some(),
        };
        if !wrong {
            continue;
        }
        if pol == Polaritas::Naik
            && let Some(kata) = bad_thing
        {
            let span = cx.polaritas_span.unwrap_or(cx.teks.span);
            out.push(
                cx.diag(
                    RULE.code,
                    span,
                    Msg::SPolarityDecreasing {
                        kata: kata.clone(),
                        tertulis,
                    },
                )
                .arg("polaritas", "naik")
                .arg("kata", kata)
                .help(if cost_head {
                    Msg::HelpSPolarityCost { tertulis }
                } else {
                    Msg::HelpSPolarityDecreasing { tertulis }
                }),
            );
            continue;
        }
        let span = cx.polaritas_span.unwrap_or(cx.teks.span);
        let (msg, help) = match pol {
            Polaritas::Turun => (Msg::SPolarityDown, Msg::HelpSPolarityDown),
            Polaritas::Naik => (
                Msg::SPolarityUp { tertulis },
                Msg::HelpSPolarityUp { tertulis },
            ),
        };
        out.push(
            cx.diag(RULE.code, span, msg)
                .arg(
                    "polaritas",
                    if pol == Polaritas::Turun {
                        "turun"
                    } else {
                        "naik"
                    },
                )
                .arg("kata_ukuran", head)
                .help(help),
        );
    }
}

/// How an indicator's text says its measure moves, read once for S108 and for S103 (a target of
/// nothing is an aim only of a measure better when lower).
pub(super) struct Direction {
    /// "Waktu …", "Lama …", "Rata-rata waktu …": better when shorter.
    pub time_head: bool,
    /// "Jumlah dokumen yang diselesaikan": results counted, better when more.
    pub counts_results: bool,
    /// "Biaya …": better when lower.
    pub cost_head: bool,
    /// The bad thing the text names (kematian, pengaduan, ketidaksesuaian …), if any, before
    /// the readings below say whether it is the measure.
    pub named_bad_thing: Option<String>,
    /// "… yang ditindaklanjuti", "penanganan …", "penurunan …": good work on the bad thing.
    pub handled: bool,
    /// Of those, the ones named by a word of handling ("penanganan", "ditindaklanjuti",
    /// "bebas"), not only by a passive after "yang" (which a bad state can be: "yang dipasung").
    pub handled_by_name: bool,
    /// "Persentase penurunan …", "Persentase berkurangnya …": a share of a reduction, better
    /// when higher.
    pub reduction: bool,
    /// "maksimal", "menurun", "waktu": the text states the direction itself.
    pub stated: bool,
    /// A target written as an upper bound (`≤ 2 %`).
    pub upper_bound: bool,
    /// "Jumlah dokumen peta rawan bencana": documents or activities about the bad thing.
    pub counts_products: bool,
    /// "Jumlah desa yang belum memiliki akses listrik", "Persentase keluarga tanpa jamban": the
    /// things counted are the ones still lacking something, whatever they are.
    pub lacking: Option<String>,
}

impl Direction {
    /// The bad thing that is the measure itself, so that less of it is better.
    pub fn bad_thing(&self) -> Option<&str> {
        let unsaid = !self.handled && !self.stated && !self.upper_bound && !self.time_head;
        // The lack first: it is what is counted ("penduduk yang belum memiliki akta kematian"
        // counts no deaths). Reports or recommendations not yet followed up are counted too,
        // not only the subject of the products counted.
        self.lacking.as_deref().filter(|_| unsaid).or(self
            .named_bad_thing
            .as_deref()
            .filter(|_| unsaid && !self.counts_products))
    }

    /// Whether the text reads as a measure that is better when lower.
    pub fn lower_is_better(&self) -> bool {
        self.time_head
            || self.cost_head
            || self.stated && !self.reduction
            || self.upper_bound
            || self.bad_thing().is_some()
    }
}

/// Reads how `r`'s measure moves, with its `target` (an upper bound states it too) and the
/// `satuan` written apart from it.
pub(super) fn direction(
    r: &super::Reading,
    target: Option<&crate::model::Sp<crate::model::skp::Target>>,
    satuan: Option<&str>,
) -> Direction {
    let head = r.head.as_deref().unwrap_or("");
    // "Waktu tunggu rawat jalan ≤ 60 menit" with a target of 80 %: a time in percent is the
    // share served within the standard time, better when higher.
    let in_percent = target
        .and_then(|t| t.value.quantity())
        .and_then(|q| q.unit.as_deref())
        .or(satuan)
        .is_some_and(|u| classify_unit(u, &[]) == UnitClass::Percent);
    // "Rata-rata lama sekolah" counts schooling, "lama menginap/tinggal wisatawan" a stay,
    // "lama pemberian ASI" breastfeeding: durations that are better longer.
    let longer_better = r.words.iter().any(|w| {
        matches!(
            w.text.as_str(),
            "sekolah" | "pendidikan" | "menginap" | "tinggal" | "asi" | "menyusui" | "hidup"
        )
    });
    let time_head = !longer_better
        && !in_percent
        && (matches!(head, "waktu" | "lama" | "durasi")
            || head == "rata-rata"
                && r.words
                    .get(1)
                    .is_some_and(|w| w.text == "waktu" || w.text == "lama"));
    // Complaints or requests *received* are incoming work, not finished results.
    let incoming = r.words.iter().any(|w| {
        matches!(
            w.text.as_str(),
            "pengaduan" | "keluhan" | "permohonan" | "aduan"
        )
    }) && r
        .words
        .iter()
        .any(|w| w.text == "diterima" || w.text == "masuk");
    // "Jumlah hari layanan penerbitan KKPR yang terbit": days counted, whichever way they
    // should go, not the results.
    let counts_days = r
        .words
        .get(1)
        .is_some_and(|w| TIME_WORDS.contains(&w.text.as_str()) || w.text == "menit");
    let counts_results = matches!(head, "jumlah" | "persentase")
        && !incoming
        && !counts_days
        && r.words
            .iter()
            .any(|w| RESULT_VERBS.contains(&w.text.as_str()));
    // Things better when fewer (mortality, unemployment, complaints), unless the text counts
    // them handled or reduced; a target written as an upper bound already says "lower".
    let upper_bound = target.and_then(|t| t.value.quantity()).is_some_and(|q| {
        matches!(
            q.value,
            TargetValue::Bound {
                comparator: Comparator::AtMost,
                ..
            }
        )
    });
    // "… yang ditutup", "… yang didisposisikan", "… yang terverifikasi tertutup": a passive
    // verb after "yang" says what was done about the bad thing, which is the measure.
    // "… yang telah dihapuskan" too; "… yang belum ditangani" is not handled.
    let acted_on = r.words.iter().enumerate().any(|(i, w)| {
        if w.text != "yang" {
            return false;
        }
        let Some(v) = r.words[i + 1..]
            .iter()
            .find(|x| !matches!(x.text.as_str(), "telah" | "sudah" | "berhasil" | "dapat"))
        else {
            return false;
        };
        let v = v.text.as_str();
        v.chars().count() > 5
            && (v.starts_with("di") || v.starts_with("ter"))
            && !NOT_ACTED_ON.contains(&v)
    });
    let lack = lacking(&r.words, head);
    // What is lacking is no handling: "tanpa listrik", "belum memiliki akta kelahiran" (the
    // lack, up to the next clause).
    let lack_scope = lack.as_ref().map(|(at, _)| {
        let end = r.words[at + 1..]
            .iter()
            .find(|w| w.text == "yang")
            .map_or(usize::MAX, |w| w.start);
        (r.words[*at].start, end)
    });
    let in_lack =
        |range: (usize, usize)| lack_scope.is_some_and(|(a, b)| range.0 >= a && range.0 < b);
    // "… tidak terkendali", "… belum ditindaklanjuti" deny the handling.
    let handled_by_name = DECREASE_HANDLED_SET
        .all(&r.words)
        .into_iter()
        .any(|(_, range)| !(denied(&r.words, range) || in_lack(range)));
    // "Persentase anak tidak sekolah yang kembali bersekolah": back out of the bad state.
    let returned = r
        .words
        .windows(2)
        .any(|p| p[0].text == "yang" && p[1].text == "kembali");
    let handled = acted_on || handled_by_name || returned;
    // The text itself states the direction ("maksimal 1 % per bulan", "menurun"), or
    // measures a time ("waktu tanggap kebakaran").
    // "Persentase berkurangnya pengaduan" measures the reduction, which is better when
    // higher. ("Menurunnya angka kematian ibu menjadi 100" states a wish; its measure is
    // still the rate, and its target is better when lower.)
    let reduction = r.words.get(1).is_some_and(|w| {
        matches!(
            w.text.as_str(),
            "berkurangnya" | "menurunnya" | "turunnya" | "penurunan" | "pengurangan"
        )
    });
    let stated = reduction
        || r.words.iter().any(|w| {
            matches!(
                w.text.as_str(),
                "maksimal" | "maks" | "maximal" | "turun" | "menurun" | "waktu" | "lama" | "durasi"
            )
        });
    // "Jumlah dokumen peta rawan kebakaran": the count is of documents; the bad thing is
    // only their subject.
    let counts_products = matches!(head, "jumlah" | "persentase")
        // "peserta didik" are students, not those who attended something.
        && !(r.words.get(1).is_some_and(|w| w.text == "peserta")
            && r.words.get(2).is_some_and(|w| w.text == "didik"))
        && r.words.get(1).is_some_and(|w| {
            RESULT_NOUNS.contains(&w.text.as_str())
                // "Jumlah rembuk stunting": meetings about the bad thing (S110's concern).
                || ACTIVITY_NOUNS.contains(&w.text.as_str())
                || r.words.get(2).is_some_and(|n| {
                    ACTIVITY_NOUN_PAIRS.contains(&(w.text.as_str(), n.text.as_str()))
                })
        });
    // "Biaya rata-rata pengurusan izin", "Rata-rata biaya …": a cost is better when lower.
    let cost_head =
        head == "biaya" || head == "rata-rata" && r.words.get(1).is_some_and(|w| w.text == "biaya");
    let bad_thing = cost_head
        .then(|| "biaya".to_string())
        .or_else(|| {
            standard_measure(&r.words)
                .filter(|s| s.decreasing)
                .map(|s| s.name.to_string())
        })
        .or_else(|| {
            // "Persentase laporan yang tidak (pernah) terlambat": the bad thing, denied, is
            // good.
            DECREASING_SET
                .all(&r.words)
                .into_iter()
                .find(|(p, range)| {
                    !denied(&r.words, *range)
                        && !channel_for(p, &r.words, *range)
                        && !topic_of(p, &r.words, *range)
                        && !taken_up_after(&r.words, *range)
                })
                .map(|(p, _)| p.to_string())
        })
        .or_else(|| {
            // Incidents counted ("Jumlah kejadian tertusuk jarum", "Kejadian reaksi
            // transfusi"): what a plan counts as "kejadian" is what it wants fewer of. Only as
            // the thing counted: "2 jam sebelum kejadian" is when a forecast is issued.
            let at = usize::from(!head.is_empty());
            (r.words.get(at).is_some_and(|w| w.text == "kejadian")).then(|| "kejadian".into())
        })
        .or_else(|| {
            r.words
                .iter()
                .find(|w| is_lack(&w.text))
                .map(|w| w.text.clone())
        });
    Direction {
        time_head,
        counts_results,
        cost_head,
        named_bad_thing: bad_thing,
        handled,
        handled_by_name,
        reduction,
        stated,
        upper_bound,
        counts_products,
        lacking: lack.map(|(_, phrase)| phrase),
    }
}

/// What the things counted still lack, when a count or share is of them: "Jumlah desa yang
/// belum memiliki akses listrik" (`belum memiliki`), "Persentase rekomendasi yang belum
/// ditindaklanjuti", "Persentase penduduk yang tidak memiliki jaminan kesehatan", "Jumlah
/// rumah tangga tanpa listrik". Not when the lack only says whom work was for ("Jumlah
/// pendampingan bagi desa yang belum mandiri", "Persentase pemenuhan sarana sekolah yang belum
/// …"): then the work is counted.
fn lacking(words: &[Word], head: &str) -> Option<(usize, String)> {
    /// Verbs whose denial ("tidak memiliki") is a lack; other denials are of bad things
    /// ("tidak terlambat") or say nothing of direction.
    const HAVING: &[&str] = &[
        "memiliki",
        "mempunyai",
        "punya",
        "mendapat",
        "mendapatkan",
        "memperoleh",
        "menerima",
        "terlayani",
        "terjangkau",
        "terdaftar",
        "bersekolah",
        "mengikuti",
    ];
    /// Services whose denial ("tidak ditimbang", "tidak tertangani") is a lack of them.
    const RECEIVED: &[&str] = &[
        "ditimbang",
        "diimunisasi",
        "divaksinasi",
        "diperiksa",
        "ditangani",
        "tertangani",
        "dilayani",
        "terdata",
        "tercatat",
        "diobati",
        "diakreditasi",
        "terakreditasi",
    ];
    /// Goods whose absence ("tanpa akses") is a lack; "tanpa" before anything else usually
    /// denies a bad thing or names a way of working ("tanpa kertas", "tanpa tatap muka").
    const GOODS: &[&str] = &[
        "akses",
        "listrik",
        "jamban",
        "sanitasi",
        "air",
        "jaminan",
        "asuransi",
        "pekerjaan",
        "penghasilan",
        "identitas",
        "akta",
        "izin",
        "ijin",
        "sertifikat",
    ];
    /// Words that make what follows them the beneficiary of counted work, not the thing
    /// counted.
    const FOR: &[&str] = &[
        "bagi", "untuk", "kepada", "terhadap", "pada", "dalam", "melalui", "dengan", "oleh", "ke",
        "di", "dari", "atas",
    ];
    /// Places and bodies that read like a process noun ("pe…an").
    const ENTITIES: &[&str] = &[
        "perusahaan",
        "pelanggan",
        "perumahan",
        "permukiman",
        "pemukiman",
        "pedesaan",
        "perkotaan",
    ];
    if !matches!(
        head,
        "jumlah" | "persentase" | "proporsi" | "rasio" | "angka"
    ) {
        return None;
    }
    // A process noun counted comes first ("Jumlah pendampingan …"); later, such a word only
    // qualifies the thing counted ("usaha pertambangan tanpa izin").
    let counted_work = |i: usize, w: &str| {
        FOR.contains(&w)
            || ACTIVITY_NOUNS.contains(&w)
            || DECREASE_HANDLED.contains(&w)
            || i == 1 && w.starts_with("pe") && w.ends_with("an") && !ENTITIES.contains(&w)
    };
    // "sekolah yang tidak memiliki kasus perundungan": having no bad thing is good.
    let bad_after = |i: usize| {
        words.get(i).is_some_and(|w| {
            DECREASING_SET
                .all(words)
                .iter()
                .any(|(_, range)| range.0 == w.start)
        })
    };
    // The lack must follow the counted thing closely: a few words of it, then the lack.
    for (i, w) in words.iter().enumerate().skip(1).take(7) {
        let next = words.get(i + 1).map(|n| n.text.as_str());
        let lack = match (w.text.as_str(), next) {
            // "belum pernah mengikuti pelatihan" lacks it; "belum pernah terlambat" does not.
            ("belum", Some("pernah")) => {
                words.get(i + 2).is_some_and(|v| {
                    HAVING.contains(&v.text.as_str()) || RECEIVED.contains(&v.text.as_str())
                }) && !bad_after(i + 3)
            }
            ("belum", Some(n)) if n != "waktunya" => !bad_after(i + 2),
            ("tidak", Some(n)) => {
                (HAVING.contains(&n) || RECEIVED.contains(&n)) && !bad_after(i + 2)
            }
            ("tanpa", Some(n)) => GOODS.contains(&n),
            _ => false,
        };
        // "desa yang sebelumnya belum ODF menjadi ODF" counts the change out of the lack.
        let changed = words[i + 1..].iter().any(|x| x.text == "menjadi")
            || i >= 1 && words[i - 1].text == "sebelumnya";
        if lack {
            return (!changed).then(|| (i, format!("{} {}", w.text, next.unwrap_or_default())));
        }
        if counted_work(i, &w.text) {
            return None;
        }
    }
    None
}

/// Whether the phrase at `range` is denied: "tidak terlambat", "tidak pernah terlambat",
/// "tidak terkendali"; or what is free of it, against it or without it: "desa bebas narkoba",
/// "komunitas anti korupsi", "persalinan tanpa komplikasi", "desa stop BABS".
fn denied(words: &[Word], range: (usize, usize)) -> bool {
    let at = words.iter().position(|w| w.start == range.0);
    let before = |n: usize| {
        at.and_then(|i| i.checked_sub(n))
            .map(|i| words[i].text.as_str())
    };
    matches!(
        before(1),
        Some("tidak" | "belum" | "bebas" | "anti" | "tanpa" | "stop")
    ) || matches!(before(1), Some("pernah" | "lagi" | "dapat" | "bisa"))
        && matches!(before(2), Some("tidak" | "belum"))
        // "sekolah yang tidak memiliki kasus perundungan", "tidak ada kasus baru", "konten
        // yang tidak memerlukan ralat", "pangan yang tidak mengandung residu", "perkara yang
        // tidak mengajukan upaya hukum"
        || matches!(
            before(1),
            Some(
                "memiliki"
                    | "mempunyai"
                    | "ada"
                    | "terdapat"
                    | "memerlukan"
                    | "perlu"
                    | "mengalami"
                    | "mengandung"
                    | "menimbulkan"
                    | "mengajukan"
            )
        ) && matches!(before(2), Some("tidak" | "belum"))
}

/// Whether the bad thing at `range` is not what is counted but what the counted work, aid or
/// product is about, named before it in the same phrase (a relative clause, "yang …", ends
/// the phrase): a document or an event ("Jumlah laporan kematian", "… pelatihan siaga
/// kebakaran", "Jumlah rilis data kemiskinan"), work done on it ("Persentase evakuasi korban
/// bencana", "Jumlah penagihan tunggakan pajak"), aid or those who bring it ("Jumlah bantuan
/// bagi korban bencana", "Jumlah petugas pemadam kebakaran"), or whom it is for ("… untuk
/// keluarga miskin"). Complaints keep their own reading ("laporan pengaduan" is a complaint).
fn topic_of(phrase: &str, words: &[Word], range: (usize, usize)) -> bool {
    /// Documents, information products and events that are about something.
    const ABOUT: &[&str] = &[
        "laporan",
        "dokumen",
        "naskah",
        "kajian",
        "rekomendasi",
        "rancangan",
        "usulan",
        "publikasi",
        "modul",
        "data",
        "peta",
        "rencana",
        "profil",
        "buku",
        "pedoman",
        "materi",
        "rilis",
        "infografis",
        "brs",
        "berita",
        "analisis",
        "statistik",
        "leaflet",
        "poster",
        "konten",
        "pelatihan",
        "sosialisasi",
        "penyuluhan",
        "simulasi",
        "kampanye",
        "edukasi",
        "seminar",
        "workshop",
        "lokakarya",
        "bimtek",
        "diklat",
        "rapat",
        "pertemuan",
        "rakor",
        "fgd",
        "diskusi",
        "rembuk",
        "gladi",
        "konseling",
    ];
    /// Work done on the bad thing, aid against it and those who bring it, and the
    /// prepositions of whom the work is for.
    const WORK_ON: &[&str] = &[
        "evakuasi",
        "pemadaman",
        "penagihan",
        "pengembalian",
        "pemulangan",
        "pelunasan",
        "pengamanan",
        "verifikasi",
        "pemberdayaan",
        "perlindungan",
        "pemeriksaan",
        "pelacakan",
        "asesmen",
        "assessment",
        "investigasi",
        "rujukan",
        "penyelidikan",
        "pendampingan",
        "fogging",
        "penjangkauan",
        "skrining",
        "deteksi",
        "santunan",
        "bantuan",
        "beasiswa",
        "sembako",
        "layanan",
        "kunjungan",
        "visit",
        "pemadam",
        "pengendali",
        "pendamping",
        "hidran",
        "panti",
        "posko",
        "shelter",
        "singgah",
        "operasi",
        "razia",
        "patroli",
        "pencarian",
        "bagi",
        "untuk",
        "kepada",
        "terhadap",
    ];
    // A complaint reported is a complaint ("laporan pengaduan"); one verified or followed up
    // is work done on it. (A channel for complaints is [`channel_for`]'s.)
    let complaint = matches!(phrase, "pengaduan" | "aduan" | "keluhan" | "komplain");
    let at = words.iter().position(|w| w.start == range.0).unwrap_or(0);
    words[..at]
        .iter()
        .rev()
        .take_while(|w| w.text != "yang")
        .any(|w| {
            let w = w.text.as_str();
            !complaint && ABOUT.contains(&w)
                || WORK_ON.contains(&w) && !(complaint && w == "layanan")
        })
}

/// Whether the things counted took up something good after the bad thing that names them:
/// "Persentase penduduk miskin yang memiliki jaminan kesehatan", "Jumlah pengangguran yang
/// mengikuti pelatihan berbasis kompetensi", "Persentase ibu hamil anemia yang mengonsumsi
/// TTD". Before it, the same verbs name the bad thing they have ("balita yang memiliki status
/// gizi buruk"); denied, a lack ("yang belum mengikuti").
fn taken_up_after(words: &[Word], range: (usize, usize)) -> bool {
    const UPTAKE: &[&str] = &[
        "memiliki",
        "mempunyai",
        "mengikuti",
        "ikut",
        "memanfaatkan",
        "mengakses",
        "mengonsumsi",
        "mengkonsumsi",
        "menempati",
    ];
    words
        .iter()
        .filter(|w| w.start >= range.1 && UPTAKE.contains(&w.text.as_str()))
        .any(|w| !denied(words, (w.start, w.end)))
}

/// Whether the complaint `phrase` at `range` (byte offsets) only names what a channel or a
/// system is for: "sistem pengaduan masyarakat", "layanan pengaduan", "kanal pengaduan" are ways
/// to complain, which a unit is right to want more of. (Other bad things after such a word are
/// counted: "Jumlah unit RTLH", "sarana rusak berat", "layanan terlambat".)
fn channel_for(phrase: &str, words: &[Word], range: (usize, usize)) -> bool {
    if !matches!(phrase, "pengaduan" | "aduan" | "keluhan" | "komplain") {
        return false;
    }
    const CHANNELS: &[&str] = &[
        "sistem",
        "layanan",
        "kanal",
        "saluran",
        "aplikasi",
        "mekanisme",
        "unit",
        "pos",
        "posko",
        "media",
        "sarana",
        "pusat",
        "loket",
        "meja",
    ];
    let at = words.iter().position(|w| w.start == range.0);
    at.and_then(|i| i.checked_sub(1))
        .is_some_and(|i| CHANNELS.contains(&words[i].text.as_str()))
}
