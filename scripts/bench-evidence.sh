#!/usr/bin/env bash
# Benchmark (not a test) of the evidence ledger: `skp evidence add` and `skp evidence verify`.
#
#   scripts/bench-evidence.sh
#
# (a) Hashing throughput of `skp evidence add` against `openssl dgst -sha256` on the same files:
#     one 1 GiB file and 2 000 files of 512 KiB (1 GiB in all). `add` of a file inside the
#     workspace records it in place, so it only hashes: that is the hashing figure (a re-run is
#     a no-op that hashes again, so it can be repeated). `add` of the same files from outside the
#     workspace also copies them (temp file, fsync, rename, fsync of the folder): reported apart.
#     openssl is single-threaded; skp hashes on every core (rayon), so openssl is also run with
#     `xargs -P $(nproc)` on the 2 000 files.
# (b) `add --manifest` of 20 000 small files (8 KiB, from outside the workspace: each is copied)
#     for the employees of examples/dinas-kominfo, in one process: wall time and max RSS.
# (c) `skp evidence verify` of those 20 000 files: first run without the stat cache
#     (.skp/cache deleted), then with it (warm), then `--full`; against `git status` on the
#     same tree, committed in a git repository first. Plus `skp check` of that workspace.
#
# Environment:
#   RUNS=3          timed runs of each repeatable measurement (the median is reported)
#   KEEP=1          keep the generated files (their folder is printed)
#   SKP_BENCH_DIR   a folder to generate into (and keep) instead of a fresh temporary one
#                   (needs ~6 GiB)
#
# Files are generated once and measured with the page cache warm: the figures are CPU and
# file-system costs, not disk reads. Wall time comes from `date +%s%N` around each run, max RSS
# from GNU time (`/usr/bin/time -v`). Prints a Markdown report on stdout; progress on stderr.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/bench-lib.sh
. "$here/bench-lib.sh"
runs="${RUNS:-3}"
bench_setup bench-evidence python3 cargo openssl git split xargs awk

export SKP_TODAY=2026-04-10 NO_COLOR=1 SKP_LANG=id
unset SKP_AS_OF SKP_FAULT CI || true

# Random bytes fast (AES-CTR keystream); the content does not matter to SHA-256's speed.
# (openssl dies of SIGPIPE when head has enough: not an error under pipefail.)
random_bytes() { # BYTES
    { openssl enc -aes-128-ctr -nosalt -pass pass:skp-bench -pbkdf2 </dev/zero 2>/dev/null || true; } |
        head -c "$1"
}

# run_timed LABEL CMD… : runs CMD (stdout discarded) under GNU time; sets WALL (seconds, 3
# decimals) and RSS (MiB). Fails loudly when CMD fails.
run_timed() {
    local label="$1"
    shift
    local t0 t1
    t0=$(date +%s%N)
    if ! /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt"; then
        echo "bench-evidence: $label failed: $*" >&2
        cat "$work/stderr.txt" >&2
        exit 1
    fi
    t1=$(date +%s%N)
    WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
}

# median_timed LABEL CMD… : RUNS runs; sets WALL to the median, RSS to the maximum.
median_timed() {
    local label="$1"
    shift
    local walls=() max_rss=0 i
    for ((i = 0; i < runs; i++)); do
        run_timed "$label" "$@"
        walls+=("$WALL")
        if [ "$RSS" -gt "$max_rss" ]; then max_rss=$RSS; fi
    done
    WALL=$(printf '%s\n' "${walls[@]}" | median)
    RSS=$max_rss
}

gbps() { # BYTES SECONDS
    awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.2f", b / s / 1e9; else print "n/a" }'
}

new_workspace() { # DIR: a copy of the example, without state
    rm -rf "$1"
    mkdir -p "$1"
    cp -r "$repo/examples/dinas-kominfo/." "$1/"
    rm -rf "$1/.skp"
    find "$1" -name '*.bukti.yaml' -delete
    find "$1" -type d -name bukti -prune -exec rm -rf {} +
}

nip=199507302020032005
results="$work/results.md"
: >"$results"
out() { echo "$*" >>"$results"; }

# --- machine -----------------------------------------------------------------------------------
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
[ -n "$cpu" ] || cpu=$(uname -m)
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
fs_type=$(df -T "$work" | awk 'NR == 2 { print $2 }')
out "## Machine"
out ""
out "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
out "- CPU: $cpu, nproc $(nproc)"
out "- memory: $mem; kernel $(uname -r); file system of the work folder: $fs_type"
out "- skp $(bench_commit) (release build), $(rustc --version 2>/dev/null || echo rustc)"
out "- $(openssl version), $(git --version)"
out "- runs per repeatable measurement: $runs (median wall time; max RSS over the runs)"
out "- load average at the start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') (other processes on the machine skew the figures)"
out ""

# --- (a) hashing throughput --------------------------------------------------------------------
bench_log "(a) generating 1 GiB + 2 000 x 512 KiB"
ws_a="$work/ws-a"
new_workspace "$ws_a"
mkdir -p "$ws_a/data/kecil" "$work/luar/kecil"
random_bytes $((1024 * 1024 * 1024)) >"$ws_a/data/besar.bin"
random_bytes $((2000 * 512 * 1024)) | split -b 512K -a 4 -d - "$ws_a/data/kecil/f"
cp "$ws_a/data/besar.bin" "$work/luar/besar.bin"
cp "$ws_a/data/kecil/"* "$work/luar/kecil/"
one_gib=$((1024 * 1024 * 1024))
small_total=$((2000 * 512 * 1024))
{
    echo "nip,for,period,file"
    for f in "$ws_a"/data/kecil/f*; do echo "$nip,IKI-1.1,2026-TW1,data/kecil/$(basename "$f")"; done
} >"$ws_a/manifest-dalam.csv"
{
    echo "nip,for,period,file"
    for f in "$work"/luar/kecil/f*; do echo "$nip,IKI-1.1,2026-TW1,kecil/$(basename "$f")"; done
} >"$work/luar/manifest-luar.csv"

out "## (a) Hashing throughput"
out ""
out "| what | files | wall (s) | GB/s | max RSS (MiB) |"
out "| --- | --- | --- | --- | --- |"

# Warm the page cache.
cat "$ws_a/data/besar.bin" "$ws_a"/data/kecil/f* "$work/luar/besar.bin" "$work"/luar/kecil/f* >/dev/null

bench_log "(a) openssl dgst -sha256, 1 GiB"
median_timed "openssl 1 GiB" openssl dgst -sha256 "$ws_a/data/besar.bin"
out "| \`openssl dgst -sha256\` (one process) | 1 × 1 GiB | $WALL | $(gbps $one_gib "$WALL") | $RSS |"

bench_log "(a) skp evidence add (in place: hash only), 1 GiB"
(cd "$ws_a" && "$skp" evidence add data/besar.bin --for IKI-1.1 --period 2026-TW1 --nip "$nip" --force >/dev/null)
median_timed "skp add 1 GiB in place" \
    "$skp" evidence add "$ws_a/data/besar.bin" --for IKI-1.1 --period 2026-TW1 --nip "$nip" --force --workspace "$ws_a"
out "| \`skp evidence add\`, file in the workspace (hash only) | 1 × 1 GiB | $WALL | $(gbps $one_gib "$WALL") | $RSS |"

bench_log "(a) openssl dgst -sha256, 2 000 x 512 KiB"
median_timed "openssl 2000 files" \
    bash -c "cd '$ws_a/data/kecil' && ls | xargs openssl dgst -sha256"
out "| \`openssl dgst -sha256\` (one process) | 2 000 × 512 KiB | $WALL | $(gbps $small_total "$WALL") | $RSS |"
median_timed "openssl 2000 files parallel" \
    bash -c "cd '$ws_a/data/kecil' && ls | xargs -P $(nproc) -n 100 openssl dgst -sha256"
out "| \`openssl dgst -sha256\` (\`xargs -P $(nproc)\`) | 2 000 × 512 KiB | $WALL | $(gbps $small_total "$WALL") | — |"

bench_log "(a) skp evidence add --manifest (in place: hash only), 2 000 x 512 KiB"
(cd "$ws_a" && "$skp" evidence add --manifest manifest-dalam.csv >/dev/null 2>&1)
median_timed "skp add 2000 in place" "$skp" evidence add --manifest "$ws_a/manifest-dalam.csv" --workspace "$ws_a"
out "| \`skp evidence add --manifest\`, files in the workspace (hash only) | 2 000 × 512 KiB | $WALL | $(gbps $small_total "$WALL") | $RSS |"

bench_log "(a) skp evidence add from outside (hash + copy + fsync)"
ws_c="$work/ws-copy"
new_workspace "$ws_c"
sync
run_timed "skp add 1 GiB copy" \
    "$skp" evidence add "$work/luar/besar.bin" --for IKI-1.1 --period 2026-TW1 --nip "$nip" --force --workspace "$ws_c"
out "| \`skp evidence add\`, file outside (hash + copy + fsync), one run | 1 × 1 GiB | $WALL | $(gbps $one_gib "$WALL") | $RSS |"
run_timed "skp add 2000 copy" "$skp" evidence add --manifest "$work/luar/manifest-luar.csv" --workspace "$ws_c"
out "| \`skp evidence add --manifest\`, files outside (hash + copy + fsync), one run | 2 000 × 512 KiB | $WALL | $(gbps $small_total "$WALL") | $RSS |"
"$skp" evidence verify --workspace "$ws_c" >/dev/null 2>&1 || { echo "bench-evidence: verify of (a) failed" >&2; exit 1; }
out ""
rm -rf "$ws_a" "$ws_c" "$work/luar"

# --- (b) 20 000 small files through one manifest -----------------------------------------------
bench_log "(b) generating 20 000 x 8 KiB"
ws_b="$work/ws-b"
new_workspace "$ws_b"
src="$work/sumber"
mkdir -p "$src"
random_bytes $((20000 * 8 * 1024)) | split -b 8K -a 5 -d - "$src/bukti-"
nips=()
for d in "$ws_b"/pegawai/*/; do
    n=$(basename "$d")
    if grep -qs 'id: RHK-1$' "$d"/skp-2026.yaml; then nips+=("$n"); fi
done
[ "${#nips[@]}" -gt 0 ] || { echo "bench-evidence: no SKP with RHK-1 in the example" >&2; exit 1; }
{
    echo "nip,for,period,file,type,date,note"
    i=0
    for f in "$src"/bukti-*; do
        n=${nips[$((i % ${#nips[@]}))]}
        q=$((i % 4 + 1))
        echo "$n,RHK-1,2026-TW$q,$(basename "$f").pdf,dokumen,,bukti nomor $i"
        i=$((i + 1))
    done
} >"$src/manifest.csv"
# Give the files an extension, as real evidence has.
for f in "$src"/bukti-*; do mv "$f" "$f.pdf"; done
files_b=$(ls "$src" | grep -c '\.pdf$')
cat "$src"/*.pdf >/dev/null

bench_log "(b) skp evidence add --manifest, $files_b files"
sync
run_timed "skp add manifest 20000" "$skp" evidence add --manifest "$src/manifest.csv" --workspace "$ws_b"
entries=$(cat "$ws_b"/pegawai/*/*.bukti.yaml | grep -c 'sha256: ')
ledger_bytes=$(cat "$ws_b"/pegawai/*/*.bukti.yaml | wc -c)
out "## (b) \`skp evidence add --manifest\`: $files_b files of 8 KiB, one process"
out ""
out "| files | SKPs | wall (s) | files/s | max RSS (MiB) | entries written | ledger bytes |"
out "| --- | --- | --- | --- | --- | --- | --- |"
out "| $files_b | ${#nips[@]} | $WALL | $(awk -v n="$files_b" -v s="$WALL" 'BEGIN { printf "%.0f", n / s }') | $RSS | $entries | $ledger_bytes |"
out ""
rm -rf "$src"

# --- (c) verify against git status -------------------------------------------------------------
bench_log "(c) committing the tree"
git -C "$ws_b" init -q
git -C "$ws_b" add -A
git -C "$ws_b" -c user.name=bench -c user.email=bench@invalid -c commit.gpgsign=false commit -q -m bench
git -C "$ws_b" status --porcelain >/dev/null
tree_files=$(git -C "$ws_b" ls-files | wc -l)

out "## (c) \`skp evidence verify\` of the $entries entries against \`git status\` ($tree_files files in the tree)"
out ""
out "| what | wall (s) | max RSS (MiB) |"
out "| --- | --- | --- |"
bench_log "(c) verify, no stat cache"
walls=()
rss_max=0
for ((i = 0; i < runs; i++)); do
    rm -rf "$ws_b/.skp/cache"
    run_timed "verify cold" "$skp" evidence verify --workspace "$ws_b"
    walls+=("$WALL")
    if [ "$RSS" -gt "$rss_max" ]; then rss_max=$RSS; fi
done
cold=$(printf '%s\n' "${walls[@]}" | median)
out "| \`skp evidence verify\`, first run (no stat cache: hashes every file) | $cold | $rss_max |"
bench_log "(c) verify, warm stat cache"
run_timed "verify warm-up" "$skp" evidence verify --workspace "$ws_b"
median_timed "verify warm" "$skp" evidence verify --workspace "$ws_b"
out "| \`skp evidence verify\`, second run (stat cache) | $WALL | $RSS |"
median_timed "verify full" "$skp" evidence verify --full --workspace "$ws_b"
out "| \`skp evidence verify --full\` (ignores the cache) | $WALL | $RSS |"
median_timed "git status" git -C "$ws_b" status --porcelain
out "| \`git status --porcelain\` | $WALL | $RSS |"
median_timed "git status untracked=no" git -C "$ws_b" status --porcelain --untracked-files=no
out "| \`git status --porcelain --untracked-files=no\` | $WALL | $RSS |"
# `skp check` exits 1 when it has error findings; only 2 (fatal) is a failure here.
median_timed "skp check" bash -c "'$skp' check '$ws_b' >/dev/null 2>&1; [ \$? -le 1 ]"
out "| \`skp check\` of the workspace (loads the ledgers, verifies with the stat cache) | $WALL | $RSS |"
out ""

out "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')."
cat "$results"
