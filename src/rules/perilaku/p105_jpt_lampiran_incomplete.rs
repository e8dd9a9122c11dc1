use super::LAMPIRAN_SECTIONS;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::FormatSkp;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// SKP JPT (`format: jpt`) tanpa `lampiran`, atau yang lampirannya tidak memuat salah satu
    /// dari tiga bagian yang diminta formulirnya: `dukungan_sumber_daya`,
    /// `skema_pertanggungjawaban`, `konsekuensi`. Bagian yang ditulis tetapi kosong dilaporkan
    /// P103.
    ///
    /// ## Mengapa
    /// Format SKP Pejabat Pimpinan Tinggi dan Pimpinan Unit Kerja Mandiri (PermenPANRB 6/2022)
    /// diakhiri "Lampiran Sasaran Kinerja Pegawai" dengan ketiga bagian itu: ekspektasi
    /// pimpinan tinggi tidak lengkap tanpa sumber daya, pertanggungjawaban, dan
    /// konsekuensinya.
    ///
    /// ## Contoh
    /// Salah: SKP Kepala Dinas tanpa `lampiran:`.
    /// Benar:
    /// ```yaml
    /// lampiran:
    ///   dukungan_sumber_daya: [Anggaran Dinas pada DPA 2026]
    ///   skema_pertanggungjawaban: [Laporan capaian PK setiap triwulan kepada Sekretaris Daerah]
    ///   konsekuensi: [Predikat kinerja sesuai ketentuan yang berlaku]
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan P105 -- alasan`. Untuk SKP JA/JF lampiran
    /// tidak diwajibkan aturan ini.
    code: "P105",
    name: "jpt-lampiran-incomplete",
    level: Warning,
    summary: ("Lampiran SKP JPT tidak lengkap", "JPT SKP without the lampiran its form requires"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for (doc, skp) in cx.ws.skps() {
        if skp.format() != FormatSkp::Jpt {
            continue;
        }
        let missing: Vec<&str> = LAMPIRAN_SECTIONS
            .iter()
            .copied()
            .filter(|key| {
                skp.lampiran.as_ref().is_none_or(|l| {
                    let l = &l.value;
                    let written = match *key {
                        "dukungan_sumber_daya" => l.dukungan_sumber_daya.is_some(),
                        "skema_pertanggungjawaban" => l.skema_pertanggungjawaban.is_some(),
                        _ => l.konsekuensi.is_some(),
                    };
                    !written && !l.kosong.iter().any(|k| k.value == *key)
                })
            })
            .collect();
        if missing.is_empty() {
            continue;
        }
        let span = skp.lampiran.as_ref().map_or(doc.span, |l| l.span);
        out.push(
            Diagnostic::new(
                RULE.code,
                doc.file,
                crate::model::convert::first_line(span),
                Msg::PJptLampiran {
                    hilang: missing.join(", "),
                },
            )
            .subject(&skp.resolved_id.value, None)
            .arg("hilang", missing.join(","))
            .help(Msg::HelpPJptLampiran),
        );
    }
}
