use super::{at_reference, target_name};
use crate::cascade::{Origin, Target};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `intervensi` yang menunjuk hasil kerja orang yang bukan Pejabat Penilai Kinerja maupun
    /// `atasan_kinerja` (ketua tim pada cascading dua tingkat) pegawai itu. Untuk penilai
    /// Plt./Plh., SKP jabatan yang ditunjuk `pejabat_penilai.skp` juga sah.
    ///
    /// ## Mengapa
    /// RHK diturunkan dari RHK atasan langsung (atau ketua tim) lewat Matriks Peran Hasil;
    /// mengintervensi hasil orang lain melompati rantai kinerja dan membuat penilaian tidak dapat
    /// dipertanggungjawabkan oleh penilainya.
    ///
    /// ## Contoh
    /// Salah: staf Bidang Aplikasi menulis `intervensi: 197211021997031004/RHK-1` (RHK
    /// Sekretaris), padahal penilainya Kepala Bidang Aplikasi.
    ///
    /// Benar: intervensi RHK Kepala Bidang; bila memang bekerja untuk tim lain, catat
    /// `atasan_kinerja` atau perbarui pejabat penilainya.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K105 -- alasan` (misalnya penugasan lintas
    /// unit yang sah).
    code: "K105",
    name: "served-not-superior",
    level: Warning,
    summary: ("Hasil yang diintervensi bukan milik penilai atau atasan kinerja", "Served result belongs to neither the appraiser nor atasan_kinerja"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        let Origin::Intervensi { doc, .. } = r.origin else {
            continue;
        };
        let Ok(t @ Target::Skp { doc: tdoc, .. }) = &r.result else {
            continue;
        };
        let (Some(from), Some(to)) = (ws.skp_at(doc), ws.skp_at(*tdoc)) else {
            continue;
        };
        // A plan of unknown NIP (found by its own id) has no owner to compare.
        let Some(owner) = to.nip() else {
            continue;
        };
        let ok = from
            .pejabat_penilai
            .nip
            .as_ref()
            .is_some_and(|n| n.value.as_str() == owner)
            || from
                .atasan_kinerja
                .as_ref()
                .is_some_and(|n| n.value.as_str() == owner)
            || from
                .pejabat_penilai
                .skp
                .as_ref()
                .is_some_and(|s| s.value == to.resolved_id.value);
        if ok {
            continue;
        }
        out.push(
            at_reference(
                ws,
                r,
                RULE.code,
                Msg::KNotSuperior {
                    target: target_name(ws, t),
                    pemilik: to.pegawai.nama.value.clone(),
                },
            )
            .arg("pemilik", owner)
            .help(Msg::HelpKNotSuperior),
        );
    }
}
