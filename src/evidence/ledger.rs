//! The BuktiDukung ledger file: machine-owned, one entry per line, sorted by (periode,
//! berkas), so that additions on two branches merge cleanly.

use std::path::{Component, Path, PathBuf};

pub use crate::fsutil::Lookup;

use crate::model::bukti::BuktiDukung;
use crate::model::period::Period;

/// The header every ledger starts with.
pub const HEADER: &str =
    "# Dikelola oleh skp — jangan disunting manual; komentar tidak dipertahankan.\n";

/// One entry, as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub sha256: Option<String>,
    pub berkas: Option<String>,
    pub url: Option<String>,
    pub ukuran: Option<u64>,
    pub untuk: Vec<String>,
    #[serde(with = "period_text")]
    pub periode: Period,
    pub jenis: String,
    pub tanggal: Option<String>,
    pub ditambahkan: Option<String>,
    pub keterangan: Option<String>,
    pub bersama: bool,
    pub abaikan: Vec<Exemption>,
}

/// One `abaikan` item of an entry, as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Exemption {
    pub kode: String,
    pub alasan: String,
    /// For B101: the changed content the exemption accepts, so that it never covers a change
    /// made after it was granted (or one written in before any change).
    pub sha256: Option<String>,
}

impl Entry {
    fn sort_key(&self) -> (String, String, String, String) {
        (
            self.periode.to_string(),
            self.berkas.clone().unwrap_or_default(),
            self.url.clone().unwrap_or_default(),
            self.sha256.clone().unwrap_or_default(),
        )
    }
}

/// A whole ledger.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ledger {
    pub skp: String,
    pub entries: Vec<Entry>,
}

impl Ledger {
    /// Reads a ledger's text back (a leading BOM allowed); `None` unless it is one document
    /// that loads without a single finding: a ledger skp cannot fully read must never be
    /// rewritten, or what it does not understand would be lost.
    pub fn parse(text: &str) -> Option<Ledger> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let parsed = crate::yaml::parse(text, crate::yaml::Budget::default());
        // An empty document (a stray `---` at the end) holds nothing to lose, and the loader
        // passes over it too; `add` must not refuse a ledger `check` calls clean.
        let documents: Vec<_> = parsed
            .documents
            .iter()
            .filter(|d| !d.root.is_null())
            .collect();
        let [document] = documents.as_slice() else {
            return None;
        };
        if !parsed.errors.is_empty() {
            return None;
        }
        let mut diags = Vec::new();
        let mut cx = crate::model::convert::Cx {
            file: crate::diag::FileId(0),
            diags: &mut diags,
            plan_year: None,
        };
        let doc = crate::model::convert_document(
            &mut cx,
            crate::model::Kind::BuktiDukung,
            &document.root,
        );
        match doc.map(|d| d.content) {
            Some(crate::model::Content::BuktiDukung(b)) if diags.is_empty() => {
                Some(Ledger::from_model(&b))
            }
            _ => None,
        }
    }

    pub fn from_model(b: &BuktiDukung) -> Ledger {
        let entries = b
            .bukti
            .iter()
            .map(|e| Entry {
                sha256: e.sha256.as_ref().map(|s| s.value.to_lowercase()),
                berkas: e.berkas.as_ref().map(|s| s.value.clone()),
                url: e.url.as_ref().map(|s| s.value.clone()),
                ukuran: e.ukuran.as_ref().map(|s| s.value.max(0) as u64),
                untuk: e.untuk.iter().map(|u| u.value.clone()).collect(),
                periode: e.periode.value,
                jenis: e.jenis.value.clone(),
                tanggal: e.tanggal.as_ref().map(|d| d.value.to_string()),
                ditambahkan: e.ditambahkan.as_ref().map(|s| s.value.clone()),
                keterangan: e.keterangan.as_ref().map(|s| s.value.clone()),
                bersama: e.bersama.as_ref().is_some_and(|b| b.value),
                abaikan: e
                    .abaikan
                    .iter()
                    .flat_map(|l| l.iter())
                    .map(|a| Exemption {
                        kode: a.kode.value.clone(),
                        alasan: a.alasan.value.clone(),
                        sha256: a.sha256.as_ref().map(|s| s.value.to_lowercase()),
                    })
                    .collect(),
            })
            .collect();
        Ledger {
            skp: b.skp.value.clone(),
            entries,
        }
    }

    /// The file text: header, `skp`, then entries one per line, sorted.
    pub fn render(&self) -> String {
        let mut entries = self.entries.clone();
        entries.sort_by_key(Entry::sort_key);
        let mut s = String::from(HEADER);
        s.push_str("apiVersion: skp/v1\nkind: BuktiDukung\n");
        s.push_str(&format!("skp: {}\n", scalar(&self.skp)));
        if entries.is_empty() {
            s.push_str("bukti: []\n");
            return s;
        }
        s.push_str("bukti:\n");
        for e in &entries {
            let mut parts: Vec<String> = Vec::new();
            if let Some(h) = &e.sha256 {
                parts.push(format!("sha256: {h}"));
            }
            if let Some(b) = &e.berkas {
                parts.push(format!("berkas: {}", scalar(b)));
            }
            if let Some(u) = &e.url {
                parts.push(format!("url: {}", quoted(u)));
            }
            if let Some(n) = e.ukuran {
                parts.push(format!("ukuran: {n}"));
            }
            parts.push(format!(
                "untuk: [{}]",
                e.untuk
                    .iter()
                    .map(|u| scalar(u))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            parts.push(format!("periode: {}", quoted(&e.periode.to_string())));
            parts.push(format!("jenis: {}", scalar(&e.jenis)));
            if let Some(t) = &e.tanggal {
                parts.push(format!("tanggal: {}", quoted(&t.to_string())));
            }
            if let Some(t) = &e.ditambahkan {
                parts.push(format!("ditambahkan: {}", quoted(t)));
            }
            if let Some(k) = &e.keterangan {
                parts.push(format!("keterangan: {}", quoted(k)));
            }
            if e.bersama {
                parts.push("bersama: true".into());
            }
            if !e.abaikan.is_empty() {
                parts.push(format!(
                    "abaikan: [{}]",
                    e.abaikan
                        .iter()
                        .map(|x| match &x.sha256 {
                            Some(sha) => format!(
                                "{{ kode: {}, alasan: {}, sha256: {} }}",
                                scalar(&x.kode),
                                quoted(&x.alasan),
                                sha
                            ),
                            None => format!(
                                "{{ kode: {}, alasan: {} }}",
                                scalar(&x.kode),
                                quoted(&x.alasan)
                            ),
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            s.push_str(&format!("  - {{ {} }}\n", parts.join(", ")));
        }
        s
    }
}

/// A double-quoted YAML scalar (JSON string syntax is valid YAML).
fn quoted(s: &str) -> String {
    crate::yaml::quote(s)
}

/// Plain when unambiguous in a flow mapping, quoted otherwise.
fn scalar(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && !s
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '.')
        && !matches!(
            s,
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if safe { s.to_string() } else { quoted(s) }
}

/// The ledger file of an SKP file: `<stem>.bukti.yaml` beside it.
pub fn ledger_path(skp_file: &Path) -> PathBuf {
    let stem = skp_file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("skp");
    skp_file.with_file_name(format!("{stem}.bukti.yaml"))
}

/// A `berkas` value as a safe relative path: `/`-separated, no root, no `..`, not empty.
pub fn safe_relative(berkas: &str) -> Option<PathBuf> {
    if berkas.contains('\\') || berkas.contains('\0') {
        return None;
    }
    let mut out = PathBuf::new();
    for c in Path::new(berkas).components() {
        match c {
            Component::Normal(s) => out.push(s),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    (!out.as_os_str().is_empty()).then_some(out)
}

/// A `berkas` value as skp writes it (`/`-separated, no `.` or empty parts), so that a hand
/// edit spelling the same file `./pegawai/…` or `pegawai//…` names the same file in every
/// comparison of paths. A path [`safe_relative`] refuses is returned as it is.
pub fn canonical(berkas: &str) -> std::borrow::Cow<'_, str> {
    let plain = !berkas.starts_with("./")
        && !berkas.ends_with('/')
        && !berkas.ends_with("/.")
        && !berkas.contains("/./")
        && !berkas.contains("//")
        && berkas != ".";
    if plain {
        return berkas.into();
    }
    match safe_relative(berkas) {
        Some(rel) => rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
            .into(),
        None => berkas.into(),
    }
}

/// A recorded path that leaves the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Escapes;

/// `rel` under `root`, refusing paths that leave the workspace through `..`, an absolute path
/// or a symlink. `Ok(None)` when nothing is there, or it cannot be looked at ([`look_inside`]
/// tells these apart).
pub fn resolve_inside(root: &Path, berkas: &str) -> Result<Option<PathBuf>, Escapes> {
    match look_inside(root, berkas) {
        Lookup::Found(path, _) => Ok(Some(path)),
        Lookup::Missing | Lookup::Unreadable(_) => Ok(None),
        Lookup::Outside => Err(Escapes),
    }
}

/// What is at the recorded path `berkas`, looked at from inside the workspace only
/// ([`crate::fsutil::look_inside`]): a path [`safe_relative`] refuses is `Outside`.
pub fn look_inside(root: &Path, berkas: &str) -> Lookup {
    match safe_relative(berkas) {
        Some(rel) => crate::fsutil::look_inside(root, &rel),
        None => Lookup::Outside,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_paths_drop_dot_and_empty_parts_only() {
        for (raw, want) in [
            ("pegawai/a/bukti/x.pdf", "pegawai/a/bukti/x.pdf"),
            ("./pegawai/a/bukti/x.pdf", "pegawai/a/bukti/x.pdf"),
            ("pegawai//a/./bukti/x.pdf", "pegawai/a/bukti/x.pdf"),
            ("pegawai/a/bukti/", "pegawai/a/bukti"),
            // Refused paths stay as written, for B103 to name.
            ("../x.pdf", "../x.pdf"),
            ("./../x.pdf", "./../x.pdf"),
            ("/etc/x.pdf", "/etc/x.pdf"),
        ] {
            assert_eq!(canonical(raw), want, "{raw}");
        }
    }

    #[test]
    fn a_stray_empty_document_is_no_reason_to_refuse_a_ledger() {
        let text =
            format!("{HEADER}apiVersion: skp/v1\nkind: BuktiDukung\nskp: a-2026\nbukti: []\n---\n");
        let l = Ledger::parse(&text).expect("one ledger and an empty document");
        assert_eq!(l.skp, "a-2026");
        // Two real documents are still refused: which one would be rewritten?
        let two = format!("{text}apiVersion: skp/v1\nkind: BuktiDukung\nskp: b-2026\nbukti: []\n");
        assert!(Ledger::parse(&two).is_none());
    }

    #[test]
    fn rendering_is_sorted_and_round_trips_through_the_loader() {
        let l = Ledger {
            skp: "199001012015032001-2026".into(),
            entries: vec![
                Entry {
                    sha256: Some("b".repeat(64)),
                    berkas: Some("pegawai/x/bukti/2026-TW2/b.pdf".into()),
                    url: None,
                    ukuran: Some(10),
                    untuk: vec!["IKI-1.1".into()],
                    periode: Period::Quarter(2026, 2),
                    jenis: "dokumen".into(),
                    tanggal: Some("2026-05-01".into()),
                    ditambahkan: Some("2026-05-02T00:00:00+07:00".into()),
                    keterangan: Some("catatan: \"penting\", ya".into()),
                    bersama: false,
                    abaikan: vec![],
                },
                Entry {
                    sha256: None,
                    berkas: None,
                    url: Some("https://contoh.go.id/a?b=1".into()),
                    ukuran: None,
                    untuk: vec!["RHK-1".into(), "perilaku/kolaboratif".into()],
                    periode: Period::Quarter(2026, 1),
                    jenis: "tautan".into(),
                    tanggal: None,
                    ditambahkan: None,
                    keterangan: None,
                    bersama: true,
                    abaikan: vec![
                        Exemption {
                            kode: "B105".into(),
                            alasan: "SK tim berlaku setahun".into(),
                            sha256: None,
                        },
                        Exemption {
                            kode: "B101".into(),
                            alasan: "dipindai ulang".into(),
                            sha256: Some("c".repeat(64)),
                        },
                    ],
                },
            ],
        };
        let text = l.render();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[5].contains("2026-TW1"), "{text}");
        assert!(lines[6].contains("2026-TW2"));
        let mut again = Ledger::parse(&text).expect("a rendered ledger loads cleanly");
        let mut original = l.clone();
        again.entries.sort_by_key(Entry::sort_key);
        original.entries.sort_by_key(Entry::sort_key);
        assert_eq!(again, original);
    }

    #[test]
    fn unsafe_paths_are_refused() {
        assert!(safe_relative("../../etc/passwd").is_none());
        assert!(safe_relative("/etc/passwd").is_none());
        assert!(safe_relative("a/../../b").is_none());
        assert_eq!(safe_relative("./a/b.pdf"), Some(PathBuf::from("a/b.pdf")));
    }
}

/// `Period` as its canonical text in the stat cache.
mod period_text {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::model::period::Period;

    pub fn serialize<S: Serializer>(p: &Period, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&p.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Period, D::Error> {
        let s = String::deserialize(d)?;
        Period::parse(&s).ok_or_else(|| serde::de::Error::custom("bad period"))
    }
}
