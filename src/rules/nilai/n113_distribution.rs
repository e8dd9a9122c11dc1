use std::collections::BTreeMap;

use super::{evaluations, matrix, unit};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::model::vocab::{Predikat, PredikatOrganisasi, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Sebaran predikat pegawai sebuah unit (setiap pegawai yang rantai pejabat penilainya sampai
    /// ke `pimpinan` sebuah `CapaianOrganisasi`, pada periode yang sama; predikat tertulis, atau
    /// dari kuadran bila hanya rating yang ditulis) terhadap kurva SE MenPANRB 3/2023 untuk
    /// predikat organisasinya:
    ///
    /// | predikat organisasi | sebaran predikat pegawai |
    /// |---|---|
    /// | istimewa | sangat baik kelompok terbesar, paling banyak 70 % |
    /// | baik | baik kelompok terbesar, paling banyak 70 %; sedikitnya satu butuh perbaikan atau kurang |
    /// | butuh perbaikan | butuh perbaikan paling sedikit 60 %; sangat baik paling banyak 10 % |
    /// | kurang | kurang paling sedikit 60 %; butuh perbaikan paling sedikit 10 %; sangat baik paling banyak 10 % |
    /// | sangat kurang | sangat kurang paling sedikit 60 %; kurang dan butuh perbaikan paling sedikit 10 %; tanpa sangat baik |
    ///
    /// ## Mengapa
    /// SE MenPANRB 3/2023 mengaitkan sebaran predikat pegawai dengan capaian organisasinya, agar
    /// penilaian tidak seragam "baik" di unit yang hasilnya kurang, atau sebaliknya.
    ///
    /// ## Contoh
    /// Capaian organisasi `baik`, sepuluh pegawai semuanya `baik`: tidak ada yang butuh
    /// perbaikan atau kurang, dan baik 100 % melebihi 70 %.
    ///
    /// ## Pengaturan
    /// Batas bawah "sebagian besar", pembulatan untuk tim kecil dan tingkat unit tempat kurva
    /// berlaku belum terkonfirmasi (lihat referensi domain), sehingga aturan ini hanya
    /// peringatan. Pada unit dengan empat pegawai atau kurang, persentase bergerak per 25 % atau
    /// lebih dan kebanyakan baris tidak dapat dipenuhi (baris "baik" sama sekali tidak): temuan
    /// untuk unit sekecil itu dilaporkan sebagai info, bukan peringatan.
    code: "N113",
    name: "distribution-curve",
    level: Warning,
    summary: ("Sebaran predikat unit tidak sesuai kurva capaian organisasinya", "A unit's predikat distribution breaks its organisation's curve"),
    needs: [Cascade],
    check: Some(check),
}

/// The first condition of the organisation predikat's row that the counts break.
fn broken(
    org: PredikatOrganisasi,
    n: &BTreeMap<&'static str, usize>,
    total: usize,
) -> Option<&'static str> {
    let get = |p: Predikat| n.get(p.code()).copied().unwrap_or(0);
    let share = |k: usize| k as f64 / total as f64;
    let largest = |p: Predikat| {
        let c = get(p);
        n.values().all(|&o| o <= c)
    };
    use Predikat::*;
    match org {
        PredikatOrganisasi::Istimewa => {
            if !largest(SangatBaik) {
                Some("sangat_baik_terbesar")
            } else if share(get(SangatBaik)) > 0.7 {
                Some("sangat_baik_maks_70")
            } else {
                None
            }
        }
        PredikatOrganisasi::Baik => {
            if !largest(Baik) {
                Some("baik_terbesar")
            } else if share(get(Baik)) > 0.7 {
                Some("baik_maks_70")
            } else if get(ButuhPerbaikan) + get(Kurang) == 0 {
                Some("ada_butuh_perbaikan_atau_kurang")
            } else {
                None
            }
        }
        PredikatOrganisasi::ButuhPerbaikan => {
            if share(get(ButuhPerbaikan)) < 0.6 {
                Some("butuh_perbaikan_min_60")
            } else if share(get(SangatBaik)) > 0.1 {
                Some("sangat_baik_maks_10")
            } else {
                None
            }
        }
        PredikatOrganisasi::Kurang => {
            if share(get(Kurang)) < 0.6 {
                Some("kurang_min_60")
            } else if share(get(ButuhPerbaikan)) < 0.1 {
                Some("butuh_perbaikan_min_10")
            } else if share(get(SangatBaik)) > 0.1 {
                Some("sangat_baik_maks_10")
            } else {
                None
            }
        }
        PredikatOrganisasi::SangatKurang => {
            if share(get(SangatKurang)) < 0.6 {
                Some("sangat_kurang_min_60")
            } else if share(get(Kurang) + get(ButuhPerbaikan)) < 0.1 {
                Some("kurang_butuh_perbaikan_min_10")
            } else if get(SangatBaik) > 0 {
                Some("tanpa_sangat_baik")
            } else {
                None
            }
        }
    }
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let evals = evaluations(cx);
    for d in &ws.docs {
        let Content::CapaianOrganisasi(c) = &d.content else {
            continue;
        };
        let members = unit::members(ws, c.pimpinan.value.as_str(), c.tahun.value);
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for m in &members {
            let predikat = evals
                .iter()
                .filter(|e| {
                    e.realisasi.skp.value == m.resolved_id.value
                        && e.realisasi.periode.value == c.periode.value
                })
                .find_map(|e| {
                    let r = e.realisasi;
                    r.predikat.as_ref().map(|p| p.value).or_else(|| {
                        Some(matrix(
                            r.rating_hasil_kerja.as_ref()?.value,
                            r.rating_perilaku_kerja.as_ref()?.value,
                        ))
                    })
                });
            if let Some(p) = predikat {
                *counts.entry(p.code()).or_default() += 1;
            }
        }
        let total: usize = counts.values().sum();
        if total == 0 {
            continue;
        }
        let Some(rule) = broken(c.predikat.value, &counts, total) else {
            continue;
        };
        // Shares of four or fewer move in steps of 25 % or more: most rows cannot be met exactly.
        let small = total <= 4;
        let sebaran = counts
            .iter()
            .map(|(p, k)| format!("{p} {k} ({:.0} %)", *k as f64 * 100.0 / total as f64))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            Diagnostic::new(
                RULE.code,
                d.file,
                c.predikat.span,
                Msg::NDistribution {
                    organisasi: c.predikat.value.label().to_string(),
                    aturan: rule.to_string(),
                    sebaran,
                    kecil: small,
                },
            )
            .subject(&c.id.value, None)
            .arg("aturan", rule)
            .arg("pegawai", total)
            .advisory(small)
            .help(Msg::HelpNDistribution),
        );
    }
}
