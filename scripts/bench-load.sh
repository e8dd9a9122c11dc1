#!/usr/bin/env bash
# Benchmark (not a test) of loading and checking a workspace: `skp check --format json`.
#
#   scripts/bench-load.sh [SIZE…]          default sizes: 1000 3000 10000
#
# Each workspace is measured twice: with every rule (`skp check --format json`), and with
# `--select F` (loading plus the few cross-document format rules), which isolates the cost of
# discovery, parsing and conversion from the cost of the other rule families.
#
# Environment:
#   RUNS=5        timed runs per workspace (median wall and CPU time are reported; max RSS is the max)
#   KEEP=1        keep the generated workspaces (their folder is printed)
#   SKP_BENCH_DIR a folder to generate into (and reuse) instead of a fresh temporary one
#
# Builds `cargo build --release`, generates workspaces with scripts/gen-workspace.py (seeded,
# so every machine checks the same files), measures each with GNU time (`/usr/bin/time -v`:
# wall time, user + system CPU time, maximum resident set size) after one warm-up run (so the
# page cache is warm; it also checks the JSON summary: a generated workspace has no findings),
# and with hyperfine when it is installed (`apt-get install hyperfine`; optional). The bundled
# example examples/dinas-kominfo is measured too. Prints a Markdown table on stdout; progress
# goes to stderr. Not run in CI.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
runs="${RUNS:-5}"
sizes=("$@")
if [ "${#sizes[@]}" -eq 0 ]; then
    sizes=(1000 3000 10000)
fi

for tool in python3 cargo; do
    command -v "$tool" >/dev/null || { echo "bench-load: $tool is required" >&2; exit 2; }
done
if [ ! -x /usr/bin/time ]; then
    echo "bench-load: /usr/bin/time (GNU time) is required: apt-get install time" >&2
    exit 2
fi
have_hyperfine=0
if command -v hyperfine >/dev/null; then
    have_hyperfine=1
fi

echo "bench-load: cargo build --release" >&2
(cd "$repo" && cargo build --release --quiet)
target_dir="$(cd "$repo" && cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
skp="$target_dir/release/skp"

if [ -n "${SKP_BENCH_DIR:-}" ]; then
    work="$SKP_BENCH_DIR"
    mkdir -p "$work"
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/skp-bench.XXXXXX")"
fi
cleanup() {
    if [ "${KEEP:-0}" = 1 ] || [ -n "${SKP_BENCH_DIR:-}" ]; then
        echo "bench-load: workspaces kept in $work" >&2
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
# User + system CPU seconds: less sensitive than wall time to other load on the machine.
cpu_seconds() {
    awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.3f\n", s }' "$1"
}
rss_kb() {
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"
}

# measure LABEL DIR SKP_COUNT RULES [EXTRA ARGS…]: one Markdown row.
measure() {
    local label="$1" dir="$2" count="$3" rules="$4"
    shift 4
    local extra=("$@")
    local key="$label-${rules// /_}"
    local json="$work/$key.json" tfile="$work/$key.time"
    # Warm-up run; also the correctness check: the summary of the JSON output.
    local rc=0
    "$skp" check "$dir" --format json "${extra[@]}" >"$json" 2>/dev/null || rc=$?
    local summary
    summary="$(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(s["files"], s["errors"], s["warnings"], s["infos"])' "$json")"
    local files errors warnings infos
    read -r files errors warnings infos <<<"$summary"
    local walls=() cpus=() max_rss=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -v -o "$tfile" "$skp" check "$dir" --format json "${extra[@]}" \
            >/dev/null 2>/dev/null || true
        walls+=("$(wall_seconds "$tfile")")
        cpus+=("$(cpu_seconds "$tfile")")
        local rss
        rss="$(rss_kb "$tfile")"
        if [ "$rss" -gt "$max_rss" ]; then max_rss="$rss"; fi
    done
    local median cpu_median
    median="$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    cpu_median="$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    local hf="–"
    if [ "$have_hyperfine" = 1 ]; then
        hyperfine -N --warmup 1 --runs "$(( runs < 10 ? 10 : runs ))" -i \
            --export-json "$work/$key.hyperfine.json" \
            "$skp check $dir --format json ${extra[*]}" >/dev/null 2>&1 || true
        hf="$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
mean, sd = r["mean"] * 1000, (r["stddev"] or 0) * 1000
print(f"{mean:.0f} ± {sd:.0f} ms")' "$work/$key.hyperfine.json" 2>/dev/null || echo "–")"
    fi
    # GNU time has a 10 ms resolution.
    local wall
    wall="$(awk -v s="$median" 'BEGIN { ms = s * 1000; if (ms < 10) print "< 10 ms"; else printf "%.0f ms", ms }')"
    local cpu
    cpu="$(awk -v s="$cpu_median" 'BEGIN { ms = s * 1000; if (ms < 10) print "< 10 ms"; else printf "%.0f ms", ms }')"
    printf '| %s | %s | %s | %s | %s / %s / %s | %s | %s | %s | %.1f MiB | %s |\n' \
        "$label" "$count" "$files" "$rules" "$errors" "$warnings" "$infos" "$rc" "$wall" "$cpu" \
        "$(awk -v k="$max_rss" 'BEGIN { print k / 1024 }')" "$hf"
}

load_before="$(cut -d' ' -f1 /proc/loadavg)"
rows=()
echo "bench-load: measuring examples/dinas-kominfo" >&2
example_count="$(find "$repo/examples/dinas-kominfo" -name 'skp-*.yaml' | wc -l)"
rows+=("$(measure dinas-kominfo "$repo/examples/dinas-kominfo" "$example_count" all)")
rows+=("$(measure dinas-kominfo "$repo/examples/dinas-kominfo" "$example_count" "F only" --select F)")
for n in "${sizes[@]}"; do
    dir="$work/ws-$n"
    if [ ! -d "$dir" ]; then
        echo "bench-load: generating $n SKP in $dir" >&2
        python3 "$here/gen-workspace.py" "$dir" --count "$n"
    fi
    echo "bench-load: measuring $n SKP ($runs runs)" >&2
    rows+=("$(measure "generated-$n" "$dir" "$n" all)")
    rows+=("$(measure "generated-$n" "$dir" "$n" "F only" --select F)")
done

cpu_model="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "no git")"
if [ "$commit" != "no git" ] && [ -n "$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit+dirty"
fi
echo
echo "skp $("$skp" --version | awk '{ print $2 }') ($commit) · $(date -u +%Y-%m-%d) · $(nproc) CPU · ${cpu_model:-unknown CPU} · median of $runs runs, warm page cache · load average before/after: $load_before / $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| workspace | SKP files | files read | rules | errors / warnings / infos | exit | wall (median) | CPU user+sys (median) | max RSS | hyperfine mean ± σ |"
echo "| --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
