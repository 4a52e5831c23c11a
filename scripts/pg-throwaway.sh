#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and the bench, in a temp folder, on a free port of
# 127.0.0.1 only, with trust auth (nothing else can reach it), owned by the `postgres` user when
# run as root (initdb refuses root).
#   scripts/pg-throwaway.sh start [--durable]   → prints `DATABASE_URL=postgres://… PGDIR=/tmp/…`
#     (tests run with fsync off; --durable keeps PostgreSQL's default fsync, for the bench)
#   scripts/pg-throwaway.sh stop DIR
set -euo pipefail

bin=""
for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && bin="$dir"; done
if [ -z "$bin" ] && command -v initdb >/dev/null; then bin="$(dirname "$(command -v initdb)")"; fi
[ -n "$bin" ] || { echo "pg-throwaway: no initdb found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    fsync="off"
    [ "${2:-}" = "--durable" ] && fsync="on"
    dir="$(mktemp -d /tmp/peilian-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=$fsync -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres PGDIR=$dir"
    ;;
  stop)
    dir="${2:?usage: pg-throwaway.sh stop DIR}"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/pg-throwaway.sh start | stop DIR" >&2
    exit 2
    ;;
esac
