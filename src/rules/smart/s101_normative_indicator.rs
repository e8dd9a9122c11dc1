use super::lexicon::{QUALITIES, accepted, head_noun, is_normative, participle};
use super::s110_activity_count::{Counted, counted};
use super::{Measure, capitalize, measures, read, sub_span};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::workspace::Workspace;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator (IKI) yang hanya berupa kondisi normatif — `Terlaksananya …`, `Meningkatnya …`,
    /// `Terwujudnya …`, `Tersusunnya …`, `Terselenggaranya …`, `Tercapainya …`, `Optimalnya …`,
    /// `Terpenuhinya …` — tanpa kata ukuran di depannya. Bentuk kata dikenali dari
    /// morfologinya (`ter-…-nya`, `me(N)-…-nya`, `ber-…-nya`), bukan dari daftar tetap.
    ///
    /// Kata-kata ini **wajar pada RHK dan sasaran** ("Meningkatnya kualitas layanan") dan tidak
    /// pernah ditandai di sana.
    ///
    /// Bantuannya menyarankan "Jumlah … yang …" dan "Persentase … yang …" dari teksnya, kecuali
    /// bila saran itu hanya menghitung kegiatan (S110): "Terlaksananya rapat koordinasi" tidak
    /// disarankan menjadi "Jumlah rapat koordinasi yang terlaksana"; bantuannya menunjuk ukuran
    /// apa yang berubah karena kegiatan itu, atau, untuk laporan pekerjaan rutin ("Tersusunnya
    /// laporan pengelolaan aset sekolah"), apa yang dicapai pekerjaan yang dilaporkan.
    ///
    /// ## Mengapa
    /// Indikator adalah ukuran keberhasilan: pelatih SKP dan panduan SMART ("Spesifik: tidak
    /// normatif; Terukur: menunjukkan satuan ukur", SMART-C, buku pedoman indikator kinerja Kemenkeu) menolak indikator yang hanya
    /// menyatakan kondisi, karena tidak ada angka yang dapat dibandingkan dengan realisasi.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Terlaksananya sosialisasi aplikasi perizinan
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Persentase pelaku usaha sasaran yang mengajukan izin melalui aplikasi
    /// ```
    ///
    /// ## Pengaturan
    /// Tambahkan kata normatif khas instansi di `[vocab] extra_normative`; istilah yang
    /// diputuskan wajar di `[vocab] accept`. Abaikan di tempat:
    /// `# skp: abaikan S101 -- alasan`. Mati pada `pendekatan: kualitatif`.
    code: "S101",
    name: "normative-indicator",
    level: Warning,
    summary: ("Indikator berupa kondisi normatif, bukan ukuran", "Indicator is a normative condition, not a measure"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in measures(ws) {
        if cx.kualitatif() {
            continue;
        }
        if let Some(d) = finding(ws, accept, &cx) {
            out.push(d);
        }
    }
}

fn finding(ws: &Workspace, accept: &[String], cx: &Measure<'_>) -> Option<Diagnostic> {
    let teks = &cx.teks;
    if teks.value.is_empty() || accepted(&teks.value, accept) {
        return None;
    }
    let r = read(&teks.value, accept);
    let first = r.words.first()?;
    if r.head.is_some() || !is_normative(&first.text, &ws.config.vocab) {
        return None;
    }
    // "Menurunnya angka kematian bayi menjadi 20 per 1.000 kelahiran hidup": a measure and its
    // target, written as a sentence.
    let measured = r
        .words
        .get(1)
        .is_some_and(|w| head_noun(&w.text, accept).is_some());
    if measured && teks.value.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = teks.value[first.end..].trim();
    let mut verb = participle(&first.text);
    // "Optimalnya X" suggests nothing measurable as "X yang optimal".
    if verb.starts_with("optimal") {
        verb = "memenuhi standar".into();
    }
    // "Meningkatnya kualitas layanan" cannot become "Jumlah kualitas layanan …": an abstract
    // quality is measured by an index, or by the share of things that meet a standard.
    let abstract_object = r
        .words
        .get(1)
        .filter(|w| QUALITIES.contains(&w.text.as_str()));
    let (saran, persen) = match (rest.is_empty(), abstract_object) {
        (true, _) => (
            "Jumlah … yang …".to_string(),
            "Persentase … yang …".to_string(),
        ),
        (false, Some(q)) => {
            let thing = teks.value[q.end..].trim();
            (
                format!("Indeks {rest}"),
                if thing.is_empty() {
                    "Persentase … yang memenuhi standar".to_string()
                } else {
                    format!("Persentase {thing} yang memenuhi standar")
                },
            )
        }
        (false, None) => (
            format!("Jumlah {rest} yang {verb}"),
            format!("Persentase {rest} yang {verb}"),
        ),
    };
    // "Terlaksananya rapat koordinasi" would become "Jumlah rapat koordinasi yang terlaksana",
    // which counts the activity (S110): the measure belongs to what changes because of it, or,
    // for a record of one ("Tersusunnya laporan pengelolaan aset …"), to what the reported
    // work achieved.
    let help = match [&saran, &persen]
        .iter()
        .find_map(|t| counted(&read(t, accept)))
    {
        Some((Counted::Record, _)) => Msg::HelpSActivityRecord,
        Some((Counted::Activity | Counted::Work, _)) => Msg::HelpSNormativeActivity,
        None => Msg::HelpSNormative { saran, persen },
    };
    let span = sub_span(ws, cx.doc, teks, (first.start, first.end));
    Some(
        cx.diag(
            RULE.code,
            span,
            Msg::SNormative {
                kata: capitalize(&teks.value[first.start..first.end]),
            },
        )
        .arg("kata", first.text.as_str())
        .help(help),
    )
}
