#!/usr/bin/env bash
# scripts/api-check.sh — checks the served OpenAPI document against the OpenAPI 3.1 standard
# and the server against its document. Run from anywhere: ./scripts/api-check.sh [MAJLIS_BIN]
#
# 1. Makes a Python venv (target/api-check-venv) with openapi-spec-validator and schemathesis
#    at the versions pinned below (installs Debian's python3-venv first when root needs it).
# 2. Starts `majlis serve --demo` on a free loopback port over a throwaway SQLite database,
#    every demo account with the password $MAJLIS_DEMO_PASSWORD.
# 3. Validates GET /api/v1/openapi.json with openapi-spec-validator.
# 4. Runs schemathesis with every check, three times: as programs with a bearer token and no
#    cookie (the secretariat's, then the administrator's), and without any credentials. Each
#    run is bounded (examples per operation, a time budget, a timeout); its settings are in
#    scripts/schemathesis.toml, each with its reason.
# 5. Exits non-zero on any finding. The server and temp files are removed on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
[[ "$TARGET" = /* ]] || TARGET="$ROOT/$TARGET"
VENV="$TARGET/api-check-venv"
SCHEMATHESIS_VERSION="4.32.5"
VALIDATOR_VERSION="0.9.0"
MAX_EXAMPLES="${API_CHECK_MAX_EXAMPLES:-25}"
MAX_SECONDS="${API_CHECK_MAX_SECONDS:-90}"   # per schemathesis run
export MAJLIS_DEMO_PASSWORD="${MAJLIS_DEMO_PASSWORD:-api-check-password-1}"

WORK=""
SERVER_PID=""

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'api-check.sh: error: %s\n' "$*" >&2; exit 1; }

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ -n "$WORK" && -d "$WORK" ]]; then rm -rf "$WORK"; fi
}

make_venv() {
  if [[ -x "$VENV/bin/schemathesis" && -x "$VENV/bin/openapi-spec-validator" ]] \
      && "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
    return 0
  fi
  rm -rf "$VENV"
  if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
    rm -rf "$VENV"
    [[ "$(id -u)" -eq 0 ]] || die "python3 -m venv failed: install Debian's python3-venv"
    log "installing Debian package python3-venv"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv >/dev/null
    python3 -m venv "$VENV" || die "python3 -m venv failed"
  fi
  log "installing schemathesis $SCHEMATHESIS_VERSION and openapi-spec-validator $VALIDATOR_VERSION"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "schemathesis==$SCHEMATHESIS_VERSION" "openapi-spec-validator==$VALIDATOR_VERSION"
}

# A TCP port nobody listens on now, from the kernel.
free_port() {
  "$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() {
  local bin="$1" port="$2"
  log "majlis serve --demo on 127.0.0.1:$port"
  "$bin" serve --demo --addr "127.0.0.1:$port" --public-url "http://127.0.0.1:$port" \
    --database-url "sqlite://$WORK/majlis.db" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  "$VENV/bin/python" - "$port" <<'PY' || { cat "$WORK/server.log" >&2; die "the server did not become ready"; }
import sys, time, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/readyz"
for _ in range(300):
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            if reply.status == 200:
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.1)
sys.exit(1)
PY
}

# Signs in as a demo account and prints a new bearer token.
bearer_token() {
  "$VENV/bin/python" - "$1" "$2" <<'PY'
import json, os, sys, urllib.request
base, username = sys.argv[1], sys.argv[2]
def call(path, body, headers=None):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "Sec-Fetch-Site": "same-origin", **(headers or {})})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return reply.headers, json.load(reply)
headers, _ = call("/api/v1/session", {"username": username, "password": os.environ["MAJLIS_DEMO_PASSWORD"]})
cookie = headers["Set-Cookie"].split(";")[0]
_, token = call("/api/v1/tokens", {"name": "api check"}, {"Cookie": cookie})
print(token["token"])
PY
}

run_schemathesis() {
  local label="$1"; shift
  log "schemathesis ($label): --checks all, at most $MAX_EXAMPLES examples per operation, ${MAX_SECONDS}s"
  # `timeout` bounds the run even if the time budget is overrun; exit 124 then fails too.
  # Run from target/, where schemathesis keeps its cache (.schemathesis/) between runs.
  cd "$TARGET"
  timeout --kill-after=30 "$((MAX_SECONDS + 120))" \
    "$VENV/bin/schemathesis" --config-file "$ROOT/scripts/schemathesis.toml" run "$BASE/api/v1/openapi.json" \
      --checks all --max-examples "$MAX_EXAMPLES" --max-time "$MAX_SECONDS" \
      --request-timeout 10 --seed 1 --no-color \
      --generation-database "$TARGET/api-check-examples" "$@"
}

main() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  command -v python3 >/dev/null 2>&1 || die "python3 not found (Debian: apt-get install python3)"
  local bin="${1:-$TARGET/debug/majlis}"
  if [[ $# -eq 0 ]]; then
    log "cargo build --bin majlis"
    (cd "$ROOT" && cargo build --bin majlis)
  fi
  [[ -x "$bin" ]] || die "no majlis binary at $bin"
  make_venv
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/majlis-api-check.XXXXXX")"
  local port
  port="$(free_port)"
  BASE="http://127.0.0.1:$port"
  start_server "$bin" "$port"

  log "openapi-spec-validator $BASE/api/v1/openapi.json"
  "$VENV/bin/python" -c 'import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1], timeout=10).read())' \
    "$BASE/api/v1/openapi.json" >"$WORK/openapi.json"
  "$VENV/bin/openapi-spec-validator" "$WORK/openapi.json"

  # Every token first: the runs' failed sign-ins soon throttle sign-in from this address.
  local admin secretariat own
  admin="$(bearer_token "$BASE" admin)"
  secretariat="$(bearer_token "$BASE" secretariat)"
  own="$(bearer_token "$BASE" kg.delegate)"
  # Operations that end the caller's own credentials (signing out with the token, revoking a
  # token or session, changing one's password) would cut a run off from everything after
  # them; they run on their own, last, with a token of their own.
  local own_ops=(sign_out revoke_token end_session change_own_password)
  local spare=()
  for op in "${own_ops[@]}"; do spare+=(--exclude-operation-id "$op"); done
  # GET /api/v1/events answers an authenticated caller with a stream that never ends by
  # design (Server-Sent Events), which schemathesis can only see as a request that timed out;
  # the runs with a token leave it out. The run without credentials still checks its 401, and
  # tests/it/events.rs reads the stream itself (its events, its resume, its 422 and 401).
  spare+=(--exclude-operation-id events)
  # The secretariat first: the administrator's run may remove people from the demo group.
  local failed=()
  run_schemathesis "secretariat's bearer token" -H "Authorization: Bearer $secretariat" "${spare[@]}" \
    || failed+=("secretariat")
  run_schemathesis "administrator's bearer token" -H "Authorization: Bearer $admin" "${spare[@]}" \
    || failed+=("administrator")
  run_schemathesis "no credentials" || failed+=("no credentials")
  local only=()
  for op in "${own_ops[@]}"; do only+=(--include-operation-id "$op"); done
  run_schemathesis "a token that ends itself" -H "Authorization: Bearer $own" "${only[@]}" \
    || failed+=("own credentials")
  if ((${#failed[@]})); then
    die "schemathesis found problems in the runs: ${failed[*]} (see above)"
  fi
  log "API checks passed"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
