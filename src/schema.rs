//! JSON Schema (draft 2020-12) generated from the typed model, so it cannot drift from what
//! `skp check` accepts.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{Value, json};

use crate::model::Kind;
use crate::model::bukti::BuktiDukung;
use crate::model::org::{PerjanjianKinerja, Renstra};
use crate::model::realisasi::{CapaianOrganisasi, Realisasi};
use crate::model::skp::Skp;

/// `format` values JSON Schema defines (draft 2020-12, §7.3). schemars also writes OpenAPI's
/// `int32`, `int64` and `double`, which strict validators such as ajv reject.
const STANDARD_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// Drops every `format` that is not a JSON Schema format.
fn standard_formats(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if o.get("format")
                .and_then(Value::as_str)
                .is_some_and(|f| !STANDARD_FORMATS.contains(&f))
            {
                o.remove("format");
            }
            o.values_mut().for_each(standard_formats);
        }
        Value::Array(a) => a.iter_mut().for_each(standard_formats),
        _ => {}
    }
}

/// `anyOf: [X, {type: null}]` (schemars' form of an optional field) becomes X: an optional
/// field is left out, never written `null`, and an editor should not offer `null` beside the
/// allowed values.
fn drop_null(v: &mut Value) {
    match v {
        Value::Object(o) => {
            let single = match o.get("anyOf") {
                Some(Value::Array(alts)) if alts.len() == 2 => {
                    let is_null = |x: &Value| x.get("type") == Some(&json!("null"));
                    alts.iter().position(is_null).map(|i| alts[1 - i].clone())
                }
                _ => None,
            };
            if let Some(Value::Object(inner)) = single {
                o.remove("anyOf");
                for (k, x) in inner {
                    o.entry(k).or_insert(x);
                }
            }
            if let Some(Value::Array(types)) = o.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let t = types[0].clone();
                    o.insert("type".into(), t);
                }
            }
            o.values_mut().for_each(drop_null);
        }
        Value::Array(a) => a.iter_mut().for_each(drop_null),
        _ => {}
    }
}

fn kind_schema<T: JsonSchema>(kind: Kind, description: &str) -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema: Schema = generator.into_root_schema_for::<T>();
    let mut v = schema.to_value();
    standard_formats(&mut v);
    drop_null(&mut v);
    if let Some(obj) = v.as_object_mut() {
        obj.insert("description".into(), description.into());
        obj.insert("title".into(), kind.as_str().into());
        let props = obj
            .entry("properties")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        let mut all = serde_json::Map::new();
        all.insert(
            "apiVersion".into(),
            json!({ "const": "skp/v1", "description": "Versi format berkas skp." }),
        );
        all.insert(
            "kind".into(),
            json!({ "const": kind.as_str(), "description": "Jenis dokumen." }),
        );
        all.insert(
            "regulasi".into(),
            json!({ "type": "string", "description": "Regulasi yang diacu; bawaan permenpanrb-6-2022." }),
        );
        all.extend(props);
        obj.insert("properties".into(), Value::Object(all));
        let required = obj.entry("required").or_insert_with(|| json!([]));
        if let Some(r) = required.as_array_mut() {
            r.insert(0, "kind".into());
            r.insert(0, "apiVersion".into());
        }
    }
    v
}

/// The schema's identifier: versioned with the file format (`apiVersion: skp/v1`), not with
/// releases of skp, so editors and validators can cache it.
pub const SCHEMA_ID: &str = "https://skp.invalid/schema/skp-v1.json";

/// The schema of one kind of document.
pub fn for_kind(kind: Kind) -> Value {
    match kind {
        Kind::Skp => kind_schema::<Skp>(kind, "Sasaran Kinerja Pegawai (PermenPANRB 6/2022)."),
        Kind::Renstra => kind_schema::<Renstra>(kind, "Rencana Strategis unit organisasi."),
        Kind::PerjanjianKinerja => kind_schema::<PerjanjianKinerja>(
            kind,
            "Perjanjian Kinerja satu pejabat untuk satu tahun.",
        ),
        Kind::BuktiDukung => kind_schema::<BuktiDukung>(
            kind,
            "Buku catatan bukti dukung satu SKP; dikelola oleh `skp evidence`.",
        ),
        Kind::Realisasi => kind_schema::<Realisasi>(kind, "Evaluasi kinerja satu periode."),
        Kind::CapaianOrganisasi => kind_schema::<CapaianOrganisasi>(
            kind,
            "Capaian kinerja organisasi satu unit untuk satu periode (SE MenPANRB 3/2023).",
        ),
        Kind::Persetujuan => kind_schema::<crate::model::approval::Persetujuan>(
            kind,
            "Buku catatan persetujuan satu SKP; dikelola oleh `skp approve`.",
        ),
    }
}

/// One schema for every kind: a document matches the branch of its `kind`.
pub fn all() -> Value {
    // Each kind's definitions move to the root, where `#/$defs/…` references resolve; kinds
    // share some (Pejabat, Target), which are identical.
    let mut defs = serde_json::Map::new();
    let branches: Vec<Value> = Kind::ALL
        .iter()
        .map(|k| {
            let mut s = for_kind(*k);
            if let Some(o) = s.as_object_mut() {
                o.remove("$schema");
                if let Some(Value::Object(d)) = o.remove("$defs") {
                    defs.extend(d);
                }
            }
            json!({
                "if": { "properties": { "kind": { "const": k.as_str() } }, "required": ["kind"] },
                "then": s
            })
        })
        .collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "skp/v1",
        "description": "Berkas rencana kinerja skp: Skp, Renstra, PerjanjianKinerja, BuktiDukung, Realisasi, CapaianOrganisasi, Persetujuan.",
        "type": "object",
        "required": ["apiVersion", "kind"],
        "properties": {
            "apiVersion": { "const": "skp/v1", "description": "Versi format berkas skp." },
            "kind": { "enum": Kind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(), "description": "Jenis dokumen." }
        },
        "allOf": branches,
        "$defs": defs
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use crate::diag::FileId;
    use crate::model::convert::{Cx, HEADER_KEYS, Header, convert_document, header, record};

    fn closed_keys(v: &Value) -> Option<Vec<String>> {
        let m = v.as_object()?;
        let props = m.get("properties")?.as_object()?;
        (m.get("additionalProperties") == Some(&Value::Bool(false))).then(|| {
            let mut keys: Vec<String> = props
                .keys()
                .filter(|k| !HEADER_KEYS.contains(&k.as_str()))
                .cloned()
                .collect();
            keys.sort();
            keys
        })
    }

    /// Every object schema's property names (sorted), for objects that refuse other keys. The
    /// alternatives of an `anyOf` made only of such objects (the structured target forms) count
    /// as one object with the union of their keys: a converter reads them as one mapping and
    /// then tells the forms apart.
    fn closed_objects(v: &Value, out: &mut BTreeSet<Vec<String>>) {
        if let Some(Value::Array(alts)) = v.get("anyOf") {
            let forms: Vec<Vec<String>> = alts.iter().filter_map(closed_keys).collect();
            let objects = alts
                .iter()
                .filter(|a| a.get("type") == Some(&Value::String("object".into())))
                .count();
            if forms.len() > 1 && forms.len() == objects {
                let mut union: Vec<String> = forms.concat();
                union.sort();
                union.dedup();
                out.insert(union);
                for a in alts.iter().filter(|a| closed_keys(a).is_none()) {
                    closed_objects(a, out);
                }
                return;
            }
        }
        match v {
            Value::Object(m) => {
                if let Some(Value::Object(props)) = m.get("properties")
                    && m.get("additionalProperties") == Some(&Value::Bool(false))
                {
                    let mut keys: Vec<String> = props
                        .keys()
                        .filter(|k| !HEADER_KEYS.contains(&k.as_str()))
                        .cloned()
                        .collect();
                    keys.sort();
                    out.insert(keys);
                }
                m.values().for_each(|x| closed_objects(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| closed_objects(x, out)),
            _ => {}
        }
    }

    fn yaml_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                yaml_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "yaml") {
                out.push(p);
            }
        }
    }

    /// The schema describes exactly the keys the converters accept, both ways: every key list
    /// a converter checked while reading the examples is an object of the schema, and every
    /// closed object of the schema is a key list some converter checks.
    #[test]
    fn every_property_explains_itself_in_an_editor() {
        // Hover text in an editor: every property has a description, none of which is an
        // implementation note, and no enumeration offers null.
        fn walk(v: &Value, path: &str, out: &mut Vec<String>) {
            match v {
                Value::Object(o) => {
                    if let Some(Value::Object(props)) = o.get("properties")
                        && !path.ends_with("/if")
                    {
                        for (k, p) in props {
                            if p.get("description").is_none() {
                                out.push(format!("{path}/{k}: no description"));
                            }
                        }
                    }
                    if let Some(Value::String(d)) = o.get("description")
                        && (d.contains("`None`") || d.contains("DESIGN") || d.contains("Span"))
                    {
                        out.push(format!("{path}: internal note {d}"));
                    }
                    if let Some(Value::Array(e)) = o.get("enum")
                        && e.contains(&Value::Null)
                    {
                        out.push(format!("{path}: null in enum"));
                    }
                    if o.get("type") == Some(&serde_json::json!("null")) {
                        out.push(format!("{path}: null offered"));
                    }
                    for (k, x) in o {
                        walk(x, &format!("{path}/{k}"), out);
                    }
                }
                Value::Array(a) => {
                    for (i, x) in a.iter().enumerate() {
                        walk(x, &format!("{path}/{i}"), out);
                    }
                }
                _ => {}
            }
        }
        let mut problems = Vec::new();
        walk(&super::all(), "", &mut problems);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert_eq!(super::all()["$id"], super::SCHEMA_ID);
    }

    #[test]
    fn schema_passes_strict_validators() {
        // ajv --strict rejects OpenAPI formats and union types other than `[T, "null"]`.
        fn formats(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Object(o) => {
                    if let Some(f) = o.get("format").and_then(Value::as_str) {
                        out.push(f.to_string());
                    }
                    if let Some(Value::Array(types)) = o.get("type") {
                        let non_null = types.iter().filter(|t| *t != "null").count();
                        assert!(non_null <= 1, "union type {types:?}");
                    }
                    o.values().for_each(|x| formats(x, out));
                }
                Value::Array(a) => a.iter().for_each(|x| formats(x, out)),
                _ => {}
            }
        }
        let mut found = Vec::new();
        formats(&super::all(), &mut found);
        assert!(
            found
                .iter()
                .all(|f| super::STANDARD_FORMATS.contains(&f.as_str())),
            "{found:?}"
        );
        assert!(found.iter().any(|f| f == "date"));
    }

    #[test]
    fn converters_and_schema_accept_the_same_keys() {
        record::start();
        let mut files = Vec::new();
        yaml_files(std::path::Path::new("examples"), &mut files);
        let mut texts: Vec<String> = files
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect();
        // What the examples do not contain: a ledger (with an exemption), a sub-kegiatan and an
        // organisation's result.
        texts.push(
            "apiVersion: skp/v1\nkind: BuktiDukung\nskp: X-2026\nbukti:\n- {sha256: ab, berkas: a.pdf, untuk: [IKI-1], periode: 2026-T1, jenis: dokumen, abaikan: [{kode: B105, alasan: x}]}\n".into(),
        );
        texts.push(
            "apiVersion: skp/v1\nkind: Renstra\nid: R\nperiode: 2025-2029\ntujuan:\n- id: T1\n  uraian: t\n  sasaran:\n  - id: S1\n    uraian: s\n    program:\n    - id: P1\n      uraian: p\n      kegiatan:\n      - id: K1\n        uraian: k\n        sub_kegiatan:\n        - id: SK1\n          uraian: sk\n".into(),
        );
        texts.push(
            "apiVersion: skp/v1\nkind: CapaianOrganisasi\nid: C\nunit: u\npimpinan: \"198005152005011002\"\ntahun: 2026\nperiode: 2026-TW1\npredikat: baik\nditetapkan_oleh: {nip: \"197001012000031001\", nama: n, jabatan: j}\ntanggal: 2026-04-10\n".into(),
        );
        texts.push(
            "apiVersion: skp/v1\nkind: Persetujuan\nskp: X-2026\npersetujuan:\n- {sha256: ab, oleh: \"198005152005011002\", tanggal: \"2026-01-20\", catatan: c, hasil_kerja: [{id: RHK-1, rhk: r}], isi: [{id: IKI-1.1, rhk: RHK-1, teks: t, target: \"4 modul\", polaritas: naik, target_periodik: {2026-TW4: \"4 modul\"}}], sha256_lain: cd}\n".into(),
        );
        for text in &texts {
            let parsed = crate::yaml::parse(text, crate::yaml::Budget::default());
            for d in &parsed.documents {
                let mut diags = Vec::new();
                let mut cx = Cx {
                    file: FileId(0),
                    diags: &mut diags,
                    plan_year: None,
                };
                if let Header::Ours(kind) = header(&mut cx, &d.root) {
                    convert_document(&mut cx, kind, &d.root);
                }
            }
        }
        let mut converters: BTreeSet<Vec<String>> = record::take()
            .into_iter()
            .map(|mut keys| {
                keys.retain(|k| !HEADER_KEYS.contains(&k.as_str()));
                keys
            })
            .collect();
        converters.remove(&Vec::new());
        let mut schema = BTreeSet::new();
        closed_objects(&super::all(), &mut schema);
        let missing_in_schema: Vec<_> = converters.difference(&schema).collect();
        assert!(
            missing_in_schema.is_empty(),
            "key lists the converters accept but the schema does not describe: {missing_in_schema:#?}"
        );
        let unexercised: Vec<_> = schema.difference(&converters).collect();
        assert!(
            unexercised.is_empty(),
            "schema objects no converter checked on the examples: {unexercised:#?}"
        );
    }
}
