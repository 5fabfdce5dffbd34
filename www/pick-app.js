// Picks the app's WebAssembly binary for the address before anything big is fetched:
// `sansang` (home, organization, converter) or `sansang_tables` (students, campaign tracker,
// bulk check), and preloads only that one. GENERATED from src/route.rs by src/first_paint.rs:
// do not edit; `SANSANG_WRITE_BOOT=1 cargo test --test first_paint` rewrites it.
// www/postbuild.mjs writes the binaries' file names in and the loader that imports the choice.
(function () {
  // slug → [binary for '#/slug', binary for '#/slug/more']
  var owners = { '': ['sansang', 'sansang'], 'to-chuc': ['sansang', 'sansang'], 'hoc-sinh': ['sansang_tables', 'sansang'], 'chien-dich': ['sansang_tables', 'sansang_tables'], 'danh-sach': ['sansang_tables', 'sansang'], 'doi-dia-chi': ['sansang', 'sansang'] };
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
  var preload = function (rel, href, integrity, as) {
    var link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    link.crossOrigin = 'anonymous';
    if (integrity) link.integrity = integrity;
    if (as) { link.as = as; link.type = 'application/wasm'; }
    document.head.appendChild(link);
  };
  preload('modulepreload', app.js, app.jsIntegrity);
  preload('preload', app.wasm, app.wasmIntegrity, 'fetch');
})();
