// Page object of the campaign tracker (`#/chien-dich`, and a shared link `#/chien-dich/3.…`):
// every locator and step the journeys and the benchmark use, so a changed selector is mended
// here once. Vietnamese words, as the page shows them by default.
import { expect } from '@playwright/test';
import { Shell } from './shell.mjs';
import { tabTo } from '../helpers.mjs';

/** The four examples' buttons. */
export const EXAMPLES = {
  hue: /^Huế — Công văn 7218/,
  kienGiang: /^Kiên Giang — Kế hoạch 374/,
  hungYen: /^Hưng Yên — tháng 10\/2025/,
  dongNai: /^Đồng Nai — kế hoạch năm 2026/,
};

/** Where a campaign link's payload starts. */
export const LINK_PREFIX = '#/chien-dich/';

export class CampaignPage extends Shell {
  constructor(page) {
    super(page, '#/chien-dich');
  }

  /** Opens the tracker (or a link) and returns this page object. */
  async open(hash = this.hash) {
    await super.open(hash);
    return this;
  }

  // ---- the results
  get summaries() { return this.page.locator('.indicator-summary'); }
  summary(indicator = 0) { return this.summaries.nth(indicator); }
  get rows() { return this.page.locator('.units-matrix tbody tr'); }
  row(name) { return this.rows.filter({ hasText: name }); }
  get cards() { return this.page.locator('.unit-cards > li'); }
  get pager() { return this.page.locator('nav.pager'); }
  get published() { return this.page.locator('.published-figures table'); }

  /** The example's figures as rows of { figure, published, computed, note }, as the table shows
   *  them: the document's figure beside the tool's, and why wherever they differ. */
  async publishedFigures() {
    return this.published.locator('tbody tr').evaluateAll((rows) => rows.map((row) => {
      const [published, computed, note] = [...row.querySelectorAll('td')].map((td) => td.textContent.trim());
      return { figure: row.querySelector('th').textContent.trim(), published, computed, note, differs: row.classList.contains('row--differs') };
    }));
  }
  get problems() { return this.byId('problems-title'); }
  /** The verdict of the first indicator's summary (what an edit changes first). */
  get firstVerdict() { return this.page.locator('.indicator-summary .verdict').first(); }

  async openExample(name) {
    await this.page.getByRole('button', { name: EXAMPLES[name] }).click();
    await expect(this.summaries.first()).toBeVisible();
  }

  /** Opens a collapsed section by its summary's words. */
  async unfold(words) {
    const summary = this.page.locator('summary', { hasText: words });
    const details = summary.locator('xpath=..');
    if (!(await details.evaluate((d) => d.open))) await summary.click();
  }

  // ---- the campaign's settings
  /** Replaces the campaign's name by keyboard. */
  async typeName(name) {
    await this.byId('campaign-name').focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(name);
  }

  get name() { return this.byId('campaign-name'); }

  async fill(id, text) {
    await this.byId(id).fill(text);
    await this.byId(id).press('Tab');
  }

  async setStart(text) { await this.fill('campaign-start', text); }
  async setDeadline(indicator, text) { await this.fill(`indicator-${indicator}-deadline`, text); }
  async setFiguresDate(text) { await this.fill('campaign-as-of', text); }
  get figuresDate() { return this.byId('campaign-as-of'); }

  /** Adds an indicator by keyboard and names it, with its target share in %. */
  async addIndicator(index, label, target) {
    await this.page.getByRole('button', { name: 'Thêm chỉ tiêu' }).press('Enter');
    await this.byId(`indicator-${index}-label`).fill(label);
    await this.fill(`indicator-${index}-target`, target);
  }

  /** Removes the indicator whose name matches `name`. */
  async removeIndicator(name) {
    await this.unfold('Thông tin chiến dịch');
    await this.page.getByRole('button', { name: new RegExp(`Xoá chỉ tiêu này.*${name}`) }).click();
  }

  /** Adds every commune of a province, by keyboard. */
  async addProvince(province) {
    await this.byId('add-unit-province').selectOption({ label: province });
    await this.page.getByRole('button', { name: 'Thêm tất cả xã, phường của tỉnh' }).press('Enter');
  }

  // ---- one unit's figures
  get unitEditor() { return this.byId('unit-editor'); }

  /** Opens the figures of the unit in the table's row `row` (0-based, or a unit's name), by
   *  keyboard when `keyboard`. */
  async editUnit(row = 0, { keyboard = false } = {}) {
    const target = typeof row === 'number' ? this.rows.nth(row) : this.row(row);
    const button = target.getByRole('button', { name: /Nhập số liệu/ });
    if (keyboard) await button.press('Enter'); else await button.click();
    await expect(this.unitEditor).toBeVisible();
  }

  /** Types a unit's base and done for one indicator (Vietnamese digits: 8.630). */
  async enterFigures(unit, indicator, { base, done }) {
    if (base !== undefined) await this.byId(`unit-${unit}-${indicator}-base`).fill(base);
    if (done !== undefined) await this.byId(`unit-${unit}-${indicator}-done`).fill(done);
    await this.byId(`unit-${unit}-${indicator}-${done !== undefined ? 'done' : 'base'}`).press('Tab');
  }

  /** The first indicator's dated figures in the open unit. */
  async history() {
    await this.unitEditor.locator('summary', { hasText: 'Số đã đạt theo ngày' }).first().click();
    return this.unitEditor.locator('ul.history').first();
  }

  async closeUnit() {
    await this.unitEditor.getByRole('button', { name: 'Xong' }).click();
  }

  // ---- share
  async makeLink() {
    await this.page.getByRole('button', { name: 'Tạo đường liên kết' }).click();
    return this.byId('share-link').inputValue();
  }

  get qrCode() { return this.page.locator('svg.qr-code'); }
  get qrTooLong() { return this.page.locator('.qr-too-long'); }

  // ---- a link opened
  get sharedDates() { return this.page.locator('.shared-dates'); }
  get alert() { return this.page.locator('[role=alert]'); }

  async editACopy() {
    await this.page.getByRole('button', { name: 'Sửa một bản sao' }).click();
    await expect(this.page).toHaveURL(/#\/chien-dich$/);
  }

  async openEmptyTracker() {
    await this.page.getByRole('link', { name: 'Mở trang theo dõi trống' }).click();
  }

  // ---- the weekly table
  /** Pastes a weekly table and reads it; returns the preview. */
  async pasteWeeklyTable(text) {
    await this.unfold('Cập nhật từ bảng báo cáo tuần');
    await this.byId('weekly-paste').fill(text);
    await this.page.getByRole('button', { name: 'Đọc bảng đã dán' }).click();
    const preview = this.page.locator('.weekly-preview');
    await expect(preview).toBeVisible();
    return preview;
  }

  /** The preview's warning: columns whose meaning the officer must confirm. */
  get weeklyWarning() { return this.page.locator('.weekly-preview .warning-message'); }

  /** Says what the table's column `column` (0-based) holds, by the option's words. */
  async mapColumn(column, role) {
    await this.byId(`weekly-column-${column}`).selectOption({ label: role });
  }

  async setWeeklyDate(text) { await this.fill('weekly-date', text); }

  /** Applies the table; returns the status that says what was updated. */
  async applyWeeklyTable() {
    await this.page.getByRole('button', { name: 'Cập nhật số liệu' }).click();
    const status = this.page.locator('.weekly-import .info-message');
    await expect(status).toBeVisible();
    return status;
  }

  // ---- the weekly table from a file (.xlsx, .xls, .ods, CSV: the shared intake)
  get weeklyFileInput() { return this.byId('weekly-file'); }
  get sheetsTitle() { return this.byId('sheets-title'); }
  get sheetSelect() { return this.byId('sheet-picker-select'); }
  get weeklyPreview() { return this.page.locator('.weekly-preview'); }
  get weeklyNotes() { return this.page.locator('.weekly-preview .read-notes'); }

  /** Opens "Cập nhật từ bảng báo cáo tuần" by keyboard, tabs to its file input and chooses the
   *  file there. */
  async chooseWeeklyFileByKeyboard(file) {
    const summary = this.page.locator('summary', { hasText: 'Cập nhật từ bảng báo cáo tuần' });
    await summary.focus();
    if (!(await summary.locator('xpath=..').evaluate((d) => d.open))) await this.page.keyboard.press('Enter');
    await tabTo(this.page, 'the weekly file input', () => document.activeElement?.id === 'weekly-file');
    await this.weeklyFileInput.setInputFiles(file);
  }

  /** Replaces the units with the table previewed. */
  async replaceUnits() {
    await this.page.getByRole('button', { name: 'Thay các đơn vị' }).click();
  }

  /** Downloads the progress table as .xlsx (written by the file worker). */
  async downloadProgressXlsx() {
    await this.unfold('Nhập và xuất dữ liệu');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Tải bảng tiến độ (Excel .xlsx)' }).click(),
    ]);
    return download;
  }

  // ---- files
  /** Opens a campaign saved as JSON. */
  async openJson(file) {
    await this.unfold('Nhập và xuất dữ liệu');
    await this.byId('import-json').setInputFiles(file);
  }

  // ---- print
  get printedRows() { return this.page.locator('.print-table tbody tr'); }
  get printedUnits() { return this.page.locator('.print-units'); }
}
