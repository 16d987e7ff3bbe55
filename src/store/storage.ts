import type { StateStorage } from 'zustand/middleware'

/**
 * localStorage that never throws: reading or writing can fail in private mode, when the quota is
 * full or when storage is disabled, and the calculator must keep working without it.
 */
export const safeLocalStorage: StateStorage = {
  getItem(name) {
    try {
      return globalThis.localStorage?.getItem(name) ?? null
    } catch {
      return null
    }
  },
  setItem(name, value) {
    try {
      globalThis.localStorage?.setItem(name, value)
    } catch {
      // Quota or private mode: the session goes on without saving.
    }
  },
  removeItem(name) {
    try {
      globalThis.localStorage?.removeItem(name)
    } catch {
      // Nothing to do: storage is unavailable.
    }
  },
}
