use super::content::date_outside;
use super::entries;
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas bukti yang tanggal di dalam dokumennya sendiri tidak cocok dengan `periode`-nya:
    /// tanggal pembuatan PDF (`CreationDate`), dokumen Office atau OpenDocument
    /// (`dcterms:created`, `meta:creation-date`), atau tanggal pengambilan foto (EXIF
    /// `DateTimeOriginal`) yang jatuh **sebelum** periode dimulai, atau lebih dari
    /// `[evidence] document_date_slack_days` hari (bawaan 45) **sesudah** periode berakhir.
    /// Tanggal dibaca sekali untuk setiap isi berkas dan disimpan di `.skp/cache`; tanggal yang
    /// tidak masuk akal (sebelum tahun 2000, bawaan pemindai yang jamnya belum diatur)
    /// diabaikan.
    ///
    /// ## Mengapa
    /// Bukti harus membuktikan kinerja periode yang diakuinya. Foto kegiatan triwulan II yang
    /// diambil bulan Januari, atau laporan triwulan I yang dibuat bulan Oktober, biasanya
    /// berarti bukti dipakai ulang atau dicatat pada periode yang salah. B105 memeriksa
    /// `tanggal` yang ditulis di buku catatan; B113 memeriksa tanggal yang tersimpan di berkas
    /// itu sendiri.
    ///
    /// ## Contoh
    /// `periode: 2026-TW1`, foto dengan EXIF `DateTimeOriginal` 2025:11:02.
    ///
    /// ## Pengaturan
    /// Laporan yang lazim ditandatangani dan dipindai beberapa pekan sesudah periodenya:
    /// atur kelonggarannya dengan `[evidence] document_date_slack_days`. Bila sah (misalnya
    /// dokumen lama yang dipindai ulang), beri alasan:
    /// `skp evidence abaikan ID --kode B113 --alasan "dipindai ulang"`.
    code: "B113",
    name: "evidence-document-date",
    level: Warning,
    summary: ("Tanggal di dalam dokumen bukti tidak cocok dengan periodenya", "The evidence document's own date does not fit its period"),
    needs: [Documents],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for e in entries(cx) {
        let Some((date, source)) = date_outside(cx.ws, e.checked) else {
            continue;
        };
        if e.suppressed(RULE.code) {
            continue;
        }
        let periode = e.bukti.periode.value.to_string();
        let mut d = e
            .diag(
                RULE.code,
                Msg::BDocumentDate {
                    berkas: e.berkas(),
                    tanggal: date.to_string(),
                    sumber: source.label().to_string(),
                    periode: periode.clone(),
                },
            )
            .arg("tanggal_dokumen", date.to_string())
            .arg("sumber_tanggal", source.label())
            .arg("periode", periode)
            .help(Msg::HelpBDocumentDate { id: e.abaikan_id() });
        d.span = e.bukti.periode.span;
        out.push(d);
    }
}
