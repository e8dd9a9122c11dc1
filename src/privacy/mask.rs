//! `--mask`: output meant to be shared beyond the unit, with NIPs, the names of people other
//! than the document's subject, and everything a `D` rule matches hidden.
//!
//! Masking works on the finished text (a table, JSON, CSV, HTML), so no renderer can forget a
//! field: every known name and NIP of the workspace is replaced wherever it appears, and the
//! personal-data patterns of [`super::find`] run over what is left.

use regex::Regex;

use super::{Allow, masked};
use crate::model::Content;
use crate::workspace::Workspace;

/// Replaces the people and personal data of one workspace in output text.
#[derive(Debug)]
pub struct Masker {
    /// (as written, masked), longest first so "Putri Maharani, S.Kom." goes before "Putri
    /// Maharani".
    replace: Vec<(String, String)>,
    nip: Regex,
    allow: Allow,
    /// The subject's NIP, which stays.
    subject: Option<String>,
}

impl Masker {
    /// Everyone the workspace names, except `subject` (an NIP): the employee a document is
    /// about keeps their name and NIP on it.
    pub fn new(ws: &Workspace, subject: Option<&str>) -> Masker {
        let mut people: Vec<(Option<String>, String)> = Vec::new();
        for doc in &ws.docs {
            if let Content::Skp(s) = &doc.content {
                people.push((
                    Some(s.pegawai.nip.as_str().to_string()),
                    s.pegawai.nama.value.clone(),
                ));
                let p = &s.pejabat_penilai.value;
                people.push((
                    p.nip.as_ref().map(|n| n.as_str().to_string()),
                    p.nama.value.clone(),
                ));
                if let Some(a) = &s.atasan_pejabat_penilai {
                    people.push((
                        a.nip.as_ref().map(|n| n.as_str().to_string()),
                        a.nama.value.clone(),
                    ));
                }
            }
        }
        let subject_name: Option<String> = subject.and_then(|nip| {
            people
                .iter()
                .find(|(n, _)| n.as_deref() == Some(nip))
                .map(|(_, name)| name.clone())
        });
        let mut replace: Vec<(String, String)> = Vec::new();
        for (nip, name) in &people {
            if nip.as_deref().is_some_and(|n| Some(n) == subject)
                || subject_name.as_deref() == Some(name.as_str())
            {
                continue;
            }
            for form in name_forms(name) {
                if form.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                    let m = masked_name(&form);
                    replace.push((form.clone(), m.clone()));
                    // As HTML output escapes it ("Ma'ruf" → "Ma&#39;ruf").
                    let escaped = form.replace('&', "&amp;").replace('\'', "&#39;");
                    if escaped != form {
                        replace.push((escaped, m));
                    }
                }
            }
        }
        replace.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        replace.dedup_by(|a, b| a.0 == b.0);
        Masker {
            replace,
            // 18 digits standing alone: an NIP (birth date, appointment, sex, serial).
            nip: Regex::new(r"[0-9]{18}").expect("a valid built-in pattern"),
            allow: Allow::new(&ws.config.privacy.allow),
            subject: subject.map(str::to_string),
        }
    }

    /// `text` with every person and piece of personal data masked.
    pub fn apply(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (from, to) in &self.replace {
            if out.contains(from.as_str()) {
                out = out.replace(from.as_str(), to);
            }
        }
        // NIPs: any 18 digits standing alone, not only the workspace's (a penilai of another
        // agency, an NIP quoted in a note).
        let mut result = String::with_capacity(out.len());
        let mut last = 0;
        for m in self.nip.find_iter(&out) {
            if !super::bounded(&out, m.range()) || self.subject.as_deref() == Some(m.as_str()) {
                continue;
            }
            result.push_str(&out[last..m.start()]);
            result.push_str(&masked(super::Kind::Nik, m.as_str()));
            last = m.end();
        }
        result.push_str(&out[last..]);
        let out = result;
        let found = super::find(&out, &self.allow);
        if found.is_empty() {
            return out;
        }
        let mut result = String::with_capacity(out.len());
        let mut last = 0;
        for f in found {
            result.push_str(&out[last..f.range.start]);
            result.push_str(&masked(f.kind, &out[f.range.clone()]));
            last = f.range.end;
        }
        result.push_str(&out[last..]);
        result
    }
}

/// The forms a name is written in: as recorded ("Dr. Ir. Putri Maharani, S.Kom., M.T."), and
/// without its academic degrees after the comma ("Dr. Ir. Putri Maharani").
fn name_forms(name: &str) -> Vec<String> {
    let name = name.trim();
    let mut forms = vec![name.to_string()];
    if let Some((bare, _)) = name.split_once(',') {
        forms.push(bare.trim().to_string());
    }
    forms
}

/// Initials only: "Putri Maharani, S.Kom." → "P*** M***"; titles before the name are dropped.
fn masked_name(name: &str) -> String {
    let bare = name.split_once(',').map_or(name, |(b, _)| b);
    let words: Vec<String> = bare
        .split_whitespace()
        .filter(|w| !w.ends_with('.'))
        .filter_map(|w| w.chars().next().filter(|c| c.is_alphabetic()))
        .map(|c| format!("{c}***"))
        .collect();
    if words.is_empty() {
        "***".into()
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_initials() {
        assert_eq!(masked_name("Putri Maharani, S.Kom."), "P*** M***");
        assert_eq!(masked_name("Dr. Ir. Budi Santoso, M.T."), "B*** S***");
        assert_eq!(
            name_forms("Putri Maharani, S.Kom."),
            vec!["Putri Maharani, S.Kom.", "Putri Maharani"]
        );
    }
}
