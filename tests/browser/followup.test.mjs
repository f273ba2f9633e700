// tests/browser/followup.test.mjs — the follow-through stories of issue 8, in a real browser:
//   Story 2: the KZ envoy opens the trade indicator and reads where the sources disagree, the
//            chart beside the table, and the targets' progress.
//   Story 4: the secretariat imports a year of UN Comtrade rows from a file: a file with a bad
//            row is refused whole, naming the row; the corrected file is imported; any reader
//            exports what they see as CSV.
//   Story 6: the UZ envoy records a meeting in Kabul; it is national: the UZ delegation sees
//            it, the secretariat, another party and the observer never find it.
// Run through ./scripts/test.sh, or: MAJLIS_BIN=target/debug/majlis node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  SHOTS, TEST_TIMEOUT, newPage, signIn, start, stop, story,
} from './harness.mjs';

before(start);
after(stop);

// From the group page to the trade indicator, as a person clicks.
async function openTradeIndicator(page) {
  await page.goto('/groups/CGA');
  await page.getByRole('link', { name: 'Figures' }).click();
  await page.getByRole('link', { name: 'Bilateral trade turnover with Afghanistan' }).click();
  await page.locator('h1', { hasText: 'Bilateral trade turnover with Afghanistan' }).waitFor();
}

test('Story 2: an envoy reads the trade figures, their disagreements and the targets', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('story-2', page, async () => {
    await signIn(page, 'kz.envoy');
    await openTradeIndicator(page);
    const conflicts = await page.getByRole('region', { name: 'Where the sources disagree' }).innerText();
    assert.match(conflicts, /KZ–AF January–September 2024 \(USD 700 M, .*CACI Analyst\) exceeds the figure for the whole of 2024 \(USD 545\.2 M, Kazakh deputy prime minister/);
    assert.match(conflicts, /The figures for UZ–AF in 2023 disagree: USD 866 M .* and USD 266 M/);

    const chart = page.locator('figure.chart svg');
    assert.equal(await chart.count(), 1);
    assert.ok((await chart.locator('title').first().textContent()).length > 0, 'the chart has a title');
    assert.ok((await chart.locator('desc').first().textContent()).length > 0, 'the chart has a description');
    // The same numbers in a table beside it.
    const kzTable = page.getByRole('region', { name: 'Figures KZ–AF' });
    assert.match(await kzTable.innerText(), /2024\s+USD 545\.2 M/);

    const targets = await page.getByRole('region', { name: 'Targets' }).innerText();
    assert.match(targets, /KZ–AF: USD 3 bn a year by 2029/);
    assert.match(targets, /18\.17 %/);
    assert.match(targets, /Growth still needed: 40\.6 % a year/);
    await page.screenshot({ path: path.join(SHOTS, 'indicator-trade.png'), fullPage: true });
  });
});

test('Story 4: the secretariat imports UN Comtrade rows from a file, whole or not at all', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('story-4', page, async () => {
    await signIn(page, 'secretariat');
    await openTradeIndicator(page);
    const form = page.getByRole('form', { name: 'Import figures' });
    const header = 'refYear,reporterISO,partnerISO,flowCode,primaryValue\n';
    const bad = `${header}2021,KGZ,AFG,X,30000000\n2021,KGZ,AFG,M,not-a-number\n`;
    await form.getByLabel('CSV file').setInputFiles({ name: 'comtrade.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    // Our script reads the file into the field the form sends.
    await page.waitForFunction(() => document.getElementById('csv').value.includes('not-a-number'));
    await form.getByLabel('Source of every row').fill('UN Comtrade');
    await form.getByRole('button', { name: 'Import' }).click();
    const problem = await page.getByRole('alert').innerText();
    assert.match(problem, /Nothing was stored/);
    assert.match(problem, /row 3, primaryValue/);

    const good = `${header}2021,KGZ,AFG,X,30000000\n2021,KGZ,AFG,M,1500000\n`;
    const again = page.getByRole('form', { name: 'Import figures' });
    await again.getByLabel('CSV file').setInputFiles({ name: 'comtrade.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.waitForFunction(() => document.getElementById('csv').value.includes('1500000'));
    await again.getByLabel('Source of every row').fill('UN Comtrade');
    await again.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('status').filter({ hasText: /^1 figure imported; every row was stored\.$/ }).waitFor();
    assert.match(await page.getByRole('region', { name: 'Figures KG–AF' }).innerText(), /2021\s+USD 31\.5 M\s+UN Comtrade/);
    await page.screenshot({ path: path.join(SHOTS, 'indicator-imported.png'), fullPage: true });
  });

  const reader = await newPage();
  await story('story-4-export', reader, async () => {
    await signIn(reader, 'tm.observer');
    await openTradeIndicator(reader);
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('link', { name: /Download the figures you see/ }).click(),
    ]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(file, 'utf8');
    assert.match(csv, /^reporter,partner,period_start,period_end,value,source,note\n/);
    assert.match(csv, /KG,AF,2021-01-01,2021-12-31,31500000,UN Comtrade,/);
  });
});

test('Story 6: an envoy records a meeting in Kabul that only its own delegation sees', { timeout: TEST_TIMEOUT }, async () => {
  const envoy = await newPage();
  const counterpart = `Ministry of Commerce and Industry ${Date.now()}`;
  await story('story-6-envoy', envoy, async () => {
    await signIn(envoy, 'uz.envoy');
    await envoy.goto('/groups/CGA');
    await envoy.getByRole('link', { name: 'Engagement with the authorities' }).click();
    const form = envoy.getByRole('form', { name: 'Record an engagement' });
    await form.getByLabel('Date').fill('2025-06-10');
    await form.getByLabel('Level').fill('Special representative');
    await form.getByLabel('Counterpart').fill(counterpart);
    await form.getByLabel('Trade').check();
    await form.getByLabel('Transport and logistics').check();
    await form.getByLabel('Summary').fill('Railway financing and the border trade zone.');
    assert.equal(await form.getByLabel('Who sees it').inputValue(), 'national');
    await form.getByRole('button', { name: 'Record' }).click();
    await envoy.getByRole('heading', { name: new RegExp(`UZ with ${counterpart}`) }).waitFor();
    await envoy.screenshot({ path: path.join(SHOTS, 'engagement-recorded.png'), fullPage: true });
  });

  const deputy = await newPage();
  await story('story-6-deputy', deputy, async () => {
    await signIn(deputy, 'uz.deputy');
    await deputy.goto('/groups/CGA/engagements');
    await deputy.getByRole('heading', { name: new RegExp(`UZ with ${counterpart}`) }).waitFor();
  });

  for (const other of ['secretariat', 'kz.envoy', 'tm.observer']) {
    const page = await newPage();
    await story(`story-6-${other}`, page, async () => {
      await signIn(page, other);
      await page.goto('/groups/CGA/engagements');
      await page.locator('h1', { hasText: 'Engagement with the authorities' }).waitFor();
      assert.ok(!(await page.locator('body').innerText()).includes(counterpart), `${other} must not see it`);
      const api = await page.request.get('/api/v1/groups/CGA/engagements');
      assert.equal(api.status(), 200);
      assert.ok(!(await api.text()).includes(counterpart), `${other} must not find it over the API`);
    });
  }
});
