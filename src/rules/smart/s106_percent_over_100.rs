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
    /// melebihi 100 dan tidak ditandai. `46.502 %` dibaca 46 502 % (titik adalah pemisah
    /// ribuan); sarannya lalu menunjukkan desimal yang hampir pasti dimaksud: `46,502 %`.
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
    /// Abaikan di tempat: `# skp: abaikan S106 -- alasan`. Tingkat dapat diubah di
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
        let help = match decimal_meant(&target.value.text(), value) {
            Some(fixed) => Msg::HelpDecimalComma { fixed },
            None => Msg::HelpSPercentOver100,
        };
        out.push(
            cx.diag(
                RULE.code,
                target.span,
                Msg::SPercentOver100 { nilai: value },
            )
            .arg("nilai", value)
            .help(help),
        );
    }
}

/// `46.502 %` is read the Indonesian way, as 46 502 %; a share that high was almost surely
/// written with an English decimal point. The target as it would be written with decimal
/// commas, when every dot in it separates a last group of three digits and the number so read
/// would be a share.
fn decimal_meant(raw: &str, value: f64) -> Option<String> {
    let chars: Vec<char> = raw.chars().collect();
    let thousands_dots = chars.iter().enumerate().all(|(i, &c)| {
        c != '.'
            || (i > 0
                && chars[i - 1].is_ascii_digit()
                && chars
                    .get(i + 1..i + 4)
                    .is_some_and(|g| g.iter().all(char::is_ascii_digit))
                && !chars
                    .get(i + 4)
                    .is_some_and(|c| c.is_ascii_digit() || *c == '.'))
    });
    (raw.contains('.') && !raw.contains(',') && thousands_dots && value / 1000.0 <= 100.0)
        .then(|| raw.replace('.', ","))
}
