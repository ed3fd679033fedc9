// kubewalk's service worker (generated at build by scripts/sw-build.ts from this template: the
// two constants below are filled in). It precaches the whole build so that after the first visit
// the app works with no network. A new build installs beside the old one and waits; the page
// offers a reload, and only then does it take over (SKIP_WAITING), so a page never mixes versions.
const VERSION = '__VERSION__';
/** Paths of the build from its root, e.g. "/index.html"; resolved against where the worker lives. */
const PRECACHE = /** @type {string[]} */ (JSON.parse('__PRECACHE__'));
const CACHE = `kubewalk-${VERSION}`;
const BASE = new URL('./', self.location.href).pathname.replace(/\/$/, '');
const URLS = PRECACHE.map((p) => `${BASE}${p}`);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(URLS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kubewalk-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});

/** The cached page for a navigation: /, /?… → /index.html; /x → /x.html if built; else the app. */
function pageFor(url) {
  const path = url.pathname.replace(/\/$/, '/index');
  const html = path.endsWith('.html') ? path : `${path}.html`;
  return URLS.includes(html) ? html : `${BASE}/index.html`;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Cache first: the precached pages are this version's pages; a new version arrives through
    // the update flow, not by mixing a new page with old scripts.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => (await cache.match(pageFor(url), { ignoreVary: true })) ?? fetch(request)),
    );
    return;
  }
  event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ?? fetch(request)));
});
