//! Phase two of loading: the spanned node tree → the typed model.
//!
//! Hand-written rather than serde-derived so that one pass reports *every* format problem in a
//! file (serde stops at the first), keeps spans and raw scalar text, and phrases each problem
//! for the person who wrote it.

mod approval;
mod bukti;
mod manual;
mod org;
mod realisasi;
mod skp;

use crate::base::codes;
use crate::diag::{Diagnostic, FileId, Span};
use crate::i18n::Msg;
use crate::model::date::Date;
use crate::model::nip::{Nip, structure_problems};
use crate::model::period::Period;
use crate::model::reference::is_valid_id;
use crate::model::vocab::Vocab;
use crate::model::{Content, Doc, Kind, Sp};
use crate::yaml::{Node, NodeKind, Style};

/// Conversion context: the file being converted and where its diagnostics go.
pub struct Cx<'a> {
    pub file: FileId,
    pub diags: &'a mut Vec<Diagnostic>,
    /// The year the document plans for, once its `tahun` is read (an SKP, a PK): a deadline
    /// written without its year (`paling lambat 31 Maret`) falls in it.
    pub plan_year: Option<i32>,
}

/// The keys of one mapping, checked against the fields its type allows.
pub struct Fields<'n> {
    pub span: Span,
    entries: Vec<(&'n str, &'n Node)>,
    /// Keys outside the allowed list, for a mapping read with [`Cx::open_fields`].
    pub unknown: Vec<(&'n str, Span)>,
}

impl<'n> Fields<'n> {
    /// The value of `key`, treating an explicit null (`key:` with nothing after it) as absent.
    pub fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_null())
    }
}

impl Cx<'_> {
    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    pub fn diag(&mut self, code: &'static str, span: Span, msg: Msg) -> &mut Diagnostic {
        self.diags.push(Diagnostic::new(code, self.file, span, msg));
        let last = self.diags.len() - 1;
        &mut self.diags[last]
    }

    /// Reads a mapping whose allowed keys are `allowed`; reports unknown and duplicate keys.
    pub fn fields<'n>(
        &mut self,
        node: &'n Node,
        field: &str,
        allowed: &[&str],
    ) -> Option<Fields<'n>> {
        self.fields_with(node, field, allowed, false)
    }

    /// As [`Cx::fields`], but unknown keys are left in [`Fields::unknown`] for a rule that
    /// knows better than "unknown field" what they are (the aspects of a former regulation).
    pub fn open_fields<'n>(
        &mut self,
        node: &'n Node,
        field: &str,
        allowed: &[&str],
    ) -> Option<Fields<'n>> {
        self.fields_with(node, field, allowed, true)
    }

    fn fields_with<'n>(
        &mut self,
        node: &'n Node,
        field: &str,
        allowed: &[&str],
        open: bool,
    ) -> Option<Fields<'n>> {
        let NodeKind::Map(entries) = &node.kind else {
            self.wrong_type(node, field, Expected::Map);
            return None;
        };
        #[cfg(test)]
        record::allowed(allowed);
        let mut out: Vec<(&'n str, &'n Node)> = Vec::with_capacity(entries.len());
        let mut unknown = Vec::new();
        // A map, not a list: a hostile mapping may be hundreds of thousands of keys wide.
        let mut keys: foldhash::HashMap<&'n str, Span> =
            foldhash::HashMapExt::with_capacity(entries.len());
        for e in entries {
            let Some(key) = e.key.as_str().filter(|_| !e.key.is_null()) else {
                self.diag(
                    codes::INVALID_VALUE,
                    e.key.span,
                    Msg::KeyNotText {
                        field: field.to_string(),
                    },
                )
                .with("kolom", field);
                continue;
            };
            if let Some(&first) = keys.get(key) {
                self.duplicate_key(key, e.key.span, first);
                continue;
            }
            keys.insert(key, e.key.span);
            if !allowed.contains(&key) && open {
                unknown.push((key, e.key.span));
                continue;
            }
            if !allowed.contains(&key) {
                let suggestion = did_you_mean(key, allowed);
                let d = self
                    .diag(
                        codes::UNKNOWN_FIELD,
                        e.key.span,
                        Msg::UnknownField {
                            field: key.to_string(),
                            parent: field.to_string(),
                        },
                    )
                    .with("kolom", key)
                    .with("induk", field);
                // `{ realisasi: 2,5 hari kerja }`: in braces a comma ends the value, and the
                // rest of the decimal comes back as a field of its own.
                let cut = key
                    .starts_with(|c: char| c.is_ascii_digit())
                    .then(|| out.last())
                    .flatten()
                    .and_then(|(k, v)| Some((*k, v.as_str()?)))
                    .filter(|(_, v)| v.ends_with(|c: char| c.is_ascii_digit()));
                d.help = Some(match (cut, suggestion) {
                    (Some((before, value)), _) => Msg::HelpDecimalCut {
                        field: before.to_string(),
                        value: format!("{value},{key}"),
                    },
                    (None, Some(s)) => {
                        d.args.insert("saran", s.into());
                        Msg::HelpDidYouMean {
                            suggestion: s.to_string(),
                        }
                    }
                    (None, None) => Msg::HelpKnownFields {
                        fields: allowed.join(", "),
                    },
                });
                continue;
            }
            out.push((key, &e.value));
        }
        Some(Fields {
            span: node.span,
            entries: out,
            unknown,
        })
    }

    /// A required field: reports F003 at the mapping when it is absent.
    pub fn req<'n>(&mut self, f: &Fields<'n>, key: &str, parent: &str) -> Option<&'n Node> {
        let v = f.get(key);
        if v.is_none() {
            let span = first_line(f.span);
            let d = self.diag(
                codes::MISSING_FIELD,
                span,
                Msg::MissingField {
                    field: key.to_string(),
                    parent: parent.to_string(),
                },
            );
            d.with("kolom", key).with("induk", parent);
            d.help = Some(Msg::HelpMissingField {
                field: key.to_string(),
            });
        }
        v
    }

    pub fn wrong_type(&mut self, node: &Node, field: &str, expected: Expected) {
        let found = node.type_name();
        self.diag(
            codes::INVALID_VALUE,
            node.span,
            Msg::WrongType {
                field: field.to_string(),
                expected,
                found: found.to_string(),
            },
        )
        .with("kolom", field)
        .with("diharapkan", expected.code())
        .with("ditemukan", found);
    }

    /// A text scalar. Numbers and booleans written plainly are accepted as their text.
    pub fn text(&mut self, node: &Node, field: &str) -> Option<Sp<String>> {
        match &node.kind {
            NodeKind::Scalar { value, .. } if !node.is_null() => {
                Some(Sp::new(value.trim().to_string(), node.span))
            }
            _ => {
                self.wrong_type(node, field, Expected::Text);
                None
            }
        }
    }

    pub fn opt_text(&mut self, f: &Fields<'_>, key: &str) -> Option<Sp<String>> {
        f.get(key).and_then(|n| self.text(n, key))
    }

    pub fn req_text(&mut self, f: &Fields<'_>, key: &str, parent: &str) -> Option<Sp<String>> {
        self.req(f, key, parent).and_then(|n| self.text(n, key))
    }

    pub fn int(&mut self, node: &Node, field: &str) -> Option<Sp<i64>> {
        let parsed = match &node.kind {
            NodeKind::Scalar {
                value,
                style: Style::Plain,
            } => value.trim().parse::<i64>().ok(),
            _ => None,
        };
        match (&node.kind, parsed) {
            // A written value that is no whole number ("dua ribu", "2026" in quotes): say what
            // to write instead of naming YAML's types.
            (NodeKind::Scalar { value, style }, None) if !node.is_null() => {
                let t = value.trim();
                let digits = t.strip_prefix('-').unwrap_or(t);
                let whole = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
                let field_s = field.to_string();
                let msg = match (whole, style) {
                    // `"2026"`: a whole number, but quoted, so text.
                    (true, s) if *s != Style::Plain && t.parse::<i64>().is_ok() => {
                        Msg::IntegerQuoted {
                            field: field_s,
                            value: value.clone(),
                        }
                    }
                    // Digits beyond any year or count a plan holds.
                    (true, _) => Msg::IntegerTooLarge {
                        field: field_s,
                        value: value.clone(),
                    },
                    _ => Msg::NotAnInteger {
                        field: field_s,
                        value: value.clone(),
                    },
                };
                let d = self
                    .diag(codes::INVALID_VALUE, node.span, msg)
                    .with("kolom", field)
                    .with("diharapkan", Expected::Integer.code())
                    .with("ditemukan", node.type_name());
                d.help = Some(Msg::HelpIntegerForm);
            }
            (_, None) => self.wrong_type(node, field, Expected::Integer),
            _ => {}
        }
        parsed.map(|v| Sp::new(v, node.span))
    }

    pub fn year(&mut self, node: &Node, field: &str) -> Option<Sp<i32>> {
        let v = self.int(node, field)?;
        if !(1900..=2200).contains(&v.value) {
            self.diag(
                codes::INVALID_VALUE,
                node.span,
                Msg::BadYear {
                    field: field.to_string(),
                    value: v.value.to_string(),
                },
            )
            .with("kolom", field)
            .with("nilai", v.value);
            return None;
        }
        Some(v.map(|y| y as i32))
    }

    pub fn boolean(&mut self, node: &Node, field: &str) -> Option<Sp<bool>> {
        let parsed = match &node.kind {
            NodeKind::Scalar {
                value,
                style: Style::Plain,
            } => match value.as_str() {
                "true" | "True" | "TRUE" => Some(true),
                "false" | "False" | "FALSE" => Some(false),
                _ => None,
            },
            _ => None,
        };
        if parsed.is_none() {
            self.wrong_type(node, field, Expected::Boolean);
        }
        parsed.map(|v| Sp::new(v, node.span))
    }

    pub fn date(&mut self, node: &Node, field: &str) -> Option<Sp<Date>> {
        let text = self.text(node, field)?;
        match Date::parse(&text.value) {
            Some(d) => Some(Sp::new(d, node.span)),
            None => {
                self.diag(
                    codes::INVALID_VALUE,
                    node.span,
                    Msg::BadDate {
                        field: field.to_string(),
                        value: text.value.clone(),
                    },
                )
                .with("kolom", field)
                .with("nilai", text.value);
                None
            }
        }
    }

    pub fn period(&mut self, node: &Node, field: &str) -> Option<Sp<Period>> {
        let text = self.text(node, field)?;
        match Period::parse(&text.value) {
            Some(p) => Some(Sp::new(p, node.span)),
            None => {
                self.diag(
                    codes::INVALID_VALUE,
                    node.span,
                    Msg::BadPeriod {
                        field: field.to_string(),
                        value: text.value.clone(),
                    },
                )
                .with("kolom", field)
                .with("nilai", text.value)
                .help = Some(Msg::HelpPeriodForms);
                None
            }
        }
    }

    /// An enumerated value; an unknown one lists the allowed codes with their labels.
    pub fn vocab<V: Vocab + PartialEq>(&mut self, node: &Node, field: &str) -> Option<Sp<V>> {
        let text = self.text(node, field)?;
        if let Some(v) = V::parse(&text.value) {
            return Some(Sp::new(v, node.span));
        }
        let codes_list: Vec<&str> = V::ALL.iter().map(|(_, c, _)| *c).collect();
        // Accept the label or a different case as a hint, never silently.
        let hint = V::ALL
            .iter()
            .find(|(_, c, l)| {
                c.eq_ignore_ascii_case(&text.value) || l.eq_ignore_ascii_case(&text.value)
            })
            .map(|(_, c, _)| *c)
            .or_else(|| {
                crate::model::vocab::FORMER_NAMES
                    .iter()
                    .find(|(old, code)| {
                        old.eq_ignore_ascii_case(text.value.trim()) && codes_list.contains(code)
                    })
                    .map(|(_, c)| *c)
            })
            .or_else(|| did_you_mean(&text.value, &codes_list));
        let d = self
            .diag(
                codes::INVALID_VALUE,
                node.span,
                Msg::BadEnum {
                    field: field.to_string(),
                    value: text.value.clone(),
                },
            )
            .with("kolom", field)
            .with("nilai", text.value.as_str())
            .with("nilai_sah", codes_list.clone());
        d.help = Some(Msg::HelpAllowedValues {
            allowed: V::allowed().join(", "),
            suggestion: hint.map(str::to_string),
        });
        None
    }

    pub fn opt_vocab<V: Vocab + PartialEq>(&mut self, f: &Fields<'_>, key: &str) -> Option<Sp<V>> {
        f.get(key).and_then(|n| self.vocab(n, key))
    }

    /// An id of the form `[A-Za-z0-9][A-Za-z0-9._-]*`.
    pub fn id(&mut self, node: &Node, field: &str) -> Option<Sp<String>> {
        let text = self.text(node, field)?;
        if is_valid_id(&text.value) {
            return Some(text);
        }
        self.diag(
            codes::INVALID_ID,
            node.span,
            Msg::BadId {
                field: field.to_string(),
                value: text.value.clone(),
            },
        )
        .with("kolom", field)
        .with("nilai", text.value)
        .help = Some(Msg::HelpIdForm);
        None
    }

    /// A sequence whose items are converted by `item`; items that fail are skipped.
    pub fn list<T>(
        &mut self,
        node: &Node,
        field: &str,
        mut item: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Option<Sp<Vec<T>>> {
        let NodeKind::Seq(items) = &node.kind else {
            self.wrong_type(node, field, Expected::List);
            return None;
        };
        // Sized to the items written: collecting through `filter_map` would grow by doubling and
        // leave a fifth of an agency's indicators as unused capacity (4 slots for 3 IKIs).
        let mut out = Vec::with_capacity(items.len());
        out.extend(items.iter().filter_map(|n| item(self, n)));
        out.shrink_to_fit();
        Some(Sp::new(out, node.span))
    }

    /// One value or a list of values (`intervensi`, `acuan`).
    pub fn one_or_list<T>(
        &mut self,
        node: &Node,
        field: &str,
        mut item: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Option<Sp<Vec<T>>> {
        match &node.kind {
            NodeKind::Seq(_) => self.list(node, field, item),
            _ => item(self, node).map(|v| Sp::new(vec![v], node.span)),
        }
    }

    pub fn text_list(&mut self, node: &Node, field: &str) -> Option<Sp<Vec<Sp<String>>>> {
        self.list(node, field, |cx, n| cx.text(n, field))
    }

    /// A NIP, or `tidak_diketahui` where DESIGN §9.2 allows it (the employee and the appraiser
    /// of an SKP transcribed from a document with a blank identity).
    pub fn nip_or_unknown(&mut self, node: &Node, field: &str) -> Option<Sp<Nip>> {
        if node.as_str().map(str::trim) == Some(crate::model::nip::UNKNOWN) {
            return Some(Sp::new(
                Nip(crate::model::nip::UNKNOWN.to_string()),
                node.span,
            ));
        }
        self.nip(node, field)
    }

    /// A NIP: a quoted string of 18 digits.
    pub fn nip(&mut self, node: &Node, field: &str) -> Option<Sp<Nip>> {
        let NodeKind::Scalar { value, style } = &node.kind else {
            self.wrong_type(node, field, Expected::Text);
            return None;
        };
        if node.is_null() {
            self.wrong_type(node, field, Expected::Text);
            return None;
        }
        let raw = value.trim();
        let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if *style == Style::Plain && digits.bytes().all(|b| b.is_ascii_digit()) {
            // YAML reads this as an integer: it works by accident until a NIP starts with 0 or
            // a tool reformats it, so it is an error with the exact fix.
            self.diag(
                codes::NIP_UNQUOTED,
                node.span,
                Msg::NipUnquoted {
                    nip: raw.to_string(),
                },
            )
            .with("nip", digits.as_str())
            .help = Some(Msg::HelpQuoteNip {
                field: field.to_string(),
                nip: digits.clone(),
            });
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) || digits.is_empty() {
            self.diag(
                codes::INVALID_VALUE,
                node.span,
                Msg::NipNotDigits {
                    value: raw.to_string(),
                },
            )
            .with("kolom", field)
            .with("nilai", raw);
            return None;
        }
        if digits.len() != raw.len() {
            self.diag(
                codes::NIP_SPACES,
                node.span,
                Msg::NipSpaces {
                    written: raw.to_string(),
                    nip: digits.clone(),
                },
            )
            .with("nip", digits.as_str());
        }
        for problem in structure_problems(&digits) {
            self.diag(
                codes::NIP_STRUCTURE,
                node.span,
                Msg::NipStructure {
                    nip: digits.clone(),
                    part: problem,
                },
            )
            .with("nip", digits.as_str())
            .with("bagian", problem.code())
            .help = Some(Msg::HelpNipStructure);
        }
        Some(Sp::new(Nip(digits), node.span))
    }
}

pub use crate::base::Expected;

/// Test-only: the key lists the converters accept, as they run (for the schema tie test).
impl<'s> Cx<'s> {
    /// F006 for a key written a second time in one mapping.
    fn duplicate_key(&mut self, key: &str, span: Span, first: Span) {
        let d = self
            .diag(
                codes::DUPLICATE_KEY,
                span,
                Msg::DuplicateKey {
                    key: key.to_string(),
                },
            )
            .with("kunci", key);
        d.help = Some(Msg::HelpDuplicateKey);
        d.related.push(crate::diag::Related {
            file: d.file,
            span: first,
            message: Msg::FirstWrittenHere,
        });
    }

    /// The entries of a mapping keyed by ids, periods or years (`IKI-1.1: …`,
    /// `2026-TW1: …`), each key read by `key` and kept once: a key that means one already
    /// written (`2026-tw1` after `2026-TW1`) is F006, and only the first value counts. `None`
    /// (with the finding) when `node` is no mapping.
    pub(super) fn keyed_by<'n, K: Eq + std::hash::Hash + Clone>(
        &mut self,
        node: &'n Node,
        field: &str,
        mut key: impl FnMut(&mut Self, &'n Node) -> Option<Sp<K>>,
    ) -> Option<Vec<(Sp<K>, &'n Node)>> {
        let NodeKind::Map(entries) = &node.kind else {
            self.wrong_type(node, field, Expected::Map);
            return None;
        };
        let mut first: std::collections::HashMap<K, Span> =
            std::collections::HashMap::with_capacity(entries.len());
        let mut out: Vec<(Sp<K>, &'n Node)> = Vec::with_capacity(entries.len());
        for e in entries {
            let Some(k) = key(self, &e.key) else {
                continue;
            };
            if let Some(&at) = first.get(&k.value) {
                let written = e.key.as_str().unwrap_or_default().to_string();
                self.duplicate_key(&written, e.key.span, at);
                continue;
            }
            first.insert(k.value.clone(), e.key.span);
            out.push((k, &e.value));
        }
        Some(out)
    }
}

#[cfg(test)]
pub(crate) mod record {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    thread_local! {
        static SEEN: RefCell<Option<BTreeSet<Vec<String>>>> = const { RefCell::new(None) };
    }

    pub fn start() {
        SEEN.with(|s| *s.borrow_mut() = Some(BTreeSet::new()));
    }

    pub fn allowed(keys: &[&str]) {
        SEEN.with(|s| {
            if let Some(set) = s.borrow_mut().as_mut() {
                let mut v: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
                v.sort();
                set.insert(v);
            }
        });
    }

    pub fn take() -> BTreeSet<Vec<String>> {
        SEEN.with(|s| s.borrow_mut().take().unwrap_or_default())
    }
}

/// The closest candidate, if close enough to be a plausible typo (case slips included).
pub fn did_you_mean<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let lower = word.to_lowercase();
    let mut best: Option<(&'c str, usize)> = None;
    for &c in candidates {
        if c.to_lowercase() == lower {
            return Some(c);
        }
        let d = strsim::damerau_levenshtein(&lower, &c.to_lowercase());
        let limit = (c.chars().count().max(3) / 3).clamp(1, 3);
        if d <= limit && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

/// A target node's text as a plan writes it ([`crate::model::skp::Target::text`]), for a
/// caller that compares a written target with a spreadsheet cell: `{ nilai: 350 }` reads as
/// `350`. Problems are not reported here; the check of the file reports them.
pub fn target_text(node: &Node, plan_year: i32) -> Option<String> {
    let mut diags = Vec::new();
    let mut cx = Cx {
        file: FileId(0),
        diags: &mut diags,
        plan_year: Some(plan_year),
    };
    skp::target(&mut cx, node, false).map(|t| t.value.text())
}

/// The first line of a span: "a finding about a whole mapping points at its first line".
pub fn first_line(span: Span) -> Span {
    Span {
        hi: span.lo,
        ..span
    }
}

/// Result of looking at a document's header.
pub enum Header {
    /// One of ours: convert it.
    Ours(Kind),
    /// Declares `apiVersion: skp/…` but a version or kind this skp cannot read (reported).
    Unsupported,
    /// Not a skp document.
    Foreign { looks_like_ours: bool },
}

const OUR_TOP_KEYS: &[&str] = &["hasil_kerja", "pegawai", "bukti"];

/// Classifies a document by its `apiVersion` and `kind`, reporting unsupported ones.
pub fn header(cx: &mut Cx<'_>, root: &Node) -> Header {
    let NodeKind::Map(_) = &root.kind else {
        return Header::Foreign {
            looks_like_ours: false,
        };
    };
    let api = root.get("apiVersion").and_then(Node::as_str);
    let kind_node = root.get("kind");
    let kind = kind_node.and_then(Node::as_str);
    let looks_like_ours = kind.is_some_and(|k| Kind::parse(k).is_some())
        || OUR_TOP_KEYS.iter().any(|k| root.get(k).is_some());
    let Some(api) = api.filter(|a| a.starts_with("skp/")) else {
        return Header::Foreign { looks_like_ours };
    };
    let api_node = root.get("apiVersion").unwrap_or(root);
    if !crate::model::API_VERSIONS.contains(&api) {
        cx.diag(
            codes::UNSUPPORTED,
            api_node.span,
            Msg::UnsupportedApiVersion {
                value: api.to_string(),
                supported: crate::model::API_VERSIONS.join(", "),
            },
        )
        .with("apiVersion", api)
        .help = Some(Msg::HelpUpdateSkp);
        return Header::Unsupported;
    }
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
    match kind.and_then(Kind::parse) {
        Some(k) => Header::Ours(k),
        None => {
            match (kind_node, kind) {
                (None, _) => {
                    cx.diag(
                        codes::MISSING_FIELD,
                        first_line(root.span),
                        Msg::MissingField {
                            field: "kind".into(),
                            parent: "dokumen".into(),
                        },
                    )
                    .with("kolom", "kind")
                    .help = Some(Msg::HelpKnownFields {
                        fields: kinds.join(", "),
                    });
                }
                (Some(n), None) => cx.wrong_type(n, "kind", Expected::Text),
                (Some(n), k) => {
                    let value = k.unwrap_or("").to_string();
                    let suggestion = did_you_mean(&value, &kinds).map(str::to_string);
                    cx.diag(
                        codes::UNSUPPORTED,
                        n.span,
                        Msg::UnsupportedKind {
                            value: value.clone(),
                        },
                    )
                    .with("jenis_dokumen", value)
                    .help = Some(Msg::HelpAllowedValues {
                        allowed: kinds.join(", "),
                        suggestion,
                    });
                }
            }
            Header::Unsupported
        }
    }
}

/// Keys every document may carry besides its kind's own fields.
pub const HEADER_KEYS: &[&str] = &["apiVersion", "kind", "regulasi"];

/// Converts one document of a known kind. Returns `None` when its required core is unusable;
/// every problem found on the way is in `cx.diags` either way.
pub fn convert_document(cx: &mut Cx<'_>, kind: Kind, root: &Node) -> Option<Doc> {
    // Set by the document that reads a `tahun`; never carried into the next one of a file.
    cx.plan_year = None;
    let content = match kind {
        Kind::Skp => Content::Skp(Box::new(skp::skp(cx, root)?)),
        Kind::Renstra => Content::Renstra(Box::new(org::renstra(cx, root)?)),
        Kind::PerjanjianKinerja => Content::PerjanjianKinerja(Box::new(org::perjanjian(cx, root)?)),
        Kind::BuktiDukung => Content::BuktiDukung(Box::new(bukti::ledger(cx, root)?)),
        Kind::Realisasi => Content::Realisasi(Box::new(realisasi::realisasi(cx, root)?)),
        Kind::CapaianOrganisasi => {
            Content::CapaianOrganisasi(Box::new(realisasi::capaian_organisasi(cx, root)?))
        }
        Kind::Persetujuan => Content::Persetujuan(Box::new(approval::record(cx, root)?)),
    };
    Some(Doc {
        file: cx.file,
        span: root.span,
        content,
    })
}

/// Field names of a kind, with the header keys, for the unknown-field check.
fn with_header<const N: usize>(fields: [&'static str; N]) -> Vec<&'static str> {
    let mut v = HEADER_KEYS.to_vec();
    v.extend(fields);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_catches_typos_not_strangers() {
        let c = ["indikator", "polaritas", "target"];
        assert_eq!(did_you_mean("indikatr", &c), Some("indikator"));
        assert_eq!(did_you_mean("polaritass", &c), Some("polaritas"));
        assert_eq!(did_you_mean("Target", &c), Some("target"));
        assert_eq!(did_you_mean("xyz", &c), None);
    }
}
