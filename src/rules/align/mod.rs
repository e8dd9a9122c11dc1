//! `K` rules: keselarasan (alignment) of each RHK with the results it serves, the Perjanjian
//! Kinerja and the Renstra. All read the one resolution in [`crate::cascade`].

pub mod k101_utama_unlinked;
pub mod k102_unresolved;
pub mod k103_ambiguous;
pub mod k104_other_year;
pub mod k105_not_superior;
pub mod k106_no_superior_skp;
pub mod k107_jpt_without_acuan;
pub mod k108_pk_without_acuan;
pub mod k109_cycle;
pub mod k110_snapshot_stale;
pub mod k111_pk_unserved;
pub mod k112_result_unserved;
pub mod k113_same_position;
pub mod k114_restates_served;
pub mod k115_copied;
pub mod k116_wrong_kind;
pub mod k117_external;

use crate::cascade::{Origin, Reference, Target};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::workspace::Workspace;

/// The id other documents use for document `doc`.
pub fn doc_id(ws: &Workspace, doc: usize) -> String {
    ws.docs[doc]
        .id()
        .map(|i| i.value.clone())
        .unwrap_or_default()
}

/// `DOC/ENTRY` of a resolved target.
pub fn target_name(ws: &Workspace, t: &Target) -> String {
    match t {
        Target::Skp { doc, rhk, iki } => {
            let Some(s) = ws.skp_at(*doc) else {
                return String::new();
            };
            let r = &s.hasil_kerja[*rhk];
            let entry = iki.map_or(&r.id.value, |i| &r.indikator[i].id.value);
            format!("{}/{}", s.resolved_id.value, entry)
        }
        Target::Org { doc, entry } => format!("{}/{entry}", doc_id(ws, *doc)),
    }
}

/// The text of a resolved target (an RHK's `rhk`, an indicator's `teks`, an org `uraian`).
pub fn target_text(ws: &Workspace, t: &Target) -> String {
    match t {
        Target::Skp { doc, rhk, iki } => {
            let Some(s) = ws.skp_at(*doc) else {
                return String::new();
            };
            let r = &s.hasil_kerja[*rhk];
            match iki {
                Some(i) => r.indikator[*i].teks.value.clone(),
                None => r.rhk.value.clone(),
            }
        }
        Target::Org { doc, entry } => {
            let entries = match &ws.docs[*doc].content {
                Content::Renstra(r) => r.entries(),
                Content::PerjanjianKinerja(p) => p.entries(),
                _ => Vec::new(),
            };
            entries
                .iter()
                .find(|e| e.id.value == *entry)
                .map(|e| e.uraian.value.clone())
                .unwrap_or_default()
        }
    }
}

/// A finding about a reference: at its span, with the referring entity as subject.
pub fn at_reference(ws: &Workspace, r: &Reference, code: &'static str, msg: Msg) -> Diagnostic {
    let d = Diagnostic::new(code, r.file, r.span, msg).arg("ref", r.text.as_str());
    match r.origin {
        Origin::Intervensi { doc, rhk, .. } | Origin::SkpAcuan { doc, rhk, .. } => {
            let s = ws.skp_at(doc);
            match s {
                Some(s) => d.subject(&s.resolved_id.value, Some(&s.hasil_kerja[rhk].id.value)),
                None => d,
            }
        }
        Origin::PkAcuan { doc, sasaran, .. } => match &ws.docs[doc].content {
            Content::PerjanjianKinerja(p) => {
                d.subject(&p.id.value, Some(&p.sasaran[sasaran].id.value))
            }
            _ => d,
        },
    }
}

/// Content words of a text, for comparisons of wording.
pub fn words(ws: &Workspace, text: &str) -> Vec<String> {
    let mut w = crate::rules::smart::lexicon::content_words(text, &ws.config.vocab);
    w.sort();
    w.dedup();
    w
}

/// Whitespace- and case-insensitive form of a text.
pub fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
