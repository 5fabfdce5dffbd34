// Bulk check of a list with pre-merger addresses (issue 14): the tax office's 300-row list (old
// communes in their own cells, old addresses in one cell, today's addresses) plus six rows in an
// old commune split between new ones, chosen by keyboard. The page fetches the conversion table,
// checks again with it, shows rows by how their commune was found with the table's source and
// date, settles the split commune for the whole list in one step (remembered on this device, in
// the cleaned list and the hand-over), axe and screenshots. And the table missing at first use:
// a clear message, the rest of the check stands.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { activateByKeyboard, expectNoAxeViolations, screenshots, tabTo, watchForProblems } from './helpers.mjs';
import { generatedFile } from './bulk-files.mjs';
import { BulkPage } from './pages/bulk.mjs';

const SOURCE = 'Bảng chuyển đổi ĐVHC mới – cũ';

test('the 300-row list with old addresses, by keyboard: converted, the split step, export, hand-over', async ({ page }) => {
  test.setTimeout(300_000);
  const file = generatedFile('old-300');
  const problems = watchForProblems(page);
  const bulk = new BulkPage(page);
  await bulk.open();
  await bulk.chooseFileByKeyboard(file);
  // A title row above the header: the mapping step shows how the columns were read first.
  await expect(page.locator('#bulk-column-district')).toHaveValue('5');
  await activateByKeyboard(page, 'Kiểm tra danh sách');

  // The list has district columns: the table is fetched, then the list is checked with it.
  await expect(bulk.results).toBeVisible({ timeout: 60_000 });
  await expect(bulk.summary).toContainText('Địa chỉ cũ: đã đổi sang xã, phường mới', { timeout: 30_000 });
  await expect(page.locator('.bulk-data')).toHaveCount(0);
  await expect(bulk.verdict).toContainText('Đã kiểm tra 306 dòng');
  const summary = await bulk.summary.innerText();
  console.log(`bulk old-300 summary:\n${summary}`);
  // Every converted figure carries the table's source and date.
  await expect(bulk.summary).toContainText(SOURCE);
  await expect(bulk.summary).toContainText('23/10/2025');
  await expect(page.locator('.bulk-communes .bulk-source')).toContainText('23/10/2025');
  await expect(bulk.summary).toContainText('Địa chỉ cũ ở xã đã chia: cần chọn xã mới');

  // Rows converted read "old address nay là new commune" in the problems table.
  await bulk.filterProblems('Địa chỉ cũ đã đổi');
  await expect(bulk.problemRows.first().locator('td:nth-child(3)')).toContainText(/^Xã .+, Huyện .+ nay là .+/);

  // The split step: one old commune, six rows, counted "possibly" in each candidate.
  const choice = page.locator('.bulk-splits select');
  await expect(choice).toHaveCount(1);
  await expect(page.locator('.bulk-splits label')).toContainText('(6 dòng)');
  await expect(page.locator('.bulk-splits')).toContainText('Thôn 1');
  await page.getByRole('button', { name: /^Xem tất cả các xã/ }).click();
  const possibly = await page.locator('.bulk-communes__table tbody tr td:nth-child(8)').allInnerTexts();
  expect(possibly.filter((t) => t === '6').length).toBeGreaterThanOrEqual(2);
  await expectNoAxeViolations(page, 'bulk with old addresses (split open)');

  // Settle it by keyboard for the whole list.
  const id = await choice.getAttribute('id');
  await tabTo(page, 'the split choice', new Function(`return document.activeElement?.id === ${JSON.stringify(id)};`), 200);
  const candidate = await choice.locator('option').nth(2).getAttribute('value');
  const candidateName = (await choice.locator('option').nth(2).innerText()).split(',')[0];
  await choice.selectOption(candidate);
  await expect(bulk.summary).not.toContainText('Địa chỉ cũ ở xã đã chia');
  await expect(choice).toHaveValue(candidate);
  const settled = await page.evaluate(() => localStorage.getItem('sansang.bulk.settlements'));
  expect(settled).toMatch(new RegExp(`^\\d{5}>${candidate}$`));
  const row = page.locator('.bulk-communes__table tbody tr', { hasText: candidateName }).first();
  await expect(row.locator('td:nth-child(5)')).not.toHaveText('0');
  await expectNoAxeViolations(page, 'bulk with old addresses (split settled)');
  await screenshots(page, 'bulk-old-addresses');

  // The cleaned list: new commune code, name, province, how each was found (the choice too).
  const download = await bulk.download('Tải bản danh sách đã chuẩn hoá (CSV)');
  const cleaned = readFileSync(await download.path(), 'utf8').slice(1).split('\r\n').filter((l) => l.length > 0);
  expect(cleaned.length).toBe(307);
  expect(cleaned[0]).toContain('Mã xã (2025),"Xã, phường (2025)","Tỉnh, thành phố (2025)"');
  expect(cleaned[0]).toContain(SOURCE);
  const chosen = cleaned.filter((l) => l.includes('đổi từ địa chỉ cũ (bạn đã chọn)'));
  expect(chosen.length).toBe(6);
  expect(chosen.every((l) => l.includes(`,${candidate},`))).toBe(true);
  console.log(`cleaned: ${cleaned.length - 1} rows, ${cleaned.filter((l) => l.includes('đổi từ địa chỉ cũ')).length} converted from old addresses`);

  // The hand-over carries the converted counts; nothing is left "possibly".
  await bulk.sendToTracker();
  const handover = await bulk.handover();
  expect(handover.version).toBe(2);
  expect(handover.converted).toBeGreaterThan(150);
  expect(handover.split).toBe(0);
  expect(handover.possibly).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: 'Kiểm tra danh sách' })).toContainText('từ địa chỉ cũ');

  // The choice is remembered on this device: the same list opened again is settled at once.
  await bulk.open();
  await bulk.chooseFile(file);
  // Its column mapping is remembered too: the check starts at once.
  await expect(bulk.summary).toContainText('Địa chỉ cũ: đã đổi sang xã, phường mới', { timeout: 60_000 });
  await expect(bulk.summary).not.toContainText('Địa chỉ cũ ở xã đã chia');
  await expect(page.locator('.bulk-splits select')).toHaveValue(candidate);
  expect(problems).toEqual([]);
});

test.describe('offline at first use', () => {
  // The page's routes see the page's own fetches only when no service worker answers them.
  test.use({ serviceWorkers: 'block' });

test('the conversion table missing at first use: a clear message, the rest of the check stands', async ({ page }) => {
  test.setTimeout(120_000);
  const file = generatedFile('old-300');
  await page.route('**/old-units-*.bin', (route) => route.abort('internetdisconnected'));
  const bulk = new BulkPage(page);
  await bulk.open();
  await bulk.chooseFile(file);
  await bulk.button('Kiểm tra danh sách').click();
  await expect(bulk.results).toBeVisible({ timeout: 60_000 });
  const alert = page.locator('.bulk-data[role=alert]');
  await expect(alert).toContainText('Chưa tải được bảng chuyển đổi vì máy đang không có mạng');
  await expect(bulk.verdict).toContainText('Đã kiểm tra 306 dòng');
  await expect(bulk.summary).toContainText('địa chỉ cũ chờ bảng chuyển đổi');
  await expect(bulk.summary).not.toContainText('Địa chỉ cũ: đã đổi');
  await expect(bulk.summary).toContainText('Địa chỉ mới: xã, phường tìm thấy');
  await expectNoAxeViolations(page, 'bulk without the conversion table');

  // Back online: "Thử lại" fetches it and the list is checked again.
  await page.unroute('**/old-units-*.bin');
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(bulk.summary).toContainText('Địa chỉ cũ: đã đổi sang xã, phường mới', { timeout: 60_000 });
  await expect(alert).toHaveCount(0);
});
});
