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
    // The level in the words `check` prints (`peringatan[S101]`); `skp explain` gives the
    // value skp.toml takes.
    let level = |l: crate::rules::Level| match (ui.lang, l) {
        (Lang::En, l) => l.as_str(),
        (Lang::Id, crate::rules::Level::Off) => "nonaktif",
        (Lang::Id, crate::rules::Level::Info) => "info",
        (Lang::Id, crate::rules::Level::Warning) => "peringatan",
        (Lang::Id, crate::rules::Level::Error) => "kesalahan",
    };
    let lw = RULES
        .iter()
        .map(|r| level(r.level).len())
        .max()
        .unwrap_or(8)
        .max(l.len());
    out.push_str(&format!("{c:<5} {n:<width$} {l:<lw$} {s}\n"));
    for r in RULES {
        out.push_str(&format!(
            "{:<5} {:<width$} {:<lw$} {}\n",
            r.code,
            r.name,
            level(r.level),
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
