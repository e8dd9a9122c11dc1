use super::{ByYear, baseline_of, committed, last_year_result, with_unit, worse};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::rules::smart::indicators;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target IKI yang lebih buruk dari titik tolaknya: di bawah `baseline` indikator itu, atau
    /// di bawah realisasi indikator yang sama pada SKP pegawai yang sama tahun lalu (dicari
    /// menurut teks indikator, lalu id dengan kata ukuran yang sama). Memperhatikan
    /// `polaritas`: untuk `turun` (waktu, aduan, biaya) yang lebih buruk adalah yang lebih
    /// tinggi. Hanya satuan sejenis yang dibandingkan; tanpa baseline atau realisasi tahun lalu
    /// aturan ini diam.
    ///
    /// ## Mengapa
    /// Target harus menantang (PermenPANRB 6/2022: pimpinan menimbang baseline atau realisasi
    /// terakhir saat menyepakati target). Target di bawah capaian yang sudah diraih membuat
    /// predikat "Baik" pasti tanpa perbaikan apa pun — salah satu masalah utama SKP yang
    /// disusun sebagai formalitas.
    ///
    /// ## Contoh
    /// Tahun lalu realisasinya 12 modul; tahun ini `target: 8 modul`.
    ///
    /// ## Pengaturan
    /// Bila memang wajar (anggaran dipotong, tugas dialihkan), tulis alasannya di `catatan`
    /// indikator dan kecualikan di tempat: `# skp: abaikan T101 -- anggaran dipotong 40 %`.
    code: "T101",
    name: "target-not-challenging",
    level: Warning,
    summary: ("Target di bawah baseline atau realisasi tahun lalu", "Target below its baseline or last year's result"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let years = ByYear::of(ws);
    for c in indicators(ws) {
        if c.kualitatif() {
            continue;
        }
        let pol = c.iki.polaritas();
        let target = &c.iki.target;
        let Some(t) = committed(&target.value, pol) else {
            continue;
        };
        // The baseline first: it is what the plan itself says it starts from.
        let from_baseline = baseline_of(ws, &c);
        let Some((v, sumber)) = from_baseline
            .filter(|(v, _)| worse(t, *v, pol))
            .or_else(|| last_year_result(ws, &years, &c).filter(|(v, _)| worse(t, *v, pol)))
        else {
            continue;
        };
        out.push(
            c.diag(
                RULE.code,
                target.span,
                Msg::TNotChallenging {
                    target: target.value.text(),
                    pembanding: with_unit(v, &target.value),
                    sumber: sumber.clone(),
                },
            )
            .arg("target", t)
            .arg("pembanding", v)
            .arg("sumber", sumber)
            .help(Msg::HelpTNotChallenging),
        );
    }
}
