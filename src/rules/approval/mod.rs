//! `A` rules: a plan against its last approval (`skp approve`). What was agreed is kept in the
//! approval record, so a change can be listed and a target weakened after agreement caught.

pub mod a101_changed;
pub mod a102_weakened;

use crate::i18n::ApprovalChange;
use crate::model::Doc;
use crate::model::approval::{Approval, ApprovedIndicator, approves};
use crate::model::skp::{Iki, Skp};
use crate::model::target::{ScalarKind, TargetValue, parse_target};
use crate::model::vocab::Polaritas;
use crate::workspace::Workspace;

/// An SKP whose content differs from its last approval.
pub struct Changed<'a> {
    pub doc: &'a Doc,
    pub skp: &'a Skp,
    pub approval: &'a Approval,
}

/// Every SKP changed since its last approval.
pub fn changed(ws: &Workspace) -> Vec<Changed<'_>> {
    let mut out = Vec::new();
    for d in &ws.docs {
        let crate::model::Content::Persetujuan(p) = &d.content else {
            continue;
        };
        let Some(last) = p.persetujuan.last() else {
            continue;
        };
        let Some((doc, skp)) = ws.skps().find(|(_, s)| s.resolved_id.value == p.skp.value) else {
            continue;
        };
        if !approves(&last.sha256.value, skp) {
            out.push(Changed {
                doc,
                skp,
                approval: last,
            });
        }
    }
    out
}

/// The number an approved or current target commits to (the bound its polarity judges).
fn committed_text(text: &str, pol: Polaritas) -> Option<f64> {
    let (q, _) = parse_target(text, ScalarKind::Text).ok()?;
    Some(match q.value {
        TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => v,
        TargetValue::Range { min, max } => {
            if pol == Polaritas::Turun {
                min.max(max)
            } else {
                min.min(max)
            }
        }
    })
}

/// How an approved indicator was weakened, if it was: removed, its polarity flipped, or its
/// target made easier.
pub enum Weakened<'a> {
    Removed(&'a ApprovedIndicator),
    Flipped(&'a ApprovedIndicator, &'a Iki),
    Lowered(&'a ApprovedIndicator, &'a Iki),
}

pub fn weakened<'a>(c: &Changed<'a>) -> Vec<Weakened<'a>> {
    let current: Vec<&Iki> = c
        .skp
        .hasil_kerja
        .iter()
        .flat_map(|r| r.indikator.iter())
        .collect();
    let mut out = Vec::new();
    for a in c.approval.isi.iter().flat_map(|l| l.iter()) {
        let Some(now) = current.iter().find(|i| i.id.value == a.id.value) else {
            out.push(Weakened::Removed(a));
            continue;
        };
        let was = a.polaritas.as_ref().map_or(Polaritas::Naik, |p| p.value);
        if now.polaritas() != was {
            out.push(Weakened::Flipped(a, now));
            continue;
        }
        // A later deadline is a weaker one; a deadline and a number cannot be compared (A101
        // reports the change).
        let deadline = crate::model::target::parse_deadline;
        match (
            deadline(&a.target.value),
            deadline(&now.target.value.text()),
        ) {
            (Some(Ok(before)), Some(Ok(after))) => {
                if after > before {
                    out.push(Weakened::Lowered(a, now));
                }
                continue;
            }
            (Some(_), _) | (_, Some(_)) => continue,
            (None, None) => {}
        }
        let (Some(before), Some(after)) = (
            committed_text(&a.target.value, was),
            committed_text(&now.target.value.text(), was),
        ) else {
            continue;
        };
        if crate::rules::target::worse(after, before, was) {
            out.push(Weakened::Lowered(a, now));
        }
    }
    out
}

/// The changes a reader would look for, in words: indicators added, removed, retargeted or
/// reworded; "isi lain" when only other content changed.
pub fn describe(c: &Changed) -> Vec<ApprovalChange> {
    let current: Vec<&Iki> = c
        .skp
        .hasil_kerja
        .iter()
        .flat_map(|r| r.indikator.iter())
        .collect();
    let approved: Vec<&ApprovedIndicator> = c.approval.isi.iter().flat_map(|l| l.iter()).collect();
    let mut out = Vec::new();
    for a in &approved {
        let iki = a.id.value.clone();
        match current.iter().find(|i| i.id.value == a.id.value) {
            None => out.push(ApprovalChange::Removed { iki }),
            Some(i) => {
                let now = i.target.value.text();
                if now.trim() != a.target.value.trim() {
                    out.push(ApprovalChange::Target {
                        iki: iki.clone(),
                        from: a.target.value.clone(),
                        to: now.to_string(),
                    });
                }
                if i.teks.value.trim() != a.teks.value.trim() {
                    out.push(ApprovalChange::Text { iki });
                }
            }
        }
    }
    for i in &current {
        if !approved.iter().any(|a| a.id.value == i.id.value) {
            out.push(ApprovalChange::New {
                iki: i.id.value.clone(),
            });
        }
    }
    if out.is_empty() {
        out.push(ApprovalChange::Other);
    }
    out
}
