#!/bin/sh
# archive.sh: the office-archive benchmark of issue 12.
#
# Makes 1,000 issues (200 copies of the five sample issues, each copy with
# one line of its own so that no two files are alike, about 230 MB) in a
# temporary directory, and measures with /usr/bin/time, whole process:
#   - building the catalogue and index from nothing (gazette index DIR)
#   - updating it after one file changed
#   - indexed search for 秸秆, 市发改委 and "加快构建现代产业体系", printing the
#     first 100 hits (--limit 100), next to grep -rc for the same text
#   - scanning search (--no-index) for the same queries: time and peak memory
# Usage: bench/archive.sh [COPIES]   (COPIES of each sample, default 200)
# Keeps nothing: the directory and the catalogue are removed at the end.
set -eu

copies=${1:-200}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lib=$work/lib
export XDG_CACHE_HOME=$work/cache

echo "building gazette"
(cd "$repo" && go build -o "$work/gazette" .)
gz=$work/gazette

echo "making $copies copies of the five samples in $lib"
"$repo"/bench/mklib.sh "$lib" "$copies"

# measure LABEL CMD…: one line with wall and CPU seconds and peak memory.
measure() {
	label=$1
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
	read -r wall user sys kb <<EOT
$(tail -n 1 "$work/time")
EOT
	printf '%-48s %7.2f s wall %7.2f s cpu %6d MiB peak\n' "$label" "$wall" \
		"$(echo "$user + $sys" | bc)" $((kb / 1024))
}

echo
measure "index from nothing" "$gz" index "$lib"
measure "index again, nothing changed" "$gz" index "$lib"
one=$(find "$lib" -name 'jixi-2022-02-*.txt' | head -n 1)
printf '\n附加一行。\n' >>"$one"
measure "index after one file changed" "$gz" index "$lib"

for q in 秸秆 市发改委 '"加快构建现代产业体系"'; do
	text=$(echo "$q" | tr -d '"')
	echo
	measure "search --limit 100 $q (index)" "$gz" search --limit 100 "$q" "$lib"
	measure "grep -rc $text" grep -rc "$text" "$lib"
	measure "search --no-index $q" "$gz" search --no-index "$q" "$lib"
done
