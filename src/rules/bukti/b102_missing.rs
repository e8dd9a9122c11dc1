use super::entries;
use crate::diag::Diagnostic;
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas bukti yang tercatat tetapi tidak ada di jalurnya. Bila isi yang sama ditemukan di
    /// jalur lain dalam folder `bukti/`, saran menyebut jalur barunya. Berkas yang tidak
    /// dapat dibaca (izin berkas atau foldernya, disk yang rusak) dilaporkan dengan kode ini
    /// juga, dengan alasannya: isinya tidak dapat dibandingkan dengan hash yang tercatat.
    ///
    /// ## Mengapa
    /// Bukti yang hilang tidak dapat diperiksa penilai maupun auditor; realisasi yang
    /// bersandar padanya kehilangan dasar.
    ///
    /// ## Contoh
    /// `bukti/2026-TW1/berita-acara.pdf` dipindahkan ke `bukti/2026-TW2/`.
    ///
    /// ## Pengaturan
    /// Berkas yang tidak terbaca diperbaiki izinnya (misalnya `chmod a+r BERKAS`) atau
    /// dipulihkan dari cadangan; argumennya `keadaan: tidak_terbaca` membedakannya dari berkas
    /// yang hilang. Jalur yang dipindahkan diperbaiki dengan `skp evidence relink`. Berkas yang
    /// terhapus dipulihkan dengan menambahkannya lagi (`skp evidence add`, dengan nama apa
    /// pun): salinannya ditaruh kembali di jalur yang tercatat, catatannya tidak berubah.
    code: "B102",
    name: "evidence-missing",
    level: Error,
    summary: (
        "Berkas bukti yang tercatat hilang atau tidak terbaca",
        "Recorded evidence file is missing or unreadable"
    ),
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
            State::Unreadable { reason } => (
                Msg::BUnreadable {
                    berkas: e.berkas(),
                    reason: reason.clone(),
                },
                Msg::HelpBUnreadable,
            ),
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
        let mut d = e.diag(RULE.code, msg).help(help);
        // For tools: the same code, another fix. (Only here: the arguments of the older
        // findings feed their fingerprints, which baselines hold.)
        if let State::Unreadable { .. } = e.state {
            d = d.arg("keadaan", "tidak_terbaca");
        }
        out.push(d);
    }
}
