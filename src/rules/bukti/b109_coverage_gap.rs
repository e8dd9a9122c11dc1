use crate::diag::Diagnostic;
use crate::evidence::coverage::Status;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Dengan `--as-of DATE|today`: sel cakupan (SKP × indikator × periode) yang sudah jatuh
    /// tempo (`as_of` > akhir periode + `grace_days`) tetapi buktinya kosong, kurang dari
    /// `min_per_period`, atau belum terverifikasi (`tidak_terverifikasi`: hanya tautan tanpa
    /// hash isi, atau berkas yang isinya tidak sesuai namanya, B112).
    ///
    /// **Bukti mana yang dihitung.** Sebuah bukti mengisi sel bila `untuk`-nya menyebut
    /// indikator itu, `periode`-nya berada di dalam periode sel, dan tanggalnya — `tanggal`,
    /// atau bila tidak ada, tanggal bukti dicatat (`ditambahkan`) — jatuh di dalam periode sel,
    /// dipotong pada `periode_penilaian` SKP-nya (pegawai yang mutasi: pekerjaan sebelum mutasi
    /// bukan bukti jabatan barunya, B105), dan tidak sesudah tanggal `--as-of`. Bukti untuk RHK tidak mengisi sel indikatornya
    /// kecuali `[evidence] rhk_covers_indicators = true`. Tautan tanpa hash isi tidak membuat
    /// sel terpenuhi (sel menjadi `tidak_terverifikasi`) kecuali
    /// `[evidence] count_unpinned_urls = true`.
    ///
    /// **Grid sel.** Indikator dengan `bukti_periode` mengikuti grid itu. Tanpanya, indikator
    /// aspek kuantitas (dan indikator JPT) mengikuti grid evaluasi SKP (`evaluasi`, atau
    /// `[workspace] evaluation`, bawaan triwulanan), sedangkan aspek kualitas, waktu, dan biaya
    /// dinilai tahunan — sehingga celahnya baru terlihat setelah akhir tahun. Bila unit Anda
    /// menilai kualitas per triwulan, tulis `bukti_periode: triwulanan` pada indikatornya.
    /// `skp report` menampilkan grid setiap sel dan alasannya (`skp`, `aspek`, `bukti_periode`).
    ///
    /// ## Mengapa
    /// Realisasi dinilai berdasarkan bukti dukung; celah yang terlihat sebelum penilaian
    /// periodik masih dapat dilengkapi.
    ///
    /// ## Contoh
    /// `skp check --as-of 2026-04-15`: IKI-1.1 tidak memiliki bukti untuk 2026-TW1.
    ///
    /// ## Pengaturan
    /// Hanya aktif dengan `--as-of` (atau `SKP_AS_OF`): `skp check` tanpa tanggal bersifat
    /// hermetik. Laporan lengkap: `skp report`.
    code: "B109",
    name: "coverage-gap",
    level: Warning,
    summary: ("Sel bukti jatuh tempo yang kosong atau kurang", "Due evidence cell that is empty or short"),
    needs: [Coverage],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let Some(_as_of) = cx.facts.as_of else { return };
    for c in cx.facts.coverage() {
        // A due cell of unverified evidence alone (links, files contradicting their names) is
        // unmet too: `skp report --fail-on gap` fails on it.
        let unverified = c.due && c.status == Status::Unverified;
        if !matches!(c.status, Status::Empty | Status::Short) && !unverified {
            continue;
        }
        let Some(s) = ws.skp_at(c.skp) else { continue };
        let iki = &s.hasil_kerja[c.rhk].indikator[c.iki];
        let msg = if unverified {
            Msg::BCoverageUnverified {
                iki: iki.id.value.clone(),
                periode: c.period.to_string(),
            }
        } else {
            Msg::BCoverageGap {
                iki: iki.id.value.clone(),
                periode: c.period.to_string(),
                bukti: c.bukti,
                min: ws.config.evidence.min_per_period as usize,
            }
        };
        out.push(
            Diagnostic::new(RULE.code, ws.docs[c.skp].file, iki.id.span, msg)
                .arg("periode", c.period.to_string())
                .arg("status", c.status.code())
                .arg("bukti", c.bukti)
                .subject(&s.resolved_id.value, Some(&iki.id.value))
                .help(Msg::HelpBCoverageGap {
                    skp: s.resolved_id.value.clone(),
                    iki: iki.id.value.clone(),
                    periode: c.period.to_string(),
                }),
        );
    }
}
