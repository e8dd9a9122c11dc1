//! `F` rules: the format of plan files. Most are found while loading; the rest look across
//! documents.

pub mod f001_yaml_syntax;
pub mod f002_unknown_field;
pub mod f003_missing_field;
pub mod f004_invalid_value;
pub mod f005_duplicate_id;
pub mod f006_duplicate_key;
pub mod f007_unsupported;
pub mod f008_unreadable;
pub mod f009_budget;
pub mod f010_nip_unquoted;
pub mod f011_nip_spaces;
pub mod f012_nip_structure;
pub mod f013_skp_overlap;
pub mod f014_skp_outside_year;
pub mod f015_target_invalid;
pub mod f016_target_ambiguous;
pub mod f017_not_declared;
pub mod f018_target_words;
pub mod f019_unit_mismatch;
pub mod f020_invalid_id;
pub mod f021_suppression_invalid;
pub mod f022_suppression_unused;
