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
# shellcheck source=scripts/bench-lib.sh
. "$here/bench-lib.sh"
runs="${RUNS:-5}"
sizes=("$@")
if [ "${#sizes[@]}" -eq 0 ]; then
    sizes=(1000 3000 10000)
fi
bench_setup bench-load python3 cargo

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
    median="$(printf '%s\n' "${walls[@]}" | median)"
    cpu_median="$(printf '%s\n' "${cpus[@]}" | median)"
    local hf="–"
    if [ "$have_hyperfine" = 1 ]; then
        hyperfine -N --warmup 1 --runs "$(( runs < 10 ? 10 : runs ))" -i \
            --export-json "$work/$key.hyperfine.json" \
            "$skp check $dir --format json ${extra[*]}" >/dev/null 2>&1 || true
        hf="$(hyperfine_mean "$work/$key.hyperfine.json")"
    fi
    local wall cpu
    wall="$(ms_label "$median")"
    cpu="$(ms_label "$cpu_median")"
    printf '| %s | %s | %s | %s | %s / %s / %s | %s | %s | %s | %.1f MiB | %s |\n' \
        "$label" "$count" "$files" "$rules" "$errors" "$warnings" "$infos" "$rc" "$wall" "$cpu" \
        "$(awk -v k="$max_rss" 'BEGIN { print k / 1024 }')" "$hf"
}

load_before="$(cut -d' ' -f1 /proc/loadavg)"
rows=()
bench_log "measuring examples/dinas-kominfo"
example_count="$(find "$repo/examples/dinas-kominfo" -name 'skp-*.yaml' | wc -l)"
rows+=("$(measure dinas-kominfo "$repo/examples/dinas-kominfo" "$example_count" all)")
rows+=("$(measure dinas-kominfo "$repo/examples/dinas-kominfo" "$example_count" "F only" --select F)")
for n in "${sizes[@]}"; do
    dir="$work/ws-$n"
    if [ ! -d "$dir" ]; then
        bench_log "generating $n SKP in $dir"
        python3 "$here/gen-workspace.py" "$dir" --count "$n"
    fi
    bench_log "measuring $n SKP ($runs runs)"
    rows+=("$(measure "generated-$n" "$dir" "$n" all)")
    rows+=("$(measure "generated-$n" "$dir" "$n" "F only" --select F)")
done

cpu_model="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
commit="$(bench_commit)"
echo
echo "skp $("$skp" --version | awk '{ print $2 }') ($commit) · $(date -u +%Y-%m-%d) · $(nproc) CPU · ${cpu_model:-unknown CPU} · median of $runs runs, warm page cache · load average before/after: $load_before / $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| workspace | SKP files | files read | rules | errors / warnings / infos | exit | wall (median) | CPU user+sys (median) | max RSS | hyperfine mean ± σ |"
echo "| --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
