use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{Perilaku, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::rules::smart::lexicon::{
    EVALUATIVE, TIME_WORDS, VAGUE, contains_phrase, is_normative, words,
};
use crate::workspace::config::VocabSection;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Ekspektasi khusus pimpinan yang tidak dapat diamati: yang hanya mengulang nama nilainya
    /// ("Akuntabel", "Selalu berorientasi pelayanan"), yang memakai kata penilaian umum dari
    /// leksikon aturan S ("dengan baik", "optimal", "prima", "sebaik-baiknya") atau diawali
    /// bentuk kondisi normatif ("Terwujudnya …", "Meningkatnya …") — kecuali bila teksnya juga
    /// menyebut ukuran yang dapat diamati: angka, waktu atau kekerapan (`setiap bulan`, `paling
    /// lambat 1 hari kerja`, `pada semester I`), atau nama aplikasi, dokumen, atau mitra
    /// (singkatan huruf besar seperti SRIKANDI, SIPD, OWASP).
    ///
    /// ## Mengapa
    /// Ekspektasi khusus pimpinan menjelaskan perilaku apa yang diharapkan dari pegawai
    /// tertentu pada tahun itu, dan menjadi dasar umpan balik berkelanjutan "berdasarkan bukti
    /// dukung" (PermenPANRB 6/2022). Ekspektasi yang sama untuk siapa pun ("bekerja dengan
    /// baik") tidak dapat diberi umpan balik.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///   berorientasi_pelayanan: { ekspektasi_khusus: Memberikan pelayanan dengan baik }
    /// ```
    /// Benar:
    /// ```yaml
    ///   berorientasi_pelayanan: { ekspektasi_khusus: Laporan gangguan dari perangkat daerah ditanggapi paling lambat 1 hari kerja }
    /// ```
    ///
    /// ## Pengaturan
    /// Kata normatif khas instansi ditambahkan di `[vocab] extra_normative`; istilah yang tidak
    /// boleh dilaporkan di `[vocab] accept`. Abaikan di tempat:
    /// `# skp: abaikan P104 -- alasan`.
    code: "P104",
    name: "vague-expectation",
    level: Warning,
    summary: ("Ekspektasi khusus pimpinan terlalu umum", "Leader's specific expectation too general"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let vocab = &cx.ws.config.vocab;
    let accept = cx.exemptions.accept();
    for (doc, skp) in cx.ws.skps() {
        let Some(pk) = &skp.perilaku_kerja else {
            continue;
        };
        for (p, _, _) in Perilaku::ALL {
            let Some(teks) = pk
                .value
                .get(*p)
                .and_then(|e| e.value.ekspektasi_khusus.as_ref())
            else {
                continue;
            };
            if crate::rules::smart::lexicon::accepted(&teks.value, accept) {
                continue;
            }
            let Some(kata) = vague(&teks.value, *p, vocab) else {
                continue;
            };
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    teks.span,
                    Msg::PVagueEkspektasi {
                        nilai: p.label().to_string(),
                        kata: kata.clone(),
                    },
                )
                .subject(&skp.resolved_id.value, None)
                .arg("nilai", p.code())
                .arg("kata", kata)
                .help(Msg::HelpPVagueEkspektasi),
            );
        }
    }
}

/// Words that only restate a value ("Selalu bersikap akuntabel").
const FILLER: &[&str] = &[
    "selalu", "harus", "wajib", "bersikap", "menjadi", "pegawai", "asn", "yang", "sangat", "lebih",
];

/// What makes an expectation too general, if anything: the value's own name, a vague qualifier,
/// or a normative condition — unless something observable anchors it.
fn vague(text: &str, perilaku: Perilaku, vocab: &VocabSection) -> Option<String> {
    let w = words(text);
    let first = w.first()?;
    let label: Vec<String> = perilaku
        .label()
        .to_lowercase()
        .split(' ')
        .map(str::to_string)
        .collect();
    let rest: Vec<&str> = w
        .iter()
        .map(|x| x.text.as_str())
        .filter(|x| !FILLER.contains(x))
        .collect();
    if !rest.is_empty() && rest.iter().all(|x| label.iter().any(|l| l == x)) {
        return Some(perilaku.label().to_string());
    }
    // Something observable: a number, a time or frequency, a named system or partner.
    let anchored = w.iter().any(|x| {
        x.text.chars().any(|c| c.is_ascii_digit())
            || TIME_WORDS.contains(&x.text.as_str())
            || matches!(
                x.text.as_str(),
                "setiap" | "lambat" | "sebelum" | "sesudah" | "setelah"
            )
    }) || text.split(|c: char| !c.is_alphanumeric()).any(|t| {
        t.chars().count() >= 3
            && t.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    });
    if anchored {
        return None;
    }
    if let Some(v) = VAGUE
        .iter()
        .chain(EVALUATIVE)
        .find(|v| contains_phrase(&w, v).is_some())
    {
        return Some((*v).to_string());
    }
    is_normative(&first.text, vocab).then(|| first.text.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Option<String> {
        vague(text, Perilaku::Akuntabel, &VocabSection::default())
    }

    #[test]
    fn general_expectations_and_observable_ones() {
        assert_eq!(v("Akuntabel").as_deref(), Some("Akuntabel"));
        assert_eq!(v("Selalu bersikap akuntabel").as_deref(), Some("Akuntabel"));
        assert_eq!(
            v("Melaksanakan tugas dengan baik").as_deref(),
            Some("dengan baik")
        );
        assert_eq!(v("Memberikan pelayanan prima").as_deref(), Some("prima"));
        assert_eq!(
            v("Terwujudnya tertib administrasi").as_deref(),
            Some("terwujudnya")
        );
        // Anchored by a time, a number or a named system.
        assert_eq!(
            v("Menyelesaikan pelatihan menulis yang baik dan benar pada semester I"),
            None
        );
        assert_eq!(
            v("Laporan keuangan disusun dengan baik paling lambat tanggal 10"),
            None
        );
        assert_eq!(
            v("Menggunakan SRIKANDI untuk naskah dinas secara optimal"),
            None
        );
        // Concrete without a qualifier.
        assert_eq!(
            v("Menyimpan lembar kerja beserta sumber datanya pada folder bersama"),
            None
        );
    }
}
