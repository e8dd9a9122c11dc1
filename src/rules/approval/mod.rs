//! `A` rules: a plan against its last approval (`skp approve`). What was agreed is kept in the
//! approval record, so a change can be listed and a target weakened after agreement caught.

pub mod a101_changed;
pub mod a102_weakened;

use crate::i18n::ApprovalChange;
use crate::model::Doc;
use crate::model::approval::{Approval, ApprovedIndicator};
use crate::model::skp::{Iki, Skp};
use crate::model::target::{ScalarKind, TargetValue, parse_target};
use crate::model::vocab::{Polaritas, Vocab};
use crate::rules::rule::RuleCx;
use crate::workspace::Workspace;

/// An SKP whose content differs from its last approval.
pub struct Changed<'a> {
    pub doc: &'a Doc,
    pub skp: &'a Skp,
    pub approval: &'a Approval,
    /// The plan's id the record names (another than `skp`'s when its NIP, year or id changed).
    pub approved_id: &'a str,
}

/// Every SKP changed since its last approval ([`crate::facts::Fact::Approvals`]).
pub fn changed<'a>(cx: &RuleCx<'a>) -> impl Iterator<Item = Changed<'a>> {
    let ws: &'a Workspace = cx.ws;
    cx.facts.unapproved().iter().filter_map(move |u| {
        let doc = &ws.docs[u.skp_doc];
        let (crate::model::Content::Skp(skp), crate::model::Content::Persetujuan(p)) =
            (&doc.content, &ws.docs[u.approval_doc].content)
        else {
            return None;
        };
        Some(Changed {
            doc,
            skp,
            approval: p.persetujuan.last()?,
            approved_id: p.skp.value.as_str(),
        })
    })
}

/// What an approved or current target commits to: the bound its polarity judges, in the unit
/// written with it.
struct Commitment {
    value: f64,
    unit: Option<String>,
}

/// `satuan`: the unit written apart from the target, used when the target names none.
fn committed_text(text: &str, satuan: Option<&str>, pol: Polaritas) -> Option<Commitment> {
    let (q, _) = parse_target(text, ScalarKind::Text).ok()?;
    let value = match q.value {
        TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => v,
        TargetValue::Range { min, max } => {
            if pol == Polaritas::Turun {
                min.max(max)
            } else {
                min.min(max)
            }
        }
    };
    let unit = q.unit.as_deref().or(satuan).map(|u| {
        u.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    });
    Some(Commitment { value, unit })
}

/// Whether `after` commits to less than `before`. The numbers decide, except between lengths
/// of time in different units (`3 hari kerja` → `2 minggu`): those are compared by the days
/// they can span, and only a change that is weaker however the units are counted is one. Any
/// other change of unit does not hide a lower number (`4 modul` → `1 dokumen` stays A102).
fn weaker(before: &Commitment, after: &Commitment, pol: Polaritas) -> bool {
    let by_number = || crate::rules::target::worse(after.value, before.value, pol);
    let (Some(b), Some(a)) = (&before.unit, &after.unit) else {
        return by_number();
    };
    let (Some((b_key, b_days)), Some((a_key, a_days))) = (
        crate::model::target::time_unit(b),
        crate::model::target::time_unit(a),
    ) else {
        return by_number();
    };
    if a_key == b_key {
        return by_number();
    }
    let span = |c: &Commitment, (lo, hi): (f64, f64)| (c.value * lo, c.value * hi);
    let ((b_lo, b_hi), (a_lo, a_hi)) = (span(before, b_days), span(after, a_days));
    // The same length in another unit (`4 jam`, `240 menit`) can differ in its last bit.
    let beyond = |x: f64, y: f64| x > y * (1.0 + 1e-9);
    match pol {
        Polaritas::Turun => beyond(a_lo, b_hi),
        _ => beyond(b_lo, a_hi),
    }
}

fn text(s: &Option<crate::model::Sp<String>>) -> Option<&str> {
    s.as_ref().map(|s| s.value.trim()).filter(|s| !s.is_empty())
}

/// How an approved target reads now, if it changed: the agreed text and the current one,
/// each with the unit written apart from it (`3` `hari kerja`) when its text names none. A
/// record made before approvals kept the unit knows none for the agreed side, and then only
/// the target's text can have changed (its unit was not recorded to compare); `units_kept`
/// says the record is newer, and a unit it does not name was not written.
pub fn target_change(
    a: &ApprovedIndicator,
    now: &Iki,
    units_kept: bool,
) -> Option<(String, String)> {
    let is = now.target.value.text();
    let (was, is) = (a.target.value.trim(), is.trim());
    let unit = |u: Option<&str>| {
        u.map(|u| {
            u.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
    };
    let unit_changed =
        (units_kept || a.satuan.is_some()) && unit(text(&a.satuan)) != unit(text(&now.satuan));
    if was == is && !unit_changed {
        return None;
    }
    // The unit is shown after a number that names none, not repeated after one that does
    // (`480 konten` `konten`).
    let with = |t: &str, u: Option<&str>| match u {
        Some(u) if parse_target(t, ScalarKind::Text).is_ok_and(|(q, _)| q.unit.is_none()) => {
            format!("{t} {u}")
        }
        _ => t.to_string(),
    };
    let mut shown = (with(was, text(&a.satuan)), with(is, text(&now.satuan)));
    // Texts that differ only in an invisible character (a no-break space pasted from a
    // document) would read "90 % → 90 %": that character is named.
    if shown.0 != shown.1 && plain_spaces(&shown.0) == plain_spaces(&shown.1) {
        shown = (visible(&shown.0), visible(&shown.1));
    }
    // Only the unit's place changed (`3 hari kerja` → `3` with `satuan: hari kerja`): the
    // texts as written say what changed.
    if shown.0 == shown.1 && was != is {
        return Some((was.to_string(), is.to_string()));
    }
    // Only `satuan` changed, beside a target that names its own unit (`480 konten`).
    if shown.0 == shown.1 {
        let beside = |t: &str, u: Option<&str>| match u {
            Some(u) => format!("{t} (satuan {u})"),
            None => t.to_string(),
        };
        return Some((beside(was, text(&a.satuan)), beside(is, text(&now.satuan))));
    }
    Some(shown)
}

/// `s` with every kind of space as a plain one, and no invisible format character.
fn plain_spaces(s: &str) -> String {
    s.chars()
        .filter(|c| !invisible(*c))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect()
}

/// A zero-width space, joiner or mark, or a byte-order mark.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{feff}')
}

/// `s` with each space other than the plain one, and each invisible format character, named
/// by its code point (`90<U+00A0>%`).
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| {
            if (c.is_whitespace() && c != ' ') || invisible(c) {
                format!("<U+{:04X}>", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// How an approved indicator was weakened, if it was: removed, its polarity flipped, or its
/// target made easier.
pub enum Weakened<'a> {
    Removed(&'a ApprovedIndicator),
    Flipped(&'a ApprovedIndicator, &'a Iki),
    Lowered(&'a ApprovedIndicator, &'a Iki),
    /// How the periods add up to the year, changed so that the same quarters give more
    /// (averaged or last, now summed, when higher is better).
    Summed(&'a ApprovedIndicator, &'a Iki),
    /// A period's target (`target_periodik`), which is what that period is evaluated against.
    PeriodLowered {
        approved: &'a ApprovedIndicator,
        period: &'a crate::model::Sp<crate::model::period::Period>,
        was: &'a str,
        now: &'a crate::model::Sp<crate::model::skp::Target>,
    },
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
        if now.polaritas() == was {
            out.extend(periods_weakened(a, now, was));
            if summed_higher(a, now, was, c.approval.bentuk.is_some()) {
                out.push(Weakened::Summed(a, now));
            }
        }
        // A deadline is met by a date whatever the polarity says (S108 asks for none).
        let deadline = matches!(now.target.value, crate::model::skp::Target::Tenggat { .. });
        if now.polaritas() != was && !deadline {
            out.push(Weakened::Flipped(a, now));
            continue;
        }
        // A later deadline is a weaker one; a deadline and a number cannot be compared (A101
        // reports the change).
        let tahun = Some(c.skp.tahun.value);
        let deadline = |t: &str| crate::model::target::parse_deadline_in(t, tahun);
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
        // A record made before approvals kept the unit has none: the numbers decide, as then.
        let (Some(before), Some(after)) = (
            committed_text(&a.target.value, text(&a.satuan), was),
            committed_text(&now.target.value.text(), text(&now.satuan), was),
        ) else {
            continue;
        };
        if weaker(&before, &after, was) {
            out.push(Weakened::Lowered(a, now));
        }
    }
    out
}

/// Whether the year now adds up its periods so that the same periodic results give a better
/// annual one than as agreed: a sum of positive quarters is at least their mean and at least
/// the last one, so a sum is easier when higher is better, and harder when lower is.
fn summed_higher(a: &ApprovedIndicator, now: &Iki, pol: Polaritas, current_form: bool) -> bool {
    use crate::model::vocab::Perhitungan::{Kumulatif, NilaiAkhir};
    // A deadline or a category is never rolled up: how periods add up changes nothing.
    if now.target.value.quantity().is_none() {
        return false;
    }
    // Without `perhitungan` each period stands on its own figure, as its last one would. A
    // record of the current form keeps every `perhitungan` written, so one it lacks was not
    // written; an older record's silence says nothing.
    let was = match (&a.perhitungan, current_form) {
        (Some(p), _) => p.value,
        (None, true) => NilaiAkhir,
        (None, false) => return false,
    };
    let is = now.perhitungan.as_ref().map_or(NilaiAkhir, |p| p.value);
    match pol {
        Polaritas::Turun => was == Kumulatif && is != Kumulatif,
        _ => is == Kumulatif && was != Kumulatif,
    }
}

/// The periodic targets of `now` weaker than the same periods' approved ones: `evaluate` and
/// the evaluation form judge a period by its own target, so lowering one after agreement
/// inflates that period's capaian as surely as lowering the annual target.
fn periods_weakened<'a>(
    a: &'a ApprovedIndicator,
    now: &'a Iki,
    pol: Polaritas,
) -> impl Iterator<Item = Weakened<'a>> {
    let approved = a.target_periodik.iter().flat_map(|l| l.value.iter());
    let current: Vec<_> = now
        .target_periodik
        .iter()
        .flat_map(|l| l.value.iter())
        .collect();
    approved.filter_map(move |(key, agreed)| {
        let (period, target) = current
            .iter()
            .find(|(p, _)| p.value.to_string() == key.value.trim())?;
        let before = committed_text(&agreed.value, text(&a.satuan), pol)?;
        let after = committed_text(&target.value.text(), text(&now.satuan), pol)?;
        weaker(&before, &after, pol).then_some(Weakened::PeriodLowered {
            approved: a,
            period,
            was: agreed.value.as_str(),
            now: target,
        })
    })
}

/// The changes a reader would look for, in words: RHKs and indicators added, removed,
/// reworded or moved, targets, units, polarities and periodic targets changed; "isi lain"
/// beside them when anything else changed too (unless one was added, removed or moved). What
/// a record made before it kept RHKs, periodic targets and the hash of the rest cannot be
/// compared: "isi lain" when nothing it lists changed, "mungkin juga isi lain" beside.
pub fn describe(c: &Changed) -> Vec<ApprovalChange> {
    // A record that keeps the RHKs is of the form that names every unit and periodic target:
    // one it does not name was not written.
    let detailed = c.approval.hasil_kerja.is_some();
    let mut out = Vec::new();
    if c.approved_id != c.skp.resolved_id.value {
        out.push(ApprovalChange::SkpId {
            from: c.approved_id.to_string(),
            to: c.skp.resolved_id.value.clone(),
        });
    }
    if let Some(results) = &c.approval.hasil_kerja {
        for a in results.iter() {
            match c.skp.hasil_kerja.iter().find(|r| r.id.value == a.id.value) {
                None => out.push(ApprovalChange::Removed {
                    id: a.id.value.clone(),
                }),
                Some(r) if r.rhk.value.trim() != a.rhk.value.trim() => {
                    out.push(ApprovalChange::Text {
                        id: a.id.value.clone(),
                    })
                }
                Some(_) => {}
            }
        }
        for r in c.skp.hasil_kerja.iter() {
            if !results.iter().any(|a| a.id.value == r.id.value) {
                out.push(ApprovalChange::New {
                    id: r.id.value.clone(),
                });
            }
        }
    }
    let current: Vec<(&str, &Iki)> = c
        .skp
        .hasil_kerja
        .iter()
        .flat_map(|r| r.indikator.iter().map(move |i| (r.id.value.as_str(), i)))
        .collect();
    let approved: Vec<&ApprovedIndicator> = c.approval.isi.iter().flat_map(|l| l.iter()).collect();
    let none_agreed = crate::model::Sp::new(Vec::new(), crate::diag::Span::default());
    for a in &approved {
        let id = a.id.value.clone();
        match current.iter().find(|(_, i)| i.id.value == a.id.value) {
            None => out.push(ApprovalChange::Removed { id }),
            Some((rhk, i)) => {
                if detailed && *rhk != a.rhk.value {
                    out.push(ApprovalChange::Moved {
                        iki: id.clone(),
                        from: a.rhk.value.clone(),
                        to: rhk.to_string(),
                    });
                }
                if let Some((from, to)) = target_change(a, i, detailed) {
                    out.push(ApprovalChange::Target {
                        iki: id.clone(),
                        from,
                        to,
                    });
                }
                // A polarity the record kept is compared whatever its form.
                let was = a.polaritas.as_ref().map(|p| p.value.code());
                if let Some(was) = was.filter(|p| *p != i.polaritas().code()) {
                    out.push(ApprovalChange::Polarity {
                        iki: id.clone(),
                        from: was.to_string(),
                        to: i.polaritas().code().to_string(),
                    });
                }
                // A record of the current form keeps every `perhitungan` written; an older one
                // none, so only one it kept can be compared.
                let is = i.perhitungan.as_ref().map(|p| p.value.code());
                let was = a.perhitungan.as_ref().map(|p| p.value.code());
                if (was.is_some() || c.approval.bentuk.is_some()) && was != is {
                    out.push(ApprovalChange::Perhitungan {
                        iki: id.clone(),
                        from: was.map(str::to_string),
                        to: is.map(str::to_string),
                    });
                }
                match (&a.target_periodik, detailed) {
                    (Some(agreed), _) => out.extend(periodic_changes(&id, agreed, i)),
                    (None, true) => out.extend(periodic_changes(&id, &none_agreed, i)),
                    (None, false) => {}
                }
                if i.teks.value.trim() != a.teks.value.trim() {
                    out.push(ApprovalChange::Text { id });
                }
            }
        }
    }
    for (_, i) in &current {
        if !approved.iter().any(|a| a.id.value == i.id.value) {
            out.push(ApprovalChange::New {
                id: i.id.value.clone(),
            });
        }
    }
    // What the record does not list item by item, when it keeps its hash. An RHK or indicator
    // added, removed or moved changes that hash by itself (its kind, aspect and place are in
    // it), so beside one of those nothing more can be told.
    let reshaped = out.iter().any(|c| {
        matches!(
            c,
            ApprovalChange::New { .. }
                | ApprovalChange::Removed { .. }
                | ApprovalChange::Moved { .. }
        )
    });
    let other_changed = !reshaped
        && c.approval.sha256_lain.as_ref().is_some_and(|h| {
            crate::model::approval::other_hash_of(c.approval, c.skp)
                .is_some_and(|now| h.value != now)
        });
    if other_changed {
        // A record of the current form names the parts that changed; an older one cannot.
        // A new id is named above: its part is not named again.
        let id_named = out
            .iter()
            .any(|c| matches!(c, ApprovalChange::SkpId { .. }));
        let parts = crate::model::approval::changed_parts(c.approval, c.skp).map(|parts| {
            parts
                .into_iter()
                .filter(|p| !(id_named && *p == "skp"))
                .collect::<Vec<_>>()
        });
        match parts {
            Some(parts) if !parts.is_empty() => out.push(ApprovalChange::OtherParts { parts }),
            Some(_) if id_named => {}
            // Whatever the parts say, the hash of the rest changed: never left unsaid.
            _ => out.push(ApprovalChange::Other { detailed }),
        }
    } else if out.is_empty() {
        out.push(ApprovalChange::Other { detailed });
    } else if !detailed {
        out.push(ApprovalChange::MaybeOther);
    }
    out
}

/// The periodic targets of `now` that differ from those agreed, in the plan's period order,
/// then those no longer written.
fn periodic_changes(
    iki: &str,
    agreed: &crate::model::Keyed<String, String>,
    now: &Iki,
) -> Vec<ApprovalChange> {
    let current: Vec<(String, String)> = now
        .target_periodik
        .iter()
        .flat_map(|l| l.iter())
        .map(|(p, t)| (p.value.to_string(), t.value.text().trim().to_string()))
        .collect();
    let was = |p: &str| {
        agreed
            .iter()
            .find(|(k, _)| k.value == p)
            .map(|(_, t)| t.value.trim().to_string())
    };
    let change =
        |periode: &str, from: Option<String>, to: Option<String>| ApprovalChange::Periodic {
            iki: iki.to_string(),
            periode: periode.to_string(),
            from,
            to,
        };
    let mut out = Vec::new();
    for (p, t) in &current {
        let before = was(p);
        if before.as_deref() != Some(t.as_str()) {
            out.push(change(p, before, Some(t.clone())));
        }
    }
    for (p, t) in agreed.iter() {
        if !current.iter().any(|(k, _)| *k == p.value) {
            out.push(change(&p.value, Some(t.value.trim().to_string()), None));
        }
    }
    out
}
