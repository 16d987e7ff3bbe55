import { create } from 'zustand'
import { type PersistStorage, persist } from 'zustand/middleware'
import {
  ctoFrance,
  type Dataset,
  type DatasetReading,
  defaultInputs,
  type InputKey,
  type Inputs,
  InputsSchema,
  parseInputsByField,
  readDataset,
  z,
} from '../domain'
import { safeLocalStorage } from './storage'
import { decodeQuery, type UrlReading } from './url'

/** What the page could not take as it came, said once on the page until the next reset. */
export type Notices = {
  /** Query names of the link that could not be read; the defaults stand for them. */
  linkUnreadable: string[]
  /** Saved fields that could not be read (`dataset` for a saved dataset the schema refuses). */
  savedUnreadable: (InputKey | 'dataset')[]
  /** The saved inputs a link replaced, kept so the person can go back to them; null if none. */
  replacedSaved: Inputs | null
}

export const NO_NOTICES: Notices = { linkUnreadable: [], savedUnreadable: [], replacedSaved: null }

export type CalculatorState = {
  inputs: Inputs
  /** The market data in use: the shipped CTO France figures, or a file the person loaded. */
  dataset: Dataset
  notices: Notices
  /**
   * Counts the resets: the page is drawn anew under this key, so that a reset leaves nothing of
   * the session behind (a field's invalid text, a file's outcome) and equals a fresh visit.
   */
  epoch: number
  /** Sets one input if the value is valid for it; returns whether it was taken. */
  setInput: <K extends InputKey>(key: K, value: Inputs[K]) => boolean
  /** Takes a whole set of inputs, already read (a saved scenario), as the page's. */
  openInputs: (inputs: Inputs) => void
  /** Puts every input back to its default, with the shipped dataset, and clears the notices. */
  reset: () => void
  /** Puts back the saved inputs a link replaced. */
  restoreSaved: () => void
  /**
   * Uses `raw` as the dataset if it is valid: the salary moves to its mean and the TJM follows its
   * bands. Otherwise nothing changes and the problems come back.
   */
  loadDataset: (raw: unknown) => DatasetReading
}

/** Key of the saved inputs in localStorage. */
export const STORAGE_KEY = 'calculateur-cto:inputs'
/** Version of the saved shape; a saved state of another version is read field by field. */
export const STORAGE_VERSION = 1

type Persisted = { inputs: Inputs; dataset?: unknown }

const SavedSchema = z.object({
  state: z.object({ inputs: z.unknown(), dataset: z.optional(z.unknown()) }),
  version: z.number(),
})

/** Saved state read defensively: corrupt JSON or an unexpected shape reads as nothing saved. */
const storage: PersistStorage<Persisted> = {
  getItem(name) {
    const text = safeLocalStorage.getItem(name)
    if (typeof text !== 'string') return null
    try {
      const parsed = SavedSchema.safeParse(JSON.parse(text))
      if (!parsed.success) return null
      return { state: parsed.data.state as Persisted, version: parsed.data.version }
    } catch {
      return null
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

export const useCalculator = create<CalculatorState>()(
  persist(
    (set) => ({
      inputs: defaultInputs(currentYear()),
      dataset: ctoFrance,
      notices: NO_NOTICES,
      epoch: 0,
      setInput: (key, value) => {
        const parsed = InputsSchema.shape[key].safeParse(value)
        if (!parsed.success) return false
        set((s) => ({ inputs: { ...s.inputs, [key]: parsed.data } }))
        return true
      },
      openInputs: (inputs) => set({ inputs }),
      reset: () =>
        set((s) => ({
          inputs: defaultInputs(currentYear()),
          dataset: ctoFrance,
          notices: NO_NOTICES,
          epoch: s.epoch + 1,
        })),
      restoreSaved: () =>
        set((s) =>
          s.notices.replacedSaved === null
            ? {}
            : { inputs: s.notices.replacedSaved, notices: { ...s.notices, replacedSaved: null } },
        ),
      loadDataset: (raw) => {
        const reading = readDataset(raw)
        if (reading.ok) {
          const { dataset } = reading
          set((s) => ({
            dataset,
            inputs: {
              ...s.inputs,
              salaryGrossEurPerYear: dataset.salary.meanEur,
              tjmEurPerDay: null,
            },
          }))
        }
        return reading
      },
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage,
      skipHydration: true,
      // The shipped dataset is not saved: only one the person loaded.
      partialize: (s) => ({
        inputs: s.inputs,
        ...(s.dataset === ctoFrance ? {} : { dataset: s.dataset }),
      }),
      // A state saved by a future release is not trusted; an older one is read field by field.
      migrate: (persisted, version) => (version > STORAGE_VERSION ? {} : persisted) as Persisted,
      merge: (persisted, current) => {
        const saved = persisted as Partial<Persisted> | undefined
        if (saved === undefined || Object.keys(saved).length === 0) return current
        const dataset = saved.dataset === undefined ? null : readDataset(saved.dataset)
        const inputs = parseInputsByField(saved.inputs)
        return {
          ...current,
          inputs: { ...current.inputs, ...inputs.values },
          // A saved state without a dataset was saved with the shipped one (another tab's reset).
          dataset: dataset === null ? ctoFrance : dataset.ok ? dataset.dataset : current.dataset,
          notices: {
            ...current.notices,
            savedUnreadable: [
              ...inputs.rejected,
              ...(dataset?.ok === false ? ['dataset' as const] : []),
            ],
          },
        }
      },
    },
  ),
)

const sameInputs = (a: Inputs, b: Inputs) =>
  (Object.keys(a) as InputKey[]).every((key) => Object.is(a[key], b[key]))

/**
 * Restores the saved inputs, unless the address holds a link: a link means the same figures for
 * everyone, so its absent fields are the defaults, never the recipient's saved values (which the
 * notices keep, to go back to them). Returns what the link held that could not be read.
 */
export function restoreInputs(search: string): UrlReading {
  void useCalculator.persist.rehydrate()
  const reading = decodeQuery(search)
  const { inputs: saved, dataset, notices } = useCalculator.getState()
  const isLink = Object.keys(reading.values).length > 0 || reading.rejected.length > 0
  if (!isLink) return reading
  const defaults = defaultInputs(currentYear(), dataset)
  const linked = { ...defaults, ...reading.values }
  // Saved defaults are nothing to go back to.
  const replaced = !sameInputs(saved, linked) && !sameInputs(saved, defaults)
  const next = {
    linkUnreadable: reading.rejected,
    replacedSaved: replaced ? saved : null,
  }
  // Leave the state untouched when the link says nothing new: no second render at start-up.
  if (
    !sameInputs(saved, linked) ||
    next.linkUnreadable.length > 0 ||
    notices.replacedSaved !== next.replacedSaved
  ) {
    useCalculator.setState({
      inputs: sameInputs(saved, linked) ? saved : linked,
      notices: { ...notices, ...next },
    })
  }
  return reading
}

/**
 * Keeps this tab in step with the others: when another tab saves, this one takes its inputs and
 * dataset, so that what a tab shows is what it will show after a reload (the saved state is one
 * for the whole browser). Returns the function that stops listening.
 */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return
    void useCalculator.persist.rehydrate()
    // What this tab could go back to is no longer what is saved.
    const { notices } = useCalculator.getState()
    if (notices.replacedSaved !== null) {
      useCalculator.setState({ notices: { ...notices, replacedSaved: null } })
    }
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
