use super::entries;
use crate::diag::Diagnostic;
use crate::evidence::verify::State;
use crate::i18n::Msg;
use crate::model::bukti::Abaikan;
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
    /// versi baru dengan `skp evidence add` dan hapus catatan lama dengan `skp evidence rm`.
    ///
    /// Pengecualian, setelah berkasnya berubah: `skp evidence abaikan SHA --kode B101 --alasan …`.
    /// Ia mencatat SHA-256 isi berubah yang diterima (`abaikan: [{kode: B101, alasan: …,
    /// sha256: …}]`) dan hanya berlaku untuk isi itu: perubahan berikutnya, atau pengecualian
    /// yang ditulis tanpa `sha256` (misalnya sebelum berkasnya berubah), dilaporkan lagi,
    /// dengan letak pengecualian yang tidak berlaku.
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
        // An exemption holds for the changed content it accepted, never for a later change
        // nor for one written in before any change was seen.
        let exemptions: Vec<&Abaikan> = e.exemptions(RULE.code).collect();
        if exemptions.iter().any(|a| {
            a.sha256
                .as_ref()
                .is_some_and(|h| h.value.eq_ignore_ascii_case(actual))
        }) {
            continue;
        }
        let mut d = e
            .diag(RULE.code, Msg::BChanged { berkas: e.berkas() })
            .arg("sha256_sekarang", actual.as_str())
            .help(Msg::HelpBChanged);
        if let Some(stale) = exemptions.first() {
            d = d.related(e.doc.file, stale.kode.span, Msg::NoteBChangedExemptionStale);
        }
        out.push(d);
    }
}
