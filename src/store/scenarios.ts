// The scenarios a person keeps to compare side by side: saved in the browser, apart from the
// calculator's inputs, and loaded with the scenarios panel only (not at start-up).
import { create } from 'zustand'
import { type PersistStorage, persist } from 'zustand/middleware'
import { type Inputs, z } from '../domain'
import {
  MAX_SCENARIOS,
  readScenarios,
  type Scenario,
  ScenarioNameSchema,
} from '../domain/scenarios'
import { safeLocalStorage } from './storage'

/** Key of the saved scenarios in localStorage. */
export const SCENARIOS_KEY = 'calculateur-cto:scenarios'
/** Version of the saved shape; a state saved by a later version is not read. */
export const SCENARIOS_VERSION = 1

/** What saving a scenario did. */
export type SaveOutcome = 'saved' | 'replaced' | 'taken' | 'full' | 'badName'

export type ScenariosState = {
  saved: Scenario[]
  /** Saved scenarios that could not be read when the page started (dropped). */
  unreadable: number
  /**
   * Saves `inputs` under `name` (trimmed): a scenario of the same name is replaced, unless
   * `replace` is false (then `taken`); a new one is refused once MAX_SCENARIOS are kept.
   */
  save: (name: string, inputs: Inputs, replace?: boolean) => SaveOutcome
  /** Forgets the scenario of that name. */
  remove: (name: string) => void
}

const SavedSchema = z.object({
  state: z.object({ saved: z.unknown() }),
  version: z.number(),
})

/**
 * Saved scenarios read defensively: corrupt JSON, another shape or another version reads as one
 * unreadable save, reported as such and left in storage until the person saves (read at the
 * current version, it calls for no migration, which would write the empty list back).
 */
const UNREADABLE = { state: { saved: 'unreadable' }, version: SCENARIOS_VERSION }
const storage: PersistStorage<{ saved: unknown }> = {
  getItem(name) {
    const text = safeLocalStorage.getItem(name)
    if (typeof text !== 'string') return null
    try {
      const parsed = SavedSchema.safeParse(JSON.parse(text))
      return parsed.success && parsed.data.version === SCENARIOS_VERSION ? parsed.data : UNREADABLE
    } catch {
      return UNREADABLE
    }
  },
  setItem(name, value) {
    safeLocalStorage.setItem(name, JSON.stringify(value))
  },
  removeItem(name) {
    safeLocalStorage.removeItem(name)
  },
}

const currentYear = () => new Date().getFullYear()

export const useScenarios = create<ScenariosState>()(
  persist(
    (set, get) => ({
      saved: [],
      unreadable: 0,
      save: (name, inputs, replace = true) => {
        const parsed = ScenarioNameSchema.safeParse(name)
        if (!parsed.success) return 'badName'
        const { saved } = get()
        const index = saved.findIndex((s) => s.name === parsed.data)
        if (index !== -1 && !replace) return 'taken'
        if (index === -1 && saved.length >= MAX_SCENARIOS) return 'full'
        const scenario = { name: parsed.data, inputs }
        set({
          saved:
            index === -1 ? [...saved, scenario] : saved.map((s, i) => (i === index ? scenario : s)),
        })
        return index === -1 ? 'saved' : 'replaced'
      },
      remove: (name) => set((s) => ({ saved: s.saved.filter((x) => x.name !== name) })),
    }),
    {
      name: SCENARIOS_KEY,
      version: SCENARIOS_VERSION,
      storage,
      partialize: (s) => ({ saved: s.saved }),
      merge: (persisted, current) => {
        const raw = (persisted as { saved?: unknown } | undefined)?.saved
        const reading = readScenarios(raw, currentYear())
        return { ...current, saved: reading.scenarios, unreadable: reading.unreadable }
      },
    },
  ),
)

/**
 * Keeps this tab's scenarios in step with the others (the saved list is one for the browser): a
 * list another tab saves is read again here. Returns the function that stops listening.
 */
export function followOtherTabsScenarios(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SCENARIOS_KEY || event.key === null) void useScenarios.persist.rehydrate()
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
