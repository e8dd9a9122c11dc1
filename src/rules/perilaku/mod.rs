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
