// tests/browser/harness.mjs — what every browser story shares: the real server started on a
// fresh SQLite demo database and a free loopback port, Debian's /usr/bin/chromium through
// playwright-core, signing in, and a story wrapper that keeps a screenshot and the server's
// output when a story fails.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.resolve(REPO, process.env.MAJLIS_BIN ?? 'target/debug/majlis');
const CHROMIUM = process.env.MAJLIS_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = path.join(REPO, 'target', 'screenshots');
export const PASSWORD = 'browser-test-password-1';
const STEP_TIMEOUT = 15_000; // per Playwright action / wait
export const TEST_TIMEOUT = 120_000; // per story

let server; // the `majlis serve` child process
let serverLog = '';
let dataDir;
export let baseURL;
let browser;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHealthz(url) {
  for (let i = 0; i < 120; i++) { // 120 × 250 ms ≈ 30 s
    if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) {
      throw new Error(`majlis (${BIN}) exited early (${server.exitCode ?? server.signalCode}):\n${serverLog}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch { /* not listening yet */ }
    await sleep(250);
  }
  throw new Error(`majlis did not answer 200 on /healthz within ~30 s:\n${serverLog}`);
}

async function stopServer() {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  process.kill(server.pid, 'SIGTERM');
  const timer = setTimeout(() => { try { process.kill(server.pid, 'SIGKILL'); } catch { /* gone */ } }, 5_000);
  await exited;
  clearTimeout(timer);
}

// Starts the server on a fresh demo database and the browser; call from `before`.
export async function start() {
  mkdirSync(SHOTS, { recursive: true });
  dataDir = mkdtempSync(path.join(tmpdir(), 'majlis-browser-'));
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(BIN, [
    'serve',
    '--addr', `127.0.0.1:${port}`,
    '--database-url', `sqlite://${dataDir}/majlis.db`,
    '--demo',
  ], {
    env: { ...process.env, MAJLIS_DEMO_PASSWORD: PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => { serverLog = (serverLog + chunk).slice(-20_000); };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  server.on('error', (e) => { serverLog += `\nspawn error: ${e.message}`; });
  await waitForHealthz(baseURL);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// Stops the browser and the server and removes the database; call from `after`.
export async function stop() {
  await browser?.close().catch(() => {});
  await stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

export async function newPage() {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  return context.newPage();
}

export async function signIn(page, username) {
  if (!new URL(page.url(), baseURL).pathname.startsWith('/signin')) await page.goto('/signin');
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
}

// Runs a story; on failure saves a screenshot and prints the server's last output.
export async function story(name, page, fn) {
  try {
    await fn();
  } catch (err) {
    await page.screenshot({ path: path.join(SHOTS, `FAILED-${name}.png`), fullPage: true }).catch(() => {});
    console.error(`--- ${name} failed at ${page.url()}; majlis output (tail):\n${serverLog.slice(-4_000)}`);
    throw err;
  } finally {
    await page.context().close().catch(() => {});
  }
}

// Sends a JSON request from a signed-in page, as our own scripts do: same cookies, with the
// page's CSRF token. A refusal fails the story with the server's answer.
export async function apiFrom(page, method, url, data) {
  const token = await page.locator('meta[name=csrf-token]').getAttribute('content');
  const res = await page.request.fetch(url, { method, data, headers: { 'X-CSRF-Token': token } });
  if (!res.ok()) throw new Error(`${method} ${url} answered ${res.status()}: ${await res.text()}`);
  return res.json();
}
