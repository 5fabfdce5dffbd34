// Organization readiness check: three journeys by keyboard only, on the release build — ready
// online; the registrant needs a level-2 account first; a mistyped tax code fixed from the error
// summary. Each is scanned with axe, photographed at 375 px and 1280 px, and the result printed to
// an A4 PDF that must be exactly one page.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, screenshots, watchForProblems, printedPages } from './helpers.mjs';
import { OrganizationPage } from './pages/organization.mjs';

test('ready online: keyboard only, result on one printed page', async ({ page }) => {
  const problems = watchForProblems(page);
  const org = new OrganizationPage(page);
  await org.startFresh();
  await expectNoAxeViolations(page, 'organization form');
  await org.fillEnterprise();
  await expect(org.note('org-tax-code')).toContainText('Đã đọc: 0100109106.');
  await org.seeResult();

  await expect(org.resultTitle).toBeFocused();
  await expect(org.verdict).toHaveText(
    'Tổ chức của bạn đã sẵn sàng đăng ký tài khoản định danh điện tử trực tuyến, trên ứng dụng ' +
    'VNeID hoặc trang web định danh điện tử VNeID.');
  await expect(org.verdictPanel).toHaveClass(/panel--ok/);
  await expect(org.reasons).toContainText('(Nghị định 69/2024/NĐ-CP, Điều 13)');
  await expect(org.processing).toContainText('Tối đa 3 ngày làm việc');
  await expect(org.reminders).toContainText('30/06/2025');
  // No personal data in the address: there is no share link.
  await expect(page).toHaveURL(/#\/to-chuc$/);
  await expectNoAxeViolations(page, 'organization result (ready online)');
  await screenshots(page, 'org-ready-online');
  expect(await printedPages(page, 'org-ready-online')).toBe(1);

  // Copy the summary by keyboard: copied, or (clipboard refused) the text selected in its box.
  await org.copySummary();
  await expect(org.copyStatus).not.toBeEmpty();
  const summary = await org.summaryText.inputValue();
  expect(summary).toContain('Mã số thuế 0100109106');
  expect(summary).not.toContain('001087123456');

  // "Thay đổi" next to the tax code, by keyboard: back to the form, focus on the field.
  await org.change('org-tax-code');
  await expect(org.byId('org-tax-code')).toBeFocused();
  await expect(org.byId('org-tax-code')).toHaveValue('0100109106');
  expect(problems).toEqual([]);
});

test('needs a level-2 account first: says where to go and what to bring', async ({ page }) => {
  const problems = watchForProblems(page);
  const org = new OrganizationPage(page);
  await org.startFresh();
  await org.fillEnterprise({ level2: 2 }); // Chưa có
  await org.seeResult();

  await expect(org.resultTitle).toBeFocused();
  await expect(org.verdict).toHaveText(
    'Trước hết, người đăng ký cần làm tài khoản định danh điện tử mức 2 tại công an cấp xã (mang ' +
    'theo thẻ căn cước); sau đó mới đăng ký được cho tổ chức.');
  await expect(org.verdictPanel).toHaveClass(/panel--warning/);
  await expect(org.checklist).toContainText('khai tờ khai TK01');
  await expect(org.checklist).toContainText('kích hoạt tài khoản mức 2 trên ứng dụng VNeID');
  await expect(org.processing).toHaveCount(0);
  await expectNoAxeViolations(page, 'organization result (level 2 first)');
  await screenshots(page, 'org-level2-first');
  expect(await printedPages(page, 'org-level2-first')).toBe(1);
  expect(problems).toEqual([]);
});

test('fix a mistyped tax code from the error summary', async ({ page }) => {
  const problems = watchForProblems(page);
  const org = new OrganizationPage(page);
  await org.startFresh();
  await org.fillEnterprise({ taxCode: '0100109107' });
  await org.seeResult();

  // docs/rules.md §2.1: 0100109107 → the check digit must be 6.
  const summary = org.errorSummary;
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Lỗi: /);
  await expect(summary).toContainText('chữ số thứ 10 phải là 6 (chữ số kiểm tra)');
  await expect(org.error('org-tax-code')).toContainText('phải là 6');
  // Every other answer is kept.
  await expect(org.byId('org-name')).toHaveValue('Tập đoàn Công nghiệp - Viễn thông Quân đội');
  await expect(org.byId('org-office-commune')).toHaveValue('Phường Ba Đình');
  await expectNoAxeViolations(page, 'organization form with an error');
  await screenshots(page, 'org-fix-tax-code-error');

  await org.followSummaryLink('org-tax-code');
  await expect(org.byId('org-tax-code')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('6');
  await expect(org.error('org-tax-code')).toHaveCount(0);
  await org.seeResult();

  await expect(org.resultTitle).toBeFocused();
  await expect(org.verdictPanel).toHaveClass(/panel--ok/);
  await expect(page).not.toHaveTitle(/^Lỗi/);
  await screenshots(page, 'org-fix-tax-code-result');
  expect(await printedPages(page, 'org-fix-tax-code-result')).toBe(1);
  expect(problems).toEqual([]);
});

test('head office from an old address: "Biết địa chỉ cũ?" by keyboard, a split chosen', async ({ page }) => {
  const problems = watchForProblems(page);
  const fetched = [];
  page.on('request', (r) => { if (/old-units-[0-9a-f]+\.bin$/.test(r.url())) fetched.push(r.url()); });
  const org = new OrganizationPage(page);
  await org.startFresh();
  await org.choose('org-kind', 0); // Doanh nghiệp
  // The conversion data is not fetched until the disclosure is used.
  await page.waitForTimeout(300);
  expect(fetched).toEqual([]);
  await org.openOldAddress();
  await expect.poll(() => fetched.length).toBe(1);

  // One line with the tax office's abbreviations; Enter looks it up (the form is not submitted).
  await org.typeInto('org-old-line', 'Số 12 đường Nguyễn Trung Trực, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang');
  await page.keyboard.press('Enter');
  const result = org.oldAddressResult;
  await expect(result).toContainText('Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang nay là Xã Bình An, Tỉnh An Giang.');
  await expect(result).toContainText('Đã chọn Xã Bình An, Tỉnh An Giang ở ô “Xã, phường, đặc khu” bên trên.');
  await expect(result).toContainText('“Bảng chuyển đổi ĐVHC mới – cũ” của Cục Thống kê, ngày 23/10/2025');
  await expect(org.errorSummary).toHaveCount(0);
  await expect(org.byId('org-office-province')).toHaveValue('91');
  await expect(org.byId('org-office-commune')).toHaveValue('Xã Bình An');
  await expect(org.byId('org-street')).toHaveValue('Số 12 đường Nguyễn Trung Trực');
  await expect(org.byId('org-old-line')).toHaveValue('Số 12 đường Nguyễn Trung Trực, X. Vĩnh Hòa Hiệp, H. Châu Thành, T. Kiên Giang');
  await expectNoAxeViolations(page, 'organization: old address converted');

  // Separate fields, a commune split between two wards: choose by keyboard.
  await org.clearFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(org.byId('org-old-commune')).toBeFocused();
  await page.keyboard.type('P. Ngọc Hà');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Q. Ba Đình');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hà Nội');
  await org.activate('Tìm xã, phường mới');
  await expect(result).toContainText('được chia cho 2 xã, phường');
  await expect(org.byId('org-old-split-item-hint')).toHaveText('Theo bảng chuyển đổi: nhận một phần diện tích và dân cư của xã cũ.');
  await expect(org.byId('org-office-commune')).toHaveValue('Xã Bình An');
  await org.tabToId('org-old-split');
  await page.keyboard.press('ArrowDown');
  await expect(org.byId('org-old-split-1')).toBeChecked();
  await expect(org.byId('org-office-commune')).toHaveValue('Phường Ngọc Hà');
  await expect(org.byId('org-office-province')).toHaveValue('01');
  await expect(result).toContainText('Đã chọn Phường Ngọc Hà, Thành phố Hà Nội');
  await expectNoAxeViolations(page, 'organization: old commune split');
  await screenshots(page, 'org-old-address-split');

  // The rest of the form, then the result: the head office is today's ward.
  await org.typeInto('org-name', 'Công ty TNHH Sẵn Sàng');
  await org.typeInto('org-tax-code', '0100109106');
  await org.seeResult();
  await expect(org.errorSummary).toBeFocused();
  await expect(org.errorSummary).not.toContainText('xã, phường');
  await expect(org.errorSummary).not.toContainText('tỉnh, thành phố');
  expect(problems).toEqual([]);
});

test.describe('without the service worker', () => {
  // The page's route cannot see a fetch the service worker makes on the page's behalf.
  test.use({ serviceWorkers: 'block' });

  test('head office from an old address offline: says to choose the commune directly, keeps what was typed', async ({ page }) => {
    await page.route(/old-units-[0-9a-f]+\.bin$/, (route) => route.abort('internetdisconnected'));
    const org = new OrganizationPage(page);
    await org.startFresh();
    await org.choose('org-kind', 0);
    await org.openOldAddress();
    await expect(org.oldAddressAlert).toContainText('Chọn thẳng xã, phường hiện nay ở ô bên trên');
    await org.typeInto('org-old-line', 'Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình');
    await page.keyboard.press('Enter');
    await expect(org.oldAddressResult).toContainText('cần bảng chuyển đổi');
    await expect(org.oldAddressResult).toContainText('Nếu chưa rõ, chọn thẳng xã, phường hiện nay');
    await expect(org.byId('org-old-line')).toHaveValue('Xã Độc Lập, Huyện Hưng Hà, Tỉnh Thái Bình');
    await expect(org.byId('org-office-commune')).toHaveValue('');
    await expectNoAxeViolations(page, 'organization: old address, data unavailable');
    await screenshots(page, 'org-old-address-offline');
  });
});
