#!/usr/bin/env bash
# Installs Veilig into a temporary prefix, builds the out-of-tree client in
# client/ against it with find_package(Veilig), and has it call a running
# gateway. Arguments: BUILD_DIR GATEWAY_BINARY [EXTRA_CXX_FLAGS]
# (a sanitizer build passes its -fsanitize flags: the installed library is
# instrumented, so its users must be too).
set -euo pipefail
build_dir=$1
gateway=$2
flags=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
gateway_pid=
cleanup() {
  [ -n "$gateway_pid" ] && kill -9 "$gateway_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/share/veilig/proto/veilig/report/v1/report_service.proto"
cmake -S "$here/client" -B "$work/client" -DCMAKE_PREFIX_PATH="$work/prefix" \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS="$flags" \
      -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$work/client" >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
metrics=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# No theme services run: the report must still come back, every section
# unreachable. Tokens are not what this test is about.
"$gateway" --port="$port" --metrics-port="$metrics" --report-deadline-ms=500 \
  --database="sqlite:$work/gateway.db" --insecure-no-auth \
  >"$work/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 50); do
  if output=$("$work/client/report_client" "127.0.0.1:$port" GM0034 2019H1 2>&1); then break; fi
  sleep 0.1
done
echo "$output"
test "$output" = "sections: 4, unreachable: 4"
