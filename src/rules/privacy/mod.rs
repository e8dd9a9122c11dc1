//! `D` rules: data pribadi — personal data of citizens and colleagues in files a unit shares
//! (UU 27/2022 on personal data protection). The scan runs once, before the rules
//! ([`crate::facts::Fact::PersonalData`]); each rule reports one kind. A finding never repeats
//! what it found: it shows the value masked (`3201********0003`).

pub mod d101_nik;
pub mod d102_phone;
pub mod d103_email;
pub mod d104_kk;
pub mod d105_npwp;
pub mod d106_bank_account;
pub mod d107_identity_document;
pub mod d108_url_password;

use std::collections::HashMap;

use crate::base::FileId;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::privacy::Kind;
use crate::rules::rule::RuleCx;

/// The findings of one kind of personal data, with the message `msg` gives the masked value.
fn report(
    cx: &RuleCx,
    out: &mut Vec<Diagnostic>,
    code: &'static str,
    kind: Kind,
    msg: fn(String) -> Msg,
) {
    report_with(cx, out, code, kind, msg, Msg::HelpDPersonalData);
}

/// As [`report`], with a help of the kind's own.
fn report_with(
    cx: &RuleCx,
    out: &mut Vec<Diagnostic>,
    code: &'static str,
    kind: Kind,
    msg: fn(String) -> Msg,
    help: Msg,
) {
    let subjects = subjects(cx);
    for p in cx.facts.personal_data().iter().filter(|p| p.kind == kind) {
        let mut d = Diagnostic::new(code, p.file, p.span, msg(p.masked.clone()))
            .arg("nilai", p.masked.as_str())
            .help(help.clone());
        if let Some(s) = subjects.get(&p.file) {
            d = d.subject(s, None);
        }
        out.push(d);
    }
}

/// The document each file is about (its SKP, PK or ledger's SKP), for the finding's subject.
fn subjects<'a>(cx: &RuleCx<'a>) -> HashMap<FileId, &'a str> {
    let mut map = HashMap::new();
    for doc in &cx.ws.docs {
        let id = match &doc.content {
            crate::model::Content::BuktiDukung(l) => Some(l.skp.value.as_str()),
            crate::model::Content::Realisasi(r) => Some(r.skp.value.as_str()),
            _ => doc.id().map(|i| i.value.as_str()),
        };
        if let Some(id) = id {
            map.entry(doc.file).or_insert(id);
        }
    }
    map
}
