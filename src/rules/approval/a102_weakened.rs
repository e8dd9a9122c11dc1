use super::{Weakened, changed, weakened};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::Vocab;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Indikator yang dilemahkan sesudah SKP disetujui: target diturunkan (untuk `polaritas:
    /// turun`, dinaikkan), polaritas dibalik, atau indikator dihapus — dibandingkan dengan
    /// indikator sebagaimana tercatat pada persetujuan terakhir. Target periodik
    /// (`target_periodik`) dinilai per periode dengan cara yang sama, karena setiap periode
    /// dievaluasi terhadap targetnya sendiri: `2026-TW1: 3` menjadi `2026-TW1: 1` dilemahkan.
    /// Periode yang dihapus atau ditambah hanya disebut A101. Cara penggabungan realisasi
    /// periodik (`perhitungan`) yang diubah sehingga realisasi yang sama memberi capaian
    /// tahunan lebih tinggi juga dilemahkan: `rata_rata`, `nilai_akhir` atau tanpa
    /// `perhitungan` (setiap periode dengan angkanya sendiri) menjadi `kumulatif` (untuk
    /// `polaritas: turun`, sebaliknya). Target tenggat dan kategori tidak digabung, jadi
    /// perubahannya hanya disebut A101. Persetujuan yang dicatat sebelum `perhitungan` ikut
    /// disimpan (tanpa `bentuk`) tidak membandingkannya: setujui ulang untuk melindunginya.
    ///
    /// Satuan ikut dinilai. Lama waktu dalam satuan lain dibandingkan menurut hari yang dapat
    /// dicakupnya (`≤ 3 hari kerja` menjadi `≤ 2 minggu` dilemahkan; satu hari kerja dihitung
    /// satu sampai tiga hari kalender, satu bulan 28 sampai 31), dan hanya perubahan yang
    /// lebih lemah bagaimanapun dihitung yang dilaporkan. Tenggat yang dimundurkan
    /// (`paling lambat 31 Maret 2026` menjadi `30 Juni 2026`) juga dilemahkan. Satuan lain
    /// yang bukan lama waktu tidak menyembunyikan angka yang turun (`4 modul` menjadi
    /// `1 dokumen` tetap dilemahkan). Satuan yang ditulis terpisah (`satuan:`) ikut tercatat
    /// pada persetujuan dan dinilai dengan cara yang sama: `target: 3`, `satuan: hari kerja`,
    /// `polaritas: turun` menjadi `satuan: minggu` dilemahkan. Persetujuan yang dicatat sebelum satuan ikut
    /// disimpan hanya membandingkan angka target.
    ///
    /// ## Mengapa
    /// Target yang diturunkan menjelang akhir tahun, sesudah disepakati, membuat capaian tampak
    /// baik tanpa kinerja yang lebih baik — hal yang tidak terlihat tanpa catatan persetujuan.
    /// Perubahan target memerlukan kesepakatan ulang dengan pejabat penilai.
    ///
    /// ## Contoh
    /// Disetujui `target: 6 modul`; kini `target: 4 modul`.
    ///
    /// ## Pengaturan
    /// Bila perubahan itu disepakati, setujui ulang: `skp approve --nip NIP --by NIP_PENILAI`.
    code: "A102",
    name: "weakened-after-approval",
    level: Error,
    summary: ("Target dilemahkan sesudah disetujui", "Target weakened after approval"),
    needs: [Approvals],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    for c in changed(cx) {
        let tanggal = c.approval.tanggal.value.to_string();
        for w in weakened(&c) {
            let (id, span, kind, detail) = match &w {
                Weakened::Removed(a) => (
                    a.id.value.clone(),
                    c.skp.hasil_kerja.span,
                    "dihapus",
                    String::new(),
                ),
                Weakened::Flipped(a, now) => (
                    a.id.value.clone(),
                    now.polaritas.as_ref().map_or(now.span, |p| p.span),
                    "polaritas",
                    String::new(),
                ),
                Weakened::Summed(a, now) => (
                    a.id.value.clone(),
                    now.perhitungan.as_ref().map_or(now.span, |p| p.span),
                    "perhitungan",
                    format!(
                        "{} → {}",
                        a.perhitungan.as_ref().map_or("", |p| p.value.code()),
                        now.perhitungan.as_ref().map_or("", |p| p.value.code())
                    ),
                ),
                Weakened::Lowered(a, now) => {
                    let (from, to) = super::target_change(a, now, c.approval.hasil_kerja.is_some())
                        .unwrap_or_else(|| {
                            (a.target.value.clone(), now.target.value.text().to_string())
                        });
                    // Where the change is: the unit, when the target's own text is as agreed.
                    let span = match &now.satuan {
                        Some(u) if now.target.value.text().trim() == a.target.value.trim() => {
                            u.span
                        }
                        _ => now.target.span,
                    };
                    (a.id.value.clone(), span, "target", format!("{from} → {to}"))
                }
                Weakened::PeriodLowered {
                    approved,
                    period,
                    was,
                    now,
                } => (
                    approved.id.value.clone(),
                    now.span,
                    "target_periodik",
                    format!(
                        "{} {} → {}",
                        period.value,
                        was.trim(),
                        now.value.text().trim()
                    ),
                ),
            };
            let periode = match &w {
                Weakened::PeriodLowered { period, .. } => Some(period.value.to_string()),
                _ => None,
            };
            let mut d = Diagnostic::new(
                RULE.code,
                c.doc.file,
                span,
                Msg::AWeakened {
                    iki: id.clone(),
                    jenis: kind,
                    rincian: detail.clone(),
                    tanggal: tanggal.clone(),
                },
            )
            .subject(&c.skp.resolved_id.value, Some(&id))
            .arg("jenis", kind)
            .arg("tanggal_persetujuan", tanggal.as_str())
            .help(Msg::HelpAWeakened);
            if let Some(p) = periode {
                d = d.arg("periode", p);
            }
            out.push(d);
        }
    }
}
