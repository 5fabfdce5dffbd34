// Bulk check of an organization list: upload a generated 10,000-row file with the keyboard-
// accessible file input, watch the progress, read the summary, filter the problems, download
// the cleaned list (and read it), accessibility and screenshots; and a responsiveness check
// while a 100,000-row file is processed.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, screenshots, watchForProblems, printedPages } from './helpers.mjs';
import { generatedFile } from './bulk-files.mjs';
import { BulkPage } from './pages/bulk.mjs';


test('a 10,000-row list: progress, summary, problems filter, cleaned download', async ({ page }) => {
  test.setTimeout(600_000);
  const file = generatedFile('10k');
  const problems = watchForProblems(page);
  const bulk = new BulkPage(page);
  await bulk.open();
  await expect(bulk.heading).toHaveText('Kiểm tra danh sách tổ chức');
  await expectNoAxeViolations(page, 'bulk (empty)');

  // The file input is reachable by keyboard; choose the file through it.
  await bulk.chooseFileByKeyboard(file);

  // Headers are known: the check starts at once, with a progress bar, and ends with results.
  await expect(bulk.results).toBeVisible({ timeout: 60_000 });
  await expect(bulk.verdict).toContainText('Đã kiểm tra 10.000 dòng');
  const summary = await bulk.summary.innerText();
  console.log(`bulk 10k summary:\n${summary}`);
  await expect(bulk.summary).toContainText('Mã số thuế đúng');
  await expect(bulk.communeRows.first()).toBeVisible();
  // The result (summary, the communes with most organizations) prints on one A4 page.
  expect(await printedPages(page, 'bulk-10k-print')).toBe(1);

  // Filter the problems to repeated tax codes.
  await bulk.filterProblems('Trùng mã số thuế');
  const rows = bulk.problemRows;
  await expect(rows.first()).toContainText('Trùng mã số thuế');
  expect(await rows.count()).toBeLessThanOrEqual(50);
  for (const text of await rows.locator('td:nth-child(2)').allInnerTexts()) {
    expect(text).toBe('Trùng mã số thuế');
  }
  await expect(rows.first().locator('td:nth-child(3)')).toContainText('đã có ở dòng');

  await expectNoAxeViolations(page, 'bulk (results)');
  await screenshots(page, 'bulk-results');

  // Download the cleaned list and read it back.
  const download = await bulk.download('Tải bản danh sách đã chuẩn hoá (CSV)');
  expect(download.suggestedFilename()).toBe('danh-sach-chuan-hoa.csv');
  const cleaned = readFileSync(await download.path(), 'utf8');
  expect(cleaned.charCodeAt(0)).toBe(0xfeff);
  const lines = cleaned.slice(1).split('\r\n').filter((l) => l.length > 0);
  expect(lines.length).toBe(10_001);
  expect(lines[0].startsWith('Dòng,Mã số thuế (chuẩn),Kiểm tra mã số thuế,Trùng với dòng,Mã xã (2025)')).toBe(true);
  expect(lines[0]).toContain('Tên người nộp thuế');
  const verdicts = lines.slice(1).map((l) => l.split(',')[2]);
  const right = verdicts.filter((v) => v === 'Đúng').length;
  console.log(`cleaned CSV: ${lines.length - 1} rows, ${right} with "Đúng"`);
  expect(summary.replace(/\./g, '')).toContain(String(right));

  // One click hands the per-commune counts to the campaign tracker (session storage, no names).
  await bulk.sendToTracker();
  const handover = await bulk.handover();
  expect(handover.version).toBe(2);
  expect(handover.province).toBe(91);
  expect(handover.rows.length).toBeGreaterThan(50);
  const organizations = handover.rows.reduce((sum, [, total]) => sum + total, 0) + handover.unassigned;
  console.log(`hand-over: ${handover.rows.length} communes, ${organizations} organizations`);
  expect(JSON.stringify(handover)).not.toContain('Công ty');

  // The tracker offers to make a campaign of them: one unit per commune, inactive excluded.
  await expect(page.getByRole('status').filter({ hasText: 'Kiểm tra danh sách' })).toContainText(`${handover.rows.length} xã, phường`);
  await page.getByRole('button', { name: 'Tạo chiến dịch từ số liệu này' }).click();
  await expect(page.locator('.units-table tbody tr')).toHaveCount(Math.min(100, handover.rows.length));
  const inTracker = handover.rows.reduce((sum, [, total, inactive]) => sum + total - inactive, 0);
  await expect(page.locator('.campaign-results .verdict')).toContainText(inTracker.toLocaleString('de-DE'));
  expect(await bulk.handover()).toBeNull();
  expect(problems).toEqual([]);
});

test('the page stays responsive while 100,000 rows are checked', async ({ page }) => {
  test.setTimeout(600_000);
  const file = generatedFile('100k');
  const bulk = new BulkPage(page);
  await bulk.open();
  // Measure the main thread: long tasks (> 50 ms) and the gaps of a 10 ms heartbeat.
  // Measure the main thread from the moment the file is chosen: long tasks (> 50 ms, with
  // their start) and the gaps of a 10 ms heartbeat.
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__gaps = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: 'longtask', buffered: false });
    let last = performance.now();
    window.__heartbeat = setInterval(() => {
      const now = performance.now();
      window.__gaps.push({ at: now, ms: now - last });
      last = now;
    }, 10);
  });
  const t0 = await page.evaluate(() => performance.now());
  await bulk.chooseFile(file);
  await expect(bulk.progress).toBeVisible({ timeout: 60_000 });
  const t1 = await page.evaluate(() => performance.now());
  await expect(bulk.results).toBeVisible({ timeout: 300_000 });
  const t2 = await page.evaluate(() => performance.now());
  const { longTasks, gaps } = await page.evaluate(() => ({ longTasks: window.__longTasks, gaps: window.__gaps }));
  const phase = (at) => (at < t1 ? 'reading' : at < t2 - 5 ? 'checking' : 'results');
  const worst = (list, key) => list.reduce((m, x) => (x[key] > m[key] ? x : m), { [key]: 0, start: 0, at: 0 });
  const worstGap = { reading: 0, checking: 0, results: 0 };
  for (const g of gaps) worstGap[phase(g.at)] = Math.max(worstGap[phase(g.at)], g.ms);
  console.log(`responsiveness, 100k rows: read ${(t1 - t0).toFixed(0)} ms, checked in ${(t2 - t1).toFixed(0)} ms `
    + `(wall clock, with yields); longest heartbeat gap while reading ${worstGap.reading.toFixed(0)} ms, `
    + `checking ${worstGap.checking.toFixed(0)} ms, showing results ${worstGap.results.toFixed(0)} ms; long tasks: `
    + (longTasks.map((x) => `${x.ms.toFixed(0)} ms (${phase(x.start)})`).join(', ') || 'none'));
  const longestTask = worst(longTasks, 'ms').ms;
  await expect(bulk.verdict).toContainText('100.000 dòng');
  // Generous bound: the goal is < 100 ms; only a real freeze fails the test.
  expect(longestTask).toBeLessThan(300);
});
