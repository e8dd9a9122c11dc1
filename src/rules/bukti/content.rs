//! What the content checks conclude about one evidence entry: its bytes contradict its name
//! (B112), its own date does not fit its period (B113), its text shares nothing with what it
//! is recorded for (B114). Shared by those rules and by `skp report`, which marks the cells
//! that rest only on evidence that failed them.

use std::collections::HashMap;

use crate::evidence::extract::DateSource;
use crate::evidence::verify::{Checked, Report};
use crate::model::date::Date;
use crate::model::skp::Skp;
use crate::rules::smart::lexicon::{MEASURE_WORDS, content_words, root, same_group};
use crate::workspace::Workspace;
use crate::workspace::config::VocabSection;

/// A document needs at least this many distinct content roots before its text is judged: a
/// scan's stray OCR words, a one-line memo or a form's labels say too little either way.
pub const MIN_DOCUMENT_ROOTS: usize = 40;

/// Words every official document carries whatever it is about (letterhead, numbering,
/// signature block) and the names of document types (a berita acara about something else is
/// still about something else): never a link between a document and an indicator.
const LETTERHEAD: &[&str] = &[
    "pemerintah",
    "kabupaten",
    "kota",
    "provinsi",
    "republik",
    "indonesia",
    "dinas",
    "badan",
    "kantor",
    "kepala",
    "sekretaris",
    "nomor",
    "tanggal",
    "lampiran",
    "perihal",
    "hal",
    "nip",
    "pangkat",
    "golongan",
    "jabatan",
    "tentang",
    "laporan",
    "dokumen",
    "surat",
    "berkas",
    "data",
    "jalan",
    "telepon",
    "email",
    "website",
    "kode",
    "pos",
    "berita",
    "acara",
    "notulen",
    "notula",
    "daftar",
    "hadir",
    "rekap",
    "rekapitulasi",
    "catatan",
    "keputusan",
    "undangan",
    "foto",
    "salinan",
    "lembar",
    "formulir",
    "tugas",
    "rapat",
];

/// Whether a document root and a target root name the same subject: equal, one a prefix of
/// the other of at least five letters (a root left with a suffix the stemmer missed), or one
/// group of the domain's related terms. Looser substring matches of the S rules would tie
/// "beritahu" to "berita".
fn linked(doc: &str, target: &str) -> bool {
    let (short, long) = if doc.len() <= target.len() {
        (doc, target)
    } else {
        (target, doc)
    };
    doc == target
        || (short.chars().count() >= 5 && long.starts_with(short) && long.len() - short.len() <= 3)
        || same_group(doc, target)
}

/// The texts an entry is recorded for: each indicator with its RHK and planned evidence; an
/// RHK with all its indicators. `None` when a target is behaviour evidence or does not
/// resolve (B104 reports that): nothing to compare with.
fn targets(skp: &Skp, untuk: &[String]) -> Option<String> {
    let mut text = String::new();
    for u in untuk {
        let mut found = false;
        for r in skp.hasil_kerja.iter() {
            if r.id.value == *u {
                found = true;
                text.push_str(&r.rhk.value);
                for i in r.indikator.iter() {
                    text.push(' ');
                    text.push_str(&i.teks.value);
                }
            }
            for i in r.indikator.iter().filter(|i| i.id.value == *u) {
                found = true;
                text.push_str(&format!(" {} {}", i.teks.value, r.rhk.value));
                for p in i.bukti_rencana.iter().flat_map(|l| l.iter()) {
                    text.push(' ');
                    text.push_str(&p.value);
                }
            }
        }
        if !found {
            return None;
        }
        text.push(' ');
    }
    Some(text)
}

/// The subject roots of a text: content words of four letters or more, without the words
/// that say how something is measured or that every letterhead carries.
fn subject_roots(text: &str, vocab: &VocabSection) -> Vec<String> {
    let mut out: Vec<String> = content_words(text, vocab)
        .into_iter()
        .filter(|w| w.chars().count() >= 4 && w.chars().any(char::is_alphabetic))
        .filter(|w| !MEASURE_WORDS.contains(&w.as_str()) && !LETTERHEAD.contains(&w.as_str()))
        .map(|w| root(&w))
        .filter(|w| w.chars().count() >= 3)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The SKPs of the workspace by id.
pub fn skps_by_id(ws: &Workspace) -> HashMap<&str, &Skp> {
    ws.skps()
        .map(|(_, s)| (s.resolved_id.value.as_str(), s))
        .collect()
}

/// The document's own date, when it lies before the entry's period or more than
/// `[evidence] document_date_slack_days` after it.
pub fn date_outside(ws: &Workspace, c: &Checked) -> Option<(Date, DateSource)> {
    let doc = c.document.as_ref()?;
    let (date, source) = (doc.date()?, doc.date_source?);
    let (a, b) = c.entry.periode.bounds();
    let slack = i64::from(ws.config.evidence.document_date_slack_days);
    (date < a || date > b.add_days(slack)).then_some((date, source))
}

/// Whether the document's text, long enough to judge, shares no subject with any indicator,
/// RHK or planned evidence it is recorded for.
pub fn unrelated(ws: &Workspace, skps: &HashMap<&str, &Skp>, c: &Checked) -> bool {
    let Some(doc) = c.document.as_ref() else {
        return false;
    };
    let vocab = &ws.config.vocab;
    // The document first: most evidence (photos, scans, spreadsheets) has too little text to
    // judge, and then the plan's words need not be read at all.
    let have = subject_roots(&doc.words.join(" "), vocab);
    if have.len() < MIN_DOCUMENT_ROOTS {
        return false;
    }
    let Some(skp) = skps.get(c.skp.as_str()) else {
        return false;
    };
    let Some(target) = targets(skp, &c.entry.untuk) else {
        return false;
    };
    let want = subject_roots(&target, vocab);
    !want.is_empty() && !have.iter().any(|h| want.iter().any(|w| linked(h, w)))
}

/// The entries (ledger document, entry index) that failed a content check, unless that check
/// is off for the ledger (`[rules]`) or the entry's `abaikan` gives a reason for it: as `check`
/// reads them.
pub fn doubtful(ws: &Workspace, report: &Report) -> std::collections::HashSet<(usize, usize)> {
    let skps = skps_by_id(ws);
    let settings = crate::rules::Settings::new(&ws.config.rules, &[], &[]).ok();
    let exempt = |c: &Checked, code: &str| {
        let off = match (&settings, c.doc.and_then(|d| ws.docs.get(d))) {
            (Some(s), Some(d)) => s.severity(code, ws.rel(d.file)).is_none(),
            _ => false,
        };
        off || c
            .entry
            .abaikan
            .iter()
            .any(|x| x.kode.eq_ignore_ascii_case(code) && !x.alasan.trim().is_empty())
    };
    report
        .checked
        .iter()
        .filter(|c| {
            (c.mismatch.is_some() && !exempt(c, "B112"))
                || (!exempt(c, "B113") && date_outside(ws, c).is_some())
                || (!exempt(c, "B114") && unrelated(ws, &skps, c))
        })
        .filter_map(|c| Some((c.doc?, c.index)))
        .collect()
}
