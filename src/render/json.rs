//! `--format json`: the stable contract (README, "Output").

use serde_json::{Map, Value, json};

use super::Counts;
use crate::diag::Diagnostic;
use crate::i18n::Lang;
use crate::workspace::SourceMap;

pub struct JsonSummary {
    pub files: usize,
    pub ignored: usize,
    pub as_of: Option<String>,
}

/// One finding as its JSON object.
fn item(d: &Diagnostic, sources: &SourceMap, lang: Lang) -> Value {
    let mut o = Map::new();
    o.insert("code".into(), d.code.into());
    o.insert("severity".into(), d.severity.as_str().into());
    o.insert("message".into(), super::text(&d.message, lang).into());
    o.insert(
        "help".into(),
        d.help
            .as_ref()
            .map_or(Value::Null, |h| super::text(h, lang).into()),
    );
    o.insert("file".into(), sources.get(d.file).rel.clone().into());
    let at = sources.locate(d.file, d.span);
    o.insert("line".into(), at.line.into());
    o.insert("column".into(), at.col.into());
    o.insert("end_line".into(), at.end_line.into());
    o.insert("end_column".into(), at.end_col.into());
    // A subject can be a ledger entry's link, and so quote what people wrote: masked as the
    // message is (a password in a link, an e-mail address).
    let masked = |s: &Option<String>| -> Value {
        s.as_deref().map_or(Value::Null, |s| {
            crate::privacy::mask_in_place(s).into_owned().into()
        })
    };
    o.insert("subject".into(), masked(&d.subject));
    o.insert("subject_id".into(), masked(&d.subject_id));
    o.insert(
        "args".into(),
        Value::Object(
            d.args
                .iter()
                .map(|(k, v)| {
                    // Arguments quote what people wrote, as messages do: masked the same way.
                    let v = match v {
                        Value::String(s) => match crate::privacy::mask_in_place(&s) {
                            std::borrow::Cow::Borrowed(_) => Value::String(s),
                            masked => Value::String(masked.into_owned()),
                        },
                        other => other,
                    };
                    (k.to_string(), v)
                })
                .collect(),
        ),
    );
    o.insert(
        "related".into(),
        d.related
            .iter()
            .map(|r| {
                let at = sources.locate(r.file, r.span);
                json!({
                    "file": sources.get(r.file).rel,
                    "line": at.line,
                    "column": at.col,
                    "message": super::text(&r.message, lang),
                })
            })
            .collect::<Vec<_>>()
            .into(),
    );
    Value::Object(o)
}

/// The findings, each turned into JSON only as it is written: hundreds of thousands of
/// coverage findings never exist as JSON values all at once.
struct Items<'a> {
    diags: &'a [Diagnostic],
    sources: &'a SourceMap,
    lang: Lang,
}

impl serde::Serialize for Items<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.diags.len()))?;
        for d in self.diags {
            seq.serialize_element(&item(d, self.sources, self.lang))?;
        }
        seq.end()
    }
}

struct Doc<'a> {
    items: Items<'a>,
    as_of: &'a Option<String>,
    summary: Value,
}

impl serde::Serialize for Doc<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("version", &2)?;
        m.serialize_entry("as_of", self.as_of)?;
        m.serialize_entry("diagnostics", &self.items)?;
        m.serialize_entry("summary", &self.summary)?;
        m.end()
    }
}

/// `--format json`, streamed to `w`.
pub fn write_json(
    diags: &[Diagnostic],
    sources: &SourceMap,
    lang: Lang,
    s: &JsonSummary,
    mut w: impl std::io::Write,
) -> std::io::Result<()> {
    let c = Counts::of(diags);
    let doc = Doc {
        items: Items {
            diags,
            sources,
            lang,
        },
        as_of: &s.as_of,
        summary: json!({
            "files": s.files,
            "ignored": s.ignored,
            "errors": c.errors,
            "warnings": c.warnings,
            "infos": c.infos,
        }),
    };
    super::escape::json_pretty_to(&mut w, &doc)?;
    w.write_all(b"\n")
}

/// `--format json` as a string (for reports written beside another format).
pub fn render_json(
    diags: &[Diagnostic],
    sources: &SourceMap,
    lang: Lang,
    s: &JsonSummary,
) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_json(diags, sources, lang, s, &mut out);
    String::from_utf8(out).unwrap_or_default()
}
