#!/usr/bin/env bash
# Chat benchmark (not a test): 1,000 WebSocket connections to the release server on SQLite, 100 active
# conversations; prints memory per idle connection, delivery latency p50/p99 at 2,000 messages/s, and durable
# send throughput (acknowledged = committed) under a pipelined burst. See crates/lotse/benches/chat.rs.
#
#   bench/chat.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n 20000 2>/dev/null || true
echo "machine: $(nproc) CPUs, $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
cargo bench -p lotse --bench chat
