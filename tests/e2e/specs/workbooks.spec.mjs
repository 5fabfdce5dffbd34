// Workbooks and legacy encodings on the bulk check (issue 15): each format opened by keyboard
// (and one dropped), through the file worker fetched on first use; the sheet picker; the TCVN3
// before/after preview and its conversion; a Windows-1258 CSV; an .xlsx download opened back;
// offline after first use; bad inputs that keep the page; Cancel; axe on every new state and
// screenshots at 375 px of the picker and the preview. Controls are found through the page
// object (pages/bulk.mjs).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, screenshots, watchForProblems } from './helpers.mjs';
import { BulkPage } from './pages/bulk.mjs';
import { FORMATS, KNOWN_CRASHES, workbookFile } from './workbook-files.mjs';

const OFFICE_SHEET = 'DN chưa có TK định danh';

/** The worker's script and Wasm requests seen by the page. */
function watchWorker(page) {
  const seen = [];
  page.on('request', (r) => { if (/reader_worker-/.test(r.url())) seen.push(r.url()); });
  return seen;
}

/** The bulk page, opened. */
async function openBulk(page) {
  const bulk = new BulkPage(page);
  await bulk.open();
  return bulk;
}

test('an .xlsx with title rows gives the same results as the CSV of its rows', async ({ page }) => {
  const problems = watchForProblems(page);
  const worker = watchWorker(page);
  const bulk = await openBulk(page);
  expect(worker, 'the file worker is not fetched before a file needs it').toEqual([]);
  await expect(bulk.fileInput).toHaveAttribute('accept', /\.xlsx.*\.xls.*\.xlsb.*\.ods/);

  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.csv'));
  const fromCsv = await bulk.resultsSummary();
  await expect(bulk.verdict).toContainText('Đã kiểm tra 300 dòng');
  expect(worker, 'a UTF-8 CSV needs no worker').toEqual([]);

  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.xlsx'));
  await expect(bulk.sourceLine(`trang tính “${OFFICE_SHEET}”`)).toBeVisible({ timeout: 60_000 });
  const fromXlsx = await bulk.resultsSummary();
  expect(fromXlsx).toBe(fromCsv);
  await expect(bulk.readNotes).toContainText('Bỏ qua 2 dòng tiêu đề phía trên; tên cột ở dòng 4');
  expect(worker.some((u) => u.endsWith('.js')) && worker.some((u) => u.endsWith('_bg.wasm')), `worker files fetched: ${worker}`).toBe(true);
  // The problems name the sheet's own row numbers (data from row 5).
  const firstRow = Number((await bulk.problemRows.first().locator('td').first().innerText()).replace(/\./g, ''));
  expect(firstRow).toBeGreaterThanOrEqual(5);
  await expectNoAxeViolations(page, 'bulk (workbook results)');
  expect(problems).toEqual([]);
});

test('the same list as .xlsx, .xls and .ods (saved by LibreOffice) gives the same results', async ({ page }) => {
  const problems = watchForProblems(page);
  const bulk = await openBulk(page);
  const summaries = {};
  for (const format of ['xlsx', 'xls', 'ods']) {
    await bulk.chooseFileByKeyboard(`${FORMATS}tax-office-list.${format}`);
    await expect(bulk.sourceLine(`tax-office-list.${format}`)).toBeVisible({ timeout: 60_000 });
    await expect(bulk.verdict).toContainText('Đã kiểm tra 7 dòng');
    // The first list fetches the conversion table and is checked again with it: compare the
    // settled results, not the first ones.
    summaries[format] = await bulk.resultsSummary();
    // The mapping step (folded under the results) names the format.
    await expect(bulk.formatLine).toContainText(`Định dạng: .${format}`);
  }
  expect(summaries.xls).toBe(summaries.xlsx);
  expect(summaries.ods).toBe(summaries.xlsx);
  // Two sheets in OpenDocument: the picker too.
  await bulk.chooseFileByKeyboard(`${FORMATS}two-sheets.ods`);
  await expect(bulk.sheetsTitle).toContainText('2 trang tính', { timeout: 60_000 });
  await expectNoAxeViolations(page, 'bulk (.ods sheet picker)');
  expect(problems).toEqual([]);
});

test('a workbook dropped on the box is read the same way', async ({ page }) => {
  const bulk = await openBulk(page);
  await bulk.dropFile('danh-sach-doanh-nghiep.xlsx', readFileSync(workbookFile('danh-sach-doanh-nghiep.xlsx')));
  await expect(bulk.verdict).toContainText('Đã kiểm tra 300 dòng', { timeout: 60_000 });
});

test('several sheets: the picker, an empty sheet said so, then the list', async ({ page }) => {
  const problems = watchForProblems(page);
  const bulk = await openBulk(page);
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-ba-trang.xlsx'));
  await expect(bulk.sheetsTitle).toHaveText('Tệp danh-sach-ba-trang.xlsx có 3 trang tính', { timeout: 60_000 });
  // The picker takes focus: the keyboard user is at the question.
  await expect(bulk.sheetSelect).toBeFocused();
  await expect(bulk.sheetOptions).toHaveText(['Hướng dẫn', 'Trống', 'DN 2026']);
  await expectNoAxeViolations(page, 'bulk (sheet picker)');
  await screenshots(page, 'bulk-sheet-picker');

  // "Trống" by keyboard: the empty sheet is said so, and the picker stays.
  await bulk.sheetSelect.focus();
  await page.keyboard.press('ArrowDown');
  await expect(bulk.sheetSelect).toHaveValue('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(bulk.fileError).toContainText('Trang tính “Trống” trống. Chọn trang tính có danh sách');
  await expect(bulk.sheetsTitle).toBeVisible();
  await expectNoAxeViolations(page, 'bulk (empty sheet error)');

  await bulk.sheetSelect.selectOption('2');
  await bulk.button('Đọc trang tính này').press('Enter');
  await expect(bulk.verdict).toContainText('Đã kiểm tra 40 dòng', { timeout: 60_000 });
  await expect(bulk.fileError).toHaveCount(0);
  await expect(bulk.sheetsTitle).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('TCVN3 cells: before/after preview, converted only when asked', async ({ page }) => {
  const problems = watchForProblems(page);
  const bulk = await openBulk(page);
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-tcvn3.xlsx'));
  const preview = bulk.legacyPreview;
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(bulk.legacyPreviewHeading).toBeFocused();
  await expect(preview).toContainText('TCVN3 (ABC, .VnTime)');
  const row = preview.locator('tbody tr').filter({ hasText: 'C«ng ty TNHH Hßa B×nh' });
  await expect(row.locator('td').nth(1)).toHaveText('Công ty TNHH Hòa Bình');
  await expect(bulk.results).toHaveCount(0);
  await expectNoAxeViolations(page, 'bulk (TCVN3 preview)');
  await screenshots(page, 'bulk-tcvn3-preview');

  // "Giữ nguyên": read as it is; its headers are not recognised, so the mapping step asks.
  await bulk.pressOn('Giữ nguyên');
  await expect(bulk.columnsTitle).toBeVisible();
  await expect(bulk.mappingPreview).toContainText('C«ng ty TNHH Hßa B×nh');

  // Again, "Chuyển sang Unicode": the headers map and the check runs at once.
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-tcvn3.xlsx'));
  await expect(bulk.legacyPreview).toBeVisible({ timeout: 60_000 });
  await bulk.pressOn('Chuyển sang Unicode');
  await expect(bulk.verdict).toContainText('Đã kiểm tra 3 dòng', { timeout: 60_000 });
  await expect(bulk.readNotes).toContainText('từ bảng mã TCVN3 (ABC, .VnTime) sang Unicode');
  await expectNoAxeViolations(page, 'bulk (converted)');
  expect(problems).toEqual([]);
});

test('a pasted TCVN3 list: the page glances, the worker looks and converts', async ({ page }) => {
  const problems = watchForProblems(page);
  const worker = watchWorker(page);
  const bulk = await openBulk(page);
  // Unicode Vietnamese needs no worker.
  await bulk.paste('Mã số thuế,Tên doanh nghiệp\n0100109106,Công ty Hòa Bình\n');
  await expect(bulk.verdict).toContainText('Đã kiểm tra 1 dòng', { timeout: 60_000 });
  expect(worker, 'no worker for a Unicode list').toEqual([]);

  await bulk.paste('M· sè thuÕ,Tªn doanh nghiÖp,Ph\u00ADêng/x·\n'
    + '0100109106,C«ng ty Hßa B×nh,X· VÜnh Hßa HiÖp\n0314409058-002,Chi nh¸nh,Ph\u00ADêng Sµi Gßn\n');
  await expect(bulk.legacyPreview).toBeVisible({ timeout: 60_000 });
  expect(worker.length, 'the worker looked').toBeGreaterThan(0);
  await expect(bulk.legacyPreview).toContainText('TCVN3 (ABC, .VnTime)');
  await expect(bulk.legacyPreview.locator('tbody tr').first().locator('td').nth(1)).toContainText('Mã số thuế');
  await expect(bulk.legacyPreviewHeading).toBeFocused();
  await bulk.pressOn('Chuyển sang Unicode');
  await expect(bulk.verdict).toContainText('Đã kiểm tra 2 dòng', { timeout: 60_000 });
  await expect(bulk.readNotes).toContainText('từ bảng mã TCVN3 (ABC, .VnTime) sang Unicode');
  await expect(bulk.sourceLine('Bảng đã dán')).toBeVisible();
  await expectNoAxeViolations(page, 'bulk (pasted TCVN3, converted)');
  expect(problems).toEqual([]);
});

test('a Windows-1258 CSV is read and says its encoding', async ({ page }) => {
  const problems = watchForProblems(page);
  const bulk = await openBulk(page);
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.csv'));
  const fromUtf8 = await bulk.resultsSummary();
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-1258.csv'));
  await expect(bulk.readNotes).toContainText('Windows-1258', { timeout: 60_000 });
  expect(await bulk.resultsSummary()).toBe(fromUtf8);
  await expect(bulk.results).not.toContainText('\uFFFD');
  await expectNoAxeViolations(page, 'bulk (Windows-1258)');
  expect(problems).toEqual([]);
});

test('an .xlsx download opens back in the app with the same verdicts', async ({ page }) => {
  const problems = watchForProblems(page);
  const bulk = await openBulk(page);
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.xlsx'));
  const original = await bulk.resultsSummary();
  const valid = original.match(/Mã số thuế đúng\s+([\d.]+)/)?.[1];
  expect(valid).toBeTruthy();

  for (const [name, file] of [
    ['Tải danh sách dòng cần xem lại (Excel)', 'danh-sach-can-xem.xlsx'],
    ['Tải số liệu theo xã (Excel)', 'so-to-chuc-theo-xa.xlsx'],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), bulk.button(name).click()]);
    expect(download.suggestedFilename()).toBe(file);
    expect(readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    bulk.button('Tải bản danh sách đã chuẩn hoá (Excel)').click(),
  ]);
  expect(download.suggestedFilename()).toBe('danh-sach-chuan-hoa.xlsx');
  const cleaned = await download.path();

  // Back in: the cleaned list's own tax-code column holds the codes as text (a leading zero
  // lost would make them wrong), so checking it again finds as many right codes.
  await bulk.fileInput.setInputFiles({ name: 'danh-sach-chuan-hoa.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(cleaned) });
  // Its added columns (new commune and province, the old commune read) sit beside the original
  // ones: the mapping step asks which to use before checking.
  await bulk.button('Kiểm tra danh sách').click();
  await expect(bulk.sourceLine('trang tính “Danh sách chuẩn hoá”')).toBeVisible({ timeout: 60_000 });
  const again = await bulk.resultsSummary();
  expect(again.match(/Mã số thuế đúng\s+([\d.]+)/)?.[1]).toBe(valid);
  await expect(bulk.verdict).toContainText('Đã kiểm tra 300 dòng');
  expect(problems).toEqual([]);
});

test('bad workbooks get their own sentence and the page keeps its results', async ({ page }) => {
  const problems = watchForProblems(page);
  const bulk = await openBulk(page);
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.csv'));
  const before = await bulk.resultsSummary();
  const cases = [
    [`${FORMATS}password.xlsx`, 'Tệp có mật khẩu nên không đọc được'],
    [`${FORMATS}password.xls`, 'Tệp có mật khẩu nên không đọc được'],
    [`${FORMATS}password.ods`, 'Tệp có mật khẩu nên không đọc được'],
    [workbookFile('danh-sach-hong.xlsx'), 'Tệp bị hỏng hoặc chưa tải xong'],
    [workbookFile('trang-trong.xlsx'), 'Trang tính “Sheet1” trống'],
  ];
  for (const [path, message] of cases) {
    await bulk.chooseFileByKeyboard(path);
    await expect(bulk.fileError).toContainText(message, { timeout: 60_000 });
    await expect(bulk.errorSummary).toContainText(message);
    expect(await bulk.summary.innerText(), `${path}: results kept`).toBe(before);
    await expectNoAxeViolations(page, `bulk (${message})`);
  }
  // Not a workbook at all, though named like one.
  await bulk.fileInput.setInputFiles({ name: 'danh-sach.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 not really a workbook') });
  await expect(bulk.fileError).toContainText('Tệp bị hỏng hoặc chưa tải xong', { timeout: 60_000 });
  expect(await bulk.summary.innerText()).toBe(before);
  expect(problems).toEqual([]);
});

test('a file that crashes the reader: said so, the page keeps its results, the next file reads', async ({ page }) => {
  const problems = watchForProblems(page);
  const bulk = await openBulk(page);
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.csv'));
  const before = await bulk.resultsSummary();
  // calamine 0.38 panics on the first .xls's shared strings, and asks for ~500 GB for the
  // second's cells: either way the worker dies mid-read.
  const message = 'Không đọc được tệp này: có chỗ bị hỏng mà bộ đọc không vượt qua được';
  for (const [i, crash] of ['calamine-sst-read-past-record.xls', 'calamine-xls-cells-reserve.xls'].entries()) {
    if (i > 0) {
      // The list again first, so the sentence below is this file's, not the last one's.
      await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.csv'));
      await expect(bulk.fileError).toHaveCount(0);
      expect(await bulk.resultsSummary()).toBe(before);
    }
    await bulk.chooseFileByKeyboard(`${KNOWN_CRASHES}workbook/${crash}`);
    await expect(bulk.fileError, crash).toContainText(message, { timeout: 60_000 });
    await expect(bulk.fileError).toContainText('lưu lại thành .xlsx hoặc CSV');
    await expect(bulk.errorSummary).toContainText(message);
    await expect(bulk.workerProgress).toHaveCount(0);
    expect(await bulk.summary.innerText(), `${crash}: results kept`).toBe(before);
  }
  await expectNoAxeViolations(page, 'bulk (reader crashed)');
  await screenshots(page, 'bulk-reader-crashed');
  // The next workbook gets a fresh worker and reads.
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-ba-trang.xlsx'));
  await expect(bulk.sheetsTitle).toHaveText('Tệp danh-sach-ba-trang.xlsx có 3 trang tính', { timeout: 60_000 });
  await expect(bulk.fileError).toHaveCount(0);
  // The panic is the worker's, caught and said: the page itself logged no error.
  expect(problems.filter((p) => !/reader_worker|RuntimeError: unreachable/.test(p))).toEqual([]);
});

test('Cancel while a large workbook is read keeps the list the page had', async ({ page }) => {
  test.setTimeout(300_000);
  const bulk = await openBulk(page);
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.csv'));
  const before = await bulk.resultsSummary();
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-100k.xlsx'));
  const progress = bulk.workerProgress;
  await expect(progress).toBeVisible();
  await expectNoAxeViolations(page, 'bulk (worker progress)');
  await bulk.pressOn('Dừng');
  await expect(progress).toHaveCount(0);
  await expect(bulk.status('Đã dừng. Dữ liệu đang có vẫn giữ nguyên')).toBeVisible();
  await expect(bulk.fileInput).toBeFocused();
  expect(await bulk.summary.innerText()).toBe(before);
  // The next workbook starts a new worker.
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-tcvn3.xlsx'));
  await expect(bulk.legacyPreview).toBeVisible({ timeout: 60_000 });
});

test('after first use, workbooks open offline', async ({ page, context }) => {
  const problems = watchForProblems(page);
  const bulk = await openBulk(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-ba-trang.xlsx'));
  await expect(bulk.sheetsTitle).toBeVisible({ timeout: 60_000 });
  // The service worker keeps the worker's files (fetched through it, or handed over by the page).
  await expect.poll(() => page.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const name of names.filter((n) => n.startsWith('sansang-') && n !== 'sansang-adopt')) {
      urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    }
    return urls.filter((u) => /reader_worker-/.test(u)).length;
  }), { timeout: 30_000 }).toBe(2);

  await context.setOffline(true);
  await bulk.reload();
  await bulk.chooseFileByKeyboard(workbookFile('danh-sach-doanh-nghiep.xlsx'));
  await expect(bulk.verdict).toContainText('Đã kiểm tra 300 dòng', { timeout: 60_000 });
  await context.setOffline(false);
  expect(problems).toEqual([]);
});
