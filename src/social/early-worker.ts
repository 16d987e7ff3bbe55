// The social worker, created by the entry script (src/main.tsx) before React and the page load, so
// that its engine is built meanwhile, instead of once the social client's chunk has arrived (the
// bench measured 0.8 s from navigation to the worker's creation that way). The client adopts it.

let early: Worker | null = null

/** A new social worker (module worker, named for the browser's tools), its creation marked. */
export function createSocialWorker(): Worker {
  // For the bench (scripts/bench.mjs) and the browser's profiler.
  performance.mark('social-worker-created')
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'social' })
}

/** Creates the page's social worker now, once. */
export function startSocialWorker(): void {
  early ??= createSocialWorker()
}

/** The worker created at start, once (null after, or if none was): a retry starts a fresh one. */
export function takeEarlyWorker(): Worker | null {
  const worker = early
  early = null
  return worker
}
