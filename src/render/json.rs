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

pub fn render_json(
    diags: &[Diagnostic],
    sources: &SourceMap,
    lang: Lang,
    s: &JsonSummary,
) -> String {
    let items: Vec<Value> = diags
        .iter()
        .map(|d| {
            let mut o = Map::new();
            o.insert("code".into(), d.code.into());
            o.insert("severity".into(), d.severity.as_str().into());
            o.insert("message".into(), d.message.render(lang).into());
            o.insert(
                "help".into(),
                d.help
                    .as_ref()
                    .map_or(Value::Null, |h| h.render(lang).into()),
            );
            o.insert("file".into(), sources.get(d.file).rel.clone().into());
            o.insert("line".into(), d.span.line.into());
            o.insert("column".into(), d.span.col.into());
            o.insert("end_line".into(), d.span.end_line.into());
            o.insert("end_column".into(), d.span.end_col.into());
            o.insert("subject".into(), d.subject.clone().into());
            o.insert("subject_id".into(), d.subject_id.clone().into());
            o.insert(
                "args".into(),
                Value::Object(
                    d.args
                        .iter()
                        .map(|(k, v)| (k.to_string(), v.clone()))
                        .collect(),
                ),
            );
            o.insert(
                "related".into(),
                d.related
                    .iter()
                    .map(|r| {
                        json!({
                            "file": sources.get(r.file).rel,
                            "line": r.span.line,
                            "column": r.span.col,
                            "message": r.message.render(lang),
                        })
                    })
                    .collect::<Vec<_>>()
                    .into(),
            );
            Value::Object(o)
        })
        .collect();
    let c = Counts::of(diags);
    let doc = json!({
        "version": 2,
        "as_of": s.as_of,
        "diagnostics": items,
        "summary": {
            "files": s.files,
            "ignored": s.ignored,
            "errors": c.errors,
            "warnings": c.warnings,
            "infos": c.infos,
        }
    });
    let mut text = super::json_pretty(&doc);
    text.push('\n');
    text
}
