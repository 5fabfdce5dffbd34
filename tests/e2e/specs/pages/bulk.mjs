// Page object of the bulk list check (`#/danh-sach`).
import { expect } from '@playwright/test';
import { tabTo } from '../helpers.mjs';
import { Shell } from './shell.mjs';

export class BulkPage extends Shell {
  constructor(page) {
    super(page, '#/danh-sach');
  }

  get fileInput() { return this.byId('bulk-file'); }
  get progress() { return this.byId('bulk-progress'); }
  get results() { return this.byId('bulk-results'); }
  get verdict() { return this.page.locator('#bulk-results .verdict'); }
  get summary() { return this.page.locator('.bulk-summary'); }
  get communeRows() { return this.page.locator('.bulk-communes__table tbody tr'); }
  get problemFilter() { return this.byId('bulk-problem-filter'); }
  get problemRows() { return this.page.locator('.bulk-problems__table tbody tr'); }
  get workbookHelpTitle() { return this.byId('bulk-xlsx-title'); }
  get workbookSteps() { return this.page.locator('[aria-labelledby="bulk-xlsx-title"] li'); }

  /** Reaches the file input by keyboard, then chooses the file through it. */
  async chooseFileByKeyboard(file) {
    await tabTo(this.page, 'the file input', () => document.activeElement?.id === 'bulk-file');
    await this.fileInput.setInputFiles(file);
  }

  async chooseFile(file) {
    await this.fileInput.setInputFiles(file);
  }

  /** Shows only the problems of one kind (by the label of its option). */
  async filterProblems(kind) {
    const option = await this.problemFilter.locator('option', { hasText: kind }).getAttribute('value');
    await this.problemFilter.selectOption(option);
  }

  /** Hands the per-commune counts to the campaign tracker. */
  async sendToTracker() {
    await this.button('Tạo chiến dịch mới từ số liệu này').click();
    await expect(this.page).toHaveURL(/#\/chien-dich$/);
  }

  /** What the hand-over left in this tab's session storage. */
  async handover() {
    return JSON.parse(await this.page.evaluate(() => sessionStorage.getItem('sansang.handover.bulk')));
  }
}
