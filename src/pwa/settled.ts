// The moment the page's first answers are all in: the figures, their protection, the break-even
// TJMs and the net-by-days curve (or an error instead). The service worker waits for it
// (./update.ts): its install fetches and stores the whole build, which, started at the page's
// load, slowed a link's first figure by 200–300 ms on two cores.

/** The name of the performance mark made once the page's first answers are in. */
export const PAGE_SETTLED = 'page-settled'

let marked = false

/** Marks the page as settled (the first time only). */
export function markPageSettled(): void {
  if (marked) return
  marked = true
  performance.mark(PAGE_SETTLED)
}
