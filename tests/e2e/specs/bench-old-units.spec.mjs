// Benchmark (printed, not a timed test; issue 14): the old-address conversion data as a first
// visitor of the address converter gets it — the asset's bytes on the wire (goal ≤ 80 KB gzip),
// its fetch, inflating the gzip the build ships (www/postbuild.mjs) with the browser's
// DecompressionStream, and its decode in the page's Wasm (goal ≤ 40 ms). Each run is a fresh browser
// context (no HTTP cache, no service worker), so every fetch is a first fetch. Then the visit's
// first conversion, which makes the districts' and communes' name index the decode leaves for
// the first look-up (`NameIndex`, src/rules/old_address/data.rs), and a second one for contrast.
import { test, expect } from '@playwright/test';
import { cpuPressureMeter, openApp, pressureText } from './helpers.mjs';

// Nine first visits, not five: each decode runs while the page's start-up compiles Wasm on
// both of CI's cores, and single visits ranged from 12.9 to 72.3 ms in one run (median of 5:
// 39.5); the median of nine moves less from run to run.
const RUNS = 9;

/** The User Timing measures `src/ui/old_units.rs` records (`INFLATE_MEASURE`, `DECODE_MEASURE`). */
const MEASURES = ['sansang: old-units inflate', 'sansang: old-units decode'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Submits the converter's one-line form with `address` and returns the milliseconds until the
 *  results show it (the reducer converts, Yew renders). */
async function convertOnce(page, address) {
  await page.fill('#converter-line', address);
  return page.evaluate(async (address) => {
    const results = () => document.getElementById('converter-results')?.textContent ?? '';
    const t0 = performance.now();
    const shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (results().includes(address)) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    document.getElementById('converter-line').form.requestSubmit();
    return (await shown) - t0;
  }, address);
}

test('old-address data: bytes, fetch and decode (printed)', { tag: '@bench' }, async ({ browser }) => {
  test.setTimeout(120_000);
  const runs = [];
  const pressure = cpuPressureMeter();
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await openApp(page, '#/doi-dia-chi');
    const figures = await page.waitForFunction(([inflateName, decodeName]) => {
      const inflate = performance.getEntriesByName(inflateName)[0];
      const decode = performance.getEntriesByName(decodeName)[0];
      const asset = performance.getEntriesByType('resource').find((e) => /\/old-units-[0-9a-f]+\.bin$/.test(e.name));
      if (!inflate || !decode || !asset) return null;
      return {
        inflate: inflate.duration,
        decode: decode.duration,
        fetch: asset.responseEnd - asset.startTime,
        wire: asset.encodedBodySize,
      };
    }, MEASURES, { timeout: 30_000 }).then((handle) => handle.jsonValue());
    figures.first = await convertOnce(page, 'Xã Vĩnh Hòa Hiệp, Huyện Châu Thành, Tỉnh Kiên Giang');
    figures.second = await convertOnce(page, 'Phường 7, Quận 3, TP. Hồ Chí Minh');
    runs.push(figures);
    await context.close();
  }
  for (const r of runs) {
    expect(r.wire).toBeGreaterThan(0);
    expect(r.decode).toBeGreaterThan(0);
  }
  const machineLoad = pressure();
  const ms = (key) => median(runs.map((r) => r[key])).toFixed(1);
  console.log([
    `old-address data, ${RUNS} first visits of #/doi-dia-chi (median):`,
    `  bytes on the wire: ${runs[0].wire.toLocaleString('en')} (gzip, whatever the host; goal ≤ 81,920)`,
    `  fetch: ${ms('fetch')} ms (local server)`,
    `  inflate (the browser's DecompressionStream, awaited): ${ms('inflate')} ms`,
    `  decode: ${ms('decode')} ms (goal ≤ 40 ms); runs: ${runs.map((r) => r.decode.toFixed(1)).join(', ')}`,
    `  first conversion (builds the name index), submit to shown: ${ms('first')} ms; a second one: ${ms('second')} ms`,
    `  ${pressureText(machineLoad)}`,
  ].join('\n'));
});
