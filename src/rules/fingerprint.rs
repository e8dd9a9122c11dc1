//! Fingerprints: what makes a finding "the same" across runs, for baselines, diff-aware
//! checking and CI services. Code + qualified subject + sorted args + an occurrence index — no
//! line numbers, no message text, no file path — so a fingerprint survives edits above the
//! finding, reformatting, moving a folder and `--lang`.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::base::hex;
use crate::diag::Diagnostic;
use crate::workspace::Workspace;

/// One fingerprint per diagnostic, in the same order. `diags` must be in the total stable
/// order (so that occurrence indices are stable too).
pub fn fingerprints(ws: &Workspace, diags: &[Diagnostic]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    diags
        .iter()
        .map(|d| {
            // Without a subject, the file is the only identity there is.
            let subject = d
                .subject
                .clone()
                .unwrap_or_else(|| format!("file:{}", ws.rel(d.file)));
            let args = serde_json::to_string(&d.args).unwrap_or_default();
            let base = format!("{}\u{1f}{subject}\u{1f}{args}", d.code);
            let n = seen.entry(base.clone()).or_insert(0);
            let key = format!("{base}\u{1f}{n}");
            *n += 1;
            hex(&Sha256::digest(key.as_bytes()))[..32].to_string()
        })
        .collect()
}
