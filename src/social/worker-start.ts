// The social worker, created as the page's first script runs: its engine build (the slowest step
// to a link's first net figure) then overlaps React's and the app's start-up instead of following
// them. Part of the first load, so it imports nothing; a second worker (./pool.ts) starts later.
let early: Worker | undefined

/** Creates the social worker now (once, as the page starts), for its social client to take later. */
export function startSocialWorker(): void {
  // Where workers are missing (Worker undefined) or refused, the catch below leaves it at that.
  try {
    const worker = newSocialWorker()
    // A worker whose script fails before the client takes it is not handed on: the client
    // creates another, whose failure it hears.
    worker.addEventListener('error', () => {
      if (early === worker) early = undefined
      worker.terminate()
    })
    early = worker
  } catch {
    // The client creates the worker when first asked, and reports what goes wrong then.
  }
}

/** The worker startSocialWorker created (once), or a new one. */
export function takeSocialWorker(): Worker {
  const taken = early
  early = undefined
  return taken ?? newSocialWorker()
}

// When it was created, the worker tells with its first answer (`startup.timeOriginMs`).
function newSocialWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'social' })
}
