//! `skp rules` and `skp explain CODE`.

use crate::i18n::{Lang, Msg};
use crate::rules::{RULES, find};

use super::{EXIT_OK, Ui};

pub fn list(ui: &Ui) -> Result<u8, u8> {
    let mut out = String::new();
    let (c, n, l, s) = match ui.lang {
        Lang::Id => ("KODE", "NAMA", "TINGKAT", "RINGKASAN"),
        Lang::En => ("CODE", "NAME", "LEVEL", "SUMMARY"),
    };
    let width = RULES
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(4)
        .max(n.len());
    out.push_str(&format!("{c:<5} {n:<width$} {l:<8} {s}\n"));
    for r in RULES {
        out.push_str(&format!(
            "{:<5} {:<width$} {:<8} {}\n",
            r.code,
            r.name,
            r.level.as_str(),
            r.summary(ui.lang)
        ));
    }
    ui.out(&out)?;
    Ok(EXIT_OK)
}

pub fn explain(ui: &Ui, code: &str) -> Result<u8, u8> {
    let Some(rule) = find(code) else {
        return Err(ui.fatal(
            &Msg::UnknownRule {
                code: code.to_string(),
            },
            Some(&Msg::HelpRules),
        ));
    };
    ui.out(&crate::rules::registry::page_in(rule, ui.lang))?;
    Ok(EXIT_OK)
}
