// First-visit bytes (issue 15, "Fetched once"): what a first visit really transfers — the
// page, its Wasm and the service worker's install — counted by the server itself (every body it
// sends, the service worker's fetches included), for a host that sends `Cache-Control:
// no-cache` without a validator (the test server, and some hosts) and one that sends `no-store`.
// Two first visits each time: home (the main app binary) and a shared campaign link (the
// tracker's binary; README, "One binary per tool"). Each must fetch only its own binary and stay
// within 1.05 × its first-load files as served (each file once, in the encoding the browser
// negotiated). Then another binary's first use (the bulk check's), and the file worker's: their
// two files once each, kept for offline use. The figures go to target/first-visit-bytes.txt, which .ci/size-report prints.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { expectAppReady, waitForServer } from './helpers.mjs';
import { BulkPage } from './pages/bulk.mjs';
import { workbookFile } from './workbook-files.mjs';

const DIST = new URL('../../../dist/', import.meta.url).pathname;
const TARGET = new URL('../../../target/', import.meta.url).pathname;
// Its own port: offline.spec.mjs serves its private copy on E2E_PORT + 1, maybe at the same time
// (the end-to-end tests run two files at once), and Lighthouse's default is E2E_PORT's + 2.
const PORT = String(Number(process.env.E2E_PORT ?? 8090) + 3);
// Fetched only on demand: the file worker and the lazy data assets (www/postbuild.mjs, LAZY).
const LAZY = /^(reader_worker-|old-units-)/;
const WORKER = /^reader_worker-/;
// The app binaries (README, "One binary per tool"): a visit fetches one of them. With the
// label of its first load in the size report.
const APPS = {
  main: /^sansang-[0-9a-f]+(_bg\.wasm|\.js)$/,
  students: /^sansang_students-[0-9a-f]+(_bg\.wasm|\.js)$/,
  campaign: /^sansang_campaign-[0-9a-f]+(_bg\.wasm|\.js)$/,
  bulk: /^sansang_bulk-[0-9a-f]+(_bg\.wasm|\.js)$/,
};
const SIZE_REPORT_LABELS = {
  main: 'FIRST LOAD: home',
  students: 'FIRST LOAD: students',
  campaign: 'FIRST LOAD: campaign tracker',
  bulk: 'FIRST LOAD: bulk check',
};
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|webmanifest|svg|txt)$/;

/** The first-load files of a visit that opens `app`'s binary, each once, as the server sends
 *  them to Chromium (brotli when compressible). */
function firstLoadAsServed(app) {
  let total = 0;
  for (const name of readdirSync(DIST)) {
    if (LAZY.test(name)) continue;
    if (Object.entries(APPS).some(([other, pattern]) => other !== app && pattern.test(name))) continue;
    const body = readFileSync(join(DIST, name));
    total += COMPRESSIBLE.test(name)
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
      : body.length;
  }
  return total;
}

/** The gzip -9 first-load total of `app` as the size report counts it. */
function sizeReportTotal(app) {
  const log = `${TARGET}ci-logs/size.log`;
  const label = SIZE_REPORT_LABELS[app];
  const line = existsSync(log) ? readFileSync(log, 'utf8').split('\n').find((l) => l.startsWith(label)) : null;
  return line ? Number(line.trim().split(/\s+/).pop()) : null;
}

/** Starts the test server on dist/ with `cacheControl`, logging every response. */
async function serve(cacheControl) {
  if (await fetch(`http://127.0.0.1:${PORT}/`).then(() => true, () => false)) {
    throw new Error(`port ${PORT} is already served: stop that server first (its bytes would not be counted)`);
  }
  const log = join(mkdtempSync(join(tmpdir(), 'sansang-visit-')), 'responses.jsonl');
  writeFileSync(log, '');
  const server = spawn('node', [new URL('../serve.mjs', import.meta.url).pathname, DIST, PORT], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SERVE_CACHE_CONTROL: cacheControl, SERVE_LOG: log },
  });
  // The server compresses every file (brotli 11) before it listens: slow on a busy machine.
  await waitForServer(`http://127.0.0.1:${PORT}/manifest.webmanifest`, 150_000);
  // The readiness probe is not part of the visit.
  writeFileSync(log, '');
  const responses = () => readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { server, responses };
}

/** Waits until no response has been logged for `quietMs`. */
async function settle(responses, quietMs = 1500) {
  let count = -1;
  while (count !== responses().length) {
    count = responses().length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

const figures = [];

/** Every file of the dist/ folder `pattern` matches, as cached by the service worker. */
async function keptFiles(page, pattern) {
  return page.evaluate(async (source) => {
    const re = new RegExp(source);
    const urls = [];
    for (const name of (await caches.keys()).filter((n) => n !== 'sansang-adopt')) {
      urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    }
    return urls.filter((u) => re.test(new URL(u).pathname.slice(1))).length;
  }, pattern.source);
}

/** A first visit at `hash` in a fresh browser context, the service worker's install included:
 *  checks that each file comes once, that only `app`'s binary comes, and that the bytes stay
 *  within 1.05 × that first load; returns the context, the page and the figure. */
async function firstVisit(browser, responses, cacheControl, hash, app) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pageRequests = [];
  page.on('request', (r) => pageRequests.push(`${new URL(r.url()).pathname} (${r.resourceType()})`));
  const before = responses().length;
  await page.goto(`http://127.0.0.1:${PORT}/${hash}`);
  await expectAppReady(page);
  // The service worker installed (its precache done) and controls the page.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await settle(responses);

  const visit = responses().slice(before);
  const bytes = visit.reduce((sum, r) => sum + r.bytes, 0);
  const perPath = new Map();
  for (const r of visit) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1);
  const twice = [...perPath].filter(([, n]) => n > 1).map(([p, n]) => `${p} ×${n}`);
  const served = firstLoadAsServed(app);
  const ratio = bytes / served;
  const gzip = sizeReportTotal(app);
  console.log(`first visit at ${hash} (${cacheControl}): ${bytes.toLocaleString('en')} B in ${visit.length} responses; `
    + `first-load files as served (brotli) ${served.toLocaleString('en')} B → ${ratio.toFixed(3)}×`
    + (gzip ? `; size report's gzip total ${gzip.toLocaleString('en')} B → ${(bytes / gzip).toFixed(3)}×` : '')
    + (twice.length ? `; fetched more than once: ${twice.join(', ')}` : '; every file once'));
  console.log(`page requests: ${pageRequests.join(', ')}\nserver: ${visit.map((r) => `${r.path} ${r.dest}`).join(', ')}`);
  expect(visit.some((r) => LAZY.test(r.path.slice(1))), 'the file worker and lazy data are not part of a first visit').toBe(false);
  const others = Object.entries(APPS).filter(([name]) => name !== app).map(([, pattern]) => pattern);
  expect(visit.filter((r) => others.some((p) => p.test(r.path.slice(1)))).map((r) => r.path), 'no other app binary is part of it').toEqual([]);
  expect(new Set(visit.filter((r) => APPS[app].test(r.path.slice(1))).map((r) => r.path)).size, 'its own binary: script and Wasm').toBe(2);
  expect(visit.filter((r) => r.path.endsWith('.wasm')).length, 'the Wasm once').toBe(1);
  // A no-store host forbids the browser to keep what the page loaded without a service worker:
  // index.html and the icon come twice (the page cannot hand the service worker its own HTML);
  // the script and the Wasm are handed over (www/postbuild.mjs, the loader).
  const repeatable = /^\/(|icon\.svg)$/;
  if (cacheControl === 'no-store') {
    expect(twice.filter((t) => !repeatable.test(t.split(' ')[0])), 'only the page and the icon twice').toEqual([]);
  }
  const goal = 1.05;
  expect(ratio, `first visit at ${hash}: ${bytes} B vs ${served} B`).toBeLessThanOrEqual(goal);
  const figure = `${bytes} B (${ratio.toFixed(3)}× the first-load files as served, ${served} B`
    + `${gzip ? `; ${(bytes / gzip).toFixed(3)}× the gzip total` : ''})`;
  return { context, page, figure };
}

/** Waits until the page, changed to `hash` by the app, has loaded anew with that page's binary. */
async function navigateInApp(page, hash) {
  const reloaded = page.waitForEvent('load');
  await page.evaluate((h) => { location.hash = h; }, hash);
  await reloaded;
  await expectAppReady(page);
}

for (const cacheControl of ['no-cache', 'no-store']) {
  test(`a first visit transfers each file once (${cacheControl})`, async ({ browser }) => {
    test.setTimeout(400_000);
    const { server, responses } = await serve(cacheControl);
    try {
      // Home: the main binary only. Then the bulk check: its binary once, kept offline.
      const home = await firstVisit(browser, responses, cacheControl, '#/', 'main');
      let before = responses().length;
      await navigateInApp(home.page, '#/danh-sach');
      await expect.poll(() => keptFiles(home.page, APPS.bulk), { timeout: 30_000 }).toBe(2);
      await settle(responses);
      const tool = responses().slice(before).filter((r) => APPS.bulk.test(r.path.slice(1)));
      const toolBytes = tool.reduce((sum, r) => sum + r.bytes, 0);
      console.log(`bulk check's binary, first use after home (${cacheControl}): ${toolBytes.toLocaleString('en')} B in ${tool.length} responses`);
      expect(tool.length, 'the bulk check\'s binary, script and Wasm once each').toBe(2);
      await home.context.close();

      // A shared campaign link: the tracker's binary only.
      const link = await firstVisit(browser, responses, cacheControl, '#/chien-dich/v1.abc', 'campaign');
      const page = link.page;

      // First use of the file worker (from the bulk check: another binary, so the page loads
      // again): its script and Wasm once each, then kept for offline use.
      await navigateInApp(page, '#/danh-sach');
      before = responses().length;
      const bulk = new BulkPage(page);
      await bulk.chooseFile(workbookFile('danh-sach-ba-trang.xlsx'));
      await expect(bulk.sheetsTitle).toBeVisible({ timeout: 60_000 });
      await expect.poll(() => keptFiles(page, WORKER), { timeout: 30_000 }).toBe(2);
      await settle(responses);
      const worker = responses().slice(before).filter((r) => WORKER.test(r.path.slice(1)));
      const workerBytes = worker.reduce((sum, r) => sum + r.bytes, 0);
      console.log(`file worker, first use (${cacheControl}): ${workerBytes.toLocaleString('en')} B in ${worker.length} responses (${worker.map((r) => r.path).join(', ')})`);
      expect(worker.length, 'the worker script and Wasm, once each').toBe(2);

      figures.push(`${cacheControl}: home ${home.figure}, shared campaign link ${link.figure}; `
        + `bulk check's binary first use after home ${toolBytes} B; file worker first use ${workerBytes} B`);
      mkdirSync(TARGET, { recursive: true });
      writeFileSync(`${TARGET}first-visit-bytes.txt`, `${figures.join('; ')}\n`);
      await link.context.close();
    } finally {
      // SIGKILL: a server still compressing (synchronously) before it listens must stop too.
      server.kill('SIGKILL');
    }
  });
}
