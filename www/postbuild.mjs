// Trunk post-build hook (see Trunk.toml): finishes the staged dist/ before Trunk moves it into place.
// 1. Content-Security-Policy: only the app's own files; the inline scripts (Trunk's loader, the
//    first paint) and the inline style sheet are allowed by their SHA-256 hashes, WebAssembly by
//    'wasm-unsafe-eval'. Release builds only: `trunk serve`
//    injects a live-reload script and socket that a strict policy would block.
// 2. Service worker: writes the list of files to precache and a version derived from their
//    contents, so each new build installs as a new version.
// 3. Lazy assets (LAZY below): data the page fetches only when a user needs it. Each gets a
//    content-hashed name, announced to the app by a <meta name="sansang-asset-…"> in
//    index.html, and is left out of the install-time precache (the service worker caches it the
//    first time the page fetches it).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renameSync } from 'node:fs';

/** Lazy assets: [file Trunk copies, meta name announcing its hashed name, hashed-name pattern]. */
export const LAZY = [
  ['old-units.bin', 'sansang-asset-old-units', /^old-units-[0-9a-f]{16}\.bin$/],
];

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const release = process.env.TRUNK_PROFILE === 'release';
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const PLACEHOLDER = /<meta http-equiv="Content-Security-Policy" content="__CSP__"\s*\/?>/;
if (release) {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
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
  const hash = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
  const hashed = file.replace(/(\.[^.]+)$/, `-${hash}$1`);
  renameSync(path, join(staging, hashed));
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
  const isLazy = (f) => LAZY.some(([, , pattern]) => pattern.test(f));
  const list = files.filter((f) => f !== 'index.html' && !isLazy(f)).map((f) => `'./${f}'`);
  const lazy = files.filter(isLazy).map((f) => `'./${f}'`);
  let sw = readFileSync(swPath, 'utf8');
  sw = sw.replace('__SW_VERSION__', version).replace('/*__SW_PRECACHE__*/', list.length ? `, ${list.join(', ')}` : '');
  // For a worker that caches lazy files on first fetch: `const LAZY = [/*__SW_LAZY__*/];`.
  sw = sw.replace('/*__SW_LAZY__*/', lazy.join(', '));
  writeFileSync(swPath, sw);
  console.log(`postbuild: service worker ${version} precaches ${list.length + 1} files; CSP ${release ? 'on' : 'off (dev)'}`);
}
