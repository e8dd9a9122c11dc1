use super::entries;
use crate::diag::Diagnostic;
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas bukti yang isinya tidak lagi sama dengan SHA-256 yang tercatat. `skp check`
    /// memakai cache stat di `.skp/cache/` dan hanya menghitung ulang hash berkas yang stat-nya
    /// berubah; `skp evidence verify --full` menghitung ulang semuanya.
    ///
    /// ## Mengapa
    /// Realisasi dan umpan balik dinilai "berdasarkan bukti dukung" (PermenPANRB 6/2022). Bukti
    /// yang berubah setelah dicatat adalah tanda pengubahan; hash membuatnya terlihat.
    ///
    /// ## Contoh
    /// Laporan PDF yang dicatat pada triwulan I disunting ulang pada bulan Juni.
    ///
    /// ## Pengaturan
    /// Untuk memulihkan, jalankan `skp evidence add` atas berkas aslinya: salinannya disimpan di
    /// samping berkas yang diubah (yang dibiarkan apa adanya dan menjadi tidak tercatat), dan
    /// catatannya dialihkan ke salinan itu (atau, bila isi yang sama juga tercatat di berkas lain
    /// yang masih utuh, ke berkas itu, tanpa menyalin apa pun). Dengan `storage = "folder"`,
    /// pindahkan dulu berkas yang diubah keluar dari penyimpanan (jalurnya adalah hash isinya),
    /// lalu jalankan `skp evidence add` atas berkas aslinya. Bila perubahan memang sah, catat
    /// versi baru dengan `skp evidence add` dan hapus catatan lama dengan `skp evidence rm`. Pengecualian: `skp evidence abaikan SHA --kode B101 --alasan …`.
    code: "B101",
    name: "evidence-changed",
    level: Error,
    summary: ("Isi berkas bukti berubah sejak dicatat", "Evidence file changed since it was recorded"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let _ws = cx.ws;
    for e in entries(cx) {
        let State::Changed { actual } = e.state else {
            continue;
        };
        if e.suppressed(RULE.code) {
            continue;
        }
        out.push(
            e.diag(RULE.code, Msg::BChanged { berkas: e.berkas() })
                .arg("sha256_sekarang", actual.as_str())
                .help(Msg::HelpBChanged),
        );
    }
}
