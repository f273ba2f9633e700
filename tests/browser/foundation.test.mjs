// tests/browser/foundation.test.mjs — end-to-end browser test of Majlis's foundation.
//
// Starts the real server itself (`$MAJLIS_BIN serve --demo` on a fresh SQLite file and a free
// loopback port), then drives Debian's /usr/bin/chromium through playwright-core:
//   Story A: a member party's envoy signs in, sees the Contact Group on Afghanistan and opens
//            its planned 2nd meeting.
//   Story B: the secretariat adds an agenda item to that meeting.
// Screenshots land in target/screenshots/ for humans to look at.
// Run through ./scripts/test.sh, or: MAJLIS_BIN=target/debug/majlis node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.resolve(REPO, process.env.MAJLIS_BIN ?? 'target/debug/majlis');
const CHROMIUM = process.env.MAJLIS_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.join(REPO, 'target', 'screenshots');
const PASSWORD = 'browser-test-password-1';
const STEP_TIMEOUT = 15_000; // per Playwright action / wait
const TEST_TIMEOUT = 120_000; // per story

let server; // the `majlis serve` child process
let serverLog = '';
let dataDir;
let baseURL;
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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

before(async () => {
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
});

after(async () => {
  await browser?.close().catch(() => {});
  await stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function newPage() {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  return context.newPage();
}

async function signIn(page, username) {
  if (!new URL(page.url(), baseURL).pathname.startsWith('/signin')) await page.goto('/signin');
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
}

// Runs a story; on failure saves a screenshot and prints the server's last output.
async function story(name, page, fn) {
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

test('Story A: an envoy signs in, sees the CGA and opens its planned meeting', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('story-a', page, async () => {
    await page.goto('/');
    await page.waitForURL((u) => u.pathname === '/signin');
    await signIn(page, 'uz.envoy');

    await page.waitForURL((u) => u.pathname === '/groups/CGA');
    await page.locator('h1', { hasText: 'Contact Group on Afghanistan' }).waitFor();
    const body = await page.locator('body').innerText();
    for (const party of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'Turkmenistan']) {
      assert.ok(body.includes(party), `group page should list ${party}`);
    }
    assert.match(body, /observer/i, 'group page should show that Turkmenistan is an observer');
    await page.screenshot({ path: path.join(SHOTS, 'group-cga.png'), fullPage: true });

    await page.getByRole('link', { name: /2nd meeting/ }).first().click();
    await page.locator('h1', { hasText: '2nd meeting' }).waitFor();
    assert.match(await page.locator('body').innerText(), /planned/i, 'meeting page should say it is planned');
    await page.screenshot({ path: path.join(SHOTS, 'meeting-2nd.png'), fullPage: true });
  });
});

test('Story B: the secretariat adds an agenda item to the planned meeting', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('story-b', page, async () => {
    await page.goto('/signin');
    await signIn(page, 'secretariat');

    await page.goto('/groups/CGA');
    await page.getByRole('link', { name: /2nd meeting/ }).first().click();
    await page.locator('h1', { hasText: '2nd meeting' }).waitFor();

    const title = `Water sharing on the Amu Darya ${Date.now()}`;
    const form = page.getByRole('form', { name: 'Add agenda item' });
    await form.getByLabel(/^\s*Title\b/).fill(title);
    await form.getByRole('button', { name: 'Add item' }).click();

    await page.locator('ol.agenda').getByText(title).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'meeting-2nd-agenda.png'), fullPage: true });
  });
});
