#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a loopback port in a temporary folder and prints its URL.
# Usage: scripts/pg-throwaway.sh start DIR PORT   |   scripts/pg-throwaway.sh stop DIR
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?folder}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "'$bindir/initdb' -D '$dir/data' -A trust -U lotse -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start >/dev/null"
    as_owner "'$bindir/createdb' -h 127.0.0.1 -p $port -U lotse lotse_test"
    echo "postgres://lotse@127.0.0.1:$port/lotse_test"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    rm -rf "$dir"
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
