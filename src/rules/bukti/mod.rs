//! `B` rules: evidence (bukti dukung) records against their files and the plan they support.

pub mod b101_changed;
pub mod b102_missing;
pub mod b103_unsafe_path;
pub mod b104_unknown_target;
pub mod b105_date_outside;
pub mod b106_shared;
pub mod b107_planned_missing;
pub mod b108_unrecorded;
pub mod b109_coverage_gap;
pub mod b110_url_unverified;
pub mod b111_not_fetched;

use std::collections::HashMap;

use crate::diag::Diagnostic;
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::model::bukti::{Bukti, BuktiDukung};
use crate::model::{Content, Doc};
use crate::workspace::Workspace;

/// One ledger entry as loaded (with spans) and as verified.
pub struct EntryCx<'a> {
    pub doc: &'a Doc,
    pub ledger: &'a BuktiDukung,
    pub bukti: &'a Bukti,
    pub state: &'a State,
    no_exemptions: bool,
}

impl EntryCx<'_> {
    /// Whether the entry's `abaikan` lists `code` (with a reason).
    pub fn suppressed(&self, code: &str) -> bool {
        !self.no_exemptions
            && self.bukti.abaikan.iter().flat_map(|l| l.iter()).any(|a| {
                a.kode.value.eq_ignore_ascii_case(code) && !a.alasan.value.trim().is_empty()
            })
    }

    /// The entry's `berkas` as written (empty for a link).
    pub fn berkas(&self) -> String {
        self.bukti
            .berkas
            .as_ref()
            .map(|b| b.value.clone())
            .unwrap_or_default()
    }

    pub fn diag(&self, code: &'static str, msg: Msg) -> Diagnostic {
        let prefix = self
            .bukti
            .sha256
            .as_ref()
            .map(|h| h.value.chars().take(12).collect::<String>())
            .or_else(|| self.bukti.url.as_ref().map(|u| u.value.clone()))
            .unwrap_or_default();
        let mut d = Diagnostic::new(code, self.doc.file, self.bukti.span, msg)
            .subject(&self.ledger.skp.value, Some(&format!("bukti/{prefix}")));
        if let Some(b) = &self.bukti.berkas {
            d = d.arg("berkas", b.value.as_str());
        }
        d
    }
}

/// Every ledger entry with its verified state.
pub fn entries(ws: &Workspace) -> Vec<EntryCx<'_>> {
    let mut states: HashMap<&str, Vec<&State>> = HashMap::new();
    for c in &ws.evidence().report.checked {
        states.entry(c.ledger.as_str()).or_default().push(&c.state);
    }
    let mut out = Vec::new();
    for doc in &ws.docs {
        let Content::BuktiDukung(l) = &doc.content else {
            continue;
        };
        let list = states
            .get(ws.rel(doc.file))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        for (i, b) in l.bukti.iter().enumerate() {
            // The loader and `verify` read the same file in the same order; a ledger that one
            // could read and the other could not has no states and is skipped here.
            let Some(state) = list.get(i) else { continue };
            out.push(EntryCx {
                doc,
                ledger: l,
                bukti: b,
                state,
                no_exemptions: ws.no_exemptions,
            });
        }
    }
    out
}
