// Shared steps for the journeys: open the app, move by keyboard, scan with axe, take screenshots.
import { expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SCREENS = new URL('../test-results/screens/', import.meta.url).pathname;

/**
 * How busy the machine was while a benchmark measured: Linux's CPU pressure
 * (`/proc/pressure/cpu`, "some": the time in which a runnable task waited for a CPU), as a
 * share of the wall time since the meter was started. Call it once to start, and call what it
 * returns to read. The same code measures up to 40 % slower on this CI's two busy cores, so
 * the benchmarks print this beside their figures. Reads `null` where the kernel does not say.
 */
export function cpuPressureMeter() {
  const stalled = () => {
    try {
      const some = readFileSync('/proc/pressure/cpu', 'utf8').match(/^some .*total=(\d+)/m);
      return some ? Number(some[1]) : null;
    } catch {
      return null;
    }
  };
  const startStalled = stalled();
  const start = performance.now();
  return () => {
    const now = stalled();
    const wallMicros = (performance.now() - start) * 1000;
    if (now === null || startStalled === null || wallMicros <= 0) return null;
    return (100 * (now - startStalled)) / wallMicros;
  };
}

/** A reading of [`cpuPressureMeter`] in a line of benchmark output. */
export const pressureText = (percent) => percent === null
  ? 'machine load: not reported by this kernel'
  : `machine load while measuring: a task waited for a CPU ${percent.toFixed(0)} % of the time (Linux CPU pressure)`;

/** Waits until a server started by a test answers (serve.mjs compresses every file first). */
export async function waitForServer(url, timeoutMs = 30_000) {
  for (const start = Date.now(); Date.now() - start < timeoutMs;) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Waits until the app has mounted: the loading indicator is gone and the page's heading shows.
 * The heading alone is not enough: the first paint (www/boot.js) shows it before the Wasm runs.
 */
export async function expectAppReady(page) {
  await expect(page.locator('#app .boot')).toHaveCount(0);
  await expect(page.locator('#page-title')).toBeVisible();
}

/** Opens the app at a hash route and waits until the Wasm has replaced the loading indicator. */
export async function openApp(page, hash = '#/') {
  await page.goto(`/${hash}`);
  await expectAppReady(page);
}

/** Presses Tab until the focused element matches `predicate` (max `limit` presses). */
export async function tabTo(page, describe, predicate, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`Tab never reached ${describe}`);
}

/** Tabs to the link or button whose visible text is `text`, then presses Enter. */
export async function activateByKeyboard(page, text) {
  await tabTo(page, `"${text}"`, new Function(`
    const el = document.activeElement;
    return !!el && el.textContent.trim() === ${JSON.stringify(text)};`));
  await page.keyboard.press('Enter');
}

/** Runs axe-core (WCAG 2.x A/AA + best practices) and fails with a readable list on any violation. */
export async function expectNoAxeViolations(page, label) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** Full-page screenshots at phone (375 px) and desktop (1280 px) widths; also checks that nothing
 *  makes the page scroll sideways at 320 px and 375 px (wide tables scroll inside their frame). */
export async function screenshots(page, name) {
  for (const width of [320, 375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(width);
    if (width !== 320) await page.screenshot({ path: `${SCREENS}${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Collects what must never happen in a journey: console errors (CSP violations are reported
 *  there), uncaught exceptions, failed requests, and any request to another origin (the app has no
 *  server and talks to nobody). */
export function watchForProblems(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A load the browser cancelled itself (a navigation or print started meanwhile) is no fault.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    const local = url.hostname === '127.0.0.1' || ['data:', 'blob:'].includes(url.protocol);
    if (!local) problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

/** Prints the page to an A4 PDF and returns its page count. */
export async function printedPages(page, name) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  // What the printed page looks like, for review: A4 width at 96 dpi.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${SCREENS}${name}-print.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(`${SCREENS}${name}.pdf`, pdf);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
}
