// The app shell: every route opened by keyboard only, in both languages, accessible, on phone and
// desktop widths.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, screenshots, watchForProblems } from './helpers.mjs';
import { Shell, TOOLS } from './pages/shell.mjs';

test('home page tells each audience which tool is theirs', async ({ page }) => {
  const problems = watchForProblems(page);
  const shell = new Shell(page);
  await shell.open();
  await expect(shell.heading).toHaveText('Bạn cần biết điều gì hôm nay?');
  await expect(shell.toolCards).toHaveCount(5);
  await expect(shell.footer).toContainText('Dữ liệu bạn nhập không rời khỏi máy');
  // The footer names the conversion table with its date, and the alias data with its licence.
  await expect(shell.footer).toContainText('“Bảng chuyển đổi ĐVHC mới – cũ” của Cục Thống kê, ngày 23/10/2025');
  await expect(shell.footer).toContainText('vietnamadminunits (giấy phép MIT, © 2025 Tran Ngoc Minh Hieu)');
  await expectNoAxeViolations(page, 'home');
  await screenshots(page, 'home');
  expect(problems).toEqual([]);
});

for (const route of TOOLS) {
  test(`${route.hash} opens by keyboard only`, async ({ page }) => {
    const problems = watchForProblems(page);
    const shell = new Shell(page);
    await shell.open();
    await shell.activate(route.nav);
    await expect(page).toHaveURL(new RegExp(`${route.hash}$`));
    await expect(shell.pageTitle).toBeFocused();
    await expect(shell.currentNavItem).toHaveText(route.nav);
    await expectNoAxeViolations(page, route.hash);
    await screenshots(page, route.screen);
    expect(problems).toEqual([]);
  });
}

test('language switch by keyboard, remembered after reload', async ({ page }) => {
  const shell = new Shell(page);
  await shell.open();
  await shell.activate('English');
  await expect(shell.heading).toHaveText('What do you need to know today?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shell.reload();
  await expect(shell.heading).toHaveText('What do you need to know today?');
  await expectNoAxeViolations(page, 'home (English)');
  await screenshots(page, 'home-en');
});
