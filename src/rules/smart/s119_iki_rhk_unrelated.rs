use super::indicators;
use super::lexicon::{
    MEASURE_WORDS, QUALITIES, accepted, content_words, is_normative, related, root,
};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// IKI yang tidak tampak mengukur RHK-nya: setelah kata ukuran ("Persentase", "Jumlah"),
    /// kata normatif dan kata umum disisihkan, tidak ada satu pun kata pokok indikator yang
    /// sama akarnya atau sekelompok makna dengan kata pokok RHK ("aparatur" dan "kepegawaian",
    /// "aplikasi" dan "sistem informasi" dianggap berhubungan). Misalnya RHK tentang sistem
    /// informasi kepegawaian yang diukur dengan penempatan pegawai, atau RHK tentang ketepatan
    /// waktu laporan yang diukur dengan kepuasan PNS.
    ///
    /// ## Mengapa
    /// IKI adalah ukuran keberhasilan RHK (PermenPANRB 6/2022); indikator yang mengukur hal lain
    /// membuat RHK tercapai di atas kertas tanpa hasilnya terwujud. Ini hal pertama yang
    /// diperiksa pelatih dan pejabat penilai saat menyepakati SKP.
    ///
    /// ## Contoh
    /// Patut diperiksa:
    /// ```yaml
    ///   - rhk: Meningkatnya keandalan sistem informasi manajemen kepegawaian
    ///     indikator:
    ///       - teks: Persentase penempatan pegawai sesuai kompetensi
    /// ```
    /// Benar:
    /// ```yaml
    ///       - teks: Persentase waktu sistem informasi kepegawaian dapat diakses (uptime)
    /// ```
    ///
    /// ## Pengaturan
    /// **Mati bawaan; nyalakan dengan `select = ["S119"]` atau `--select S119`.** Pada korpus
    /// pengembangan (docs/smart-corpus.md) aturan ini lebih sering keliru daripada benar:
    /// indikator yang baik kerap memakai kata lain untuk pokok yang sama ("penyerapan anggaran"
    /// untuk RHK tentang "perencanaan dan pelaporan kinerja"), dan kamus padanan yang ada belum
    /// cukup. Pakai sebagai daftar periksa saat menyepakati SKP, bukan sebagai gerbang CI. Bila
    /// dinyalakan, hanya ditandai bila tidak ada kata penghubung sama sekali; kata khas instansi
    /// dapat dimasukkan ke `[vocab] accept`, atau dikecualikan di tempat:
    /// `# skp: abaikan S119 -- alasan`.
    code: "S119",
    name: "iki-rhk-unrelated",
    level: Off,
    summary: ("IKI tidak tampak mengukur RHK-nya", "Indicator does not seem to measure its result"),
    check: Some(check),
}

/// The content roots of a text: no stop words, heads, normative or measuring words.
fn roots(text: &str, vocab: &crate::workspace::config::VocabSection) -> Vec<String> {
    let mut out: Vec<String> = content_words(text, vocab)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !MEASURE_WORDS.contains(&w.as_str()))
        .map(|w| root(&w))
        .filter(|w| !MEASURE_WORDS.contains(&w.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// What an RHK is about: its first two content roots once the normative word and an abstract
/// quality are set aside ("Meningkatnya keandalan sistem informasi kepegawaian" is about a
/// "sistem informasi", not about "kepegawaian" in general).
fn core(text: &str, vocab: &crate::workspace::config::VocabSection) -> Vec<String> {
    let words: Vec<String> = content_words(text, vocab)
        .into_iter()
        .filter(|w| !QUALITIES.contains(&w.as_str()) && !MEASURE_WORDS.contains(&w.as_str()))
        .filter(|w| w.chars().count() >= 3 && !is_normative(w, vocab))
        .collect();
    words.iter().take(2).map(|w| root(w)).collect()
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    let vocab = &ws.config.vocab;
    for cx in indicators(ws) {
        let (teks, rhk) = (&cx.iki.teks, &cx.rhk.rhk);
        if cx.kualitatif() || accepted(&teks.value, accept) || accepted(&rhk.value, accept) {
            continue;
        }
        let (a, b) = (roots(&teks.value, vocab), core(&rhk.value, vocab));
        // Too little to judge: "Jumlah dokumen" under a long RHK says nothing either way.
        if a.len() < 2 || b.is_empty() {
            continue;
        }
        if a.iter().any(|x| b.iter().any(|y| related(x, y))) {
            continue;
        }
        out.push(
            cx.diag(
                RULE.code,
                teks.span,
                Msg::SIkiUnrelated {
                    rhk: cx.rhk.id.value.clone(),
                },
            )
            .arg("rhk", cx.rhk.id.value.as_str())
            .help(Msg::HelpSIkiUnrelated)
            .related(cx.doc.file, rhk.span, Msg::RhkTextHere),
        );
    }
}
