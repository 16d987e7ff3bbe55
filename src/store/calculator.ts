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

export type CalculatorState = {
  inputs: Inputs
  /** The market data in use: the shipped CTO France figures, or a file the person loaded. */
  dataset: Dataset
  /** Sets one input if the value is valid for it; returns whether it was taken. */
  setInput: <K extends InputKey>(key: K, value: Inputs[K]) => boolean
  /** Puts every input back to its default, with the shipped dataset. */
  reset: () => void
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
      setInput: (key, value) => {
        const parsed = InputsSchema.shape[key].safeParse(value)
        if (!parsed.success) return false
        set((s) => ({ inputs: { ...s.inputs, [key]: parsed.data } }))
        return true
      },
      reset: () => set({ inputs: defaultInputs(currentYear()), dataset: ctoFrance }),
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
        const dataset = saved?.dataset === undefined ? null : readDataset(saved.dataset)
        return {
          ...current,
          inputs: { ...current.inputs, ...parseInputsByField(saved?.inputs).values },
          dataset: dataset?.ok ? dataset.dataset : current.dataset,
        }
      },
    },
  ),
)

/**
 * Restores the saved inputs, then lays the link's query over them (the link wins); returns what
 * the link held that could not be read.
 */
export function restoreInputs(search: string): UrlReading {
  void useCalculator.persist.rehydrate()
  const reading = decodeQuery(search)
  const { inputs } = useCalculator.getState()
  const changed = (Object.keys(reading.values) as InputKey[]).some(
    (key) => reading.values[key] !== inputs[key],
  )
  // Leave the state untouched when the link says nothing new: no second render at start-up.
  if (changed) useCalculator.setState({ inputs: { ...inputs, ...reading.values } })
  return reading
}
