#!/bin/sh
# mklib.sh: the archive that bench/archive.sh and bench/library.sh measure.
# Writes COPIES copies of each of the five sample issues under LIB, each
# copy with a line of its own so that no two files are alike, in 100
# subdirectories, and prints how many files and bytes that makes.
# Usage: bench/mklib.sh LIB COPIES
set -eu

lib=$1
copies=$2
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$lib"
for f in "$repo"/testdata/gazettes/*.txt; do
	base=$(basename "$f" .txt)
	i=1
	while [ "$i" -le "$copies" ]; do
		d=$lib/$(printf '%03d' $((i % 100)))
		mkdir -p "$d"
		{ cat "$f"; printf '\n本副本编号 %d\n' "$i"; } >"$d/$base-$i.txt"
		i=$((i + 1))
	done
done
echo "$(find "$lib" -name '*.txt' | wc -l) files, $(du -sh "$lib" | cut -f1)"
