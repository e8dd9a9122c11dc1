//! `--mask`: output meant to be shared beyond the unit, with NIPs, the names of people other
//! than the document's subject, and everything a `D` rule matches hidden.
//!
//! Masking works on the finished text (a table, JSON, CSV, HTML), so no renderer can forget a
//! field: every known name and NIP of the workspace is replaced wherever it appears, and the
//! personal-data patterns of [`super::find`] run over what is left.

use std::collections::HashSet;

use regex::Regex;

use super::Allow;
use crate::model::Content;
use crate::workspace::Workspace;

/// Replaces the people and personal data of one workspace in output text.
#[derive(Debug)]
pub struct Masker {
    /// The words of every masked name ("Putri", "Maharani"), masked wherever they stand as a
    /// word: a table may wrap a name across lines, a sentence may name someone by first name.
    words: HashSet<String>,
    /// Names as HTML escapes them, with their masks.
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
        let subject_names: Vec<&str> = people
            .iter()
            .filter(|(n, _)| subject.is_some() && n.as_deref() == subject)
            .map(|(_, name)| name.as_str())
            .collect();
        let kept: HashSet<&str> = subject_names.iter().flat_map(|n| name_words(n)).collect();
        let mut words = HashSet::new();
        let mut replace: Vec<(String, String)> = Vec::new();
        for (_, name) in people
            .iter()
            .filter(|(_, n)| !subject_names.contains(&n.as_str()))
        {
            for w in name_words(name) {
                if !kept.contains(w) {
                    words.insert(w.to_string());
                }
            }
            // As HTML output escapes it ("Ma'ruf" → "Ma&#39;ruf"), which the word pass cannot
            // see as one word.
            if name.contains(['\'', '&']) {
                let escaped = name.replace('&', "&amp;").replace('\'', "&#39;");
                replace.push((escaped, masked_name(name)));
            }
        }
        Masker {
            words,
            replace,
            // Whole, or in its groups with spaces or dots (`19860208 201012 1 001`,
            // `19860208.201012.1.001`).
            nip: Regex::new(r"[0-9]{8}[ .]?[0-9]{6}[ .]?[0-9][ .]?[0-9]{3}")
                .expect("a valid built-in pattern"),
            allow: Allow::new(&ws.config.privacy.allow),
            subject: subject.map(str::to_string),
        }
    }

    /// `text` with every person and piece of personal data masked. Every mask has the length
    /// of what it hides, so tables stay aligned and HTML and JSON stay well formed.
    pub fn apply(&self, text: &str) -> String {
        let mut text = std::borrow::Cow::Borrowed(text);
        for (from, to) in &self.replace {
            if text.contains(from.as_str()) {
                text = std::borrow::Cow::Owned(text.replace(from.as_str(), to));
            }
        }
        let mut out = String::with_capacity(text.len());
        let mut word = String::new();
        for c in text.chars().chain(std::iter::once('\n')) {
            if c.is_alphabetic() || (c == '\'' && !word.is_empty()) {
                word.push(c);
                continue;
            }
            if !word.is_empty() {
                if self.words.contains(&word) {
                    out.push_str(&masked_name(&word));
                } else {
                    out.push_str(&word);
                }
                word.clear();
            }
            out.push(c);
        }
        out.pop();
        // NIPs: any 18 digits standing alone (also written in groups, `19680414 199303 1 008`),
        // not only the workspace's: a penilai of another agency, an NIP quoted in a note.
        let mut result = String::with_capacity(out.len());
        let mut last = 0;
        for m in self.nip.find_iter(&out) {
            let digits = super::digits_of(m.as_str());
            if !super::bounded(&out, m.range()) || self.subject.as_deref() == Some(digits.as_str())
            {
                continue;
            }
            result.push_str(&out[last..m.start()]);
            let mut i = 0;
            for c in m.as_str().chars() {
                if c.is_ascii_digit() {
                    result.push(if (4..14).contains(&i) { '*' } else { c });
                    i += 1;
                } else {
                    result.push(c);
                }
            }
            last = m.end();
        }
        result.push_str(&out[last..]);
        super::mask_in_place_except(&result, &self.allow).into_owned()
    }
}

/// The words of a name that say who someone is: not the academic degrees after the comma, not
/// titles ("Dr.", "Ir.", "H."), not words of one or two letters.
fn name_words(name: &str) -> impl Iterator<Item = &str> {
    let bare = name.split_once(',').map_or(name, |(b, _)| b);
    bare.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '.'))
        .filter(|w| !w.ends_with('.'))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
}

/// Initials kept, every other letter of the name hidden, degrees and titles kept:
/// "Dr. Putri Maharani, S.Kom." → "Dr. P**** M*******, S.Kom.".
fn masked_name(name: &str) -> String {
    let (bare, degrees) = match name.split_once(',') {
        Some((b, d)) => (b, Some(d)),
        None => (name, None),
    };
    let mut out = String::with_capacity(name.len());
    for (i, word) in bare.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.ends_with('.') {
            // A title (Dr., Ir., H.): not the person.
            out.push_str(word);
            continue;
        }
        let mut first = true;
        for c in word.chars() {
            if c.is_alphabetic() && !first {
                out.push('*');
            } else {
                out.push(c);
            }
            if c.is_alphabetic() {
                first = false;
            }
        }
    }
    if let Some(d) = degrees {
        out.push(',');
        out.push_str(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_initials() {
        assert_eq!(
            masked_name("Putri Maharani, S.Kom."),
            "P**** M*******, S.Kom."
        );
        assert_eq!(
            masked_name("Dr. Ir. Budi Santoso, M.T."),
            "Dr. Ir. B*** S******, M.T."
        );
        assert_eq!(masked_name("Ma'ruf Amin"), "M*'*** A***");
        assert_eq!(
            name_words("Dr. Ir. Putri Maharani, S.Kom.").collect::<Vec<_>>(),
            vec!["Putri", "Maharani"]
        );
    }
}
