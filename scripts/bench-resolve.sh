#!/usr/bin/env bash
# Benchmark (not a test) of reference resolution: the cascade index and the K rules
# (`skp check --select K --format json`) and the cascade tree (`skp tree --format json`).
#
#   scripts/bench-resolve.sh [SIZE…]          default sizes: 1000 10000
#
# Environment:
#   RUNS=3        timed runs per command (median wall time is reported; max RSS is the max)
#   KEEP=1        keep the generated workspaces (their folder is printed)
#   SKP_BENCH_DIR a folder to generate into (and reuse) instead of a fresh temporary one
#
# Builds `cargo build --release` once, generates each workspace with scripts/gen-cascade.py
# (seeded: every machine resolves the same files; a correct generator gives no K finding at
# all, shown in the "K findings" column), and measures each command after one warm-up run
# with GNU time (`/usr/bin/time -v`: wall time and maximum resident set size) and, when it is
# installed, hyperfine (`apt-get install hyperfine`; optional). Prints a Markdown table on
# stdout; progress goes to stderr. Not run in CI.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/bench-lib.sh
. "$here/bench-lib.sh"
runs="${RUNS:-3}"
sizes=("$@")
if [ "${#sizes[@]}" -eq 0 ]; then
    sizes=(1000 10000)
fi
bench_setup bench-resolve python3 cargo

# measure DIR SKP_COUNT FILES FINDINGS NAME ARGS…: one Markdown row for `skp ARGS…` run in DIR.
measure() {
    local dir="$1" count="$2" files="$3" findings="$4" name="$5"
    shift 5
    local args=("$@")
    local key tfile
    key="$count-$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '_')"
    tfile="$work/$key.time"
    # Warm-up (page cache).
    (cd "$dir" && "$skp" "${args[@]}" >/dev/null 2>&1) || true
    local walls=() max_rss=0 rc=0
    for _ in $(seq "$runs"); do
        rc=0
        (cd "$dir" && /usr/bin/time -v -o "$tfile" "$skp" "${args[@]}" >/dev/null 2>/dev/null) \
            || rc=$?
        walls+=("$(wall_seconds "$tfile")")
        local rss
        rss="$(rss_kb "$tfile")"
        if [ "$rss" -gt "$max_rss" ]; then max_rss="$rss"; fi
    done
    local median
    median="$(printf '%s\n' "${walls[@]}" | median)"
    local hf="–"
    if [ "$have_hyperfine" = 1 ]; then
        (cd "$dir" && hyperfine -N --warmup 1 --runs "$(( runs < 5 ? 5 : runs ))" -i \
            --export-json "$work/$key.hyperfine.json" "$skp ${args[*]}" >/dev/null 2>&1) || true
        hf="$(hyperfine_mean "$work/$key.hyperfine.json")"
    fi
    local wall
    wall="$(ms_label "$median")"
    printf '| %s | %s | `skp %s >/dev/null` | %s | %s | %s | %.1f MiB | %s |\n' \
        "$count" "$files" "${args[*]}" "$findings" "$rc" "$wall" \
        "$(awk -v k="$max_rss" 'BEGIN { print k / 1024 }')" "$hf"
}

rows=()
for n in "${sizes[@]}"; do
    dir="$work/ws-$n"
    if [ ! -d "$dir" ]; then
        bench_log "generating about $n SKPs in $dir"
        python3 "$here/gen-cascade.py" "$n" "$dir"
    fi
    count="$(find "$dir/pegawai" -name 'skp-*.yaml' | wc -l | tr -d ' ')"
    # Correctness of the generator: the K findings of the workspace (expected 0 / 0 / 0).
    summary="$(cd "$dir" && { "$skp" check --select K --format json 2>/dev/null || true; } \
        | python3 -c '
import json, sys
s = json.load(sys.stdin)["summary"]
print(s["files"], "%d / %d / %d" % (s["errors"], s["warnings"], s["infos"]))')"
    files="${summary%% *}"
    findings="${summary#* }"
    bench_log "$count SKPs, $files files, K findings (e/w/i) $findings; $runs runs"
    rows+=("$(measure "$dir" "$count" "$files" "$findings" check check --select K --format json)")
    rows+=("$(measure "$dir" "$count" "$files" "–" tree tree --format json)")
done

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
commit="$(bench_commit)"
echo
echo "skp $("$skp" --version | awk '{ print $2 }') ($commit) · $(date -u +%Y-%m-%d) ·" \
    "$(nproc) CPU · ${cpu:-unknown CPU} · median of $runs runs, warm page cache"
echo
echo "| SKPs | files | command | K findings (e / w / i) | exit | wall (median) | max RSS | hyperfine mean ± σ |"
echo "| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
