use super::entries;
use crate::diag::Diagnostic;
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas bukti yang tercatat tetapi tidak ada di jalurnya. Bila isi yang sama ditemukan di
    /// jalur lain dalam folder `bukti/`, bantuan menyebut jalur barunya.
    ///
    /// ## Mengapa
    /// Bukti yang hilang tidak dapat diperiksa penilai maupun auditor; realisasi yang
    /// bersandar padanya kehilangan dasar.
    ///
    /// ## Contoh
    /// `bukti/2026-TW1/berita-acara.pdf` dipindahkan ke `bukti/2026-TW2/`.
    ///
    /// ## Pengaturan
    /// Jalur yang dipindahkan diperbaiki dengan `skp evidence relink`. Berkas yang terhapus
    /// dipulihkan dengan menambahkannya lagi (`skp evidence add`, dengan nama apa pun):
    /// salinannya ditaruh kembali di jalur yang tercatat, catatannya tidak berubah.
    code: "B102",
    name: "evidence-missing",
    level: Error,
    summary: ("Berkas bukti yang tercatat hilang", "Recorded evidence file is missing"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for e in entries(cx) {
        // One state, one wording in `check` and `evidence verify`: a moved file is "moved",
        // with the one command that repairs it.
        let (msg, help) = match e.state {
            State::Missing if e.bukti.url.is_none() => {
                (Msg::BMissing { berkas: e.berkas() }, Msg::HelpBMissing)
            }
            State::Moved { to } => (
                Msg::BMoved {
                    berkas: e.berkas(),
                    to: to.clone(),
                },
                Msg::HelpBMoved { to: to.clone() },
            ),
            _ => continue,
        };
        if e.suppressed(RULE.code) {
            continue;
        }
        out.push(e.diag(RULE.code, msg).help(help));
    }
}
