#!/usr/bin/env bash
# scripts/bench.sh — HTTP throughput/latency benchmark of Majlis against a bare hyper baseline.
#
# Builds `majlis` and `examples/hello.rs` in release mode and starts the hello server on a
# loopback port. Then, for each database (a fresh temp SQLite file by default), starts
# `majlis serve --demo` on it, signs in as uz.envoy through POST /api/v1/session, and runs
# wrk (--latency) against:
#   - GET /groups/CGA                 (HTML group page, with the majlis_session cookie),
#   - GET /meetings/{id}              (HTML meeting page of the demo's first meeting),
#   - GET /api/v1/groups/CGA/meetings (JSON, same cookie),
# at BENCH_CONNECTIONS connections (64), and the two pages again at one connection, where
# the median (p50) is what counts. The hello server is measured at both concurrencies in the
# same run, and every line shows requests/s, p50, p99 and the ratio to hello.
#
# With --followup it then loads 10,000 figures (through `majlis indicator import`) and 496 more
# action lines (500 with the demo's) and measures the dashboard and the indicator page the
# same way, and times `majlis indicator import` of a 100,000-row UN Comtrade file into a fresh
# database of the same kind (one transaction, all rows or none).
#
# With --languages it measures the group page again in English, Russian and Dari (sent as
# Accept-Language), one after another at each concurrency, so that what the person's language
# costs (messages, CLDR dates and numbers) is a ratio of the same run.
#
# Usage: scripts/bench.sh [--database-url URL]... [--before PATH] [--followup] [--languages]
#   --database-url URL  a database to measure on (repeatable; also BENCH_DATABASE_URLS,
#                       space-separated). `sqlite` means a fresh temp SQLite file. For a
#                       postgres:// URL a fresh database `majlis_bench_<pid>_<n>` is created on
#                       that server (with psql) and dropped at exit; the named one is untouched.
#   --before PATH       also measure this majlis binary (say, one built from main) on a fresh
#                       database of each kind, in the same run (also BENCH_BEFORE).
# Knobs: BENCH_DURATION (default 10s), BENCH_THREADS (2), BENCH_CONNECTIONS (64).
# Loopback only, bounded durations; the servers it started are stopped by PID on exit.
# Note: on a 2-core machine wrk and the server share the CPUs; compare ratios, not absolutes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${BENCH_DURATION:-10s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
PASSWORD="bench-password-123"
read -r -a DATABASES <<<"${BENCH_DATABASE_URLS:-}"
BEFORE="${BENCH_BEFORE:-}"
FOLLOWUP="${BENCH_FOLLOWUP:-}"
LANGUAGES="${BENCH_LANGUAGES:-}"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench.sh: error: %s\n' "$*" >&2; exit 1; }

while (($#)); do
  case "$1" in
    --database-url) [[ $# -ge 2 ]] || die "--database-url needs a URL"; DATABASES+=("$2"); shift 2 ;;
    --before) [[ $# -ge 2 ]] || die "--before needs a path"; BEFORE="$2"; shift 2 ;;
    --followup) FOLLOWUP=1; shift ;;
    --languages) LANGUAGES=1; shift ;;
    -h | --help) sed -n '2,30p' "$0"; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
((${#DATABASES[@]})) || DATABASES=(sqlite)
[[ -z "$BEFORE" || -x "$BEFORE" ]] || die "--before $BEFORE is not an executable"

PIDS=()
CREATED_DBS=() # "server-url database-name" pairs to drop at exit
WORK=""
cleanup() {
  local pid entry
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  for entry in "${CREATED_DBS[@]}"; do
    psql -q "${entry% *}" -c "DROP DATABASE IF EXISTS ${entry##* }" >/dev/null 2>&1 || true
  done
  if [[ -n "$WORK" ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for tool in wrk curl jq; do
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

# Waits (≤ 60 s) until $1 answers 200.
wait_ok() {
  local i
  for ((i = 0; i < 240; i++)); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" == 200 ]]; then return 0; fi
    sleep 0.25
  done
  return 1
}

# fresh_database SPEC N → a URL of an empty database for run N.
fresh_database() {
  local spec=$1 n=$2 name
  case "$spec" in
    sqlite) echo "sqlite://$WORK/majlis-$n.db" ;;
    sqlite:*) echo "$spec" ;;
    postgres://* | postgresql://*)
      command -v psql >/dev/null || die "psql is needed to create a bench database on $spec"
      name="majlis_bench_$$_$n"
      psql -q "$spec" -c "CREATE DATABASE $name" >/dev/null || die "could not create $name on $spec"
      CREATED_DBS+=("$spec $name")
      # Same server and credentials, the new database as the path.
      echo "$spec" | sed -E "s#^(postgres(ql)?://[^/]+)(/[^?]*)?#\1/$name#"
      ;;
    *) die "unsupported database url: $spec" ;;
  esac
}

# run_wrk NAME CONNECTIONS URL [wrk args...] → a result line; sets RPS_<NAME>_<CONNECTIONS>
run_wrk() {
  local name=$1 conns=$2 url=$3 threads=$THREADS out rps p50 p99 non2xx ratio
  shift 3
  ((threads <= conns)) || threads=$conns
  out="$WORK/wrk-$name-$conns.txt"
  wrk -t"$threads" -c"$conns" -d"$DURATION" --latency --timeout 5s "$@" "$url" >"$out"
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
  p50="$(awk '$1 == "50%" { print $2 }' "$out")"
  p99="$(awk '$1 == "99%" { print $2 }' "$out")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"
  local var="RPS_${name//[^A-Za-z0-9]/_}_$conns" hello="RPS_hello_$conns"
  printf -v "$var" '%s' "$rps"
  ratio="$(awk -v r="$rps" -v h="${!hello:-0}" 'BEGIN { if (h > 0) printf "%.3f", r / h; else print "1" }')"
  printf '| %-34s | %5s | %10s | %9s | %9s | %6s |%s\n' "$name" "$conns" "$rps" "$p50" "$p99" \
    "$ratio" "${non2xx:+ non-2xx/3xx: $non2xx}"
}

# bench_majlis LABEL BINARY DATABASE-URL → starts it, signs in, measures, stops it.
bench_majlis() {
  local label=$1 bin=$2 url=$3 port pid base session cookie meeting path code
  port="$(free_port 18100)"
  MAJLIS_DEMO_PASSWORD="$PASSWORD" "$bin" serve --addr "127.0.0.1:$port" \
    --database-url "$url" --demo >"$WORK/majlis-$label.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  base="http://127.0.0.1:$port"
  wait_ok "$base/healthz" || { cat "$WORK/majlis-$label.log" >&2; die "majlis ($label) did not answer /healthz"; }
  curl -fsS -o /dev/null -c "$WORK/cookies-$label" -H 'Content-Type: application/json' \
    -d "{\"username\":\"uz.envoy\",\"password\":\"$PASSWORD\"}" "$base/api/v1/session" \
    || die "sign-in through POST /api/v1/session failed ($label)"
  session="$(awk '$6 == "majlis_session" { print $7 }' "$WORK/cookies-$label")"
  [[ -n "$session" ]] || die "no majlis_session cookie after sign-in ($label)"
  cookie="Cookie: majlis_session=$session"
  meeting="$(curl -fsS -H "$cookie" "$base/api/v1/groups/CGA/meetings" | jq -r '[.[].id] | min')"
  [[ "$meeting" =~ ^[0-9]+$ ]] || die "no demo meeting found ($label)"
  for path in /groups/CGA "/meetings/$meeting" /api/v1/groups/CGA/meetings; do
    code="$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base$path")"
    [[ "$code" == 200 ]] || die "GET $path answered $code, not 200 ($label)"
  done
  run_wrk "$label group page" "$CONNECTIONS" "$base/groups/CGA" -H "$cookie"
  run_wrk "$label meeting page" "$CONNECTIONS" "$base/meetings/$meeting" -H "$cookie"
  run_wrk "$label api meetings" "$CONNECTIONS" "$base/api/v1/groups/CGA/meetings" -H "$cookie"
  run_wrk "$label group page" 1 "$base/groups/CGA" -H "$cookie"
  run_wrk "$label meeting page" 1 "$base/meetings/$meeting" -H "$cookie"
  if [[ -n "$LANGUAGES" ]]; then
    local conns language
    for conns in "$CONNECTIONS" 1; do
      for language in en ru fa-AF; do
        run_wrk "$label group page $language" "$conns" "$base/groups/CGA" -H "$cookie" \
          -H "Accept-Language: $language"
      done
    done
  fi
  if [[ -n "$FOLLOWUP" ]]; then
    load_followup "$label" "$bin" "$url" "$base"
    for path in /groups/CGA/dashboard /indicators/1; do
      code="$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base$path")"
      [[ "$code" == 200 ]] || die "GET $path answered $code, not 200 ($label)"
    done
    run_wrk "$label dashboard" "$CONNECTIONS" "$base/groups/CGA/dashboard" -H "$cookie"
    run_wrk "$label indicator page" "$CONNECTIONS" "$base/indicators/1" -H "$cookie"
    run_wrk "$label dashboard" 1 "$base/groups/CGA/dashboard" -H "$cookie"
    run_wrk "$label indicator page" 1 "$base/indicators/1" -H "$cookie"
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# sign_in BASE USERNAME LABEL → the session token.
sign_in() {
  local base=$1 username=$2 label=$3 jar="$WORK/cookies-$label-$2"
  curl -fsS -o /dev/null -c "$jar" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$username\",\"password\":\"$PASSWORD\"}" "$base/api/v1/session" \
    || die "sign-in of $username failed ($label)"
  awk '$6 == "majlis_session" { print $7 }' "$jar"
}

# load_followup LABEL BINARY DATABASE-URL BASE → 10,000 figures and 500 action lines in all.
load_followup() {
  local label=$1 bin=$2 url=$3 base=$4 secretariat
  python3 scripts/followup_data.py figures 10000 >"$WORK/figures.csv"
  "$bin" indicator import CGA trade_turnover "$WORK/figures.csv" --database-url "$url" \
    >/dev/null || die "importing the bench figures failed ($label)"
  secretariat="$(sign_in "$base" secretariat "$label")"
  python3 scripts/followup_data.py lines "$base" "$secretariat" 496 \
    || die "adding the bench action lines failed ($label)"
}

# time_import LABEL BINARY DATABASE-URL → how long `majlis indicator import` takes for a
# 100,000-row UN Comtrade file, on a fresh demo database with an exports indicator.
time_import() {
  local label=$1 bin=$2 url=$3 port pid base secretariat start end
  port="$(free_port 18200)"
  MAJLIS_DEMO_PASSWORD="$PASSWORD" "$bin" serve --addr "127.0.0.1:$port" \
    --database-url "$url" --demo >"$WORK/majlis-import-$label.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  base="http://127.0.0.1:$port"
  wait_ok "$base/healthz" || die "majlis ($label import) did not answer /healthz"
  secretariat="$(sign_in "$base" secretariat "import-$label")"
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "Origin: $base" \
    -H "Cookie: majlis_session=$secretariat" \
    -d '{"code":"exports","name":"Exports","unit":"USD","flow":"exports"}' \
    "$base/api/v1/groups/CGA/indicators" || die "could not define the exports indicator ($label)"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  python3 scripts/followup_data.py comtrade 100000 >"$WORK/comtrade.csv"
  start="$(date +%s.%N)"
  "$bin" indicator import CGA exports "$WORK/comtrade.csv" --source "UN Comtrade" \
    --database-url "$url" >"$WORK/import-$label.txt" || die "the 100,000-row import failed ($label)"
  end="$(date +%s.%N)"
  printf '| %-34s | %s rows in %.2f s (whole command, start-up included) |\n' \
    "$label import (Comtrade CSV)" "$(grep -o '[0-9]\+ figures' "$WORK/import-$label.txt")" \
    "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
}

HELLO_PORT="$(free_port 18090)"
"$REL/examples/hello" "127.0.0.1:$HELLO_PORT" >"$WORK/hello.log" 2>&1 &
PIDS+=($!)
HELLO="http://127.0.0.1:$HELLO_PORT"
wait_ok "$HELLO/" || { cat "$WORK/hello.log" >&2; die "hello server did not come up"; }

echo
echo "bench: wrk -t$THREADS -c$CONNECTIONS (and -t1 -c1) -d$DURATION --latency, loopback," \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| target                             | conns |  requests/s |       p50 |       p99 |  ratio |"
echo "|---|---:|---:|---:|---:|---:|"
run_wrk hello "$CONNECTIONS" "$HELLO/"
run_wrk hello 1 "$HELLO/"
n=0
for spec in "${DATABASES[@]}"; do
  kind="${spec%%:*}"
  [[ "$kind" == postgresql ]] && kind=postgres
  if [[ -n "$BEFORE" ]]; then
    n=$((n + 1))
    bench_majlis "before $kind" "$BEFORE" "$(fresh_database "$spec" "$n")"
  fi
  n=$((n + 1))
  bench_majlis "$kind" "$REL/majlis" "$(fresh_database "$spec" "$n")"
  if [[ -n "$FOLLOWUP" ]]; then
    n=$((n + 1))
    time_import "$kind" "$REL/majlis" "$(fresh_database "$spec" "$n")"
  fi
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
