// Sẵn Sàng service worker: after the first visit the app works with the network off.
// The post-build step (www/postbuild.mjs) fills in VERSION and PRECACHE for each release build, so
// every new build is a new service worker and a new cache; the page then offers
// "Có phiên bản mới — tải lại" and this worker waits until the user accepts.
'use strict';

const VERSION = '__SW_VERSION__';
const PRECACHE = ['./' /*__SW_PRECACHE__*/];
const CACHE = `sansang-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('sansang-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
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
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
