use super::measures;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::target::TargetValue;
use crate::model::vocab::Polaritas;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target rentang yang batas bawahnya lebih besar dari batas atasnya (`100-90 %`,
    /// `{ min: 10, maks: 5 }`).
    ///
    /// Tidak dilaporkan untuk indikator `polaritas: turun` yang menulis rentangnya sebagai
    /// teks: ukuran yang makin rendah makin baik lazim ditulis dari titik tolak ke sasarannya
    /// (angka kemiskinan `10,89-10,85 %`, rasio Gini `0,2755-0,2710`), seperti dalam tabel
    /// RPJMD dan Renstra. `{ min: …, maks: … }` yang terbalik tetap dilaporkan: kuncinya
    /// menyebut mana batas bawah.
    ///
    /// ## Mengapa
    /// skp membaca rentang sebagai pita di antara kedua angkanya, apa pun urutannya, tetapi
    /// pembaca SKP tidak: rentang yang terbalik pada ukuran yang makin tinggi makin baik hampir
    /// selalu salah urut atau salah ketik, dan tidak jelas batas mana yang dijanjikan.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         target: 100-90 %
    /// ```
    /// Benar:
    /// ```yaml
    ///         target: 90-100 %
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S107 -- alasan`.
    code: "S107",
    name: "range-inverted",
    level: Error,
    summary: ("Rentang target terbalik (min > maks)", "Target range with min > max"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for cx in measures(ws) {
        let Some(target) = cx.target else {
            continue;
        };
        let Some(q) = target.quantity() else {
            continue;
        };
        let TargetValue::Range { min, max } = q.value else {
            continue;
        };
        if min <= max {
            continue;
        }
        // Better when lower, written as text: from where it starts to where it goes.
        let as_text = matches!(&target.value, crate::model::skp::Target::Quantity { raw, .. } if !raw.trim().is_empty());
        if cx.polaritas == Polaritas::Turun && as_text {
            continue;
        }
        out.push(
            cx.diag(
                RULE.code,
                target.span,
                Msg::SRangeInverted { min, maks: max },
            )
            .arg("min", min)
            .arg("maks", max)
            // What to write into the plan: in the plan's notation, whatever the reader's.
            .help(Msg::HelpSRangeInverted {
                min: crate::i18n::number(max),
                maks: crate::i18n::number(min),
            }),
        );
    }
}
