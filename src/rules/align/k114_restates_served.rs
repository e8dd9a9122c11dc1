use super::{at_reference, normalized, target_name, target_text, words};
use crate::cascade::{Origin, Target};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// RHK yang rumusannya hanya mengulang RHK atasan yang diintervensinya (sama persis, atau
    /// kata-kata isinya sama setelah huruf besar, tanda baca, dan kata sambung diabaikan).
    ///
    /// ## Mengapa
    /// Peran hasil bawahan adalah bagian yang lebih spesifik dari hasil atasan (Matriks Peran
    /// Hasil); menyalin RHK atasan tidak menyatakan apa yang menjadi tanggung jawab bawahan
    /// dan membuat penilaian keduanya tidak dapat dibedakan.
    ///
    /// ## Contoh
    /// Salah: Kepala Seksi menulis RHK "Meningkatnya kualitas layanan perizinan" di bawah RHK
    /// Kepala Bidang yang sama persis.
    ///
    /// Benar: "Terselesaikannya verifikasi teknis permohonan izin usaha".
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K114 -- alasan`.
    code: "K114",
    name: "rhk-restates-served",
    level: Warning,
    summary: ("RHK hanya mengulang RHK atasan", "RHK merely restates the served RHK"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        let Origin::Intervensi { doc, rhk, .. } = r.origin else {
            continue;
        };
        let Ok(t @ Target::Skp { iki: None, .. }) = &r.result else {
            continue;
        };
        let Some(s) = ws.skp_at(doc) else { continue };
        let own = &s.hasil_kerja[rhk].rhk;
        let served = target_text(ws, t);
        if own.value.is_empty() || served.is_empty() {
            continue;
        }
        let same = normalized(&own.value) == normalized(&served) || {
            let (a, b) = (words(ws, &own.value), words(ws, &served));
            !a.is_empty() && a == b
        };
        if !same {
            continue;
        }
        let mut d = at_reference(
            ws,
            r,
            RULE.code,
            Msg::KRestates {
                target: target_name(ws, t),
            },
        )
        .help(Msg::HelpKRestates);
        d.span = own.span;
        out.push(d);
    }
}
