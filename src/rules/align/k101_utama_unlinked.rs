use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{FormatSkp, JenisRhk};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// RHK `jenis: utama` pada SKP administrasi/fungsional yang tidak memiliki `intervensi`
    /// (hasil kerja pimpinan yang diintervensi) maupun `acuan` (Renstra/PK). RHK JPT diperiksa oleh
    /// K107.
    ///
    /// ## Mengapa
    /// Setiap RHK pegawai "menginduk" pada RHK pimpinan yang diintervensi (PermenPANRB 6/2022;
    /// panduan e-Kinerja BKN). RHK utama yang tidak terhubung tidak dapat ditelusuri ke
    /// Perjanjian Kinerja dan Renstra — kegagalan keselarasan yang paling sering ditemukan.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///   - id: RHK-1
    ///     jenis: utama
    ///     rhk: Tersedianya data perizinan yang mutakhir
    /// ```
    /// Benar:
    /// ```yaml
    ///   - id: RHK-1
    ///     jenis: utama
    ///     rhk: Tersedianya data perizinan yang mutakhir
    ///     intervensi: RHK-2
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K101 -- alasan`.
    code: "K101",
    name: "utama-unlinked",
    level: Warning,
    summary: ("RHK utama tanpa intervensi maupun acuan", "Main RHK with neither intervensi nor acuan"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for (doc, skp) in ws.skps() {
        if skp.format() == FormatSkp::Jpt {
            continue;
        }
        for rhk in skp.hasil_kerja.iter() {
            let utama = rhk
                .jenis
                .as_ref()
                .is_some_and(|j| j.value == JenisRhk::Utama);
            if !utama
                || rhk.intervensi.as_ref().is_some_and(|l| !l.is_empty())
                || rhk.acuan.as_ref().is_some_and(|l| !l.is_empty())
            {
                continue;
            }
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    rhk.id.span,
                    Msg::KUnlinked {
                        rhk: rhk.id.value.clone(),
                    },
                )
                .subject(&skp.resolved_id.value, Some(&rhk.id.value))
                .help(Msg::HelpKUnlinked),
            );
        }
    }
}
