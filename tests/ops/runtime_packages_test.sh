#!/usr/bin/env bash
# The container images install exactly the Debian packages whose libraries the
# shipped binaries link directly (apt brings their own dependencies), apart
# from the C and C++ runtime that debian:12-slim already has.
#   runtime_packages_test.sh BIN_DIR DOCKERFILE
set -euo pipefail
trap 'echo "runtime_packages_test: failed at line $LINENO" >&2' ERR
bin_dir=$1
dockerfile=$2
base_image_packages="libc6 libgcc-s1 libstdc++6"
binaries=(veilig-gateway veilige-wijken ondermijning zorg-veiligheid crisisbeheersing veiligctl)

# The path of every library a binary names directly (DT_NEEDED), as ldd resolves it.
paths=()
for binary in "${binaries[@]}"; do
  resolved=$(ldd "$bin_dir/$binary")
  for library in $(objdump -p "$bin_dir/$binary" | awk '/NEEDED/ {print $2}'); do
    path=$(awk -v lib="$library" '$1 == lib {print $3; exit}' <<<"$resolved")
    if [ -z "$path" ]; then
      echo "runtime_packages_test: $binary: ldd does not resolve $library" >&2
      exit 1
    fi
    paths+=("$path")
  done
done

# Their packages; dpkg records /lib or /usr/lib depending on the package, so
# ask for the base name and keep the owner of a matching path.
linked=$(for path in $(printf '%s\n' "${paths[@]}" | sort -u); do
  owner=$(dpkg -S "*/$(basename "$path")" 2>/dev/null |
          awk -v want="${path#/usr}" '{ p = $NF; sub(/^\/usr/, "", p) } p == want { print $1; exit }' || true)
  if [ -z "$owner" ]; then
    echo "runtime_packages_test: no package owns $path" >&2
    exit 1
  fi
  owner=${owner%:}
  echo "${owner%%:*}"
done | sort -u | grep -vxF -f <(tr ' ' '\n' <<<"$base_image_packages") || true)
listed=$(sed -n '/# runtime-packages:begin/,/# runtime-packages:end/p' "$dockerfile" |
         grep -oE '^ +[a-z0-9][a-z0-9.+-]+ +\\$' | tr -d ' \\' | sort -u)

if [ -z "$linked" ] || [ "$linked" != "$listed" ]; then
  echo "runtime_packages_test: the Dockerfile's runtime packages differ from what the binaries link"
  diff <(echo "$listed") <(echo "$linked") | grep -E '^[<>]' |
    sed 's/^</  listed, not linked:/; s/^>/  linked, not listed:/' || true
  exit 1
fi
echo "runtime_packages_test: $(wc -w <<<"$listed") packages, all linked, none missing"
