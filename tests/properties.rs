//! Property tests (proptest): no spelling of a ledger path resolves outside the workspace, and
//! every target the forms print reads back as the same target.

use std::path::Path;

use proptest::prelude::*;
use skp::evidence::ledger::{resolve_inside, safe_relative};
use skp::model::target::{Comparator, Quantity, ScalarKind, TargetValue, parse_target};

/// Pieces people, tools and attackers put in paths: parent and current folders, separators of
/// both systems, drive letters, home, URL-encoded and Unicode look-alike dots and slashes
/// (one-dot leader, fullwidth full stop, fraction and division slashes), NUL, and the names of
/// the fixture's folders and links.
fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("..".to_string()),
        Just(".".to_string()),
        Just("".to_string()),
        Just("a".to_string()),
        Just("f.pdf".to_string()),
        Just("link".to_string()),
        Just("up".to_string()),
        Just("secret.pdf".to_string()),
        Just("C:".to_string()),
        Just("~".to_string()),
        Just("%2e%2e".to_string()),
        Just("\u{2024}\u{2024}".to_string()),
        Just("\u{ff0e}\u{ff0e}".to_string()),
        Just("..\u{2215}..".to_string()),
        Just("..\u{2044}..".to_string()),
        Just("a\0b".to_string()),
        "[a-z.]{1,4}",
    ]
}

fn spelling() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just(""), Just("/"), Just("\\"), Just("//"), Just("\\\\?\\")],
        prop::collection::vec(
            (segment(), prop_oneof![Just("/"), Just("\\"), Just("//")]),
            0..6,
        ),
        segment(),
    )
        .prop_map(|(lead, parts, last)| {
            let mut s = lead.to_string();
            for (seg, sep) in parts {
                s.push_str(&seg);
                s.push_str(sep);
            }
            s.push_str(&last);
            s
        })
}

/// A workspace beside a folder it must never reach, linked from inside in two ways.
struct Fixture {
    _dir: tempfile::TempDir,
    root: std::path::PathBuf,
}

fn fixture() -> Fixture {
    // Fixtures written with std into the test's own temporary folder.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(root.join("a")).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(root.join("a/f.pdf"), b"inside").unwrap();
    std::fs::write(outside.join("secret.pdf"), b"outside").unwrap();
    std::os::unix::fs::symlink(&outside, root.join("link")).unwrap();
    std::os::unix::fs::symlink("../..", root.join("a/up")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.pdf"), root.join("a/secret.pdf")).unwrap();
    Fixture { _dir: dir, root }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_ledger_path_resolves_outside_the_workspace(berkas in spelling()) {
        let f = fixture();
        let canon_root = std::fs::canonicalize(&f.root).unwrap();
        if let Some(rel) = safe_relative(&berkas) {
            prop_assert!(rel.is_relative(), "{berkas:?} → {rel:?}");
            prop_assert!(
                rel.components().all(|c| matches!(c, std::path::Component::Normal(_))),
                "{berkas:?} → {rel:?}"
            );
        }
        if let Ok(Some(p)) = resolve_inside(&f.root, &berkas) {
            let canon = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
            prop_assert!(canon.starts_with(&canon_root), "{berkas:?} → {canon:?}");
        }
    }
}

fn unit() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("%".to_string())),
        Just(Some("modul".to_string())),
        Just(Some("dokumen".to_string())),
        Just(Some("hari kerja".to_string())),
        Just(Some("indeks".to_string())),
        Just(Some("jam".to_string())),
        Just(Some("orang".to_string())),
    ]
}

/// Numbers as plans write them: whole, or with up to two decimals.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..100_000).prop_map(f64::from),
        (0u32..1_000_000).prop_map(|n| f64::from(n) / 100.0),
    ]
}

fn quantity() -> impl Strategy<Value = Quantity> {
    let value = prop_oneof![
        number().prop_map(TargetValue::Number),
        (number(), number()).prop_map(|(min, max)| TargetValue::Range { min, max }),
        number().prop_map(|value| TargetValue::Bound {
            comparator: Comparator::AtMost,
            value
        }),
        number().prop_map(|value| TargetValue::Bound {
            comparator: Comparator::AtLeast,
            value
        }),
    ];
    (value, unit()).prop_map(|(value, unit)| Quantity {
        value,
        unit: unit.map(Into::into),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn printed_targets_read_back(q in quantity()) {
        let printed = q.to_string();
        let (read, _) = parse_target(&printed, ScalarKind::Text)
            .map_err(|e| TestCaseError::fail(format!("{printed:?}: {e:?}")))?;
        prop_assert_eq!(&read, &q, "{:?}", printed);
    }
}

#[test]
fn fixture_links_point_outside() {
    let f = fixture();
    assert!(Path::new(&f.root.join("link/secret.pdf")).exists());
    assert_eq!(
        resolve_inside(&f.root, "a/f.pdf").unwrap(),
        Some(f.root.join("a/f.pdf"))
    );
    assert!(resolve_inside(&f.root, "link/secret.pdf").is_err());
    assert!(resolve_inside(&f.root, "a/up/outside/secret.pdf").is_err());
    assert!(resolve_inside(&f.root, "a/secret.pdf").is_err());
}
