// Campaign tracker journeys: build a campaign by keyboard, share it, open the link in a new
// browser, decode the QR code; the documents' examples; damaged and newer links.
import { test, expect } from '@playwright/test';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { openApp, activateByKeyboard, expectNoAxeViolations, screenshots, watchForProblems, printedPages } from './helpers.mjs';

const summary = (page) => page.locator('.campaign-results .verdict');

test('an officer builds a campaign by keyboard, shares it, and the link opens the same figures elsewhere', async ({ page, browser }) => {
  const problems = watchForProblems(page);
  await openApp(page);
  await page.evaluate(() => localStorage.clear());
  await activateByKeyboard(page, 'Chiến dịch');
  await expect(page.locator('#page-title')).toHaveText('Theo dõi tiến độ chiến dịch');

  // Settings by keyboard: name, deadline, target.
  await page.locator('#campaign-name').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Cao điểm tổ chức — Huế');
  await page.locator('#campaign-start').fill('01/06/2025');
  await page.locator('#campaign-deadline').fill('30/06/2025');
  await page.locator('#campaign-as-of').fill('09/06/2025');
  await page.locator('#campaign-as-of').press('Tab');

  // Every commune of Huế in one step.
  await page.locator('#add-unit-province').selectOption({ label: 'Thành phố Huế' });
  await page.getByRole('button', { name: 'Thêm tất cả xã, phường của tỉnh' }).press('Enter');
  await expect(page.locator('.units-table tbody tr')).toHaveCount(40);

  // Figures for the first unit, typed the Vietnamese way.
  await page.locator('.units-table tbody tr').first().getByRole('button', { name: /Nhập số liệu/ }).press('Enter');
  await page.locator('#unit-0-base').fill('8.630');
  await page.locator('#unit-0-done').fill('1.309');
  await page.locator('#unit-0-done').press('Tab');
  await expect(summary(page)).toContainText('15,17');
  await expect(summary(page)).toContainText('1.309 / 8.630');
  await expect(page.locator('.campaign-results dl.figures')).toContainText('6.904');
  await page.getByRole('button', { name: 'Xong' }).press('Enter');

  await expectNoAxeViolations(page, 'campaign editor');
  await screenshots(page, 'campaign-editor');

  // Share: link, QR code that decodes to the link.
  await page.getByRole('button', { name: 'Tạo đường liên kết' }).press('Enter');
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/#\/chien-dich\/2\.[A-Za-z0-9_-]+$/);
  const qr = PNG.sync.read(await page.locator('svg.qr-code').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height);
  expect(decoded?.data).toBe(link);
  await expectNoAxeViolations(page, 'campaign share');

  // A colleague opens the link in a fresh browser (no storage, no draft).
  const other = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const colleague = await other.newPage();
  const colleagueProblems = watchForProblems(colleague);
  await colleague.goto(link);
  await expect(colleague.locator('#page-title')).toHaveText('Cao điểm tổ chức — Huế');
  await expect(colleague.locator('.units-table tbody tr')).toHaveCount(40);
  await expect(colleague.locator('.units-table tbody tr').first()).toContainText('8.630');
  await expect(colleague.locator('.units-table tbody tr').first()).toContainText('1.309');
  await expectNoAxeViolations(colleague, 'shared view');
  await screenshots(colleague, 'campaign-shared');
  await colleague.getByRole('button', { name: 'Sửa một bản sao' }).click();
  await expect(colleague).toHaveURL(/#\/chien-dich$/);
  await expect(colleague.locator('#campaign-name')).toHaveValue('Cao điểm tổ chức — Huế');
  expect(colleagueProblems).toEqual([]);
  await other.close();
  expect(problems).toEqual([]);
});

test('the Huế and Kiên Giang examples reproduce the documents, and say where they differ', async ({ page }) => {
  await openApp(page, '#/chien-dich');
  await page.getByRole('button', { name: /^Huế — Công văn 7218/ }).click();
  await expect(summary(page)).toContainText('15,17');
  const figures = page.locator('.campaign-results dl.figures');
  await expect(figures).toContainText('6.904');
  await expect(figures).toContainText('5.595');
  await expect(figures).toContainText('266,4');

  await page.getByRole('button', { name: /^Kiên Giang — Kế hoạch 374/ }).click();
  const table = page.locator('section:has(#figures-title) table');
  await expect(table).toContainText('430');
  await expect(table).toContainText('429');
  await expectNoAxeViolations(page, 'Kiên Giang example');
  await screenshots(page, 'campaign-kien-giang');
});

test('a damaged link and a newer version give a clear message and a working page', async ({ page }) => {
  const problems = watchForProblems(page);
  await openApp(page, '#/chien-dich/2.AAAAthis-is-not-a-campaign');
  await expect(page.locator('#page-title')).toHaveText('Không mở được chiến dịch từ đường liên kết');
  await expect(page.locator('[role=alert]')).toContainText('bị hỏng');
  await expectNoAxeViolations(page, 'damaged link');
  await page.goto('/#/chien-dich/9.AAAA');
  await expect(page.locator('[role=alert]')).toContainText('phiên bản Sẵn Sàng mới hơn');
  await page.getByRole('link', { name: 'Mở trang theo dõi trống' }).click();
  await expect(page.locator('#page-title')).toHaveText('Theo dõi tiến độ chiến dịch');
  expect(problems).toEqual([]);
});

test('results print on one A4 page, for one unit and for 104 communes', async ({ page }) => {
  await openApp(page, '#/chien-dich');
  await page.getByRole('button', { name: /^Huế — Công văn 7218/ }).click();
  expect(await printedPages(page, 'campaign-hue-print')).toBe(1);
  await page.getByRole('button', { name: /^Hưng Yên — 104/ }).click();
  await expect(page.locator('.units-table tbody tr')).toHaveCount(100);
  expect(await printedPages(page, 'campaign-hung-yen-104-print')).toBe(1);
  await page.getByRole('button', { name: /^Kiên Giang — Kế hoạch 374/ }).click();
  expect(await printedPages(page, 'campaign-kien-giang-print')).toBe(1);
});
