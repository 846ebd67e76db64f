#!/bin/sh
# inspect.sh: the loader benchmark of issue 9, whole process.
#
# Makes one file of COPIES copies of the jincheng sample (default 40:
# 21 MB) and times `gazette inspect --json FILE` on one core, beside
# iconv reading and writing the same file (a peer that only decodes):
# wall and CPU time and peak memory, as medians of RUNS runs. The two
# commands run in turn (gazette, iconv, gazette, ...) after one warm-up
# each, and the ratio of their wall times is taken pair by pair, so a
# machine whose speed drifts during the runs still gives a fair ratio.
# Usage: bench/inspect.sh [COPIES] [RUNS]
set -eu

copies=${1:-40}
runs=${2:-10}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$repo" && go build -o "$work/gazette" .)
file=$work/jin$copies.txt
i=0
while [ "$i" -lt "$copies" ]; do
	cat "$repo/testdata/gazettes/jincheng-2020-02.txt"
	i=$((i + 1))
done >"$file"
bytes=$(wc -c <"$file")
echo "file: $copies copies of jincheng, $bytes bytes"

# col FILE N: the median of column N of FILE.
col() {
	cut -d' ' -f"$2" "$1" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}

# run LABEL CMD…: one run of CMD on processor 1, its wall, user and
# system seconds and peak memory appended to LABEL.time.
run() {
	label=$1
	shift
	taskset -c 1 /usr/bin/time -f "%e %U %S %M" -a -o "$work/$label.time" "$@" >/dev/null
}

# report LABEL: the median wall and CPU seconds and peak memory of LABEL.
report() {
	label=$1
	awk '{print $1, $2 + $3, $4}' "$work/$label.time" >"$work/$label.cols"
	wall=$(col "$work/$label.cols" 1)
	cpu=$(col "$work/$label.cols" 2)
	kb=$(col "$work/$label.cols" 3)
	awk -v l="$label" -v w="$wall" -v c="$cpu" -v k="$kb" -v b="$bytes" 'BEGIN {
		printf "%-8s %6.3f s wall %6.3f s cpu %6.1f MB/s %5.1f MiB peak\n", l, w, c, b / w / 1e6, k / 1024 }'
}

run warmup "$work/gazette" inspect --json "$file"
run warmup iconv -f UTF-8 -t UTF-8 "$file"
n=0
while [ "$n" -lt "$runs" ]; do
	run gazette "$work/gazette" inspect --json "$file"
	run iconv iconv -f UTF-8 -t UTF-8 "$file"
	n=$((n + 1))
done
report gazette
report iconv
paste -d' ' "$work/gazette.cols" "$work/iconv.cols" | awk '{printf "%.3f\n", $1 / $4}' >"$work/ratio"
echo "ratio    $(col "$work/ratio" 1) gazette/iconv wall, median of pairs"
