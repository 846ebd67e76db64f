#!/bin/sh
# library.sh: the interface on an office archive (issue 12, "the library
# of thousands").
#
# Makes 1,000 issues as bench/archive.sh does (200 copies of the five
# samples, each with a line of its own), builds the catalogue, then runs
# the interface in tmux under /usr/bin/time -v, as a reader would, and
# measures from outside (the program is not told it is measured):
#   - the first frame with every issue listed from the catalogue: from
#     the start of the process until the pane shows the status line
#     counting them all and no row still "loading…" (the pane is polled
#     every 10 ms, so a little more than the truth), and the process's CPU
#     time (user+sys, /proc/PID/stat) at that moment;
#   - the same when one file changed since the catalogue was built: the
#     list must not wait for the sync, which indexes it in the background;
#   - gazette's CPU time once the sync is done (no longer growing);
#   - peak memory (RSS) after opening ten issues (enter, esc, next line);
#   - the floor of the method: the same polling on a shell that prints
#     the status line at once.
# Quote the load average printed with the figures: on a loaded machine
# the wall times grow, the CPU times hardly.
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
"$repo"/bench/mklib.sh "$lib" "$copies"
n=$(find "$lib" -name '*.txt' | wc -l)
/usr/bin/time -f "catalogue built in %e s wall, %U+%S s CPU" "$gz" index "$lib" >/dev/null

tick=$(getconf CLK_TCK)
now() { date +%s%N; }
# screen: the pane's text.
screen() { tmux capture-pane -p -t "$session"; }
# listed: the pane shows every issue listed, none still loading.
listed() { screen | grep -q "$n issues" && ! screen | grep -q "loading…"; }
# waitfor TEXT: polls the pane until it shows TEXT (at most 30 s).
waitfor() {
	k=0
	until screen | grep -q "$1"; do
		k=$((k + 1))
		[ "$k" -lt 3000 ] || { echo "timed out waiting for $1"; screen; exit 1; }
		sleep 0.01
	done
}
# cpu: the CPU time of gazette in the pane (below /usr/bin/time),
# user+sys in ms.
cpu() {
	p=$(tmux display-message -p -t "$session" '#{pane_pid}')
	while [ "$(cat "/proc/$p/comm")" != gazette ]; do
		p=$(cut -d' ' -f1 "/proc/$p/task/$p/children")
	done
	awk -v tick="$tick" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$p/stat"
}
# start CMD: runs CMD in a new pane of 100x30 and records when.
start() {
	rm -f "$work/time"
	started=$(now)
	tmux new-session -d -s "$session" -x 100 -y 30 "$1"
}
# untillisted: waits until every issue is listed (at most 30 s).
untillisted() {
	k=0
	until listed; do
		k=$((k + 1))
		[ "$k" -lt 3000 ] || { echo "timed out waiting for the list"; screen; exit 1; }
		sleep 0.01
	done
}
# firstframe LABEL: waits until every issue is listed, then prints the
# time since start and gazette's CPU time so far.
firstframe() {
	untillisted
	echo "$1: $((($(now) - started) / 1000000)) ms, $(cpu) ms CPU"
}
# quit: q, then waits for /usr/bin/time's report.
quit() {
	tmux send-keys -t "$session" q
	k=0
	until [ -s "$work/time" ] || [ "$k" -ge 500 ]; do sleep 0.01; k=$((k + 1)); done
	sleep 0.1
	tmux kill-session -t "$session" 2>/dev/null || true
}
# settled LABEL: waits until gazette's CPU time stops growing (the sync
# done), then prints it.
settled() {
	a=-1 b=$(cpu) k=0
	while [ "$a" != "$b" ] && [ "$k" -lt 150 ]; do
		sleep 0.2
		a=$b b=$(cpu) k=$((k + 1))
	done
	echo "$1: $b ms CPU"
}
report() {
	awk '/User time/ {u=$NF} /System time/ {s=$NF} /Maximum resident/ {m=$NF}
		END {printf "whole run: %.2f s CPU, peak memory %d MiB\n", u+s, m/1024}' "$work/time"
}
run="env LANG=C.UTF-8 /usr/bin/time -v -o $work/time $gz --lang en $lib"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
start "printf '%s\\n' '$n issues'; sleep 30"
untillisted
echo "floor (a shell printing the status line): $((($(now) - started) / 1000000)) ms"
tmux kill-session -t "$session"

start "$run"
firstframe "first frame with $n issues listed"
settled "once the sync found nothing to do"
quit
report

one=$(find "$lib" -name 'jixi-2022-02-1.txt')
printf '\n附加一行。\n' >>"$one"
start "$run"
firstframe "first frame, one file changed"
settled "once the sync indexed it"
quit

start "$run"
firstframe "first frame before opening ten issues"
i=0
while [ "$i" -lt 10 ]; do
	tmux send-keys -t "$session" Enter
	waitfor "› contents"
	tmux send-keys -t "$session" Escape
	waitfor "$n issues"
	tmux send-keys -t "$session" j
	i=$((i + 1))
done
quit
report
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
