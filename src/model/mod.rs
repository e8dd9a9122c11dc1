//! The typed model of a workspace: the five document kinds (`skp schema` prints them) with a span on every
//! node a rule may report on.
//!
//! Field doc comments here are in Bahasa Indonesia on purpose: they become the descriptions of
//! the JSON Schema (`skp schema`) that editors show to the people writing plans.

pub mod angka_kredit;
pub mod approval;
pub mod bukti;
pub mod capaian;
pub mod convert;
pub mod date;
pub mod example;
pub mod manual;
pub mod nip;
pub mod org;
pub mod period;
pub mod realisasi;
pub mod reference;
pub mod skp;
pub mod target;
pub mod vocab;

use std::ops::Deref;

use schemars::JsonSchema;

pub use convert::convert_document;

use crate::diag::{FileId, Span};

/// A value with the span it was written at.
#[derive(Debug, Clone, PartialEq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Sp<T> {
    pub fn new(value: T, span: Span) -> Self {
        Sp { value, span }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Sp<U> {
        Sp {
            value: f(self.value),
            span: self.span,
        }
    }
}

impl<T> Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// `Sp<T>` is written in YAML exactly as `T`.
impl<T: JsonSchema> JsonSchema for Sp<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(g)
    }
}

/// A mapping written in YAML as `key: value`, kept in written order with both spans.
pub type Keyed<K, V> = Sp<Vec<(Sp<K>, Sp<V>)>>;

/// The kinds of document skp reads, as written in `kind:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Skp,
    Renstra,
    PerjanjianKinerja,
    BuktiDukung,
    Realisasi,
    CapaianOrganisasi,
    Persetujuan,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Skp,
        Kind::Renstra,
        Kind::PerjanjianKinerja,
        Kind::BuktiDukung,
        Kind::Realisasi,
        Kind::CapaianOrganisasi,
        Kind::Persetujuan,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Skp => "Skp",
            Kind::Renstra => "Renstra",
            Kind::PerjanjianKinerja => "PerjanjianKinerja",
            Kind::BuktiDukung => "BuktiDukung",
            Kind::Realisasi => "Realisasi",
            Kind::CapaianOrganisasi => "CapaianOrganisasi",
            Kind::Persetujuan => "Persetujuan",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The schema versions this skp reads.
pub const API_VERSIONS: &[&str] = &["skp/v1"];

/// The content of one document, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Skp(Box<skp::Skp>),
    Renstra(Box<org::Renstra>),
    PerjanjianKinerja(Box<org::PerjanjianKinerja>),
    BuktiDukung(Box<bukti::BuktiDukung>),
    Realisasi(Box<realisasi::Realisasi>),
    CapaianOrganisasi(Box<realisasi::CapaianOrganisasi>),
    Persetujuan(Box<approval::Persetujuan>),
}

/// One loaded document: where it is and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub file: FileId,
    /// Span of the document's root mapping (its first line is "the document").
    pub span: Span,
    pub content: Content,
}

impl Doc {
    pub fn kind(&self) -> Kind {
        match self.content {
            Content::Skp(_) => Kind::Skp,
            Content::Renstra(_) => Kind::Renstra,
            Content::PerjanjianKinerja(_) => Kind::PerjanjianKinerja,
            Content::BuktiDukung(_) => Kind::BuktiDukung,
            Content::Realisasi(_) => Kind::Realisasi,
            Content::CapaianOrganisasi(_) => Kind::CapaianOrganisasi,
            Content::Persetujuan(_) => Kind::Persetujuan,
        }
    }

    /// The id other documents use to reference this one.
    pub fn id(&self) -> Option<&Sp<String>> {
        match &self.content {
            // A plan of unknown NIP has no id unless it writes one: `tidak_diketahui-2026` is
            // every such plan's, so no document can name one by it.
            Content::Skp(s) if s.id.is_none() && s.nip().is_none() => None,
            Content::Skp(s) => Some(&s.resolved_id),
            Content::Renstra(r) => Some(&r.id),
            Content::PerjanjianKinerja(p) => Some(&p.id),
            Content::CapaianOrganisasi(c) => Some(&c.id),
            Content::BuktiDukung(_) | Content::Realisasi(_) | Content::Persetujuan(_) => None,
        }
    }
}
