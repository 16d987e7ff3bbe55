import { create } from 'zustand'
import { type PersistStorage, persist } from 'zustand/middleware'
import {
  ctoFrance,
  type Dataset,
  type DatasetReading,
  type DatasetWords,
  defaultInputs,
  type InputKey,
  type Inputs,
  InputsSchema,
  parseInputsByField,
  readDataset,
  z,
} from '../domain'
import { safeLocalStorage } from './storage'

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
  /** Loads a dataset the person gave, its problems worded by `words` (French unless told). */
  loadDataset: (raw: unknown, words?: DatasetWords) => DatasetReading
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

/** This year, by the browser's clock: the calendar's default year. */
export const currentYear = () => new Date().getFullYear()

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
      loadDataset: (raw, words) => {
        const reading = readDataset(raw, words)
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
