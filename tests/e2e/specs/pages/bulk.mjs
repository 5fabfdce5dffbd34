// Page object of the bulk list check (`#/danh-sach`).
import { expect } from '@playwright/test';
import { expectAppReady, tabTo } from '../helpers.mjs';
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
  get fileError() { return this.byId('bulk-file-error'); }
  get readNotes() { return this.page.locator('#bulk-results .read-notes'); }
  get columnsTitle() { return this.byId('bulk-columns-title'); }
  get mappingPreview() { return this.page.locator('.bulk-preview'); }
  /** The mapping step's line naming the workbook's format. */
  get formatLine() { return this.page.locator('.bulk-step').filter({ hasText: 'Định dạng' }); }
  get dropzone() { return this.page.locator('.dropzone'); }
  // The file worker's widgets (src/ui/files): sheet picker, TCVN3/VNI preview, progress.
  get sheetsTitle() { return this.byId('sheets-title'); }
  get sheetSelect() { return this.byId('sheet-picker-select'); }
  get sheetOptions() { return this.page.locator('#sheet-picker-select option'); }
  get legacyPreview() { return this.page.locator('.legacy-preview'); }
  get legacyPreviewHeading() { return this.byId('legacy-preview-heading'); }
  get workerProgress() { return this.page.locator('.worker-progress'); }
  /** A status line that says `text`. */
  status(text) { return this.page.getByRole('status').filter({ hasText: text }); }
  /** The results' line naming the source, e.g. `trang tính “DN 2026”`. */
  sourceLine(text) { return this.page.locator('#bulk-results p').filter({ hasText: text }); }

  /** Reaches the file input by keyboard from the heading, then chooses the file through it. */
  async chooseFileByKeyboard(file) {
    await this.heading.focus();
    await tabTo(this.page, 'the file input', () => document.activeElement?.id === 'bulk-file');
    await this.fileInput.setInputFiles(file);
  }

  /** Types nothing: pastes `text` into the paste box and asks for its check by keyboard. */
  async paste(text) {
    await this.byId('bulk-paste').fill(text);
    await this.byId('bulk-paste').focus();
    await this.pressOn('Kiểm tra bảng đã dán');
  }

  /** Drops a file on the drop zone, as dragging it from the desktop does. */
  async dropFile(name, bytes) {
    await this.dropzone.evaluate((zone, [name, bytes]) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [name, [...bytes]]);
  }

  /** Waits for the results and returns the summary's text. */
  async resultsSummary() {
    await expect(this.results).toBeVisible({ timeout: 60_000 });
    // A list with old addresses is checked again once the conversion table arrives.
    await expect(this.page.locator('.bulk-data[role=status]')).toHaveCount(0, { timeout: 60_000 });
    await expect(this.results).toBeVisible({ timeout: 60_000 });
    return this.summary.innerText();
  }

  /** Tabs on from the focused element to the button that says `name` and presses Enter. */
  async pressOn(name) {
    await tabTo(this.page, `"${name}"`, new Function(
      `return document.activeElement?.textContent.trim() === ${JSON.stringify(name)};`));
    await this.page.keyboard.press('Enter');
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
  /** Hands the counts over: the tracker is another binary, so the page loads again for it. */
  async sendToTracker() {
    const loaded = this.page.waitForEvent('load');
    await this.button('Tạo chiến dịch mới từ số liệu này').click();
    await loaded;
    await expect(this.page).toHaveURL(/#\/chien-dich$/);
    await expectAppReady(this.page);
  }

  /** What the hand-over left in this tab's session storage. */
  async handover() {
    return JSON.parse(await this.page.evaluate(() => sessionStorage.getItem('sansang.handover.bulk')));
  }
}
