use std::collections::{BTreeMap, HashMap};

use super::{predikat, unit};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::Content;
use crate::model::period::Period;
use crate::model::realisasi::CapaianOrganisasi;
use crate::model::vocab::{Predikat, PredikatOrganisasi, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::workspace::Workspace;

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
    /// peringatan; seri untuk kelompok terbesar diterima. Pada unit dengan empat pegawai atau
    /// kurang, persentase bergerak per 25 % atau lebih dan banyak sebaran yang wajar tidak dapat
    /// memenuhi batasnya (seorang pegawai selalu 100 %): temuan untuk unit sekecil itu dilaporkan
    /// sebagai info, bukan peringatan. Batas itu diatur di `skp.toml`:
    ///
    /// ```toml
    /// [evaluation]
    /// small_unit = 4   # 0: setiap unit diperingatkan
    /// ```
    code: "N113",
    name: "distribution-curve",
    level: Warning,
    summary: ("Sebaran predikat unit tidak sesuai kurva capaian organisasinya", "A unit's predikat distribution breaks its organisation's curve"),
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

/// A unit's predikat distribution for one organisation result.
pub struct Sebaran {
    /// Employees per predikat code, among those with a predikat for the period.
    pub counts: BTreeMap<&'static str, usize>,
    pub total: usize,
    /// The first condition of the curve the counts break, if any.
    pub broken: Option<&'static str>,
    /// Members with no predikat for the period (by NIP, sorted): the counts are not the
    /// unit's yet, and a curve met without them may break with them.
    pub belum_dinilai: Vec<String>,
}

impl Sebaran {
    /// "Baik 1 (50 %), Butuh Perbaikan 1 (50 %)", each predikat by its label in `lang`.
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::shares(&self.shares(), lang)
    }

    /// The counts by label, for a message rendered later in either language.
    pub fn shares(&self) -> Vec<crate::i18n::Share> {
        use crate::i18n::Lang;
        self.counts
            .iter()
            .map(|(code, count)| {
                let p = <Predikat as Vocab>::parse(code);
                crate::i18n::Share {
                    id: p.map_or(*code, |p| p.label_in(Lang::Id)),
                    en: p.map_or(*code, |p| p.label_in(Lang::En)),
                    count: *count,
                }
            })
            .collect()
    }
}

/// What the units' distributions are counted from, indexed once: who belongs to each unit,
/// and each plan's predikat per period. An agency has hundreds of units and thousands of
/// Realisasi; a search of the workspace per unit and per member was quadratic.
pub struct Distributions<'a> {
    units: unit::Units<'a>,
    /// By SKP id and period: the predikat as written, or from the quadrant when only the two
    /// ratings are (the first Realisasi that gives one).
    predikat: HashMap<(&'a str, Period), Predikat>,
    /// By NIP and period: who has a predikat for it on any of their plans (after a mutasi,
    /// a period is evaluated on the segment that held it, in the unit of that segment).
    evaluated: std::collections::HashSet<(&'a str, Period)>,
}

impl<'a> Distributions<'a> {
    pub fn new(ws: &'a Workspace) -> Distributions<'a> {
        let mut by_plan = HashMap::new();
        for d in &ws.docs {
            let Content::Realisasi(r) = &d.content else {
                continue;
            };
            let p = r.predikat.as_ref().map(|p| p.value).or_else(|| {
                Some(predikat(
                    &ws.config.evaluation,
                    r.rating_hasil_kerja.as_ref()?.value,
                    r.rating_perilaku_kerja.as_ref()?.value,
                ))
            });
            if let Some(p) = p {
                by_plan
                    .entry((r.skp.value.as_str(), r.periode.value))
                    .or_insert(p);
            }
        }
        let nips: HashMap<&str, &str> = ws
            .skps()
            .filter_map(|(_, s)| Some((s.resolved_id.value.as_str(), s.nip()?)))
            .collect();
        let evaluated = by_plan
            .keys()
            .filter_map(|(plan, period)| Some((*nips.get(plan)?, *period)))
            .collect();
        Distributions {
            units: unit::Units::new(ws),
            predikat: by_plan,
            evaluated,
        }
    }

    /// Who belongs to the unit led by `leader` in `year` (see [`unit::Units::members`]).
    pub fn members(&self, leader: &str, year: i32) -> Vec<&'a crate::model::skp::Skp> {
        self.units.members(leader, year)
    }

    /// The distribution of the unit led by `c.pimpinan` in `c.periode`.
    pub fn of(&self, c: &CapaianOrganisasi) -> Sebaran {
        // One employee is one person of the curve: after a mid-year mutasi within the unit
        // (two SKP segments, each evaluated), the segment that ends last stands for them.
        let mut by_person: HashMap<&str, (Option<crate::model::date::Date>, Predikat)> =
            HashMap::new();
        let mut pending = std::collections::BTreeSet::new();
        for m in self.units.members(c.pimpinan.value.as_str(), c.tahun.value) {
            let key = (m.resolved_id.value.as_str(), c.periode.value);
            let person = m.nip().unwrap_or(m.resolved_id.value.as_str());
            // A segment the period does not reach (a mutasi before it) is no one to evaluate.
            let (start, end) = c.periode.value.bounds();
            let reached = m
                .periode_penilaian
                .as_ref()
                .is_none_or(|x| x.value.mulai.value <= end && x.value.selesai.value >= start);
            let Some(&p) = self.predikat.get(&key) else {
                if reached {
                    pending.insert(person);
                }
                continue;
            };
            let ends = m.periode_penilaian.as_ref().map(|x| x.value.selesai.value);
            match by_person.get(person) {
                // Members come in file order: a later file of the same end date wins too.
                Some((e, _)) if *e > ends => {}
                _ => {
                    by_person.insert(person, (ends, p));
                }
            }
        }
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for (_, p) in by_person.values() {
            *counts.entry(p.code()).or_default() += 1;
        }
        let total = counts.values().sum();
        let broken = (total > 0)
            .then(|| broken(c.predikat.value, &counts, total))
            .flatten();
        let belum_dinilai = pending
            .into_iter()
            .filter(|p| {
                !by_person.contains_key(p) && !self.evaluated.contains(&(*p, c.periode.value))
            })
            .map(str::to_string)
            .collect();
        Sebaran {
            counts,
            total,
            broken,
            belum_dinilai,
        }
    }
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let distributions = Distributions::new(ws);
    for d in &ws.docs {
        let Content::CapaianOrganisasi(c) = &d.content else {
            continue;
        };
        let s = distributions.of(c);
        let Some(rule) = s.broken else {
            continue;
        };
        // Shares of a few people move in steps of 25 % or more: most rows cannot be met exactly.
        let small = s.total <= ws.config.evaluation.small_unit as usize;
        out.push(
            Diagnostic::new(
                RULE.code,
                d.file,
                c.predikat.span,
                Msg::NDistribution {
                    organisasi: (
                        c.predikat.value.label_in(crate::i18n::Lang::Id),
                        c.predikat.value.label_in(crate::i18n::Lang::En),
                    ),
                    aturan: rule.to_string(),
                    sebaran: s.shares(),
                    kecil: small,
                },
            )
            .subject(&c.id.value, None)
            .arg("aturan", rule)
            .arg("pegawai", s.total)
            .advisory(small)
            .help(Msg::HelpNDistribution),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PredikatOrganisasi as O;

    /// The first broken condition for a unit given as (sangat baik, baik, butuh perbaikan,
    /// kurang, sangat kurang) counts.
    fn judge(org: PredikatOrganisasi, counts: [usize; 5]) -> Option<&'static str> {
        let order = [
            Predikat::SangatBaik,
            Predikat::Baik,
            Predikat::ButuhPerbaikan,
            Predikat::Kurang,
            Predikat::SangatKurang,
        ];
        let n: BTreeMap<&'static str, usize> = order
            .iter()
            .zip(counts)
            .filter(|(_, k)| *k > 0)
            .map(|(p, k)| (p.code(), k))
            .collect();
        broken(org, &n, counts.iter().sum())
    }

    #[test]
    fn every_row_accepts_its_curve_and_names_what_breaks_it() {
        let cases: &[(O, [usize; 5], Option<&str>)] = &[
            (O::Istimewa, [6, 3, 1, 0, 0], None),
            (O::Istimewa, [3, 6, 1, 0, 0], Some("sangat_baik_terbesar")),
            (O::Istimewa, [8, 2, 0, 0, 0], Some("sangat_baik_maks_70")),
            (O::Baik, [2, 6, 2, 0, 0], None),
            (O::Baik, [2, 6, 0, 2, 0], None),
            (O::Baik, [5, 4, 1, 0, 0], Some("baik_terbesar")),
            (O::Baik, [1, 8, 1, 0, 0], Some("baik_maks_70")),
            (
                O::Baik,
                [4, 6, 0, 0, 0],
                Some("ada_butuh_perbaikan_atau_kurang"),
            ),
            (O::ButuhPerbaikan, [1, 3, 6, 0, 0], None),
            (
                O::ButuhPerbaikan,
                [0, 5, 5, 0, 0],
                Some("butuh_perbaikan_min_60"),
            ),
            (
                O::ButuhPerbaikan,
                [2, 1, 7, 0, 0],
                Some("sangat_baik_maks_10"),
            ),
            (O::Kurang, [1, 1, 2, 6, 0], None),
            (O::Kurang, [0, 3, 2, 5, 0], Some("kurang_min_60")),
            (O::Kurang, [0, 4, 0, 6, 0], Some("butuh_perbaikan_min_10")),
            (O::Kurang, [2, 0, 1, 7, 0], Some("sangat_baik_maks_10")),
            (O::SangatKurang, [0, 2, 1, 1, 6], None),
            (
                O::SangatKurang,
                [0, 5, 0, 0, 5],
                Some("sangat_kurang_min_60"),
            ),
            (
                O::SangatKurang,
                [0, 4, 0, 0, 6],
                Some("kurang_butuh_perbaikan_min_10"),
            ),
            (O::SangatKurang, [1, 0, 1, 1, 7], Some("tanpa_sangat_baik")),
        ];
        for (org, counts, want) in cases {
            assert_eq!(judge(*org, *counts), *want, "{org:?} {counts:?}");
            // Each condition is said in words in both languages, not by its code.
            if let Some(aturan) = want {
                for lang in [crate::i18n::Lang::Id, crate::i18n::Lang::En] {
                    let said = Msg::NDistribution {
                        organisasi: ("x", "x"),
                        aturan: (*aturan).to_string(),
                        sebaran: Vec::new(),
                        kecil: false,
                    }
                    .render(lang);
                    assert!(!said.contains(aturan), "{said}");
                }
            }
        }
    }

    #[test]
    fn units_of_one_to_five_under_a_good_organisation() {
        // One person is always 100 %; from two on, a unit can meet the row (a tie for the
        // largest group counts, as "sebagian besar" has no confirmed lower bound).
        for p in 0..5 {
            let mut one = [0; 5];
            one[p] = 1;
            assert!(judge(O::Baik, one).is_some(), "{one:?}");
        }
        assert_eq!(judge(O::Baik, [0, 1, 1, 0, 0]), None);
        assert_eq!(judge(O::Baik, [0, 2, 0, 1, 0]), None);
        assert_eq!(judge(O::Baik, [0, 3, 1, 0, 0]), Some("baik_maks_70"));
        assert_eq!(judge(O::Baik, [1, 2, 1, 0, 0]), None);
        assert_eq!(judge(O::Baik, [1, 3, 1, 0, 0]), None);
        assert_eq!(judge(O::Baik, [1, 4, 0, 0, 0]), Some("baik_maks_70"));
    }
}
