use super::at_reference;
use crate::cascade::Unresolved;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `intervensi` tanpa awalan dokumen (`RHK-2`) padahal atasan yang dituju —
    /// `atasan_kinerja`, atau Pejabat Penilai Kinerja yang ber-NIP — tidak memiliki SKP di
    /// ruang kerja untuk periode itu. Penilai tanpa NIP (Bupati, Wali Kota, Menteri) berada di
    /// luar ruang kerja menurut definisi dan tidak pernah ditandai.
    ///
    /// ## Mengapa
    /// Referensi tanpa awalan hanya dapat diperiksa terhadap SKP atasannya. Selama SKP atasan
    /// belum ada (peluncuran bertahap) temuan ini peringatan, bukan kesalahan.
    ///
    /// ## Contoh
    /// Kepala Seksi menulis `intervensi: RHK-1`, tetapi SKP Kepala Bidang (penilainya) belum
    /// ada di repositori. Tambahkan SKP Kepala Bidang, atau tulis referensi lengkap bila
    /// hasil yang diintervensi ada di dokumen lain.
    ///
    /// ## Pengaturan
    /// Dapat dimatikan selama peluncuran bertahap: `[rules] ignore = ["K106"]`.
    code: "K106",
    name: "superior-skp-missing",
    level: Warning,
    summary: ("SKP atasan untuk referensi tanpa awalan tidak ada", "The superior's SKP for a bare reference is missing"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        let Err(Unresolved::NoSuperiorSkp { nip }) = &r.result else {
            continue;
        };
        out.push(
            at_reference(ws, r, RULE.code, Msg::KNoSuperiorSkp { nip: nip.clone() })
                .arg("nip", nip.as_str())
                .help(Msg::HelpKNoSuperiorSkp),
        );
    }
}
