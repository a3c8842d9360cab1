#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a county office server for CommunityCheck on Debian 12 or Ubuntu 24.04 (docs/server.md).
#
#   sudo installer/server-setup.sh DATABASE ADMIN_USER [--listen ADDRESS] [--network CIDR]
#
# Installs PostgreSQL if needed, creates the login role ADMIN_USER (CREATEROLE, not a superuser)
# with a random password, creates DATABASE owned by it, optionally lets the office network in
# (--listen sets listen_addresses, --network adds a pg_hba.conf line), and installs a nightly
# pg_dump backup kept for 30 days. Running it again changes nothing that is already right.
#
# It works on Debian's cluster "main"; PGCLUSTER=VERSION/NAME (Debian's own variable) picks another.
set -eu

prog=server-setup.sh
invocation="$0 $*"
backup_dir=/var/backups/communitycheck

usage() {
    cat <<EOF
Usage: sudo $0 DATABASE ADMIN_USER [--listen ADDRESS] [--network CIDR]

  DATABASE        the county's database, e.g. county_db
  ADMIN_USER      the app's first administrator (a PostgreSQL login role), e.g. cc_admin
                  (both: lowercase letters, digits and _, starting with a letter)
  --listen ADDRESS  where PostgreSQL listens: this machine's address on the office network
                  (e.g. 192.168.1.10), several separated by commas, or * for all
  --network CIDR  the office network allowed to connect, e.g. 192.168.1.0/24

Example:
  sudo $0 county_db cc_admin --listen '*' --network 192.168.1.0/24
EOF
}

die() {
    printf '%s: error: %s\n' "$prog" "$*" >&2
    exit 1
}

usage_error() {
    printf '%s: %s\n\n' "$prog" "$*" >&2
    usage >&2
    exit 2
}

say() {
    printf '%s\n' "$*"
}

changes=0
changed() {
    changes=$((changes + 1))
    say "  $*"
}

# --- arguments -----------------------------------------------------------------------------------

database=""
admin=""
listen=""
network=""
while [ $# -gt 0 ]; do
    case $1 in
    -h | --help)
        usage
        exit 0
        ;;
    --listen | --network)
        if [ $# -lt 2 ] || [ -z "$2" ]; then usage_error "$1 needs a value"; fi
        if [ "$1" = --listen ]; then listen=$2; else network=$2; fi
        shift 2
        ;;
    --listen=*)
        listen=${1#--listen=}
        shift
        ;;
    --network=*)
        network=${1#--network=}
        shift
        ;;
    -*)
        usage_error "unknown option: $1"
        ;;
    *)
        if [ -z "$database" ]; then
            database=$1
        elif [ -z "$admin" ]; then
            admin=$1
        else
            usage_error "one argument too many: $1"
        fi
        shift
        ;;
    esac
done
if [ -z "$database" ] || [ -z "$admin" ]; then usage_error "DATABASE and ADMIN_USER are required"; fi

# A simple name: no quoting needed anywhere (psql, pg_hba.conf, cron, file names), and no surprise
# from PostgreSQL turning unquoted names into lowercase.
check_name() { # WHAT NAME MAXLEN
    case $2 in
    [a-z]*) ;;
    *) die "$1 \"$2\" must start with a lowercase letter (a-z)" ;;
    esac
    case $2 in
    *[!a-z0-9_]*) die "$1 \"$2\" may hold only lowercase letters, digits and _ (no spaces, dashes or capitals)" ;;
    esac
    [ ${#2} -le "$3" ] || die "$1 \"$2\" is too long (at most $3 characters)"
}
# The app adds DATABASE_assessor, DATABASE_reviewer, … : PostgreSQL names hold 63 characters.
check_name DATABASE "$database" 54
check_name ADMIN_USER "$admin" 63
case $database in
postgres | template0 | template1 | all | sameuser | samerole | samegroup | replication)
    die "DATABASE \"$database\" is a name PostgreSQL keeps for itself; choose another, e.g. county_db"
    ;;
esac
case $admin in
postgres | public | none | all | pg_* | current_user | current_role | session_user | user)
    die "ADMIN_USER \"$admin\" is a name PostgreSQL keeps for itself; choose another, e.g. cc_admin"
    ;;
"${database}_assessor" | "${database}_reviewer" | "${database}_planner" | "${database}_admin")
    die "ADMIN_USER \"$admin\" is the name of one of the app's group roles; choose another, e.g. cc_admin"
    ;;
esac
if [ -n "$listen" ]; then
    case $listen in
    *[!A-Za-z0-9.:*,_-]*) die "--listen \"$listen\": give addresses or host names separated by commas, or *" ;;
    esac
fi
if [ -n "$network" ]; then
    case $network in
    */*) ;;
    *) die "--network \"$network\": give a network with its size, e.g. 192.168.1.0/24 (or 192.168.1.25/32 for one computer)" ;;
    esac
    case $network in
    *[!0-9A-Fa-f.:/]*) die "--network \"$network\" is not a network address such as 192.168.1.0/24" ;;
    esac
fi

[ "$(id -u)" -eq 0 ] || die "run it as root: sudo $invocation"
cd /

# --- PostgreSQL ----------------------------------------------------------------------------------

say "CommunityCheck server setup: database $database, administrator $admin"

server_installed() {
    command -v pg_lsclusters >/dev/null 2>&1 || return 1
    for binary in /usr/lib/postgresql/*/bin/postgres; do
        [ -x "$binary" ] && return 0
    done
    return 1
}

if ! server_installed; then
    say "Installing PostgreSQL (apt-get install postgresql) ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update || die "apt-get update failed: check the network and /etc/apt/sources.list"
    apt-get install -y postgresql || die "apt-get install postgresql failed (see the messages above)"
    changed "installed PostgreSQL"
    server_installed || die "PostgreSQL was installed but pg_lsclusters or the server program is missing"
fi

# The cluster: PGCLUSTER=VERSION/NAME if given, else Debian's "main" (one of them).
if [ -n "${PGCLUSTER:-}" ]; then
    want_version=${PGCLUSTER%%/*}
    want_name=${PGCLUSTER#*/}
else
    want_version=""
    want_name=main
fi
clusters=$(pg_lsclusters --no-header | awk -v v="$want_version" -v n="$want_name" \
    '$2 == n && (v == "" || $1 == v) { print $1, $2, $3, $4 }')
[ -n "$clusters" ] || die "no PostgreSQL cluster \"${PGCLUSTER:-main}\" on this machine (pg_lsclusters lists them). Create one with:  pg_createcluster --start VERSION main"
[ "$(printf '%s\n' "$clusters" | wc -l)" -eq 1 ] || die "several clusters are called \"main\" (see pg_lsclusters); choose one, e.g.  sudo env PGCLUSTER=$(printf '%s\n' "$clusters" | tail -n 1 | cut -d' ' -f1)/main $0 ..."
# shellcheck disable=SC2086 # the four words of pg_lsclusters
set -- $clusters
version=$1
name=$2
port=$3
status=$4
cluster=$version/$name
say "PostgreSQL $version, cluster $name, port $port"

if [ "$status" != online ]; then
    pg_ctlcluster "$version" "$name" start || die "cluster $cluster does not start: see /var/log/postgresql/postgresql-$version-$name.log"
    changed "started cluster $cluster"
fi
if [ -r "/etc/postgresql/$version/$name/start.conf" ] \
    && ! grep -q '^[[:space:]]*auto' "/etc/postgresql/$version/$name/start.conf"; then
    say "  note: /etc/postgresql/$version/$name/start.conf does not say \"auto\": the cluster will not start by itself at boot"
fi

# psql as the postgres superuser over the local socket; SQL comes on standard input, so that no
# value (above all no password) appears on a command line that `ps` shows.
pg() {
    runuser -u postgres -- psql --cluster "$cluster" -X -q -A -t -v ON_ERROR_STOP=1 -d postgres "$@"
}

# --- the administrator's role --------------------------------------------------------------------

password=""
role=$(pg -v role="$admin" <<'SQL'
SELECT concat_ws(' ', rolcanlogin, rolcreaterole, rolsuper) FROM pg_roles WHERE rolname = :'role';
SQL
)
if [ -z "$role" ]; then
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    [ ${#password} -eq 24 ] || die "could not make a random password from /dev/urandom"
    # Kept out of the server's log: a superuser may switch statement logging off for one transaction.
    pg -v role="$admin" <<SQL
\\set pw '$password'
BEGIN;
SET LOCAL log_statement = 'none';
SET LOCAL log_min_duration_statement = -1;
SET LOCAL log_min_error_statement = 'panic';
CREATE ROLE :"role" LOGIN CREATEROLE NOSUPERUSER PASSWORD :'pw';
COMMIT;
SQL
    changed "created the login role $admin (CREATEROLE, not a superuser) with a new password"
else
    # shellcheck disable=SC2086 # three words: t/f
    set -- $role
    [ "$1" = t ] || die "the role $admin exists but may not log in (it may be a group role); choose another ADMIN_USER"
    say "  the role $admin exists already: its password is left as it is"
    if [ "$3" = t ]; then
        say "  note: $admin is a PostgreSQL superuser; the app does not need that (it needs only CREATEROLE)"
    elif [ "$2" != t ]; then
        pg -v role="$admin" <<'SQL'
ALTER ROLE :"role" CREATEROLE;
SQL
        changed "gave $admin CREATEROLE (to add the app's users)"
    fi
fi

# --- the database --------------------------------------------------------------------------------

owner=$(pg -v db="$database" <<'SQL'
SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :'db';
SQL
)
if [ -z "$owner" ]; then
    pg -v db="$database" -v role="$admin" <<'SQL'
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
SQL
    changed "created the database $database, owned by $admin"
elif [ "$owner" = "$admin" ]; then
    say "  the database $database exists already, owned by $admin"
else
    say "  note: the database $database exists already but belongs to $owner, not $admin."
    say "        If $admin should run \`server init\` on it (still empty):  sudo -u postgres psql --cluster $cluster -c 'ALTER DATABASE $database OWNER TO $admin'"
fi

# --- the network ---------------------------------------------------------------------------------

restart=no
reload=no
if [ -n "$listen" ]; then
    current=$(pg <<'SQL'
SHOW listen_addresses;
SQL
)
    if [ "$current" = "$listen" ]; then
        say "  PostgreSQL listens on '$listen' already"
    else
        pg -v listen="$listen" <<'SQL'
ALTER SYSTEM SET listen_addresses = :'listen';
SQL
        changed "listen_addresses: '$current' -> '$listen' (the cluster restarts)"
        restart=yes
    fi
fi
if [ -n "$network" ]; then
    pg -v net="$network" >/dev/null 2>&1 <<'SQL' || die "--network \"$network\" is not a network address such as 192.168.1.0/24 (its last bits must be 0: 192.168.1.0/24, not 192.168.1.7/24)"
SELECT :'net'::cidr;
SQL
    hba=$(pg <<'SQL'
SHOW hba_file;
SQL
)
    [ -f "$hba" ] || die "cannot find pg_hba.conf (the server says $hba)"
    if awk -v db="$database" -v net="$network" \
        '$1 == "host" && $2 == db && $3 == "all" && $4 == net && $5 == "scram-sha-256" { found = 1 }
         END { exit !found }' "$hba"; then
        say "  $hba lets $network connect to $database already"
    else
        # The file may lack its last line end.
        [ -z "$(tail -c 1 "$hba")" ] || printf '\n' >>"$hba"
        {
            printf '# CommunityCheck: the office network may reach %s (installer/server-setup.sh)\n' "$database"
            printf 'host    %s    all    %s    scram-sha-256\n' "$database" "$network"
        } >>"$hba"
        changed "$hba: computers on $network may connect to $database with a password"
        reload=yes
    fi
    if [ -z "$listen" ]; then
        current=$(pg <<'SQL'
SHOW listen_addresses;
SQL
)
        case $current in
        '' | localhost | 127.0.0.1 | ::1 | 'localhost,127.0.0.1' | '127.0.0.1,::1')
            say "  note: PostgreSQL listens only on '$current': computers on $network reach it only after"
            say "        you run this again with --listen, e.g. --listen '*'"
            ;;
        esac
    fi
fi
if [ "$restart" = yes ]; then
    pg_ctlcluster "$version" "$name" restart || die "cluster $cluster does not restart: see /var/log/postgresql/postgresql-$version-$name.log"
    say "  restarted cluster $cluster"
elif [ "$reload" = yes ]; then
    pg_ctlcluster "$version" "$name" reload || die "cluster $cluster did not reload its settings"
    say "  reloaded cluster $cluster"
fi

# --- the nightly backup --------------------------------------------------------------------------

if [ ! -x /usr/sbin/cron ] && ! command -v cron >/dev/null 2>&1; then
    say "Installing cron, which runs the nightly backup (apt-get install cron) ..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y cron || die "apt-get install cron failed (see the messages above)"
    changed "installed cron"
fi
if [ ! -d "$backup_dir" ]; then
    mkdir -p "$backup_dir"
    changed "created $backup_dir"
fi
if [ "$(stat -c '%U %a' "$backup_dir")" != "postgres 700" ]; then
    chown postgres:postgres "$backup_dir"
    chmod 700 "$backup_dir"
    changed "$backup_dir: owned by postgres, mode 700"
fi

cron_file=/etc/cron.d/communitycheck-backup-$database
cron_new=$(mktemp)
trap 'rm -f "$cron_new"' EXIT
cat >"$cron_new" <<EOF
# CommunityCheck: nightly backup of the server database $database at 02:30, kept for 30 days:
# $database-YYYYMMDD.dump (pg_dump) and $database-YYYYMMDD-roles.sql (the users and their passwords'
# hashes). Made by installer/server-setup.sh; restoring: docs/server.md.
SHELL=/bin/sh
PATH=/usr/sbin:/usr/bin:/sbin:/bin
30 2 * * * postgres umask 077; f=$backup_dir/$database-\$(date +\\%Y\\%m\\%d); pg_dump --cluster $cluster -Fc -f "\$f.dump.part" $database && pg_dumpall --cluster $cluster --roles-only -f "\$f-roles.sql.part" && mv "\$f.dump.part" "\$f.dump" && mv "\$f-roles.sql.part" "\$f-roles.sql" && find $backup_dir -name '$database-*' -mtime +30 -delete
EOF
if [ -f "$cron_file" ] && cmp -s "$cron_new" "$cron_file"; then
    say "  the nightly backup is installed already ($cron_file)"
else
    cp "$cron_new" "$cron_file"
    chmod 644 "$cron_file"
    changed "nightly backup at 02:30 into $backup_dir ($cron_file)"
fi

# --- what to do next -----------------------------------------------------------------------------

# The host in the address: where PostgreSQL listens now, this machine's first address for "*".
if [ -z "$listen" ]; then
    listen=$(pg <<'SQL'
SHOW listen_addresses;
SQL
)
fi
host=""
if [ -n "$listen" ]; then
    everywhere=no
    set -f # * is an address here, not a file name pattern
    for candidate in $(printf '%s' "$listen" | tr ',' ' '); do
        case $candidate in
        '*' | 0.0.0.0 | ::) everywhere=yes ;;
        localhost | 127.* | ::1) ;;
        *)
            host=$candidate
            break
            ;;
        esac
    done
    set +f
    if [ -z "$host" ] && [ "$everywhere" = yes ]; then
        # shellcheck disable=SC2046 # the first of the words
        host=$(set -- $(hostname -I 2>/dev/null || true) && printf '%s' "${1:-}")
    fi
fi
[ -n "$host" ] || host=localhost
case $host in
*:*) # IPv6
    url_host="[$host]"
    pgpass_host=$(printf '%s' "$host" | sed 's/:/\\:/g')
    ;;
*)
    url_host=$host
    pgpass_host=$host
    ;;
esac
address="postgresql://$admin@$url_host:$port/$database"

say ""
if [ "$changes" -eq 0 ]; then
    say "Nothing changed: everything was set up already."
else
    say "Done ($changes change(s))."
fi
say ""
say "The address to give the app:"
say "    $address"
if [ "$host" = localhost ]; then
    say "  (localhost works on this machine only; other computers use this machine's address on the"
    say "   office network, after --listen and --network)"
fi
say ""
if [ -n "$password" ]; then
    say "The password of $admin (shown this once only; keep it safe):"
    say "    $password"
    pgpass_password=$password
else
    say "The password of $admin was set when the role was made and is unchanged. To set a new one:"
    say "    sudo -u postgres psql --cluster $cluster -c '\\password $admin'"
    pgpass_password=PASSWORD
fi
say ""
say "Next steps, on the administrator's computer (with CommunityCheck installed):"
say "  1. Put the password in ~/.pgpass, readable only by you:"
say "       printf '%s\\n' '$pgpass_host:$port:$database:$admin:$pgpass_password' >> ~/.pgpass"
say "       chmod 600 ~/.pgpass"
say "  2. Create the app's tables and the built-in indicator set ($admin becomes the first admin):"
say "       communitycheck-cli --db $address server init"
say "  3. Add each person (each new user's first password is printed once):"
say "       communitycheck-cli --db $address server user add NAME --role assessor|reviewer|planner|admin [--county NAME]"
say "  4. Optionally, move an existing county database file from a laptop (into a new server database only):"
say "       communitycheck-cli --db $address server import county.sqlite"
say ""
say "Backups: $backup_dir, every night at 02:30. Everything else: docs/server.md."
