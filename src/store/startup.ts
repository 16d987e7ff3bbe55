import { defaultInputs, type InputKey, type Inputs } from '../domain'
import { currentYear, STORAGE_KEY, useCalculator } from './calculator'
import { decodeQuery, type UrlReading } from './url'
import { syncUrlWithInputs } from './url-sync'

// What the page does once started, after hydration: read the link and the saved inputs, keep the
// address in step, follow the other tabs. A chunk of its own (with the link's reading), imported
// from this module, not the store's index, so that it stays out of the first load.

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

/** Starts the page: the saved and linked inputs, the address kept in step, the other tabs followed. */
export function startPage(search: string): void {
  restoreInputs(search)
  syncUrlWithInputs()
  followOtherTabs()
}
