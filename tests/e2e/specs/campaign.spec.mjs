// Campaign tracker journeys: a campaign of two indicators built by keyboard, shared, opened in a
// fresh browser with its figures' date; the documents' examples as single campaigns; a weekly
// table pasted; links of the first tracker; damaged, newer and 1,000 mutated links; print.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { expectNoAxeViolations, screenshots, watchForProblems, printedPages } from './helpers.mjs';
import { CampaignPage, LINK_PREFIX } from './pages/campaign.mjs';

const fixture = (name) => readFileSync(new URL(`../../data/campaign-formats/${name}`, import.meta.url), 'utf8').trim();

test('an officer builds a two-indicator campaign by keyboard, shares it, and the link opens the same figures elsewhere', async ({ page, browser }) => {
  const problems = watchForProblems(page);
  const tracker = new CampaignPage(page);
  await tracker.open('#/');
  await page.evaluate(() => localStorage.clear());
  await tracker.activate('Chiến dịch');
  await expect(tracker.pageTitle).toHaveText('Theo dõi tiến độ chiến dịch');

  // The frame and the first indicator, by keyboard.
  await tracker.typeName('Cao điểm tổ chức — Huế');
  await tracker.setStart('01/06/2025');
  await tracker.setDeadline(0, '30/06/2025');
  // A second indicator: other organizations, 50 %.
  await tracker.addIndicator(1, 'Tổ chức khác', '50');
  await tracker.setFiguresDate('09/06/2025');

  // Every commune of Huế in one step.
  await tracker.addProvince('Thành phố Huế');
  await expect(tracker.rows).toHaveCount(40);

  // Figures for the first unit, typed the Vietnamese way.
  await tracker.editUnit(0, { keyboard: true });
  await expect(tracker.unitEditor).toBeFocused();
  await tracker.enterFigures(0, 0, { base: '8.630', done: '1.309' });
  await tracker.enterFigures(0, 1, { base: '1.200', done: '480' });
  await expect(tracker.summary(0)).toContainText('15,17');
  await expect(tracker.summary(0)).toContainText('1.309 / 8.630');
  await expect(tracker.summary(0)).toContainText('6.904');
  await expect(tracker.summary(1)).toContainText('40,00');
  await tracker.closeUnit();

  await expectNoAxeViolations(page, 'campaign editor');
  await screenshots(page, 'campaign-editor');

  // Share: link (version 3), QR code that decodes to the link.
  const link = await tracker.makeLink();
  expect(link).toMatch(/#\/chien-dich\/3\.[A-Za-z0-9_-]+$/);
  const qr = PNG.sync.read(await tracker.qrCode.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height);
  expect(decoded?.data).toBe(link);
  await expectNoAxeViolations(page, 'campaign share');

  // A colleague opens the link in a fresh browser (no storage, no draft): the sender's figures,
  // as of the sender's date, with today beside it.
  const other = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const colleague = await other.newPage();
  const colleagueProblems = watchForProblems(colleague);
  await colleague.goto(link);
  const shared = new CampaignPage(colleague);
  await expect(shared.pageTitle).toHaveText('Cao điểm tổ chức — Huế');
  await expect(shared.rows).toHaveCount(40);
  await expect(shared.rows.first()).toContainText('1.309');
  await expect(shared.rows.first()).toContainText('6.904');
  await expect(shared.sharedDates).toContainText('Số liệu tính đến ngày 09/06/2025');
  await expect(shared.sharedDates).toContainText('Hôm nay:');
  // As of 9/6: 21 days left, 266,4 a day, as the sender saw.
  await expect(shared.summary(0)).toContainText('5.595');
  await expectNoAxeViolations(colleague, 'shared view');
  await screenshots(colleague, 'campaign-shared');
  await shared.editACopy();
  await expect(shared.name).toHaveValue('Cao điểm tổ chức — Huế');
  expect(colleagueProblems).toEqual([]);
  await other.close();
  expect(problems).toEqual([]);
});

/** Every published figure stands beside the computed one, and every row has a note: "Khớp"
 *  (agrees), where an agreeing figure comes from, or why the two differ. */
async function expectFiguresExplained(tracker, example) {
  const figures = await tracker.publishedFigures();
  expect(figures.length, example).toBeGreaterThan(3);
  for (const f of figures) {
    expect(f.computed, `${example}: ${f.figure}`).not.toBe('');
    expect(f.note, `${example}: ${f.figure}`).not.toBe('');
    if (!f.differs) expect(f.computed, `${example}: ${f.figure}`).toBe(f.published);
  }
  return figures;
}

test('the examples are single campaigns that reproduce the documents, and say where they differ', async ({ page }) => {
  const problems = watchForProblems(page);
  const tracker = await new CampaignPage(page).open();

  await tracker.openExample('hue');
  await expect(tracker.summary(0)).toContainText('15,17');
  for (const figure of ['6.904', '5.595', '266,4']) await expect(tracker.summary(0)).toContainText(figure);

  await tracker.openExample('kienGiang');
  await expect(tracker.summaries).toHaveCount(4);
  await expect(tracker.published).toContainText('430');
  await expect(tracker.published).toContainText('429');
  await expect(tracker.published).toContainText('cộng các số đã làm tròn của từng huyện');
  // The plan's 430 cooperatives beside the 429 that 81 % of 530 rounds to, with the reason.
  const kienGiang = await expectFiguresExplained(tracker, 'Kiên Giang');
  const cooperatives = kienGiang.find((f) => f.published === '430');
  expect(cooperatives).toMatchObject({ computed: '429', differs: true });
  expect(cooperatives.note).toContain('cộng các số đã làm tròn của từng huyện');
  await expectNoAxeViolations(page, 'Kiên Giang example');
  await screenshots(page, 'campaign-kien-giang');

  await tracker.openExample('hungYen');
  await expect(tracker.summaries).toHaveCount(4);
  for (const figure of ['2.129.289', '76,93', '1.933.164', '19.671', '15.362', '12.420', '63,1']) {
    await expect(tracker.published).toContainText(figure);
  }
  const hungYen = await expectFiguresExplained(tracker, 'Hưng Yên');
  for (const figure of ['2.129.289', '1.933.164', '12.420']) {
    expect(hungYen.find((f) => f.published === figure), figure).toMatchObject({ computed: figure, differs: false });
  }
  await expect(tracker.summary(0)).toContainText('10 / 104 đơn vị');
  await expect(tracker.rows).toHaveCount(100);
  await expect(tracker.cards).toHaveCount(100);
  await expectNoAxeViolations(page, 'Hưng Yên example');
  await screenshots(page, 'campaign-hung-yen');

  await tracker.openExample('dongNai');
  await expect(tracker.summaries).toHaveCount(3);
  await expect(tracker.summary(0)).toContainText('30/06/2026');
  await expect(tracker.summary(1)).toContainText('31/08/2026');
  await expect(tracker.summary(2)).toContainText('05/2026');
  await expect(tracker.summary(2).locator('table')).toContainText('04/2026');
  await expect(tracker.published).toContainText('311.482');
  const dongNai = await expectFiguresExplained(tracker, 'Đồng Nai');
  expect(dongNai.find((f) => f.published === '311.482')).toMatchObject({ computed: '311.482', differs: false });
  await expectNoAxeViolations(page, 'Đồng Nai example');
  await screenshots(page, 'campaign-dong-nai');
  expect(problems).toEqual([]);
});

test('a weekly table pasted from a spreadsheet updates the figures, after its columns are confirmed', async ({ page }) => {
  const problems = watchForProblems(page);
  const tracker = await new CampaignPage(page).open();
  await tracker.openExample('hungYen');
  const table = [
    'CÔNG AN TỈNH HƯNG YÊN', 'BÁO CÁO TIẾN ĐỘ (đến 07/11/2025)', '',
    'STT\tXã, phường\tHồ sơ đã thu nhận\tTỷ lệ (%)\tĐã đạt',
    '1\tPhường Phố Hiến\t16.500\t77,8\t15.100',
    '2\txa tan hung\t24.100\t76,2\t22.000',
    '3\tP. Sơn Nam\t19.900\t80\t18.300',
    '\tTổng cộng\t60.500\t\t',
  ].join('\n');
  const preview = await tracker.pasteWeeklyTable(table);
  await expect(preview).toContainText('Dòng tiêu đề ở dòng 4');
  await expect(preview).toContainText('Sẽ cập nhật 3 đơn vị');
  await expect(preview).toContainText('bỏ qua 1 dòng tổng');
  // A bare "Đã đạt" could be any of the four indicators: the page asks, the officer answers.
  await expect(tracker.weeklyWarning).toContainText('Kiểm tra các cột được đánh dấu');
  await expect(preview.locator('tr.row--differs')).toContainText('Đã đạt');
  await tracker.mapColumn(4, 'Tài khoản định danh điện tử mức độ 2: số đã đạt');
  await tracker.setWeeklyDate('07/11/2025');
  await expectNoAxeViolations(page, 'weekly table preview');
  await screenshots(page, 'campaign-weekly-table');
  const status = await tracker.applyWeeklyTable();
  await expect(status).toContainText('Đã cập nhật 3 đơn vị');
  await expect(tracker.figuresDate).toHaveValue('07/11/2025');
  await expect(tracker.row('Phường Phố Hiến')).toContainText('16.500');
  await expect(tracker.row('Phường Phố Hiến')).toContainText('15.100');
  // The week before stays in the history.
  await tracker.editUnit('Phường Phố Hiến');
  const history = await tracker.history();
  await expect(history).toContainText('31/10/2025');
  await expect(history).toContainText('07/11/2025: 16.500');
  expect(problems).toEqual([]);
});

test('links of the first tracker open in a fresh browser, migrated', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  const tracker = new CampaignPage(page);
  await tracker.open(LINK_PREFIX + fixture('v2-kien-giang-2024-edited.link'));
  await expect(tracker.pageTitle).toHaveText('Kế hoạch 374/KH-UBND — định danh điện tử tổ chức, Kiên Giang');
  await expect(tracker.sharedDates).toContainText('không ghi ngày của số liệu');
  await expect(tracker.rows).toHaveCount(3);
  await tracker.open(LINK_PREFIX + fixture('v1-two-units.link'));
  await expect(tracker.pageTitle).toHaveText('Chiến dịch cũ');
  await expect(tracker.rows).toHaveCount(2);
  await expectNoAxeViolations(page, 'a version 1 link');
  expect(problems).toEqual([]);
  await context.close();
});

test('a damaged link and a newer version give a clear message and a working page', async ({ page }) => {
  const problems = watchForProblems(page);
  const tracker = new CampaignPage(page);
  await tracker.open(`${LINK_PREFIX}3.AAAAthis-is-not-a-campaign`);
  await expect(tracker.pageTitle).toHaveText('Không mở được chiến dịch từ đường liên kết');
  await expect(tracker.alert).toContainText('bị hỏng');
  await expectNoAxeViolations(page, 'damaged link');
  await tracker.open(`${LINK_PREFIX}9.AAAA`);
  await expect(tracker.alert).toContainText('phiên bản Sẵn Sàng mới hơn');
  await tracker.openEmptyTracker();
  await expect(tracker.pageTitle).toHaveText('Theo dõi tiến độ chiến dịch');
  expect(problems).toEqual([]);
});

test('1,000 mutated links of every version open without a panic', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = watchForProblems(page);
  const tracker = await new CampaignPage(page).open();
  // Links with history and chained bases (Hưng Yên), a monthly indicator (Đồng Nai), and the
  // first tracker's versions 2 and 1.
  await tracker.openExample('hungYen');
  const hungYen = await tracker.makeLink();
  await tracker.openExample('dongNai');
  const dongNai = await tracker.makeLink();
  const prefix = LINK_PREFIX;
  const payloads = [
    hungYen.slice(hungYen.indexOf(prefix) + prefix.length),
    dongNai.slice(dongNai.indexOf(prefix) + prefix.length),
    fixture('v2-hung-yen-2025-communes-history.link'),
    fixture('v1-two-units.link'),
  ];
  let seed = 16;
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
  const links = Array.from({ length: 1000 }, (_, i) => prefix + encodeURIComponent(mutate(payloads[i % 4])).replace(/%2E/g, '.'));
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
  console.log(`mutated links (v3 history and monthly, v2, v1): ${outcome.opened} opened, ${outcome.refused} refused with a message, ${outcome.crashed} crashed`);
  expect(outcome.crashed).toBe(0);
  expect(outcome.opened + outcome.refused).toBe(1000);
  expect(problems).toEqual([]);
});

test('results print on one A4 page: units × indicators, flagged units first', async ({ page }) => {
  const tracker = await new CampaignPage(page).open();
  for (const [example, name] of [['hue', 'hue'], ['hungYen', 'hung-yen'], ['kienGiang', 'kien-giang'], ['dongNai', 'dong-nai']]) {
    await tracker.openExample(example);
    expect(await printedPages(page, `campaign-${name}-print`), name).toBe(1);
  }
  // The printed table starts with the flagged units.
  await tracker.openExample('hungYen');
  await page.emulateMedia({ media: 'print' });
  await expect(tracker.printedRows.first()).toHaveClass(/row--flagged/);
  await expect(tracker.printedUnits).toContainText('91 / 104 đơn vị');
  await page.emulateMedia({ media: 'screen' });
});
