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
import path from 'node:path';
import {
  SHOTS, TEST_TIMEOUT, sleep, start, stop, story, apiFrom, newPage, signIn,
} from './harness.mjs';

before(start);
after(stop);

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
