//! Building the index and resolving references.

use super::{Cascade, Origin, Reference, Target, Unresolved};
use crate::model::reference::Ref;
use crate::model::skp::Skp;
use crate::model::{Content, Doc};

fn overlaps(a: &Skp, b: &Skp) -> bool {
    let (a0, a1) = a.period();
    let (b0, b1) = b.period();
    a0 <= b1 && b0 <= a1
}

/// Ids of a document's entries, for lookups and "closest id" hints.
fn entry_ids(doc: &Doc) -> Vec<&str> {
    match &doc.content {
        Content::Skp(s) => s
            .hasil_kerja
            .iter()
            .flat_map(|r| {
                std::iter::once(r.id.value.as_str())
                    .chain(r.indikator.iter().map(|i| i.id.value.as_str()))
            })
            .collect(),
        Content::Renstra(r) => r
            .entries()
            .into_iter()
            .map(|e| e.id.value.as_str())
            .collect(),
        Content::PerjanjianKinerja(p) => p
            .entries()
            .into_iter()
            .map(|e| e.id.value.as_str())
            .collect(),
        _ => Vec::new(),
    }
}

/// Up to three ids of the target document closest to `wanted`.
pub fn closest(ids: &[&str], wanted: &str) -> Vec<String> {
    let w = wanted.to_lowercase();
    let mut scored: Vec<(usize, &str)> = ids
        .iter()
        .map(|id| (strsim::damerau_levenshtein(&w, &id.to_lowercase()), *id))
        .filter(|(d, id)| *d <= (id.len().max(3) / 2).max(2))
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(3)
        .map(|(_, id)| id.to_string())
        .collect()
}

fn find_in_skp(skp: &Skp, entry: &str) -> Option<(usize, Option<usize>)> {
    for (ri, r) in skp.hasil_kerja.iter().enumerate() {
        if r.id.value == entry {
            return Some((ri, None));
        }
        if let Some(ii) = r.indikator.iter().position(|i| i.id.value == entry) {
            return Some((ri, Some(ii)));
        }
    }
    None
}

struct Resolver<'a> {
    docs: &'a [Doc],
    c: &'a Cascade,
}

impl Resolver<'_> {
    fn skp(&self, i: usize) -> Option<&Skp> {
        match &self.docs[i].content {
            Content::Skp(s) => Some(s),
            _ => None,
        }
    }

    /// The SKP of `nip` whose period overlaps `from`.
    fn by_nip(&self, nip: &str, from: &Skp) -> Result<usize, Unresolved> {
        let list = self
            .c
            .skps_by_nip
            .get(nip)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let hits: Vec<usize> = list
            .iter()
            .copied()
            .filter(|&i| self.skp(i).is_some_and(|s| overlaps(s, from)))
            .collect();
        match hits.len() {
            0 => Err(Unresolved::NoSuperiorSkp {
                nip: nip.to_string(),
            }),
            1 => Ok(hits[0]),
            _ => Err(Unresolved::Ambiguous {
                nip: nip.to_string(),
                candidates: hits,
            }),
        }
    }

    fn entry_in(&self, doc: usize, entry: &str) -> Result<Target, Unresolved> {
        let d = &self.docs[doc];
        if let Content::Skp(s) = &d.content {
            return match find_in_skp(s, entry) {
                Some((rhk, iki)) => Ok(Target::Skp { doc, rhk, iki }),
                None => Err(Unresolved::UnknownEntry {
                    doc,
                    entry: entry.to_string(),
                    closest: closest(&entry_ids(d), entry),
                }),
            };
        }
        let ids = entry_ids(d);
        if ids.contains(&entry) {
            Ok(Target::Org {
                doc,
                entry: entry.to_string(),
            })
        } else {
            Err(Unresolved::UnknownEntry {
                doc,
                entry: entry.to_string(),
                closest: closest(&ids, entry),
            })
        }
    }

    /// The document named by `DOC`: an SKP id, a Renstra/PK id, or a NIP.
    fn doc(&self, name: &str, from: Option<&Skp>) -> Result<usize, Unresolved> {
        if let Some(&i) = self.c.skp_by_id.get(name) {
            return Ok(i);
        }
        if let Some(&i) = self.c.org_by_id.get(name) {
            return Ok(i);
        }
        if name.len() == 18
            && name.bytes().all(|b| b.is_ascii_digit())
            && let Some(from) = from
        {
            return self.by_nip(name, from).map_err(|e| match e {
                Unresolved::NoSuperiorSkp { nip } => Unresolved::UnknownDoc {
                    doc: nip,
                    closest: Vec::new(),
                },
                other => other,
            });
        }
        let mut ids: Vec<&str> = self.c.skp_by_id.keys().map(String::as_str).collect();
        ids.extend(self.c.org_by_id.keys().map(String::as_str));
        Err(Unresolved::UnknownDoc {
            doc: name.to_string(),
            closest: closest(&ids, name),
        })
    }

    /// A bare `ENTRY` of an `intervensi`: against the plt/plh position's SKP, else the SKP of
    /// `atasan_kinerja` (default: the penilai) overlapping the referring SKP.
    fn superior(&self, from: &Skp) -> Result<usize, Unresolved> {
        if let Some(id) = &from.pejabat_penilai.skp
            && from.atasan_kinerja.is_none()
        {
            return self.doc(&id.value, Some(from));
        }
        // An appraiser without a NIP, or of unknown NIP (a transcribed document), cannot be
        // found here: a bare reference to them is outside what the workspace can check.
        let nip = match (&from.atasan_kinerja, from.pejabat_penilai.known_nip()) {
            (Some(a), _) => a.value.as_str(),
            (None, Some(p)) => p,
            (None, None) => return Err(Unresolved::Outside),
        };
        self.by_nip(nip, from)
    }
}

/// Indexes the workspace's documents and resolves every reference.
pub fn build(docs: &[Doc]) -> Cascade {
    let mut c = Cascade {
        superiors: super::Superiors::of(docs),
        ..Cascade::default()
    };
    for (i, d) in docs.iter().enumerate() {
        match &d.content {
            Content::Skp(s) => {
                // An SKP of unknown NIP has no id to be found by unless it states one.
                if s.nip().is_some() || s.id.is_some() {
                    c.skp_by_id.entry(s.resolved_id.value.clone()).or_insert(i);
                }
                if let Some(nip) = s.nip() {
                    c.skps_by_nip.entry(nip.to_string()).or_default().push(i);
                }
            }
            Content::Renstra(r) => {
                c.org_by_id.entry(r.id.value.clone()).or_insert(i);
            }
            Content::PerjanjianKinerja(p) => {
                c.org_by_id.entry(p.id.value.clone()).or_insert(i);
            }
            _ => {}
        }
    }
    let mut refs = Vec::new();
    {
        let r = Resolver { docs, c: &c };
        for (di, d) in docs.iter().enumerate() {
            match &d.content {
                Content::Skp(s) => {
                    for (ri, rhk) in s.hasil_kerja.iter().enumerate() {
                        for (ii, iv) in rhk.intervensi.iter().flat_map(|l| l.iter()).enumerate() {
                            let text = iv.reference.value.clone();
                            let parsed = Ref::parse(&text);
                            let bare = parsed.as_ref().is_some_and(|p| p.doc.is_none());
                            let result = match parsed {
                                None => continue,
                                Some(Ref { doc: None, entry }) => {
                                    r.superior(s).and_then(|t| r.entry_in(t, &entry))
                                }
                                Some(Ref {
                                    doc: Some(name),
                                    entry,
                                }) => r.doc(&name, Some(s)).and_then(|t| {
                                    if matches!(docs[t].content, Content::Skp(_)) {
                                        r.entry_in(t, &entry)
                                    } else {
                                        Err(Unresolved::WrongKind { doc: t })
                                    }
                                }),
                            };
                            // Marked as kept in another repository, and its document is not
                            // here: nothing to resolve it to. A document that is here is
                            // checked like any other, mark or not (the mark must not switch
                            // off the check of a reference this workspace can check).
                            let result = match result {
                                Err(
                                    Unresolved::UnknownDoc { .. }
                                    | Unresolved::NoSuperiorSkp { .. }
                                    | Unresolved::Outside,
                                ) if iv.eksternal => Err(Unresolved::External),
                                other => other,
                            };
                            refs.push(Reference {
                                origin: Origin::Intervensi {
                                    doc: di,
                                    rhk: ri,
                                    item: ii,
                                },
                                file: d.file,
                                span: iv.reference.span,
                                text,
                                snapshot: iv.teks.as_ref().map(|t| (t.value.clone(), t.span)),
                                bare,
                                result,
                            });
                        }
                        for (ii, a) in rhk.acuan.iter().flat_map(|l| l.iter()).enumerate() {
                            refs.push(acuan(
                                &r,
                                docs,
                                d,
                                Origin::SkpAcuan {
                                    doc: di,
                                    rhk: ri,
                                    item: ii,
                                },
                                a,
                                Some(s),
                            ));
                        }
                    }
                }
                Content::PerjanjianKinerja(p) => {
                    for (si, sas) in p.sasaran.iter().enumerate() {
                        for (ii, a) in sas.acuan.iter().flat_map(|l| l.iter()).enumerate() {
                            refs.push(acuan(
                                &r,
                                docs,
                                d,
                                Origin::PkAcuan {
                                    doc: di,
                                    sasaran: si,
                                    item: ii,
                                },
                                a,
                                None,
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for (i, r) in refs.iter().enumerate() {
        if let Ok(Target::Skp { doc, rhk, .. }) = &r.result {
            c.served.entry((*doc, *rhk)).or_default().push(i);
        }
    }
    c.references = refs;
    c
}

fn acuan(
    r: &Resolver<'_>,
    docs: &[Doc],
    d: &Doc,
    origin: Origin,
    a: &crate::model::Sp<String>,
    from: Option<&Skp>,
) -> Reference {
    let parsed = Ref::parse(&a.value);
    let result = match parsed {
        Some(Ref {
            doc: Some(name),
            entry,
        }) => r.doc(&name, from).and_then(|t| {
            if matches!(docs[t].content, Content::Skp(_)) {
                Err(Unresolved::WrongKind { doc: t })
            } else {
                r.entry_in(t, &entry)
            }
        }),
        // `acuan` always names its document.
        _ => Err(Unresolved::UnknownDoc {
            doc: a.value.clone(),
            closest: Vec::new(),
        }),
    };
    Reference {
        origin,
        file: d.file,
        span: a.span,
        text: a.value.clone(),
        snapshot: None,
        bare: false,
        result,
    }
}
