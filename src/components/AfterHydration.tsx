import {
  isValidElement,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  useEffect,
  useState,
} from 'react'

/**
 * Its children once the page is hydrated; before (the prerender and the hydration), the fallback,
 * so the server's HTML and the first client render agree. For what loads lazily or waits on a
 * promise: the server cannot finish those (React error 419).
 *
 * The parts of a page come one at a time, each in a transition of its own (see `inTurn`): a page
 * that mounted its charts, tables and notes in one commit blocked a phone for 300 ms after the
 * first paint. The Suspense boundary holds the fallback from the start, so a part whose code has
 * not arrived keeps its fallback on screen while its transition waits, and its turn ends only once
 * it is on screen: a boundary mounted by the transition itself would show the fallback at once and
 * end the turn, and parts whose code arrived together then came in one commit (739 elements, a
 * 73 ms frame at a 4× CPU slowdown, measured 2026-11-29). The code of every part is asked for as
 * soon as the part mounts (`lazyPart`'s `preload`), so that waiting for their turns does not make
 * their downloads wait for each other.
 */
export function AfterHydration({
  fallback = null,
  children,
}: {
  fallback?: ReactNode
  children: ReactNode
}) {
  const [hydrated, setHydrated] = useState(false)
  // The part's code (a module-level constant: the same at every render).
  const preload = isValidElement(children)
    ? (children.type as Partial<Preloadable>).preload
    : undefined
  useEffect(() => {
    if (preload === undefined) return
    // Each part's import in a task of its own; a failure shows when the part renders (its error
    // boundary), not as an unhandled rejection now.
    const asked = setTimeout(() => void preload().catch(() => {}), 0)
    return () => clearTimeout(asked)
  }, [preload])
  useEffect(() => {
    if (hydrated) return
    return inTurn(() => startTransition(() => setHydrated(true)))
  }, [hydrated])
  return <Suspense fallback={fallback}>{hydrated ? children : fallback}</Suspense>
}

/** What React.lazy takes: a component of any props. */
type LazyLoaded = Awaited<ReturnType<Parameters<typeof lazy>[0]>>['default']

/** What `lazyPart` adds to a lazy component: a way to ask for its code before it renders. */
interface Preloadable {
  preload: () => Promise<unknown>
}

/**
 * React.lazy whose code can be asked for before the component renders (`preload`, called by
 * AfterHydration when the part mounts, if it is AfterHydration's direct child): the download
 * starts then, once, and rendering uses it.
 */
export function lazyPart<T extends LazyLoaded>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> & Preloadable {
  let loading: Promise<{ default: T }> | undefined
  const preload = () => {
    loading ??= load()
    return loading
  }
  return Object.assign(lazy(preload), { preload })
}

type Turn = { reveal: () => void }

/** The attribute `<html>` holds while parts are waiting for their turn or being revealed. */
export const PENDING_ATTRIBUTE = 'data-parts-pending'

/** Parts waiting for their turn, in the order they mounted. */
const waiting: Turn[] = []
/** The part being revealed: the next one waits until it is on screen or gone. */
let current: Turn | null = null

function releaseNext() {
  current = waiting.shift() ?? null
  // On the page, whether parts are still coming (browser tests and the bench wait for it).
  document.documentElement.toggleAttribute(PENDING_ATTRIBUTE, current !== null)
  // A task of its own: the browser paints and handles input between two parts.
  if (current !== null) setTimeout(current.reveal, 0)
}

/**
 * How long a part may hold the next ones back while its code loads: past it, the next part's turn
 * comes (a download that stalls must not keep the rest of the page away).
 */
export const PART_WAIT_MS = 2000

/**
 * Queues `reveal` behind the parts already waiting; returns what ends the turn. A part's turn ends
 * when its effect is cleaned up: once it has rendered (its `hydrated` changed) or unmounted; or
 * PART_WAIT_MS after it started.
 */
function inTurn(reveal: () => void): () => void {
  let waited: ReturnType<typeof setTimeout> | undefined
  const turn: Turn = {
    reveal: () => {
      if (current !== turn) return
      reveal()
      waited = setTimeout(() => {
        if (current === turn) releaseNext()
      }, PART_WAIT_MS)
    },
  }
  waiting.push(turn)
  if (current === null) releaseNext()
  return () => {
    clearTimeout(waited)
    const at = waiting.indexOf(turn)
    if (at >= 0) waiting.splice(at, 1)
    if (current === turn) releaseNext()
  }
}
