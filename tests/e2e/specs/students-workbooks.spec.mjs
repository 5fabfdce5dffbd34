// Workbooks on the student coverage estimator (issue 15): a class roster saved as .xlsx, .xls and
// .ods opened by keyboard through the file worker — the sheet picker, title rows skipped, merged
// classes filled, birth dates stored as bare Excel serials, as a date cell and as text, all read
// right (the downloads spell them out) — and the .xlsx download of the students who still need a
// step opened back in the app. Axe on each new state, screenshots at 375 px. Controls are found
// through the page object (pages/students.mjs).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, screenshots, watchForProblems } from './helpers.mjs';
import { StudentsPage } from './pages/students.mjs';
import { FORMATS } from './workbook-files.mjs';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The roster page, in roster mode, with the campaign's dates. */
async function rosterPage(page) {
  const students = new StudentsPage(page);
  await students.open();
  await students.fillDates('15/04/2026', '15/05/2026');
  await students.chooseRoster();
  return students;
}

/** The text of a CSV download. */
async function csvOf(students, name) {
  const download = await students.download(name);
  return readFileSync(await download.path(), 'utf8');
}

test('a class roster as .xlsx, .xls and .ods: sheet picker by keyboard, serial dates read right', async ({ page }) => {
  const problems = watchForProblems(page);
  const students = await rosterPage(page);
  await expect(students.fileInput).toHaveAttribute('accept', /\.xlsx.*\.xls.*\.ods/);
  for (const format of ['xlsx', 'xls', 'ods']) {
    const file = `class-roster.${format}`;
    await students.chooseFileByKeyboard(`${FORMATS}${file}`);
    await expect(students.sheetsTitle).toContainText('2 trang tính', { timeout: 60_000 });
    await expect(students.sheetSelect).toBeFocused();
    if (format === 'xlsx') {
      await expectNoAxeViolations(page, 'students (sheet picker)');
      await screenshots(page, 'students-sheet-picker');
    }
    await page.keyboard.press('ArrowDown');
    await expect(students.sheetSelect).toHaveValue('1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect(students.rosterNote.first()).toHaveText(`Đã mở trang tính “Khối 6” của tệp “${file}”.`, { timeout: 60_000 });
    await expect(students.readNotes).toContainText('Bỏ qua 2 dòng tiêu đề phía trên; tên cột ở dòng 4');
    await expect(students.rosterBox).toHaveValue(/Nguyễn Văn An,41640,6A1,có,không/);
    await students.seeResult();
    await expect(students.resultsTitle).toBeVisible();

    // The downloads spell out each birth date: a bare serial (41640, 41306, 41950), a date cell
    // and a text date, each with its age on 15/04/2026.
    const card = await csvOf(students, 'Cần làm thẻ căn cước (2 em)');
    expect(card, file).toContain(',Trần Thị Bình,03/03/2014,6A1,12,');
    expect(card, file).toContain(',Phạm Minh Đức,07/11/2014,6A2,11,');
    const level2 = await csvOf(students, 'Cần tài khoản mức 2 (4 em)');
    expect(level2, file).toContain(',Nguyễn Văn An,01/01/2014,6A1,12,');
    expect(level2, file).toContain(',Vũ Thị Én,01/02/2013,6A2,13,');
    expect(level2.trim().split('\r\n'), file).toHaveLength(5);
  }
  await expectNoAxeViolations(page, 'students (workbook roster results)');
  await screenshots(page, 'students-workbook-roster');
  expect(problems).toEqual([]);
});

test('the .xlsx of the students who still need a step opens back with the same students', async ({ page }) => {
  const problems = watchForProblems(page);
  const students = await rosterPage(page);
  await students.chooseFileByKeyboard(`${FORMATS}class-roster.xlsx`);
  await expect(students.sheetSelect).toBeFocused({ timeout: 60_000 });
  await students.sheetSelect.selectOption('1');
  await students.button('Đọc trang tính này').press('Enter');
  await expect(students.rosterBox).toHaveValue(/Đặng Quốc Gia/, { timeout: 60_000 });
  await students.seeResult();
  const before = await csvOf(students, 'Cần tài khoản mức 2 (4 em)');

  const download = await students.download('Cần tài khoản mức 2 (4 em) (Excel)');
  expect(download.suggestedFilename()).toBe('hoc-sinh-can-tai-khoan-muc-2-2026-04-15.xlsx');
  const xlsx = readFileSync(await download.path());
  expect(xlsx.subarray(0, 2).toString()).toBe('PK');

  // Back in: one sheet, read at once; its columns are the roster's own names, its dates text.
  await students.openFile({ name: 'can-tai-khoan.xlsx', mimeType: XLSX_MIME, buffer: xlsx });
  await expect(students.rosterNote.first()).toHaveText('Đã mở trang tính “Học sinh còn cần làm” của tệp “can-tai-khoan.xlsx”.', { timeout: 60_000 });
  await expect(students.rosterBox).toHaveValue(/Nguyễn Văn An,01\/01\/2014,6A1/);
  const after = await csvOf(students, 'Cần tài khoản mức 2 (4 em)');
  const names = (csv) => csv.trim().split('\r\n').slice(1).map((line) => line.split(',').slice(1, 4).join(','));
  expect(names(after)).toEqual(names(before));
  await expectNoAxeViolations(page, 'students (roster opened back)');
  expect(problems).toEqual([]);
});
