// Privacy and robustness: "Xoá dữ liệu trên máy này" clears everything; a damaged draft is set
// aside with a notice. (A thousand mutated share links of every version: campaign.spec.mjs.)
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, watchForProblems } from './helpers.mjs';
import { CampaignPage } from './pages/campaign.mjs';
import { Shell } from './pages/shell.mjs';

test('"Xoá dữ liệu trên máy này" removes drafts and choices, after asking once', async ({ page }) => {
  const problems = watchForProblems(page);
  const tracker = await new CampaignPage(page).open();
  await tracker.openExample('hue');
  await page.getByRole('button', { name: 'English' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const before = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sansang.')));
  expect(before).toEqual(expect.arrayContaining(['sansang.draft.campaign', 'sansang.lang']));

  await page.getByRole('button', { name: 'Clear data on this device' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be undone');
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await page.waitForLoadState('load');
  await expect(tracker.pageTitle).toHaveText('Theo dõi tiến độ chiến dịch');
  await expect(page.locator('.clear-data [role=status]')).toHaveText('Đã xoá mọi dữ liệu đã lưu trên máy này.');
  const after = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sansang.')));
  expect(after).toEqual([]);
  await expect(tracker.rows).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a damaged or older draft is set aside with a notice, never a crash', async ({ page }) => {
  const problems = watchForProblems(page);
  const shell = new Shell(page);
  await shell.open('#/');
  await page.evaluate(() => {
    localStorage.setItem('sansang.draft.campaign', '{"v":1,"data":{"campaign":{"name":5}}');
    localStorage.setItem('sansang.draft.organization', '{"v":0,"data":{}}');
  });
  await shell.open('#/chien-dich');
  await expect(shell.draftNotice).toContainText('Bản nháp cũ trên máy này không đọc được');
  await expectNoAxeViolations(page, 'campaign with dropped draft');
  await shell.open('#/to-chuc');
  await expect(shell.draftNotice).toContainText('Bản nháp cũ trên máy này không đọc được');
  const kept = await page.evaluate(() => [localStorage.getItem('sansang.draft.campaign'), localStorage.getItem('sansang.draft.organization')]);
  expect(kept).toEqual([null, null]);
  expect(problems).toEqual([]);
});
