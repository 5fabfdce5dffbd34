// Trunk post-build hook (see Trunk.toml): finishes the staged dist/ before Trunk moves it into place.
// 1. Content-Security-Policy: only the app's own files; the inline scripts (Trunk's loader, the
//    first paint) and the inline style sheet are allowed by their SHA-256 hashes, WebAssembly by
//    'wasm-unsafe-eval'. Release builds only: `trunk serve`
//    injects a live-reload script and socket that a strict policy would block.
// 2. The file worker: Trunk names a worker's files after its binary (reader_worker.js and
//    reader_worker_bg.wasm) so that code can find them; here they get content-hashed names like
//    every other file (a host may cache them for a year), the script gets the one line that
//    starts it, and index.html gets its address in <meta name="sansang-file-worker">.
// 3. The app binaries (sansang and one per tool): hashed names, www/pick-app.js chooses one by
//    the address, a loader starts it (below). The app's Wasm is fetched once: the loader keeps a copy of the response it already has in
//    Cache Storage ("sansang-adopt") for the service worker to adopt, whatever the host's
//    caching headers (even no-store).
// 4. Lazy assets (LAZY below): data the page fetches only when a user needs it. Each gets a
//    content-hashed name, announced to the app by a <meta name="sansang-asset-…"> in
//    index.html, and is left out of the install-time precache (the service worker caches it the
//    first time the page fetches it), like the file worker's two files. Each lazy asset ships
//    gzip-compressed (the page inflates it with the browser's DecompressionStream): hosts seldom
//    compress application/octet-stream, and the bytes a visitor pays must not depend on them.
// 5. Service worker: writes the list of files to precache, the lazy ones, the app binaries
//    (each precached only once used) and a version derived from their contents, so each new
//    build installs as a new version.
import { createHash } from 'node:crypto';
import { gzipSync, constants } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync, renameSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Lazy assets: [file Trunk copies, meta name announcing its hashed name, hashed-name pattern]. */
export const LAZY = [
  ['old-units.bin', 'sansang-asset-old-units', /^old-units-[0-9a-f]{16}\.bin$/],
];

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const release = process.env.TRUNK_PROFILE === 'release';
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const shortHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const WORKER = 'reader_worker';
if (existsSync(join(staging, `${WORKER}.js`)) && existsSync(join(staging, `${WORKER}_bg.wasm`))) {
  const wasmName = `${WORKER}-${shortHash(readFileSync(join(staging, `${WORKER}_bg.wasm`)))}_bg.wasm`;
  renameSync(join(staging, `${WORKER}_bg.wasm`), join(staging, wasmName));
  // Like the page's loader (3. below), the worker keeps a copy of its Wasm response for the
  // service worker, which adopts it if the page was not yet controlled when the worker started.
  const adopt = `fetch('./${wasmName}').then((r) => { if (r.ok && self.caches) { const copy = r.clone(); caches.open('sansang-adopt').then((c) => c.put('./${wasmName}', copy)).catch(() => {}); } return r; })`;
  const script = `${readFileSync(join(staging, `${WORKER}.js`), 'utf8')}\nwasm_bindgen({ module_or_path: ${adopt} });\n`;
  const jsName = `${WORKER}-${shortHash(script)}.js`;
  writeFileSync(join(staging, jsName), script);
  for (const stale of [`${WORKER}.js`, `${WORKER}_loader.js`]) {
    if (existsSync(join(staging, stale))) unlinkSync(join(staging, stale));
  }
  html = html.replace('<meta name="theme-color"', `<meta name="sansang-file-worker" content="./${jsName}">\n  <meta name="theme-color"`);
}

// The app binaries (README, "One binary per tool"): `sansang`, which Trunk builds as the main
// app, and one per tool, which it builds like workers (names unhashed, no loader). All get
// content-hashed names and integrity hashes; www/pick-app.js (inlined in <head>) gets their
// names, picks one by the address and preloads only it; Trunk's loader and preload links, which
// would fetch `sansang` for every address, give way to a loader that imports the chosen one.
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const APPS = {};
{
  const script = html.match(/<script type="module">\s*import init, \* as bindings from '\.\/(sansang-[0-9a-f]+\.js)';[\s\S]*?<\/script>/);
  if (!script) throw new Error('postbuild.mjs: Trunk\'s loader of the sansang binary was not found in index.html');
  const [loader, js] = script;
  const wasm = js.replace(/\.js$/, '_bg.wasm');
  APPS.sansang = { js, wasm };
  html = html.replace(loader, '<script type="module">__SANSANG_LOADER__</script>');
  // Trunk's preload links name the main binary whatever the address: the picker adds its own.
  html = html.replace(/\s*<link rel="(?:modulepreload|preload)" href="\.\/sansang-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>/g, '');
}
// The tools' binaries: the ones the picker's table (www/pick-app.js, written from src/route.rs,
// `Route::binary`) sends an address to, so this list cannot disagree with the app's. Each must
// have been built (a `data-bin` link in www/index.html).
const owners = html.match(/var owners = (\{[^\n]*\});/);
if (!owners) throw new Error('postbuild.mjs: the picker\'s table of binaries was not found in index.html');
const TOOLS = [...new Set([...owners[1].matchAll(/'(sansang_\w+)'/g)].map((m) => m[1]))];
for (const tool of TOOLS) {
  if (!existsSync(join(staging, `${tool}_bg.wasm`))) throw new Error(`postbuild.mjs: ${tool} is in www/pick-app.js but was not built (www/index.html)`);
  const wasmBytes = readFileSync(join(staging, `${tool}_bg.wasm`));
  const wasm = `${tool}-${shortHash(wasmBytes)}_bg.wasm`;
  renameSync(join(staging, `${tool}_bg.wasm`), join(staging, wasm));
  const jsText = readFileSync(join(staging, `${tool}.js`), 'utf8');
  const js = `${tool}-${shortHash(jsText)}.js`;
  renameSync(join(staging, `${tool}.js`), join(staging, js));
  APPS[tool] = { js, wasm };
}
for (const app of Object.values(APPS)) {
  app.jsIntegrity = sri(readFileSync(join(staging, app.js)));
  app.wasmIntegrity = sri(readFileSync(join(staging, app.wasm)));
  app.js = `./${app.js}`;
  app.wasm = `./${app.wasm}`;
}
const FILES_PLACEHOLDER = '/*__SANSANG_APP_FILES__*/ {}';
if (!html.includes(FILES_PLACEHOLDER)) throw new Error('postbuild.mjs: index.html lacks www/pick-app.js');
html = html.replace(FILES_PLACEHOLDER, JSON.stringify(APPS));
// The loader: imports the binary the picker chose and starts it. Its fetches of the script and
// the Wasm keep a copy of each for the service worker (see 3. above), taken at once: by the time
// the cache opens, the Wasm is in WebAssembly.instantiateStreaming and its body can no longer be
// cloned. The script is imported from a blob: address made of the fetched bytes (hence `blob:`
// in script-src): import() by its own address would fetch it again on a no-store host.
// Offline, at a page whose binary this device has not kept yet (each is kept at its first use),
// the loading indicator says so (the first paint's words, www/boot.js) instead of waiting.
html = html.replace('__SANSANG_LOADER__', `
const app = window.sansangApp;
let bindings, wasm;
const adopting = [];
const keep = (url) => (r) => {
  if (r.ok && self.caches) {
    const copy = r.clone();
    adopting.push(caches.open('sansang-adopt').then((c) => c.put(url, copy)).catch(() => {}));
    window.sansangAdopted = Promise.all(adopting);
  }
  return r;
};
try {
  // The script is imported from the bytes fetched here (checked against its hash), so import()
  // does not fetch it again and the service worker adopts this copy.
  const script = await fetch(app.js, app.jsIntegrity ? { integrity: app.jsIntegrity } : {}).then(keep(app.js));
  if (!script.ok) throw new Error(app.js + ': ' + script.status);
  const source = URL.createObjectURL(new Blob([await script.text()], { type: 'text/javascript' }));
  bindings = await import(source);
  wasm = await bindings.default({ module_or_path: fetch(app.wasm).then(keep(app.wasm)) });
} catch (failure) {
  const boot = document.querySelector('#app .boot');
  const notKept = boot && boot.querySelector('.boot__not-kept');
  if (navigator.onLine || !notKept) throw failure;
  boot.classList.add('boot--not-kept');
  notKept.hidden = false;
  // The first paint's links still lead somewhere: a page of the binary this device keeps.
  addEventListener('hashchange', () => location.reload());
}
if (wasm) {
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
}
`);

const PLACEHOLDER = /<meta http-equiv="Content-Security-Policy" content="__CSP__"\s*\/?>/;
if (release) {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' blob: 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    `style-src 'self' ${styleHashes.join(' ')}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
  html = html.replace(PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
} else {
  html = html.replace(PLACEHOLDER, '');
}
for (const [file, meta] of LAZY) {
  const path = join(staging, file);
  if (!existsSync(path)) continue;
  const packed = gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION });
  const hash = createHash('sha256').update(packed).digest('hex').slice(0, 16);
  const hashed = file.replace(/(\.[^.]+)$/, `-${hash}$1`);
  writeFileSync(join(staging, hashed), packed);
  unlinkSync(path);
  const tag = new RegExp(`<meta name="${meta}" content="[^"]*">`);
  if (!tag.test(html)) throw new Error(`postbuild.mjs: index.html lacks <meta name="${meta}">`);
  html = html.replace(tag, `<meta name="${meta}" content="${hashed}">`);
}
writeFileSync(indexPath, html);

const swPath = join(staging, 'sw.js');
if (existsSync(swPath)) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'sw.js') files.push(relative(staging, path).split('\\').join('/'));
    }
  };
  walk(staging);
  const digest = createHash('sha256');
  for (const file of files) digest.update(file).update(readFileSync(join(staging, file)));
  const version = digest.digest('hex').slice(0, 16);
  // Fetched only when needed, then kept for offline use: the lazy assets and the file worker.
  const WORKER_FILES = /^reader_worker-[0-9a-f]+(_bg\.wasm|\.js)$/;
  const isLazy = (f) => WORKER_FILES.test(f) || LAZY.some(([, , pattern]) => pattern.test(f));
  // Each app binary is precached at install only if the page loaded it (or an earlier version
  // of the service worker had it): the other one is kept on first use.
  const appFiles = new Set(Object.values(APPS).flatMap(({ js, wasm }) => [js.slice(2), wasm.slice(2)]));
  const list = files.filter((f) => f !== 'index.html' && !isLazy(f) && !appFiles.has(f)).map((f) => `'./${f}'`);
  const apps = Object.entries(APPS).map(([name, { js, wasm }]) => `{ name: '${name}', files: ['${js}', '${wasm}'] }`);
  const lazy = files.filter(isLazy).map((f) => `'./${f}'`);
  let sw = readFileSync(swPath, 'utf8');
  sw = sw.replace('__SW_VERSION__', version)
    .replace('/*__SW_PRECACHE__*/', list.length ? `, ${list.join(', ')}` : '')
    .replace('/*__SW_LAZY__*/', lazy.join(', '))
    .replace('/*__SW_APPS__*/', apps.join(', '));
  writeFileSync(swPath, sw);
  console.log(`postbuild: service worker ${version} precaches ${list.length + 1} files and the app binary in use, ${lazy.length} lazy, ${apps.length} app binaries; CSP ${release ? 'on' : 'off (dev)'}`);
}
