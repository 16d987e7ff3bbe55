// The service worker from the page's side: registered once the page's first answers are in
// (./settled.ts), it keeps the app's files for offline use; a new build waiting to take over is
// announced (updateAvailable) and applied only when the person asks (applyUpdate), never under
// their feet.

import { PAGE_SETTLED } from './settled'

/** At the latest, the service worker is registered this long after the page has loaded. */
export const SETTLE_WAIT_MS = 10_000

type Listener = () => void
const listeners = new Set<Listener>()
let waiting: ServiceWorker | null = null

const notify = () => {
  for (const listener of listeners) listener()
}

/** Whether a new version of the app is installed and waits for the person to reload. */
export const updateAvailable = (): boolean => waiting !== null

/** Calls `listener` whenever updateAvailable changes; returns how to stop. */
export function onUpdateChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Lets the waiting version take over, then reloads the page on it. */
export function applyUpdate(): void {
  if (waiting === null) return
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  })
  waiting.postMessage('SKIP_WAITING')
}

const offer = (worker: ServiceWorker | null) => {
  // A first install has no version to replace: nothing to offer.
  if (worker === null || navigator.serviceWorker.controller === null) return
  waiting = worker
  notify()
}

/** Registers /sw.js (built app only) and watches for new versions. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  const registration = await navigator.serviceWorker.register('/sw.js')
  offer(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing)
    })
  })
  // A tab left open checks for a new build now and then, and when it comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => {})
  })
}

/**
 * Resolves once the page is marked settled (./settled.ts), or `maxWaitMs` after it is called (a
 * page with nothing to compute, or whose model never answers, is never marked).
 */
export function pageSettled(maxWaitMs = SETTLE_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(PAGE_SETTLED).length > 0) return resolve()
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(PAGE_SETTLED).length > 0) done()
    })
    const timer = setTimeout(() => done(), maxWaitMs)
    const done = () => {
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    }
    observer.observe({ type: 'mark' })
  })
}

/** Registers the service worker once the page has loaded and settled (built app only). */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD) return
  const go = () =>
    void pageSettled()
      .then(registerServiceWorker)
      .catch(() => {})
  if (document.readyState === 'complete') go()
  else window.addEventListener('load', go, { once: true })
}
