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
repo="$(cd "$here/.." && pwd)"
runs="${RUNS:-3}"
sizes=("$@")
if [ "${#sizes[@]}" -eq 0 ]; then
    sizes=(1000 10000)
fi

for tool in python3 cargo; do
    command -v "$tool" >/dev/null || { echo "bench-resolve: $tool is required" >&2; exit 2; }
done
if [ ! -x /usr/bin/time ]; then
    echo "bench-resolve: /usr/bin/time (GNU time) is required: apt-get install time" >&2
    exit 2
fi
have_hyperfine=0
if command -v hyperfine >/dev/null; then
    have_hyperfine=1
fi

echo "bench-resolve: cargo build --release" >&2
(cd "$repo" && cargo build --release --quiet)
target_dir="$(cd "$repo" && cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
skp="$target_dir/release/skp"

if [ -n "${SKP_BENCH_DIR:-}" ]; then
    work="$SKP_BENCH_DIR"
    mkdir -p "$work"
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/skp-bench-resolve.XXXXXX")"
fi
cleanup() {
    if [ "${KEEP:-0}" = 1 ] || [ -n "${SKP_BENCH_DIR:-}" ]; then
        echo "bench-resolve: workspaces kept in $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# Seconds from GNU time's "Elapsed (wall clock) time" ([h:]mm:ss.cc).
wall_seconds() {
    awk '/Elapsed \(wall clock\) time/ { print $NF }' "$1" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f\n", s }'
}
rss_kb() {
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"
}

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
    median="$(printf '%s\n' "${walls[@]}" | sort -n \
        | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    local hf="–"
    if [ "$have_hyperfine" = 1 ]; then
        (cd "$dir" && hyperfine -N --warmup 1 --runs "$(( runs < 5 ? 5 : runs ))" -i \
            --export-json "$work/$key.hyperfine.json" "$skp ${args[*]}" >/dev/null 2>&1) || true
        hf="$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
mean, sd = r["mean"] * 1000, (r["stddev"] or 0) * 1000
print(f"{mean:.0f} ± {sd:.0f} ms")' "$work/$key.hyperfine.json" 2>/dev/null || echo "–")"
    fi
    # GNU time has a 10 ms resolution.
    local wall
    wall="$(awk -v s="$median" \
        'BEGIN { ms = s * 1000; if (ms < 10) print "< 10 ms"; else printf "%.0f ms", ms }')"
    printf '| %s | %s | `skp %s >/dev/null` | %s | %s | %s | %.1f MiB | %s |\n' \
        "$count" "$files" "${args[*]}" "$findings" "$rc" "$wall" \
        "$(awk -v k="$max_rss" 'BEGIN { print k / 1024 }')" "$hf"
}

rows=()
for n in "${sizes[@]}"; do
    dir="$work/ws-$n"
    if [ ! -d "$dir" ]; then
        echo "bench-resolve: generating about $n SKPs in $dir" >&2
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
    echo "bench-resolve: $count SKPs, $files files, K findings (e/w/i) $findings; $runs runs" >&2
    rows+=("$(measure "$dir" "$count" "$files" "$findings" check check --select K --format json)")
    rows+=("$(measure "$dir" "$count" "$files" "–" tree tree --format json)")
done

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "no git")"
if [ "$commit" != "no git" ] \
    && [ -n "$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit+dirty"
fi
echo
echo "skp $("$skp" --version | awk '{ print $2 }') ($commit) · $(date -u +%Y-%m-%d) ·" \
    "$(nproc) CPU · ${cpu:-unknown CPU} · median of $runs runs, warm page cache"
echo
echo "| SKPs | files | command | K findings (e / w / i) | exit | wall (median) | max RSS | hyperfine mean ± σ |"
echo "| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
