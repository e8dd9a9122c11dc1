//! Replays every input kept in `fuzz/regressions/<target>/` through its fuzz entry point (the
//! same code the fuzz targets call): each crash a fuzzing run found stays fixed. Inputs are
//! added with their target's name as the folder; see docs/security.md.

#[path = "../fuzz/entries.rs"]
mod entries;

use std::path::Path;

/// A fuzz entry point: arbitrary bytes in, nothing out.
type Entry = fn(&[u8]);

fn replay(target: &str, entry: Entry) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let mut n = 0;
    for e in rd.flatten() {
        let data = std::fs::read(e.path()).unwrap();
        let name = e.path().display().to_string();
        let outcome = std::panic::catch_unwind(|| entry(&data));
        assert!(outcome.is_ok(), "{target}: {name} panics again");
        n += 1;
    }
    n
}

#[test]
fn every_kept_fuzz_input_runs_clean() {
    let entries: [(&str, Entry); 7] = [
        ("document", entries::document),
        ("ledger", entries::ledger),
        ("target", entries::target),
        ("suppression", entries::suppression),
        ("config", entries::config),
        ("import_csv", entries::import_csv),
        ("import_workbook", entries::import_workbook),
    ];
    let total: usize = entries.iter().map(|(t, e)| replay(t, *e)).sum();
    assert!(total > 0, "no regression inputs found");
}

/// The entry points themselves on the bundled examples (what the fuzz corpora start from).
#[test]
fn entries_accept_the_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for ex in ["dinas-kominfo", "kesalahan-umum"] {
        let mut stack = vec![root.join(ex)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "yaml") {
                    entries::document(&std::fs::read(&p).unwrap());
                } else if p.extension().is_some_and(|x| x == "toml") {
                    entries::config(&std::fs::read(&p).unwrap());
                }
            }
        }
    }
    entries::target("≤ 4 jam".as_bytes());
    entries::suppression(b"skp: abaikan S101 -- alasan");
}
