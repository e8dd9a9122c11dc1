use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Amount;
use crate::i18n::Msg;
use crate::model::capaian::deadline_met;
use crate::model::skp::Iki;
use crate::model::skp::Target;
use crate::model::target::parse_done_date;
use crate::model::target::{
    Comparator, Quantity, ScalarKind, TargetValue, UnitClass, classify_unit, parse_target,
};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Nilai `realisasi` yang tidak terbaca sebagai angka dengan tata bahasa target (`4`,
    /// `95,5 %`, `3 hari kerja`), atau yang satuannya berbeda jenis dari satuan target
    /// indikatornya (target dalam %, realisasi dalam dokumen atau dalam puskesmas), yang
    /// menghitung benda lain (`4 dokumen` untuk target `4 modul`; laporan dihitung sebagai
    /// dokumen, peserta sebagai orang), atau yang tidak dapat dihitung dalam satuan target
    /// (`4 hari` untuk `≤ 3 hari kerja`: hari kerja tidak sama panjangnya), atau, bila
    /// targetnya tenggat (`paling lambat 31 Maret 2026`), yang bukan tanggal. Juga realisasi
    /// tanpa satuan di bawah 1 (`0,9`) untuk target persen yang harus dicapai (`95 %`):
    /// terbaca 0,9 %, padahal hampir selalu pecahan dari lembar kerja (90 %). Untuk target
    /// persen kecil (`≤ 1 %`) atau yang makin rendah makin baik, angka itu wajar. Sebaliknya,
    /// realisasi dalam persen (`85 %`) untuk target tanpa satuan di bawah 1 (`0,85`) membuat
    /// capaian ratusan kali lipat: targetnya yang pecahan. Pada SKP
    /// `pendekatan: kualitatif` dan untuk target kategoris, realisasi deskriptif sah. Realisasi
    /// negatif (`-1,2 %`, pertumbuhan yang menyusut) disebut negatif dan tidak diberi capaian:
    /// pejabat penilai menghitung dan menjelaskannya.
    ///
    /// ## Mengapa
    /// Capaian dihitung dari realisasi dibanding target; realisasi yang tidak dapat dibaca atau
    /// bersatuan lain membuat capaian tidak dapat dihitung dan sering menandakan salah catat.
    ///
    /// ## Contoh
    /// Target `4 modul`, realisasi `sudah berjalan baik`: tulis angkanya (`3 modul`) dan pindahkan
    /// penjelasannya ke `umpan_balik`. Target `95 %`, realisasi `0,9`: tulis `90 %`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan N105 -- alasan`.
    code: "N105",
    name: "realisasi-value-unreadable",
    level: Warning,
    summary: ("Nilai realisasi tidak terbaca atau satuannya lain", "Realisation value unreadable or in another unit"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let extra = &cx.ws.config.vocab.extra_units;
    for e in evaluations(cx) {
        let (Some(skp), Some(hasil)) = (e.skp, &e.realisasi.hasil_kerja) else {
            continue;
        };
        if skp.pendekatan.value == crate::model::vocab::Pendekatan::Kualitatif {
            continue;
        }
        for (key, v) in hasil.iter() {
            let Some(raw) = &v.value.realisasi else {
                continue;
            };
            let Some((_, iki)) = skp.indicators().find(|(_, i)| i.id.value == key.value) else {
                continue;
            };
            let diag = |msg: Msg, help: Msg| {
                Diagnostic::new(RULE.code, e.doc.file, raw.span, msg)
                    .subject(&skp.resolved_id.value, Some(&key.value))
                    .arg("nilai", raw.value.as_str())
                    .help(help)
            };
            // Judged against the target `evaluate` uses for this period.
            let periode = e.realisasi.periode.value;
            let period_target = super::to_date::target_for(iki, periode);
            if let Target::Tenggat { date, .. } = period_target {
                if deadline_met(*date, &raw.value, Some(periode)).is_none() {
                    let nilai = raw.value.clone();
                    // A day and month alone, when the year decides whether it was met.
                    let msg = match parse_done_date(&raw.value) {
                        Some(Err(_)) => Msg::NValueDateNoYear { nilai },
                        _ => Msg::NValueNotDate { nilai },
                    };
                    out.push(diag(msg, Msg::HelpNValueDate));
                }
                continue;
            }
            let Some(target) = period_target.quantity() else {
                // A categorical or descriptive target: any wording may record it.
                continue;
            };
            let percent = |v: f64| Amount {
                value: v * 100.0,
                unit: Some("%".into()),
            };
            // The message, its help, and the fraction read when it is one.
            let (msg, help, pecahan) = match parse_target(&raw.value, ScalarKind::Text) {
                Err(_) if crate::model::target::is_negative(&raw.value) => (
                    Msg::NValueNegative {
                        nilai: raw.value.clone(),
                    },
                    Msg::HelpNValueNegative,
                    None,
                ),
                Err(_) => (
                    Msg::NValueUnreadable {
                        nilai: raw.value.clone(),
                    },
                    Msg::HelpNValue,
                    None,
                ),
                Ok((q, _)) => {
                    let class = |u: Option<&str>| {
                        u.or(iki.satuan.as_ref().map(|s| s.value.as_str()))
                            .map(|u| classify_unit(u, extra))
                    };
                    // The target's unit wherever it is written: its own text, `satuan`, or,
                    // for a bare periodic target (`2026-TW1: 40`), the annual target's.
                    let target_unit = target
                        .unit
                        .as_deref()
                        .or(iki.satuan.as_ref().map(|s| s.value.as_str()))
                        .or(iki.target.value.quantity().and_then(|q| q.unit.as_deref()));
                    let target_percent =
                        target_unit.map(|u| classify_unit(u, extra)) == Some(UnitClass::Percent);
                    // The realisation's unit as written, not borrowed from `satuan`.
                    let realised_percent = q.unit.as_deref().map(|u| classify_unit(u, extra))
                        == Some(UnitClass::Percent);
                    let shown = || {
                        super::to_date::with_satuan(
                            iki,
                            super::to_date::target_text_for(iki, periode),
                        )
                    };
                    let other_unit = match (class(q.unit.as_deref()), class(target.unit.as_deref()))
                    {
                        (Some(a), Some(b)) if !a.comparable(b) => true,
                        // Read, but not in the target's unit (`4 dokumen` against `4 modul`,
                        // `4 hari` against `3 hari kerja`): `evaluate` shows no capaian.
                        _ => crate::model::capaian::number_in(
                            &raw.value,
                            period_target,
                            iki.satuan.as_ref().map(|s| s.value.as_str()),
                        )
                        .is_none(),
                    };
                    match other_unit {
                        true => (
                            Msg::NValueOtherUnit {
                                nilai: raw.value.clone(),
                                satuan: target_unit.unwrap_or_default().to_string(),
                            },
                            Msg::HelpNValue,
                            None,
                        ),
                        // `85 %` against a plan's `0,85` with no unit anywhere: the capaian a
                        // hundredfold.
                        false if realised_percent && target_unit.is_none() => match target.value {
                            TargetValue::Number(t)
                                if t > 0.0 && t < 1.0 && in_percent(&q) >= 10.0 * t =>
                            {
                                (
                                    Msg::NValueTargetFraction {
                                        nilai: raw.value.clone(),
                                        target: shown(),
                                        persen: percent(t),
                                    },
                                    Msg::HelpNValueTargetFraction,
                                    Some(t),
                                )
                            }
                            _ => continue,
                        },
                        // `0,9` against `95 %` (or `95` with `satuan: "%"`): the capaian almost
                        // nothing.
                        false if q.unit.is_none() && target_percent => {
                            match fraction(&q, target, iki) {
                                Some(v) => (
                                    Msg::NValueFraction {
                                        nilai: raw.value.clone(),
                                        target: shown(),
                                        persen: percent(v),
                                    },
                                    Msg::HelpNValueFraction,
                                    Some(v),
                                ),
                                None => continue,
                            }
                        }
                        false => continue,
                    }
                }
            };
            let d = diag(msg, help);
            out.push(match pecahan {
                Some(v) => d.arg("pecahan", v),
                None => d,
            });
        }
    }
}

/// A unitless realisation that reads as a fraction of a whole (`0,9`) against a target of
/// many percent to be reached (`95 %`): written as it is, it counts as 0,9 % and the capaian
/// falls to almost nothing. Against a small target (`≤ 1 %` of errors) or a lower-is-better
/// measure a number under one is a plausible percentage, so it is left alone.
fn fraction(q: &Quantity, target: &Quantity, iki: &Iki) -> Option<f64> {
    let TargetValue::Number(v) = q.value else {
        return None;
    };
    let higher_better =
        iki.polaritas.as_ref().map(|p| p.value) != Some(crate::model::vocab::Polaritas::Turun);
    let least = match target.value {
        TargetValue::Number(t) if higher_better => t,
        TargetValue::Range { min, max } if higher_better => min.min(max),
        TargetValue::Bound {
            comparator: Comparator::AtLeast,
            value,
        } => value,
        _ => return None,
    };
    (v > 0.0 && v < 1.0 && least >= 10.0).then_some(v)
}

/// The number a realisation in percent states (a range, its lower end).
fn in_percent(q: &Quantity) -> f64 {
    match q.value {
        TargetValue::Number(v) | TargetValue::Bound { value: v, .. } => v,
        TargetValue::Range { min, max } => min.min(max),
    }
}
