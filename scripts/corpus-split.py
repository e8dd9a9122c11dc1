#!/usr/bin/env python3
"""Merge the labelled corpus parts and split them by source document into a development part
and a test part (tests/data/smart-corpus-2/{dev,test}.csv).

The split is by `sumber` (the document), never by item, so that no document contributes to
both parts: a rule tuned on one table of an agency is not scored on the rest of that table.
A source goes to the test part when the first byte of SHA-256("skp-corpus-v2:" + sumber) is
below 102 (about 40 %). The old corpus (tests/data/smart-corpus) shaped the first rules and is
development data only. Run from the repository root; the output is deterministic.
"""
import csv
import glob
import hashlib
import os
import sys

HEADER = ["id", "level", "indikator", "konteks", "target", "satuan", "jenis_jabatan", "label",
          "alasan", "dokumen", "instansi", "wilayah", "tahun", "sumber"]
LEVELS = {"iki", "iku", "rhk"}
CODES = {"normatif", "tanpa_ukuran", "aktivitas", "verba_aktivitas", "samar", "mutlak", "target",
         "satuan", "ulang_rhk", "polaritas", "tidak_relevan"}
BASE = "tests/data/smart-corpus-2"


def in_test(sumber: str) -> bool:
    return hashlib.sha256(("skp-corpus-v2:" + sumber).encode()).digest()[0] < 102


def read(path, old=False):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if old:
                row = {**row, "dokumen": "", "instansi": "", "wilayah": "", "tahun": ""}
            yield row


def valid(row):
    if row.get("level") not in LEVELS or row.get("label") not in {"smart", "tidak"}:
        return False
    codes = [c for c in (row.get("alasan") or "").split("+") if c]
    if row["label"] == "smart":
        return not codes
    return bool(codes) and all(c in CODES for c in codes)


def main():
    dev, test, seen, dropped = [], [], set(), 0
    for row in read("tests/data/smart-corpus/indikator.csv", old=True):
        key = row["indikator"].strip().lower()
        if valid(row) and key not in seen:
            seen.add(key)
            dev.append(row)
    for part in sorted(glob.glob(f"{BASE}/parts/*.csv")):
        for row in read(part):
            key = row["indikator"].strip().lower()
            if not valid(row) or key in seen:
                dropped += 1
                continue
            seen.add(key)
            (test if in_test(row["sumber"]) else dev).append(row)
    for name, rows in (("dev", dev), ("test", test)):
        with open(f"{BASE}/{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=HEADER, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    # Counts only: the test part's items are not printed.
    print(f"dev {len(dev)} items, test {len(test)} items, dropped {dropped} (invalid or duplicate)",
          file=sys.stderr)


if __name__ == "__main__":
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    main()
