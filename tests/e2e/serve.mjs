// A small static server for the release build (dist/), used by the end-to-end tests, the
// Lighthouse audit and the benchmarks. Like a real static host it serves the right MIME types
// (application/wasm matters for streaming compilation) and compresses text and Wasm with brotli
// or gzip when the browser accepts it. Usage: node serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(process.argv[2] ?? new URL('../../dist', import.meta.url).pathname);
const port = Number(process.argv[3] ?? 8090);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

// Compressed once per file content (the release build does not change while serving).
const compressedCache = new Map();
function cached(file, body, encoding) {
  const key = `${encoding}:${file}:${body.length}`;
  if (!compressedCache.has(key)) {
    compressedCache.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
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
    const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    const compressible = /^(text\/|application\/(wasm|json|manifest)|image\/svg)/.test(type);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (compressible && /\bbr\b/.test(accepts)) {
      res.writeHead(200, { ...headers, 'content-encoding': 'br' });
      res.end(cached(file, body, 'br'));
    } else if (compressible && /\bgzip\b/.test(accepts)) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      res.end(cached(file, body, 'gzip'));
    } else {
      res.writeHead(200, headers);
      res.end(body);
    }
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
