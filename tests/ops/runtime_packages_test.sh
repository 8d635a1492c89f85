#!/usr/bin/env bash
# The container images install exactly the Debian packages whose libraries the
# shipped binaries link directly (apt brings their own dependencies), apart
# from the C and C++ runtime that debian:12-slim already has.
#   runtime_packages_test.sh BIN_DIR DOCKERFILE
set -euo pipefail
bin_dir=$1
dockerfile=$2
base_image_packages="libc6 libgcc-s1 libstdc++6"

package_of() {  # the package owning a library path, on merged-/usr systems too
  local path=$1 owner
  for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
    if owner=$(dpkg -S "$candidate" 2>/dev/null); then
      echo "${owner%%:*}"
      return
    fi
  done
  echo "runtime_packages_test: no package owns $path" >&2
  exit 1
}

needed=()
for binary in veilig-gateway veilige-wijken ondermijning zorg-veiligheid crisisbeheersing veiligctl; do
  for library in $(objdump -p "$bin_dir/$binary" | awk '/NEEDED/ {print $2}'); do
    path=$(ldd "$bin_dir/$binary" | awk -v lib="$library" '$1 == lib {print $3; exit}')
    if [ -z "$path" ]; then
      echo "runtime_packages_test: $binary: ldd does not resolve $library" >&2
      exit 1
    fi
    needed+=("$(package_of "$path")")
  done
done
linked=$(printf '%s\n' "${needed[@]}" | sort -u | grep -vxF -f <(tr ' ' '\n' <<<"$base_image_packages") || true)
listed=$(sed -n '/# runtime-packages:begin/,/# runtime-packages:end/p' "$dockerfile" |
         grep -oE '^ +lib[a-z0-9.+-]+' | tr -d ' ' | sort -u)

if [ "$linked" != "$listed" ]; then
  echo "runtime_packages_test: the Dockerfile's runtime packages differ from what the binaries link"
  diff <(echo "$listed") <(echo "$linked") | sed 's/^</  listed, not linked:/; s/^>/  linked, not listed:/' | grep -v '^[0-9]'
  exit 1
fi
echo "runtime_packages_test: $(wc -w <<<"$listed") packages, all linked, none missing"
