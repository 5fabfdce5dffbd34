// Offline after the first visit, strict CSP, and the "new version" notice.
import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { SCREENS, expectAppReady, expectNoAxeViolations, openApp, waitForServer, watchForProblems } from './helpers.mjs';

async function waitForServiceWorkerControl(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // A link followed before the app is ready is app-binaries.spec.mjs's test, not this one's.
  await expectAppReady(page);
}

/** Goes to `hash`, a page of another binary: the app loads the page again with it. */
async function inOtherBinary(page, hash) {
  const loaded = page.waitForEvent('load');
  await page.goto(hash);
  await loaded;
  await expectAppReady(page);
}

// The binary of home (README, "One binary per tool") is kept at the first visit; each tool's
// the first time a page of it opens.
test('works with the network off after the first visit and the first use of each tool', async ({ page, context }) => {
  const problems = watchForProblems(page);
  await openApp(page, '#/');
  await waitForServiceWorkerControl(page);
  for (const hash of ['/#/hoc-sinh', '/#/chien-dich/v1.abc', '/#/danh-sach']) await inOtherBinary(page, hash);
  await context.setOffline(true);
  await page.reload();
  await expectAppReady(page);
  await expect(page.locator('h1')).toHaveText('Kiểm tra danh sách tổ chức');
  for (const [hash, heading] of [
    ['/#/hoc-sinh', 'Ước tính số học sinh cần làm căn cước và tài khoản định danh'],
    ['/#/', 'Bạn cần biết điều gì hôm nay?'],
    ['/#/chien-dich', 'Theo dõi tiến độ chiến dịch'],
  ]) {
    await inOtherBinary(page, hash);
    await expect(page.locator('h1')).toHaveText(heading);
  }
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test('offline at a tool not opened before on this device: says to connect once', async ({ page, context }) => {
  await openApp(page, '#/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const loaded = page.waitForEvent('load');
  await page.goto('/#/danh-sach');
  await loaded;
  const notKept = page.locator('#app .boot__not-kept');
  await expect(notKept).toHaveText('Công cụ này chưa được lưu trên máy để dùng khi không có mạng. Hãy kết nối mạng rồi tải lại trang: từ đó công cụ dùng được cả khi mất mạng.');
  await expect(page.locator('#app .boot__spinner')).toBeHidden();
  await expect(page.locator('#page-title')).toHaveText('Kiểm tra danh sách tổ chức');
  await expectNoAxeViolations(page, 'bulk check offline, not kept yet');
  await page.setViewportSize({ width: 375, height: 700 });
  await page.screenshot({ path: `${SCREENS}offline-not-kept-375.png` });
  // The header's links still work: home is kept.
  const home = page.waitForEvent('load');
  await page.locator('.site-nav a[href="#/"]').click();
  await home;
  await expectAppReady(page);
  await expect(page.locator('h1')).toHaveText('Bạn cần biết điều gì hôm nay?');
  // Back online, the tool opens and is kept.
  await context.setOffline(false);
  const tool = page.waitForEvent('load');
  await page.goto('/#/danh-sach');
  await tool;
  await expectAppReady(page);
  await expect(page.locator('h1')).toHaveText('Kiểm tra danh sách tổ chức');
});

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
  await openApp(page, '#/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/https?:/);
});

test('a new version shows "Có phiên bản mới — Tải lại" and reloads into it', async ({ browser }) => {
  // Serve a private copy of dist/ so the test can publish a "new version" of the service worker.
  const dir = mkdtempSync(join(tmpdir(), 'sansang-dist-'));
  cpSync(new URL('../../../dist', import.meta.url).pathname, dir, { recursive: true });
  const port = String(Number(process.env.E2E_PORT ?? 8090) + 1);
  const server = spawn('node', [new URL('../serve.mjs', import.meta.url).pathname, dir, port], { stdio: 'ignore' });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/#/`);
    await expectAppReady(page);
    await waitForServiceWorkerControl(page);

    const swPath = join(dir, 'sw.js');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const banner = page.locator('.update-banner');
    await expect(banner).toContainText('Có phiên bản mới');
    await banner.getByRole('button', { name: 'Tải lại' }).click();
    await page.waitForLoadState('load');
    await expectAppReady(page);
    // The page may still be reloading when the first look is taken: try again until it answers.
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).join(',')).catch(() => '')).toContain('-next');
    await context.close();
  } finally {
    server.kill();
  }
});
