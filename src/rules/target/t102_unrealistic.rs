use super::{ByYear, baseline_of, committed, last_year_result, with_unit};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::Polaritas;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::rules::smart::indicators;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target IKI yang jauh melampaui riwayatnya: lebih dari `[targets] max_growth` kali
    /// (bawaan 3) `baseline`-nya atau realisasi indikator yang sama tahun lalu; untuk
    /// `polaritas: turun`, kurang dari sepertiganya. Tanpa baseline atau realisasi tahun lalu,
    /// atau bila titik tolaknya nol, aturan ini diam.
    ///
    /// ## Mengapa
    /// Target harus realistis (dapat dicapai, huruf *A* dalam SMART): target sepuluh kali lipat
    /// capaian tahun lalu biasanya salah ketik satuan atau angka yang tidak pernah ditimbang,
    /// dan berakhir dengan predikat "Butuh Perbaikan" yang tidak mencerminkan kinerja.
    ///
    /// ## Contoh
    /// Baseline 40 layanan; `target: 400 layanan`.
    ///
    /// ## Pengaturan
    /// `[targets] max_growth = 5` di `skp.toml`. Lompatan yang disengaja (aplikasi baru mulai
    /// dipakai) dikecualikan di tempat: `# skp: abaikan T102 -- alasan`.
    code: "T102",
    name: "target-unrealistic",
    level: Warning,
    summary: ("Target jauh melampaui baseline atau realisasi tahun lalu", "Target far beyond its baseline or last year's result"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let years = ByYear::of(ws);
    let ratio = f64::from(ws.config.targets.max_growth);
    for c in indicators(ws) {
        if c.kualitatif() {
            continue;
        }
        let pol = c.iki.polaritas();
        let target = &c.iki.target;
        let Some(t) = committed(&target.value, pol) else {
            continue;
        };
        let reference = baseline_of(ws, &c).or_else(|| last_year_result(ws, &years, &c));
        let Some((r, sumber)) = reference else {
            continue;
        };
        let far = match pol {
            Polaritas::Turun => t > 0.0 && r > 0.0 && t * ratio < r,
            _ => r > 0.0 && t > r * ratio,
        };
        if !far {
            continue;
        }
        out.push(
            c.diag(
                RULE.code,
                target.span,
                Msg::TUnrealistic {
                    target: target.value.text(),
                    pembanding: with_unit(r, &target.value),
                    sumber: sumber.clone(),
                    kali: ratio,
                    turun: pol == Polaritas::Turun,
                },
            )
            .arg("target", t)
            .arg("pembanding", r)
            .arg("sumber", sumber)
            .arg("batas_kali", ratio)
            .help(Msg::HelpTUnrealistic),
        );
    }
}
