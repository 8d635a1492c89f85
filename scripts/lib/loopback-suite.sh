# Shared by bench/run and scripts/soak (source it; it runs nothing itself):
# the whole suite on free loopback ports, a token for it and the open-loop
# load generator. The caller sets `bin` (the build's bin directory) and
# `work` (a scratch directory it removes) before sourcing.
#   start_suite DIR [SERVER ARGS...]  four theme services and the gateway,
#                                     SQLite files and logs in DIR (on
#                                     PostgreSQL when suite_postgres_url is
#                                     set: each server its default schema)
#   stop_suite                        SIGTERM to all, waits
#   kill_suite                        SIGTERM, then SIGKILL, to all (for an EXIT trap)
#   loadgen ARGS...                   veilig-loadgen with the admin token
# After start_suite: port[<service>|gateway|http], ctl_args (veiligctl's
# addresses), pid_of[<service>|gateway].

# Servers on core 0, load generators on core 1: they do not steal each other's CPU.
if [ "$(nproc)" -ge 2 ]; then server_cpu=(taskset -c 0); load_cpu=(taskset -c 1); else server_cpu=(); load_cpu=(); fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
head -c 48 /dev/urandom | base64 -w0 >"$work/secret"
token=$("$bin/veiligctl" token --role=admin --municipality='*' --subject=loopback-suite --auth-secret-file="$work/secret")
export VEILIG_TOKEN=$token

pids=()
suite_postgres_url=""
# --database for a server whose SQLite file would be DIR/NAME.db.
database_arg() { echo "--database=${suite_postgres_url:-sqlite:$1/$2.db}"; }
declare -A port
declare -A metrics_port
declare -A pid_of
start_suite() {
  local dir=$1; shift
  mkdir -p "$dir"
  local args=()
  for service in veilige-wijken ondermijning zorg-veiligheid crisisbeheersing; do
    port[$service]=$(free_port); metrics_port[$service]=$(free_port)
    "${server_cpu[@]}" "$bin/$service" --port="${port[$service]}" --metrics-port="${metrics_port[$service]}" \
      "$(database_arg "$dir" "$service")" --auth-secret-file="$work/secret" --log-level=warn "$@" \
      >>"$dir/$service.log" 2>&1 &
    pids+=($!); pid_of[$service]=$!
    args+=("--$service-address=127.0.0.1:${port[$service]}")
  done
  port[gateway]=$(free_port); port[http]=$(free_port)
  "${server_cpu[@]}" "$bin/veilig-gateway" --port="${port[gateway]}" --metrics-port="$(free_port)" \
    --http-port="${port[http]}" "$(database_arg "$dir" gateway)" --auth-secret-file="$work/secret" \
    --http-rate-limit=0 --log-level=warn "${args[@]}" "$@" >>"$dir/gateway.log" 2>&1 &
  pids+=($!); pid_of[gateway]=$!
  ctl_args=(--gateway-address="127.0.0.1:${port[gateway]}" "${args[@]}")
  for _ in $(seq 1 100); do
    "$bin/veiligctl" health "${ctl_args[@]}" --timeout-ms=500 >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "the suite did not start; see the logs in $dir" >&2
  exit 1
}
stop_suite() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait "${pids[@]}" 2>/dev/null || true
  pids=()
}
kill_suite() {
  # SIGTERM first: nginx's master stops its workers only when asked nicely.
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}
loadgen() { "${load_cpu[@]}" "$bin/veilig-loadgen" --token="$token" "$@"; }
# The value of NAME=... in a loadgen line on stdin.
field() { sed -n "s/^\(.* \)\{0,1\}$1=\([0-9.]*\).*/\2/p"; }
