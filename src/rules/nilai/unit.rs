//! Who belongs to a unit: everyone whose chain of appraisers (`pejabat_penilai`) reaches the
//! unit's leader, among the SKPs of the workspace for that year.

use std::collections::HashMap;

use crate::model::skp::Skp;
use crate::workspace::Workspace;

/// Who appraises whom among a workspace's SKPs, indexed once: asking for the members of each
/// of an agency's hundreds of units then costs their number, not the workspace's.
pub struct Units<'a> {
    /// Per year and NIP, the SKP an appraiser chain goes through (the last of two with one NIP).
    by_nip: HashMap<(i32, &'a str), usize>,
    /// Per year and appraiser NIP, the SKPs appraised, in file order (by index into `ws.docs`).
    appraised: HashMap<(i32, &'a str), Vec<(usize, &'a Skp)>>,
}

impl<'a> Units<'a> {
    pub fn new(ws: &'a Workspace) -> Units<'a> {
        let mut by_nip = HashMap::new();
        let mut appraised: HashMap<_, Vec<_>> = HashMap::new();
        for (i, d) in ws.docs.iter().enumerate() {
            let crate::model::Content::Skp(s) = &d.content else {
                continue;
            };
            let year = s.tahun.value;
            if let Some(nip) = s.nip() {
                by_nip.insert((year, nip), i);
            }
            if let Some(p) = s.pejabat_penilai.known_nip() {
                appraised.entry((year, p)).or_default().push((i, &**s));
            }
        }
        Units { by_nip, appraised }
    }

    /// The SKPs of `year` whose appraiser chain reaches `leader` within sixteen steps (a cycle
    /// in the appraisers is K109's business and must not hang), in file order.
    pub fn members(&self, leader: &str, year: i32) -> Vec<&'a Skp> {
        let mut found: Vec<(usize, &'a Skp)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut frontier = vec![leader];
        for _ in 0..16 {
            let mut next = Vec::new();
            for nip in frontier {
                for &(i, s) in self.appraised.get(&(year, nip)).into_iter().flatten() {
                    if s.nip() == Some(leader) || !seen.insert(i) {
                        continue;
                    }
                    found.push((i, s));
                    // Only the SKP a chain goes through for its NIP leads further down.
                    if let Some(n) = s.nip()
                        && self.by_nip.get(&(year, n)) == Some(&i)
                    {
                        next.push(n);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        found.sort_unstable_by_key(|(i, _)| *i);
        found.into_iter().map(|(_, s)| s).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// The definition, walked upwards from every SKP: what [`Units::members`] must agree with.
    fn walked<'a>(ws: &'a Workspace, leader: &str, year: i32) -> Vec<&'a Skp> {
        let by_nip: HashMap<&str, &Skp> = ws
            .skps()
            .map(|(_, s)| s)
            .filter(|s| s.tahun.value == year)
            .filter_map(|s| Some((s.nip()?, s)))
            .collect();
        ws.skps()
            .map(|(_, s)| s)
            .filter(|s| s.tahun.value == year && s.nip() != Some(leader))
            .filter(|s| {
                let mut at = *s;
                for _ in 0..16 {
                    let Some(p) = at.pejabat_penilai.known_nip() else {
                        return false;
                    };
                    if p == leader {
                        return true;
                    }
                    match by_nip.get(p) {
                        Some(next) => at = next,
                        None => return false,
                    }
                }
                false
            })
            .collect()
    }

    fn nip(n: usize) -> String {
        format!("1980010120050110{n:02}")
    }

    /// Random appraiser graphs — chains deeper than sixteen, cycles, two plans with one NIP,
    /// two years, appraisers with no plan — give the same members both ways.
    #[test]
    fn members_by_index_are_the_members_by_definition() {
        let mut seed = 2026u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut largest = 0;
        for round in 0..40 {
            let dir = tempfile::tempdir().unwrap();
            let people = 5 + next(30);
            for file in 0..people + 4 {
                // A few files repeat a NIP; a chain 0 <- 1 <- 2 … makes deep units.
                let who = if file < people { file } else { next(people) };
                let penilai = match next(4) {
                    0 => next(people + 3),
                    _ => who.saturating_sub(1 + next(2)),
                };
                let year = if next(8) == 0 { 2025 } else { 2026 };
                let text = format!(
                    "apiVersion: skp/v1\nkind: Skp\ntahun: {year}\npendekatan: kuantitatif\npegawai:\n  nama: P {who}\n  nip: \"{}\"\n  jabatan: Staf\n  jenis_jabatan: pelaksana\n  unit_kerja: Bidang\npejabat_penilai:\n  nip: \"{}\"\n  nama: Q\n  jabatan: Kepala\nhasil_kerja: []\n",
                    nip(who),
                    nip(penilai)
                );
                // A test fixture written with std into a temporary folder.
                std::fs::create_dir_all(dir.path().join(format!("pegawai/{file}"))).unwrap();
                std::fs::write(
                    dir.path().join(format!("pegawai/{file}/skp-{year}.yaml")),
                    text,
                )
                .unwrap();
            }
            let ws = Workspace::load(
                PathBuf::from(dir.path()),
                crate::workspace::config::Config::default(),
            );
            assert!(
                ws.skps().count() >= people,
                "round {round}: the plans load: {} docs, {:?}",
                ws.docs.len(),
                ws.sources
                    .iter()
                    .map(|(_, f)| f.rel.clone())
                    .collect::<Vec<_>>()
            );
            let units = Units::new(&ws);
            for leader in 0..people + 3 {
                for year in [2025, 2026] {
                    let ids = |v: Vec<&Skp>| -> Vec<*const Skp> {
                        v.into_iter().map(|s| s as *const Skp).collect()
                    };
                    let members = units.members(&nip(leader), year);
                    largest = largest.max(members.len());
                    assert_eq!(
                        ids(members),
                        ids(walked(&ws, &nip(leader), year)),
                        "round {round}, leader {leader}, {year}"
                    );
                }
            }
        }
        assert!(
            largest > 16,
            "some unit runs deeper than the walk's bound: {largest}"
        );
    }
}
