#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 and print its URL on stdout.
#
#   export DATELINE_TEST_PG="$(bash .ci/postgres.sh)"
#
# The cluster lives in a temporary folder (printed on stderr, with the command that stops it).
# Needs the Debian postgresql package (apt-get install -y postgresql); runs initdb as the
# `postgres` user when called as root. Trust authentication, local connections only.
set -euo pipefail

bindir="${PG_BINDIR:-}"
if [[ -z "$bindir" ]]; then
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "postgres.sh: no PostgreSQL binaries found (apt-get install -y postgresql)" >&2
  exit 1
fi

as_owner=()
if [[ "$(id -u)" == "0" ]]; then
  as_owner=(runuser -u postgres --)
fi

root="$(mktemp -d /tmp/dateline-pg.XXXXXX)"
chmod 755 "$root"
datadir="$root/data"
mkdir -p "$datadir"
if [[ "$(id -u)" == "0" ]]; then chown -R postgres:postgres "$root"; fi

port="${PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}"

"${as_owner[@]}" "$bindir/initdb" -D "$datadir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
  || { cat "$root/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$datadir" -l "$root/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $root -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$root/server.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres dateline

echo "postgres.sh: cluster in $root; stop with: ${as_owner[*]} $bindir/pg_ctl -D $datadir stop" >&2
echo "postgresql://postgres@127.0.0.1:$port/dateline"
