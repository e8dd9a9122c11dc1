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
    /// ## Contoh
    /// SKP `tahun: 2026` dengan `target: paling lambat 31 Maret 2025`.
    ///
    /// ## Pengaturan
    /// Pengecualian di tempat: `# skp: abaikan T107 -- alasan`.
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
        if start.year() != tahun || end.year() != tahun {
            continue;
        }
        let periodik = c.iki.target_periodik.iter().flat_map(|p| p.iter());
        let targets = std::iter::once(&c.iki.target).chain(periodik.map(|(_, t)| t));
        for t in targets {
            let Target::Tenggat { raw, date } = &t.value else {
                continue;
            };
            let arah = if *date < start {
                "sebelum"
            } else if *date > end {
                "sesudah"
            } else {
                continue;
            };
            out.push(
                c.diag(
                    RULE.code,
                    t.span,
                    Msg::TDeadlineOutside {
                        tenggat: raw.trim().to_string(),
                        // The date it was read as, when the text does not say its year.
                        tanggal: (!raw.contains(&date.year().to_string()))
                            .then(|| date.to_string()),
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
