use super::committed;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{Perhitungan, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::rules::smart::indicators;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `target_periodik` yang bertentangan dengan target tahunan menurut `perhitungan`
    /// indikatornya: `kumulatif` — target periodik tidak boleh turun dari periode ke periode
    /// dan yang terakhir tahun itu sama dengan target tahunan; `rata_rata` — bila setiap
    /// periode tahun itu diberi target, rata-ratanya sama dengan target tahunan;
    /// `nilai_akhir` — target periode terakhir sama dengan target tahunan. Tanpa `perhitungan`
    /// aturan ini diam; kunci yang bukan periode evaluasi SKP itu (T108) tidak dihitung.
    ///
    /// ## Mengapa
    /// Target periodik adalah cara target tahunan dicapai; bila keduanya tidak cocok, evaluasi
    /// periodik dan evaluasi akhir menilai hal yang berbeda, dan capaian yang dihitung `skp
    /// evaluate` sebagai bahan pertimbangan menyesatkan.
    ///
    /// ## Contoh
    /// `target: 4 modul`, `perhitungan: kumulatif`,
    /// `target_periodik: { 2026-TW1: 1, 2026-TW2: 3, 2026-TW3: 2, 2026-TW4: 4 }` (turun di TW3).
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan T105 -- alasan`.
    code: "T105",
    name: "periodic-targets-contradict",
    level: Warning,
    summary: ("Target periodik bertentangan dengan target tahunan", "Periodic targets contradict the annual target"),
    check: Some(check),
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for c in indicators(cx.ws) {
        let (Some(p), Some(periodik)) = (&c.iki.perhitungan, &c.iki.target_periodik) else {
            continue;
        };
        let pol = c.iki.polaritas();
        let Some(annual) = committed(&c.iki.target.value, pol) else {
            continue;
        };
        // Keys the SKP never evaluates (T108's) are no part of how the year is reached.
        let grid = c.skp.grid(cx.ws.config.workspace.evaluation);
        let evaluated: Vec<_> = periodik
            .iter()
            .filter(|(k, _)| c.skp.evaluates(grid, k.value))
            .collect();
        let mut values: Vec<(crate::model::period::Period, f64)> = evaluated
            .iter()
            .filter_map(|(k, t)| Some((k.value, committed(&t.value, pol)?)))
            .collect();
        if values.is_empty() || values.len() != evaluated.len() {
            continue;
        }
        values.sort_by_key(|(k, _)| (k.bounds().1, k.bounds().0));
        let year_end = c.skp.period().1;
        let (last_period, last) = *values.last().expect("not empty");
        let ends_year = last_period.bounds().1 >= year_end;
        let days: i64 = values
            .iter()
            .map(|(k, _)| {
                let (a, b) = k.bounds();
                (b.0 - a.0).num_days() + 1
            })
            .sum();
        let (sa, sb) = c.skp.period();
        let covers_year = days > (sb.0 - sa.0).num_days();
        let problem = match p.value {
            Perhitungan::Kumulatif => {
                if values.windows(2).any(|w| w[1].1 < w[0].1) {
                    Some("kumulatif_turun")
                } else if ends_year && !close(last, annual) {
                    Some("akhir_tidak_sama")
                } else {
                    None
                }
            }
            Perhitungan::RataRata => {
                let mean = values.iter().map(|(_, v)| v).sum::<f64>() / values.len() as f64;
                (covers_year && !close(mean, annual)).then_some("rata_rata_tidak_sama")
            }
            Perhitungan::NilaiAkhir => {
                (ends_year && !close(last, annual)).then_some("akhir_tidak_sama")
            }
        };
        let Some(problem) = problem else { continue };
        out.push(
            c.diag(
                RULE.code,
                periodik.span,
                Msg::TPeriodicContradicts {
                    perhitungan: p.value.code().to_string(),
                    tahunan: annual,
                    periodik: values.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
                    masalah: problem,
                },
            )
            .arg("perhitungan", p.value.code())
            .arg("tahunan", annual)
            .arg("masalah", problem)
            .help(Msg::HelpTPeriodicContradicts),
        );
    }
}
