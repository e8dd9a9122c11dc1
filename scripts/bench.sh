#!/usr/bin/env bash
# One run, every figure of the performance targets (docs/benchmarks.md): a generated agency of
# N SKPs and E evidence files, measured side by side with the tools users know, each ratio with
# its target. Deterministic inputs (seeded generator, AES-CTR bytes); medians of RUNS runs.
#
#   scripts/bench.sh                    # N=4525 SKPs, E=20000 evidence files of 64 KiB
#   N=1000 E=5000 RUNS=3 scripts/bench.sh
#
# Needs python3 with PyYAML (the C loader is the reference parser), openssl, git and GNU time;
# hyperfine is used when installed. Not part of `cargo test` or `.ci/run`; takes minutes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/bench-lib.sh"
N="${N:-4525}"
E="${E:-20000}"
EBYTES="${EBYTES:-65536}"
runs="${RUNS:-3}"
bench_setup bench python3 cargo openssl git
python3 -c 'import yaml; assert yaml.__with_libyaml__' 2>/dev/null ||
    { bench_log "PyYAML with its C loader is required (pip install pyyaml)"; exit 2; }
export SKP_TODAY=2026-12-31 NO_COLOR=1 SKP_LANG=id
unset SKP_AS_OF SKP_FAULT CI || true

# median WALL (s) and max RSS (MiB) of RUNS runs of a command, after one untimed run (as
# hyperfine's --warmup 1), so that the tools compared side by side both find the files in the
# page cache; `warmup=0` for a command that changes what it runs on. With hyperfine installed,
# WALL is its median (finer than GNU time's 10 ms) and GNU time still gives the RSS.
warmup=1
timed() {
    local walls=() rss=0 r i
    if [ "$warmup" = 1 ]; then
        "$@" >/dev/null 2>&1 || true
    fi
    for ((i = 0; i < runs; i++)); do
        /usr/bin/time -v -o "$work/t" "$@" >/dev/null 2>"$work/err" || true
        walls+=("$(wall_seconds "$work/t")")
        r=$(rss_kb "$work/t")
        if [ "$r" -gt "$rss" ]; then rss=$r; fi
    done
    WALL=$(printf '%s\n' "${walls[@]}" | median)
    RSS=$((rss / 1024))
    if [ "$have_hyperfine" = 1 ] && [ "$warmup" = 1 ]; then
        hyperfine --shell=bash --warmup 1 --runs "$runs" -i --export-json "$work/hf.json" \
            "$(printf '%q ' "$@")" >/dev/null 2>&1 &&
            WALL=$(python3 -c 'import json, sys
print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/hf.json")
    fi
}
# The two quick comparisons (a second or less each) alternate their runs: WALL_A and WALL_B
# are the medians of PAIR_RUNS alternating runs of the commands in the arrays `cmd_a` and
# `cmd_b`, after one untimed run of each, timed in nanoseconds (`date +%s%N`; GNU time counts
# in 10 ms steps, a tenth of a warm `verify`). Timed in two blocks of three, what else the
# machine was doing between the blocks moved the warm ratio between 1.00 and 1.21 over three
# runs of the same code, where twenty alternating runs gave 0.93.
pair_runs="${PAIR_RUNS:-9}"
paired() {
    local a=() b=() i t0 t1
    "${cmd_a[@]}" >/dev/null 2>&1 || true
    "${cmd_b[@]}" >/dev/null 2>&1 || true
    for ((i = 0; i < pair_runs; i++)); do
        t0=$(date +%s%N)
        "${cmd_a[@]}" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        a+=("$((t1 - t0))")
        t0=$(date +%s%N)
        "${cmd_b[@]}" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        b+=("$((t1 - t0))")
    done
    WALL_A=$(printf '%s\n' "${a[@]}" | median | awk '{ printf "%.3f", $1 / 1e9 }')
    WALL_B=$(printf '%s\n' "${b[@]}" | median | awk '{ printf "%.3f", $1 / 1e9 }')
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { # VALUE OP TARGET
    awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == "<=") ? v <= t : v >= t; print ok ? "met" : "not met" }'
}
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 |"); }

ws="$work/ws"
if [ ! -d "$ws" ]; then
    bench_log "generating $N SKPs"
    python3 "$here/gen-workspace.py" "$ws" --count "$N" >/dev/null
fi
mapfile -t nips < <(ls "$ws/pegawai")

bench_log "generating $E evidence files of $EBYTES bytes"
src="$work/src"
mkdir -p "$src"
{ openssl enc -aes-128-ctr -nosalt -pass pass:skp-bench -pbkdf2 </dev/zero 2>/dev/null || true; } |
    head -c $((E * EBYTES)) | split -b "$EBYTES" -a 6 -d - "$src/f"
{
    echo "nip,for,period,file"
    i=0
    for f in "$src"/f*; do
        echo "${nips[$((i % ${#nips[@]}))]},IKI-1.1,2026-TW1,$f"
        i=$((i + 1))
    done
} >"$work/manifest.csv"

# 1. evidence add --manifest (one run: it changes the workspace) vs cp + openssl dgst.
bench_log "evidence add --manifest ($E rows)"
runs_saved=$runs
runs=1 warmup=0
sync
timed "$skp" evidence add --manifest "$work/manifest.csv" --workspace "$ws"
add_wall=$WALL
mkdir -p "$work/copy"
timed bash -c "cp '$src'/f* '$work/copy/' && cd '$work/copy' && ls | xargs openssl dgst -sha256"
cp_wall=$WALL
runs=$runs_saved warmup=1
# The kernel writes the new copies out in the background for a while: not within the timings.
sync
r=$(ratio "$add_wall" "$cp_wall")
row "\`evidence add --manifest\` of $E rows ÷ (\`cp\` + \`openssl dgst\`)" "$r (${add_wall} s vs ${cp_wall} s)" "≤ 1.2" "$(verdict "$r" "<=" 1.2)"

# 2. check vs PyYAML's C loader merely parsing the same files.
bench_log "check vs PyYAML"
timed "$skp" check "$ws" --format json
check_wall=$WALL check_rss=$RSS
timed python3 -c '
import glob, sys, yaml
for f in glob.glob(sys.argv[1] + "/**/*.yaml", recursive=True):
    with open(f, "rb") as h:
        list(yaml.load_all(h, Loader=yaml.CSafeLoader))' "$ws"
py_wall=$WALL
r=$(ratio "$check_wall" "$py_wall")
row "\`skp check\` ÷ PyYAML C loader parsing the same files" "$r (${check_wall} s vs ${py_wall} s)" "≤ 0.35" "$(verdict "$r" "<=" 0.35)"
row "peak RSS of that check" "$check_rss MiB" "≤ 200 MB" "$(verdict "$check_rss" "<=" 191)"

# 3. check --as-of (coverage findings).
bench_log "check --as-of"
timed "$skp" check "$ws" --format json --as-of 2026-12-31
row "peak RSS of \`check --as-of\`" "$RSS MiB (${WALL} s)" "≤ 300 MB at 5 000" "$(verdict "$RSS" "<=" 286)"

# 4. verify --full vs openssl over the same files.
bench_log "evidence verify --full"
cmd_a=("$skp" evidence verify --full --workspace "$ws")
cmd_b=(bash -c "cd '$ws' && find pegawai -path '*/bukti/*' -type f -print0 | xargs -0 openssl dgst -sha256")
paired
verify_full=$WALL_A ossl=$WALL_B
r=$(ratio "$verify_full" "$ossl")
row "\`evidence verify --full\` ÷ \`openssl dgst -sha256\`" "$r (${verify_full} s vs ${ossl} s)" "≤ 0.6" "$(verdict "$r" "<=" 0.6)"

# 5. warm verify vs git status.
bench_log "warm verify vs git status"
# No automatic gc: its pack-objects would run on both cores during the measurements below.
(cd "$ws" && git init -q && git config gc.auto 0 && git add -A && git -c user.name=b -c user.email=b@x commit -qm bench)
# The commit wrote a copy of every file into .git/objects: its writeback must not run beside
# the timings below.
sync
cmd_a=("$skp" evidence verify --workspace "$ws")
cmd_b=(git -C "$ws" status --porcelain)
paired
warm=$WALL_A gs=$WALL_B
r=$(ratio "$warm" "$gs")
row "warm \`evidence verify\` ÷ \`git status\`" "$r (${warm} s vs ${gs} s)" "≤ 1.0" "$(verdict "$r" "<=" 1.0)"

# 6. tree --format json.
bench_log "tree --format json"
timed "$skp" tree "$ws" --format json
row "\`skp tree --format json\` at $N SKPs" "$RSS MiB (${WALL} s)" "≤ 200 MB" "$(verdict "$RSS" "<=" 191)"
# The target is set at TREE_N SKPs (10 000): a workspace of plans only, generated once.
TREE_N="${TREE_N:-10000}"
big="$work/tree-$TREE_N"
[ -d "$big" ] || python3 "$here/gen-workspace.py" "$big" --count "$TREE_N" >/dev/null
timed "$skp" tree "$big" --format json
row "\`skp tree --format json\` at $TREE_N SKPs" "$RSS MiB (${WALL} s)" "≤ 200 MB" "$(verdict "$RSS" "<=" 191)"

# 7. scaling of check (plans alone) and verify (with evidence): 1×, 2×, 4× of N/4.
base=$((N / 4))
scale_rows=()
for k in 1 2 4; do
    n=$((base * k))
    d="$work/scale-$n"
    [ -d "$d" ] || python3 "$here/gen-workspace.py" "$d" --count "$n" >/dev/null
    timed "$skp" check "$d" --format json
    scale_rows+=("| $k× ($n SKPs) | $WALL s | $RSS MiB |")
done
# verify scales with the evidence: k/4 of the E files added to the k× workspace (a copy, so
# that the check figures above stay those of plans alone), then `--full` and a warm run.
verify_rows=()
for k in 1 2 4; do
    n=$((base * k)) e=$((E * k / 4))
    d="$work/scale-$n-evidence"
    if [ ! -d "$d" ]; then
        cp -r "$work/scale-$n" "$d"
        mapfile -t snips < <(ls "$d/pegawai")
        {
            echo "nip,for,period,file"
            i=0
            for f in "$src"/f*; do
                [ "$i" -lt "$e" ] || break
                echo "${snips[$((i % ${#snips[@]}))]},IKI-1.1,2026-TW1,$f"
                i=$((i + 1))
            done
        } >"$work/manifest-$k.csv"
        "$skp" evidence add --manifest "$work/manifest-$k.csv" --workspace "$d" >/dev/null 2>&1
        sync
    fi
    timed "$skp" evidence verify --full --workspace "$d"
    full=$WALL full_rss=$RSS
    "$skp" evidence verify --workspace "$d" >/dev/null 2>&1 || true
    timed "$skp" evidence verify --workspace "$d"
    verify_rows+=("| $k× ($e files, $n SKPs) | $full s | $full_rss MiB | $WALL s |")
done

echo
echo "## skp benchmark: $N SKPs, $E evidence files of $EBYTES bytes"
echo
echo "- $(date -u +%Y-%m-%dT%H:%MZ); skp $(bench_commit); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$have_hyperfine" = 1 ]; then
    echo "- after one untimed run, the median of $runs runs by hyperfine (the manifest add: one run; the two \`verify\` comparisons: $pair_runs alternating runs); RSS: the largest of $runs runs under GNU time"
else
    echo "- after one untimed run, the median of $runs runs (the manifest add: one run; the two \`verify\` comparisons: $pair_runs alternating runs); RSS: the largest of the runs"
fi
echo
echo "| measure | now | target | |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "Scaling of \`skp check\`:"
echo
echo "| size | time | peak RSS |"
echo "| --- | --- | --- |"
printf '%s\n' "${scale_rows[@]}"
echo
echo "Scaling of \`skp evidence verify\`:"
echo
echo "| size | \`--full\` time | \`--full\` peak RSS | warm time |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${verify_rows[@]}"
