import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';
test('probe worker', async ({ page }) => {
  const logs = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  await openApp(page, '#/danh-sach');
  const r = await page.evaluate(async () => {
    const url = document.querySelector('meta[name="sansang-file-worker"]').content;
    const w = new Worker(url);
    return await new Promise((res) => {
      w.onmessage = (e) => res({ ok: true, data: JSON.stringify(e.data) });
      w.onerror = (e) => res({ ok: false, msg: e.message });
      setTimeout(() => res({ ok: false, msg: 'timeout' }), 20000);
    });
  });
  console.log(JSON.stringify(r), logs.join('\n'));
});
