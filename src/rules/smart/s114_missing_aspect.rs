use super::{is_admin_format, results};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{Aspek, Pendekatan, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::workspace::config::AspectPolicy;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Pada SKP administrasi/fungsional dengan pendekatan kuantitatif, RHK yang hanya diukur dari
    /// aspek kuantitas: tidak ada satu pun indikator aspek kualitas, waktu, atau biaya. Dengan
    /// `[rules] aspects = "all"`, RHK yang tidak mencakup kuantitas, kualitas, *dan* waktu.
    ///
    /// ## Mengapa
    /// Format SKP JA/JF memuat kolom Aspek. Lampiran PermenPANRB 6/2022 menyebut IKI dapat
    /// berupa aspek kuantitas, kualitas, waktu, **dan/atau** biaya, sehingga bawaan aturan ini
    /// mengikuti bacaan "dan/atau": hasil yang hanya dihitung banyaknya belum menunjukkan mutu
    /// atau ketepatannya. Kesalahan umum no. 2 menurut pelatih e-Kinerja adalah IKI tanpa aspek
    /// kualitas/waktu. Sebagian instansi mewajibkan ketiganya; pilih itu dengan
    /// `aspects = "all"`.
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
    /// `[rules] aspects = "any"` (bawaan: selain kuantitas, sedikitnya satu dari kualitas, waktu,
    /// biaya) atau `"all"` (kuantitas, kualitas, dan waktu). Abaikan di tempat pada baris
    /// RHK: `# skp: abaikan S114 -- alasan`.
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
        let has = |a: Aspek| {
            rhk.indikator
                .iter()
                .any(|i| i.aspek.as_ref().is_some_and(|x| x.value == a))
        };
        let missing: Vec<&str> = match ws.config.rules.aspects {
            AspectPolicy::All => [Aspek::Kuantitas, Aspek::Kualitas, Aspek::Waktu]
                .into_iter()
                .filter(|a| !has(*a))
                .map(|a| a.code())
                .collect(),
            // "dan/atau": only a result measured by kuantitas alone lacks a second aspect.
            AspectPolicy::Any
                if [Aspek::Kualitas, Aspek::Waktu, Aspek::Biaya]
                    .into_iter()
                    .any(has) =>
            {
                Vec::new()
            }
            AspectPolicy::Any => vec!["kualitas", "waktu", "biaya"],
        };
        if missing.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.code,
                doc.file,
                rhk.id.span,
                match ws.config.rules.aspects {
                    AspectPolicy::Any => Msg::SOnlyQuantity,
                    AspectPolicy::All => Msg::SMissingAspect {
                        aspek: missing.join(", "),
                    },
                },
            )
            .arg("aspek", missing.clone())
            .subject(&skp.resolved_id.value, Some(&rhk.id.value))
            .help(Msg::HelpSMissingAspect),
        );
    }
}
