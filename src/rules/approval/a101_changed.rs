use super::{changed, describe};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// SKP yang isinya berubah sesudah persetujuan terakhirnya (`skp approve`): RHK, indikator,
    /// target beserta satuannya, target periodik, rujukan atau ekspektasi pimpinan, dan semua
    /// yang tercetak di formulir: identitas pegawai (nama, pangkat, jabatan, jenjang, unit
    /// kerja), pejabat penilai dan atasannya, periode penilaian, periode evaluasi, lampiran
    /// (catatan `bentuk: 3` ke atas), perspektif indikator pada formulir JPT (`bentuk: 4`), dan
    /// `atasan_kinerja`, yang menentukan RHK pimpinan mana yang tercetak sebagai diintervensi
    /// (`bentuk: 5`);
    /// catatan yang lebih lama tidak mencakupnya: setujui ulang. Status
    /// SKP tidak dihitung, karena ditulis sesudah persetujuan yang dilaporkannya. NIP, tahun,
    /// atau `id` yang diubah mengganti id SKP, sehingga catatan di sampingnya menyebut SKP yang
    /// tidak ada lagi: temuan ini menyebut kedua id (`id SKP …-2026 → …-2027`). Yang
    /// dibandingkan adalah isi yang dinormalkan, sehingga mengubah format, urutan kunci atau
    /// komentar tidak dihitung, begitu pula urutan penulisan target periodik. Pesan menyebut
    /// apa yang berubah: RHK atau indikator yang ditambah, dihapus, diubah rumusannya atau
    /// dipindah ke RHK lain, dan target, satuan, polaritas, `perhitungan` atau target
    /// periodik yang berubah (`IKI-1.1 target 2026-TW2 220 → 200`); perubahan lain disebut "isi lain", juga di
    /// samping perubahan yang dirinci (kecuali bila ada RHK atau indikator yang ditambah,
    /// dihapus atau dipindah: isi lain tidak lagi dapat dibedakan), beserta bagiannya bila
    /// catatan menyimpan sidik tiap bagian (`sidik_lain`): `isi lain: pejabat penilai,
    /// lampiran`; bila hanya bagian itu yang berubah, temuan ditunjukkan di bagian itu
    /// (`pejabat_penilai`, `lampiran`), bukan di `hasil_kerja`. Persetujuan
    /// yang dicatat sebelum `satuan` ikut dihitung tetap berlaku selama isi lainnya tidak
    /// berubah; setujui ulang agar perubahan satuan pun terlihat. Persetujuan yang dicatat
    /// sebelum skp menyimpan RHK dan target periodik yang disetujui tidak dapat menyebut
    /// perubahan keduanya satu per satu, hanya sebagai "isi lain".
    ///
    /// ## Mengapa
    /// Target kinerja disepakati pegawai dan pejabat penilai pada awal tahun (PermenPANRB
    /// 6/2022). SKP yang diubah sesudahnya perlu disepakati ulang, agar yang dinilai di akhir
    /// tahun adalah yang disepakati.
    ///
    /// ## Contoh
    /// Target IKI-1.2 diubah dari 90 % menjadi 95 % sesudah disetujui.
    ///
    /// ## Pengaturan
    /// Setujui ulang: `skp approve --nip NIP --by NIP_PENILAI`.
    code: "A101",
    name: "changed-after-approval",
    level: Warning,
    summary: ("SKP berubah sesudah disetujui", "Plan changed after its approval"),
    needs: [Approvals],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for c in changed(cx) {
        let changes = describe(&c);
        // The JSON argument keeps its Indonesian text: tools read it, and it is a contract.
        let arg = crate::i18n::ApprovalChange::list(&changes, crate::i18n::Lang::Id);
        // When only the other content changed, at the first part that did (the appraiser's
        // block, the annex); else at the results, where the listed changes are.
        let at = match changes.as_slice() {
            [crate::i18n::ApprovalChange::OtherParts { parts }] => parts
                .first()
                .and_then(|p| part_span(c.skp, p))
                .unwrap_or(c.skp.hasil_kerja.span),
            _ => c.skp.hasil_kerja.span,
        };
        out.push(
            Diagnostic::new(
                RULE.code,
                c.doc.file,
                at,
                Msg::AChanged {
                    tanggal: c.approval.tanggal.value.to_string(),
                    perubahan: changes,
                },
            )
            .subject(&c.skp.resolved_id.value, None)
            .arg("tanggal_persetujuan", c.approval.tanggal.value.to_string())
            .arg("perubahan", arg)
            .help(Msg::HelpAChanged {
                nip: c.skp.nip().unwrap_or("NIP").to_string(),
                // The plan's appraiser, else the one who approved it last.
                penilai: c
                    .skp
                    .pejabat_penilai
                    .known_nip()
                    .unwrap_or(c.approval.oleh.value.as_str())
                    .to_string(),
            }),
        );
    }
}

/// Where a part of the other content is written in the plan; `None` for the parts that live
/// among the results (their kinds, references, indicators) and for one no longer written.
fn part_span(skp: &crate::model::skp::Skp, part: &str) -> Option<crate::diag::Span> {
    match part {
        "pendekatan" => Some(skp.pendekatan.span),
        "pegawai" => Some(skp.pegawai.span),
        "penilai" => Some(skp.pejabat_penilai.span),
        "atasan" => skp.atasan_pejabat_penilai.as_ref().map(|a| a.span),
        "periode" => skp.periode_penilaian.as_ref().map(|p| p.span),
        "evaluasi" => skp.evaluasi.as_ref().map(|e| e.span),
        "format" => skp.format.as_ref().map(|f| f.span),
        "lampiran" => skp.lampiran.as_ref().map(|l| l.span),
        "ekspektasi" => skp.perilaku_kerja.as_ref().map(|p| p.span),
        _ => None,
    }
}
