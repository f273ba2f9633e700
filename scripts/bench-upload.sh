#!/usr/bin/env bash
# scripts/bench-upload.sh — what a large attachment costs the server in memory (issue 10's
# goal: a 25 MiB upload uses at most 2 MiB of extra server memory, because the body is
# streamed to a temporary file and into the database a chunk at a time, never held whole).
#
# Starts `majlis serve --demo` (target/release/majlis, or $MAJLIS_BIN) on a fresh SQLite file
# (or the database URL given as $1) on a loopback port, signs in as the secretariat, warms the
# paper's route with a small upload, then reads the server's peak resident memory (VmHWM in
# /proc/PID/status, reset first to the current size), uploads SIZE_MIB (default 25) MiB of random bytes to the demo's
# background note with curl (streamed from a file), downloads it back and compares its
# SHA-256, and reads VmHWM again. The difference is the memory the upload and the download
# added at their peak.
# Loopback only; the server it started is stopped by PID on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${MAJLIS_BIN:-$ROOT/target/release/majlis}"
SIZE_MIB="${SIZE_MIB:-25}"
WORK="$(mktemp -d)"
PID=""
cleanup() {
  [[ -n "$PID" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
URL="${1:-sqlite://$WORK/majlis.db}"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
MAJLIS_DEMO_PASSWORD=bench-upload-password-1 MAJLIS_SEARCH_DIR="$WORK/search" \
  "$BIN" serve --addr "127.0.0.1:$PORT" --database-url "$URL" --demo >"$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.2; done
curl -fs -c "$WORK/jar" -H 'content-type: application/json' \
  -d '{"username":"secretariat","password":"bench-upload-password-1"}' "$BASE/api/v1/session" >/dev/null
TOKEN="$(curl -fs -b "$WORK/jar" -H 'content-type: application/json' -H "origin: $BASE" \
  -d '{"name":"bench"}' "$BASE/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
upload() { # FILE NAME
  curl -fs -H "authorization: Bearer $TOKEN" -H 'content-type: application/octet-stream' \
    -H 'expect:' --data-binary "@$1" "$BASE/api/v1/papers/1/attachments?filename=$2"
}
kib() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$PID/status"; }

head -c 4096 /dev/urandom >"$WORK/small.bin"
upload "$WORK/small.bin" warm.bin >/dev/null
sleep 1
# Resets the peak to the current resident size (Linux: clear_refs 5), so that the peak read
# after the upload is the upload's own.
echo 5 >"/proc/$PID/clear_refs"
RSS_BEFORE="$(kib VmRSS)"; HWM_BEFORE="$(kib VmHWM)"
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom >"$WORK/large.bin"
STARTED="$(date +%s.%N)"
SHA="$(upload "$WORK/large.bin" large.bin | python3 -c 'import json,sys; print(json.load(sys.stdin)["sha256"])')"
ENDED="$(date +%s.%N)"
HWM_UPLOAD="$(kib VmHWM)"
curl -fs -H "authorization: Bearer $TOKEN" "$BASE/api/v1/attachments/$SHA" -o "$WORK/back.bin"
HWM_AFTER="$(kib VmHWM)"
[[ "$(sha256sum "$WORK/back.bin" | cut -d' ' -f1)" == "$SHA" ]] || { echo "the file came back different" >&2; exit 1; }
BASELINE=$(( RSS_BEFORE > HWM_BEFORE ? RSS_BEFORE : HWM_BEFORE ))
printf 'upload of %d MiB in %.2f s; server RSS before %d KiB, peak before %d KiB\n' \
  "$SIZE_MIB" "$(echo "$ENDED - $STARTED" | bc)" "$RSS_BEFORE" "$HWM_BEFORE"
printf 'peak after the upload %d KiB (+%d KiB), after the download %d KiB (+%d KiB over the earlier peak)\n' \
  "$HWM_UPLOAD" "$(( HWM_UPLOAD - BASELINE ))" "$HWM_AFTER" "$(( HWM_AFTER - BASELINE ))"
