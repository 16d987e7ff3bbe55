import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { setNumberLocale } from '../src/domain'
import { useCalculator, useLanguage } from '../src/store'

// The page opens in the browser's language; jsdom's is English. Tests of the French page (all but
// those that ask for English) run in a French browser.
if (typeof navigator !== 'undefined') {
  Object.defineProperty(navigator, 'languages', { value: ['fr-FR'], configurable: true })
}

// zustand's testing guide: every test starts from the store's initial state, whatever the one
// before it did; then storage is emptied (the store saves as it changes).
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  useCalculator.setState(useCalculator.getInitialState(), true)
  useLanguage.setState(useLanguage.getInitialState(), true)
  setNumberLocale('fr')
  globalThis.localStorage?.clear()
})
