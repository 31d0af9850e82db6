#!/usr/bin/env bash
# A million-row import and the board's first frame after it (issue 21 item 12), measured with
# /usr/bin/time -v on a release build: wall time, CPU time and peak memory of each step, with the
# load average before and after, since the development machine is shared.
#
# usage: Benchmarks/import-million.sh WORK [ROWS] [DEBRIEF]
#   WORK     a scratch folder: the CSV is made there once (scripts/generate-crm-csv.py), the data
#            directory and the index cache are made afresh on every run
#   ROWS     rows in the CSV (default 1000000)
#   DEBRIEF  the binary to measure (default .build/release/debrief; build it with
#            swift build -c release --product debrief)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${1:?usage: import-million.sh WORK [ROWS] [DEBRIEF]}
rows=${2:-1000000}
debrief=${3:-$here/.build/release/debrief}
mkdir -p "$work"
csv="$work/crm-$rows.csv"
[ -f "$csv" ] || python3 "$here/scripts/generate-crm-csv.py" "$rows" "$csv"
data="$work/data-$rows" cache="$work/cache-$rows"
rm -rf "$data" "$cache"
mkdir -p "$cache"

measure() {
    local what=$1; shift
    echo "== $what"
    echo "   load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    XDG_CACHE_HOME="$cache" /usr/bin/time -v "$@" > "$work/last.out" 2> "$work/last.time" || { cat "$work/last.time"; exit 1; }
    grep -E "Elapsed|User time|System time|Maximum resident" "$work/last.time" | sed 's/^\s*/   /'
    echo "   load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $debrief"
ls -l "$csv" | awk '{print "CSV: " $5 " bytes"}'
measure "import $rows rows into an empty data directory" "$debrief" --data-dir "$data" import "$csv"
tail -n +1 "$work/last.out" | head -3 | sed 's/^/   /'
measure "first board frame, no index (reads every deal file, writes the index)" "$debrief" --data-dir "$data" snapshot --size 120x40
measure "first board frame, index warm" "$debrief" --data-dir "$data" snapshot --size 120x40
[ "${SKIP_REIMPORT:-}" = 1 ] && exit 0
measure "re-import the same file (every deal unchanged)" "$debrief" --data-dir "$data" import "$csv"
tail -n +1 "$work/last.out" | head -3 | sed 's/^/   /'
