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

// Sends a JSON request from a signed-in page, as our own scripts would: same cookies, with
// the page's CSRF token.
async function apiFrom(page, method, url, data) {
  const token = await page.locator('meta[name=csrf-token]').getAttribute('content');
  const res = await page.request.fetch(url, { method, data, headers: { 'X-CSRF-Token': token } });
  assert.ok(res.ok(), `${method} ${url} answered ${res.status()}: ${await res.text()}`);
  return res.json();
}

test('Story C: a text passes a silence procedure, with a statement, and becomes a decision', { timeout: TEST_TIMEOUT }, async () => {
  const admin = await newPage();
  await story('story-c-admin', admin, async () => {
    await signIn(admin, 'admin');
    // Urgent business: the administrator allows a silence shorter than a day.
    await apiFrom(admin, 'PATCH', '/api/v1/groups/CGA', { settings: { min_silence_hours: 0 } });
  });

  const secretariat = await newPage();
  let procedureUrl;
  await story('story-c-secretariat', secretariat, async () => {
    await signIn(secretariat, 'secretariat');
    await secretariat.goto('/groups/CGA/texts');
    const form = secretariat.getByRole('form', { name: 'Draft a text' });
    await form.getByLabel('Title').fill('Statement on water cooperation');
    await form.getByLabel('Negotiating language').fill('en');
    await form.getByLabel('Text', { exact: true }).fill('The participants will share data on the Amu Darya.');
    await form.getByLabel('Distribution').selectOption('public');
    await form.getByRole('button', { name: 'Circulate the draft' }).click();
    await secretariat.locator('h1', { hasText: 'Statement on water cooperation' }).waitFor();
    const textId = new URL(secretariat.url()).pathname.split('/').pop();
    // The page's deadline field has minute precision; seconds keep this test short.
    const deadline = new Date(Date.now() + 12_000).toISOString();
    const opened = await apiFrom(secretariat, 'POST', `/api/v1/texts/${textId}/procedures`, { kind: 'silence', version: 1, deadline });
    procedureUrl = `/procedures/${opened.id}`;
  });

  const envoy = await newPage();
  await story('story-c-envoy', envoy, async () => {
    await signIn(envoy, 'tj.envoy');
    await envoy.goto('/inbox');
    await envoy.getByRole('link', { name: /Statement on water cooperation/ }).click();
    await envoy.locator('h1', { hasText: 'Silence procedure' }).waitFor();
    const form = envoy.getByRole('form', { name: 'Lodge a statement' });
    await form.getByLabel(/Interpretive statement/).fill('Tajikistan reads data to include glacier monitoring.');
    await form.getByRole('button', { name: 'Lodge the statement' }).click();
    await envoy.getByText('Tajikistan reads data to include glacier monitoring.').first().waitFor();

    // Nobody acts: at the deadline the server adopts the text by itself.
    await envoy.goto(procedureUrl);
    for (let i = 0; i < 40 && !(await envoy.locator('.lede').innerText()).includes('adopted'); i++) {
      await sleep(1_000);
      await envoy.reload();
    }
    assert.match(await envoy.locator('.lede').innerText(), /adopted/);
    await envoy.screenshot({ path: path.join(SHOTS, 'procedure-adopted.png'), fullPage: true });
    await envoy.getByRole('link', { name: /CGA\/\d{4}\/DEC\/\d+/ }).click();
    await envoy.locator('h1', { hasText: /CGA\/\d{4}\/DEC\/\d+/ }).waitFor();
    const decision = await envoy.locator('body').innerText();
    assert.match(decision, /The participants will share data on the Amu Darya\./);
    assert.match(decision, /TJ: Tajikistan reads data to include glacier monitoring\./);
    await envoy.screenshot({ path: path.join(SHOTS, 'decision.png'), fullPage: true });
  });
});
