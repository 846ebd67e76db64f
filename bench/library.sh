#!/bin/sh
# library.sh: the interface on an office archive (issue 12, "the library
# of thousands").
#
# Makes 1,000 issues as bench/archive.sh does (200 copies of the five
# samples, each with a line of its own), builds the catalogue, then runs
# the interface in tmux under /usr/bin/time -v and measures:
#   - the first frame with every issue listed: from the start of the
#     process until the status line counts them all (polled every 10 ms,
#     so a little more than the truth);
#   - peak memory after opening ten issues (enter, esc, next line).
# Usage: bench/library.sh [COPIES]   (COPIES of each sample, default 200)
# Keeps nothing: the directory, the catalogue and the tmux session go.
set -eu

copies=${1:-200}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
session=gazette-bench-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
lib=$work/lib
export XDG_CACHE_HOME=$work/cache XDG_STATE_HOME=$work/state

(cd "$repo" && go build -o "$work/gazette" .)
gz=$work/gazette
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
n=$(find "$lib" -name '*.txt' | wc -l)
echo "$n files, $(du -sh "$lib" | cut -f1)"
"$gz" index "$lib"

now() { date +%s%N; }
# screen: the pane's text.
screen() { tmux capture-pane -p -t "$session"; }
# waitfor TEXT: polls the pane until it shows TEXT (at most 30 s).
waitfor() {
	k=0
	until screen | grep -q "$1"; do
		k=$((k + 1))
		[ "$k" -lt 3000 ] || { echo "timed out waiting for $1"; screen; exit 1; }
		sleep 0.01
	done
}

start=$(now)
tmux new-session -d -s "$session" -x 100 -y 30 \
	"env LANG=C.UTF-8 /usr/bin/time -v -o $work/time $gz --lang en $lib"
waitfor "$n issues"
echo "first frame with $n issues listed: $((($(now) - start) / 1000000)) ms"
i=0
while [ "$i" -lt 10 ]; do
	tmux send-keys -t "$session" Enter
	waitfor "› contents"
	tmux send-keys -t "$session" Escape
	waitfor "$n issues"
	tmux send-keys -t "$session" j
	i=$((i + 1))
done
tmux send-keys -t "$session" q
k=0
until [ -s "$work/time" ] || [ "$k" -ge 500 ]; do sleep 0.01; k=$((k + 1)); done
sleep 0.1
echo "peak memory after opening ten issues: $(($(awk '/Maximum resident/ {print $NF}' "$work/time") / 1024)) MiB"
