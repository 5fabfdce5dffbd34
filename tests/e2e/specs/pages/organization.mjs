// Page object of the organization readiness check (`#/to-chuc`), driven by keyboard only.
import { expect } from '@playwright/test';
import { tabTo } from '../helpers.mjs';
import { Shell } from './shell.mjs';

export class OrganizationPage extends Shell {
  constructor(page) {
    super(page, '#/to-chuc');
  }

  /** Opens the form with no draft on this device. */
  async startFresh() {
    await this.openFresh();
    await expect(this.heading).toHaveText(
      'Kiểm tra sẵn sàng đăng ký tài khoản định danh điện tử cho tổ chức');
  }

  /** Fills the whole form for an enterprise (Viettel's real tax code, docs/rules.md §2.1), by
   *  keyboard. */
  async fillEnterprise({ taxCode = '0100109106', level2 = 0 } = {}) {
    await this.choose('org-kind', 0); // Doanh nghiệp
    await this.choose('org-status', 0); // Đang hoạt động
    await this.typeInto('org-name', 'Tập đoàn Công nghiệp - Viễn thông Quân đội');
    await this.typeInto('org-tax-code', taxCode);
    await this.typeInto('org-established', '01/06/1989');
    // Province: Hà Nội is the first in the list (code 01).
    await this.tabToId('org-office-province');
    await this.page.keyboard.press('ArrowDown');
    await expect(this.byId('org-office-province')).toHaveValue('01');
    // Commune: diacritic-insensitive search, Enter takes the first match.
    await this.tabToId('org-office-commune');
    await this.pickCommune('org-office-commune', 'ba dinh', 'Phường Ba Đình, Thành phố Hà Nội', 'Phường Ba Đình');
    await this.typeInto('org-street', 'Số 1 Giang Văn Minh');
    await this.choose('org-role', 0); // người đại diện theo pháp luật
    await this.typeInto('org-person-name', 'Nguyễn Văn An');
    await this.typeInto('org-person-id', '001087123456');
    await expect(this.note('org-person-id')).toContainText('năm sinh 1987; giới tính nam');
    await this.typeInto('org-person-birth', '15/03/1987');
    await this.choose('org-person-sex', 0); // Nam
    await this.choose('org-co-representatives', 1); // Không
    await this.choose('org-level2', level2);
    await this.choose('org-smartphone', 0);
    await this.choose('org-own-sim', 0);
    await this.typeInto('org-phone', '0912 345 678');
    await this.typeInto('org-email', 'an.nguyen@gmail.com');
    await this.choose('org-national-database', 0);
  }

  /** "Xem kết quả", by keyboard. */
  async seeResult() {
    await this.activate('Xem kết quả');
  }

  /** "Sao chép tóm tắt", by keyboard. */
  async copySummary() {
    await this.activate('Sao chép tóm tắt');
  }

  /** "Thay đổi" next to an answer of the result, by keyboard. */
  async change(fieldId) {
    await tabTo(this.page, `Thay đổi ${fieldId}`, new Function(`
      const el = document.activeElement;
      return !!el && el.getAttribute('href') === ${JSON.stringify(`#${fieldId}`)} && !!el.closest('.summary-list');`), 200);
    await this.page.keyboard.press('Enter');
  }

  /** Follows the error summary's link to a field, by keyboard. */
  async followSummaryLink(fieldId) {
    await tabTo(this.page, `the summary link to #${fieldId}`, new Function(
      `return document.activeElement?.getAttribute('href') === ${JSON.stringify(`#${fieldId}`)};`));
    await this.page.keyboard.press('Enter');
  }

  /** "Biết địa chỉ cũ?": opens the disclosure under the commune picker, by keyboard. */
  async openOldAddress() {
    await this.activate('Biết địa chỉ cũ?');
    await expect(this.oldAddressToggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** Types the old commune, district and province in the disclosure's fields, by keyboard. */
  async typeOldCells(commune, district, province) {
    await this.typeInto('org-old-commune', commune);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(district);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(province);
  }

  /** Empties the focused field by keyboard. */
  async clearFocused() {
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Backspace');
  }

  get oldAddressToggle() { return this.page.locator('.old-address .disclosure'); }
  get oldAddressResult() { return this.page.locator('.old-address__result'); }
  get oldAddressAlert() { return this.page.locator('.old-address [role="alert"]'); }

  get resultTitle() { return this.byId('org-result-title'); }
  get verdict() { return this.page.locator('.verdict'); }
  get verdictPanel() { return this.page.locator('.verdict-panel'); }
  get reasons() { return this.page.locator('.reasons').first(); }
  get processing() { return this.page.locator('.processing'); }
  get reminders() { return this.page.locator('.reminders'); }
  get checklist() { return this.page.locator('.checklist'); }
  get copyStatus() { return this.page.locator('.copy-status'); }
  get summaryText() { return this.byId('org-summary-text'); }

  /** A field's error message, and its first note ("Đã đọc: …"). */
  error(fieldId) { return this.byId(`${fieldId}-error`); }
  note(fieldId) { return this.byId(`${fieldId}-note-0`); }
}
