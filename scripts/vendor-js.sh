#!/usr/bin/env bash
# Vendors htmx into crates/lotse-web/static/vendor/ without any build step.
#
#   scripts/vendor-js.sh           fetch htmx.org@VERSION with `npm pack`, extract dist/htmx.min.js,
#                                  verify the pinned sha256, write the vendored file
#   scripts/vendor-js.sh --check   only verify the committed file against the pinned sha256 (no network)
#
# To upgrade: change HTMX_VERSION, set HTMX_SHA256 to the hash of the new dist/htmx.min.js
# (after reviewing the release), run this script, and update static/vendor/README.md.
set -euo pipefail

HTMX_VERSION=2.0.11
HTMX_SHA256=d6fdc75f204e6bdefa99b69bf1e6d4ac69b8a364f77929f45c13476b4000f717

root=$(cd "$(dirname "$0")/.." && pwd)
vendor_dir=$root/crates/lotse-web/static/vendor
target=$vendor_dir/htmx-$HTMX_VERSION.min.js

die() { echo "vendor-js: ERROR: $*" >&2; exit 1; }
sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

verify() { # file, what
  local actual
  actual=$(sha256_of "$1")
  if [ "$actual" != "$HTMX_SHA256" ]; then
    echo "vendor-js: ERROR: sha256 mismatch for $2" >&2
    echo "  expected: $HTMX_SHA256" >&2
    echo "  actual:   $actual" >&2
    exit 1
  fi
}

case "${1:-}" in
  --check)
    [ -f "$target" ] || die "missing $target (run scripts/vendor-js.sh to vendor it)"
    verify "$target" "$target"
    echo "vendor-js: OK $target (sha256 $HTMX_SHA256)"
    exit 0
    ;;
  "") ;;
  -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown argument: $1 (use --check or no argument)" ;;
esac

command -v npm >/dev/null 2>&1 || die "npm not found"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vendor-js.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack "htmx.org@$HTMX_VERSION" --silent --no-audit --no-fund >/dev/null) \
  || die "npm pack htmx.org@$HTMX_VERSION failed"
tarball=$tmp/htmx.org-$HTMX_VERSION.tgz
[ -f "$tarball" ] || die "npm pack did not produce $tarball"
tar -xzf "$tarball" -C "$tmp" package/dist/htmx.min.js || die "package/dist/htmx.min.js not in the tarball"
verify "$tmp/package/dist/htmx.min.js" "htmx.org@$HTMX_VERSION package/dist/htmx.min.js"

mkdir -p "$vendor_dir"
install -m 0644 "$tmp/package/dist/htmx.min.js" "$target"
verify "$target" "$target"
echo "vendor-js: wrote $target (sha256 $HTMX_SHA256)"
