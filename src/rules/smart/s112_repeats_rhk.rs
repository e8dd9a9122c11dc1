use super::lexicon::{accepted, content_words, root, words};
use super::measures;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator yang hanya mengulang RHK-nya: setelah huruf kecil, tanda baca, kata sambung,
    /// kata ukuran, dan bentuk normatif (`tersusunnya` = `tersusun`) disamakan, kata-kata
    /// indikator hampir sama dengan kata-kata RHK (tumpang tindih 80 % atau lebih) dan
    /// indikator tidak menambahkan ukuran apa pun. Di bawah program atau kegiatan nomenklatur
    /// ("Program Pengelolaan Sumber Daya Ekonomi"), indikator yang hanya memberi kata ukuran
    /// pada nama itu ("Persentase sumber daya ekonomi yang dikelola") juga ditandai.
    ///
    /// "RHK: Meningkatnya kualitas layanan; IKI: Persentase layanan yang memenuhi standar"
    /// tidak ditandai: indikatornya menambahkan ukuran.
    ///
    /// ## Mengapa
    /// Indikator menjawab "bagaimana keberhasilan RHK diukur"; mengulang RHK tidak menjawabnya.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///     rhk: Tersedianya data perizinan yang mutakhir
    ///     indikator:
    ///       - teks: Tersedianya data perizinan yang mutakhir
    /// ```
    /// Benar:
    /// ```yaml
    ///       - teks: Persentase data perizinan yang dimutakhirkan paling lambat 3 hari kerja
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S112 -- alasan`.
    code: "S112",
    name: "indicator-repeats-rhk",
    level: Warning,
    summary: ("Indikator mengulang RHK", "Indicator merely repeats its RHK"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    let vocab = &ws.config.vocab;
    // The RHK's words, kept while its indicators follow one another.
    let mut last: Option<(&String, Vec<String>)> = None;
    for cx in measures(ws) {
        let teks = &cx.teks.value;
        let Some(context) = cx.context else { continue };
        if teks.is_empty() || context.value.is_empty() || accepted(teks, accept) {
            continue;
        }
        let ind = content_words(teks, vocab);
        if !last
            .as_ref()
            .is_some_and(|(text, _)| std::ptr::eq(*text, &context.value))
        {
            last = Some((&context.value, content_words(&context.value, vocab)));
        }
        let Some((_, rhk)) = &last else { continue };
        if ind.is_empty() || rhk.is_empty() {
            continue;
        }
        let shared = ind.iter().filter(|w| rhk.contains(w)).count();
        let new_words = ind.len() - shared;
        // Repeats: almost nothing in the indicator that the RHK does not already say.
        if shared * 10 < ind.len() * 8 || new_words > 1 || shared * 10 < rhk.len() * 6 {
            continue;
        }
        // "Persentase X" under the RHK "X" is the model way to measure it, not a repetition;
        // only an RHK already written as a measure ("Jumlah X") can be repeated by one.
        let has_head = super::read(teks, accept).head.is_some();
        let rhk_has_head = super::read(&context.value, accept).head.is_some();
        // Under a programme or activity of the nomenclature ("Program Pengelolaan Sumber Daya
        // Ekonomi"), "Persentase sumber daya ekonomi yang dikelola" only restates its name.
        let nomenclature = words(&context.value)
            .first()
            .is_some_and(|w| matches!(w.text.as_str(), "program" | "kegiatan" | "subkegiatan"));
        let restates_name = nomenclature && ind.iter().all(|w| rhk.iter().any(|x| same_stem(w, x)));
        if has_head && (!rhk_has_head || new_words > 0) && !restates_name {
            continue;
        }
        out.push(
            cx.diag(
                RULE.code,
                cx.teks.span,
                Msg::SRepeatsRhk {
                    rhk: cx.context_id.to_string(),
                },
            )
            .arg("rhk", cx.context_id)
            .help(Msg::HelpSRepeatsRhk)
            .related(cx.doc.file, context.span, Msg::RhkTextHere),
        );
    }
}

/// Whether two words are forms of one stem ("dikelola", "pengelolaan").
fn same_stem(a: &str, b: &str) -> bool {
    let (a, b) = (root(a), root(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    a == b || (short.chars().count() >= 4 && long.contains(short.as_str()))
}
