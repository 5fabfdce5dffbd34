// The campaign tracker as a user sees it: one object for the journeys and the benchmark, so a
// changed selector is changed once. Vietnamese words, as the pages show them by default.
import { expect } from '@playwright/test';
import { openApp } from './helpers.mjs';

export const EXAMPLES = {
  hue: /^Huế — Công văn 7218/,
  kienGiang: /^Kiên Giang — Kế hoạch 374/,
  hungYen: /^Hưng Yên — tháng 10\/2025/,
  dongNai: /^Đồng Nai — kế hoạch năm 2026/,
};

export class CampaignPage {
  constructor(page) {
    this.page = page;
    this.summaries = page.locator('.indicator-summary');
    this.rows = page.locator('.units-matrix tbody tr');
    this.cards = page.locator('.unit-cards > li');
    this.published = page.locator('.published-figures table');
    this.problems = page.locator('#problems-title');
  }

  async open(hash = '#/chien-dich') {
    await openApp(this.page, hash);
    return this;
  }

  summary(indicator = 0) {
    return this.summaries.nth(indicator);
  }

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

  /** Opens the figures of the unit in the table's row `row` (0-based). */
  async editUnit(row = 0) {
    await this.rows.nth(row).getByRole('button', { name: /Nhập số liệu/ }).click();
    await expect(this.page.locator('#unit-editor')).toBeVisible();
  }

  async closeUnit() {
    await this.page.locator('#unit-editor').getByRole('button', { name: 'Xong' }).click();
  }

  async setFiguresDate(text) {
    await this.page.locator('#campaign-as-of').fill(text);
    await this.page.locator('#campaign-as-of').press('Tab');
  }

  async makeLink() {
    await this.page.getByRole('button', { name: 'Tạo đường liên kết' }).click();
    return this.page.locator('#share-link').inputValue();
  }

  /** Pastes a weekly table and reads it; returns the preview. */
  async pasteWeeklyTable(text) {
    await this.unfold('Cập nhật từ bảng báo cáo tuần');
    await this.page.locator('#weekly-paste').fill(text);
    await this.page.getByRole('button', { name: 'Đọc bảng đã dán' }).click();
    const preview = this.page.locator('.weekly-preview');
    await expect(preview).toBeVisible();
    return preview;
  }

  async applyWeeklyTable() {
    await this.page.getByRole('button', { name: 'Cập nhật số liệu' }).click();
    await expect(this.page.locator('.weekly-import .info-message')).toBeVisible();
  }
}
