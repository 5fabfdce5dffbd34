// Privacy and robustness: "Xoá dữ liệu trên máy này" clears everything; a damaged draft is set
// aside with a notice; a thousand mutated share links open without a crash.
import { test, expect } from '@playwright/test';
import { expectAppReady, expectNoAxeViolations, openApp, watchForProblems } from './helpers.mjs';

test('"Xoá dữ liệu trên máy này" removes drafts and choices, after asking once', async ({ page }) => {
  const problems = watchForProblems(page);
  await openApp(page, '#/chien-dich');
  await page.getByRole('button', { name: /^Huế — Công văn 7218/ }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const before = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sansang.')));
  expect(before).toEqual(expect.arrayContaining(['sansang.draft.campaign', 'sansang.lang']));

  await page.getByRole('button', { name: 'Clear data on this device' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be undone');
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await page.waitForLoadState('load');
  await expect(page.locator('#page-title')).toHaveText('Theo dõi tiến độ chiến dịch');
  await expect(page.locator('.clear-data [role=status]')).toHaveText('Đã xoá mọi dữ liệu đã lưu trên máy này.');
  const after = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sansang.')));
  expect(after).toEqual([]);
  await expect(page.locator('.units-table')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a damaged or older draft is set aside with a notice, never a crash', async ({ page }) => {
  const problems = watchForProblems(page);
  await openApp(page, '#/');
  await page.evaluate(() => {
    localStorage.setItem('sansang.draft.campaign', '{"v":1,"data":{"campaign":{"name":5}}');
    localStorage.setItem('sansang.draft.organization', '{"v":0,"data":{}}');
  });
  await page.goto('/#/chien-dich');
  await expect(page.locator('.warning-message').first()).toContainText('Bản nháp cũ trên máy này không đọc được');
  await expectNoAxeViolations(page, 'campaign with dropped draft');
  await page.goto('/#/to-chuc');
  await expectAppReady(page);
  await expect(page.locator('body')).toContainText('Bản nháp cũ trên máy này không đọc được');
  const kept = await page.evaluate(() => [localStorage.getItem('sansang.draft.campaign'), localStorage.getItem('sansang.draft.organization')]);
  expect(kept).toEqual([null, null]);
  expect(problems).toEqual([]);
});

test('1,000 mutated share links open without a panic', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watchForProblems(page);
  await openApp(page, '#/chien-dich');
  await page.getByRole('button', { name: /^Kiên Giang — Kế hoạch 374/ }).click();
  await page.getByRole('button', { name: 'Tạo đường liên kết' }).click();
  const link = await page.locator('#share-link').inputValue();
  const fragment = link.slice(link.indexOf('#'));
  const prefix = '#/chien-dich/';
  const payload = fragment.slice(prefix.length);

  let seed = 7;
  const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%~!*';
  const mutate = (text) => {
    const chars = [...text];
    switch (random(5)) {
      case 0: chars[random(chars.length)] = alphabet[random(alphabet.length)]; break;
      case 1: chars.splice(random(chars.length), 1 + random(8)); break;
      case 2: chars.splice(random(chars.length), 0, ...alphabet.slice(random(40), random(40) + 1 + random(6))); break;
      case 3: return text.slice(0, random(text.length));
      default: { const i = random(chars.length); const j = random(chars.length); [chars[i], chars[j]] = [chars[j], chars[i]]; }
    }
    return chars.join('');
  };
  const links = Array.from({ length: 1000 }, () => prefix + encodeURIComponent(mutate(payload)).replace(/%2E/g, '.'));
  const outcome = await page.evaluate(async (list) => {
    const counts = { opened: 0, refused: 0, crashed: 0 };
    for (const hash of list) {
      location.hash = hash;
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => r()));
      if (document.querySelector('.crash-panel')) { counts.crashed++; break; }
      const title = document.querySelector('#page-title')?.textContent ?? '';
      if (title.startsWith('Không mở được')) counts.refused++; else counts.opened++;
    }
    return counts;
  }, links);
  console.log(`mutated links: ${outcome.opened} opened (a campaign, or the empty tracker when nothing was left), ${outcome.refused} refused with a message, ${outcome.crashed} crashed`);
  expect(outcome.crashed).toBe(0);
  expect(outcome.opened + outcome.refused).toBe(1000);
  expect(problems).toEqual([]);
});
