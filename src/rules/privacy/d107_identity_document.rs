use crate::diag::{Diagnostic, Span};
use crate::i18n::Msg;
use crate::model::Content;
use crate::privacy::identity_document;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas bukti dukung yang namanya menyebut dokumen identitas: KTP/e-KTP, Kartu Keluarga,
    /// paspor, NPWP, akta kelahiran, buku nikah, KITAS, kartu identitas — baik yang tercatat di
    /// buku catatan bukti maupun yang baru ada di folder `bukti/`. Hanya kata utuh yang dihitung,
    /// sehingga `sktp` atau `kertas-kerja-KK` tidak dilaporkan.
    ///
    /// ## Mengapa
    /// Pindaian dokumen identitas adalah data pribadi (UU 27/2022) yang tidak diperlukan untuk
    /// membuktikan hasil kerja, tetapi ikut tersebar ke setiap salinan repositori. `skp` tidak
    /// dapat membaca isi gambar pindaian; nama berkas adalah satu-satunya petunjuknya.
    ///
    /// ## Contoh
    /// Salah: `bukti/2026-TW1/scan-ktp-pelapor.jpg`.
    /// Benar: berita acara penanganan aduan tanpa lampiran identitas pelapor, atau dokumen
    /// identitas yang disimpan di luar repositori sesuai ketentuan instansi.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan D107 -- alasan` pada entri buku catatan bukti,
    /// atau `abaikan: [ { kode: D107, alasan: … } ]` pada entrinya.
    code: "D107",
    name: "identity-document",
    level: Warning,
    summary: ("Bukti dukung berupa dokumen identitas", "Evidence file that is an identity document"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for doc in &ws.docs {
        let Content::BuktiDukung(ledger) = &doc.content else {
            continue;
        };
        for entry in &ledger.bukti.value {
            let Some(berkas) = &entry.berkas else {
                continue;
            };
            let name = berkas.value.rsplit('/').next().unwrap_or_default();
            if let Some(dokumen) = identity_document(name) {
                out.push(finding(
                    doc.file,
                    berkas.span,
                    &berkas.value,
                    dokumen,
                    &ledger.skp.value,
                ));
            }
        }
    }
    // Files not recorded yet: reported at the ledger beside their bukti/ folder, as B108 does.
    for file in &cx.facts.evidence().unrecorded {
        let name = file.rsplit('/').next().unwrap_or_default();
        let Some(dokumen) = identity_document(name) else {
            continue;
        };
        let ledger = ws.docs.iter().find_map(|d| match &d.content {
            Content::BuktiDukung(l) => {
                let rel = ws.rel(d.file);
                let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
                let prefix = if dir.is_empty() {
                    "bukti/".to_string()
                } else {
                    format!("{dir}/bukti/")
                };
                file.starts_with(&prefix)
                    .then_some((d.file, l.skp.value.as_str()))
            }
            _ => None,
        });
        if let Some((ledger_file, skp)) = ledger {
            out.push(finding(ledger_file, Span::FILE_START, file, dokumen, skp));
        }
    }
}

fn finding(
    file: crate::base::FileId,
    span: Span,
    berkas: &str,
    dokumen: &str,
    skp: &str,
) -> Diagnostic {
    Diagnostic::new(
        RULE.code,
        file,
        span,
        Msg::DIdentityDocument {
            berkas: berkas.to_string(),
            dokumen: dokumen.to_string(),
        },
    )
    .subject(skp, None)
    .arg("berkas", berkas)
    .arg("dokumen", dokumen)
    .help(Msg::HelpDIdentityDocument)
}
