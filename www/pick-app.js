// Picks the app's WebAssembly binary for the address before anything big is fetched:
// `sansang` (home, organization, converter) or one tool's (`sansang_students`,
// `sansang_campaign`, `sansang_bulk`), and preloads only that one. GENERATED from src/route.rs
// by src/first_paint.rs: do not edit; `SANSANG_WRITE_BOOT=1 cargo test --test first_paint`
// rewrites it.
// www/postbuild.mjs writes the binaries' file names in and the loader that imports the choice.
(function () {
  // slug → [binary for '#/slug', binary for '#/slug/more']
  var owners = { '': ['sansang', 'sansang'], 'to-chuc': ['sansang', 'sansang'], 'hoc-sinh': ['sansang_students', 'sansang'], 'chien-dich': ['sansang_campaign', 'sansang_campaign'], 'danh-sach': ['sansang_bulk', 'sansang'], 'doi-dia-chi': ['sansang', 'sansang'] };
  var files = /*__SANSANG_APP_FILES__*/ {};
  // The same reading of the address as src/route.rs (and www/boot.js).
  var path = location.hash.replace(/^#/, '').replace(/^\//, '');
  var cut = path.indexOf('/');
  var slug = (cut < 0 ? path : path.slice(0, cut)).split(/[?&]/)[0];
  var rest = cut < 0 ? '' : path.slice(cut + 1);
  var owner = owners.hasOwnProperty(slug) ? owners[slug][rest ? 1 : 0] : 'sansang';
  var app = files[owner];
  window['sansangApp'] = app;
  if (!app) return;
  var preload = function (href, integrity, type) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.type = type;
    link.href = href;
    link.crossOrigin = 'anonymous';
    if (integrity) link.integrity = integrity;
    document.head.appendChild(link);
  };
  // Both as plain fetches: the loader imports the script from the bytes it fetched and keeps a
  // copy of both for the service worker, so no host's headers make either come twice.
  preload(app.js, app.jsIntegrity, 'text/javascript');
  preload(app.wasm, app.wasmIntegrity, 'application/wasm');
})();
