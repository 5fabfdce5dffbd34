// Sẵn Sàng service worker: after the first visit the app works with the network off.
// The post-build step (www/postbuild.mjs) fills in VERSION, PRECACHE and LAZY for each release
// build, so every new build is a new service worker and a new cache; the page then offers
// "Có phiên bản mới — tải lại" and this worker waits until the user accepts.
//
// Fetched once: a first visit must not download the app twice. The page's loader leaves a copy
// of the script and Wasm responses it already has in the "sansang-adopt" cache (the file worker
// of its Wasm), and every other file is
// taken from the browser's HTTP cache when it holds it (`cache: 'force-cache'`), so only a host
// that forbids storing (no-store) costs the small files again. LAZY files (the file worker, data
// assets) are not fetched at install: they are kept the first time the page fetches them.
// APPS: the app binaries (sansang: home, organization, converter; one per other tool: students,
// campaign tracker, bulk check). Install precaches the one the page loaded (its Wasm is in the
// adopt cache) and any an earlier version kept (the user has used it); the others are kept the
// first time the page loads them, like the LAZY files.
'use strict';

const VERSION = '__SW_VERSION__';
const PRECACHE = ['./' /*__SW_PRECACHE__*/];
const LAZY = [/*__SW_LAZY__*/];
const APPS = [/*__SW_APPS__*/];
const CACHE = `sansang-${VERSION}`;
const ADOPT = 'sansang-adopt';

const absolute = (url) => new URL(url, self.registration.scope).href;
const LAZY_URLS = new Set(LAZY.map(absolute));
const APP_URLS = new Set(APPS.flatMap((app) => app.files.map(absolute)));
// Kept the first time the page fetches them.
const ON_USE_URLS = new Set([...LAZY_URLS, ...APP_URLS]);

// What the page already downloaded, else the HTTP cache, else the network.
async function precache(cache, url) {
  const adopted = await caches.open(ADOPT).then((c) => c.match(url)).catch(() => undefined);
  if (adopted) return cache.put(url, adopted);
  const response = await fetch(url, { cache: 'force-cache' });
  if (!response.ok) throw new Error(`precache ${url}: ${response.status}`);
  return cache.put(url, response);
}

// Whether the page loaded this app binary (its Wasm is adopted) or an earlier version kept it.
async function inUse(app) {
  const wasm = absolute(app.files[1]);
  if (await caches.open(ADOPT).then((c) => c.match(wasm)).catch(() => undefined)) return true;
  const prefix = new URL(`./${app.name}-`, self.registration.scope).href;
  for (const name of await caches.keys()) {
    if (!name.startsWith('sansang-') || name === ADOPT || name === CACHE) continue;
    const keys = await (await caches.open(name)).keys();
    if (keys.some((request) => request.url.startsWith(prefix))) return true;
  }
  return false;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const used = (await Promise.all(APPS.map(async (app) => ((await inUse(app)) ? app.files : [])))).flat();
    await Promise.all([...PRECACHE, ...used].map((url) => precache(cache, url)));
  })());
});

// A lazy file the page fetched before this worker controlled it (the first visit) is kept if
// the browser still holds it — its own copy (adopted) or the HTTP cache — never downloaded for it.
async function keepIfHeld(cache, url) {
  if (await cache.match(url)) return;
  const adopted = await caches.open(ADOPT).then((c) => c.match(url)).catch(() => undefined);
  const held = adopted || await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => undefined);
  if (held && held.ok) await cache.put(url, held);
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([...ON_USE_URLS].map((url) => keepIfHeld(cache, url).catch(() => {})));
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('sansang-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  // The page used lazy files before this worker controlled it: keep them now, from the HTTP
  // cache when it has them.
  if (event.data && event.data.type === 'KEEP_LAZY') {
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      const adopted = await caches.open(ADOPT);
      for (const url of LAZY_URLS) {
        if (!(await cache.match(url))) await precache(cache, url).catch(() => {});
        // The worker's own copy of its Wasm is not needed twice.
        await adopted.delete(url);
      }
    }));
  }
});

// Same-origin GETs only; the app never talks to any other origin.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the app is index.html plus a #route; query strings (the crash panel's reload
    // form adds "?") do not matter.
    event.respondWith(caches.match('./', { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => {
    if (hit) return hit;
    const url = request.url.split('?')[0];
    if (!ON_USE_URLS.has(url)) return fetch(request);
    return fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url, copy)));
      }
      return response;
    });
  }));
});
