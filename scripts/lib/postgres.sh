# Shared by scripts/with-postgres and bench/run (source it; it runs nothing
# itself): a throwaway PostgreSQL server on loopback. initdb runs as the
# postgres user when the caller is root, since initdb refuses root.
#   start_postgres   initdb into a temporary directory and pg_ctl start on a
#                    free port; sets postgres_url, postgres_port, pg_bin
#   stop_postgres    pg_ctl stop and remove the directory
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
postgres_dir=""
start_postgres() {
  if [ -z "$pg_bin" ]; then
    echo "no PostgreSQL server installed (scripts/install-deps --test installs it)" >&2
    exit 1
  fi
  postgres_dir=$(mktemp -d /tmp/veilig-pg.XXXXXX)
  postgres_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  postgres_as_owner=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$postgres_dir"
    postgres_as_owner=(runuser -u postgres --)
  fi
  "${postgres_as_owner[@]}" "$pg_bin/initdb" -D "$postgres_dir/data" -A trust -U veilig -E UTF8 \
    --no-locale >/dev/null
  "${postgres_as_owner[@]}" "$pg_bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/server.log" -w \
    -o "-p $postgres_port -k $postgres_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start >/dev/null
  "$pg_bin/createdb" -h 127.0.0.1 -p "$postgres_port" -U veilig veilig_test
  postgres_url="postgresql://veilig@127.0.0.1:$postgres_port/veilig_test"
}
stop_postgres() {
  [ -n "$postgres_dir" ] || return 0
  "${postgres_as_owner[@]}" "$pg_bin/pg_ctl" -D "$postgres_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$postgres_dir"
  postgres_dir=""
}
