use super::evaluations;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::capaian::deadline_met;
use crate::model::skp::Target;
use crate::model::target::parse_done_date;
use crate::model::target::{ScalarKind, classify_unit, parse_target};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Nilai `realisasi` yang tidak terbaca sebagai angka dengan tata bahasa target (`4`,
    /// `95,5 %`, `3 hari kerja`), atau yang satuannya berbeda jenis dari satuan target
    /// indikatornya (target dalam %, realisasi dalam dokumen atau dalam puskesmas), atau, bila
    /// targetnya tenggat (`paling lambat 31 Maret 2026`), yang bukan tanggal. Pada SKP
    /// `pendekatan: kualitatif` dan untuk target kategoris, realisasi deskriptif sah.
    ///
    /// ## Mengapa
    /// Capaian dihitung dari realisasi dibanding target; realisasi yang tidak dapat dibaca atau
    /// bersatuan lain membuat capaian tidak dapat dihitung dan sering menandakan salah catat.
    ///
    /// ## Contoh
    /// Target `4 modul`, realisasi `sudah berjalan baik`: tulis angkanya (`3 modul`) dan pindahkan
    /// penjelasannya ke `umpan_balik`.
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
            let target = super::to_date::target_for(iki, periode);
            if let Target::Tenggat { date, .. } = target {
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
            let Some(target) = target.quantity() else {
                // A categorical or descriptive target: any wording may record it.
                continue;
            };
            let msg = match parse_target(&raw.value, ScalarKind::Text) {
                Err(_) => Msg::NValueUnreadable {
                    nilai: raw.value.clone(),
                },
                Ok((q, _)) => {
                    let class = |u: Option<&str>| {
                        u.or(iki.satuan.as_ref().map(|s| s.value.as_str()))
                            .map(|u| classify_unit(u, extra))
                    };
                    match (class(q.unit.as_deref()), class(target.unit.as_deref())) {
                        (Some(a), Some(b)) if !a.comparable(b) => Msg::NValueOtherUnit {
                            nilai: raw.value.clone(),
                            satuan: target.unit.as_deref().unwrap_or_default().to_string(),
                        },
                        _ => continue,
                    }
                }
            };
            out.push(diag(msg, Msg::HelpNValue));
        }
    }
}
