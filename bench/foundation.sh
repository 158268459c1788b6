#!/usr/bin/env bash
# Benchmark of the foundation (not a test): idle resident memory of `lotse serve` and requests per second
# for the home page, with wrk from Debian's packages on loopback. Bounded: one 15-second wrk run.
#
#   bench/foundation.sh            # release build, SQLite in a temporary folder
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --release --locked -p lotse 2>&1 | tail -1
dir=$(mktemp -d /tmp/lotse-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
LOTSE_LOG=warn target/release/lotse serve --data-dir "$dir" --listen "127.0.0.1:$port" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "http://127.0.0.1:$port/" >/dev/null
sleep 2
idle_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "idle RSS after start and one page view: $((idle_kb / 1024)) MB ($idle_kb kB)"
wrk -t2 -c32 -d15s "http://127.0.0.1:$port/" | tee "$dir/wrk.txt"
busy_kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
echo "peak RSS during the load: $((busy_kb / 1024)) MB"
sleep 3
after_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "RSS 3 s after the load: $((after_kb / 1024)) MB"
echo "home page: $(awk '/Requests\/sec/ {print $2}' "$dir/wrk.txt") requests/s (wrk -t2 -c32 -d15s, 2 cores shared with the server)"
