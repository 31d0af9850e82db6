#!/bin/sh
# Times Python's json.load over every deal and review file of DIR, then the real binary's first
# board frame (debrief snapshot) on the same files: once without a record index, once with it.
# Usage: Benchmarks/compare-python.sh DIR   (build first: swift build -c release)
set -eu
dir=${1:?usage: compare-python.sh DATA_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
debrief=${DEBRIEF:-$here/.build/release/debrief}
export DEBRIEF_TODAY=${DEBRIEF_TODAY:-2026-11-28}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== Python json.load over $dir/deals and $dir/reviews"
/usr/bin/time -f "   %e s wall, %U s user, %S s sys, %M KB peak" python3 - "$dir" <<'PY'
import json, os, sys
root = sys.argv[1]
count = 0
for folder in ("deals", "reviews"):
    path = os.path.join(root, folder)
    for name in os.listdir(path):
        if name.endswith(".json") and not name.startswith("."):
            with open(os.path.join(path, name), "rb") as f:
                json.load(f)
            count += 1
print(f"   {count} files")
PY
for run in "first run (no record index)" "second run (record index present)"; do
    echo "== debrief snapshot --view board --size 120x40, $run"
    XDG_CACHE_HOME=$cache /usr/bin/time -f "   %e s wall, %U s user, %S s sys, %M KB peak" \
        "$debrief" snapshot --data-dir "$dir" --view board --size 120x40 >/dev/null
done
