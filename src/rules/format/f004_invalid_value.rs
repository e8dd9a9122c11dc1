use crate::base::codes;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::model::vocab::{JenisBukti, Vocab};
use crate::rules::rule::{RuleCx, declare_rule};

declare_rule! {
    /// ## Apa yang diperiksa
    /// Nilai dengan tipe yang salah (daftar di tempat teks, teks di tempat tanggal) atau nilai di luar pilihan yang sah. Untuk pilihan tertutup, bantuan mendaftar semua nilai yang diizinkan beserta label resminya, misalnya `utama (Utama), tambahan (Tambahan)`. Di buku catatan bukti: `jenis` di luar daftar bawaan dan `[evidence] extra_types`, `sha256` yang bukan 64 digit heksadesimal, dan `url` yang bukan alamat web `http://` atau `https://` (tautan `javascript:` atau `file:` tidak pernah dijadikan tautan di formulir cetak).
    ///
    /// ## Mengapa
    /// Label resmi (Utama/Tambahan, Kuantitas/Kualitas/Waktu/Biaya, Di Atas/Sesuai/Di Bawah Ekspektasi) ditetapkan PermenPANRB 6/2022; nilai lain tidak dapat dipetakan ke formulir resmi.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///     jenis: pokok
    /// ```
    /// Benar:
    /// ```yaml
    ///     jenis: utama
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`; pengecualian di tempat memakai `# skp: abaikan F004 -- alasan`.
    code: codes::INVALID_VALUE,
    name: "invalid-value",
    level: Error,
    summary: ("Tipe atau nilai tidak sah", "Wrong type or value outside the enumeration"),
    check: Some(check),
}

/// The loader judges every value it can alone; a ledger's `jenis` also depends on the
/// workspace's `[evidence] extra_types`, so it is judged here, with the configuration.
fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let allowed: Vec<&str> = JenisBukti::ALL
        .iter()
        .map(|(_, code, _)| *code)
        .chain(ws.config.evidence.extra_types.iter().map(String::as_str))
        .collect();
    for doc in &ws.docs {
        let Content::BuktiDukung(l) = &doc.content else {
            continue;
        };
        for b in l.bukti.iter() {
            let jenis = &b.jenis;
            if allowed.contains(&jenis.value.as_str()) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    RULE.code,
                    doc.file,
                    jenis.span,
                    Msg::BadEnum {
                        field: "jenis".into(),
                        value: jenis.value.clone(),
                    },
                )
                .arg("kolom", "jenis")
                .help(Msg::HelpAllowedValues {
                    allowed: allowed.join(", "),
                    suggestion: crate::model::convert::did_you_mean(&jenis.value, &allowed)
                        .map(str::to_string),
                })
                .subject(&l.skp.value, None),
            );
        }
    }
}
