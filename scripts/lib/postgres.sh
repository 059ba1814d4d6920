# Shared by scripts/test and scripts/demo: make PostgreSQL answer at DATABASE_URL, starting the
# local cluster, or installing Debian's PostgreSQL when there is none. Sourced, not run.

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/liaison}"
# Never print a password.
shown_url="$(printf '%s' "$DATABASE_URL" | sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#')"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

pg_answers() {
  pg_isready -q -d "$DATABASE_URL" -t 3 >/dev/null 2>&1
}

ensure_postgres() {
  command -v pg_isready >/dev/null || apt_install postgresql-client
  if pg_answers; then return; fi
  echo "PostgreSQL does not answer at $shown_url; starting the local cluster."
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "No local PostgreSQL cluster: installing PostgreSQL."
    apt_install postgresql
    # A test machine: let local TCP connections in without a password, as DATABASE_URL assumes.
    for hba in /etc/postgresql/*/main/pg_hba.conf; do
      as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+$/\1trust/' "$hba"
    done
  fi
  for dir in /etc/postgresql/*/main; do
    version="$(basename "$(dirname "$dir")")"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 30); do
    if pg_answers; then return; fi
    sleep 1
  done
  echo "PostgreSQL still does not answer at $shown_url. Start it, or set DATABASE_URL to one that answers." >&2
  exit 1
}

