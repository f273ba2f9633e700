// tests/browser/working_day.test.mjs — the working day of issue 10, in a real browser:
//   Story 1: the secretariat circulates a Russian background note listed to UZ and KZ,
//            restricted, from the papers page, and attaches a spreadsheet from the paper's
//            page; UZ's envoy finds it in the list and downloads the file; KG's envoy finds
//            it nowhere, and its address answers "not found".
//   Story 4: UZ's envoy types «железной дороги» in the masthead's search box and finds the
//            note with the words marked; KG's envoy, searching the same, does not.
//   Story 5: UZ's envoy keeps the papers list open; a paper the secretariat circulates to
//            UZ appears in it without a reload, and one circulated to KG alone never does.
// Run through ./scripts/test.sh, or: MAJLIS_BIN=target/debug/majlis node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  SHOTS, TEST_TIMEOUT, apiFrom, newPage, signIn, sleep, start, stop, story,
} from './harness.mjs';

before(start);
after(stop);

const TITLE = 'Hairatan crossing: background';

test('Story 1: a listed paper and its file reach exactly the parties it names', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('working-day-1', page, async () => {
    await signIn(page, 'secretariat');
    await page.goto('/groups/CGA/papers');
    const form = page.getByRole('form', { name: 'Circulate a paper' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Kind').selectOption('background');
    await form.getByLabel('Language').fill('ru');
    await form.getByLabel('Text').fill('## Справка\n\nПограничный переход **Хайратон**: железной дороги и автомобильные грузы.');
    await form.getByLabel('Distribution').selectOption('listed');
    await form.getByLabel('Listed parties').fill('UZ, KZ');
    await form.getByLabel('Classification').selectOption('restricted');
    await form.getByRole('button', { name: 'Circulate the paper' }).click();
    await page.locator('h1', { hasText: TITLE }).waitFor();
    const paperUrl = new URL(page.url()).pathname;
    assert.match(await page.locator('.marking-banner').first().innerText(), /RESTRICTED/);

    const attach = page.getByRole('form', { name: 'Attach file' });
    await attach.getByLabel('File to attach').setInputFiles({
      name: 'crossings.csv', mimeType: 'text/csv', buffer: Buffer.from('month,trucks\n2026-10,5400\n'),
    });
    await attach.getByRole('button', { name: 'Attach file' }).click();
    await page.getByRole('status').filter({ hasText: 'The file is attached.' }).waitFor();
    await page.getByRole('link', { name: 'crossings.csv' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'paper-listed.png'), fullPage: true });

    // UZ's envoy finds it and downloads the file.
    await page.context().clearCookies();
    await signIn(page, 'uz.envoy');
    await page.goto('/groups/CGA/papers');
    await page.getByRole('link', { name: TITLE }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'crossings.csv' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'crossings.csv');

    // KG's envoy finds it nowhere.
    await page.context().clearCookies();
    await signIn(page, 'kg.envoy');
    await page.goto('/groups/CGA/papers');
    assert.equal(await page.getByText(TITLE).count(), 0);
    const response = await page.goto(paperUrl);
    assert.equal(response.status(), 404);
  });
});

test('Story 4: the search box finds the note in other word forms, for those who see it', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('working-day-4', page, async () => {
    await signIn(page, 'uz.envoy');
    await page.goto('/groups/CGA');
    const box = page.getByRole('search').first();
    await box.getByRole('searchbox').fill('железной дороги');
    await box.getByRole('button', { name: 'Search' }).click();
    await page.locator('h1', { hasText: 'Search' }).waitFor();
    const results = page.locator('ol.search-hits');
    await results.getByRole('link', { name: /Termez–Mazar-i-Sharif railway: background note/ }).waitFor();
    assert.ok(await results.locator('mark', { hasText: /Железная/ }).count() >= 1, 'the words found are marked');
    await page.screenshot({ path: path.join(SHOTS, 'search.png'), fullPage: true });

    await page.context().clearCookies();
    await signIn(page, 'kg.envoy');
    await page.goto('/search?q=' + encodeURIComponent('железной дороги') + '&kind=paper');
    await page.getByText('Nothing you may see matches these words.').waitFor();
    assert.equal(await page.getByText('Termez–Mazar-i-Sharif railway').count(), 0);
  });
});

test('Story 5: a new paper appears in the list as it is circulated, to those it names only', { timeout: TEST_TIMEOUT }, async () => {
  const watcher = await newPage();
  const secretariat = await newPage();
  await story('working-day-5', watcher, async () => {
    await signIn(watcher, 'uz.envoy');
    await watcher.goto('/groups/CGA/papers');
    // The page has opened its event stream once its script ran.
    await sleep(500);
    await signIn(secretariat, 'secretariat');
    await secretariat.goto('/groups/CGA/papers');
    const note = (title, listed) => ({
      title, kind: 'note_verbale', body: 'Текст ноты.', language: 'ru',
      distribution: 'listed', listed, classification: 'unclassified',
    });
    await apiFrom(secretariat, 'POST', '/api/v1/groups/CGA/papers', note('Note to Kyrgyzstan only', ['KG']));
    await apiFrom(secretariat, 'POST', '/api/v1/groups/CGA/papers', note('Note on the Amu Darya bridge', ['UZ']));
    // No reload: the list follows the journal.
    await watcher.getByRole('link', { name: 'Note on the Amu Darya bridge' }).waitFor({ timeout: 10_000 });
    assert.equal(await watcher.getByText('Note to Kyrgyzstan only').count(), 0);
    await secretariat.context().close();
  });
});
