import { type ReactNode, Suspense, startTransition, useEffect, useState } from 'react'

/**
 * Its children once the page is hydrated, under Suspense; before (the prerender and the
 * hydration), the fallback itself, so the server's HTML and the first client render agree. For
 * what loads lazily or waits on a promise: the server cannot finish those (React error 419).
 *
 * The parts of a page come one at a time, each in a transition of its own (see `inTurn`): a page
 * that mounted its charts, tables and notes in one commit blocked a phone for 300 ms after the
 * first paint.
 */
export function AfterHydration({
  fallback = null,
  children,
}: {
  fallback?: ReactNode
  children: ReactNode
}) {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => {
    if (hydrated) return
    return inTurn(() => startTransition(() => setHydrated(true)))
  }, [hydrated])
  return hydrated ? <Suspense fallback={fallback}>{children}</Suspense> : fallback
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
 * Queues `reveal` behind the parts already waiting; returns what ends the turn. A part's turn ends
 * when its effect is cleaned up: once it has rendered (its `hydrated` changed) or unmounted.
 */
function inTurn(reveal: () => void): () => void {
  const turn: Turn = {
    reveal: () => {
      if (current === turn) reveal()
    },
  }
  waiting.push(turn)
  if (current === null) releaseNext()
  return () => {
    const at = waiting.indexOf(turn)
    if (at >= 0) waiting.splice(at, 1)
    if (current === turn) releaseNext()
  }
}
