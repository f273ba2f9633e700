#!/usr/bin/env bash
# scripts/test.sh — THE test command of Majlis. Run from anywhere: ./scripts/test.sh [extra cargo test args]
#
# 1. Installs missing Debian packages when root (chromium, nodejs/npm, postgresql, and for the
#    PDF documents fonts-noto-core, whose fonts the server sets them in, and poppler-utils,
#    whose pdftotext/pdfinfo the tests read them back with); when not root, says what to
#    install and exits 1.
# 2. Starts a throwaway PostgreSQL cluster on 127.0.0.1:<free port> (never the system one
#    on 5432) and exports MAJLIS_TEST_POSTGRES_URL; tests create one database each from it.
# 3. Runs `cargo test --all-targets "$@"`.
# 4. Builds the debug `majlis` binary and checks its API against its OpenAPI document
#    (scripts/api-check.sh: openapi-spec-validator, then schemathesis with every check).
# 5. Runs the browser tests (node --test + playwright-core driving Debian's /usr/bin/chromium)
#    in tests/browser/.
# 6. Prints one summary line ("summary: N passed, N failed, N skipped") and exits non-zero
#    if any step failed. The cluster and temp files are removed on exit, whatever happens.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT_FIRST=55432   # first port tried for the throwaway cluster; goes upward from here
PG_PORT_TRIES=50

PGTMP=""        # temp dir holding the cluster's data, socket and log
PG_BIN=""       # directory with initdb / pg_ctl
PG_STARTED=0
STEP="setup"
LOG=""          # combined output of the test runners, for the summary

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'test.sh: error: %s\n' "$*" >&2; exit 1; }

# Directory holding initdb: PATH first, else the newest /usr/lib/postgresql/*/bin.
find_pg_bin() {
  local p
  if p="$(command -v initdb 2>/dev/null)"; then
    dirname "$(readlink -f "$p")"
    return 0
  fi
  for p in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    if [[ -x "$p/initdb" && -x "$p/pg_ctl" ]]; then echo "$p"; return 0; fi
  done
  return 1
}

ensure_packages() {
  local missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  find_pg_bin >/dev/null || missing+=(postgresql)
  [[ -d /usr/share/fonts/truetype/noto ]] || missing+=(fonts-noto-core)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if ((${#missing[@]} == 0)); then
    command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust (rustup) first"
    return 0
  fi
  if [[ "$(id -u)" -ne 0 ]]; then
    die "missing Debian packages: ${missing[*]} — install them with: sudo apt-get install ${missing[*]}"
  fi
  log "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust (rustup) first"
}

# Runs a PostgreSQL command as the cluster owner (postgres when we are root: initdb refuses root).
as_pg() {
  if [[ "$(id -u)" -eq 0 ]]; then
    (cd "$PGTMP" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_pg() {
  PG_BIN="$(find_pg_bin)" || die "no initdb found on PATH nor under /usr/lib/postgresql/*/bin"
  PGTMP="$(mktemp -d "${TMPDIR:-/tmp}/majlis-pg.XXXXXX")"
  if [[ "$(id -u)" -eq 0 ]]; then
    if ! id -u postgres >/dev/null 2>&1; then
      log "creating system user postgres"
      useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    fi
    chown postgres: "$PGTMP"
  fi
  chmod 700 "$PGTMP"
  log "initdb into $PGTMP/data ($PG_BIN)"
  as_pg "$PG_BIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust --encoding=UTF8 --no-locale \
    >"$PGTMP/initdb.log" 2>&1 || { cat "$PGTMP/initdb.log" >&2; die "initdb failed"; }

  local port=$PG_PORT_FIRST last=$((PG_PORT_FIRST + PG_PORT_TRIES))
  while ((port < last)); do
    if ! port_in_use "$port"; then
      # fsync off etc.: the cluster is thrown away, speed matters more than durability.
      if as_pg "$PG_BIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/postgres.log" -w -t 60 start \
          -o "-c listen_addresses=127.0.0.1 -p $port -k $PGTMP -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
          >/dev/null 2>&1; then
        PG_STARTED=1
        PG_PORT=$port
        export MAJLIS_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
        log "PostgreSQL up: $MAJLIS_TEST_POSTGRES_URL"
        return 0
      fi
      log "port $port: postgres did not start, trying the next one"
    fi
    port=$((port + 1))
  done
  cat "$PGTMP/postgres.log" >&2 2>/dev/null || true
  die "could not start PostgreSQL on any port in $PG_PORT_FIRST..$((last - 1))"
}

stop_pg() {
  if ((PG_STARTED)); then
    as_pg "$PG_BIN/pg_ctl" -D "$PGTMP/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    PG_STARTED=0
  fi
  if [[ -n "$PGTMP" && -d "$PGTMP" ]]; then rm -rf "$PGTMP"; fi
  PGTMP=""
}

# Sums the counts printed by cargo test ("test result: ...") and node --test (TAP or spec).
summary_counts() {
  awk '
    /^test result: / {
      for (i = 1; i <= NF; i++) {
        v = $(i - 1) + 0
        if ($i ~ /^passed/) p += v; else if ($i ~ /^failed/) f += v; else if ($i ~ /^ignored/) s += v
      }
    }
    /^(# |ℹ )pass [0-9]+$/    { p += $NF }
    /^(# |ℹ )fail [0-9]+$/    { f += $NF }
    /^(# |ℹ )(skipped|todo) [0-9]+$/ { s += $NF }
    END { printf "%d passed, %d failed, %d skipped\n", p, f, s }
  ' "$LOG"
}

on_exit() {
  local rc=$?
  stop_pg
  if ((rc != 0)); then
    printf '\ntest.sh: FAILED during step: %s (exit %d)\n' "$STEP" "$rc" >&2
    if [[ -n "$LOG" && -f "$LOG" ]]; then printf 'summary: %s\n' "$(summary_counts)"; fi
  fi
  if [[ -n "$LOG" ]]; then rm -f "$LOG"; fi
  exit "$rc"
}

main() {
  cd "$ROOT"
  trap on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  LOG="$(mktemp "${TMPDIR:-/tmp}/majlis-test-log.XXXXXX")"

  STEP="install packages"; ensure_packages
  STEP="start PostgreSQL"; start_pg

  STEP="cargo test"
  log "cargo test --all-targets $*"
  cargo test --all-targets "$@" 2>&1 | tee -a "$LOG"

  STEP="cargo build --bin majlis"
  log "cargo build --bin majlis"
  cargo build --bin majlis
  local bin="${CARGO_TARGET_DIR:-$ROOT/target}/debug/majlis"
  [[ "$bin" = /* ]] || bin="$ROOT/$bin"

  STEP="API checks (scripts/api-check.sh)"
  log "scripts/api-check.sh $bin"
  "$ROOT/scripts/api-check.sh" "$bin"

  STEP="npm ci (tests/browser)"
  log "npm ci --prefix tests/browser"
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error >/dev/null

  STEP="browser tests"
  log "node --test tests/browser/ (MAJLIS_BIN=$bin)"
  MAJLIS_BIN="$bin" node --test tests/browser/*.test.mjs 2>&1 | tee -a "$LOG"

  STEP="done"
  printf '\nsummary: %s\n' "$(summary_counts)"
}

# Sourcing the file (for debugging) only defines the functions.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
