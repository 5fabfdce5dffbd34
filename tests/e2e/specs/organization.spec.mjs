// Organization readiness check: three journeys by keyboard only, on the release build — ready
// online; the registrant needs a level-2 account first; a mistyped tax code fixed from the error
// summary. Each is scanned with axe, photographed at 375 px and 1280 px, and the result printed to
// an A4 PDF that must be exactly one page.
import { test, expect } from '@playwright/test';
import {
  openApp, tabTo, activateByKeyboard, expectAppReady, expectNoAxeViolations, screenshots, watchForProblems,
  printedPages,
} from './helpers.mjs';

/** Tabs forward until the element with this id has focus. */
async function tabToId(page, id) {
  await tabTo(page, `#${id}`, new Function(
    `return !!document.activeElement && document.activeElement.id === ${JSON.stringify(id)};`));
}

/** Tabs to a text field and types into it. */
async function typeInto(page, id, text) {
  await tabToId(page, id);
  await page.keyboard.type(text);
}

/** Tabs into a radio group (focus lands on its first radio) and picks the n-th choice (0-based):
 * Space for the first, arrow keys for the others, as a keyboard user does. */
async function choose(page, groupId, n = 0) {
  await tabToId(page, groupId);
  if (n === 0) {
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
  }
  const chosen = n === 0 ? groupId : `${groupId}-${n}`;
  await expect(page.locator(`#${chosen}`)).toBeChecked();
}

/** Fills the whole form for an enterprise (Viettel's real tax code, docs/rules.md §2.1), by keyboard. */
async function fillEnterprise(page, { taxCode = '0100109106', level2 = 0 } = {}) {
  await choose(page, 'org-kind', 0); // Doanh nghiệp
  await choose(page, 'org-status', 0); // Đang hoạt động
  await typeInto(page, 'org-name', 'Tập đoàn Công nghiệp - Viễn thông Quân đội');
  await typeInto(page, 'org-tax-code', taxCode);
  await typeInto(page, 'org-established', '01/06/1989');
  // Province: Hà Nội is the first in the list (code 01).
  await tabToId(page, 'org-office-province');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#org-office-province')).toHaveValue('01');
  // Commune: diacritic-insensitive search, Enter takes the first match.
  await tabToId(page, 'org-office-commune');
  await page.keyboard.type('ba dinh');
  await expect(page.locator('#org-office-commune-option-0')).toHaveText('Phường Ba Đình, Thành phố Hà Nội');
  await page.keyboard.press('Enter');
  await expect(page.locator('#org-office-commune')).toHaveValue('Phường Ba Đình');
  await typeInto(page, 'org-street', 'Số 1 Giang Văn Minh');
  await choose(page, 'org-role', 0); // người đại diện theo pháp luật
  await typeInto(page, 'org-person-name', 'Nguyễn Văn An');
  await typeInto(page, 'org-person-id', '001087123456');
  await expect(page.locator('#org-person-id-note-0')).toContainText('năm sinh 1987; giới tính nam');
  await typeInto(page, 'org-person-birth', '15/03/1987');
  await choose(page, 'org-person-sex', 0); // Nam
  await choose(page, 'org-co-representatives', 1); // Không
  await choose(page, 'org-level2', level2);
  await choose(page, 'org-smartphone', 0);
  await choose(page, 'org-own-sim', 0);
  await typeInto(page, 'org-phone', '0912 345 678');
  await typeInto(page, 'org-email', 'an.nguyen@gmail.com');
  await choose(page, 'org-national-database', 0);
}

async function startFresh(page) {
  await openApp(page, '#/to-chuc');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expectAppReady(page);
  await expect(page.locator('h1')).toHaveText(
    'Kiểm tra sẵn sàng đăng ký tài khoản định danh điện tử cho tổ chức');
}

test('ready online: keyboard only, result on one printed page', async ({ page }) => {
  const problems = watchForProblems(page);
  await startFresh(page);
  await expectNoAxeViolations(page, 'organization form');
  await fillEnterprise(page);
  await expect(page.locator('#org-tax-code-note-0')).toContainText('Đã đọc: 0100109106.');
  await activateByKeyboard(page, 'Xem kết quả');

  await expect(page.locator('#org-result-title')).toBeFocused();
  await expect(page.locator('.verdict')).toHaveText(
    'Tổ chức của bạn đã sẵn sàng đăng ký tài khoản định danh điện tử trực tuyến, trên ứng dụng ' +
    'VNeID hoặc trang web định danh điện tử VNeID.');
  await expect(page.locator('.verdict-panel')).toHaveClass(/panel--ok/);
  await expect(page.locator('.reasons').first()).toContainText('(Nghị định 69/2024/NĐ-CP, Điều 13)');
  await expect(page.locator('.processing')).toContainText('Tối đa 3 ngày làm việc');
  await expect(page.locator('.reminders')).toContainText('30/06/2025');
  // No personal data in the address: there is no share link.
  await expect(page).toHaveURL(/#\/to-chuc$/);
  await expectNoAxeViolations(page, 'organization result (ready online)');
  await screenshots(page, 'org-ready-online');
  expect(await printedPages(page, 'org-ready-online')).toBe(1);

  // Copy the summary by keyboard: copied, or (clipboard refused) the text selected in its box.
  await activateByKeyboard(page, 'Sao chép tóm tắt');
  await expect(page.locator('.copy-status')).not.toBeEmpty();
  const summary = await page.locator('#org-summary-text').inputValue();
  expect(summary).toContain('Mã số thuế 0100109106');
  expect(summary).not.toContain('001087123456');

  // "Thay đổi" next to the tax code, by keyboard: back to the form, focus on the field.
  await tabTo(page, 'Thay đổi Mã số thuế', () => {
    const el = document.activeElement;
    return !!el && el.getAttribute('href') === '#org-tax-code' && !!el.closest('.summary-list');
  }, 200);
  await page.keyboard.press('Enter');
  await expect(page.locator('#org-tax-code')).toBeFocused();
  await expect(page.locator('#org-tax-code')).toHaveValue('0100109106');
  expect(problems).toEqual([]);
});

test('needs a level-2 account first: says where to go and what to bring', async ({ page }) => {
  const problems = watchForProblems(page);
  await startFresh(page);
  await fillEnterprise(page, { level2: 2 }); // Chưa có
  await activateByKeyboard(page, 'Xem kết quả');

  await expect(page.locator('#org-result-title')).toBeFocused();
  await expect(page.locator('.verdict')).toHaveText(
    'Trước hết, người đăng ký cần làm tài khoản định danh điện tử mức 2 tại công an cấp xã (mang ' +
    'theo thẻ căn cước); sau đó mới đăng ký được cho tổ chức.');
  await expect(page.locator('.verdict-panel')).toHaveClass(/panel--warning/);
  await expect(page.locator('.checklist')).toContainText('khai tờ khai TK01');
  await expect(page.locator('.checklist')).toContainText('kích hoạt tài khoản mức 2 trên ứng dụng VNeID');
  await expect(page.locator('.processing')).toHaveCount(0);
  await expectNoAxeViolations(page, 'organization result (level 2 first)');
  await screenshots(page, 'org-level2-first');
  expect(await printedPages(page, 'org-level2-first')).toBe(1);
  expect(problems).toEqual([]);
});

test('fix a mistyped tax code from the error summary', async ({ page }) => {
  const problems = watchForProblems(page);
  await startFresh(page);
  await fillEnterprise(page, { taxCode: '0100109107' });
  await activateByKeyboard(page, 'Xem kết quả');

  // docs/rules.md §2.1: 0100109107 → the check digit must be 6.
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Lỗi: /);
  await expect(summary).toContainText('chữ số thứ 10 phải là 6 (chữ số kiểm tra)');
  await expect(page.locator('#org-tax-code-error')).toContainText('phải là 6');
  // Every other answer is kept.
  await expect(page.locator('#org-name')).toHaveValue('Tập đoàn Công nghiệp - Viễn thông Quân đội');
  await expect(page.locator('#org-office-commune')).toHaveValue('Phường Ba Đình');
  await expectNoAxeViolations(page, 'organization form with an error');
  await screenshots(page, 'org-fix-tax-code-error');

  await tabTo(page, 'the summary link to the tax code', () =>
    document.activeElement?.getAttribute('href') === '#org-tax-code');
  await page.keyboard.press('Enter');
  await expect(page.locator('#org-tax-code')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('6');
  await expect(page.locator('#org-tax-code-error')).toHaveCount(0);
  await activateByKeyboard(page, 'Xem kết quả');

  await expect(page.locator('#org-result-title')).toBeFocused();
  await expect(page.locator('.verdict-panel')).toHaveClass(/panel--ok/);
  await expect(page).not.toHaveTitle(/^Lỗi/);
  await screenshots(page, 'org-fix-tax-code-result');
  expect(await printedPages(page, 'org-fix-tax-code-result')).toBe(1);
  expect(problems).toEqual([]);
});

test('head office from an old address: "Biết địa chỉ cũ?" by keyboard, a split chosen', async ({ page }) => {
  const problems = watchForProblems(page);
  const fetched = [];
  page.on('request', (r) => { if (/old-units-[0-9a-f]+\.bin$/.test(r.url())) fetched.push(r.url()); });
  await startFresh(page);
  await choose(page, 'org-kind', 0); // Doanh nghiệp
  // The conversion data is not fetched until the disclosure is used.
  await page.waitForTimeout(300);
  expect(fetched).toEqual([]);
  await activateByKeyboard(page, 'Biết địa chỉ cũ?');
  await expect(page.locator('.old-address .disclosure')).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => fetched.length).toBe(1);

  // One line with the tax office's abbreviations; Enter looks it up (the form is not submitted).
  await typeInto(page, 'org-old-line', 'Số 12 đường Nguyễn Trung Trực, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang');
  await page.keyboard.press('Enter');
  const result = page.locator('.old-address__result');
  await expect(result).toContainText('Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang nay là Xã Bình An, Tỉnh An Giang.');
  await expect(result).toContainText('Đã chọn Xã Bình An, Tỉnh An Giang ở ô “Xã, phường, đặc khu” bên trên.');
  await expect(result).toContainText('“Bảng chuyển đổi ĐVHC mới – cũ” của Cục Thống kê, ngày 23/10/2025');
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page.locator('#org-office-province')).toHaveValue('91');
  await expect(page.locator('#org-office-commune')).toHaveValue('Xã Bình An');
  await expect(page.locator('#org-street')).toHaveValue('Số 12 đường Nguyễn Trung Trực');
  await expect(page.locator('#org-old-line')).toHaveValue('Số 12 đường Nguyễn Trung Trực, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang');
  await expectNoAxeViolations(page, 'organization: old address converted');

  // Separate fields, a commune split between two wards: choose by keyboard.
  await page.locator('#org-old-line').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#org-old-commune')).toBeFocused();
  await page.keyboard.type('P. Ngọc Hà');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Q. Ba Đình');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hà Nội');
  await activateByKeyboard(page, 'Tìm xã, phường mới');
  await expect(result).toContainText('được chia cho 2 xã, phường');
  await expect(page.locator('#org-old-split-item-hint')).toHaveText('Theo bảng chuyển đổi: nhận một phần diện tích và dân cư của xã cũ.');
  await expect(page.locator('#org-office-commune')).toHaveValue('Xã Bình An');
  await tabToId(page, 'org-old-split');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#org-old-split-1')).toBeChecked();
  await expect(page.locator('#org-office-commune')).toHaveValue('Phường Ngọc Hà');
  await expect(page.locator('#org-office-province')).toHaveValue('01');
  await expect(result).toContainText('Đã chọn Phường Ngọc Hà, Thành phố Hà Nội');
  await expectNoAxeViolations(page, 'organization: old commune split');
  await screenshots(page, 'org-old-address-split');

  // The rest of the form, then the result: the head office is today's ward.
  await typeInto(page, 'org-name', 'Công ty TNHH Sẵn Sàng');
  await typeInto(page, 'org-tax-code', '0100109106');
  await activateByKeyboard(page, 'Xem kết quả');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).not.toContainText('xã, phường');
  await expect(page.locator('.error-summary')).not.toContainText('tỉnh, thành phố');
  expect(problems).toEqual([]);
});

test.describe('without the service worker', () => {
  // The page's route cannot see a fetch the service worker makes on the page's behalf.
  test.use({ serviceWorkers: 'block' });

  test('head office from an old address offline: says to choose the commune directly, keeps what was typed', async ({ page }) => {
    await page.route(/old-units-[0-9a-f]+\.bin$/, (route) => route.abort('internetdisconnected'));
    await startFresh(page);
    await choose(page, 'org-kind', 0);
    await activateByKeyboard(page, 'Biết địa chỉ cũ?');
    await expect(page.locator('.old-address [role="alert"]')).toContainText('Chọn thẳng xã, phường hiện nay ở ô bên trên');
    await typeInto(page, 'org-old-line', 'Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình');
    await page.keyboard.press('Enter');
    await expect(page.locator('.old-address__result')).toContainText('cần bảng chuyển đổi');
    await expect(page.locator('.old-address__result')).toContainText('Nếu chưa rõ, chọn thẳng xã, phường hiện nay');
    await expect(page.locator('#org-old-line')).toHaveValue('Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình');
    await expect(page.locator('#org-office-commune')).toHaveValue('');
    await expectNoAxeViolations(page, 'organization: old address, data unavailable');
    await screenshots(page, 'org-old-address-offline');
  });
});
