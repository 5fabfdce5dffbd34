// Page object of the app shell: open a page, reload, move by keyboard, read the header, the
// heading and the footer. The tools' page objects build on it (organization.mjs, students.mjs,
// bulk.mjs); a test keeps to what users see, and a change of markup is mended here once.
import { expect } from '@playwright/test';
import { activateByKeyboard, expectAppReady, openApp, tabTo } from '../helpers.mjs';

/** The tools in the navigation, in order: their label, address and screenshot name. */
export const TOOLS = [
  { nav: 'Tổ chức', hash: '#/to-chuc', screen: 'organization' },
  { nav: 'Học sinh', hash: '#/hoc-sinh', screen: 'students' },
  { nav: 'Chiến dịch', hash: '#/chien-dich', screen: 'campaign' },
  { nav: 'Kiểm tra danh sách', hash: '#/danh-sach', screen: 'bulk' },
  { nav: 'Đổi địa chỉ', hash: '#/doi-dia-chi', screen: 'converter' },
];

export class Shell {
  /** @param {import('@playwright/test').Page} page */
  constructor(page, hash = '#/') {
    this.page = page;
    this.hash = hash;
  }

  /** Opens the page and waits until the app has replaced the first paint. */
  async open(hash = this.hash) {
    await openApp(this.page, hash);
  }

  /** Opens the page with nothing stored on this device (no draft, no language choice). */
  async openFresh() {
    await this.open();
    await this.page.evaluate(() => localStorage.clear());
    await this.reload();
  }

  async reload() {
    await this.page.reload();
    await expectAppReady(this.page);
  }

  get heading() { return this.page.locator('h1'); }
  get pageTitle() { return this.page.locator('#page-title'); }
  get currentNavItem() { return this.page.locator('nav a[aria-current="page"]'); }
  get toolCards() { return this.page.locator('.tool-card'); }
  get footer() { return this.page.locator('footer'); }
  get errorSummary() { return this.page.locator('.error-summary'); }
  /** Says a draft was restored, or set aside because it could not be read. */
  get draftNotice() { return this.page.locator('.draft-notice'); }

  /** The element with this id. */
  byId(id) { return this.page.locator(`#${id}`); }

  /** Tabs to the link or button that says `text` and presses Enter. */
  async activate(text) {
    await activateByKeyboard(this.page, text);
  }

  /** Tabs forward until the element with this id has focus. */
  async tabToId(id) {
    await tabTo(this.page, `#${id}`, new Function(
      `return !!document.activeElement && document.activeElement.id === ${JSON.stringify(id)};`));
  }

  /** Tabs to a text field and types into it. */
  async typeInto(id, text) {
    await this.tabToId(id);
    await this.page.keyboard.type(text);
  }

  /** Tabs into a radio group (focus lands on its first radio) and picks the n-th choice
   *  (0-based): Space for the first, arrow keys for the others, as a keyboard user does. */
  async choose(groupId, n = 0) {
    await this.tabToId(groupId);
    if (n === 0) {
      await this.page.keyboard.press('Space');
    } else {
      for (let i = 0; i < n; i++) await this.page.keyboard.press('ArrowDown');
    }
    const chosen = n === 0 ? groupId : `${groupId}-${n}`;
    await expect(this.byId(chosen)).toBeChecked();
  }

  /** In a commune picker: types a search without accents and takes the first match with
   *  Enter, checking which one it is. */
  async pickCommune(inputId, search, option, chosen) {
    await this.page.keyboard.type(search);
    await expect(this.byId(`${inputId}-option-0`)).toHaveText(option);
    await this.page.keyboard.press('Enter');
    await expect(this.byId(inputId)).toHaveValue(chosen);
  }

  /** The button that says `name`. */
  button(name) { return this.page.getByRole('button', { name }); }

  /** Clicks a download button and returns the download. */
  async download(name) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.button(name).click(),
    ]);
    return download;
  }

  /** The keys this app keeps in local storage. */
  async storedKeys() {
    return this.page.evaluate(() => Object.keys(localStorage));
  }

  async stored(key) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }
}
