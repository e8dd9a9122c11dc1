use super::lexicon::{
    ACTIVITY_STATES, DONE_ROUTINES, EVALUATIVE, GOVERNANCE_STANDARDS, MET_STANDARD, REACHED_LEADS,
    REACHED_ROUTINES, Word, accepted, contains_phrase, is_activity_lead, is_normative, words,
};
use super::s110_activity_count::{activity, record_of_activity, took_part};
use super::{capitalize, read, results, sub_span};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::workspace::config::VocabSection;

declare_rule! {
    /// ## Apa yang diperiksa
    /// RHK yang diawali kata kerja operasional (`Melaksanakan`, `Melakukan`, `Membuat`,
    /// `Mengikuti`, `Menyusun`, `Mengelola`, `Mengoordinasikan`, dan kata kerja me(N)- lain),
    /// kategori kegiatan (`Sosialisasi …`, `Monitoring …`, `Fasilitasi …`), atau yang hanya
    /// menyatakan kegiatan terlaksana (`Terlaksananya kegiatan …`, `Terselenggaranya rapat …`,
    /// `Terlaksananya layanan administrasi sekolah`, `Terlaksananya pengelolaan aset`,
    /// `Tercapainya pengelolaan keuangan BOS`; tidak
    /// bila RHK menyebut standar yang dipenuhi: `… tepat sasaran`, `… secara akurat sesuai
    /// ketentuan`, `… sesuai standar pelayanan minimal`; prosedur dan tenggat yang dimiliki
    /// setiap tugas, `… sesuai SOP dan tepat waktu`, tidak menjadikan kegiatan itu hasil);
    /// juga nama subkegiatan anggaran yang disalin sebagai hasil (`Penyediaan peralatan rumah
    /// tangga`, `Pemeliharaan barang milik daerah`, `Penatausahaan keuangan SKPD`) dan RHK yang
    /// hanya menyebut catatan sebuah kegiatan atau pekerjaan rutin, dibaca seperti S110 membaca
    /// indikator (`Laporan pemeliharaan sarana dan prasarana`, `Tersusunnya laporan pengelolaan
    /// aset sekolah`, `Laporan organisasi dan tatalaksana`, `Laporan paket bahan logistik kantor
    /// yang disediakan`); temuannya menunjuk catatan itu, dan laporannya cukup menjadi bukti
    /// dukung.
    ///
    /// Judul bagian formulir yang ikut tersalin di depan RHK (`UNSUR UTAMA : Melaksanakan …`)
    /// dilewati: kata sesudahnya yang dinilai.
    ///
    /// Juga RHK yang menyatakan bertambahnya kegiatan, pesertanya, atau catatannya, seperti
    /// yang ditandai S110 pada indikator (dibaca dengan aturan yang sama): `Meningkatnya
    /// jumlah keluarga yang hadir pertemuan penyuluhan`,
    /// `Meningkatnya jumlah pelatihan vokasi`, `Terfasilitasinya keluarga yang mendapatkan
    /// pembinaan`. Yang berubah bagi pesertanya adalah hasil (`Meningkatnya persentase peserta
    /// didik yang lulus uji kompetensi`), begitu pula cakupan layanan (`Meningkatnya cakupan
    /// pelayanan kesehatan dasar`).
    ///
    /// ## Mengapa
    /// RHK ditulis dalam bahasa pencapaian (hasil kerja), bukan kegiatan (PermenPANRB 6/2022;
    /// contoh PUPR dan kesalahan umum no. 1 dalam penyusunan SKP di e-Kinerja).
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///     rhk: Menyusun laporan kinerja bidang
    /// ```
    /// Benar:
    /// ```yaml
    ///     rhk: Tersusunnya laporan kinerja bidang yang diterima pimpinan tanpa revisi mayor
    /// ```
    ///
    /// ## Pengaturan
    /// Rumusan RHK standar jabatan tertentu (guru, tenaga kesehatan) yang diputuskan wajar
    /// dapat dimasukkan ke `[vocab] accept` atau dimatikan per folder dengan
    /// `[[rules.overrides]]`. Abaikan di tempat: `# skp: abaikan S109 -- alasan`.
    code: "S109",
    name: "rhk-activity",
    level: Warning,
    summary: ("RHK ditulis sebagai kegiatan, bukan hasil", "RHK written as an activity, not a result"),
    check: Some(check),
}

/// Activities whose mere execution is not a result.
use super::lexicon::DONE_ACTIVITIES as DONE;

/// Where the text starts after a form's section heading copied with the row ("UNSUR UTAMA :
/// …", "1. TUGAS TAMBAHAN: …", "Unsur Penunjang: …"); 0 when there is none. A heading is in
/// capitals (numbering allowed) or one of the SKP form's own section names, and is not itself
/// an activity ("MENYUSUN LAPORAN KEUANGAN: LKPD 2025" is the RHK).
fn after_form_label(text: &str) -> usize {
    let Some((label, _)) = text.split_once(':') else {
        return 0;
    };
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 3
        && label.split_whitespace().count() <= 6
        && label.chars().all(|c| {
            c.is_uppercase() || c.is_ascii_digit() || c.is_whitespace() || ".-()".contains(c)
        });
    let lower = label.trim().to_lowercase();
    let section = [
        "unsur utama",
        "unsur penunjang",
        "tugas tambahan",
        "tugas jabatan",
    ]
    .iter()
    .any(|s| lower == *s || lower.ends_with(&format!(" {s}")));
    let activity = words(label)
        .first()
        .is_some_and(|w| is_activity_lead(&w.text));
    if (capitals || section) && !activity {
        let rest = &text[label.len() + 1..];
        text.len() - rest.trim_start().len()
    } else {
        0
    }
}

/// A result phrasing for common operational verbs.
fn rewrite(verb: &str) -> Option<&'static str> {
    Some(match verb {
        "menyusun" | "membuat" | "merumuskan" => "Tersusunnya",
        "mengelola" => "Terkelolanya",
        "menyiapkan" | "menyediakan" | "mengembangkan" => "Tersedianya",
        "mengoordinasikan" | "mengkoordinasikan" => "Terkoordinasinya",
        "memonitor" | "memantau" => "Terpantaunya",
        "memproses" | "menyelesaikan" => "Terselesaikannya",
        "memverifikasi" => "Terverifikasinya",
        "menginput" | "mengentri" | "mencatat" => "Tercatatnya",
        _ => return None,
    })
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for (doc, skp, rhk) in results(ws) {
        let text = &rhk.rhk;
        if text.value.is_empty() || accepted(&text.value, accept) {
            continue;
        }
        // "UNSUR UTAMA : Melaksanakan …": a form's heading copied with the row is not the RHK.
        let from = after_form_label(&text.value);
        let w: Vec<Word> = words(&text.value[from..])
            .into_iter()
            .map(|x| Word {
                start: x.start + from,
                end: x.end + from,
                ..x
            })
            .collect();
        let Some(first) = w.first() else { continue };
        let carried_out =
            first.text.starts_with("terlaksan") || first.text.starts_with("terselenggara");
        // "Terlaksananya kegiatan …": only says that something was done.
        let done_activity = (carried_out || is_normative(&first.text, &ws.config.vocab))
            && w.get(1).is_some_and(|n| DONE.contains(&n.text.as_str()))
            // "Terlaksananya program kerja …", "Terlaksananya pengelolaan aset …": work carried
            // out, with nothing said of what it achieved or the standard it met ("…
            // Terlaksananya penyaluran bansos tepat sasaran" says both).
            || carried_out
                && (w
                    .get(1)
                    .is_some_and(|n| n.text == "program" || DONE_ROUTINES.contains(&n.text.as_str()))
                    || !names_what_it_met(&w))
            || reached_routine(&w);
        // "Terkelolanya administrasi kepegawaian", "Terpantaunya harga bahan pokok": the state
        // an activity leaves, as "Terlaksananya" is, unless the RHK names a standard of what it
        // delivered ("Terkelolanya keuangan daerah secara akuntabel"). What is more precisely
        // wrong with it ("… yang mendapatkan pembinaan") is said first.
        let activity_state = ACTIVITY_STATES.contains(&first.text.as_str())
            // "Terkelolanya sampah rumah tangga": waste managed is the outcome the waste
            // strategy counts (sampah terkelola), not a unit's routine.
            && !w
                .get(1)
                .is_some_and(|n| matches!(n.text.as_str(), "sampah" | "limbah"))
            && !names_what_it_met(&w)
            && !w.iter().any(|x| GOVERNANCE_STANDARDS.contains(&x.text.as_str()));
        if !is_activity_lead(&first.text) && !done_activity {
            // "Tersusunnya dokumen kegiatan …", "Laporan organisasi dan tatalaksana": only a
            // record of an activity or of routine work (read as S110 reads one). "Meningkatnya
            // jumlah keluarga yang hadir pertemuan penyuluhan", "Terfasilitasinya keluarga yang
            // mendapatkan pembinaan": more of an activity, stated as a result.
            let found = record_of_activity(&w, 3)
                .map(|(kata, range)| {
                    let msg = Msg::SRhkRecordsActivity { kata: kata.clone() };
                    (kata, range, msg, Msg::HelpSRhkRecordsActivity)
                })
                .or_else(|| {
                    let (kata, range) = counts_activity(&text.value, accept, &ws.config.vocab)?;
                    let msg = Msg::SRhkCountsActivity { kata: kata.clone() };
                    Some((kata, range, msg, Msg::HelpSRhkCountsActivity))
                });
            if let Some((kata, range, msg, help)) = found {
                out.push(
                    Diagnostic::new(RULE.code, doc.file, sub_span(ws, doc, text, range), msg)
                        .arg("kata", kata)
                        .subject(&skp.resolved_id.value, Some(&rhk.id.value))
                        .help(help),
                );
                continue;
            }
            if !activity_state {
                continue;
            }
        }
        let rest = text.value[first.end..].trim();
        // Work carried out "sesuai SOP dan tepat waktu": the standard named is the procedure.
        let procedure_only = carried_out
            && w.iter().any(|x| MET_STANDARD.contains(&x.text.as_str()))
            && !names_what_it_met(&w);
        let help = match rewrite(&first.text) {
            _ if procedure_only => Msg::HelpSRhkProcedureOnly,
            Some(r) if !rest.is_empty() => Msg::HelpSRhkActivityRewrite {
                saran: format!("{r} {rest}"),
            },
            _ => Msg::HelpSRhkActivity,
        };
        let span = sub_span(ws, doc, text, (first.start, first.end));
        out.push(
            Diagnostic::new(
                RULE.code,
                doc.file,
                span,
                Msg::SRhkActivity {
                    kata: capitalize(&text.value[first.start..first.end]),
                },
            )
            .arg("kata", first.text.as_str())
            .subject(&skp.resolved_id.value, Some(&rhk.id.value))
            .help(help),
        );
    }
}

/// Whether work carried out names a standard of what it delivered ("… tepat sasaran dan tepat
/// jumlah", "… secara akurat", "… sesuai standar pelayanan"), not only the procedure and the
/// deadline every task has: "Terlaksananya Sensus Ekonomi sesuai SOP dan tepat waktu" is still
/// the census carried out.
fn names_what_it_met(w: &[Word]) -> bool {
    /// What follows "sesuai" (and an optional "dengan") when it only names the procedure or
    /// the timetable.
    const PROCEDURES: &[&str] = &[
        "sop",
        "jadwal",
        "jadual",
        "prosedur",
        "juknis",
        "juklak",
        "petunjuk",
        "pedoman",
        "tenggat",
        "timeline",
        "agenda",
        "tahapan",
        "mekanisme",
        "kalender",
    ];
    w.iter().enumerate().any(|(i, x)| {
        let next = |k: usize| w.get(i + k).map_or("", |n| n.text.as_str());
        let procedural = |k: usize| {
            PROCEDURES.contains(&next(k)) || next(k) == "standar" && next(k + 1) == "operasional"
        };
        let procedure = match x.text.as_str() {
            "tepat" => matches!(next(1), "waktu" | "jadwal"),
            "sesuai" => procedural(1) || next(1) == "dengan" && procedural(2),
            // "standar operasional prosedur" spelled out is the SOP.
            "standar" => next(1) == "operasional",
            _ => false,
        };
        MET_STANDARD.contains(&x.text.as_str()) && !procedure
    })
}

/// "Tercapainya pengelolaan keuangan BOS", "Terwujudnya penatausahaan keuangan": a routine
/// "reached" is a routine carried out, unless the RHK names the standard it reached ("… sesuai
/// ketentuan", "… yang akuntabel") or a quality (S113's concern: "… yang optimal").
fn reached_routine(w: &[Word]) -> bool {
    let has = |list: &[&str]| w.iter().any(|x| list.contains(&x.text.as_str()));
    w.first()
        .is_some_and(|x| REACHED_LEADS.contains(&x.text.as_str()))
        && w.get(1)
            .is_some_and(|n| REACHED_ROUTINES.contains(&n.text.as_str()))
        && !has(MET_STANDARD)
        && !has(GOVERNANCE_STANDARDS)
        && !EVALUATIVE.iter().any(|e| contains_phrase(w, e).is_some())
}

/// A state word over a measure of an activity, its participants or its records (all that S110
/// finds in an indicator, read by the same function), or over people who took part in one
/// ("Terfasilitasinya keluarga yang mendapatkan pembinaan"). A state alone ("Meningkatnya
/// pelayanan …") is not.
fn counts_activity(
    text: &str,
    accept: &[String],
    vocab: &VocabSection,
) -> Option<(String, (usize, usize))> {
    let r = read(text, accept);
    if let Some(measure) = r.after_state(accept, vocab) {
        return activity(&measure);
    }
    let first = r.words.first()?;
    if r.head.is_some() || !is_normative(&first.text, vocab) {
        return None;
    }
    took_part(&r.words)
}
