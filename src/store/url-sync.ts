import { useCalculator } from './calculator'
import { encodeQuery } from './url'

/** Keeps the address bar's query in step with the inputs, so the page's link is always shareable. */
export function syncUrlWithInputs(): () => void {
  const write = () => {
    const query = encodeQuery(useCalculator.getState().inputs)
    const url = `${window.location.pathname}?${query}${window.location.hash}`
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url)
    }
  }
  write()
  return useCalculator.subscribe((state, previous) => {
    if (state.inputs !== previous.inputs) write()
  })
}
