// Workbooks on the campaign tracker (issues 15 and 16): a unit table saved as .xlsx opened by
// keyboard through the file worker — the sheet picker, title rows skipped, commune codes stored
// as numbers kept as 00004 … — then a week's report .xlsx updating the campaign it made, and the
// progress table downloaded as .xlsx and opened back in the tracker. Axe on each new state,
// screenshots at 375 px. Controls are found through the page object (pages/campaign.mjs).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, screenshots, watchForProblems } from './helpers.mjs';
import { CampaignPage } from './pages/campaign.mjs';
import { workbookFile } from './workbook-files.mjs';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** dd/mm/yyyy `days` after the dd/mm/yyyy date `text`. */
function daysAfter(text, days) {
  const [d, m, y] = text.split('/').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  const two = (n) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

test('a unit table and a week\'s report open as .xlsx by keyboard; the progress table exports as .xlsx and opens back', async ({ page }) => {
  const problems = watchForProblems(page);
  const tracker = new CampaignPage(page);
  await tracker.open('#/');
  await page.evaluate(() => localStorage.clear());
  await tracker.open();
  await expect(tracker.weeklyFileInput).toHaveAttribute('accept', /\.xlsx.*\.xls.*\.ods/);

  // The unit table: an instructions sheet first, so the picker asks (and takes focus).
  await tracker.chooseWeeklyFileByKeyboard(workbookFile('don-vi-chien-dich.xlsx'));
  await expect(tracker.sheetsTitle).toHaveText('Tệp don-vi-chien-dich.xlsx có 2 trang tính', { timeout: 60_000 });
  await expect(tracker.sheetSelect).toBeFocused();
  await expectNoAxeViolations(page, 'campaign (sheet picker)');
  await page.keyboard.press('ArrowDown');
  await expect(tracker.sheetSelect).toHaveValue('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const preview = tracker.weeklyPreview;
  await expect(preview).toContainText('Dòng tiêu đề ở dòng 4', { timeout: 60_000 });
  await expect(preview).toContainText('Đọc từ trang tính “Đơn vị” của tệp “don-vi-chien-dich.xlsx”.');
  await expect(tracker.weeklyNotes).toContainText('tên cột ở dòng 4');
  await expect(preview).toContainText('Danh sách mới có 4 đơn vị');
  await expect(preview).toContainText('0 dòng hoặc ô không đọc được');
  await expectNoAxeViolations(page, 'campaign (unit table from a workbook)');
  await screenshots(page, 'campaign-workbook-units');
  await tracker.replaceUnits();
  await expect(tracker.rows).toHaveCount(4);
  // 4 stored as a number is commune 00004, Phường Ba Đình.
  await expect(tracker.row('Phường Ba Đình')).toContainText('610');
  await expect(tracker.row('Phường Hoàn Kiếm')).toContainText('1.910');

  // A week's report updates the campaign it made: one sheet, no picker; the total row left out.
  const asOf = await tracker.figuresDate.inputValue();
  await tracker.chooseWeeklyFileByKeyboard(workbookFile('bao-cao-tuan-2.xlsx'));
  await expect(preview).toContainText('Sẽ cập nhật 4 đơn vị, thêm 0 đơn vị mới; bỏ qua 1 dòng tổng; 0 dòng', { timeout: 60_000 });
  await tracker.setWeeklyDate(daysAfter(asOf, 7));
  await expectNoAxeViolations(page, 'campaign (weekly report from a workbook)');
  const status = await tracker.applyWeeklyTable();
  await expect(status).toContainText('Đã cập nhật 4 đơn vị');
  await expect(tracker.figuresDate).toHaveValue(daysAfter(asOf, 7));
  await expect(tracker.row('Phường Ba Đình')).toContainText('790');
  await expect(tracker.row('Phường Hoàn Kiếm')).toContainText('2.105');

  // The progress table as .xlsx, from the file worker, opened back in the tracker.
  const download = await tracker.downloadProgressXlsx();
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  await expectNoAxeViolations(page, 'campaign (after the .xlsx download)');
  await tracker.unfold('Cập nhật từ bảng báo cáo tuần');
  await tracker.weeklyFileInput.setInputFiles({ name: download.suggestedFilename(), mimeType: XLSX_MIME, buffer: bytes });
  await expect(preview).toContainText('Sẽ cập nhật 4 đơn vị, thêm 0 đơn vị mới', { timeout: 60_000 });
  await expect(preview).toContainText(`Đọc từ trang tính “Tiến độ” của tệp “${download.suggestedFilename()}”.`);
  await expectNoAxeViolations(page, 'campaign (progress .xlsx opened back)');
  await page.getByRole('button', { name: 'Bỏ bảng này' }).click();
  await expect(preview).toHaveCount(0);
  expect(problems).toEqual([]);
});
