use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::skp::Target;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::rules::smart::indicators;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Target berupa tenggat (`paling lambat 31 Maret 2026`) — tahunan atau dalam
    /// `target_periodik` — yang jatuh di luar periode penilaian SKP-nya: sebelum periode itu
    /// mulai atau sesudah periode itu selesai.
    ///
    /// ## Mengapa
    /// Tenggat sebelum periode dimulai sudah lewat ketika rencana disepakati; hampir selalu
    /// itu tenggat SKP tahun lalu yang tersalin tanpa tahunnya diganti. Tenggat sesudah periode
    /// selesai tidak dapat dinilai dalam periode itu: pekerjaan yang tenggatnya jatuh di tahun
    /// lain direncanakan pada SKP tahun itu. Salah ketik tahun (`2062`) juga tertangkap di sini.
    ///
    /// Tenggat dalam `target_periodik` juga dibaca terhadap periodenya sendiri: tenggat yang
    /// jatuh sesudah periode itu selesai tidak dapat dinilai ketika periode itu dievaluasi
    /// (`2026-TW1: paling lambat 30 Juni 2026`). Tenggat sebelum periodenya tidak dilaporkan:
    /// dengan `perhitungan: kumulatif`, pekerjaan yang sudah selesai tetap terhitung. Kunci yang
    /// bukan periode evaluasi SKP itu dilaporkan T108 saja.
    ///
    /// ## Contoh
    /// SKP `tahun: 2026` dengan `target: paling lambat 31 Maret 2025`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan T107 -- alasan`.
    code: "T107",
    name: "deadline-outside-period",
    level: Warning,
    summary: ("Tenggat di luar periode penilaian SKP", "Deadline outside the SKP's appraisal period"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for c in indicators(cx.ws) {
        let (start, end) = c.skp.period();
        let tahun = c.skp.tahun.value;
        // A period outside its own year is F014's to report; judged against it, every deadline
        // of the year would be out of it too.
        if c.skp.period_leaves_year() {
            continue;
        }
        // A key the SKP never evaluates is T108's to report, whatever its deadline.
        let grid = c.skp.grid(cx.ws.config.workspace.evaluation);
        let periodik = c.iki.target_periodik.iter().flat_map(|p| p.iter());
        let targets = std::iter::once((None, &c.iki.target)).chain(
            periodik
                .filter(|(period, _)| c.skp.evaluates(grid, period.value))
                .map(|(period, t)| (Some(period.value), t)),
        );
        for (own, t) in targets {
            let Target::Tenggat { raw, date } = &t.value else {
                continue;
            };
            // The date it was read as, when the text does not say its year.
            let tanggal = (!raw.contains(&date.year().to_string())).then(|| date.to_string());
            let arah = if *date < start {
                "sebelum"
            } else if *date > end {
                "sesudah"
            } else {
                // A periodic target is judged when its own period is evaluated, which a
                // deadline after that period cannot be.
                if let Some(own) = own
                    && *date > own.bounds().1
                {
                    out.push(
                        c.diag(
                            RULE.code,
                            t.span,
                            Msg::TDeadlineAfterOwnPeriod {
                                tenggat: raw.trim().to_string(),
                                tanggal,
                                periode: own.to_string(),
                                selesai: own.bounds().1.to_string(),
                            },
                        )
                        .arg("tenggat", date.to_string())
                        .arg("arah", "sesudah")
                        .arg("periode", own.to_string())
                        .help(Msg::HelpTDeadlineAfterOwnPeriod),
                    );
                }
                continue;
            };
            out.push(
                c.diag(
                    RULE.code,
                    t.span,
                    Msg::TDeadlineOutside {
                        tenggat: raw.trim().to_string(),
                        tanggal,
                        mulai: start.to_string(),
                        selesai: end.to_string(),
                        arah,
                    },
                )
                .arg("tenggat", date.to_string())
                .arg("arah", arah)
                .help(if date.year() == tahun {
                    // The year is right: the period is shorter than the year.
                    Msg::HelpTDeadlineOutsidePeriod
                } else {
                    Msg::HelpTDeadlineOutside { tahun }
                }),
            );
        }
    }
}
