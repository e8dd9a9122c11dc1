//! Every rule, in code order.

use super::align::*;
use super::approval::*;
use super::bukti::*;
use super::format::*;
use super::nilai::*;
use super::perilaku::*;
use super::privacy::*;
use super::rule::Rule;
use super::smart::*;
use super::target::*;

pub static RULES: &[&Rule] = &[
    &a101_changed::RULE,
    &a102_weakened::RULE,
    &b101_changed::RULE,
    &b102_missing::RULE,
    &b103_unsafe_path::RULE,
    &b104_unknown_target::RULE,
    &b105_date_outside::RULE,
    &b106_shared::RULE,
    &b107_planned_missing::RULE,
    &b108_unrecorded::RULE,
    &b109_coverage_gap::RULE,
    &b110_url_unverified::RULE,
    &b111_not_fetched::RULE,
    &b112_content_mismatch::RULE,
    &b113_document_date::RULE,
    &b114_unrelated_text::RULE,
    &d101_nik::RULE,
    &d102_phone::RULE,
    &d103_email::RULE,
    &d104_kk::RULE,
    &d105_npwp::RULE,
    &d106_bank_account::RULE,
    &d107_identity_document::RULE,
    &d108_url_password::RULE,
    &f001_yaml_syntax::RULE,
    &f002_unknown_field::RULE,
    &f003_missing_field::RULE,
    &f004_invalid_value::RULE,
    &f005_duplicate_id::RULE,
    &f006_duplicate_key::RULE,
    &f007_unsupported::RULE,
    &f008_unreadable::RULE,
    &f009_budget::RULE,
    &f010_nip_unquoted::RULE,
    &f011_nip_spaces::RULE,
    &f012_nip_structure::RULE,
    &f013_skp_overlap::RULE,
    &f014_skp_outside_year::RULE,
    &f015_target_invalid::RULE,
    &f016_target_ambiguous::RULE,
    &f017_not_declared::RULE,
    &f018_target_words::RULE,
    &f019_unit_mismatch::RULE,
    &f020_invalid_id::RULE,
    &f021_suppression_invalid::RULE,
    &f022_suppression_unused::RULE,
    &k101_utama_unlinked::RULE,
    &k102_unresolved::RULE,
    &k103_ambiguous::RULE,
    &k104_other_year::RULE,
    &k105_not_superior::RULE,
    &k106_no_superior_skp::RULE,
    &k107_jpt_without_acuan::RULE,
    &k108_pk_without_acuan::RULE,
    &k109_cycle::RULE,
    &k110_snapshot_stale::RULE,
    &k111_pk_unserved::RULE,
    &k112_result_unserved::RULE,
    &k113_same_position::RULE,
    &k114_restates_served::RULE,
    &k115_copied::RULE,
    &k116_wrong_kind::RULE,
    &k117_external::RULE,
    &n101_unknown_skp::RULE,
    &n102_unknown_indicator::RULE,
    &n103_unknown_perilaku::RULE,
    &n104_period_outside::RULE,
    &n105_value_unreadable::RULE,
    &n106_not_penilai::RULE,
    &n107_duplicate::RULE,
    &n108_predikat_matrix::RULE,
    &n109_without_evidence::RULE,
    &n110_penilai_below_pengawas::RULE,
    &n111_rating_against_capaian::RULE,
    &n112_leader_rating::RULE,
    &n113_distribution::RULE,
    &n114_after_deadline::RULE,
    &n115_before_period::RULE,
    &p101_missing_perilaku::RULE,
    &p102_unknown_perilaku::RULE,
    &p103_lampiran_section_empty::RULE,
    &p104_vague_ekspektasi::RULE,
    &p105_jpt_lampiran_incomplete::RULE,
    &s101_normative_indicator::RULE,
    &s102_no_measure::RULE,
    &s103_target_not_numeric::RULE,
    &s104_unit_missing::RULE,
    &s105_unit_contradicts::RULE,
    &s106_percent_over_100::RULE,
    &s107_range_inverted::RULE,
    &s108_polarity::RULE,
    &s109_rhk_activity::RULE,
    &s110_activity_count::RULE,
    &s111_absolute_target::RULE,
    &s112_repeats_rhk::RULE,
    &s113_vague::RULE,
    &s114_missing_aspect::RULE,
    &s115_jpt_perspektif::RULE,
    &s116_identical_indicators::RULE,
    &s117_iki_aspek::RULE,
    &s118_no_utama::RULE,
    &s119_iki_rhk_unrelated::RULE,
    &t101_not_challenging::RULE,
    &t102_unrealistic::RULE,
    &t103_differs_from_source::RULE,
    &t104_cascade_sum::RULE,
    &t105_periodic_contradicts::RULE,
    &t106_copied::RULE,
    &t107_deadline_outside::RULE,
    &t108_periodic_outside_grid::RULE,
];

/// The rule with this code (case-insensitive).
pub fn find(code: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code) || r.name == code)
}

/// The documentation page of a rule: `skp explain` prints it, `docs/rules/CODE.md` holds it.
pub fn page(rule: &Rule) -> String {
    page_in(rule, crate::i18n::Lang::Id)
}

/// [`page`] for a reader of `lang`. The rules' documentation is written in Bahasa Indonesia
/// only; a reader of English gets the page's own words, the English summary first, and a word
/// that the rest is Indonesian.
pub fn page_in(rule: &Rule, lang: crate::i18n::Lang) -> String {
    let level = rule.level.as_str();
    let (code, name, doc) = (rule.code, rule.name, rule.doc_text());
    match lang {
        crate::i18n::Lang::Id => {
            let hide = if rule.hideable {
                "Dapat diatur dengan `--select`/`--ignore`, `[rules]` di skp.toml, atau komentar `# skp: abaikan KODE -- alasan`."
            } else {
                "Tidak dapat disembunyikan: `--select`, `--ignore`, konfigurasi, komentar pengecualian, dan baseline tidak berlaku."
            };
            format!(
                "# {code} `{name}`\n\n{sid}\n\n*{sen}*\n\n- Tingkat bawaan: `{level}`\n- {hide}\n\n{doc}\n",
                sid = rule.summary_id,
                sen = rule.summary_en,
            )
        }
        crate::i18n::Lang::En => {
            let hide = if rule.hideable {
                "Can be set with `--select`/`--ignore`, `[rules]` in skp.toml, or a `# skp: abaikan CODE -- reason` comment."
            } else {
                "Cannot be hidden: `--select`, `--ignore`, configuration, suppression comments and baselines do not apply."
            };
            format!(
                "# {code} `{name}`\n\n{sen}\n\n*{sid}*\n\n- Default level: `{level}`\n- {hide}\n- The documentation below is in Bahasa Indonesia.\n\n{doc}\n",
                sid = rule.summary_id,
                sen = rule.summary_en,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_sorted() {
        let mut codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
        let sorted = {
            let mut c = codes.clone();
            c.sort();
            c
        };
        assert_eq!(codes, sorted, "registry must list rules in code order");
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
        let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
        for r in RULES {
            assert!(
                r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                r.name
            );
            assert!(!r.doc_text().is_empty(), "{} has no documentation", r.code);
        }
    }
}
