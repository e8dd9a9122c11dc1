use super::committed;
use crate::cascade::Origin;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::skp::Iki;
use crate::model::target::UnitClass;
use crate::model::vocab::{Aspek, Polaritas};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// RHK atasan yang diukur dengan satu indikator hitungan (aspek kuantitas, satuan hitungan
    /// seperti `modul`, `dokumen`, `layanan`) dan diintervensi dua RHK bawahan atau lebih yang masing-masing
    /// diukur dengan indikator hitungan bersatuan sama: jumlah target bawahan tidak sama dengan
    /// target atasan — kurang (sebagian target atasan tidak dibagi ke siapa pun) atau lebih.
    /// Kedua angka ada di `args`. Diam bila satu saja bawahan tidak punya indikator yang dapat
    /// dijumlahkan. Juga indikator persentase bawahan yang targetnya di bawah target atasan
    /// untuk ukuran yang sama (teks indikator sama) pada RHK yang diintervensinya.
    ///
    /// ## Mengapa
    /// Pada *cascading* langsung, target atasan dibagi habis kepada bawahan yang
    /// mengintervensinya (Matriks Peran Hasil). Jumlah yang kurang berarti ada hasil atasan
    /// yang tidak dikerjakan siapa pun; jumlah yang lebih sering berarti target atasan terlalu
    /// rendah.
    ///
    /// ## Contoh
    /// Kepala Bidang: `target: 4 modul`; dua pranata komputer yang mengintervensinya masing-masing
    /// `target: 1 modul` (jumlah 2).
    ///
    /// ## Pengaturan
    /// Hanya info: kerja bersama (dua orang mengerjakan modul yang sama) membuat jumlah tidak
    /// wajib sama. Abaikan di tempat: `# skp: abaikan T104 -- dikerjakan bersama`.
    code: "T104",
    name: "cascade-sum-mismatch",
    level: Info,
    summary: ("Jumlah target bawahan tidak sama dengan target atasan", "Subordinates' targets do not add up to the superior's"),
    needs: [Cascade],
    check: Some(check),
}

/// The one countable quantity indicator of an RHK: aspek kuantitas (or none), higher is
/// better, a count unit; with its number and unit.
fn count(ws: &crate::workspace::Workspace, inds: &[Iki]) -> Option<(f64, String)> {
    let mut found = inds.iter().filter_map(|i| {
        if i.aspek
            .as_ref()
            .is_some_and(|a| a.value != Aspek::Kuantitas)
            || i.polaritas() != Polaritas::Naik
        {
            return None;
        }
        let unit = i
            .target
            .value
            .quantity()
            .and_then(|q| q.unit.as_deref().map(str::to_string))
            .or(i.satuan.as_ref().map(|s| s.value.clone()))?;
        let class = crate::model::target::classify_unit(&unit, &ws.config.vocab.extra_units);
        // Counted things: a listed count unit, or any unit that is no percentage, time, money
        // or index ("pengaduan", "modul").
        (!matches!(
            class,
            UnitClass::Percent | UnitClass::Time | UnitClass::Money | UnitClass::Index
        ))
        .then_some(())?;
        Some((
            committed(&i.target.value, Polaritas::Naik)?,
            unit.to_lowercase(),
        ))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The sum of the subordinates' count targets under RHK `ri` of the SKP at `doc_index`, and
/// how many subordinate RHKs intervene it: `None` unless the RHK is measured by one count and
/// every intervening RHK by a count in the same unit.
pub fn subordinates_sum(
    ws: &crate::workspace::Workspace,
    cascade: &crate::cascade::Cascade,
    doc_index: usize,
    ri: usize,
) -> Option<(f64, f64, String, usize)> {
    let rhk = ws.skp_at(doc_index)?.hasil_kerja.get(ri)?;
    let (target, unit) = count(ws, &rhk.indikator)?;
    let mut subs = std::collections::BTreeSet::new();
    for r in cascade.served_by(doc_index, ri) {
        if let Origin::Intervensi { doc, rhk, .. } = r.origin {
            subs.insert((doc, rhk));
        }
    }
    if subs.is_empty() {
        return None;
    }
    let mut sum = 0.0;
    for (d, r) in &subs {
        match ws
            .skp_at(*d)
            .and_then(|s| s.hasil_kerja.get(*r))
            .and_then(|r| count(ws, &r.indikator))
        {
            Some((v, u)) if u == unit => sum += v,
            _ => return None,
        }
    }
    // Decimals added in binary carry noise (1,1 + 2,2 = 3,3000000000000003): no target is
    // written to more than nine places.
    let sum = (sum * 1e9).round() / 1e9;
    Some((target, sum, unit, subs.len()))
}

/// A subordinate's percentage below the superior's on the same measure (the same indicator
/// text, both percentages): the subordinate promises less than the result they intervene.
fn shares_below(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let mut seen = std::collections::HashSet::new();
    for r in &cx.cascade().references {
        let (
            Origin::Intervensi { doc, rhk, .. },
            Ok(crate::cascade::Target::Skp {
                doc: sd, rhk: sr, ..
            }),
        ) = (r.origin, &r.result)
        else {
            continue;
        };
        if !seen.insert((doc, rhk, *sd, *sr)) {
            continue;
        }
        let (Some(sub), Some(sup)) = (ws.skp_at(doc), ws.skp_at(*sd)) else {
            continue;
        };
        let (Some(sub_rhk), Some(sup_rhk)) = (sub.hasil_kerja.get(rhk), sup.hasil_kerja.get(*sr))
        else {
            continue;
        };
        for iki in sub_rhk.indikator.iter() {
            let text = super::normalised(&iki.teks.value);
            let Some(theirs) = sup_rhk
                .indikator
                .iter()
                .find(|i| super::normalised(&i.teks.value) == text)
            else {
                continue;
            };
            let pol = iki.polaritas();
            let percent = |i: &Iki| {
                let unit = i.satuan.as_ref().map(|s| s.value.as_str());
                super::class(&i.target.value, unit, ws) == Some(UnitClass::Percent)
            };
            let (Some(a), Some(b)) = (
                committed(&iki.target.value, pol),
                committed(&theirs.target.value, pol),
            ) else {
                continue;
            };
            if !(percent(iki) && percent(theirs) && super::worse(a, b, pol)) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    RULE.code,
                    ws.docs[doc].file,
                    iki.target.span,
                    Msg::TShareBelowSuperior {
                        target: super::with_unit(a, &iki.target.value),
                        atasan: super::with_unit(b, &theirs.target.value),
                        rhk: format!("{}/{}", sup.resolved_id.value, sup_rhk.id.value),
                    },
                )
                .subject(&sub.resolved_id.value, Some(&iki.id.value))
                .arg("target", a)
                .arg("target_atasan", b)
                .help(Msg::HelpTShareBelowSuperior),
            );
        }
    }
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    shares_below(cx, out);
    let ws = cx.ws;
    let cascade = cx.cascade();
    for (doc_index, doc) in ws.docs.iter().enumerate() {
        let Some(skp) = ws.skp_at(doc_index) else {
            continue;
        };
        for (ri, rhk) in skp.hasil_kerja.iter().enumerate() {
            let Some((target, sum, unit, subs)) = subordinates_sum(ws, cascade, doc_index, ri)
            else {
                continue;
            };
            // One subordinate under a larger target is the common case of a superior who
            // delivers part of the result, or of a team partly outside this workspace.
            if subs < 2 || (sum - target).abs() < 1e-9 {
                continue;
            }
            let Some(iki) = rhk.indikator.iter().find(|i| {
                i.aspek.as_ref().is_none_or(|a| a.value == Aspek::Kuantitas)
                    && i.target.value.quantity().is_some()
            }) else {
                continue;
            };
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    iki.target.span,
                    Msg::TCascadeSum {
                        target,
                        jumlah: sum,
                        satuan: unit.clone(),
                        bawahan: subs,
                    },
                )
                .subject(&skp.resolved_id.value, Some(&iki.id.value))
                .arg("target_atasan", target)
                .arg("jumlah_bawahan", sum)
                .arg("bawahan", subs)
                .arg("satuan", unit.as_str())
                .help(Msg::HelpTCascadeSum),
            );
        }
    }
}
