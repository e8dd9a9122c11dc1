use super::LAMPIRAN_SECTIONS;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Bagian lampiran SKP (`dukungan_sumber_daya`, `skema_pertanggungjawaban`,
    /// `konsekuensi`) yang ditulis tetapi tidak berisi apa pun: kosong (`konsekuensi:`), daftar
    /// kosong (`[]`), atau hanya butir kosong.
    ///
    /// ## Mengapa
    /// Lampiran adalah bagian ekspektasi yang disepakati: sumber daya yang disediakan
    /// pimpinan, cara pegawai mempertanggungjawabkan hasil, dan konsekuensinya (PermenPANRB
    /// 6/2022). Bagian yang dibiarkan kosong biasanya tanda formulir diisi sebagai formalitas.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    /// lampiran:
    ///   konsekuensi: []
    /// ```
    /// Benar:
    /// ```yaml
    /// lampiran:
    ///   konsekuensi:
    ///     - Predikat kinerja sesuai ketentuan yang berlaku
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan P103 -- alasan`.
    code: "P103",
    name: "lampiran-section-empty",
    level: Warning,
    summary: ("Bagian lampiran kosong", "Empty lampiran section"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for (doc, skp) in cx.ws.skps() {
        let Some(lampiran) = &skp.lampiran else {
            continue;
        };
        let l = &lampiran.value;
        let written = [
            (LAMPIRAN_SECTIONS[0], &l.dukungan_sumber_daya),
            (LAMPIRAN_SECTIONS[1], &l.skema_pertanggungjawaban),
            (LAMPIRAN_SECTIONS[2], &l.konsekuensi),
        ];
        let mut empty: Vec<(&str, crate::diag::Span)> = written
            .iter()
            .filter_map(|(key, section)| {
                let s = section.as_ref()?;
                s.value
                    .iter()
                    .all(|item| item.value.trim().is_empty())
                    .then_some((*key, s.span))
            })
            .collect();
        empty.extend(
            l.kosong
                .iter()
                .filter(|k| LAMPIRAN_SECTIONS.contains(&k.value.as_str()))
                .map(|k| (k.value.as_str(), k.span)),
        );
        for (bagian, span) in empty {
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    crate::model::convert::first_line(span),
                    Msg::PLampiranEmpty {
                        bagian: bagian.to_string(),
                    },
                )
                .subject(&skp.resolved_id.value, None)
                .arg("bagian", bagian)
                .help(match bagian {
                    "skema_pertanggungjawaban" => Msg::HelpPLampiranSkema,
                    "konsekuensi" => Msg::HelpPLampiranKonsekuensi,
                    _ => Msg::HelpPLampiranEmpty,
                }),
            );
        }
    }
}
