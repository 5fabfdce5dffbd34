// Page object of the student coverage estimator (`#/hoc-sinh`).
import { Shell } from './shell.mjs';
import { tabTo } from '../helpers.mjs';

export class StudentsPage extends Shell {
  constructor(page) {
    super(page, '#/hoc-sinh');
  }

  /** A labelled control, by its label (exact, as users read it). */
  field(label, exact = false) {
    return this.page.getByLabel(label, { exact });
  }

  async fillDates(reference, deadline, second = '') {
    await this.field('Ngày tính', true).fill(reference);
    await this.field('Hạn hoàn thành thu nhận hồ sơ').fill(deadline);
    await this.field('Hạn thứ hai (không bắt buộc)').fill(second);
  }

  async loadExample() {
    await this.button('Dùng ví dụ Hưng Yên 2026').click();
  }

  async chooseRoster() {
    await this.field('Danh sách học sinh có ngày sinh').check();
  }

  async pasteRoster(text) {
    await this.field('Danh sách học sinh', true).fill(text);
  }

  get fileInput() { return this.field('Hoặc mở tệp danh sách'); }

  async openFile(file) {
    await this.fileInput.setInputFiles(file);
  }

  /** Tabs from the page's heading to the file input, then chooses the file there. */
  async chooseFileByKeyboard(file) {
    await this.heading.focus();
    await tabTo(this.page, 'the file input', () => document.activeElement?.id === 'students-file');
    await this.fileInput.setInputFiles(file);
  }

  /** A download by its button's exact name (the CSV and Excel buttons share their start). */
  async download(name) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name, exact: true }).click(),
    ]);
    return download;
  }

  get sheetsTitle() { return this.byId('sheets-title'); }
  get sheetSelect() { return this.byId('sheet-picker-select'); }
  get readNotes() { return this.page.locator('.students-roster .read-notes'); }
  get rosterBox() { return this.field('Danh sách học sinh', true); }

  async setCapacity(label, value) {
    await this.field(label).fill(value);
  }

  async seeResult() {
    await this.button('Xem kết quả').click();
  }

  async useColumns() {
    await this.button('Dùng các cột này').click();
  }

  get results() { return this.page.locator('.students-results'); }
  get resultsTitle() { return this.byId('students-results-title'); }
  get mappingTitle() { return this.byId('students-mapping-title'); }
  get verdict() { return this.results.locator('.verdict'); }
  get groups() { return this.results.locator('dl').first(); }
  get problems() { return this.results.locator('.students-problems li'); }
  get keyFigures() { return this.results.locator('.students-key-figures'); }
  get cohortRows() { return this.results.locator('.students-cohorts tbody tr'); }
  get chartRows() { return this.page.locator('.students-chart__row'); }
  get rosterNote() { return this.page.locator('.students-roster .info-message'); }
}
