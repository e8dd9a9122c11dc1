use super::entries;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas bukti yang isinya bertentangan dengan ekstensi namanya: `.pdf` yang ternyata
    /// halaman HTML (halaman galat yang tersimpan dari peramban, atau halaman masuk aplikasi),
    /// foto PNG yang diberi nama `.jpg` atau `.pdf`, dokumen yang bukan dokumen Office. Yang
    /// dibaca hanya beberapa ratus bita pertama, sekali untuk setiap isi (disimpan di
    /// `.skp/cache`).
    ///
    /// ## Mengapa
    /// Bukti dukung harus dapat dibuka dan diperiksa oleh pejabat penilai dan auditor. Berkas
    /// yang tidak sesuai jenisnya sering berarti unduhan yang gagal: buktinya sebenarnya tidak
    /// ada, walaupun hash-nya tercatat rapi.
    ///
    /// ## Contoh
    /// `bukti/2026-TW1/berita-acara.pdf` berisi `<!DOCTYPE html>…`: unduh ulang dokumen aslinya,
    /// lalu catat dengan `skp evidence add`.
    ///
    /// ## Pengaturan
    /// Pengecualian pada entri buku catatan: `skp evidence abaikan ID --kode B112 --alasan …`.
    code: "B112",
    name: "evidence-content-mismatch",
    level: Warning,
    summary: ("Isi berkas bukti bertentangan dengan jenis namanya", "Evidence content contradicts its file type"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for e in entries(cx) {
        let Some(kind) = e.mismatch else { continue };
        if e.suppressed(RULE.code) {
            continue;
        }
        out.push(
            e.diag(
                RULE.code,
                Msg::BContentMismatch {
                    berkas: e.berkas(),
                    // Content of no kind skp knows has no name to show.
                    jenis: (kind != crate::evidence::sniff::Kind::Other)
                        .then(|| kind.label().to_string()),
                },
            )
            .arg("jenis_isi", kind.label())
            .help(Msg::HelpBContentMismatch),
        );
    }
}
