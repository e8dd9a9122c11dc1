//! `P` rules: perilaku kerja and lampiran — the two parts of an SKP besides its results. Every
//! SKP carries the seven BerAKHLAK values, each with the leader's specific expectation where
//! there is one, and a lampiran of resources, accountability and consequences (PermenPANRB
//! 6/2022; domain.md §1.6–1.7).

pub mod p101_missing_perilaku;
pub mod p102_unknown_perilaku;
pub mod p103_lampiran_section_empty;
pub mod p104_vague_ekspektasi;
pub mod p105_jpt_lampiran_incomplete;

/// The three lampiran sections, by key, as the form lists them.
pub const LAMPIRAN_SECTIONS: &[&str] = &[
    "dukungan_sumber_daya",
    "skema_pertanggungjawaban",
    "konsekuensi",
];

/// Behaviour aspects of the regulations before PermenPANRB 6/2022, with the BerAKHLAK value
/// closest to each (a suggestion for the person editing, not an official mapping).
const FORMER_ASPECTS: &[(&str, &str)] = &[
    ("orientasi_pelayanan", "berorientasi_pelayanan"),
    ("komitmen", "loyal"),
    ("inisiatif_kerja", "adaptif"),
    ("inisiatif", "adaptif"),
    ("kerja_sama", "kolaboratif"),
    ("kerjasama", "kolaboratif"),
    ("kepemimpinan", "kolaboratif"),
    ("integritas", "akuntabel"),
    ("disiplin", "akuntabel"),
];

/// The help for a key that is no BerAKHLAK value, in an SKP (P102) or a realisasi (N103): the
/// value a former regulation's aspect became, the value a typo meant, or the seven values.
pub fn unknown_value_help(key: &str) -> crate::i18n::Msg {
    use crate::i18n::Msg;
    use crate::model::vocab::{Perilaku, Vocab};
    let names: Vec<&str> = Perilaku::ALL.iter().map(|(p, _, _)| p.code()).collect();
    let folded = key.to_lowercase().replace([' ', '-'], "_");
    if let Some((_, value)) = FORMER_ASPECTS.iter().find(|(old, _)| *old == folded) {
        return Msg::HelpPFormerAspect {
            suggestion: value.to_string(),
        };
    }
    match crate::model::convert::did_you_mean(key, &names) {
        Some(s) => Msg::HelpDidYouMean {
            suggestion: s.to_string(),
        },
        None => Msg::HelpAllowedValues {
            allowed: names.join(", "),
            suggestion: None,
        },
    }
}
