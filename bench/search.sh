#!/usr/bin/env bash
# Benchmark of the search (not a test): latency of the tantivy index against PostgreSQL full-text search
# (tsvector + GIN) over the same synthetic 10,000 German articles and 2,000 queries, one query at a time.
# Starts a throwaway PostgreSQL server on a loopback port (scripts/pg-throwaway.sh, as scripts/test.sh does) and
# stops it at exit. See crates/lotse-search/benches/search.rs.
#
#   bench/search.sh                # cargo bench (release profile)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) CPUs, $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"

pg_dir=$(mktemp -d /tmp/lotse-pg.XXXXXX)
trap 'scripts/pg-throwaway.sh stop "$pg_dir" >/dev/null 2>&1' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
LOTSE_BENCH_DATABASE_URL=$(scripts/pg-throwaway.sh start "$pg_dir" "$port") || { cat "$pg_dir"/*.log >&2; exit 1; }
export LOTSE_BENCH_DATABASE_URL
echo "throwaway PostgreSQL: $LOTSE_BENCH_DATABASE_URL"

cargo bench -p lotse-search --bench search
