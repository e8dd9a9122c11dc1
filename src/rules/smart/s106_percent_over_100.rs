use super::lexicon::OVER_100_OK;
use super::{measures, read};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::target::{TargetValue, UnitClass, classify_unit};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target persentase di atas 100 (`120 %`) pada indikator yang mengukur bagian dari
    /// keseluruhan. Indikator pertumbuhan, peningkatan, kenaikan, laju, atau rasio boleh
    /// melebihi 100 dan tidak ditandai.
    ///
    /// ## Mengapa
    /// Bagian dari keseluruhan tidak dapat melebihi 100 %; target seperti ini biasanya salah
    /// tulis atau indikatornya keliru dirumuskan (misalnya capaian terhadap target lama).
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Persentase permohonan izin yang diselesaikan sesuai SOP
    ///         target: 120 %
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Persentase permohonan izin yang diselesaikan sesuai SOP
    ///         target: 95 %
    /// ```
    ///
    /// ## Pengaturan
    /// Pengecualian di tempat: `# skp: abaikan S106 -- alasan`. Tingkat dapat diubah di
    /// `[rules.level]`, misalnya `S106 = "error"`.
    code: "S106",
    name: "percent-over-100",
    level: Warning,
    summary: ("Target persentase di atas 100", "Percentage target above 100"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in measures(ws) {
        let Some(target) = cx.target else {
            continue;
        };
        if cx.kualitatif() {
            continue;
        }
        let Some(q) = target.quantity() else {
            continue;
        };
        let unit = q
            .unit
            .as_deref()
            .or(cx.satuan.as_ref().map(|s| s.value.as_str()));
        let is_percent = unit
            .is_some_and(|u| classify_unit(u, &ws.config.vocab.extra_units) == UnitClass::Percent)
            || (unit.is_none()
                && read(&cx.teks.value, accept).head.as_deref() == Some("persentase"));
        if !is_percent {
            continue;
        }
        let value = match q.value {
            TargetValue::Number(v) => v,
            TargetValue::Range { min, max } => min.max(max),
            TargetValue::Bound { value, .. } => value,
        };
        if value <= 100.0 {
            continue;
        }
        let r = read(&cx.teks.value, accept);
        if r.words
            .iter()
            .any(|w| OVER_100_OK.contains(&w.text.as_str()))
        {
            continue;
        }
        out.push(
            cx.diag(
                RULE.code,
                target.span,
                Msg::SPercentOver100 {
                    nilai: crate::i18n::number(value),
                },
            )
            .arg("nilai", value)
            .help(Msg::HelpSPercentOver100),
        );
    }
}
