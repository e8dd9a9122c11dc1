use super::{is_admin_format, results};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{Aspek, Pendekatan, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Pada SKP administrasi/fungsional dengan pendekatan kuantitatif, RHK yang indikatornya
    /// tidak mencakup aspek kuantitas, kualitas, dan waktu (biaya boleh ada bila relevan).
    ///
    /// ## Mengapa
    /// Format SKP JA/JF memuat kolom Aspek; setiap RHK lazimnya diukur dari kuantitas,
    /// kualitas, dan waktu. Kesalahan umum no. 2 menurut pelatih e-Kinerja: IKI disusun tanpa
    /// aspek kuantitas/kualitas/waktu (format SKP JA/JF, Lampiran PermenPANRB 6/2022).
    ///
    /// ## Contoh
    /// Salah: RHK dengan satu indikator `aspek: kuantitas` saja.
    ///
    /// Benar:
    /// ```yaml
    ///     indikator:
    ///       - { id: IKI-1.1, aspek: kuantitas, teks: Jumlah modul yang dirilis, target: 4 modul }
    ///       - { id: IKI-1.2, aspek: kualitas, teks: Persentase modul yang lolos uji keamanan, target: 100 % }
    ///       - { id: IKI-1.3, aspek: waktu, teks: Rata-rata waktu rilis sejak permintaan, target: ≤ 30 hari, polaritas: turun }
    /// ```
    ///
    /// ## Pengaturan
    /// Pengecualian di tempat pada baris RHK: `# skp: abaikan S114 -- alasan`.
    code: "S114",
    name: "missing-aspect",
    level: Warning,
    summary: ("RHK tanpa aspek kuantitas, kualitas, atau waktu", "RHK lacks the quantity, quality or time aspect"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for (doc, skp, rhk) in results(ws) {
        if !is_admin_format(skp) || skp.pendekatan.value != Pendekatan::Kuantitatif {
            continue;
        }
        // Indicators without any aspek are S117's; judge only RHKs that use aspects.
        if rhk.indikator.is_empty()
            || rhk.indikator.iter().all(|i| i.aspek.is_none())
            || rhk
                .indikator
                .iter()
                .any(|i| i.unreadable.contains(&"aspek"))
        {
            continue;
        }
        let missing: Vec<&str> = [Aspek::Kuantitas, Aspek::Kualitas, Aspek::Waktu]
            .into_iter()
            .filter(|a| {
                !rhk.indikator
                    .iter()
                    .any(|i| i.aspek.as_ref().is_some_and(|x| x.value == *a))
            })
            .map(|a| a.code())
            .collect();
        if missing.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.code,
                doc.file,
                rhk.id.span,
                Msg::SMissingAspect {
                    aspek: missing.join(", "),
                },
            )
            .arg("aspek", missing.clone())
            .subject(&skp.resolved_id.value, Some(&rhk.id.value))
            .help(Msg::HelpSMissingAspect),
        );
    }
}
