import { type ReactNode, Suspense, useEffect, useState } from 'react'

/**
 * Its children once the page is hydrated, under Suspense; before (the prerender and the
 * hydration), the fallback itself, so the server's HTML and the first client render agree. For
 * what loads lazily or waits on a promise: the server cannot finish those (React error 419).
 */
export function AfterHydration({
  fallback = null,
  children,
}: {
  fallback?: ReactNode
  children: ReactNode
}) {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated ? <Suspense fallback={fallback}>{children}</Suspense> : fallback
}
