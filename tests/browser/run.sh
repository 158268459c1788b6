#!/usr/bin/env bash
# Runs the Lotse browser tests against an already running Lotse server.
#
#   LOTSE_BASE_URL=http://127.0.0.1:PORT tests/browser/run.sh
#
# Installs what the tests need when it is missing: Debian's Chromium (/usr/bin/chromium, via apt-get; no
# browser is ever downloaded by Playwright) and the npm packages (npm ci from package-lock.json).
# It does NOT start Lotse: the caller does that and exports LOTSE_BASE_URL (default http://127.0.0.1:8080).
# LOTSE_ARTIFACTS_DIR (screenshots) is passed through as well. Exit status = test result.
set -euo pipefail
cd "$(dirname "$0")"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export LOTSE_BASE_URL=${LOTSE_BASE_URL:-http://127.0.0.1:8080}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "run.sh: need root (or sudo) to run: $*" >&2; return 1
  fi
}

# --- Node.js (playwright-core needs Node >= 20; Debian bookworm's nodejs is too old, so no apt here) -------
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
  || { echo "run.sh: node and npm are required (Node >= 20)" >&2; exit 1; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || { echo "run.sh: Node >= 20 required, found $(node --version)" >&2; exit 1; }

# --- Chromium from Debian ----------------------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
  echo "run.sh: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  # DPkg::Lock::Timeout waits for another apt/dpkg run to finish instead of failing at once.
  as_root apt-get -o DPkg::Lock::Timeout=900 update -qq
  as_root apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends chromium
  [ -x /usr/bin/chromium ] || { echo "run.sh: /usr/bin/chromium still missing after apt-get" >&2; exit 1; }
fi

# --- npm packages: npm ci when node_modules is missing or does not match package-lock.json ------------------
lock_matches() {
  [ -d node_modules ] || return 1
  node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    for (const [p, meta] of Object.entries(lock.packages || {})) {
      if (!p) continue;
      let v;
      try { v = JSON.parse(fs.readFileSync(p + "/package.json", "utf8")).version; } catch { process.exit(1); }
      if (v !== meta.version) process.exit(1);
    }
  '
}
if ! lock_matches; then
  echo "run.sh: installing npm packages (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi

# --- tests -------------------------------------------------------------------------------------------------
echo "run.sh: browser tests against $LOTSE_BASE_URL" >&2
set +e
npm test --silent
status=$?
set -e
exit "$status"
