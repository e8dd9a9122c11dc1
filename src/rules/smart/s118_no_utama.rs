use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::JenisRhk;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// SKP yang tidak memiliki satu pun RHK `jenis: utama`.
    ///
    /// ## Mengapa
    /// Hasil kerja dikelompokkan menjadi A. Utama (paling sedikit satu) dan B. Tambahan
    /// (boleh tidak ada) (format SKP, Lampiran PermenPANRB 6/2022). SKP yang hanya berisi
    /// hasil kerja tambahan tidak menyatakan ekspektasi utama jabatan.
    ///
    /// ## Contoh
    /// Salah: semua RHK `jenis: tambahan`. Benar: paling sedikit satu RHK `jenis: utama`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan S118 -- alasan`.
    code: "S118",
    name: "no-main-result",
    level: Error,
    summary: ("SKP tanpa RHK utama", "SKP without a main (utama) result"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for (doc, skp) in ws.skps() {
        // An RHK whose jenis could not be read was reported by F004; do not guess.
        if skp
            .hasil_kerja
            .iter()
            .any(|r| r.jenis.as_ref().is_none_or(|j| j.value == JenisRhk::Utama))
        {
            continue;
        }
        out.push(
            Diagnostic::new(RULE.code, doc.file, skp.hasil_kerja.span, Msg::SNoUtama)
                .subject(&skp.resolved_id.value, None)
                .help(Msg::HelpSNoUtama),
        );
    }
}
