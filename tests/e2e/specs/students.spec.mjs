// Student coverage estimator: the Hưng Yên 2026 example in one click, a pasted 40-row roster with
// 3 bad rows, a CSV file opened from disk, the column-mapping step, errors, keyboard only, axe,
// screenshots at 375 and 1280 px (no sideways scroll from 320 px: helpers.screenshots), and the
// printed plan on one A4 page.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { tabTo, expectNoAxeViolations, screenshots, watchForProblems, SCREENS } from './helpers.mjs';
import { StudentsPage } from './pages/students.mjs';

const ROSTER_40 = readFileSync(new URL('../../data/students-40.tsv', import.meta.url), 'utf8');

/** Prints the page to an A4 PDF and counts its pages. */
async function printedPages(page, name) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', path: `${SCREENS}${name}.pdf` });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('Hưng Yên 2026 example: one click, figures, plan for both deadlines, one printed page', async ({ page }) => {
  const problems = watchForProblems(page);
  const students = new StudentsPage(page);
  await students.open();
  await students.loadExample();

  const results = students.results;
  await expect(students.resultsTitle).toBeFocused();
  await expect(results).toContainText('Ngày tính 15/04/2026, hạn hoàn thành 15/05/2026.');
  // The two groups the province counts (docs/rules.md §4) and their sum, "more than 436.500".
  const groups = students.groups;
  await expect(groups).toContainText('Có thẻ căn cước, chưa có tài khoản mức 2237.176');
  await expect(groups).toContainText('Chưa có thẻ căn cước, chưa có tài khoản199.393');
  await expect(groups).toContainText('Hồ sơ cần thu nhận trước hạn436.569');
  // Default capacity 1 team × 10 records/hour × 4 hours × 2 sessions: far from enough.
  await expect(students.verdict).toHaveText(
    'Không kịp hạn 15/05/2026 với năng lực hiện tại: còn 436.569 hồ sơ, cần 5.458 ngày làm việc nhưng chỉ còn 19 ngày làm việc.');
  await expect(results).toContainText('Hạn thứ hai 20/05/2026: còn 22 ngày làm việc, không kịp (cần 5.458 ngày làm việc).');
  await expect(results).toContainText('Mỗi ngày cần thu nhận22.978 hồ sơ');

  // 250 teams (a hypothetical capacity): too late for the communes, on time for the police.
  await students.setCapacity('Số tổ thu nhận cùng lúc', '250');
  await expect(students.verdict).toHaveText(
    'Không kịp hạn 15/05/2026 với năng lực hiện tại: còn 436.569 hồ sơ, cần 22 ngày làm việc nhưng chỉ còn 19 ngày làm việc.');
  await expect(results).toContainText('Hạn thứ hai 20/05/2026: còn 22 ngày làm việc, kịp hạn.');
  await expect(results).toContainText('Năng lực mỗi buổi = 10 hồ sơ/giờ × 4 giờ × 250 tổ = 10.000 hồ sơ.');

  await expectNoAxeViolations(page, 'students: Hưng Yên example');
  await screenshots(page, 'students-hung-yen');
  expect(await printedPages(page, 'students-hung-yen')).toBe(1);
  expect(problems).toEqual([]);
});

test('pasted 40-row roster with 3 bad rows: counts, row messages, cohorts, downloads, one page', async ({ page }) => {
  const problems = watchForProblems(page);
  const students = new StudentsPage(page);
  await students.open();
  await students.field('Tên trường (không bắt buộc)').fill('Trường TH&THCS Ba Đình');
  // The optional commune, from the shared picker: diacritic-insensitive search, Enter chooses.
  await students.byId('students-commune-commune').focus();
  await students.pickCommune('students-commune-commune', 'ba dinh', 'Phường Ba Đình, Thành phố Hà Nội', 'Phường Ba Đình');
  await students.fillDates('15/04/2026', '15/05/2026');
  await students.chooseRoster();
  await students.pasteRoster(ROSTER_40);
  await students.setCapacity('Số buổi mỗi ngày', '1');
  await students.seeResult();

  const results = students.results;
  await expect(students.resultsTitle).toBeFocused();
  await expect(results).toContainText('Đã đọc 40 dòng: 37 học sinh được tính, 3 dòng có lỗi chưa được tính.');
  await expect(results.locator('.students-results__dates')).toHaveText(
    'Trường TH&THCS Ba Đình · Phường Ba Đình, Thành phố Hà Nội · Ngày tính 15/04/2026, hạn hoàn thành 15/05/2026.');
  const problemsList = students.problems;
  await expect(problemsList).toHaveText([
    'Dòng 15: nhập họ và tên',
    'Dòng 24: ngày sinh “31/02/2013”: Tháng 2 năm 2013 chỉ có 28 ngày',
    'Dòng 35: cột “Có căn cước” ghi “đang làm”: ghi “có”, “không”, “x” hoặc để trống',
  ]);
  // Counted by hand from tests/data/students-40.tsv (see tests/browser_students.rs).
  const figures = students.keyFigures;
  await expect(figures.locator('caption')).toHaveText('Số liệu chính: 37 học sinh');
  await expect(figures.locator('tbody tr')).toHaveText([
    'Thẻ căn cước64,86 % (24 / 37)13',
    'Tài khoản mức 232,43 % (12 / 37)25',
    'Kích hoạt (trên số có tài khoản)50,00 % (6 / 12)6',
  ]);
  const groups = students.groups;
  await expect(groups).toContainText('Có thẻ căn cước, chưa có tài khoản mức 212');
  await expect(groups).toContainText('Chưa có thẻ căn cước, chưa có tài khoản13');
  await expect(groups).toContainText('Hồ sơ cần thu nhận trước hạn25');
  const cohortRows = students.cohortRows;
  await expect(cohortRows.nth(0).locator('td').first()).toHaveText('2');
  await expect(cohortRows.nth(1).locator('td').first()).toHaveText('17');
  await expect(cohortRows.nth(2).locator('td').first()).toHaveText('14');
  await expect(cohortRows.nth(3).locator('td').first()).toHaveText('4');
  await expect(results).toContainText('Vào ngày hạn 15/05/2026: <6 1; 6–<12 18; 12–<14 12; ≥14 6.');
  await expect(results).toContainText('2 học sinh đủ 14 tuổi sau ngày 15/04/2026 và trước hạn 15/05/2026');
  await expect(students.chartRows).toHaveCount(4);

  await expectNoAxeViolations(page, 'students: roster results');
  await screenshots(page, 'students-roster');
  expect(await printedPages(page, 'students-roster')).toBe(1);

  // The students without a card, as a CSV made on the device.
  const download = await students.download('Cần làm thẻ căn cước (13 em)');
  expect(download.suggestedFilename()).toBe('hoc-sinh-can-lam-the-can-cuoc-2026-04-15.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFDòng,Họ và tên,Ngày sinh,Lớp,Tuổi ngày 15/04/2026,')).toBe(true);
  expect(csv.trim().split('\r\n')).toHaveLength(14);
  expect(csv).toContain('\r\n2,Nguyễn Văn An,05/01/2019,1A,7,6–<12,không,không,không,\r\n');

  // The roster is not saved on the device; the settings are.
  const stored = (await students.storedKeys()).join(' ');
  expect(stored).toContain('sansang.draft.students');
  expect(stored).not.toContain('students-roster');
  expect(await students.stored('sansang.draft.students')).not.toContain('Nguyễn');
  expect(problems).toEqual([]);
});

test('a 50-class roster prints on one page, by grade', async ({ page }) => {
  // The 40-row file repeated for 50 classes (1A–9E…): 2,000 rows, 150 of them with problems.
  const [header, ...rows] = ROSTER_40.trim().split('\n');
  const classes = Array.from({ length: 50 }, (_, k) => `${(k % 9) + 1}${'ABCDEG'[Math.floor(k / 9)]}`);
  const big = [header, ...classes.flatMap((c) => rows.map((r) => r.replace(/\t[1-9]A\t/, `\t${c}\t`)))].join('\n');
  const students = new StudentsPage(page);
  await students.open();
  await students.fillDates('15/04/2026', '15/05/2026');
  await students.chooseRoster();
  await students.pasteRoster(big);
  await students.seeResult();
  await expect(students.results).toContainText('Đã đọc 2.000 dòng: 1.850 học sinh được tính, 150 dòng có lỗi chưa được tính.');
  await expect(students.chartRows).toHaveCount(50);
  expect(await printedPages(page, 'students-50-classes')).toBe(1);
});

test('a CSV file with BOM and semicolons opens from disk, unsure columns go through the mapping step', async ({ page }) => {
  const problems = watchForProblems(page);
  const students = new StudentsPage(page);
  await students.open();
  await students.fillDates('15/04/2026', '15/05/2026');
  await students.chooseRoster();
  const csv = '\uFEFFHọ tên học sinh;Ngày sinh;Lớp;CCCD;Mức 2\r\n'
    + 'Nguyễn Văn An;05/01/2019;1A;x;\r\n'
    + 'Trần Thị Bình;12/03/2015;5A;;\r\n';
  await students.openFile({ name: 'lop.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(students.rosterNote).toHaveText('Đã mở tệp “lop.csv” (UTF-8 (có BOM)).');
  await students.seeResult();

  // "Họ tên học sinh" only contains a known name: the columns are checked first.
  await expect(students.mappingTitle).toBeFocused();
  await expect(students.results).toHaveCount(0);
  await expect(students.field('Họ và tên', true)).toHaveValue('0');
  await expectNoAxeViolations(page, 'students: mapping step');
  await screenshots(page, 'students-mapping');
  await students.useColumns();
  await expect(students.results).toContainText('Đã đọc 2 dòng: 2 học sinh được tính, 0 dòng có lỗi chưa được tính.');
  await expect(students.results).toContainText('Danh sách không có cột “Đã kích hoạt”');
  expect(problems).toEqual([]);
});

test('errors: summary takes focus, links to fields, title says "Lỗi: "', async ({ page }) => {
  const students = new StudentsPage(page);
  await students.open();
  await students.field('Ngày tính', true).fill('31/02/2026');
  await students.seeResult();
  const summary = students.errorSummary;
  await expect(summary).toBeFocused();
  await expect(summary.locator('li')).toHaveText([
    'Ngày tính: Tháng 2 năm 2026 chỉ có 28 ngày',
    'Nhập hạn hoàn thành thu nhận hồ sơ, ví dụ 15/05/2026',
    'Dòng 1: Nhập tên lớp hoặc khối, ví dụ 6A hoặc Khối 6',
    'Dòng 1: Nhập số sĩ số',
    'Dòng 1: Nhập số có thẻ căn cước',
    'Dòng 1: Nhập số có tài khoản mức 2',
  ]);
  await expect(page).toHaveTitle(/^Lỗi: /);
  await summary.getByRole('link', { name: 'Nhập hạn hoàn thành thu nhận hồ sơ, ví dụ 15/05/2026' }).click();
  await expect(students.byId('students-deadline')).toBeFocused();
  await expectNoAxeViolations(page, 'students: errors');
  await screenshots(page, 'students-errors');
});

test('keyboard only: counts for two classes, submit with Enter, results reached', async ({ page }) => {
  const students = new StudentsPage(page);
  await students.open();
  const focusOn = (id) => students.tabToId(id);
  await focusOn('students-reference');
  await page.keyboard.type('04/05/2026');
  await page.keyboard.press('Tab');
  await page.keyboard.type('29/05/2026');
  for (const [id, text] of [
    ['students-row-0-label', '6A'], ['students-row-0-enrolled', '40'], ['students-row-0-card', '25'],
    ['students-row-0-level2', '10'], ['students-row-0-activated', '4'],
  ]) {
    await focusOn(id);
    await page.keyboard.type(text);
  }
  await tabTo(page, '"Thêm lớp"', () => document.activeElement?.textContent?.trim() === 'Thêm lớp');
  await page.keyboard.press('Enter');
  for (const [id, text] of [
    ['students-row-1-label', '7A'], ['students-row-1-enrolled', '38'], ['students-row-1-card', '30'],
    ['students-row-1-level2', '20'], ['students-row-1-activated', '18'],
  ]) {
    await focusOn(id);
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Enter');
  await expect(students.resultsTitle).toBeFocused();
  const results = students.results;
  // Without a level-2 account: 40 − 10 = 30 in 6A and 38 − 20 = 18 in 7A, 48 to collect.
  await expect(students.groups).toContainText('Hồ sơ cần thu nhận trước hạn48');
  await expect(students.verdict).toHaveText(
    'Kịp hạn 29/05/2026: còn 48 hồ sơ cần thu nhận, cần 1 ngày làm việc trong số 19 ngày làm việc còn lại.');
  await expect(results.locator('.students-grades tbody tr')).toHaveText([
    // School year 2025–2026: grade 6 was born in 2014, grade 7 in 2013 (Luật Giáo dục 2019 Art. 28).
    /^6\s*2014\s*11–12 tuổi\s*một phần 6–<12, một phần 12–<14$/, /^7\s*2013\s*12–13 tuổi\s*12–<14$/,
  ]);
  await expectNoAxeViolations(page, 'students: counts by keyboard');
  await screenshots(page, 'students-counts');
});
