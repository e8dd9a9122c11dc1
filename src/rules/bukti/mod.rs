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
pub mod b112_content_mismatch;
pub mod b113_document_date;
pub mod b114_unrelated_text;
pub mod content;

use crate::diag::Diagnostic;
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::model::bukti::{Abaikan, Bukti, BuktiDukung};
use crate::model::{Content, Doc};
use crate::rules::rule::RuleCx;

/// One ledger entry as loaded (with spans) and as verified.
pub struct EntryCx<'a> {
    pub doc: &'a Doc,
    pub ledger: &'a BuktiDukung,
    pub bukti: &'a Bukti,
    pub state: &'a State,
    /// What the stored file's bytes show it to be, when that contradicts its name.
    pub mismatch: Option<crate::evidence::sniff::Kind>,
    /// The entry as the evidence facts checked it (state, content, document).
    pub checked: &'a crate::evidence::verify::Checked,
    exemptions_apply: bool,
}

impl EntryCx<'_> {
    /// Whether the entry's `abaikan` lists `code` (with a reason) and exemptions apply.
    pub fn suppressed(&self, code: &str) -> bool {
        self.exemptions(code).next().is_some()
    }

    /// The entry's `abaikan` items for `code` that give a reason, when exemptions apply.
    pub fn exemptions<'s>(&'s self, code: &'s str) -> impl Iterator<Item = &'s Abaikan> + 's {
        self.bukti
            .abaikan
            .iter()
            .flat_map(|l| l.iter())
            .filter(move |a| {
                self.exemptions_apply
                    && a.kode.value.eq_ignore_ascii_case(code)
                    && !a.alasan.value.trim().is_empty()
            })
    }
    /// What `skp evidence abaikan` takes to name this entry: the start of its SHA-256, else
    /// its link (quoted for the shell when it must be).
    pub fn abaikan_id(&self) -> String {
        match (&self.bukti.sha256, &self.bukti.url) {
            (Some(sha), _) => sha.value.chars().take(12).collect(),
            // As typed at a shell: in single quotes unless every character is safe bare.
            (None, Some(url))
                if url
                    .value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./:%=+,@~".contains(c)) =>
            {
                url.value.clone()
            }
            (None, Some(url)) => format!("'{}'", url.value.replace('\'', "'\\''")),
            (None, None) => "ID".to_string(),
        }
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

/// Every ledger entry the loader read, with the state the evidence facts give it (joined by
/// ledger document and entry index, never by position in another reading).
pub fn entries<'a>(cx: &RuleCx<'a>) -> Vec<EntryCx<'a>> {
    let ws = cx.ws;
    let mut out = Vec::new();
    for c in &cx.facts.evidence().checked {
        // Every ledger of a check was loaded: only a warm `verify` takes some from the cache.
        let Some(doc) = c.doc.and_then(|d| ws.docs.get(d)) else {
            continue;
        };
        let Content::BuktiDukung(l) = &doc.content else {
            continue;
        };
        let Some(bukti) = l.bukti.get(c.index) else {
            continue;
        };
        out.push(EntryCx {
            doc,
            ledger: l,
            bukti,
            state: &c.state,
            mismatch: c.mismatch,
            checked: c,
            exemptions_apply: cx.exemptions.enabled,
        });
    }
    out
}
