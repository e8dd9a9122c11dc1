#!/usr/bin/env bash
# Fuzzes every parser skp exposes to untrusted text (docs/security.md): seeds each target's
# corpus from the bundled examples, then runs each target for SECS seconds (default 300).
# Needs cargo-fuzz (`cargo install cargo-fuzz`); runs on the stable toolchain with `-s none`.
# Not part of `cargo test` or `.ci/run`. A crash is saved under fuzz/artifacts/<target>/: copy it
# into fuzz/regressions/<target>/ and fix it; `cargo test --test fuzz_regressions` replays it.
#
#   scripts/fuzz.sh                 # every target, 300 s each
#   SECS=60 scripts/fuzz.sh target  # one target
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v cargo-fuzz >/dev/null || { echo "fuzz: cargo install cargo-fuzz" >&2; exit 2; }
secs="${SECS:-300}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document ledger target suppression config import_csv import_workbook)

c=fuzz/corpus
mkdir -p "$c"/{document,ledger,target,suppression,config,import_csv,import_workbook}
seed() { cp "$1" "$c/$2/$(sha256sum "$1" | cut -c1-16)"; }
while IFS= read -r f; do
    case "$f" in
    *.bukti.yaml) tail -n +5 "$f" >"$c/ledger/$(sha256sum "$f" | cut -c1-16)" ;;
    *.yaml) seed "$f" document ;;
    *.toml) seed "$f" config ;;
    esac
done < <(find examples -type f \( -name '*.yaml' -o -name 'skp.toml' \))
i=0
for t in "4 modul" "≤ 4 jam" "95-100 %" "95 s.d. 100 %" "Rp 1,5 juta" "minimal 90 %" \
    "4.500 berkas" "3,1 indeks" "paling lambat 5 hari kerja" "100%" "≥ 3,5"; do
    printf '%s' "$t" >"$c/target/seed$i"
    i=$((i + 1))
done
printf 'skp: abaikan S101 -- alasan' >"$c/suppression/seed0"
printf 'skp: ignore S101, K102 -- because' >"$c/suppression/seed1"
cp tests/data/privacy/cases.csv "$c/import_csv/seed0"
cargo build --release --quiet
(cd examples/dinas-kominfo &&
    ../../target/release/skp export --xlsx "../../$c/import_workbook/seed0.xlsx" --force >/dev/null 2>&1) || true

for t in "${targets[@]}"; do
    echo "fuzz: $t for $secs s" >&2
    cargo fuzz run -s none -O "$t" "$c/$t" -- -max_total_time="$secs" -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1
done
