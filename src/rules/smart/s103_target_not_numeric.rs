use super::lexicon::{
    BAD_MARKERS, BAD_POSSESSIONS, CATEGORICAL_TARGETS, GOOD_STATES, NUMBER_LABELS, is_lack, words,
};
use super::measures;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::skp::Target;
use crate::model::target::{TargetError, TargetValue};
use crate::model::vocab::Polaritas;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Pada `pendekatan: kuantitatif`, target yang kosong, masih isian (`....%`, `-`, `TBD`,
    /// `xx`), tidak memuat angka sama sekali (`tepat waktu`, `sesuai jadwal`), atau berupa
    /// tanggal seperti yang ditulis spreadsheet (`2026-01-04`, `01-Apr`: rentang `1-4` yang
    /// diubah menjadi tanggal; dibaca sebagai angka, ia menjadi rentang terbalik), atau tenggat
    /// yang tidak menyebut hari yang ada (`31 Februari 2026`). Tenggat tanpa tahun
    /// (`paling lambat 31 Maret`) dibaca pada tahun rencananya (`tahun` SKP atau PK). Target
    /// periodik (`target_periodik`) diperiksa dengan cara yang sama.
    /// Juga target tahunan 0 dengan polaritas naik (bawaan) pada indikator yang menyebut pekerjaan
    /// baik yang diselesaikan (`0 %` untuk "Persentase tindak lanjut rekomendasi", "… pengaduan
    /// yang diselesaikan", "Persentase penurunan stunting", "desa bebas narkoba") atau yang
    /// menghitung hal dalam keadaan baik ("Persentase BUMDes yang aktif", "… jalan yang layak",
    /// "Persentase kepemilikan KIA"; argumen `jenis: nol`): tidak ada yang diharapkan, dan
    /// capaiannya tidak dapat dihitung. Sel target yang kosong sering terekspor sebagai 0. Tidak
    /// ditandai: hitungan lain, yang boleh menuju nol dengan polaritas yang lupa diubah (`0
    /// insiden`, `0 bug`, rekomendasi "yang belum ditindaklanjuti", laporan "yang terlambat"; S108
    /// meminta polaritasnya bila mengenal katanya), dan target periodik 0 (triwulan pertama boleh
    /// belum menghasilkan apa pun).
    /// Target yang ditulis `tidak_tercantum` (dokumen sumber yang disalin tidak mencantumkan
    /// target) dilaporkan sebagai temuannya sendiri yang menyatakan hal itu, pada pendekatan
    /// apa pun, dan tidak pernah diganti angka karangan.
    /// Tenggat yang lengkap (`paling lambat 31 Desember 2026`) sah: ia tercapai bila tanggal
    /// realisasinya tidak lebih lambat. Target
    /// kategoris (`{ kategori: WTP }`, predikat SAKIP) sah dan tidak ditandai, begitu pula
    /// angka yang diberi label skalanya (`Indeks 3 (Skala 4)`, `Skor 80`).
    ///
    /// ## Mengapa
    /// PermenPANRB 6/2022 menetapkan setiap IKI memiliki target; pada pendekatan kuantitatif
    /// target adalah angka atau rentang dengan satuan. Tanpa angka, realisasi tidak dapat
    /// dinilai dan dialog kinerja tidak punya pegangan.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         target: "....%"
    /// ```
    /// Benar:
    /// ```yaml
    ///         target: 90 %
    ///         # atau, untuk opini auditor:
    ///         target: { kategori: WTP }
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S103 -- alasan`. Mati pada
    /// `pendekatan: kualitatif` (di sana target deskriptif sah).
    code: "S103",
    name: "target-not-numeric",
    level: Error,
    summary: ("Target kosong, isian, atau tanpa angka", "Target missing, a placeholder, or not numeric"),
    check: Some(check),
}

/// Whether every word of a target names a grade or category (`AA`, `WTP`, `Paripurna`,
/// `Baik Sekali`, `Terakreditasi Internasional`).
/// A number labelled by its scale (`Indeks 3 (Skala 4)`, `Skor 80`) counts as a number.
fn is_categorical(raw: &str) -> bool {
    let w = words(raw);
    let digits = |w: &super::lexicon::Word| w.text.chars().all(|c| c.is_ascii_digit());
    let label = |w: &super::lexicon::Word| NUMBER_LABELS.contains(&w.text.as_str());
    let grade = |w: &super::lexicon::Word| CATEGORICAL_TARGETS.contains(&w.text.as_str());
    !w.is_empty()
        && w.len() <= 4
        && w.iter().all(|w| grade(w) || label(w) || digits(w))
        && w.iter().any(|w| !digits(w))
        // Labels alone ("Indeks") still lack the number.
        && (w.iter().any(|w| grade(w) && !label(w)) || w.iter().any(digits))
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for cx in measures(ws) {
        let Some(target) = cx.target else {
            continue;
        };
        if cx.kualitatif() && !not_stated(target) {
            continue;
        }
        if let Some(f) = finding(target).or_else(|| zero(&cx, target)) {
            out.push(f.placed(|m| cx.diag(RULE.code, target.span, m)));
        }
    }
    // A period's own target is read by the same grammar, and `import` refuses the same cells.
    for c in super::indicators(ws) {
        let kualitatif = c.skp.pendekatan.value == crate::model::vocab::Pendekatan::Kualitatif;
        for (_, target) in c.iki.target_periodik.iter().flat_map(|p| p.iter()) {
            if kualitatif && !not_stated(target) {
                continue;
            }
            if let Some(f) = finding(target) {
                out.push(f.placed(|m| c.diag(RULE.code, target.span, m)));
            }
        }
    }
}

/// `target: tidak_tercantum`: reported on any approach, as what it is.
fn not_stated(target: &crate::model::Sp<Target>) -> bool {
    matches!(
        target.value,
        Target::Invalid {
            error: TargetError::NotStated,
            ..
        }
    )
}

/// An annual target of nothing on a measure that says it is better when higher (`0 %` tindak
/// lanjut rekomendasi, `0 dokumen` yang diselesaikan): nothing is expected, and no capaian can be
/// computed against it. Spreadsheets and e-Kinerja exports write an empty target cell as 0.
/// Only when the text names good work done, as S108 reads it (*yang ditindaklanjuti*, *yang
/// diselesaikan*, *penanganan*, *penurunan*), or a share or count of things in a good state
/// (*yang aktif*, *yang layak*, *kepemilikan*), and nothing in it may name a bad thing: a count of
/// anything else may aim at zero with the polarity left at its default (`0 insiden`, `0 bug`,
/// `0 hari tanpa layanan`, rekomendasi *yang belum* ditindaklanjuti), which S108 asks about when
/// it knows the word. Not for a period's own target: nothing may be due in the first quarter.
fn zero(cx: &super::Measure, target: &crate::model::Sp<Target>) -> Option<Finding<'static>> {
    let Target::Quantity { quantity, .. } = &target.value else {
        return None;
    };
    let nothing = match quantity.value {
        TargetValue::Number(v) => v == 0.0,
        TargetValue::Range { min, max } => min == 0.0 && max == 0.0,
        TargetValue::Bound { .. } => false,
    };
    if !nothing || cx.polaritas != Polaritas::Naik {
        return None;
    }
    let r = super::read(&cx.teks.value, &[]);
    let d = super::s108_polarity::direction(&r, Some(target), cx.satuan.map(|s| s.value.as_str()));
    let maybe_bad = r
        .words
        .iter()
        .any(|w| BAD_MARKERS.contains(&w.text.as_str()) || is_lack(&w.text));
    // "Persentase BUMK yang aktif": a share or count of things in a good state.
    let good_state = matches!(
        r.head.as_deref(),
        Some("persentase" | "jumlah" | "proporsi" | "cakupan")
    ) && r.words.iter().enumerate().any(|(i, w)| {
        // "… yang aktif", "… yang administrasinya lengkap"
        let after_yang = || {
            let before = |n: usize| r.words[i - n].text.as_str();
            before(1) == "yang" || before(1).ends_with("nya") && before(2) == "yang"
        };
        // "… yang memiliki hipertensi": what is had may be a condition.
        let had_bad = || {
            w.text == "memiliki"
                && r.words
                    .get(i + 1)
                    .is_some_and(|n| BAD_POSSESSIONS.contains(&n.text.as_str()))
        };
        GOOD_STATES.contains(&w.text.as_str()) && (i <= 2 || after_yang()) && !had_bad()
    });
    let good_work = d.counts_results || d.handled_by_name || d.reduction || good_state;
    if !good_work || maybe_bad || d.lower_is_better() {
        return None;
    }
    let text = target.value.text();
    Some(Finding {
        msg: Msg::STargetZero {
            target: text.clone(),
        },
        raw: text.into(),
        kind: "nol",
        help: Msg::HelpSTargetZero,
    })
}

/// What S103 says about one target, if anything.
struct Finding<'a> {
    msg: Msg,
    raw: std::borrow::Cow<'a, str>,
    kind: &'static str,
    help: Msg,
}

impl Finding<'_> {
    /// The diagnostic `at` makes of the message (it knows the document and the subject).
    fn placed(self, at: impl FnOnce(Msg) -> Diagnostic) -> Diagnostic {
        at(self.msg)
            .arg("target", self.raw.as_ref())
            .arg("jenis", self.kind)
            .help(self.help)
    }
}

fn finding(target: &crate::model::Sp<Target>) -> Option<Finding<'_>> {
    let Target::Invalid { raw, error } = &target.value else {
        return None;
    };
    // A grade or category written as the target ("BB (Nilai 75)", "Paripurna", "Level 3",
    // "Terakreditasi Internasional") is a categorical target, not a missing number.
    if matches!(error, TargetError::NoNumber(_)) && is_categorical(raw) {
        return None;
    }
    let (msg, kind) = match error {
        TargetError::Empty => (Msg::STargetEmpty, "kosong"),
        TargetError::Placeholder(_) => (
            Msg::STargetPlaceholder {
                target: raw.clone(),
            },
            "isian",
        ),
        // "Minggu ke-2 Januari" has a digit, but not a number to score against.
        TargetError::NoNumber(_) if raw.contains(|c: char| c.is_ascii_digit()) => (
            Msg::STargetNotLeadingNumber {
                target: raw.clone(),
            },
            "tanpa_angka",
        ),
        TargetError::NoNumber(_) => (
            Msg::STargetNoNumber {
                target: raw.clone(),
            },
            "tanpa_angka",
        ),
        TargetError::Date(_) => (
            Msg::STargetDate {
                target: raw.clone(),
            },
            "tanggal",
        ),
        TargetError::BadDate(_) => (
            Msg::STargetBadDate {
                target: raw.clone(),
            },
            "tenggat",
        ),
        // Malformed numbers are F015's.
        TargetError::BadNumber(_) => return None,
        TargetError::NotStated => (Msg::STargetNotStated, "tidak_tercantum"),
    };
    let help = match error {
        TargetError::NotStated => Msg::HelpSTargetNotStated,
        TargetError::Date(_) => Msg::HelpSTargetDate {
            target: raw.trim().to_string(),
        },
        TargetError::BadDate(_) => Msg::HelpSTargetBadDate,
        _ => Msg::HelpSTarget,
    };
    Some(Finding {
        msg,
        raw: raw.as_str().into(),
        kind,
        help,
    })
}
