# Shared by the benchmark scripts (sourced, not run): their requirements, the release build, the
# work folder, and reading GNU time's report. Not a benchmark itself; not run in CI.
#
# After `bench_setup NAME TOOL…`:
#   repo            the repository root
#   skp             the release binary (honours CARGO_TARGET_DIR)
#   work            SKP_BENCH_DIR when set (created, and kept), else a fresh temporary folder
#                   removed at exit unless KEEP=1
#   have_hyperfine  1 when hyperfine is installed (optional), else 0

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bench_log() { echo "$bench_name: $*" >&2; }

# bench_setup NAME TOOL… : checks the TOOLs and GNU time, builds, makes the work folder.
bench_setup() {
    bench_name="$1"
    shift
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { bench_log "$tool is required"; exit 2; }
    done
    if [ ! -x /usr/bin/time ]; then
        bench_log "/usr/bin/time (GNU time) is required: apt-get install time"
        exit 2
    fi
    have_hyperfine=0
    if command -v hyperfine >/dev/null; then
        have_hyperfine=1
    fi

    bench_log "cargo build --release"
    (cd "$repo" && cargo build --release --quiet)
    local target_dir
    target_dir="$(cd "$repo" && cargo metadata --format-version 1 --no-deps \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
    skp="$target_dir/release/skp"

    if [ -n "${SKP_BENCH_DIR:-}" ]; then
        work="$SKP_BENCH_DIR"
        mkdir -p "$work"
    else
        work="$(mktemp -d "${TMPDIR:-/tmp}/skp-$bench_name.XXXXXX")"
    fi
    trap bench_cleanup EXIT
}

bench_cleanup() {
    if [ "${KEEP:-0}" = 1 ] || [ -n "${SKP_BENCH_DIR:-}" ]; then
        bench_log "kept $work"
    else
        rm -rf "$work"
    fi
}

# Seconds from GNU time's "Elapsed (wall clock) time" ([h:]mm:ss.cc) in report FILE.
wall_seconds() {
    awk '/Elapsed \(wall clock\) time/ { print $NF }' "$1" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f\n", s }'
}

# User + system CPU seconds in report FILE: less sensitive than wall time to other load.
cpu_seconds() {
    awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.3f\n", s }' "$1"
}

# Maximum resident set size (KiB) in report FILE.
rss_kb() {
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"
}

# The median of the numbers on stdin, one a line.
median() {
    sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# SECONDS as whole milliseconds; GNU time has a 10 ms resolution, so less reads "< 10 ms".
ms_label() {
    awk -v s="$1" 'BEGIN { ms = s * 1000; if (ms < 10) print "< 10 ms"; else printf "%.0f ms", ms }'
}

# "mean ± σ ms" from hyperfine's --export-json FILE, or "–" when there is none.
hyperfine_mean() {
    python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
mean, sd = r["mean"] * 1000, (r["stddev"] or 0) * 1000
print(f"{mean:.0f} ± {sd:.0f} ms")' "$1" 2>/dev/null || echo "–"
}

# The checked-out commit, "+dirty" when tracked files have changes.
bench_commit() {
    local commit
    commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "no git")"
    if [ "$commit" != "no git" ] \
        && [ -n "$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
        commit="$commit+dirty"
    fi
    echo "$commit"
}
