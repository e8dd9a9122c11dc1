//! Every rule has a documentation page, `docs/rules/CODE.md`, generated from the rule's
//! declaration (its doc comment is its documentation). This test fails when a page is missing
//! or stale; `SKP_BLESS=1 cargo test --test rule_docs` rewrites them.

use std::fs;
use std::path::Path;

use skp::rules::{RULES, registry};

fn index() -> String {
    let mut s = String::from(
        "# Aturan skp\n\nHalaman ini dan halaman tiap aturan dibuat dari katalog aturan (`skp rules`, `skp explain KODE`); jangan disunting manual.\n\n| Kode | Nama | Tingkat | Ringkasan |\n| --- | --- | --- | --- |\n",
    );
    for r in RULES {
        s.push_str(&format!(
            "| [{c}]({c}.md) | `{n}` | {l} | {sid} |\n",
            c = r.code,
            n = r.name,
            l = r.level.as_str(),
            sid = r.summary_id
        ));
    }
    s
}

#[test]
fn rule_pages_are_current() {
    let dir = Path::new("docs/rules");
    let bless = std::env::var_os("SKP_BLESS").is_some();
    if bless {
        fs::create_dir_all(dir).unwrap();
    }
    let mut expected: Vec<(String, String)> = RULES
        .iter()
        .map(|r| (format!("{}.md", r.code), registry::page(r)))
        .collect();
    expected.push(("README.md".into(), index()));
    let mut stale = Vec::new();
    for (name, text) in &expected {
        let path = dir.join(name);
        if bless {
            fs::write(&path, text).unwrap();
        } else if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    // A page for a rule that no longer exists is stale too.
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if !expected.iter().any(|(n, _)| *n == name) {
                if bless {
                    fs::remove_file(e.path()).unwrap();
                } else {
                    stale.push(name);
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "docs/rules is out of date for {stale:?}; run `SKP_BLESS=1 cargo test --test rule_docs`"
    );
}
