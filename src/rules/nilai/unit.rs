//! Who belongs to a unit: everyone whose chain of appraisers (`pejabat_penilai`) reaches the
//! unit's leader, among the SKPs of the workspace for that year.

use std::collections::HashMap;

use crate::model::skp::Skp;
use crate::workspace::Workspace;

/// The SKPs of `year` whose appraiser chain reaches `leader` (the leader's own SKP excluded).
pub fn members<'a>(ws: &'a Workspace, leader: &str, year: i32) -> Vec<&'a Skp> {
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
            // A bounded walk: a cycle in the appraisers (K109's business) must not hang.
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
