#!/usr/bin/env bash
# Times `skp import` of a generated agency: N employees × 8 indicators (default 5 000 × 8 =
# 40 000 rows), as CSV and as xlsx (made by `skp export --xlsx` from the first import), and the
# re-import that finds nothing to change. Prints wall time and peak memory of each run.
# Usage: scripts/bench-import.sh [EMPLOYEES]   (documented in docs/benchmarks.md#import)
set -euo pipefail
N="${1:-5000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
SKP="$ROOT/target/release/skp"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 - "$N" "$WORK/agency.csv" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
cols = "nip;nama;jabatan;jenis_jabatan;jenjang;unit_kerja;tahun;penilai_nip;penilai_nama;penilai_jabatan;rhk_id;jenis_rhk;rhk;intervensi;acuan;iki_id;aspek;perspektif;indikator;target;satuan;polaritas;target_tw1;target_tw2;target_tw3;target_tw4;bukti_rencana"
def nip(i):  # born 1970-01-01 + i days mod, appointed 2000-01, sequence
    return f"19{70 + i % 30:02d}{1 + i % 12:02d}{1 + i % 28:02d}2000{1 + i % 12:02d}1{i % 999 + 1:03d}"
with open(out, "w", encoding="utf-8") as f:
    f.write(cols + "\n")
    for i in range(n):
        for r in range(4):
            for k in range(2):
                aspek = ["kuantitas", "kualitas"][k]
                ind = ["Jumlah dokumen layanan yang diselesaikan", "Persentase dokumen layanan yang diterima tanpa revisi"][k]
                target = ["12 dokumen", "90 %"][k]
                f.write(";".join([nip(i), f"Pegawai {i}", "Analis Kebijakan", "fungsional", "ahli_pertama",
                    f"Bidang {i % 40}", "2026", "197808142003122002", "Kepala Bidang", "Kepala Bidang",
                    f"RHK-{r+1}", "utama", f"Tersusunnya dokumen layanan ke-{r+1} unit {i % 40}", f"RHK-{r+1}", "",
                    f"IKI-{r+1}.{k+1}", aspek, "", ind, target, "", "", "3" if k == 0 else "", "6" if k == 0 else "",
                    "9" if k == 0 else "", "12" if k == 0 else "", "daftar dokumen; tanda terima"]) + "\n")
PY
ROWS=$(($(wc -l < "$WORK/agency.csv") - 1))
run() {  # label, then the command
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" > /dev/null 2> "$WORK/err" || { cat "$WORK/err"; exit 1; }
  read -r secs kb < "$WORK/t"
  printf '%-34s %8.2f s %8.0f MB\n' "$label" "$secs" "$((kb / 1024))"
}
mkdir "$WORK/ws" && touch "$WORK/ws/skp.toml" && cd "$WORK/ws"
echo "skp import: $N employees, $ROWS indicator rows ($(du -h "$WORK/agency.csv" | cut -f1) CSV)"
run "import csv (create)" "$SKP" import "$WORK/agency.csv"
run "import csv again (unchanged)" "$SKP" import "$WORK/agency.csv"
run "export --xlsx" "$SKP" export --xlsx "$WORK/agency.xlsx" --force
rm -rf "$WORK/ws/pegawai"
run "import xlsx (create)" "$SKP" import "$WORK/agency.xlsx"
run "check (imported workspace)" "$SKP" check --select F
