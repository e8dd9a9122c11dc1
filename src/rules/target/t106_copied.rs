use super::{ByYear, committed, same_indicator};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::target::UnitClass;
use crate::model::vocab::Pendekatan;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// SKP yang setiap target kuantitatifnya 100 % (sedikitnya tiga indikator), atau yang
    /// setiap target indikatornya sama persis dengan target indikator yang sama pada SKP tahun
    /// lalu (sedikitnya tiga indikator yang dapat dipadankan).
    ///
    /// ## Mengapa
    /// Target disepakati dalam dialog kinerja dengan menimbang kondisi tahun berjalan. Rencana
    /// yang semua targetnya 100 %, atau salinan target tahun lalu, adalah tanda SKP disusun
    /// sebagai formalitas — keluhan pertama dalam penyusunan SKP.
    ///
    /// ## Contoh
    /// Lima indikator, semuanya `target: 100 %`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat, pada baris `hasil_kerja:`: `# skp: abaikan T106 -- alasan`.
    code: "T106",
    name: "targets-copied",
    level: Warning,
    summary: ("Semua target 100 % atau sama dengan tahun lalu", "Every target 100 % or last year's"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let years = ByYear::of(ws);
    for (doc, skp) in ws.skps() {
        if skp.pendekatan.value == Pendekatan::Kualitatif {
            continue;
        }
        let inds: Vec<_> = skp
            .hasil_kerja
            .iter()
            .flat_map(|r| r.indikator.iter())
            .filter(|i| i.target.value.quantity().is_some())
            .collect();
        if inds.len() < 3 {
            continue;
        }
        let all_100 = inds.iter().all(|i| {
            let unit = i
                .target
                .value
                .quantity()
                .and_then(|q| q.unit.as_deref())
                .or(i.satuan.as_ref().map(|s| s.value.as_str()));
            unit.is_some_and(|u| {
                crate::model::target::classify_unit(u, &ws.config.vocab.extra_units)
                    == UnitClass::Percent
            }) && committed(&i.target.value, i.polaritas()) == Some(100.0)
        });
        let copied = || {
            let prev = years.last_year(skp)?;
            let pairs: Vec<_> = inds
                .iter()
                .filter_map(|i| Some((i, same_indicator(prev, i)?)))
                .collect();
            (pairs.len() >= 3
                && pairs.len() == inds.len()
                && pairs.iter().all(|(a, b)| same_target(a, b)))
            .then_some(prev.tahun.value)
        };
        let kind = if all_100 {
            Some(("semua_100".to_string(), None))
        } else {
            copied().map(|y| ("sama_dengan_tahun_lalu".to_string(), Some(y)))
        };
        let Some((kind, year)) = kind else { continue };
        out.push(
            Diagnostic::new(
                RULE.code,
                doc.file,
                skp.hasil_kerja.span,
                Msg::TCopied {
                    jumlah: inds.len(),
                    tahun: year,
                },
            )
            .subject(&skp.resolved_id.value, None)
            .arg("jenis", kind.as_str())
            .arg("indikator", inds.len())
            .help(Msg::HelpTCopied),
        );
    }
}

/// The same number in the same unit (however each was written).
fn same_target(a: &crate::model::skp::Iki, b: &crate::model::skp::Iki) -> bool {
    let unit = |i: &crate::model::skp::Iki| {
        i.target
            .value
            .quantity()
            .and_then(|q| q.unit.as_deref().map(str::to_string))
            .or(i.satuan.as_ref().map(|s| s.value.clone()))
            .map(|u| u.to_lowercase())
    };
    committed(&a.target.value, a.polaritas()) == committed(&b.target.value, b.polaritas())
        && unit(a) == unit(b)
}
