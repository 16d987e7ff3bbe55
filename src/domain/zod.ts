import { z } from 'zod/mini'

// Under a strict Content-Security-Policy zod must not probe `new Function`.
z.config({ jitless: true })

/** Message for a value that is missing or of the wrong type, naming what was expected. */
export function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? 'is missing' : `must be ${what}`
}

/** A finite number (zod refuses NaN and ±Infinity), with readable messages. */
export const finiteNumber = () => z.number({ error: expected('a finite number') })

export { z }
