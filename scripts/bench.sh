#!/usr/bin/env bash
# scripts/bench.sh — HTTP throughput/latency benchmark of Majlis against a bare hyper baseline.
#
# Builds `majlis` and `examples/hello.rs` in release mode, starts both on loopback ports
# (majlis with `serve --demo` on a fresh temp SQLite file), signs in as uz.envoy through
# POST /api/v1/session, then runs wrk (-t2 -c64 -d15s --latency) against:
#   1. the hello server (baseline),
#   2. GET /groups/CGA            (HTML group page, with the majlis_session cookie),
#   3. GET /api/v1/groups/CGA/meetings (JSON, same cookie),
# and prints requests/s and p99 latency for each plus the group-page/hello ratio.
# Loopback only, bounded durations; the servers it started are stopped by PID on exit.
# Knobs: BENCH_DURATION (default 15s), BENCH_THREADS (2), BENCH_CONNECTIONS (64).
# Note: on a 2-core machine wrk and the server share the CPUs; compare ratios, not absolutes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${BENCH_DURATION:-15s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
PASSWORD="bench-password-123"

PIDS=()
WORK=""
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [[ -n "$WORK" ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench.sh: error: %s\n' "$*" >&2; exit 1; }

for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    [[ "$(id -u)" -eq 0 ]] || die "$tool is missing: sudo apt-get install $tool"
    log "installing $tool"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool"
  fi
done

log "cargo build --release --bin majlis --example hello"
cargo build --release --bin majlis --example hello
REL="${CARGO_TARGET_DIR:-target}/release"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/majlis-bench.XXXXXX")"

# A free loopback port (nothing answers a TCP connect there), from $1 upward.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Waits (≤ 30 s) until $1 answers 200.
wait_ok() {
  local i
  for ((i = 0; i < 120; i++)); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" == 200 ]]; then return 0; fi
    sleep 0.25
  done
  return 1
}

HELLO_PORT="$(free_port 18090)"
"$REL/examples/hello" "127.0.0.1:$HELLO_PORT" >"$WORK/hello.log" 2>&1 &
PIDS+=($!)
MAJLIS_PORT="$(free_port $((HELLO_PORT + 1)))"
MAJLIS_DEMO_PASSWORD="$PASSWORD" "$REL/majlis" serve --addr "127.0.0.1:$MAJLIS_PORT" \
  --database-url "sqlite://$WORK/majlis.db" --demo >"$WORK/majlis.log" 2>&1 &
PIDS+=($!)

HELLO="http://127.0.0.1:$HELLO_PORT"
MAJLIS="http://127.0.0.1:$MAJLIS_PORT"
wait_ok "$HELLO/" || { cat "$WORK/hello.log" >&2; die "hello server did not come up"; }
wait_ok "$MAJLIS/healthz" || { cat "$WORK/majlis.log" >&2; die "majlis did not answer /healthz"; }

log "signing in as uz.envoy"
curl -fsS -o /dev/null -c "$WORK/cookies" -H 'Content-Type: application/json' \
  -d "{\"username\":\"uz.envoy\",\"password\":\"$PASSWORD\"}" "$MAJLIS/api/v1/session" \
  || die "sign-in through POST /api/v1/session failed"
SESSION="$(awk '$6 == "majlis_session" { print $7 }' "$WORK/cookies")"
[[ -n "$SESSION" ]] || die "no majlis_session cookie after sign-in"
COOKIE="Cookie: majlis_session=$SESSION"

for path in /groups/CGA /api/v1/groups/CGA/meetings; do
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$MAJLIS$path")"
  [[ "$code" == 200 ]] || die "GET $path answered $code, not 200"
done

# run_wrk NAME URL [wrk args...] → prints a result line, sets RPS_<NAME>
run_wrk() {
  local name=$1 url=$2 out rps p99 non2xx
  shift 2
  log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION $url"
  out="$WORK/wrk-$name.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 5s "$@" "$url" >"$out"
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
  p99="$(awk '$1 == "99%" { print $2 }' "$out")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"
  printf '%-28s %12s req/s   p99 %9s%s\n' "$name" "$rps" "$p99" "${non2xx:+   (non-2xx/3xx: $non2xx)}"
  printf -v "RPS_${name//[^A-Za-z0-9]/_}" '%s' "$rps"
}

echo
echo "bench: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, loopback, $(nproc) cores"
run_wrk hello "$HELLO/"
run_wrk group_page "$MAJLIS/groups/CGA" -H "$COOKIE"
run_wrk api_meetings "$MAJLIS/api/v1/groups/CGA/meetings" -H "$COOKIE"
# shellcheck disable=SC2154  # RPS_* are set by run_wrk through printf -v
awk -v g="$RPS_group_page" -v h="$RPS_hello" -v a="$RPS_api_meetings" 'BEGIN {
  printf "ratio group_page/hello: %.3f   api_meetings/hello: %.3f\n", g / h, a / h }'
