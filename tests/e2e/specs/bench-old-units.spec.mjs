// Benchmark (printed, not a timed test; issue 14): the old-address conversion data as a first
// visitor of the address converter gets it — the asset's bytes on the wire (goal ≤ 80 KB gzip),
// its fetch, and its decode in the page's Wasm (goal ≤ 40 ms; the figure includes inflating the
// gzip the build ships, www/postbuild.mjs, with the browser's DecompressionStream). Each run is a fresh browser
// context (no HTTP cache, no service worker), so every fetch is a first fetch.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';

const RUNS = 5;

/** The User Timing measure `src/ui/old_units.rs` records (`DECODE_MEASURE`). */
const DECODE_MEASURE = 'sansang: old-units inflate + decode';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test('old-address data: bytes, fetch and decode (printed)', async ({ browser }) => {
  test.setTimeout(120_000);
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await openApp(page, '#/doi-dia-chi');
    const figures = await page.waitForFunction((measure) => {
      const decode = performance.getEntriesByName(measure)[0];
      const asset = performance.getEntriesByType('resource').find((e) => /\/old-units-[0-9a-f]+\.bin$/.test(e.name));
      if (!decode || !asset) return null;
      return {
        decode: decode.duration,
        fetch: asset.responseEnd - asset.startTime,
        wire: asset.encodedBodySize,
      };
    }, DECODE_MEASURE, { timeout: 30_000 }).then((handle) => handle.jsonValue());
    runs.push(figures);
    await context.close();
  }
  for (const r of runs) {
    expect(r.wire).toBeGreaterThan(0);
    expect(r.decode).toBeGreaterThan(0);
  }
  const ms = (key) => median(runs.map((r) => r[key])).toFixed(1);
  console.log([
    `old-address data, ${RUNS} first visits of #/doi-dia-chi (median):`,
    `  bytes on the wire: ${runs[0].wire.toLocaleString('en')} (gzip, whatever the host; goal ≤ 81,920)`,
    `  fetch: ${ms('fetch')} ms (local server)`,
    `  inflate + decode: ${ms('decode')} ms (goal ≤ 40 ms); runs: ${runs.map((r) => r.decode.toFixed(1)).join(', ')}`,
  ].join('\n'));
});
