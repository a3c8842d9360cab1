#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL cluster for the tests that run against a server.
#
#   tests/server/test-cluster.sh start DIR PORT   # initdb in DIR (made if missing), start on 127.0.0.1:PORT
#   tests/server/test-cluster.sh stop DIR         # stop it and remove DIR
#
# PostgreSQL refuses to run as root: under root the cluster belongs to `nobody`. Connections over
# 127.0.0.1 need a password (scram-sha-256), as on a county's server; the superuser the tests
# connect as is `cc_test`, its password in DIR/pgpass, the address in DIR/address. The tests find
# both through CC_TEST_CLUSTER=DIR.
set -eu

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/pg_ctl" ] && bindir="$candidate"
done
[ -n "$bindir" ] || { echo "test-cluster: PostgreSQL is not installed (apt install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    dir=$2
    port=$3
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown nobody "$dir"
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$dir/superuser-password"
    printf '127.0.0.1:%s:*:cc_test:%s\n' "$port" "$password" >"$dir/pgpass"
    chmod 600 "$dir/pgpass" "$dir/superuser-password"
    [ "$(id -u)" = 0 ] && chown nobody "$dir/superuser-password"
    as_owner "$bindir/initdb" -D "$dir/data" -U cc_test --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$dir/superuser-password" --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    printf 'postgresql://cc_test@127.0.0.1:%s/postgres\n' "$port" >"$dir/address"
    echo "test-cluster: PostgreSQL on 127.0.0.1:$port ($dir)"
    ;;
stop)
    dir=$2
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" stop -m fast -w >/dev/null 2>&1 \
            || as_owner "$bindir/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
