// Lighthouse audit of the release build (dist/) in mobile mode, in Debian's Chromium.
// Prints performance, accessibility and best-practices scores per page. Goals: ≥ 95, 100, ≥ 95.
// Accessibility and best practices are deterministic and fail the run below their goal;
// performance uses simulated throttling and varies with the machine, so it is reported, not gated.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawn } from 'node:child_process';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 8092);
const pages = ['#/', '#/to-chuc', '#/hoc-sinh', '#/chien-dich', '#/danh-sach'];
const goals = { performance: 95, accessibility: 100, 'best-practices': 95 };
const gated = new Set(['accessibility', 'best-practices']);

const server = spawn('node', [new URL('./serve.mjs', import.meta.url).pathname, new URL('../../dist', import.meta.url).pathname, String(PORT)], { stdio: 'ignore' });
// The server compresses every file before it listens: wait until it answers.
for (let tries = 0; tries < 300; tries++) {
  if (await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 100));
}
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

let failed = false;
try {
  console.log('lighthouse (mobile, simulated throttling)');
  console.log(`${'page'.padEnd(14)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)}   LCP      TBT     CLS`);
  for (const hash of pages) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}/${hash}`, {
      port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: Object.keys(goals),
    });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    const row = Object.keys(goals).map((id) => String(score(id)).padStart(5)).join(' ');
    console.log(`${hash.padEnd(14)} ${row}   ${audits['largest-contentful-paint'].displayValue.padEnd(8)} ${audits['total-blocking-time'].displayValue.padEnd(7)} ${audits['cumulative-layout-shift'].displayValue}`);
    for (const [id, goal] of Object.entries(goals)) {
      if (score(id) >= goal) continue;
      const misses = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && categories[id].auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => `${a.id} (${a.displayValue ?? Math.round(a.score * 100)})`);
      console.log(`  ${id} ${score(id)} < ${goal}${gated.has(id) ? '' : ' (reported only)'}: ${misses.join(', ')}`);
      if (gated.has(id)) failed = true;
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
