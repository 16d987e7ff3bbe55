import { useSyncExternalStore } from 'react'

// Which fields hold text that is not a valid value: their results are out of date.
const invalid = new Set<string>()
const listeners = new Set<() => void>()
let count = 0

/** Records whether the field `id` holds an invalid value (and forgets it with `false`). */
export function reportInvalid(id: string, isInvalid: boolean): void {
  const had = invalid.has(id)
  if (isInvalid === had) return
  if (isInvalid) invalid.add(id)
  else invalid.delete(id)
  count = invalid.size
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True while any field holds an invalid value: the figures shown are the last valid ones. */
export function useAnyInvalid(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => count > 0,
    () => false,
  )
}
