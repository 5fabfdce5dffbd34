// Two app binaries (README, "Two app binaries"): `sansang` (home, organization, converter) and
// `sansang_tables` (students, campaign tracker, bulk check). A first visit fetches only the one
// its address needs — the page and the service worker's install alike — and moving between the
// two by keyboard keeps what was typed and the language, with focus on the new page's heading.
import { test, expect } from '@playwright/test';
import { expectAppReady, expectNoAxeViolations, watchForProblems } from './helpers.mjs';
import { Shell } from './pages/shell.mjs';

const MAIN = /\/sansang-[0-9a-f]+(_bg\.wasm|\.js)$/;
const TABLES = /\/sansang_tables-[0-9a-f]+(_bg\.wasm|\.js)$/;
const MAIN_WASM = /\/sansang-[0-9a-f]+_bg\.wasm$/;

/** Opens `hash` in a fresh context; returns the binaries' files requested (by the page or the
 *  service worker, each named once: how many bytes went over the wire is first-visit.spec.mjs's
 *  business) and, once the service worker has installed, the ones it keeps. */
async function firstVisit(browser, hash) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchForProblems(page);
  const fetched = [];
  // Finished requests only: the service worker asks the browser's cache for both binaries
  // (`only-if-cached`, never the network), which fails for the one the page did not load.
  context.on('requestfinished', (r) => { if (MAIN.test(r.url()) || TABLES.test(r.url())) fetched.push(r.url()); });
  await page.goto(hash);
  await expectAppReady(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const kept = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return urls;
  });
  expect(problems).toEqual([]);
  await context.close();
  return { fetched: [...new Set(fetched)], kept };
}

for (const { entry, hash, own, other } of [
  { entry: 'home', hash: '/#/', own: MAIN, other: TABLES },
  { entry: 'a shared campaign link', hash: '/#/chien-dich/v1.abc', own: TABLES, other: MAIN },
]) {
  test(`a first visit to ${entry} fetches and keeps only its binary`, async ({ browser }) => {
    const { fetched, kept } = await firstVisit(browser, hash);
    expect(fetched.filter((u) => own.test(u)), 'its script and Wasm').toHaveLength(2);
    expect(fetched.filter((u) => other.test(u)), 'the other binary is not fetched').toEqual([]);
    expect(kept.filter((u) => own.test(u)), 'kept for offline use').toHaveLength(2);
    expect(kept.filter((u) => other.test(u)), 'nor precached').toEqual([]);
  });
}

test('home → bulk check → organization → home by keyboard: the draft and the language are kept', async ({ page }) => {
  const problems = watchForProblems(page);
  const shell = new Shell(page, '#/to-chuc');
  await shell.openFresh();
  await shell.typeInto('org-name', 'Hợp tác xã Nông nghiệp Tân Phú');
  await shell.activate('English');
  await expect(shell.heading).toHaveText('Organization e-ID account readiness check');

  // To the bulk check: the tables binary loads; focus on its heading, still in English.
  const tables = page.waitForResponse((r) => TABLES.test(r.url()) && r.url().endsWith('_bg.wasm'));
  await shell.activate('Check a list');
  await tables;
  await expect(page).toHaveURL(/#\/danh-sach$/);
  await expectAppReady(page);
  await expect(shell.heading).toHaveText('Check a list of organizations');
  await expect(shell.pageTitle).toBeFocused();
  await expect(shell.currentNavItem).toHaveText('Check a list');
  await expectNoAxeViolations(page, 'bulk check after the main binary');

  // Back to the organization form: the main binary again, with what was typed.
  await shell.activate('Organizations');
  await expect(page).toHaveURL(/#\/to-chuc$/);
  await expectAppReady(page);
  await expect(shell.pageTitle).toBeFocused();
  await expect(shell.byId('org-name')).toHaveValue('Hợp tác xã Nông nghiệp Tân Phú');
  await expectNoAxeViolations(page, 'organization after the tables binary');

  // Home, inside the main binary.
  await shell.activate('Home');
  await expect(page).toHaveURL(/#\/$/);
  await expect(shell.heading).toHaveText('What do you need to know today?');
  await expect(shell.pageTitle).toBeFocused();
  await expectNoAxeViolations(page, 'home');
  expect(problems).toEqual([]);
});

// A link tapped while home's binary is still on its way (a slow connection): the page that opens
// is the link's, from the other binary — never "not found", never home.
test('a link followed while the home binary loads opens its page from the other binary', async ({ page }) => {
  const problems = watchForProblems(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked;
  const wasmAsked = new Promise((resolve) => { asked = resolve; });
  await page.route(MAIN_WASM, async (route) => { asked(); await held; await route.continue(); });
  const tables = page.waitForResponse((r) => TABLES.test(r.url()) && r.url().endsWith('_bg.wasm'));
  await page.goto('/#/', { waitUntil: 'commit' });
  await wasmAsked;
  await page.evaluate(() => { location.hash = '#/hoc-sinh'; });
  release();
  await tables;
  await expectAppReady(page);
  await expect(page.locator('h1')).toHaveText('Ước tính số học sinh cần làm căn cước và tài khoản định danh');
  await expect(page.locator('#page-title')).toBeFocused();
  expect(problems).toEqual([]);
});
