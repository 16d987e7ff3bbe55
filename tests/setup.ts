import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { useCalculator } from '../src/store'

// zustand's testing guide: every test starts from the store's initial state, whatever the one
// before it did; then storage is emptied (the store saves as it changes).
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  useCalculator.setState(useCalculator.getInitialState(), true)
  globalThis.localStorage?.clear()
})
