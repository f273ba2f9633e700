// tests/browser/a11y.test.mjs — access for everyone (issue 9, item 5), in a real browser:
//   Story 1: axe-core's WCAG 2.2 AA rules over every page type, each seen by the people who
//            see its forms; any serious or critical violation fails, listed by rule, element
//            and page.
//   Story 2: an envoy signs in, reaches the position form of an open consensus round and
//            records a position by keyboard alone, each page entered by its skip link, with a
//            visible focus indicator on every element focused on the way; and on every page
//            every stop of the Tab order shows where focus is.
//   Story 3: at 320 px wide no page scrolls sideways; a wide table scrolls inside its own
//            region, which keyboard users can focus and screen readers can name.
//   Story 4: printed, a page keeps its markings top and bottom and drops navigation, forms
//            and buttons, black on white.
//   And the stylesheet is written with logical properties only, so that a page turned right
//   to left mirrors, which one page shows.
// Run through ./scripts/test.sh, or: MAJLIS_BIN=target/debug/majlis node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  PASSWORD, REPO, SHOTS, TEST_TIMEOUT, start, stop, story, apiFrom, newPage, signIn,
} from './harness.mjs';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol rather than added as a <script>: the pages'
// Content-Security-Policy allows no inline script, and the audit must run under it.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NARROW = 320;

before(start);
after(stop);


// The secretariat drafts a text without brackets and opens a consensus round on it, so that
// the envoys have a position form to fill; returns the procedure's page.
async function openConsensusRound(title) {
  const page = await newPage();
  let url;
  await story(`a11y-open-${title}`, page, async () => {
    await signIn(page, 'secretariat');
    const text = await apiFrom(page, 'POST', '/api/v1/groups/CGA/texts', {
      title, kind: 'joint_statement', language: 'en', distribution: 'group',
      body: 'The participants will meet again before the end of the year.',
    });
    const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    const opened = await apiFrom(page, 'POST', `/api/v1/texts/${text.id}/procedures`, { kind: 'consensus', version: 1, deadline });
    url = `/procedures/${opened.id}`;
  });
  return url;
}

// The first link on `url` whose address starts with `prefix`.
async function firstHref(page, url, prefix) {
  await page.goto(url);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
  assert.ok(href, `${url} links to no ${prefix}…`);
  return href;
}

// Pages in the state a refused form leaves them: the error summary, the flagged fields.
async function refusedSignIn(page) {
  await page.locator('input[name=username]').fill('nobody.here');
  await page.locator('input[name=password]').fill('not-the-password-at-all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.flash-error').waitFor();
}

async function meetingWithoutCity(page) {
  const form = page.getByRole('form', { name: 'Plan a meeting' });
  await form.evaluate((f) => { f.noValidate = true; }); // let the server answer, as without scripts
  await form.getByLabel('City').fill('');
  await form.getByRole('button', { name: 'Plan the meeting' }).click();
  await page.locator('.problem').waitFor();
  // The summary has focus to start from, and the field's message is read with the field.
  assert.ok(await page.locator('.problem').evaluate((el) => el === document.activeElement), 'the summary has focus');
  const city = await page.locator('#city').evaluate((el) => ({
    invalid: el.getAttribute('aria-invalid'),
    description: (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim(),
  }));
  assert.equal(city.invalid, 'true', 'the field is marked invalid');
  assert.ok(city.description.length > 0, 'the field is described by its message');
}

async function objectionWithoutReason(page) {
  const form = page.getByRole('form', { name: 'Record a position' });
  await form.getByRole('radio', { name: /^Object/ }).check();
  await form.getByRole('button', { name: 'Record position' }).click();
  await page.locator('.problem').waitFor();
}

// Every page type, as the people who see the most of it: the route as router.rs names it,
// the address, who signs in (null: nobody) and what they do there first, if anything.
// Worked out once per server, from the demo's own links.
let pagesCache;
async function pageList() {
  if (pagesCache) return pagesCache;
  const consensus = await openConsensusRound('Statement on the next meeting (audit)');
  const page = await newPage();
  await story('a11y-discover', page, async () => {
    await signIn(page, 'secretariat');
    const meeting = await firstHref(page, '/groups/CGA', '/meetings/');
    const text = await firstHref(page, '/groups/CGA/texts', '/texts/');
    const paper = await firstHref(page, '/groups/CGA/papers', '/papers/');
    const decision = await firstHref(page, '/groups/CGA/decisions', '/decisions/');
    const roadmap = await firstHref(page, '/groups/CGA/roadmaps', '/roadmaps/');
    const line = await firstHref(page, roadmap, '/lines/');
    const indicator = await firstHref(page, '/groups/CGA/indicators', '/indicators/');
    const silence = await firstHref(page, '/inbox', '/procedures/');
    const at = (route, url, who, then) => ({ route, url, who, then });
    pagesCache = [
      at('/signin', '/signin', null),
      at('/signin', '/signin', null, refusedSignIn),
      at('/public/{code}/decisions', '/public/CGA/decisions', null),
      at('(not found)', '/no-such-page', null),
      at('/groups', '/groups', 'kz.envoy'),
      at('/groups/{code}', '/groups/CGA', 'secretariat'),
      at('/groups/{code}/journal', '/groups/CGA/journal', 'kz.envoy'),
      at('/groups/{code}/meetings/new', '/groups/CGA/meetings/new', 'secretariat'),
      at('/groups/{code}/meetings/new', '/groups/CGA/meetings/new', 'secretariat', meetingWithoutCity),
      at('/meetings/{id}', meeting, 'secretariat'),
      at('/meetings/{id}', meeting, 'kz.envoy'),
      at('/groups/{code}/texts', '/groups/CGA/texts', 'secretariat'),
      at('/texts/{id}', text, 'secretariat'),
      at('/texts/{id}', text, 'kz.envoy'),
      at('/groups/{code}/papers', '/groups/CGA/papers', 'secretariat'),
      at('/papers/{id}', paper, 'kz.envoy'),
      at('/procedures/{id}', consensus, 'uz.envoy'),
      at('/procedures/{id}', consensus, 'uz.envoy', objectionWithoutReason),
      at('/procedures/{id}', consensus, 'secretariat'),
      at('/procedures/{id}', silence, 'tj.envoy'),
      at('/groups/{code}/decisions', '/groups/CGA/decisions', 'kz.envoy'),
      at('/decisions/{id}', decision, 'kz.envoy'),
      at('/inbox', '/inbox', 'kz.envoy'),
      at('/groups/{code}/dashboard', '/groups/CGA/dashboard', 'kz.envoy'),
      at('/groups/{code}/roadmaps', '/groups/CGA/roadmaps', 'secretariat'),
      at('/roadmaps/{id}', roadmap, 'secretariat'),
      at('/lines/{id}', line, 'kg.envoy'),
      at('/groups/{code}/indicators', '/groups/CGA/indicators', 'kz.envoy'),
      at('/indicators/{id}', indicator, 'secretariat'),
      at('/groups/{code}/agreements', '/groups/CGA/agreements', 'secretariat'),
      at('/groups/{code}/engagements', '/groups/CGA/engagements', 'uz.envoy'),
      at('/search', '/search', 'kz.envoy'),
      at('/search', `/search?q=${encodeURIComponent('железной дороги')}`, 'uz.envoy'),
      at('/search', `/search?q=${'x'.repeat(201)}`, 'uz.envoy'),
      at('/me', '/me', 'kz.envoy'),
      at('/admin', '/admin', 'admin'),
    ];
  });
  return pagesCache;
}

// Every page route of the route table (GET answered with HTML), so a page added later cannot
// escape the audit.
function pageRoutes() {
  const router = readFileSync(path.join(REPO, 'src/http/router.rs'), 'utf8');
  const pages = router.slice(router.indexOf('let pages = Router::new()'));
  const routes = [...pages.matchAll(/\.route\(\s*"([^"]+)",\s*get\(pages::/g)].map((m) => m[1]);
  // `/` only redirects to /groups or /signin; a `.pdf` is a document, not a page (its own
  // tests read it back with pdftotext).
  return routes.filter((r) => r !== '/' && !r.endsWith('.pdf'));
}

// Visits every page with one browser context per person; `check(page)` runs on each and
// returns a list of problems, each prefixed with the page and the person.
async function overEveryPage(name, { viewport, check }) {
  const pages = await pageList();
  const problems = [];
  for (const who of new Set(pages.map((p) => p.who))) {
    const page = await newPage();
    if (viewport) await page.setViewportSize(viewport);
    await story(`${name}-${who ?? 'anonymous'}`, page, async () => {
      if (who) await signIn(page, who);
      for (const { url, then } of pages.filter((p) => p.who === who)) {
        await page.goto(url);
        if (then) await then(page);
        const where = `${url}${then ? ` after ${then.name}` : ''} (${who ?? 'signed out'})`;
        for (const problem of await check(page)) problems.push(`${where}: ${problem}`);
      }
    });
  }
  return problems;
}

test('the audit covers every page route of the route table', { timeout: TEST_TIMEOUT }, async () => {
  const audited = new Set((await pageList()).map((p) => p.route));
  const missing = pageRoutes().filter((route) => !audited.has(route));
  assert.deepEqual(missing, [], 'page routes not audited; add them to pageList()');
});

test('Story 1: every page passes axe-core\'s WCAG 2.2 AA rules with nothing serious or critical', { timeout: TEST_TIMEOUT * 2 }, async () => {
  const started = Date.now();
  const counts = {};
  const problems = await overEveryPage('a11y-axe', {
    check: async (page) => {
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async (tags) => {
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
        // axe leaves text as dark as its background to a person's judgement (it might be
        // hidden on purpose); no text of ours is, so such text is a violation here.
        const invisible = result.incomplete
          .filter((v) => v.id === 'color-contrast')
          .map((v) => ({ ...v, impact: 'serious', nodes: v.nodes.filter((n) => n.any.some((c) => c.data?.messageKey === 'equalRatio')) }))
          .filter((v) => v.nodes.length > 0);
        return [...result.violations, ...invisible].map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`),
        }));
      }, AXE_TAGS);
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => {
          counts[v.id] = (counts[v.id] ?? 0) + v.targets.length;
          return v.targets.map((t) => `${v.id} (${v.impact}, ${v.help}): ${t}`);
        });
    },
  });
  console.log(`axe-core ${JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version} over ${(await pageList()).length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; violations by rule: ${JSON.stringify(counts)}`);
  assert.deepEqual(problems, [], `serious or critical violations:\n${problems.join('\n')}`);
});

// What shows that the focused element has focus: an outline that is drawn, or a box shadow.
function focusIndicator() {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.outlineColor);
  const shadow = style.boxShadow !== 'none';
  const label = el.getAttribute('aria-label') || el.labels?.[0]?.textContent.trim() || el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40) || el.getAttribute('name') || '';
  return {
    visible: outline || shadow,
    what: `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} "${label}" (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, box-shadow ${style.boxShadow})`,
    tag: el.tagName,
    type: el.type,
    href: el.getAttribute('href'),
    text: el.textContent.trim(),
    autosubmit: el.matches('select[data-autosubmit]'),
    skipLink: el.matches('.skip-link'),
  };
}

// Presses Tab until `wanted(focused)` holds, checking the focus indicator at each stop.
async function tabTo(page, wanted, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(focusIndicator);
    assert.notEqual(focused.tag, 'BODY', `Tab left the page at ${page.url()} before reaching the element wanted`);
    assert.ok(focused.visible, `no visible focus indicator on ${focused.what} at ${page.url()}`);
    if (wanted(focused)) return focused;
  }
  throw new Error(`${limit} presses of Tab at ${page.url()} never reached the element wanted`);
}

// The skip link is the first stop, and following it puts focus on the main content.
async function skipToMain(page) {
  const first = await tabTo(page, () => true, 1);
  assert.equal(first.text, 'Skip to main content', 'the first Tab reaches the skip link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main', 'the skip link moves focus to main');
}

test('Story 2: an envoy records a position by keyboard alone', { timeout: TEST_TIMEOUT }, async () => {
  const title = 'Statement on a keyboard-only round';
  await openConsensusRound(title);
  const page = await newPage();
  await story('a11y-keyboard', page, async () => {
    await page.goto('/signin');
    await skipToMain(page);
    await tabTo(page, (f) => f.tag === 'INPUT');
    await page.keyboard.type('kz.envoy');
    await tabTo(page, (f) => f.tag === 'INPUT');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/signin'));

    // From the group page: past the skip link, along the masthead to the inbox.
    const first = await tabTo(page, () => true, 1);
    assert.equal(first.text, 'Skip to main content', 'the first Tab reaches the skip link');
    await tabTo(page, (f) => f.href === '/inbox');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/inbox');

    await skipToMain(page);
    await tabTo(page, (f) => f.tag === 'A' && f.text.includes(title));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/procedures/'));

    await skipToMain(page);
    await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'radio');
    // Arrow keys move through a radio group and choose; the second choice is "concur with a
    // statement", the third "stand aside".
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => document.activeElement.value);
    assert.equal(chosen, 'stand_aside');
    assert.ok((await page.evaluate(focusIndicator)).visible, 'the chosen radio button shows focus');
    await tabTo(page, (f) => f.tag === 'TEXTAREA');
    await page.keyboard.type('Kazakhstan will not stand in the way of the others.');
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Record position');
    await page.keyboard.press('Enter');
    // The page's own notice (the live region for updates is a status too, and stays empty).
    await page.locator('.flash[role=status]').waitFor();
    const row = page.getByRole('region', { name: 'Parties' }).getByRole('row', { name: /Kazakhstan|KZ/ });
    assert.match(await row.innerText(), /stand aside/i);
    assert.match(await row.innerText(), /Kazakhstan will not stand in the way of the others\./);
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-position.png'), fullPage: true });
  });
});

// A list that submits its form when a choice is made (the language picker) must let the
// keyboard look through the choices first: arrow keys submit nothing, Enter submits (WCAG
// 3.2.2). Submissions are caught and stopped, so the page stays for the rest of the check.
async function browseWithArrows(page, focused) {
  await page.evaluate(() => {
    window.submissions = 0;
    document.addEventListener('submit', (ev) => { window.submissions += 1; ev.preventDefault(); }, { capture: true });
  });
  const submissions = () => page.evaluate(() => window.submissions);
  const found = [];
  await page.keyboard.press('ArrowDown');
  if (await submissions() !== 0) found.push(`the arrow key submitted the form of ${focused.what}`);
  await page.keyboard.press('Enter');
  const afterEnter = await submissions();
  if (afterEnter !== 1) found.push(`Enter submitted the form of ${focused.what} ${afterEnter} times, not once`);
  await page.keyboard.press('ArrowUp'); // back to the choice the page opened with
  return found;
}

test('on every page, every stop of the Tab order shows where focus is, and no list submits at an arrow key', { timeout: TEST_TIMEOUT * 2 }, async () => {
  let stopsSeen = 0;
  const problems = await overEveryPage('a11y-focus', {
    check: async (page) => {
      const found = [];
      for (let stops = 0; stops < 400; stops++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(focusIndicator);
        stopsSeen += 1;
        // Past the last stop focus leaves the page, or comes round to the skip link again.
        if (focused.tag === 'BODY' || (focused.skipLink && stops > 0)) return found;
        if (!focused.visible) found.push(`no visible focus indicator on ${focused.what}`);
        if (focused.autosubmit) found.push(...await browseWithArrows(page, focused));
      }
      return [...found, 'the Tab order never leaves the page'];
    },
  });
  console.log(`${stopsSeen} stops of the Tab order checked`);
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('Story 3: at 320 px wide no page scrolls sideways; wide tables scroll in their own region', { timeout: TEST_TIMEOUT * 2 }, async () => {
  const problems = await overEveryPage('a11y-narrow', {
    viewport: { width: NARROW, height: 800 },
    check: async (page) => page.evaluate((narrow) => {
      const found = [];
      const root = document.documentElement;
      if (root.scrollWidth > narrow + 1) {
        // Name the widest elements that stick out, to say what to fix.
        const wide = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > narrow + 1 && !el.parentElement.closest('.table-wrap') && !el.closest('.skip-link'))
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`);
        found.push(`the page is ${root.scrollWidth} px wide: ${wide.slice(-5).join(', ')}`);
      }
      for (const el of document.querySelectorAll('main *')) {
        const style = getComputedStyle(el);
        if (el.scrollWidth <= el.clientWidth + 1 || !/auto|scroll/.test(style.overflowX)) continue;
        const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
        if (el.tabIndex < 0 || !named) found.push(`${el.tagName.toLowerCase()}.${el.className} scrolls sideways but ${el.tabIndex < 0 ? 'cannot be focused' : 'has no accessible name'}`);
      }
      return found;
    }, NARROW),
  });
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('Story 4: a printed page keeps its markings and drops navigation, forms and buttons', { timeout: TEST_TIMEOUT * 2 }, async () => {
  const problems = await overEveryPage('a11y-print', {
    check: async (page) => {
      await page.emulateMedia({ media: 'print' });
      const found = await page.evaluate(() => {
        const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
        const out = [];
        const banners = [...document.querySelectorAll('body > .marking-banner')];
        if (banners.length !== 2 || !banners.every(shown)) out.push('the marking is not printed top and bottom');
        if (banners[0] && document.body.firstElementChild !== banners[0] && shown(document.body.firstElementChild)) out.push('something prints above the marking');
        for (const el of document.querySelectorAll('nav, form, button, input, select, textarea, .skip-link, .button')) {
          if (shown(el)) out.push(`${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} is printed`);
        }
        const body = getComputedStyle(document.body);
        if (body.color !== 'rgb(0, 0, 0)' || !/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/.test(body.backgroundColor)) out.push(`the body prints ${body.color} on ${body.backgroundColor}`);
        return out;
      });
      await page.emulateMedia({ media: 'screen' });
      return found;
    },
  });
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('a page turned right to left mirrors: the masthead and the content start on the right', { timeout: TEST_TIMEOUT }, async () => {
  const page = await newPage();
  await story('a11y-rtl', page, async () => {
    await signIn(page, 'kz.envoy');
    await page.goto('/groups/CGA');
    const edges = () => page.evaluate(() => {
      const box = (selector) => document.querySelector(selector).getBoundingClientRect();
      return { width: document.documentElement.clientWidth, brand: box('a.brand'), crumbs: box('nav.breadcrumbs li'), heading: box('main h1') };
    });
    const ltr = await edges();
    await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
    const rtl = await edges();
    for (const part of ['brand', 'crumbs']) {
      assert.ok(Math.abs((ltr.width - ltr[part].left) - rtl[part].right) <= 2, `${part} is mirrored: ${JSON.stringify([ltr[part], rtl[part]])}`);
    }
    assert.ok(Math.abs(ltr.heading.left - (ltr.width - rtl.heading.right)) <= 2, 'the heading starts on the right');
    assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w + 1, ltr.width), 'nothing sticks out on the left');
  });
});

test('the stylesheet uses logical properties only, so a right-to-left page mirrors', () => {
  const css = readFileSync(path.join(REPO, 'static/majlis.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const physical = [
    /(?:^|[\s;{])(?:margin|padding|border|inset)-(?:left|right|top|bottom)(?:-\w+)?\s*:/,
    /(?:^|[\s;{])(?:left|right|top|bottom)\s*:/,
    /(?:^|[\s;{])(?:width|height|min-width|min-height|max-width|max-height)\s*:/,
    /text-align\s*:\s*(?:left|right)/,
    /float\s*:\s*(?:left|right)/,
    /clear\s*:\s*(?:left|right)/,
    /border-(?:top|bottom)-(?:left|right)-radius/,
  ];
  const offending = css.split('\n').map((line, i) => [i + 1, line])
    .filter(([, line]) => physical.some((re) => re.test(line)));
  assert.deepEqual(offending, [], 'physical properties in static/majlis.css');
});
