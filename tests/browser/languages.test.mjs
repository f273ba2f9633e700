// tests/browser/languages.test.mjs — the group's own languages (issue 9, items 1–3), in a
// real browser:
//   Story 1: an envoy picks Russian in the header; every page after it is Russian
//            (<html lang="ru">, Russian navigation), and the choice is still there after
//            signing out and in again, because it is saved on the account.
//   Story 2: the secretariat picks Dari; the page turns right to left (<html dir="rtl">,
//            the heading starts on the right), while a Russian title quoted in it stays
//            left to right.
//   Story 3: the whole product walked in Dari and in Russian shows no English of ours: no
//            text or choice is one of our English messages, and the frame of every page
//            (headings, navigation, labels, buttons) has no Latin word but the group's own
//            content (isolated in <bdi>, dir="auto" or an element with its own lang), codes
//            and abbreviations.
// Screenshots of the Russian and Dari pages are kept in target/screenshots/.
// Run through ./scripts/test.sh, or: MAJLIS_BIN=target/debug/majlis node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  REPO, SHOTS, TEST_TIMEOUT, start, stop, story, apiFrom, newPage, signIn,
} from './harness.mjs';

before(start);
after(stop);

const RUSSIAN_TITLE = 'Заявление о транспортном коридоре';


// Picks `language` (its tag) in the header's picker, as a person does with the mouse, and
// waits for the page to come back in it.
async function pick(page, language) {
  await Promise.all([
    page.waitForURL(() => true, { waitUntil: 'load' }),
    page.locator('#language-choice').selectOption(language),
  ]);
  await page.waitForFunction((tag) => document.documentElement.lang === tag, language);
}

async function htmlAttributes(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

test('Story 1: an envoy picks Russian once and keeps it on every page and the next sign-in', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('languages-russian', page, async () => {
    await signIn(page, 'kz.envoy');
    await page.goto('/groups/CGA');
    assert.deepEqual(await htmlAttributes(page), { lang: 'en', dir: 'ltr' });
    await pick(page, 'ru');
    assert.deepEqual(await htmlAttributes(page), { lang: 'ru', dir: 'ltr' });
    assert.equal(new URL(page.url()).pathname, '/groups/CGA', 'the picker returns to the same page');
    await page.screenshot({ path: path.join(SHOTS, 'ru-group.png'), fullPage: true });

    await page.goto('/inbox');
    assert.equal((await htmlAttributes(page)).lang, 'ru');
    const navigation = await page.locator('header').innerText();
    assert.match(navigation, /Выйти/, `the header is Russian: ${navigation}`);
    assert.doesNotMatch(navigation, /Sign out/);

    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/signin'));
    await signIn(page, 'kz.envoy');
    assert.equal((await htmlAttributes(page)).lang, 'ru', 'the choice was saved on the account');
    await page.screenshot({ path: path.join(SHOTS, 'ru-after-sign-in.png'), fullPage: true });
  });
});

test('Story 2: in Dari the page mirrors, and a Russian title inside it stays left to right', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('languages-dari', page, async () => {
    await signIn(page, 'secretariat');
    await apiFrom(page, 'POST', '/api/v1/groups/CGA/texts', {
      title: RUSSIAN_TITLE, kind: 'joint_statement', language: 'ru', distribution: 'group',
      body: 'Участники продолжат работу над транспортным коридором.',
    });
    await page.goto('/groups/CGA/texts');
    await pick(page, 'fa-AF');
    assert.deepEqual(await htmlAttributes(page), { lang: 'fa-AF', dir: 'rtl' });

    const layout = await page.evaluate(() => {
      // Where the heading's words are, not its box (a block as wide as the page).
      const words = document.createRange();
      words.selectNodeContents(document.querySelector('main h1'));
      const heading = words.getBoundingClientRect();
      return { width: document.documentElement.clientWidth, left: heading.left, right: heading.right };
    });
    assert.ok(layout.width - layout.right < layout.left,
      `the heading starts on the right: ${JSON.stringify(layout)}`);

    const quoted = page.locator('main').getByText(RUSSIAN_TITLE, { exact: true }).first();
    const direction = await quoted.evaluate((el) => ({
      tag: el.tagName.toLowerCase(),
      direction: getComputedStyle(el).direction,
      isolated: !!el.closest('bdi, [dir=auto], [dir=ltr], [lang]:not(html)'),
    }));
    assert.equal(direction.direction, 'ltr', `the Russian title reads left to right: ${JSON.stringify(direction)}`);
    assert.ok(direction.isolated, `the Russian title is isolated from the Dari around it: ${JSON.stringify(direction)}`);
    await page.screenshot({ path: path.join(SHOTS, 'fa-AF-texts.png'), fullPage: true });

    await page.goto('/groups/CGA');
    assert.deepEqual(await htmlAttributes(page), { lang: 'fa-AF', dir: 'rtl' });
    await page.screenshot({ path: path.join(SHOTS, 'fa-AF-group.png'), fullPage: true });
  });
});

// Latin-letter words a page may show in any language: abbreviations, formats, the product.
const ALLOWED = new Set(['API', 'CGA', 'CSV', 'JSON', 'PDF', 'SHA', 'UTC', 'USD', 'SVG', 'ISO', 'IANA', 'ics', 'DEC', 'Majlis', 'majlis', 'verify', 'decision', 'FILE']);

// English messages of ours written out plainly (one line, no values), by identifier, from
// the locale folder: a page in another language that shows one of them shows our English.
function plainMessages(tag) {
  const dir = path.join(REPO, 'locales', tag);
  const messages = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const m = /^([a-z][\w-]*) = ([^{}]+)$/.exec(line);
      if (m) messages.set(m[1], m[2].trim());
    }
  }
  return messages;
}

// What is left in English on the page: (a) any text, or choice of a list, that is one of our
// English messages where the page's language says it otherwise; (b) any Latin word in the
// product's own frame of a page — header, navigation, headings, column heads, labels,
// buttons, terms — outside the group's own content (isolated in <bdi>, dir="auto" or a lang
// of its own), code and the record's own words (translate="no").
async function englishOnPage(page, ours) {
  return page.evaluate(({ ours, allowed }) => {
    const english = new Set(ours);
    const isolated = 'bdi, [dir]:not(html), [lang]:not(html), [translate=no], code, pre, textarea';
    const frame = 'header, nav, footer, h1, h2, h3, th, label, button, legend, dt, summary, caption';
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript') || parent.closest(isolated)) continue;
      const text = node.textContent.trim();
      if (english.has(text)) { found.push(`«${text}»`); continue; }
      if (!parent.closest(frame) || parent.closest('option')) continue;
      for (const word of text.match(/[A-Za-z]{3,}/g) ?? []) if (!allowed.includes(word)) found.push(word);
    }
    return found;
  }, { ours, allowed: [...ALLOWED] });
}

async function pagesOfTheDemo(page) {
  const first = async (url, prefix) => {
    await page.goto(url);
    return page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
  };
  return [
    '/groups', '/groups/CGA', '/groups/CGA/journal', '/groups/CGA/meetings/new',
    await first('/groups/CGA', '/meetings/'),
    '/groups/CGA/texts', await first('/groups/CGA/texts', '/texts/'),
    '/groups/CGA/decisions', await first('/groups/CGA/decisions', '/decisions/'),
    '/inbox', await first('/inbox', '/procedures/'),
    '/groups/CGA/dashboard', '/groups/CGA/roadmaps', await first('/groups/CGA/roadmaps', '/roadmaps/'),
    '/groups/CGA/indicators', await first('/groups/CGA/indicators', '/indicators/'),
    '/groups/CGA/agreements', '/groups/CGA/engagements', '/me',
    '/groups/CGA/papers', await first('/groups/CGA/papers', '/papers/'),
    `/search?q=${encodeURIComponent('железная дорога')}`,
    '/public/CGA/decisions', '/no-such-page',
  ];
}

for (const language of ['fa-AF', 'ru']) {
  test(`Story 3: the whole product in ${language} shows no English of ours`, { timeout: TEST_TIMEOUT * 2 }, async () => {
    const page = await newPage();
    const problems = [];
    await story(`languages-walk-${language}`, page, async () => {
      const english = plainMessages('en');
      const translated = plainMessages(language);
      // Only messages this language writes otherwise (a code such as "CGA" reads the same).
      const ours = [...english].filter(([id, text]) => translated.get(id) !== text && /[A-Za-z]{3,}/.test(text)).map(([, text]) => text);
      await signIn(page, 'secretariat');
      await pick(page, language);
      const pages = await pagesOfTheDemo(page);
      for (const url of pages) {
        await page.goto(url);
        assert.equal((await htmlAttributes(page)).lang, language, `${url} is in ${language}`);
        const english = await englishOnPage(page, ours);
        if (english.length > 0) problems.push(`${url}: ${[...new Set(english)].join(' ')}`);
      }
      await page.goto('/groups/CGA');
      await page.screenshot({ path: path.join(SHOTS, `${language}-walked.png`), fullPage: true });
    });
    assert.deepEqual(problems, [], `English left on pages in ${language}:\n${problems.join('\n')}`);
  });
}
