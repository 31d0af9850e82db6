#!/bin/bash
# Times each debrief command against a yardstick on the same files, in pairs, with the load average
# printed beside every pair (the development machine has 2 shared cores; a figure without its load
# means little). Issue 18's table in the README comes from this script.
#
#   no-op `debrief sync`                       vs  `git fetch && git status` in the same clone
#   `debrief sync` pulling 100 deals+20 reviews vs  `git pull` of the same commits in a plain clone
#   `debrief check`, `deals --json`, `reviews --json`, `show ID`, `stats --json`,
#   `export deals|reviews --format json`        vs  Python's json.load of every deal and review file
#
# Usage: Benchmarks/compare-commands.sh WORK [DEALS REVIEWS]   (default 10000 2000)
# WORK is made on first use (demo data, a bare remote, two debrief clones and a plain git clone) and
# reused after, so later runs measure only. Build first: swift build -c release.
# Environment: DEBRIEF (the binary), RUNS (timed runs per command, default 3), ONLY (a word: run only
# the pairs whose label contains it).
set -euo pipefail
work=${1:?usage: compare-commands.sh WORK [DEALS REVIEWS]}
deals=${2:-10000}
reviews=${3:-2000}
here=$(cd "$(dirname "$0")/.." && pwd)
debrief=${DEBRIEF:-$here/.build/release/debrief}
runs=${RUNS:-3}
only=${ONLY:-}
export DEBRIEF_TODAY=${DEBRIEF_TODAY:-2026-11-28}
export XDG_CACHE_HOME=$work/cache XDG_STATE_HOME=$work/state
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
a=$work/a        # the clone whose sync is measured
b=$work/b        # the teammate who pushes changes
plain=$work/plain  # a plain git clone kept at a's commit, for `git pull`

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Runs "$@" RUNS times; prints the best wall time, the CPU (user+sys) of that run and the peak memory.
# The result goes to the variables best_wall, best_cpu and best_kb.
measure() {
    local out wall cpu kb
    out=$(mktemp)
    best_wall=999999; best_cpu=0; best_kb=0
    "$@" >/dev/null 2>&1 || true   # once untimed: both sides of a pair find the files in the page cache
    for _ in $(seq "$runs"); do
        /usr/bin/time -o "$out" -f "%e %U %S %M" "$@" >/dev/null 2>&1 || true
        read -r wall user sys kb < <(tail -1 "$out")
        cpu=$(echo "$user + $sys" | bc)
        if (( $(echo "$wall < $best_wall" | bc) )); then best_wall=$wall; best_cpu=$cpu; best_kb=$kb; fi
    done
    rm -f "$out"
}

# pair LABEL -- DEBRIEF-COMMAND... -- YARDSTICK-COMMAND...
pair() {
    local label=$1; shift; shift
    local mine=() yard=()
    while [[ $1 != -- ]]; do mine+=("$1"); shift; done; shift
    yard=("$@")
    [[ -z $only || $label == *"$only"* ]] || return 0
    local before; before=$(load)
    measure "${mine[@]}"; local mw=$best_wall mc=$best_cpu mk=$best_kb
    measure "${yard[@]}"; local yw=$best_wall yc=$best_cpu yk=$best_kb
    local ratio; ratio=$(echo "scale=2; $mw / ($yw + 0.0001)" | bc)
    printf '%-44s %6.2f s wall %6.2f s CPU %7d KB | yardstick %6.2f s wall %6.2f s CPU %7d KB | %5s× | load %s → %s\n' \
        "$label" "$mw" "$mc" "$mk" "$yw" "$yc" "$yk" "$ratio" "$before" "$(load)"
}

python_load_all() {
    python3 - "$1" <<'PY'
import json, os, sys
root = sys.argv[1]
for folder in ("deals", "reviews"):
    path = os.path.join(root, folder)
    for name in os.listdir(path):
        if name.endswith(".json") and not name.startswith("."):
            with open(os.path.join(path, name), "rb") as f:
                json.load(f)
PY
}
export -f python_load_all

# Changes COUNT files of FOLDER in DIR (a field each, rewritten in the record form), round ROUND.
edit_records() {
    python3 - "$@" <<'PY'
import json, os, sys
root, folder, count, round_ = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
names = sorted(n for n in os.listdir(os.path.join(root, folder)) if n.endswith(".json"))
for name in names[:count]:
    path = os.path.join(root, folder, name)
    with open(path, encoding="utf-8") as f:
        record = json.load(f)
    key = "name" if folder == "deals" else "summary"
    record[key] = record.get(key, "").split(" ·round")[0] + " ·round " + round_
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False, separators=(",", " : ")) + "\n")
PY
}

setup() {
    [[ -d $work/remote.git ]] && return 0
    mkdir -p "$work"
    echo "setting up $work: $deals deals, $reviews reviews"
    "$debrief" demo --dir "$a" --deals "$deals" --reviews "$reviews" --as-of "$DEBRIEF_TODAY" >/dev/null
    git init --quiet --bare "$work/remote.git"
    "$debrief" init --git "$work/remote.git" --dir "$a" >/dev/null
    "$debrief" sync --data-dir "$a" >/dev/null
    "$debrief" init --git "$work/remote.git" --dir "$b" >/dev/null
    git clone --quiet "$work/remote.git" "$plain"
}

setup
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; data: $(ls "$a/deals" | wc -l) deals, $(ls "$a/reviews" | wc -l) reviews; $runs runs each, best shown"
echo "binary: $debrief"
"$debrief" sync --data-dir "$a" >/dev/null   # a and the remote agree
git -C "$plain" pull --quiet

pair "no-op sync" -- "$debrief" sync --data-dir "$a" -- sh -c "cd '$a' && git fetch --quiet && git status --porcelain >/dev/null"

if [[ -z $only || "sync pulling" == *"$only"* ]]; then
    before=$(load)
    pulls=(); gits=()
    for round in $(seq "$runs"); do
        edit_records "$b" deals 100 "$$-$round"
        edit_records "$b" reviews 20 "$$-$round"
        "$debrief" sync --data-dir "$b" >/dev/null
        /usr/bin/time -o "$work/t" -f "%e %U %S %M" "$debrief" sync --data-dir "$a" >/dev/null
        pulls+=("$(tail -1 "$work/t")")
        /usr/bin/time -o "$work/t" -f "%e %U %S %M" git -C "$plain" pull --quiet
        gits+=("$(tail -1 "$work/t")")
    done
    printf 'sync pulling 100 deals + 20 reviews (wall user sys KB per run): debrief %s | git pull %s | load %s → %s\n' \
        "$(IFS=,; echo "${pulls[*]}")" "$(IFS=,; echo "${gits[*]}")" "$before" "$(load)"
fi

id=$(ls "$a/deals" | sort | sed -n 1p); id=${id%.json}
"$debrief" deals --data-dir "$a" >/dev/null   # the record index is warm, as after any earlier command
pair "check"              -- "$debrief" check --data-dir "$a"                 -- bash -c "python_load_all '$a'"
pair "deals --json"       -- "$debrief" deals --json --data-dir "$a"          -- bash -c "python_load_all '$a'"
pair "reviews --json"     -- "$debrief" reviews --json --data-dir "$a"        -- bash -c "python_load_all '$a'"
pair "show DEAL"          -- "$debrief" show "$id" --data-dir "$a"            -- bash -c "python_load_all '$a'"
pair "stats --json"       -- "$debrief" stats --json --data-dir "$a"          -- bash -c "python_load_all '$a'"
pair "export deals --format json"   -- "$debrief" export deals --format json --data-dir "$a"   -- bash -c "python_load_all '$a'"
pair "export reviews --format json" -- "$debrief" export reviews --format json --data-dir "$a" -- bash -c "python_load_all '$a'"
pair "export deals (csv)" -- "$debrief" export deals --data-dir "$a"          -- bash -c "python_load_all '$a'"
