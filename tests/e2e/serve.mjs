// A small static server for the release build (dist/), used by the end-to-end tests, the
// Lighthouse audit and the benchmarks. Like a real static host it serves the right MIME types
// (application/wasm matters for streaming compilation) and compresses text and Wasm with brotli
// or gzip when the browser accepts it. Usage: node serve.mjs [dir] [port]
//
// SERVE_CACHE_CONTROL sets the Cache-Control header (default `no-cache`, as many hosts send
// without a validator; `no-store` forbids any caching). SERVE_LOG names a file that gets one
// JSON line per response (path, body bytes sent, encoding): what a visit really transferred,
// the service worker's own fetches included (tests/e2e/specs/first-visit.spec.mjs).
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(process.argv[2] ?? new URL('../../dist', import.meta.url).pathname);
const port = Number(process.argv[3] ?? 8090);
const cacheControl = process.env.SERVE_CACHE_CONTROL ?? 'no-cache';
const log = process.env.SERVE_LOG;
const record = (path, bytes, encoding, req) => {
  const dest = req.headers['sec-fetch-dest'];
  if (log) appendFileSync(log, `${JSON.stringify({ path, bytes, encoding, dest })}\n`);
};
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

// Compressed once per file content (the release build does not change while serving), and kept
// on disk by content hash: a second server over a copy of dist/ (offline.spec.mjs) starts at once
// instead of spending half a minute of brotli on the two Wasm files again.
const compressedCache = new Map();
const diskCache = join(tmpdir(), 'sansang-serve-compressed');
mkdirSync(diskCache, { recursive: true });
function cached(file, body, encoding) {
  const key = `${createHash('sha256').update(body).digest('hex')}.${encoding}`;
  if (!compressedCache.has(key)) {
    const onDisk = join(diskCache, key);
    let packed = existsSync(onDisk) ? readFileSync(onDisk) : null;
    if (!packed) {
      packed = encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
      writeFileSync(`${onDisk}.tmp${process.pid}`, packed);
      renameSync(`${onDisk}.tmp${process.pid}`, onDisk);
    }
    compressedCache.set(key, packed);
  }
  return compressedCache.get(key);
}

// A real host compresses at deploy time, not on the first request: compress everything before
// listening, so the first page load measured (Lighthouse's first page) is not slowed by it.
async function precompress(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) await precompress(file);
    else if (/^(text\/|application\/(wasm|json|manifest)|image\/svg)/.test(types[extname(file)] ?? '')) {
      const body = await readFile(file);
      cached(file, body, 'br');
      cached(file, body, 'gzip');
    }
  }
}
await precompress(root).catch(() => {});

createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': cacheControl, vary: 'accept-encoding' };
    const compressible = /^(text\/|application\/(wasm|json|manifest)|image\/svg)/.test(type);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !compressible ? 'identity' : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
    const sent = encoding === 'identity' ? body : cached(file, body, encoding);
    res.writeHead(200, encoding === 'identity' ? headers : { ...headers, 'content-encoding': encoding });
    res.end(sent);
    record(path, sent.length, encoding, req);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
