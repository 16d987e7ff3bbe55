// The service worker (written into dist/sw.js by scripts/service-worker.mjs, which fills in
// VERSION and PRECACHE): keeps every file of one build, serves them from the cache first, so the
// app works offline; never caches anything from another origin, nor anything but GET. A new
// build installs beside the old one and waits: the page offers "Recharger", which sends
// SKIP_WAITING; the person's page never changes under them.
const VERSION = '__VERSION__'
const PRECACHE = __PRECACHE__
const CACHE = `cto-tjm-${VERSION}`

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('cto-tjm-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      ),
  )
})

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting()
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  // Every address of the app is the one page (its inputs are in the query).
  const key = request.mode === 'navigate' ? '/index.html' : url.pathname
  if (!PRECACHE.includes(key)) return
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached ?? fetch(request)),
  )
})
