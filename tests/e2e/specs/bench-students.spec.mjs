// Benchmark (printed, not a timed test): a generated 2,000-student roster pasted into the
// student estimator, parsed, classified and rendered in the browser. Target: under 100 ms.
// The roster is the one `tests/bench/students.rs` builds (same generator), so the native figure
// for the pure part can be compared.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';

/** 9 grades of 5–6 classes of 40, ages from the grade, flags from an LCG, 1 % bad rows. */
function roster(students) {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  const middle = ['Văn', 'Thị', 'Minh', 'Gia'];
  const given = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Lan', 'Minh', 'Ngọc'];
  let seed = 20260415;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) & 0x7fff;
  };
  const pad = (n) => String(n).padStart(2, '0');
  const lines = ['Họ và tên\tNgày sinh\tLớp\tCó căn cước\tCó tài khoản mức 2\tĐã kích hoạt'];
  for (let i = 0; i < students; i++) {
    const classIndex = Math.floor(i / 40);
    const grade = (classIndex % 9) + 1;
    const cls = `${grade}${'ABCDEG'[Math.floor(classIndex / 9) % 6]}`;
    const year = 2025 - 5 - grade;
    const day = (next() % 28) + 1;
    const month = (next() % 12) + 1;
    const card = next() % 3 !== 0;
    const level2 = card && next() % 2 === 0;
    const activated = level2 && next() % 4 !== 0;
    let name = `${family[next() % 10]} ${middle[next() % 4]} ${given[next() % 10]}`;
    let birth = `${pad(day)}/${pad(month)}/${year}`;
    if (i % 100 === 37) name = '';
    if (i % 100 === 73) birth = `31/02/${year}`;
    const yes = (b) => (b ? 'có' : 'không');
    lines.push(`${name}\t${birth}\t${cls}\t${yes(card)}\t${yes(level2)}\t${activated ? 'x' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** In the page: paste `text` and (when `submit`) press the button, timing until the DOM shows
 * the result for `expected` and until the next frame after it. With `settle`, the pasted text is
 * first laid out on screen (as after a real paste) and the clock starts at the button press. */
async function measure(page, text, expected, { submit, settle = false }) {
  return page.evaluate(async ({ text, expected, submit, settle }) => {
    const main = document.querySelector('main');
    const area = document.getElementById('students-roster');
    const shown = () => (main.querySelector('.students-results')?.textContent ?? '').includes(expected);
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    let start = performance.now();
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    if (settle) {
      await nextFrame();
      await nextFrame();
      start = performance.now();
    }
    const rendered = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (shown()) { observer.disconnect(); resolve(performance.now()); }
      });
      observer.observe(main, { childList: true, subtree: true, characterData: true });
    });
    if (submit) document.querySelector('.students-form button[type="submit"]').click();
    const dom = await rendered;
    await nextFrame();
    return { dom: dom - start, frame: performance.now() - start };
  }, { text, expected, submit, settle });
}

async function openRosterForm(page) {
  await openApp(page, '#/hoc-sinh');
  await page.getByLabel('Ngày tính', { exact: true }).fill('15/04/2026');
  await page.getByLabel('Hạn hoàn thành thu nhận hồ sơ').fill('15/05/2026');
  await page.getByLabel('Danh sách học sinh có ngày sinh').check();
}

test('students bench: 2,000 rows parsed, classified and rendered', { tag: '@bench' }, async ({ page, browser }) => {
  const text = roster(2000);
  const full = 'Đã đọc 2.000 dòng: 1.960 học sinh được tính';
  const ms = (x) => `${x.toFixed(1)} ms`;

  // 1. Paste and press "Xem kết quả" at once, on a fresh page.
  await openRosterForm(page);
  const first = await measure(page, text, full, { submit: true });
  await expect(page.locator('.students-chart__row')).toHaveCount(50);

  // 2. Later pastes re-check live. Alternate with the roster less its last row, so every run
  //    reads a new text and ends on a result that was not on the page before.
  const shorter = text.slice(0, text.slice(0, -1).lastIndexOf('\n') + 1);
  const later = [];
  for (let i = 1; i <= 6; i++) {
    const [pasted, expected] = i % 2 ? [shorter, 'Đã đọc 1.999 dòng'] : [text, 'Đã đọc 2.000 dòng'];
    later.push(await measure(page, pasted, expected, { submit: false }));
  }

  // 3. A fresh page where the pasted text is on screen before the button is pressed: the clock
  //    starts at the press, so the browser's layout of 85 KB of pasted text is left out.
  const other = await browser.newPage();
  await openRosterForm(other);
  const pressed = await measure(other, text, full, { submit: true, settle: true });
  await other.close();

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `students bench: 2,000 rows parsed+classified+rendered in ${ms(first.dom)} `
    + `(paste and submit on a fresh page; ${ms(first.frame)} to the next frame); `
    + `from the button press with the paste already on screen ${ms(pressed.dom)} (${ms(pressed.frame)}); `
    + `later pastes median ${ms(median(later.map((r) => r.dom)))} (${ms(median(later.map((r) => r.frame)))}); `
    + 'target < 100 ms',
  );
});
