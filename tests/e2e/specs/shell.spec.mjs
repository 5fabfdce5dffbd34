// The app shell: every route opened by keyboard only, in both languages, accessible, on phone and
// desktop widths.
import { test, expect } from '@playwright/test';
import { openApp, activateByKeyboard, expectAppReady, expectNoAxeViolations, screenshots, watchForProblems } from './helpers.mjs';

const routes = [
  { nav: 'Tổ chức', hash: '#/to-chuc', screen: 'organization' },
  { nav: 'Học sinh', hash: '#/hoc-sinh', screen: 'students' },
  { nav: 'Chiến dịch', hash: '#/chien-dich', screen: 'campaign' },
  { nav: 'Kiểm tra danh sách', hash: '#/danh-sach', screen: 'bulk' },
];

test('home page tells each audience which tool is theirs', async ({ page }) => {
  const problems = watchForProblems(page);
  await openApp(page);
  await expect(page.locator('h1')).toHaveText('Bạn cần biết điều gì hôm nay?');
  await expect(page.locator('.tool-card')).toHaveCount(5);
  await expect(page.locator('footer')).toContainText('Dữ liệu bạn nhập không rời khỏi máy');
  await expectNoAxeViolations(page, 'home');
  await screenshots(page, 'home');
  expect(problems).toEqual([]);
});

for (const route of routes) {
  test(`${route.hash} opens by keyboard only`, async ({ page }) => {
    const problems = watchForProblems(page);
    await openApp(page);
    await activateByKeyboard(page, route.nav);
    await expect(page).toHaveURL(new RegExp(`${route.hash}$`));
    await expect(page.locator('#page-title')).toBeFocused();
    await expect(page.locator('nav a[aria-current="page"]')).toHaveText(route.nav);
    await expectNoAxeViolations(page, route.hash);
    await screenshots(page, route.screen);
    expect(problems).toEqual([]);
  });
}

test('language switch by keyboard, remembered after reload', async ({ page }) => {
  await openApp(page);
  await activateByKeyboard(page, 'English');
  await expect(page.locator('h1')).toHaveText('What do you need to know today?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expectAppReady(page);
  await expect(page.locator('h1')).toHaveText('What do you need to know today?');
  await expectNoAxeViolations(page, 'home (English)');
  await screenshots(page, 'home-en');
});
