#!/usr/bin/env bash
# Proves the contract guard works: in a throwaway copy of the contracts, a
# field renumbered after a commit must fail `buf breaking` naming the field,
# and an added field must pass.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
buf="$root/tools/buf/node_modules/.bin/buf"
[ -x "$buf" ] && [ -d "$root/tools/buf/googleapis" ] ||
  { echo "run scripts/check-contracts --lint first (it installs buf and stages Google's protos)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tools/buf"
cp -r "$root/buf.yaml" "$root/proto" "$work/"
cp -r "$root/tools/buf/googleapis" "$work/tools/buf/"
cd "$work"
git init -q
git -c user.name=check -c user.email=check@localhost add -A
git -c user.name=check -c user.email=check@localhost commit -qm contracts
file=proto/veilig/audit/v1/audit_service.proto

# An added field is compatible.
sed -i 's|^message ListAuditEventsResponse {|message ListAuditEventsResponse {\n  // Added.\n  int32 total = 9;|' "$file"
"$buf" breaking --against ".git#ref=HEAD" >/dev/null

# A renumbered one is not.
git checkout -q -- "$file"
sed -i 's|string subject = 3;|string subject = 11;|' "$file"
if out=$("$buf" breaking --against ".git#ref=HEAD" 2>&1); then
  echo "buf breaking let a renumbered field through" >&2
  exit 1
fi
grep -q 'field "3" with name "subject"' <<<"$out" || { echo "unexpected: $out" >&2; exit 1; }
echo "breaking change caught: $(head -1 <<<"$out")"
