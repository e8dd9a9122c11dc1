use super::{indicators, measures};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Sp;
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
    /// menyebut mana batas bawah. Target periodik (`target_periodik`) dinilai dengan cara yang
    /// sama, karena setiap periode dievaluasi terhadap targetnya sendiri.
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
    for m in measures(ws) {
        let Some(target) = m.target else {
            continue;
        };
        if let Some(d) = inverted(target, m.polaritas) {
            out.push(with_bounds(m.diag(RULE.code, target.span, d.0), d.1));
        }
    }
    // Each period is evaluated against its own target (`target_periodik`): an inverted one
    // is as unclear as an inverted annual target.
    for i in indicators(ws) {
        for (period, target) in i.iki.target_periodik.iter().flat_map(|l| l.iter()) {
            if let Some(d) = inverted(target, i.iki.polaritas()) {
                let at = Diagnostic::new(RULE.code, i.doc.file, target.span, d.0)
                    .subject(&i.skp.resolved_id.value, Some(&i.iki.id.value))
                    .arg("periode", period.value.to_string());
                out.push(with_bounds(at, d.1));
            }
        }
    }
}

/// The message and the bounds of `target` when it is a range written upside down.
fn inverted(
    target: &Sp<crate::model::skp::Target>,
    polaritas: Polaritas,
) -> Option<(Msg, Inverted)> {
    let q = target.quantity()?;
    let TargetValue::Range { min, max } = q.value else {
        return None;
    };
    if min <= max {
        return None;
    }
    // Better when lower, written as text: from where it starts to where it goes.
    let as_text = matches!(&target.value, crate::model::skp::Target::Quantity { raw, .. } if !raw.trim().is_empty());
    if polaritas == Polaritas::Turun && as_text {
        return None;
    }
    Some((
        Msg::SRangeInverted { min, maks: max },
        Inverted { min, max },
    ))
}

/// What a finding of an inverted range carries besides its message.
struct Inverted {
    min: f64,
    max: f64,
}

/// `d` with the bounds as arguments and the help that writes them the right way round.
fn with_bounds(d: Diagnostic, i: Inverted) -> Diagnostic {
    d.arg("min", i.min)
        .arg("maks", i.max)
        // What to write into the plan: in the plan's notation, whatever the reader's.
        .help(Msg::HelpSRangeInverted {
            min: crate::i18n::number(i.max),
            maks: crate::i18n::number(i.min),
        })
}
