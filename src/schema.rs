//! JSON Schema (draft 2020-12) generated from the typed model, so it cannot drift from what
//! `skp check` accepts.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{Value, json};

use crate::model::Kind;
use crate::model::bukti::BuktiDukung;
use crate::model::org::{PerjanjianKinerja, Renstra};
use crate::model::realisasi::Realisasi;
use crate::model::skp::Skp;

fn kind_schema<T: JsonSchema>(kind: Kind, description: &str) -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema: Schema = generator.into_root_schema_for::<T>();
    let mut v = schema.to_value();
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
        "$id": "https://skp.invalid/schema/skp-v1.json",
        "title": "skp/v1",
        "description": "Berkas rencana kinerja skp: Skp, Renstra, PerjanjianKinerja, BuktiDukung, Realisasi.",
        "type": "object",
        "required": ["apiVersion", "kind"],
        "properties": {
            "apiVersion": { "const": "skp/v1" },
            "kind": { "enum": Kind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>() }
        },
        "allOf": branches,
        "$defs": defs
    })
}
