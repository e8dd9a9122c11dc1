//! The baseline and manual fields shared by IKI, PK and Renstra indicators.

use super::skp::target;
use super::{Cx, Fields};
use crate::model::Sp;
use crate::model::manual::{Baseline, Manual};
use crate::yaml::{Node, NodeKind};

/// Reads the [`Manual`] fields of an indicator mapping whose keys were checked with
/// [`crate::model::manual::FIELDS`] among the allowed ones; `None` when it writes none of them.
pub(super) fn manual(cx: &mut Cx<'_>, f: &Fields<'_>) -> Option<Box<Manual>> {
    let manual = Manual {
        baseline: f.get("baseline").and_then(|n| baseline(cx, n)),
        formulasi: cx.opt_text(f, "formulasi"),
        definisi_operasional: cx.opt_text(f, "definisi_operasional"),
        sumber_data: cx.opt_text(f, "sumber_data"),
        catatan: cx.opt_text(f, "catatan"),
    };
    (manual != Manual::default()).then(|| Box::new(manual))
}

/// `baseline: { nilai: 72 %, tahun: 2025 }`, or the value alone (`baseline: 72 %`).
fn baseline(cx: &mut Cx<'_>, node: &Node) -> Option<Sp<Baseline>> {
    if !matches!(node.kind, NodeKind::Map(_)) {
        let nilai = value(cx, node)?;
        return Some(Sp::new(Baseline { nilai, tahun: None }, node.span));
    }
    let f = cx.fields(node, "baseline", &["nilai", "tahun"])?;
    let nilai = cx.req(&f, "nilai", "baseline").and_then(|n| value(cx, n));
    let tahun = f.get("tahun").and_then(|n| cx.year(n, "tahun"));
    Some(Sp::new(
        Baseline {
            nilai: nilai?,
            tahun,
        },
        node.span,
    ))
}

/// A baseline's value, read by the target grammar. One with no number (`banyak`, `-`) is said:
/// it used to switch T101 and T102 off without a word.
fn value(cx: &mut Cx<'_>, node: &Node) -> Option<Sp<crate::model::skp::Target>> {
    use crate::model::skp::Target;
    use crate::model::target::TargetError;
    let nilai = target(cx, node, false)?;
    if let Target::Invalid { raw, error } = &nilai.value
        && !matches!(error, TargetError::BadNumber(_) | TargetError::NotStated)
    {
        cx.diag(
            crate::base::codes::INVALID_VALUE,
            nilai.span,
            crate::i18n::Msg::BaselineNotNumber { nilai: raw.clone() },
        )
        .with("kolom", "baseline")
        .with("nilai", raw.as_str())
        .help = Some(crate::i18n::Msg::HelpBaselineNotNumber);
    }
    Some(nilai)
}
