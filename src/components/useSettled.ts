import { useEffect, useState } from 'react'

/**
 * `value` once it has stopped changing for `delayMs`: costly views (charts) redraw when typing
 * pauses, not on every keystroke, each in a task of its own.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(value, settled)) return
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, settled, delayMs])
  return settled
}
