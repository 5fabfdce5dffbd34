// One app binary per tool (README, "One binary per tool"): `sansang` (home, organization,
// converter), `sansang_students`, `sansang_campaign` (tracker, shared links) and `sansang_bulk`.
// A first visit fetches only the one its address needs — the page and the service worker's
// install alike — and moving between them by keyboard keeps what was typed and the language,
// with focus on the new page's heading; the bulk check's counts reach the tracker's binary.
import { test, expect } from '@playwright/test';
import { expectAppReady, expectNoAxeViolations, watchForProblems } from './helpers.mjs';
import { Shell } from './pages/shell.mjs';

const files = (name) => new RegExp(`/${name}-[0-9a-f]+(_bg\\.wasm|\\.js)$`);
const BINARIES = {
  main: files('sansang'),
  students: files('sansang_students'),
  campaign: files('sansang_campaign'),
  bulk: files('sansang_bulk'),
};
const ANY_BINARY = Object.values(BINARIES);
const MAIN_WASM = /\/sansang-[0-9a-f]+_bg\.wasm$/;
/** Resolves when the Wasm of binary `name` has come. */
const wasmOf = (page, name) => page.waitForResponse((r) => BINARIES[name].test(r.url()) && r.url().endsWith('_bg.wasm'));

/** Opens `hash` in a fresh context; returns the binaries' files requested (by the page or the
 *  service worker, each named once: how many bytes went over the wire is first-visit.spec.mjs's
 *  business) and, once the service worker has installed, the ones it keeps. */
async function firstVisit(browser, hash) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchForProblems(page);
  const fetched = [];
  // Finished requests only: the service worker asks the browser's cache for every binary
  // (`only-if-cached`, never the network), which fails for those the page did not load.
  context.on('requestfinished', (r) => { if (ANY_BINARY.some((p) => p.test(r.url()))) fetched.push(r.url()); });
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

for (const { entry, hash, binary } of [
  { entry: 'home', hash: '/#/', binary: 'main' },
  { entry: 'the student estimator', hash: '/#/hoc-sinh', binary: 'students' },
  { entry: 'a shared campaign link', hash: '/#/chien-dich/v1.abc', binary: 'campaign' },
  { entry: 'the bulk check', hash: '/#/danh-sach', binary: 'bulk' },
]) {
  test(`a first visit to ${entry} fetches and keeps only its binary`, async ({ browser }) => {
    const { fetched, kept } = await firstVisit(browser, hash);
    const own = BINARIES[binary];
    const others = ANY_BINARY.filter((p) => p !== own);
    expect(fetched.filter((u) => own.test(u)), 'its script and Wasm').toHaveLength(2);
    expect(fetched.filter((u) => others.some((p) => p.test(u))), 'no other binary is fetched').toEqual([]);
    expect(kept.filter((u) => own.test(u)), 'kept for offline use').toHaveLength(2);
    expect(kept.filter((u) => others.some((p) => p.test(u))), 'nor precached').toEqual([]);
  });
}

test('home → bulk check → organization → home by keyboard: the draft and the language are kept', async ({ page }) => {
  const problems = watchForProblems(page);
  const shell = new Shell(page, '#/to-chuc');
  await shell.openFresh();
  await shell.typeInto('org-name', 'Hợp tác xã Nông nghiệp Tân Phú');
  await shell.activate('English');
  await expect(shell.heading).toHaveText('Organization e-ID account readiness check');

  // To the bulk check: its binary loads; focus on its heading, still in English.
  const bulk = wasmOf(page, 'bulk');
  await shell.activate('Check a list');
  await bulk;
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
  await expectNoAxeViolations(page, 'organization after the bulk check\'s binary');

  // Home, inside the main binary.
  await shell.activate('Home');
  await expect(page).toHaveURL(/#\/$/);
  await expect(shell.heading).toHaveText('What do you need to know today?');
  await expect(shell.pageTitle).toBeFocused();
  await expectNoAxeViolations(page, 'home');
  expect(problems).toEqual([]);
});

// A link tapped while home's binary is still on its way (a slow connection): the page that opens
// is the link's, from its own binary — never "not found", never home.
test('a link followed while the home binary loads opens its page from its own binary', async ({ page }) => {
  const problems = watchForProblems(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked;
  const wasmAsked = new Promise((resolve) => { asked = resolve; });
  await page.route(MAIN_WASM, async (route) => { asked(); await held; await route.continue(); });
  const students = wasmOf(page, 'students');
  await page.goto('/#/', { waitUntil: 'commit' });
  await wasmAsked;
  await page.evaluate(() => { location.hash = '#/hoc-sinh'; });
  release();
  await students;
  await expectAppReady(page);
  await expect(page.locator('h1')).toHaveText('Ước tính số học sinh cần làm căn cước và tài khoản định danh');
  await expect(page.locator('#page-title')).toBeFocused();
  expect(problems).toEqual([]);
});
