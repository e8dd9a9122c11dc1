//! Diagnostics: what every rule and the loader produce, and every renderer consumes.
//!
//! A diagnostic carries its message as a [`Msg`] (not a string) so the language is chosen at
//! render time, and its machine-readable parameters in `args`, so that no tool ever needs to
//! parse a message.

use serde_json::Value;

use crate::i18n::Msg;

pub use crate::base::{FileId, Severity, Span};

/// A finding's machine-readable parameters, in key order. A short sorted list of compact
/// values rather than a map of JSON values: findings have a handful of them, and an agency's
/// check holds tens of thousands of findings at once (a JSON value alone is 72 bytes).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args(Vec<(&'static str, Arg)>);

/// One argument as stored: what findings carry (text, numbers, flags) in as few bytes as
/// possible; anything else kept as the JSON value it was given as.
#[derive(Debug, Clone, PartialEq)]
enum Arg {
    Text(Box<str>),
    Int(i64),
    Float(f64),
    Bool(bool),
    Json(Box<Value>),
}

impl From<Value> for Arg {
    fn from(v: Value) -> Arg {
        match v {
            Value::String(s) => Arg::Text(s.into_boxed_str()),
            Value::Bool(b) => Arg::Bool(b),
            Value::Number(n) if n.is_i64() => Arg::Int(n.as_i64().unwrap_or_default()),
            Value::Number(n) if n.is_f64() => Arg::Float(n.as_f64().unwrap_or_default()),
            other => Arg::Json(Box::new(other)),
        }
    }
}

impl From<&Arg> for Value {
    fn from(a: &Arg) -> Value {
        match a {
            Arg::Text(s) => Value::String(s.to_string()),
            Arg::Int(i) => Value::from(*i),
            Arg::Float(f) => Value::from(*f),
            Arg::Bool(b) => Value::Bool(*b),
            Arg::Json(v) => (**v).clone(),
        }
    }
}

impl serde::Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(t) => s.serialize_str(t),
            Arg::Int(i) => s.serialize_i64(*i),
            Arg::Float(f) => Value::from(*f).serialize(s),
            Arg::Bool(b) => s.serialize_bool(*b),
            Arg::Json(v) => v.serialize(s),
        }
    }
}

impl Args {
    /// Sets `key` (replacing an earlier value), keeping the keys sorted.
    pub fn insert(&mut self, key: &'static str, value: Value) {
        let value = Arg::from(value);
        match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    pub fn get(&self, key: &str) -> Option<Value> {
        self.0
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| Value::from(v))
    }

    /// Each key with its value as JSON, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Value)> + '_ {
        self.0.iter().map(|(k, v)| (*k, Value::from(v)))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl serde::Serialize for Args {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// A second location that explains a finding ("first defined here").
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub file: FileId,
    pub span: Span,
    pub message: Msg,
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: &'static str,
    /// Filled in from the rule registry and configuration by the rule settings (`rules::Settings`).
    pub severity: Severity,
    pub message: Msg,
    pub help: Option<Msg>,
    pub file: FileId,
    pub span: Span,
    /// Fully qualified reference of the entity concerned (`SKP-ID/ENTRY`, `DOC/ENTRY`).
    pub subject: Option<String>,
    pub subject_id: Option<String>,
    pub args: Args,
    pub related: Vec<Related>,
    /// Reported at most as info, whatever the rule's level: the rule found a weaker form of its
    /// problem (a PK sasaran without acuan in a workspace that has no Renstra to cite).
    pub advisory: bool,
}

impl Diagnostic {
    pub fn new(code: &'static str, file: FileId, span: Span, message: Msg) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            message,
            help: None,
            file,
            span,
            subject: None,
            subject_id: None,
            args: Args::default(),
            related: Vec::new(),
            advisory: false,
        }
    }

    /// Caps the finding at info (see [`Diagnostic::advisory`]).
    pub fn advisory(mut self, yes: bool) -> Self {
        self.advisory = yes;
        self
    }

    /// Adds an argument to a diagnostic already pushed into a sink.
    pub fn with(&mut self, key: &'static str, value: impl Into<Value>) -> &mut Self {
        self.args.insert(key, clip_value(value.into()));
        self
    }

    pub fn help(mut self, help: Msg) -> Self {
        self.help = Some(help);
        self
    }

    pub fn arg(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.args.insert(key, clip_value(value.into()));
        self
    }

    /// Sets `subject` to `doc/entry` (or `doc` alone) and `subject_id` to the local id.
    pub fn subject(mut self, doc: &str, entry: Option<&str>) -> Self {
        match entry {
            Some(e) => {
                self.subject = Some(format!("{doc}/{e}"));
                self.subject_id = Some(e.to_string());
            }
            None => {
                self.subject = Some(doc.to_string());
                self.subject_id = Some(doc.to_string());
            }
        }
        self
    }

    pub fn related(mut self, file: FileId, span: Span, message: Msg) -> Self {
        self.related.push(Related {
            file,
            span,
            message,
        });
        self
    }
}

/// Something that collects diagnostics; loading and rules write into one.
pub type Sink = Vec<Diagnostic>;

/// Longest text a message or an argument carries: a 20 MiB value is named, not echoed.
pub const MAX_TEXT: usize = 300;

/// `s` cut to [`MAX_TEXT`] characters, with `…` when cut.
pub fn clip(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(MAX_TEXT) {
        None => std::borrow::Cow::Borrowed(s),
        Some((i, _)) => std::borrow::Cow::Owned(format!("{}…", &s[..i])),
    }
}

fn clip_value(v: Value) -> Value {
    match v {
        Value::String(s) if s.chars().nth(MAX_TEXT).is_some() => {
            Value::String(clip(&s).into_owned())
        }
        other => other,
    }
}

/// A rendered message cut to a few lines' worth: messages quote user text, which can be huge.
pub fn clip_message(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(MAX_TEXT * 3) {
        None => std::borrow::Cow::Borrowed(s),
        Some((i, _)) => std::borrow::Cow::Owned(format!("{}…", &s[..i])),
    }
}
